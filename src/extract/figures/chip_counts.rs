//! Bare counts beside a count of chips in its sentence borrow its unit: "from 9,400 GPUs to
//! 54,000", "to 54,000 GPUs by 2030, up from 9,400 today", "with 9,800 GPUs, followed by
//! Bharat Compute with 6,400", "14 000 GPU, dont 4 500 dès la première tranche".

use super::list_units::{add_uncovered, counted};
use super::number::parse_digits;
use crate::extract::{FigureHit, FigureKind};
use crate::text::Lang;

/// How far from a count of chips (bytes) a bare count is read, within its sentence.
const REACH: usize = 160;

/// Words a bare count stands right after when it counts the same chips.
const BEFORE: &[&str] = &[
    "from",
    "to",
    "with",
    "and",
    "de",
    "à",
    "avec",
    "et",
    "contre",
    "dont",
    "including",
];

/// Words that may follow such a count (or punctuation, or the end of the line).
const AFTER: &[&str] = &[
    "today",
    "now",
    "currently",
    "in",
    "by",
    "at",
    "last",
    "this",
    "and",
    "a",
    "from",
    "to",
    "before",
    "previously",
    "earlier",
    "aujourd'hui",
    "actuellement",
    "en",
    "fin",
    "et",
    "à",
    "au",
    "d'ici",
    "dès",
    "depuis",
    "avant",
];

/// Adds to `out` (sorted, disjoint) the bare grouped counts ("9,400", "6 400") that stand
/// after one of [`BEFORE`] near a count of chips of their sentence.
pub fn add(s: &str, lang: Lang, out: &mut Vec<FigureHit>) {
    if !out.iter().any(|f| f.kind == FigureKind::Chips) {
        return;
    }
    let mut found = Vec::new();
    for f in out.iter().filter(|f| f.kind == FigureKind::Chips) {
        let from = s.floor_char_boundary(f.span.start.saturating_sub(REACH));
        let to = s.ceil_char_boundary((f.span.end + REACH).min(s.len()));
        // The stretch stays in the chips' sentence: no full stop or line break between.
        let lo = s[from..f.span.start]
            .rfind(['.', '\n', '!', '?', ';'])
            .map_or(from, |k| from + k + 1);
        let hi = s[f.span.end..to]
            .find(['\n', '!', '?', ';', '.'])
            .map_or(to, |k| f.span.end + k);
        let mut at = lo;
        while at < hi {
            let Some(k) = s.as_bytes()[at..hi].iter().position(u8::is_ascii_digit) else {
                break;
            };
            let start = at + k;
            let Some(num) = parse_digits(s, start, lang) else {
                at = start + 1;
                continue;
            };
            at = num.end.max(start + 1);
            // (A number may run past the stretch's end: it is no count of this sentence.)
            if num.end > hi {
                break;
            }
            let written = &s[num.start..num.end];
            let group = |c: char| matches!(c, ',' | ' ' | '\u{a0}' | '\u{202f}');
            // A count of thousands written with a separator: no year, no small number.
            let grouped = written.chars().any(group)
                && written.chars().all(|c| c.is_ascii_digit() || group(c))
                && !num.year_like;
            let next = s[num.end..hi].trim_start_matches([' ', '\u{a0}']);
            let next_word = next
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .next()
                .unwrap_or("");
            let ends = next.is_empty()
                || next.starts_with([',', ')', ':'])
                || AFTER.iter().any(|w| next_word.eq_ignore_ascii_case(w));
            let before_word = s[lo..num.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let cue = BEFORE.iter().any(|w| before_word.eq_ignore_ascii_case(w));
            if grouped
                && cue
                && ends
                && let Some(hit) = counted(&num, FigureKind::Chips, 1.0, "chips")
            {
                found.push(hit);
            }
        }
    }
    found.sort_by_key(|f| f.span.start);
    found.dedup_by_key(|f| f.span.start);
    add_uncovered(out, found);
}
