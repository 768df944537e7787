//! Web page layouts around the article: a headline in the page's header before the
//! `<article>`, and tables read row by row.

use std::path::PathBuf;
use vigie::corpus::{self, html};

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("vigie-html-layout-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The char offset of the first occurrence of `needle` in `hay`.
fn char_offset(hay: &str, needle: &str) -> usize {
    hay[..hay.find(needle).unwrap()].chars().count()
}

/// A page whose headline sits in the page's header, before the `<article>`.
const HEADLINE_OUTSIDE: &str = "<html><head><title>T</title></head><body>\n\
<nav><a href=\"/\">Accueil</a></nav>\n\
<header><h1>Brookfield investira 20&nbsp;milliards d'euros en France</h1>\
<p class=\"byline\">Par la rédaction</p></header>\n\
<article><p>Le fonds canadien Brookfield va investir 20 milliards d'euros d'ici 2030.</p>\
<p>Le campus comptera 1 gigawatt.</p></article>\n\
<footer>© 2025</footer></body></html>";

#[test]
fn a_headline_before_the_article_is_the_articles() {
    let p = html::parse(HEADLINE_OUTSIDE);
    assert!(
        p.text
            .starts_with("Brookfield investira 20\u{a0}milliards d'euros en France\n\nLe fonds"),
        "{:?}",
        p.text
    );
    assert!(!p.text.contains("Accueil") && !p.text.contains("rédaction") && !p.text.contains('©'));
    // Its figure is found where the page has it, and the body's restates it.
    let dir = temp_dir("headline");
    let path = dir.join("page.html");
    std::fs::write(&path, HEADLINE_OUTSIDE).unwrap();
    let loaded = corpus::load_with_source(&path, "page.html".into()).unwrap();
    let report = vigie::cli::report_for_source(loaded, &vigie::extract::Lexicon::builtin());
    let figures: Vec<(usize, &str, bool)> = report
        .extraction
        .figures
        .iter()
        .map(|f| (f.start, f.text.as_str(), f.in_totals))
        .collect();
    assert_eq!(
        figures[0],
        (
            char_offset(HEADLINE_OUTSIDE, "20&nbsp;milliards"),
            "20&nbsp;milliards d'euros",
            true
        )
    );
    assert_eq!(figures[1].1, "20 milliards d'euros");
    assert!(!figures[1].2, "the body restates the headline");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A page with a table of projects.
const TABLE_PAGE: &str = "<html><body><article><h1>Projets</h1>\n\
<p>Les projets annoncés.</p>\n<table>\n\
<tr><th>Porteur</th><th>Pays</th><th>Montant</th></tr>\n\
<tr><td>Brookfield</td> <td>France</td> <td>20 milliards d'euros</td></tr>\n\
<tr><td>Nscale</td><td>Norvège</td><td>2 milliards d'euros</td></tr>\n\
</table></article></body></html>";

#[test]
fn a_table_row_reads_as_a_row_and_its_figures_are_its_first_actors() {
    let p = html::parse(TABLE_PAGE);
    assert!(
        p.text.contains(
            "| Porteur | Pays | Montant |\n\n| Brookfield | France | 20 milliards d'euros |"
        ),
        "{:?}",
        p.text
    );
    let dir = temp_dir("table");
    let path = dir.join("page.html");
    std::fs::write(&path, TABLE_PAGE).unwrap();
    let loaded = corpus::load_with_source(&path, "page.html".into()).unwrap();
    let report = vigie::cli::report_for_source(loaded, &vigie::extract::Lexicon::builtin());
    let chars: Vec<char> = TABLE_PAGE.chars().collect();
    let got: Vec<(String, Option<&str>)> = report
        .extraction
        .figures
        .iter()
        .map(|f| {
            assert_eq!(chars[f.start..f.end].iter().collect::<String>(), f.text);
            (f.text.clone(), f.actor.as_deref())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("20 milliards d'euros".to_string(), Some("Brookfield")),
            ("2 milliards d'euros".to_string(), Some("Nscale")),
        ]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
