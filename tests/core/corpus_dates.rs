//! A web page's own date: meta tags whatever their case and kin (`DC.date`,
//! `og:article:published_time`, `PubDate`), RFC 2822 and numeric values, a `<time>` without
//! `datetime`, the article's `<header>` or byline; a site masthead's date only when nothing
//! else dates the page.

use vigie::corpus::html::parse;

const BODY: &str = "<p>OpenAI annonce un investissement de 500 millions de dollars dans un \
nouveau centre de données en France, selon un communiqué publié ce matin.</p>\
<p>Le gouvernement salue une décision importante pour la souveraineté numérique du pays.</p>";

fn date_of(head: &str, body: &str) -> Option<String> {
    let html = format!(
        "<html lang=\"fr\"><head>{head}<title>Un titre d'article assez long</title></head>\
         <body>{body}</body></html>"
    );
    parse(&html).date
}

fn article(inner: &str) -> String {
    format!("<article>{inner}{BODY}</article>")
}

#[test]
fn meta_tags_of_every_kind_date_the_page() {
    let body = article("");
    let cases = [
        (
            r#"<meta name="DC.date" content="2025-04-02">"#,
            "2025-04-02",
        ),
        (
            r#"<meta property="og:article:published_time" content="2025-05-03T10:00:00Z">"#,
            "2025-05-03",
        ),
        (
            r#"<meta name="PubDate" content="2025/06/07">"#,
            "2025-06-07",
        ),
        (
            r#"<meta name="dcterms.date" content="Wed, 09 Jul 2025 08:00:00 GMT">"#,
            "2025-07-09",
        ),
        (
            r#"<meta name="date" content="2020-01-01"><meta property="ARTICLE:PUBLISHED_TIME" content="2025-08-01">"#,
            "2025-08-01",
        ),
    ];
    for (head, want) in cases {
        assert_eq!(date_of(head, &body).as_deref(), Some(want), "{head}");
    }
}

#[test]
fn header_time_and_byline_date_the_page() {
    let header = article(
        "<header><h1>Un titre</h1><p>Par Jean Dupont, publié le 14/02/2025 à 10 h</p></header>",
    );
    assert_eq!(date_of("", &header).as_deref(), Some("2025-02-14"));
    let byline = format!(
        "<div class=\"article-byline\">Jean Dupont · 03.04.2025</div>{}",
        article("")
    );
    assert_eq!(date_of("", &byline).as_deref(), Some("2025-04-03"));
    let time = article("<footer>x</footer><p><time>12 mars 2025</time></p>");
    assert_eq!(date_of("", &time).as_deref(), Some("2025-03-12"));
    // A masthead's date (today's) loses to the article's own header.
    let both = format!(
        "<header><p>Mardi 3 décembre 2026</p></header>{}",
        article("<header><h1>Un titre</h1><p>Le 9 juillet 2025</p></header>")
    );
    assert_eq!(date_of("", &both).as_deref(), Some("2025-07-09"));
    // Alone, it dates the page.
    let masthead = format!(
        "<header role=\"banner\"><p>Mardi 3 décembre 2026</p></header>{}",
        article("")
    );
    assert_eq!(date_of("", &masthead).as_deref(), Some("2026-12-03"));
}
