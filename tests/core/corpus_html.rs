//! HTML import: saved web pages become clean article text with their declared title and date,
//! through the same `load_file` the CLI uses.

use std::path::{Path, PathBuf};
use vigie::corpus::{self, html};

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-corpus-html-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn load(path: &Path) -> corpus::Document {
    corpus::load_file(path, corpus::display_path(path)).unwrap()
}

const NEWS_PAGE: &str = r#"<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Nvidia et la France : 10 milliards d&apos;euros | Le Quotidien</title>
<meta property="og:title" content="Nvidia et la France : 10 milliards d'euros">
<meta property="article:published_time" content="2025-06-11T07:30:00+02:00">
<style>body { font: 12px serif }</style>
<script>window.dataLayer = [{"page": "article"}];</script>
</head><body>
<header><a href="/">Le Quotidien</a> <nav><a>Monde</a> <a>Tech</a></nav></header>
<div class="related"><article><h3>Autre sujet</h3></article></div>
<article>
  <h1>Nvidia et la France&nbsp;: 10&#8239;milliards d&rsquo;euros</h1>
  <p>Jensen Huang a annoncé   un investissement de <strong>10 milliards
     d&#39;euros</strong> en France &amp; en Europe.</p>
  <p>Le campus de Mistral&nbsp;AI comptera 18&nbsp;000 puces.<br>Mise en service en 2026.</p>
  <aside>Lire aussi : un autre article</aside>
  <noscript>Activez JavaScript</noscript>
  <div style="display:none">Publicité</div>
  <form><input value="Votre e-mail"><button>S'abonner</button></form>
</article>
<footer>© Le Quotidien 2025</footer>
<script src="https://example.com/tracker.js"></script>
</body></html>"#;

#[test]
fn a_news_page_becomes_its_article_text() {
    let p = html::parse(NEWS_PAGE);
    assert_eq!(
        p.text,
        "Nvidia et la France\u{a0}: 10\u{202f}milliards d\u{2019}euros\n\n\
         Jensen Huang a annoncé un investissement de 10 milliards d'euros en France & en Europe.\n\n\
         Le campus de Mistral\u{a0}AI comptera 18\u{a0}000 puces.\nMise en service en 2026."
    );
    for furniture in [
        "Monde",
        "dataLayer",
        "font:",
        "Lire aussi",
        "JavaScript",
        "Publicité",
        "abonner",
        "©",
        "Autre sujet",
    ] {
        assert!(
            !p.text.contains(furniture),
            "{furniture:?} leaked into the text"
        );
    }
    assert_eq!(
        p.title.as_deref(),
        Some("Nvidia et la France : 10 milliards d'euros")
    );
    assert_eq!(p.date.as_deref(), Some("2025-06-11"));
}

#[test]
fn title_and_date_from_title_tag_and_time_element() {
    let p = html::parse(
        "<html><head><title>La Chine mise sur ses puces - Tech Hebdo</title></head><body>\
         <main><p>Par la rédaction, <time datetime=\"2024-11-05\">mardi</time></p>\
         <p>Pékin annonce un fonds de 47,5 milliards de dollars.</p></main></body></html>",
    );
    assert_eq!(p.title.as_deref(), Some("La Chine mise sur ses puces"));
    assert_eq!(p.date.as_deref(), Some("2024-11-05"));
    assert!(
        p.text
            .ends_with("Pékin annonce un fonds de 47,5 milliards de dollars.")
    );
}

