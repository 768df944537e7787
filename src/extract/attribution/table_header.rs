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

/// Header words (lower case, matched at a word's start) of a column of owners.
const OWNER_HEADERS: &[&str] = &[
    // ("| Start-up | Montant | Investisseur principal |": the start-up, leftmost, owns.)
    "start",
    "porteur",
    "bidder",
    "company",
    "companies",
    "entreprise",
    "société",
    "opérateur",
    "operator",
    "investor",
    "investisseur",
    "developer",
    "développeur",
    "owner",
    "propriétaire",
    "lauréat",
    "winner",
    "recipient",
    "bénéficiaire",
    "consortium",
    "backer",
    "sponsor",
    "firm",
    "groupe",
    "acteur",
];

/// The byte range of the owner column's cell in the row `row` (the line holding the figure),
/// when the table's header names one; `row` starts at the line's first byte.
pub fn owner_cell(s: &str, row: Range<usize>) -> Option<Range<usize>> {
    let header = table::header_above(s, row.start)?;
    let column = table::cells(s, header).into_iter().position(|c| {
        let low = s[c].to_lowercase();
        low.split(|ch: char| !ch.is_alphanumeric())
            .any(|w| OWNER_HEADERS.iter().any(|h| w.starts_with(h)))
    })?;
    table::cells(s, row).into_iter().nth(column)
}

/// The first entity inside `cell`.
pub fn first_in(entities: &[EntityHit], cell: &Range<usize>) -> Option<usize> {
    let i = entities.partition_point(|e| e.span.start < cell.start);
    entities
        .get(i)
        .filter(|e| e.span.end <= cell.end)
        .map(|_| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_owner_column_is_found_under_its_header() {
        let s = "| Pays | Site | Porteurs | Investissement |\n|---|---|---|---|\n| France | \
                 Fouju (Seine-et-Marne) | Mistral AI, MGX | 7,5 Md€ |\n";
        let row = s.find("| France").unwrap();
        let end = row + s[row..].find('\n').unwrap();
        let cell = owner_cell(s, row..end).unwrap();
        assert_eq!(s[cell].trim(), "Mistral AI, MGX");
        // The start-up, leftmost, owns a funding table's row, not its lead investor.
        let s = "| Start-up | Montant | Investisseur principal |\n|---|---|---|\n| Pleias | 48 M€ \
                 | Elaia |\n";
        let row = s.find("| Pleias").unwrap();
        let cell = owner_cell(s, row..s.len() - 1).unwrap();
        assert_eq!(s[cell].trim(), "Pleias");
        let plain = "| Pays | Site |\n|---|---|\n| France | Fouju |\n";
        let row = plain.find("| France").unwrap();
        assert_eq!(owner_cell(plain, row..plain.len() - 1), None);
    }
}
