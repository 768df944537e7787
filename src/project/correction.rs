//! One correction of the analyst to the engine, keyed by article + char span + text so that it
//! survives re-extraction and reopening. Corrections to claims (split, merge, canonical
//! mention) name their mentions the same way, never by a claim's number.

use super::ids::ArticleId;
use crate::extract::{Entity, Figure};
use serde::{Deserialize, Serialize};

/// Where a figure or entity was: its article, char span and text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SpanKey {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl SpanKey {
    pub fn of_figure(article: ArticleId, f: &Figure) -> SpanKey {
        SpanKey {
            article,
            start: f.start,
            end: f.end,
            text: f.text.clone(),
        }
    }

    pub fn of_entity(article: ArticleId, e: &Entity) -> SpanKey {
        SpanKey {
            article,
            start: e.start,
            end: e.end,
            text: e.text.clone(),
        }
    }

    /// The index of the item this key names: the one at the same span with the same text, else
    /// (the text moved) the nearest one with the same text.
    pub fn find<'a>(&self, items: impl Iterator<Item = (usize, usize, &'a str)>) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (i, (start, end, text)) in items.enumerate() {
            if text != self.text {
                continue;
            }
            if start == self.start && end == self.end {
                return Some(i);
            }
            let d = start.abs_diff(self.start);
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((i, d));
            }
        }
        best.map(|(i, _)| i)
    }
}

/// One correction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// The figure belongs to `actor` (a canonical name), or to nobody.
    FigureActor { at: SpanKey, actor: Option<String> },
    /// The figure counts (or not) in totals.
    FigureTotals { at: SpanKey, in_totals: bool },
    /// This mention is not an entity.
    RejectEntity { at: SpanKey },
    /// No mention of this canonical name is an entity, in any article.
    RejectName { canonical: String },
    /// These figure mentions are another fact than the claim they were grouped in: they make a
    /// claim of their own.
    SplitClaim { mentions: Vec<SpanKey> },
    /// The claims of these figure mentions are one fact (every mention of each claim merged is
    /// kept, so the merge holds while any of them is still found).
    MergeClaims { mentions: Vec<SpanKey> },
    /// Its claim is counted from this figure mention (its actor, amount and date).
    ClaimCanonical { at: SpanKey },
    /// Every mention of this canonical name, in every article, is of this kind.
    ActorKind {
        canonical: String,
        kind: crate::extract::EntityKind,
    },
}

impl Correction {
    /// The article a correction is about (`None` for corrections that hold everywhere).
    pub fn article(&self) -> Option<ArticleId> {
        match self {
            Correction::FigureActor { at, .. }
            | Correction::FigureTotals { at, .. }
            | Correction::RejectEntity { at }
            | Correction::ClaimCanonical { at } => Some(at.article),
            Correction::RejectName { .. } | Correction::ActorKind { .. } => None,
            // A claim correction about one article goes with it; one across articles stays
            // (reported when mentions are gone).
            Correction::SplitClaim { mentions } | Correction::MergeClaims { mentions } => {
                let first = mentions.first()?.article;
                mentions.iter().all(|m| m.article == first).then_some(first)
            }
        }
    }

    /// The figure mentions a correction names (none for entity corrections).
    pub fn figure_mentions(&self) -> &[SpanKey] {
        match self {
            Correction::FigureActor { at, .. }
            | Correction::FigureTotals { at, .. }
            | Correction::ClaimCanonical { at } => std::slice::from_ref(at),
            Correction::SplitClaim { mentions } | Correction::MergeClaims { mentions } => mentions,
            Correction::RejectEntity { .. }
            | Correction::RejectName { .. }
            | Correction::ActorKind { .. } => &[],
        }
    }

    /// Whether it is a correction to claims (split, merge, canonical mention).
    pub fn is_about_claims(&self) -> bool {
        matches!(
            self,
            Correction::SplitClaim { .. }
                | Correction::MergeClaims { .. }
                | Correction::ClaimCanonical { .. }
        )
    }
}
