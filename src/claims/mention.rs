//! What claims are built from: one figure of one article, after the analyst's corrections,
//! its value in the chart's unit.

use crate::extract::{FigureKind, Role};

/// One figure of one article, as claims see it (after the analyst's corrections).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The article, as an index into the corpus; duplicates of one article share its index.
    pub article: usize,
    /// The figure's index in its article's figure list.
    pub figure: usize,
    /// The actor's identity (lexicon canonical name), if the figure has one.
    pub actor: Option<String>,
    pub kind: FigureKind,
    pub role: Option<Role>,
    /// Midpoint, low and high in one unit for the kind (money already converted).
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// ISO `YYYY-MM-DD` of the article, when it states one.
    pub date: Option<String>,
    pub in_totals: bool,
    /// The figure of the same article this one restates, as the engine linked them.
    pub restates: Option<usize>,
}
