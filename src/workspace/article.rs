//! One article of a project, read, analysed and ready to display: the decoded document, what
//! the engine found in it, its paragraphs with their highlight segments and its one title.
//! The app, the charts, the exports and the command line all read articles through here.

use crate::chart::input::{ChartArticle, ChartCorpus};
use crate::corpus::Document;
use crate::extract::{Extraction, Lexicon, extract};
use crate::project::{ArticleId, ArticleSource, Book, Project};
use crate::text::CharIndex;
use crate::workspace::annot::{Paragraph, annotate};
use std::collections::BTreeSet;

/// An article ready to be listed and read.
#[derive(Debug, Clone)]
pub struct Article {
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
    /// Distinct actors of `extraction` (the article list shows it every frame): counted when
    /// the extraction is set, in [`Article::with_extraction`] and [`Article::correct`].
    actors: usize,
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

/// Number of distinct canonical names among `x`'s entities.
fn distinct_actors(x: &Extraction) -> usize {
    x.entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect::<BTreeSet<_>>()
        .len()
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

impl Article {
    /// Runs the engine on `doc` and segments it.
    pub fn new(doc: Document, lexicon: &Lexicon) -> Article {
        let extraction = extract(&doc.engine_text(), lexicon);
        Article::with_extraction(doc, extraction)
    }

    /// Wraps a document with an extraction made elsewhere.
    pub fn with_extraction(doc: Document, extraction: Extraction) -> Article {
        let paragraphs = annotate(&doc.text, &extraction);
        Article {
            title: display_title(&doc),
            actors: distinct_actors(&extraction),
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
    pub fn with_id(mut self, id: ArticleId) -> Article {
        self.id = id;
        self
    }

    /// Runs the engine again (after the lexicon changed); call [`Article::correct`] next.
    pub fn reanalyse(&mut self, lexicon: &Lexicon) {
        self.raw = extract(&self.doc.engine_text(), lexicon);
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
        self.actors = distinct_actors(&x);
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
        self.actors
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

/// Reads one article of a project as a document (title and date included): a bundled seed,
/// or a file. The error names what could not be read, not the path.
pub fn read_source(source: &ArticleSource) -> Result<Document, crate::corpus::Unreadable> {
    match source {
        ArticleSource::Bundled(name) => crate::corpus::bundled_seeds()
            .into_iter()
            .find(|d| d.file_name() == name)
            .ok_or_else(|| crate::corpus::Unreadable::NotBundled(name.clone())),
        ArticleSource::Path(p) => {
            let path = std::path::Path::new(p);
            Ok(crate::corpus::load_file(
                path,
                crate::corpus::display_path(path),
            )?)
        }
    }
}

impl Article {
    /// The article as a chart reads it (its title is [`Article::title`]).
    pub fn to_chart(&self) -> ChartArticle {
        ChartArticle {
            id: self.id,
            title: self.title().to_string(),
            date: self.doc.date.clone(),
            text: self.doc.text.clone(),
            extraction: self.extraction.clone(),
        }
    }
}

/// What a chart (and an export) reads of a project: every article with its corrected
/// extraction, the project's tags, themes and corrections to claims, and the corpus named by
/// [`corpus_name`].
pub fn chart_corpus(articles: &[Article], book: &Book, project_name: &str) -> ChartCorpus {
    ChartCorpus {
        articles: articles.iter().map(Article::to_chart).collect(),
        tags: book.tags.clone(),
        themes: book.themes.clone(),
        name: corpus_name(project_name, articles.len()),
        corrections: book
            .corrections
            .iter()
            .filter(|c| c.is_about_claims())
            .cloned()
            .collect(),
        attributes: book
            .corpus
            .iter()
            .filter(|a| !a.attributes.is_empty())
            .map(|a| (a.id, a.attributes.clone()))
            .collect(),
    }
}

/// How a chart's footer names a project's corpus: the project and its number of articles.
pub fn corpus_name(project: &str, articles: usize) -> String {
    if project.trim().is_empty() {
        format!("{articles} articles")
    } else {
        format!("{project} ({articles} articles)")
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
        let d = Article::with_extraction(doc("seeds/a_b.txt", None, "x"), x.clone());
        assert_eq!(d.title(), "a_b.txt");
        let d = Article::with_extraction(doc("a.txt", Some("  "), "x"), x.clone());
        assert_eq!(d.title(), "a.txt");
        let d = Article::with_extraction(doc("a.txt", Some("Le titre"), "x"), x);
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
        let d = Article::with_extraction(doc("p", None, "a b a\nz"), x);
        assert_eq!(d.actor_count(), 2);
        assert_eq!(d.figure_count(), 0);
        assert_eq!(d.paragraph_text(1), "z");
        assert_eq!(d.paragraph_text(7), "");
        assert_eq!(d.char_slice(2..5), "b a");
        assert_eq!(d.char_slice(5..99), "\nz");
    }
}
