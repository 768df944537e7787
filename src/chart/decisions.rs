//! The analyst's corrections to claims, as decisions on a chart's mentions: each mention a
//! correction names (article + span + text) is found again in the corpus's current extraction,
//! whatever numbers the claims have today. Mentions the chart does not hold (another kind,
//! role or filter; an article gone) are left out; the Corrections window reports the gone ones.

use super::input::ChartCorpus;
use crate::claims::{Decision, Mention};
use crate::project::{ArticleId, Correction, SpanKey};
use std::collections::HashMap;

/// The corpus's claim corrections, in the order they were made, on `mentions` (what
/// `collect` found: `article` indexes `corpus.articles`, `figure` its figure list).
pub fn resolve(corpus: &ChartCorpus, mentions: &[Mention]) -> Vec<Decision> {
    if !corpus.corrections.iter().any(Correction::is_about_claims) {
        return Vec::new();
    }
    let index: HashMap<(usize, usize), usize> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| ((m.article, m.figure), i))
        .collect();
    let articles: HashMap<ArticleId, usize> = corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id, i))
        .collect();
    let find = |k: &SpanKey| -> Option<usize> {
        let &ai = articles.get(&k.article)?;
        let figs = &corpus.articles[ai].extraction.figures;
        let fi = k.find(figs.iter().map(|f| (f.start, f.end, f.text.as_str())))?;
        index.get(&(ai, fi)).copied()
    };
    let all = |keys: &[SpanKey]| keys.iter().filter_map(find).collect::<Vec<_>>();
    corpus
        .corrections
        .iter()
        .filter_map(|c| match c {
            Correction::SplitClaim { mentions } => {
                let found = all(mentions);
                (!found.is_empty()).then_some(Decision::Split(found))
            }
            Correction::MergeClaims { mentions } => {
                let found = all(mentions);
                (found.len() > 1).then_some(Decision::Merge(found))
            }
            Correction::ClaimCanonical { at } => find(at).map(Decision::Canonical),
            _ => None,
        })
        .collect()
}
