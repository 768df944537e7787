//! Word articles (`.docx`): the main document's paragraphs, headings and list items, then its
//! footnotes and endnotes as closing paragraphs (each marked `[n]` where it is referenced), with
//! the title and date the document or its properties give.
//!
//! Caps: entries in the archive, each part's and all parts' inflated size (whatever the headers
//! claim), XML nodes and nesting depth. No DTD is read, so no entity expands.

mod body;
mod styles;
mod traverse;
mod xml;

pub use xml::MAX_DEPTH;

use super::article::{Article, FormatError, MAX_TEXT_BYTES, sensible_title};
use super::meta;
use roxmltree::Document;
use std::io::{Cursor, Read};
use xml::parse;
use zip::ZipArchive;

/// Most entries an archive may list.
pub const MAX_ENTRIES: usize = 10_000;
/// Largest part read (inflated).
pub const MAX_PART: u64 = 64 * 1024 * 1024;
/// Most bytes all parts read may inflate to, together.
pub const MAX_INFLATED: u64 = 128 * 1024 * 1024;
const DOCUMENT: &str = "word/document.xml";

fn err(why: impl ToString) -> FormatError {
    FormatError::Docx(why.to_string())
}

/// The archive being read, with what its parts may still inflate to.
struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    budget: u64,
}

impl<'a> Package<'a> {
    fn open(bytes: &'a [u8]) -> Result<Package<'a>, FormatError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(err)?;
        if zip.len() > MAX_ENTRIES {
            return Err(err(format!("more than {MAX_ENTRIES} entries")));
        }
        Ok(Package {
            zip,
            budget: MAX_INFLATED,
        })
    }

    /// A part's text, `None` when the archive has no such part.
    fn part(&mut self, name: &str) -> Result<Option<String>, FormatError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let file = self.zip.by_index(index).map_err(err)?;
        let limit = MAX_PART.min(self.budget);
        let mut bytes = Vec::new();
        file.take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| err(format!("{name}: {e}")))?;
        if bytes.len() as u64 > limit {
            return Err(FormatError::Inflated(
                (MAX_INFLATED / (1024 * 1024)) as usize,
            ));
        }
        self.budget -= bytes.len() as u64;
        let text = String::from_utf8(bytes).map_err(|_| err(format!("{name}: not UTF-8")))?;
        Ok(Some(text))
    }
}

/// Reads a Word document's article.
pub fn read(bytes: &[u8]) -> Result<Article, FormatError> {
    let mut pkg = Package::open(bytes)?;
    let styles = match pkg.part("word/styles.xml")? {
        Some(xml) => styles::Styles::read(&parse(&xml)?),
        None => styles::Styles::default(),
    };
    let numbering = match pkg.part("word/numbering.xml")? {
        Some(xml) => styles::Numbering::read(&parse(&xml)?),
        None => styles::Numbering::default(),
    };
    let xml = pkg
        .part(DOCUMENT)?
        .ok_or_else(|| err("no word/document.xml: not a Word document"))?;
    let mut reader = body::Reader::new(&styles, numbering);
    reader.read_body(&parse(&xml)?);
    drop(xml);
    for (part, kind) in [
        ("word/footnotes.xml", "footnote"),
        ("word/endnotes.xml", "endnote"),
    ] {
        if let Some(xml) = pkg.part(part)? {
            reader.read_notes(&parse(&xml)?, kind);
        }
    }
    let out = reader.finish();
    if out.text.len() > MAX_TEXT_BYTES {
        return Err(FormatError::Inflated(
            (MAX_INFLATED / (1024 * 1024)) as usize,
        ));
    }
    if out.text.trim().is_empty() {
        return Err(FormatError::NoText);
    }
    let core = match pkg.part("docProps/core.xml")? {
        Some(xml) => core(&parse(&xml)?),
        None => Core::default(),
    };
    let title = out
        .title
        .or_else(|| core.title.as_deref().and_then(sensible_title))
        .or(out.heading)
        .or_else(|| meta::title(&out.text));
    let date = meta::date(&out.text).or(core.date);
    Ok(Article {
        text: out.text,
        title,
        date,
    })
}

/// What `docProps/core.xml` says.
#[derive(Debug, Default, PartialEq)]
struct Core {
    title: Option<String>,
    date: Option<String>,
}

fn core(doc: &Document) -> Core {
    let field = |name: &str| {
        doc.descendants()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .map(str::trim)
            .filter(|t| !t.is_empty())
    };
    Core {
        title: field("title").map(str::to_string),
        date: field("created")
            .and_then(meta::parse_date)
            .or_else(|| field("modified").and_then(meta::parse_date)),
    }
}

#[cfg(test)]
mod tests;
