//! One article as the app holds it: the decoded document, what the engine found in it, and its
//! paragraphs with their highlight segments.

use super::annot::{Paragraph, annotate};
use crate::corpus::Document;
use crate::extract::text::CharIndex;
use crate::extract::{Extraction, Lexicon, extract};
use crate::project::{ArticleId, Project};
use std::collections::BTreeSet;

/// An article ready to be listed and read.
#[derive(Debug, Clone)]
pub struct LoadedDoc {
    /// The article's id in the project.
    pub id: ArticleId,
    pub doc: Document,
    /// What the engine found, before the project's corrections.
    pub raw: Extraction,
    /// What the reader shows: `raw` with the project's corrections applied.
    pub extraction: Extraction,
    pub paragraphs: Vec<Paragraph>,
    /// Char ↔ byte offsets of `doc.text`.
    pub chars: CharIndex,
    /// Bumped whenever the highlights change; part of every cached layout's key.
    pub annotation_version: u64,
    /// The title shown in lists and headers.
    title: String,
}

/// The title to show for a document: its own (a literal HTML line break, `<br>`, `<br/>`, a
/// common artefact of copied headlines, reads as " — "; the document keeps it verbatim), else
/// its file name.
pub fn display_title(doc: &Document) -> String {
    match doc.title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => clean_title(t),
        _ => doc.file_name().to_string(),
    }
}

fn clean_title(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find('<') {
        let tail = &rest[i..];
        let close = tail.find('>').filter(|&j| {
            let inner = tail[1..j].trim().trim_end_matches('/').trim();
            inner.eq_ignore_ascii_case("br")
        });
        match close {
            Some(j) => {
                out.push_str(rest[..i].trim_end());
                out.push_str(" — ");
                rest = tail[j + 1..].trim_start();
            }
            None => {
                out.push_str(&rest[..=i]);
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

impl LoadedDoc {
    /// Runs the engine on `doc` and segments it.
    pub fn new(doc: Document, lexicon: &Lexicon) -> LoadedDoc {
        let extraction = extract(&doc.text, lexicon);
        LoadedDoc::with_extraction(doc, extraction)
    }

    /// Wraps a document with an extraction made elsewhere.
    pub fn with_extraction(doc: Document, extraction: Extraction) -> LoadedDoc {
        let paragraphs = annotate(&doc.text, &extraction);
        LoadedDoc {
            title: display_title(&doc),
            id: ArticleId(0),
            chars: CharIndex::new(&doc.text),
            doc,
            raw: extraction.clone(),
            extraction,
            paragraphs,
            annotation_version: 0,
        }
    }

    /// The same article under the project id `id`.
    pub fn with_id(mut self, id: ArticleId) -> LoadedDoc {
        self.id = id;
        self
    }

    /// Runs the engine again (after the lexicon changed); call [`LoadedDoc::correct`] next.
    pub fn reanalyse(&mut self, lexicon: &Lexicon) {
        self.raw = extract(&self.doc.text, lexicon);
    }

    /// Shows `raw` with the project's corrections applied. Returns true when that changed
    /// what the reader shows.
    pub fn correct(&mut self, project: &Project) -> bool {
        let mut x = self.raw.clone();
        project.apply(self.id, &mut x);
        if x == self.extraction {
            return false;
        }
        self.paragraphs = annotate(&self.doc.text, &x);
        self.extraction = x;
        self.annotation_version = self.annotation_version.wrapping_add(1);
        true
    }

    /// The article's title as the app shows it (see [`display_title`]), or its file name when
    /// it has none.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Number of distinct actors (canonical names).
    pub fn actor_count(&self) -> usize {
        self.extraction
            .entities
            .iter()
            .map(|e| e.canonical.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    }

    pub fn figure_count(&self) -> usize {
        self.extraction.figures.len()
    }

    /// The text of the article chars `range` (clamped to the text).
    pub fn char_slice(&self, range: std::ops::Range<usize>) -> &str {
        let t = &self.doc.text;
        let (a, b) = (
            self.chars.byte_offset(t, range.start),
            self.chars.byte_offset(t, range.end),
        );
        t.get(a.min(b)..b).unwrap_or_default()
    }

    /// The text of paragraph `i` (empty when out of range).
    pub fn paragraph_text(&self, i: usize) -> &str {
        self.paragraphs
            .get(i)
            .and_then(|p| self.doc.text.get(p.bytes.clone()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, EntityKind};

    fn doc(path: &str, title: Option<&str>, text: &str) -> Document {
        Document {
            path: path.into(),
            text: text.into(),
            title: title.map(Into::into),
            date: None,
        }
    }

    #[test]
    fn html_line_breaks_in_titles_read_as_dashes() {
        assert_eq!(clean_title("L'IA <br> De l'usine"), "L'IA — De l'usine");
        assert_eq!(clean_title("A<BR/>B <br /> C"), "A — B — C");
        assert_eq!(clean_title("1 < 2 > 0 <b>"), "1 < 2 > 0 <b>");
        assert_eq!(clean_title("fin <"), "fin <");
    }

    #[test]
    fn title_falls_back_to_the_file_name() {
        let x = Extraction::default();
        let d = LoadedDoc::with_extraction(doc("seeds/a_b.txt", None, "x"), x.clone());
        assert_eq!(d.title(), "a_b.txt");
        let d = LoadedDoc::with_extraction(doc("a.txt", Some("  "), "x"), x.clone());
        assert_eq!(d.title(), "a.txt");
        let d = LoadedDoc::with_extraction(doc("a.txt", Some("Le titre"), "x"), x);
        assert_eq!(d.title(), "Le titre");
    }

    #[test]
    fn actors_are_counted_once_per_canonical_name() {
        let e = |start, canonical: &str| Entity {
            text: "x".into(),
            start,
            end: start + 1,
            canonical: canonical.into(),
            kind: EntityKind::Company,
        };
        let x = Extraction {
            entities: vec![e(0, "A"), e(2, "B"), e(4, "A")],
            figures: vec![],
        };
        let d = LoadedDoc::with_extraction(doc("p", None, "a b a\nz"), x);
        assert_eq!(d.actor_count(), 2);
        assert_eq!(d.figure_count(), 0);
        assert_eq!(d.paragraph_text(1), "z");
        assert_eq!(d.paragraph_text(7), "");
        assert_eq!(d.char_slice(2..5), "b a");
        assert_eq!(d.char_slice(5..99), "\nz");
    }
}
