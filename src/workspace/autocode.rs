//! Auto-coding: tag many passages with one theme in one undoable step, after a preview — every
//! hit of the current search, or every sentence holding a figure of one kind (money, chips,
//! power, FLOPS). The candidates are computed here; the dialog shows them; [`Edit::AddTags`]
//! places them (passages already tagged with that theme are not doubled).
//!
//! [`Edit::AddTags`]: crate::workspace::edit::Edit::AddTags

use crate::extract::FigureKind;
use crate::project::{ArticleId, ThemeId};
use crate::workspace::article::Article;
use crate::workspace::search::Hit;
use std::ops::Range;

/// What to auto-code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AutoSource {
    /// Every hit of the current search.
    SearchHits,
    /// Every sentence holding a figure of this kind.
    Figures(FigureKind),
}

/// One passage to tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub article: ArticleId,
    /// Chars of the article's text.
    pub range: Range<usize>,
}

/// The auto-coding dialog's state: what it would tag, and with which theme.
#[derive(Debug, Clone, PartialEq)]
pub struct AutoCodeDraft {
    pub source: AutoSource,
    pub theme: Option<ThemeId>,
    pub candidates: Vec<Candidate>,
}

/// The passages of `hits` (the search's hits over `docs`, by index).
pub fn search_passages(docs: &[Article], hits: &[Hit]) -> Vec<Candidate> {
    hits.iter()
        .filter_map(|h| {
            let d = docs.get(h.article)?;
            (h.range.start < h.range.end).then(|| Candidate {
                article: d.id,
                range: h.range.clone(),
            })
        })
        .collect()
}

/// The sentences of `docs` holding a figure of `kind`, once each.
pub fn figure_passages(docs: &[Article], kind: FigureKind) -> Vec<Candidate> {
    let mut out = Vec::new();
    for d in docs {
        let text = &d.doc.text;
        let figures: Vec<_> = d
            .extraction
            .figures
            .iter()
            .filter(|f| f.kind == kind && f.start < f.end)
            .collect();
        if figures.is_empty() {
            continue;
        }
        // Char offset of each byte boundary, to turn byte sentences into char ranges.
        let mut char_at = vec![0usize; text.len() + 1];
        let mut n = 0;
        for (b, c) in text.char_indices() {
            char_at[b] = n;
            n += 1;
            for k in 1..c.len_utf8() {
                char_at[b + k] = n;
            }
        }
        char_at[text.len()] = n;
        let sentences: Vec<Range<usize>> = crate::text::sentences(text)
            .into_iter()
            .map(|r| char_at[r.start]..char_at[r.end])
            .collect();
        let mut last: Option<Range<usize>> = None;
        for f in figures {
            let i = sentences.partition_point(|s| s.end <= f.start);
            let range = match sentences.get(i) {
                Some(s) if s.start <= f.start && f.end <= s.end => s.clone(),
                _ => f.start..f.end,
            };
            if last.as_ref() != Some(&range) {
                out.push(Candidate {
                    article: d.id,
                    range: range.clone(),
                });
                last = Some(range);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::extract::Lexicon;

    #[test]
    fn each_sentence_with_a_money_figure_once() {
        let text = "Première phrase sans rien. L’État investit 5 milliards d’euros et 2 milliards de plus. Fin 🤖.";
        let doc = Document::new("a.txt".into(), text.into());
        let a = Article::new(doc, &Lexicon::builtin());
        let c = figure_passages(std::slice::from_ref(&a), FigureKind::Money);
        assert_eq!(c.len(), 1, "{c:?}");
        let got: String = text
            .chars()
            .skip(c[0].range.start)
            .take(c[0].range.len())
            .collect();
        assert!(got.starts_with("L’État investit 5 milliards"), "{got}");
        assert!(got.ends_with("de plus."), "{got}");
    }
}
