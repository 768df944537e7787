//! PDF articles: the text layer, read with lopdf and laid out into paragraphs (pages joined,
//! repeated headers and footers dropped, line-end hyphenation repaired), with the title and date
//! the file or its first lines give. A PDF without a text layer (a scan) is refused as such.
//!
//! Caps: pages, decompressed bytes (all streams together), content operations, text length;
//! lopdf bounds object nesting and each stream's inflation.

mod budget;
mod font;
mod layout;
mod text;

pub use budget::MAX_INFLATED;

use super::article::{Article, FormatError, sensible_title};
use super::meta;
use budget::{Budget, lopdf_error};
use lopdf::{Document, LoadOptions, Object};

/// Most pages read.
pub const MAX_PAGES: usize = 2_000;
/// Reads a PDF's article.
pub fn read(bytes: &[u8]) -> Result<Article, FormatError> {
    let options = LoadOptions {
        max_decompressed_size: Some(MAX_INFLATED / 4),
        ..LoadOptions::default()
    };
    let mut doc = Document::load_mem_with_options(bytes, options).map_err(lopdf_error)?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(FormatError::Encrypted);
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(FormatError::TooManyPages(MAX_PAGES));
    }
    let mut budget = Budget::new();
    let mut fonts = font::FontCache::new(&doc);
    let mut laid = Vec::with_capacity(pages.len());
    for &id in pages.values() {
        laid.push(layout::page_lines(&doc, id, &mut budget, &mut fonts)?);
    }
    let article = text::assemble(laid);
    if article.text.trim().is_empty() {
        return Err(FormatError::NoTextLayer);
    }
    let info = info(&doc);
    let title = info
        .title
        .as_deref()
        .and_then(sensible_title)
        .or(article.heading)
        .or_else(|| meta::title(&article.text));
    let date = meta::date(&article.text).or(info.date);
    Ok(Article {
        text: article.text,
        title,
        date,
    })
}

/// What the document information dictionary says.
#[derive(Debug, Default, PartialEq)]
struct Info {
    title: Option<String>,
    date: Option<String>,
}

fn info(doc: &Document) -> Info {
    let Some(dict) = doc
        .trailer
        .get_deref(b"Info", doc)
        .and_then(Object::as_dict)
        .ok()
    else {
        return Info::default();
    };
    let text = |key: &[u8]| {
        let o = dict.get_deref(key, doc).ok()?;
        lopdf::decode_text_string(o).ok()
    };
    Info {
        title: text(b"Title"),
        date: text(b"CreationDate")
            .and_then(|d| pdf_date(&d))
            .or_else(|| text(b"ModDate").and_then(|d| pdf_date(&d))),
    }
}

/// A PDF date (`D:YYYYMMDDHHmmSS+HH'mm'`) as ISO `YYYY-MM-DD`, the day as written.
fn pdf_date(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s.strip_prefix("D:").unwrap_or(s);
    let digits = s.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| digits[r].parse::<u32>().ok();
    meta::iso_date(n(0..4), n(4..6), n(6..8))
}

#[cfg(test)]
mod tests;
