//! Where a text names a party by its role: its field lines ("Applicant: X") and its
//! definitions in brackets ("X (ci-après « le pétitionnaire »)"), read once per text.

use super::refwords::PARTY_HEADS;
use crate::extract::EntityHit;

/// How far after "(ci-après", "(hereinafter" the role is looked for, and how far before the
/// bracket its name may end (bytes).
const DEFINITION_REACH: usize = 48;

/// Every party the text names by its role, in text order: (role in [`PARTY_HEADS`], where the
/// role is given, the name's entity), from its field lines ("Applicant: X") and its
/// definitions in brackets ("X (ci-après « le pétitionnaire »)", "X (hereinafter the
/// "Borrower")"). One pass over the text.
pub fn parties(s: &str, entities: &[EntityHit]) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    let role_of = |w: &str| PARTY_HEADS.iter().position(|r| *r == w);
    // Definitions: a bracket right after a name.
    for open in memchr::memchr_iter(b'(', s.as_bytes()) {
        let inner = &s[open + 1..];
        let inner = &inner[..inner.floor_char_boundary(DEFINITION_REACH.min(inner.len()))];
        let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
        if !inner.starts_with(['c', 'C', 'h', 'H', 't', 'T', 'l', 'L']) {
            continue;
        }
        let lower = crate::text::lower(inner);
        let defines = ["ci-après", "hereinafter", "the \"", "le « ", "la « "]
            .iter()
            .any(|w| lower.starts_with(w));
        let Some(role) = defines
            .then(|| lower.split(|c: char| !c.is_alphabetic()).find_map(role_of))
            .flatten()
        else {
            continue;
        };
        let k = entities.partition_point(|e| e.span.end <= open);
        if let Some(k) = k.checked_sub(1)
            && open - entities[k].span.end <= 2
        {
            found.push((role, open, k));
        }
    }
    // Field lines: a role, a colon, a name.
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        let (at, end) = (start, start + line.len());
        start = end;
        let t = line.trim_start();
        let lead = at + (line.len() - t.len());
        let Some(colon) = t.get(..24.min(t.len())).and_then(|h| h.find(':')) else {
            continue;
        };
        let label = t[..colon].trim_end();
        let Some(role) = role_of(&crate::text::lower(label)) else {
            continue;
        };
        let from = lead + colon + 1;
        let k = entities.partition_point(|e| e.span.start < from);
        if entities.get(k).is_some_and(|e| e.span.end <= end) {
            found.push((role, from, k));
        }
    }
    found.sort_by_key(|&(_, at, _)| at);
    found
}
