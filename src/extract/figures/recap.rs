//! Recaps: a sentence opening "Au total," / "In total," sums amounts the article gave before
//! ("Au total, les annonces s'élèvent à 109 milliards d'euros"); that cumulative total includes
//! them, so it stays out of totals.

use crate::extract::{FigureHit, LinkKind};
use crate::text::AnyOf;
use std::sync::LazyLock;

/// Words opening a sentence that sums what came before.
const RECAP_OPENINGS: &[&str] = &[
    "au total",
    "en tout",
    "au cumul",
    "in total",
    "altogether",
    "all told",
    "in all",
];

/// How far back from an amount the opening of its sentence is looked for (bytes).
const OPENING_REACH: usize = 160;

/// Marks out of totals each amount in a sentence opening on a [`RECAP_OPENINGS`] phrase that is
/// larger than an amount of its unit given in an earlier sentence.
pub fn mark_recaps(s: &str, figs: &mut [FigureHit]) {
    for j in 1..figs.len() {
        let f = &figs[j];
        if !f.in_totals || f.link.is_some() {
            continue;
        }
        let Some(opening) = recap_opening(s, f.span.start) else {
            continue;
        };
        // A recap whose parts were found is their total: they are out, it stays.
        let has_parts = figs
            .iter()
            .any(|p| p.link.is_some_and(|l| l.of == j && l.how == LinkKind::Part));
        let sums_earlier = !has_parts
            && figs[..j].iter().any(|p| {
                p.span.end <= opening && p.kind == f.kind && p.unit == f.unit && p.value < f.value
            });
        if sums_earlier {
            figs[j].in_totals = false;
        }
    }
}

/// Whether the text holds a [`RECAP_OPENINGS`] phrase at all (one pass over the text, case
/// aside only for the first letter: they open sentences).
pub fn may_hold_recap(s: &str) -> bool {
    static TAILS: LazyLock<AnyOf> = LazyLock::new(|| {
        AnyOf::new(&[
            "u total",
            "n total",
            "n tout",
            "u cumul",
            "ltogether",
            "ll told",
            "n all",
        ])
    });
    TAILS.found_in(s.as_bytes())
}

/// The start of the sentence holding `at` when it opens on a [`RECAP_OPENINGS`] phrase.
pub fn recap_opening(s: &str, at: usize) -> Option<usize> {
    let opening = sentence_opening(s, at)?;
    // Every opening starts with "a", "e" or "i": most sentences are answered here.
    let first = s.as_bytes()[opening].to_ascii_lowercase();
    let recap = matches!(first, b'a' | b'e' | b'i')
        && crate::text::with_lower(&s[opening..at], |t| {
            RECAP_OPENINGS.iter().any(|w| {
                // "En tout cas", "In all likelihood" recap nothing: those two need a comma.
                let comma_only = matches!(*w, "en tout" | "in all");
                t.strip_prefix(w).is_some_and(|rest| {
                    rest.starts_with(',') || (!comma_only && rest.starts_with(' '))
                })
            })
        });
    recap.then_some(opening)
}

/// The start of the sentence holding `at`, when it lies within [`OPENING_REACH`] bytes (the
/// text's start, or after a line break or a full stop, "!" or "?" and a space).
fn sentence_opening(s: &str, at: usize) -> Option<usize> {
    let from = s.floor_char_boundary(at.saturating_sub(OPENING_REACH));
    let b = &s.as_bytes()[from..at];
    // The last line break, or full stop, "!" or "?" before a space (vectorised searches).
    let stop = memchr::memrchr3_iter(b'\n', b'.', b'!', b)
        .find(|&i| b[i] == b'\n' || b.get(i + 1) == Some(&b' '));
    let question = memchr::memrchr_iter(b'?', b).find(|&i| b.get(i + 1) == Some(&b' '));
    let end = stop.max(question);
    match end {
        Some(i) => {
            let start = from + i + 1;
            Some(start + (s[start..at].len() - s[start..at].trim_start().len()))
        }
        None if from == 0 => Some(0),
        None => None,
    }
}

#[cfg(test)]
mod tests;
