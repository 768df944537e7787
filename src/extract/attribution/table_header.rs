//! What a Markdown table says of a figure's owner: the cell under a header that names who
//! ("Porteurs", "Bidder", "Company", "Opérateur") holds the row's owner, wherever the column
//! stands; a column of caps holds no one's; a results row is the main company's.

use crate::extract::{EntityHit, FigureHit};
use crate::text::table;
use std::ops::Range;

/// Header words of a column of caps or limits, which hold what a rule sets: no one's.
const CAP_HEADERS: &[&str] = &[
    "cap", "caps", "limit", "limits", "ceiling", "plafond", "plafonds", "quota", "quotas",
];

/// A column of caps ("| Annual cap (accelerators) |") holds what a rule sets: no one's.
pub fn caps_column(s: &str, f: &FigureHit) -> bool {
    table::column_header(s, f.span.start).is_some_and(|h| {
        let h = h.to_lowercase();
        h.split(|c: char| !c.is_alphanumeric())
            .any(|x| CAP_HEADERS.contains(&x))
    })
}

/// A results row ("| Chiffre d'affaires | 204 M€ |"): the main company's when it names no one
/// (the main company is given after restatements are told).
pub fn results_row(s: &str, f: &FigureHit) -> bool {
    table::row_label(s, f.span.start).is_some_and(super::results::results_label)
}

/// The first entity inside `cell`.
pub fn first_in(entities: &[EntityHit], cell: &Range<usize>) -> Option<usize> {
    let i = entities.partition_point(|e| e.span.start < cell.start);
    entities
        .get(i)
        .filter(|e| e.span.end <= cell.end)
        .map(|_| i)
}