#[test]
fn windows_1252_page_with_meta_charset_and_utf8_page_without() {
    let dir = temp_dir("charset");
    // "Café : 5 milliards d’euros" in Windows-1252 (é = E9, ’ = 92).
    let mut bytes = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\
        <title>March\xe9s</title></head><body><p>Caf\xe9 : 5 milliards d\x92euros</p></body></html>"
        .to_vec();
    std::fs::write(dir.join("cp1252.html"), &bytes).unwrap();
    let doc = load(&dir.join("cp1252.html"));
    assert_eq!(doc.text, "Café : 5 milliards d\u{2019}euros");
    assert_eq!(doc.title.as_deref(), Some("Marchés"));

    // Valid UTF-8 wins over a wrong declaration.
    bytes = "<meta charset=\"iso-8859-1\"><p>Été à Pékin</p>"
        .as_bytes()
        .to_vec();
    std::fs::write(dir.join("utf8.htm"), &bytes).unwrap();
    assert_eq!(load(&dir.join("utf8.htm")).text, "Été à Pékin");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_page_without_text_is_a_clear_problem() {
    let dir = temp_dir("empty");
    let path = dir.join("blank.html");
    std::fs::write(
        &path,
        "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>",
    )
    .unwrap();
    let err = corpus::load_file(&path, "blank.html".into()).unwrap_err();
    assert_eq!(err.to_string(), "no article text in this web page");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn markdown_keeps_its_text_and_takes_its_heading_as_title() {
    let dir = temp_dir("md");
    let text = "# Stargate\n\nLe projet **Stargate** vise 500 milliards de dollars.\n";
    std::fs::write(dir.join("a.md"), text).unwrap();
    let doc = load(&dir.join("a.md"));
    assert_eq!(doc.text, text);
    assert_eq!(doc.title.as_deref(), Some("Stargate"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn extract_cli_processes_html_in_a_folder() {
    let dir = temp_dir("cli");
    std::fs::write(dir.join("page.html"), NEWS_PAGE).unwrap();
    std::fs::write(
        dir.join("note.txt"),
        "Un article sur la Chine et ses puces.",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["extract", "--json"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    let page = docs
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("page.html"))
        .unwrap();
    assert_eq!(page["title"], "Nvidia et la France : 10 milliards d'euros");
    assert_eq!(page["date"], "2025-06-11");
    // Offsets are into the page as decoded, markup included, and `text` is the page's slice.
    let chars: Vec<char> = NEWS_PAGE.chars().collect();
    let figures = page["figures"].as_array().unwrap();
    assert!(!figures.is_empty(), "no figure found in the page's text");
    assert!(
        figures
            .iter()
            .any(|f| f["text"].as_str().unwrap().contains("&nbsp;")),
        "entities are kept in the figures' text: {figures:?}"
    );
    for f in figures.iter().chain(page["entities"].as_array().unwrap()) {
        let (s, e) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            f["text"].as_str().unwrap()
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A page whose article mixes entities, nested inline tags and scripts, between navigation and a
/// footer that hold figures of their own.
const MAPPED_PAGE: &str = "<!DOCTYPE html>\r\n<html><head><title>Titre &amp; 99 millions d'euros</title>\r\n\
<script>var s = \"<p>5 milliards d'euros</p>\";</script></head>\r\n\
<body><nav><a href=\"/\">Accueil</a> <a>Nvidia lève 7 milliards de dollars</a></nav>\r\n\
<article><h1>Mistral&nbsp;AI lève 600&nbsp;millions d&#8217;euros</h1>\r\n\
<p>La start-up <a href=\"/m\"><b>Mistral</b>&nbsp;AI</a> a levé <strong>600&nbsp;millions \
<em>d&rsquo;euros</em></strong> auprès de General Catalyst &amp; Lightspeed.</p>\r\n\
<script>document.write(\"20 milliards de dollars\")</script>\r\n\
<p>Le campus de <i>Nvidia</i> comptera 18&#x202F;000 GPU.</p>\r\n\
</article><footer>© 2025, 3 milliards de dollars</footer></body></html>";

/// The char offset of the `nth` occurrence of `needle` in `hay`.
fn char_offset(hay: &str, needle: &str, nth: usize) -> usize {
    let (byte, _) = hay.match_indices(needle).nth(nth).unwrap();
    hay[..byte].chars().count()
}

#[test]
fn web_page_spans_are_offsets_into_the_page_with_its_markup() {
    let dir = temp_dir("mapped");
    let path = dir.join("page.html");
    std::fs::write(&path, MAPPED_PAGE).unwrap();
    let loaded = corpus::load_with_source(&path, "page.html".into()).unwrap();
    assert!(loaded.source.is_some());
    assert!(!loaded.doc.text.contains("Accueil") && !loaded.doc.text.contains("20 milliards"));
    let report = vigie::cli::report_for_source(loaded, &vigie::extract::Lexicon::builtin());
    let chars: Vec<char> = MAPPED_PAGE.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let ex = &report.extraction;
    for (text, s, e) in ex
        .figures
        .iter()
        .map(|f| (&f.text, f.start, f.end))
        .chain(ex.entities.iter().map(|e| (&e.text, e.start, e.end)))
    {
        assert_eq!(&slice(s, e), text);
    }
    let starts: Vec<(usize, &str)> = ex
        .figures
        .iter()
        .map(|f| (f.start, f.text.as_str()))
        .collect();
    // The headline's figure, the body's (whose span crosses `<em>`) and the chip count, each
    // where the page has it; nothing from the head, the navigation, the scripts or the footer.
    let expected = [
        (
            char_offset(MAPPED_PAGE, "600&nbsp;millions d&#8217;euros", 0),
            "600&nbsp;millions d&#8217;euros",
        ),
        (
            char_offset(MAPPED_PAGE, "600&nbsp;millions <em>", 0),
            "600&nbsp;millions <em>d&rsquo;euros",
        ),
        (
            char_offset(MAPPED_PAGE, "18&#x202F;000 GPU", 0),
            "18&#x202F;000 GPU",
        ),
    ];
    assert_eq!(starts, expected);
    let mistral: Vec<&str> = ex
        .entities
        .iter()
        .filter(|e| e.canonical == "Mistral AI")
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(mistral, ["Mistral&nbsp;AI", "Mistral</b>&nbsp;AI"]);
    let nvidia = ex
        .entities
        .iter()
        .find(|e| e.canonical == "Nvidia")
        .unwrap();
    assert_eq!(nvidia.start, char_offset(MAPPED_PAGE, "Nvidia</i>", 0));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Pieces of markup that random pages are made of, with what each entity stands for.
const PIECES: &[&str] = &[
    "Nvidia",
    "lève",
    "600",
    "millions",
    "d’euros",
    " ",
    "\r\n",
    "\t",
    "  ",
    "<b>",
    "</b>",
    "<a href=\"/x>y\">",
    "</a>",
    "<!-- c -->",
    "<br>",
    "<p>",
    "</p>",
    "<div class=\"post\">",
    "</div>",
    "<script>var a = '<p>x</p>';</script>",
    "<nav>Accueil 3 milliards</nav>",
    "&nbsp;",
    "&amp;",
    "&#8217;",
    "&#x20AC;",
    "&eacute;",
    "&lt;",
    "&copy",
];
const ENTITIES: &[(&str, char)] = &[
    ("&nbsp;", '\u{a0}'),
    ("&amp;", '&'),
    ("&#8217;", '\u{2019}'),
    ("&#x20AC;", '€'),
    ("&eacute;", 'é'),
    ("&lt;", '<'),
    ("&copy", '©'),
];

proptest::proptest! {
    /// Every char of a page's article text comes from the page: from the same char, from the
    /// entity that stands for it, or (a collapsed space) from white space; and in page order.
    #[test]
    fn every_article_char_maps_to_its_source(picks in proptest::collection::vec(0..PIECES.len(), 1..60)) {
        let body: String = picks.iter().map(|&i| PIECES[i]).collect();
        let page = format!("<html><head><title>T 5 milliards</title></head><body><article>{body}</article></body></html>");
        let (parsed, map) = html::parse_mapped(page.clone());
        proptest::prop_assert_eq!(map.page(), page.as_str());
        let mut last_end = 0;
        for (i, c) in parsed.text.chars().enumerate() {
            let span = map.span(i, i + 1);
            if span.text.is_empty() {
                // Inserted by the extraction (a paragraph break or line break).
                proptest::prop_assert!(c == '\n', "{:?} at {} has no source", c, i);
                continue;
            }
            let ok = span.text == c.to_string()
                || ENTITIES.iter().any(|&(e, d)| e == span.text && d == c)
                || (c == ' ' && matches!(span.text, "\r\n" | "\n" | "\t"));
            proptest::prop_assert!(ok, "{:?} at {} maps to {:?}", c, i, span.text);
            proptest::prop_assert!(span.start >= last_end, "out of order at {}", i);
            last_end = span.end;
        }
    }
}
