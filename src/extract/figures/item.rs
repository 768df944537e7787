//! An amount found by the scan, with or without a unit yet, and its value.

use super::number::Num;
use crate::extract::FigureKind;
use std::ops::Range;

/// An amount found by the scan, with or without a unit yet.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub span: Range<usize>,
    /// `None` for a bare amount ("15 milliards") that may still borrow a unit.
    pub kind: Option<FigureKind>,
    pub unit: &'static str,
    pub num: Num,
    /// Scale word multiplier (1 without one).
    pub mult: f64,
    /// Unit multiplier (GW → 10^9); 1 for money and chips.
    pub unit_mult: f64,
    pub has_scale: bool,
    /// The scale was a word or a multi-letter abbreviation ("milliards", "bn"), not "M" or "k".
    pub word_scale: bool,
    pub range: Option<(f64, f64)>,
}

impl Item {
    pub fn value(&self) -> f64 {
        match self.range {
            Some((lo, hi)) => (lo + hi) / 2.0,
            None => self.num.scaled(self.mult * self.unit_mult),
        }
    }
}
