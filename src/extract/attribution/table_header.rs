//! A Markdown table's owner column: the cell under a header that names who ("Porteurs",
//! "Bidder", "Company", "Opérateur") holds the row's owner, wherever the column stands.

use crate::extract::EntityHit;
use std::ops::Range;

/// Header words (lower case, matched at a word's start) of a column of owners.
const OWNER_HEADERS: &[&str] = &[
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
    let header = header_line(s, row.start)?;
    let column = cells(header).position(|c| {
        let low = c.to_lowercase();
        low.split(|ch: char| !ch.is_alphanumeric())
            .any(|w| OWNER_HEADERS.iter().any(|h| w.starts_with(h)))
    })?;
    let line = &s[row.clone()];
    let mut at = 0;
    for (k, cell) in line.split('|').enumerate() {
        // Cell 0 is what stands before the opening bar.
        if k == column + 1 {
            return Some(row.start + at..row.start + at + cell.len());
        }
        at += cell.len() + 1;
    }
    None
}

/// The cells of a table line, the empty ones before the first bar and after the last left out.
fn cells(line: &str) -> impl Iterator<Item = &str> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    t.split('|')
}

/// The header line of the table holding the row starting at `row_start`: the line above the
/// first separator ("|---|---|") met going up through rows.
fn header_line(s: &str, row_start: usize) -> Option<&str> {
    let mut end = row_start.checked_sub(1)?;
    // Up to a table's worth of rows.
    for _ in 0..64 {
        let start = s[..end].rfind('\n').map_or(0, |k| k + 1);
        let line = s[start..end].trim();
        if !line.starts_with('|') {
            return None;
        }
        if line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
            let above_end = start.checked_sub(1)?;
            let above = s[..above_end].rfind('\n').map_or(0, |k| k + 1);
            let header = s[above..above_end].trim();
            return header.starts_with('|').then_some(header);
        }
        end = start.checked_sub(1)?;
    }
    None
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
        let plain = "| Pays | Site |\n|---|---|\n| France | Fouju |\n";
        let row = plain.find("| France").unwrap();
        assert_eq!(owner_cell(plain, row..plain.len() - 1), None);
    }
}
