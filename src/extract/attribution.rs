//! Attribution stage: says which entity each figure belongs to, or none.

use super::{EntityHit, FigureHit, NormText};

/// For each figure, the index into `entities` of its actor, or `None` when none can be told.
pub fn attribute(
    _text: &NormText,
    _entities: &[EntityHit],
    figures: &[FigureHit],
) -> Vec<Option<usize>> {
    vec![None; figures.len()]
}
