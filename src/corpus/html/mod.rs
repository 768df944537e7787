//! HTML articles: decodes a saved web page and extracts its article text, headline and date.
//! Nothing is ever fetched: external resources are ignored.

mod attrs;
mod charset;
mod dates;
mod furniture;
mod head;
mod render;
mod source;
mod text;
mod visible;

pub use source::{PageSpan, SourceMap};

use super::decode::{self, DecodeError};
use super::meta;
use scraper::Html;
use std::path::Path;

/// File extensions read as HTML pages.
pub const EXTENSIONS: &[&str] = &["html", "htm", "xhtml"];

/// What an HTML page yields: plain article text (paragraphs separated by a blank line) and the
/// metadata the page declares, or failing that, what the text's first lines state.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
}

/// True for a path with an HTML extension.
pub fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Decodes a page's bytes: BOM and valid UTF-8 first, then the charset the page declares in a
/// `<meta>` tag, then Windows-1252.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let (text, _) = match charset::declared(bytes) {
        Some(enc) => decode::decode_with_fallback(bytes, enc)?,
        None => decode::decode(bytes)?,
    };
    Ok(text)
}

/// Parses a page and extracts its article.
pub fn parse(html: &str) -> Page {
    let doc = Html::parse_document(&attrs::cap(html));
    let text = text::article_text(&doc);
    page(&doc, text)
}

/// Parses a page and extracts its article, with the map from the article text back onto the
/// page (which the map keeps).
pub fn parse_mapped(html: String) -> (Page, SourceMap) {
    // A tag with too many attributes is capped (blanked in place: the page's offsets stay).
    let html = match attrs::cap(&html) {
        std::borrow::Cow::Owned(capped) => capped,
        std::borrow::Cow::Borrowed(_) => html,
    };
    let doc = Html::parse_document(&html);
    let origins = source::Origins::new(&doc, &html);
    let (text, spans) = text::article_text_mapped(&doc, &origins);
    drop(origins);
    let page = page(&doc, text);
    drop(doc);
    (page, SourceMap::new(html, spans))
}

/// The page's title and date: what its markup declares, else what its text's first lines state
/// (for the date: the article's header or byline before its text, the page's other headers
/// last).
fn page(doc: &Html, text: String) -> Page {
    let title = head::title(doc).or_else(|| meta::title(&text));
    let date = dates::declared(doc)
        .or_else(|| dates::article_header(doc))
        .or_else(|| meta::date(&text))
        .or_else(|| dates::page_header(doc));
    Page { text, title, date }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fallbacks_for_title_and_date() {
        let p = parse(
            "<body><p>12 mars 2025</p><p>Un titre sans balise</p>\
             <p>Le corps de l'article, qui se termine.</p></body>",
        );
        assert_eq!(p.date.as_deref(), Some("2025-03-12"));
        assert_eq!(p.title.as_deref(), Some("Un titre sans balise"));
    }

    #[test]
    fn extensions() {
        assert!(is_html_path(Path::new("a/b.HTML")));
        assert!(is_html_path(Path::new("b.htm")));
        assert!(!is_html_path(Path::new("b.txt")));
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        for s in [
            "",
            "<",
            "<<>>",
            "</p></p>",
            "<html><body><article>",
            "\u{0}<p>x",
        ] {
            let p = parse(s);
            assert!(!p.text.contains('\u{0}'));
        }
    }
}
