//! The words just before a figure: approximation qualifiers ("environ", "more than"), which stay
//! outside spans, and the markers of a part or a restatement ("dont", "of which", "(", "soit",
//! "or about"), plus the same-sentence test used to pair a figure with the one it details.

use super::index::ByteIndex;
use super::lex::boundary_before;
use std::sync::LazyLock;

/// [`QUALIFIERS`] and [`MARKERS`] by last byte.
static QUALIFIER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::last_ci(QUALIFIERS.iter().copied()));
static MARKER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::last_ci(MARKERS.iter().map(|m| m.0)));

/// The entries of a last-byte index that may end right before `i`.
fn ending_at<'x>(ix: &'x ByteIndex, s: &str, i: usize) -> impl Iterator<Item = usize> + 'x {
    let b = i
        .checked_sub(1)
        .and_then(|k| s.as_bytes().get(k))
        .map(u8::to_ascii_lowercase);
    b.into_iter().flat_map(|b| ix.get(b))
}

/// Approximations and bounds that may stand between a marker and an amount.
const QUALIFIERS: &[&str] = &[
    "environ",
    "d'environ",
    "près de",
    "presque",
    "quelque",
    "plus de",
    "moins de",
    "jusqu'à",
    "au moins",
    "au total",
    "autour de",
    "approximativement",
    "pas moins de",
    "about",
    "around",
    "approximately",
    "approx.",
    "roughly",
    "nearly",
    "almost",
    "some",
    "more than",
    "over",
    "up to",
    "at least",
    "less than",
    "an estimated",
    "estimated",
    "a further",
    "another",
    "une somme de",
    "un montant de",
    "un fonds de",
    "une enveloppe de",
    "une tranche de",
    "a total of",
    "a fund of",
    // "including a €20bn fund", "dont une part de", "which includes the $65bn it committed …
    // and an additional $100bn": an article before the amount.
    "an additional",
    "additional",
    "the",
    "a",
    "an",
    "un",
    "une",
    "~",
    "±",
];

/// What the words before a figure say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// "dont", "of which", "including": a part of the figure before.
    Part,
    /// "soit", "i.e.", "that is", "équivalent à": the figure before, restated.
    Restate,
    /// An opening parenthesis: a conversion or a detail of the figure before.
    Paren,
    /// "or", "ou": a restatement only when converted or approximated.
    Or,
}

const MARKERS: &[(&str, Marker)] = &[
    ("dont", Marker::Part),
    ("of which", Marker::Part),
    ("including", Marker::Part),
    ("included", Marker::Part),
    ("y compris", Marker::Part),
    ("among which", Marker::Part),
    ("of the total", Marker::Part),
    ("of that total", Marker::Part),
    ("of this total", Marker::Part),
    ("of that amount", Marker::Part),
    ("of this amount", Marker::Part),
    ("of that sum", Marker::Part),
    ("of the sum", Marker::Part),
    ("sur ce total", Marker::Part),
    ("sur ce montant", Marker::Part),
    ("sur cette somme", Marker::Part),
    ("sur cette enveloppe", Marker::Part),
    // Only opening a sentence ("Of that, €50bn …"; "on top of that" adds).
    ("of that", Marker::Part),
    ("of this", Marker::Part),
    ("of it", Marker::Part),
    ("parmi lesquels", Marker::Part),
    ("notamment", Marker::Part),
    ("incluant", Marker::Part),
    ("includes", Marker::Part),
    ("include", Marker::Part),
    ("comprend", Marker::Part),
    ("comprenant", Marker::Part),
    ("inclut", Marker::Part),
    ("contre", Marker::Part),
    ("with", Marker::Part),
    ("avec", Marker::Part),
    ("down from", Marker::Part),
    ("au lieu de", Marker::Part),
    ("instead of", Marker::Part),
    ("soit", Marker::Restate),
    ("i.e.", Marker::Restate),
    ("i.e.,", Marker::Restate),
    ("that is", Marker::Restate),
    ("équivalent à", Marker::Restate),
    ("l'équivalent de", Marker::Restate),
    ("equivalent to", Marker::Restate),
    ("the equivalent of", Marker::Restate),
    ("c'est-à-dire", Marker::Restate),
    ("(", Marker::Paren),
    // "R$900 million [US$165 million]": a translation's conversions in square brackets.
    ("[", Marker::Paren),
    ("or", Marker::Or),
    ("ou", Marker::Or),
];

/// Ends with `pat` (ASCII case-insensitively) on a word boundary: returns where it starts.
fn ends_with_phrase(s: &str, i: usize, pat: &str) -> Option<usize> {
    let st = i.checked_sub(pat.len())?;
    // The first and last bytes answer most misses before the whole comparison.
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    for (x, y) in [(st, 0), (i - 1, p.len() - 1)] {
        if !b.get(x)?.eq_ignore_ascii_case(&p[y]) {
            return None;
        }
    }
    if !s.is_char_boundary(st) || !s.as_bytes()[st..i].eq_ignore_ascii_case(pat.as_bytes()) {
        return None;
    }
    let alpha = pat.as_bytes()[0].is_ascii_alphabetic();
    (!alpha || boundary_before(s, st)).then_some(st)
}

fn trim_back(s: &str, i: usize) -> usize {
    s[..i].trim_end_matches([' ', ',']).len()
}

/// Skips back over qualifiers before `i`; returns the new position and whether any was skipped.
pub fn skip_qualifiers_back(s: &str, i: usize) -> (usize, bool) {
    let (mut k, mut skipped) = (trim_back(s, i), false);
    for _ in 0..3 {
        let Some((st, q)) = ending_at(&QUALIFIER_INDEX, s, k)
            .find_map(|p| ends_with_phrase(s, k, QUALIFIERS[p]).map(|st| (st, QUALIFIERS[p])))
        else {
            break;
        };
        k = trim_back(s, st);
        // An article qualifies nothing: "or a $2bn valuation" is no approximation.
        skipped |= !matches!(q, "a" | "an" | "un" | "une");
    }
    (k, skipped)
}

/// The marker ending right before `i` (after qualifiers), with where it starts and whether a
/// qualifier was skipped.
#[cfg(test)]
pub fn marker_before(s: &str, i: usize) -> Option<(Marker, usize, bool)> {
    marker_before_skipped(s, skip_qualifiers_back(s, i))
}

/// [`marker_before`] given what [`skip_qualifiers_back`] answered for the position.
pub fn marker_before_skipped(
    s: &str,
    (k, skipped): (usize, bool),
) -> Option<(Marker, usize, bool)> {
    ending_at(&MARKER_INDEX, s, k).find_map(|p| {
        let (w, m) = MARKERS[p];
        ends_with_phrase(s, k, w)
            .filter(|&st| !SENTENCE_OPENING_ONLY.contains(&w) || opens_sentence(s, st))
            .map(|st| (m, st, skipped))
    })
}

/// ", of which Prairie Forge will pay $120 million", ", dont l'État apportera 2 milliards": a
/// part marker opening a short clause whose verb leads to the amount at `i`.
pub fn part_clause_before(s: &str, i: usize) -> Option<(Marker, usize, bool)> {
    let from = s.floor_char_boundary(i.saturating_sub(56));
    let window = &s[from..i];
    // The last comma opening one of the markers (most windows hold a comma or two at most).
    let (k, m) = memchr::memrchr_iter(b',', window.as_bytes()).find_map(|k| {
        [", of which ", ", dont ", ", with "]
            .into_iter()
            .find(|m| window.as_bytes()[k..].starts_with(m.as_bytes()))
            .map(|m| (k, m))
    })?;
    let clause = &window[k + m.len()..];
    // ", with each partner contributing $2.2bn", ", with FAB alone committing $3bn": "with"
    // opens a part only before a participle.
    if m == ", with "
        && !clause
            .split_whitespace()
            .any(|w| w.len() > 5 && w.ends_with("ing"))
    {
        return None;
    }
    // (", dont la facture totale est estimée à …": whose total, not a part.)
    (clause.split_whitespace().count() <= 6
        && !clause.contains([',', '.', ';', ':', '(', ')'])
        && !clause.contains("total"))
    .then_some((Marker::Part, from + k + 2, false))
}

/// Markers that say "part" only when they open their sentence.
const SENTENCE_OPENING_ONLY: &[&str] = &["of that", "of this", "of it"];

/// `st` opens a sentence or a line.
fn opens_sentence(s: &str, st: usize) -> bool {
    let before = s[..st].trim_end_matches(' ');
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether `t` holds a blank line ("\n\n"), told from its line ends: one memchr pass over the
/// stretch between two amounts (most hold no line end), no substring searcher built for it.
pub fn holds_blank_line(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'\n', b).any(|i| b.get(i + 1) == Some(&b'\n'))
}

/// True when `s[a..b]` crosses no sentence or line end and is not too long.
pub fn same_sentence(s: &str, a: usize, b: usize, max: usize) -> bool {
    no_stop_between(s, a, b, max, b";")
}

/// [`same_sentence`] that goes on past a semicolon: the stretch a bare amount takes its unit
/// from ("600 millions d'euros ; les 250 millions restants …").
pub fn same_stretch(s: &str, a: usize, b: usize, max: usize) -> bool {
    no_stop_between(s, a, b, max, b"")
}

/// `s[a..b]`, at most `max` bytes, holds no line end and no '.', '!', '?' (nor one of `also`)
/// followed by a space.
fn no_stop_between(s: &str, a: usize, b: usize, max: usize, also: &[u8]) -> bool {
    if a > b || b - a > max {
        return false;
    }
    let gap = &s.as_bytes()[a..b];
    !gap.windows(2)
        .any(|w| (matches!(w[0], b'.' | b'!' | b'?') || also.contains(&w[0])) && w[1] == b' ')
        && !gap.contains(&b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualifiers_are_skipped() {
        let s = "dont environ 15 milliards";
        assert_eq!(skip_qualifiers_back(s, 13), (4, true));
        assert_eq!(marker_before(s, 13).map(|m| m.0), Some(Marker::Part));
        // A definite article or "an additional" between the marker and the amount.
        let m = |s: &str| marker_before(s, s.len()).map(|x| x.0);
        assert_eq!(m("$165bn, which includes the "), Some(Marker::Part));
        assert_eq!(m("$165bn, including an additional "), Some(Marker::Part));
    }

    #[test]
    fn markers() {
        let m = |s: &str| marker_before(s, s.len()).map(|x| x.0);
        assert_eq!(m("380 milliards de yuans (environ "), Some(Marker::Paren));
        assert_eq!(m("$10bn, of which "), Some(Marker::Part));
        // A short clause between the marker and the amount.
        let c = |t: &str| part_clause_before(t, t.len()).map(|x| x.0);
        assert_eq!(
            c("will spend $410m on a line, of which Prairie Forge will pay "),
            Some(Marker::Part)
        );
        assert_eq!(c("son campus, dont la facture totale est estimée à "), None);
        assert_eq!(
            c("would cost $4.4bn, with each partner contributing "),
            Some(Marker::Part)
        );
        assert_eq!(c("raised $50m, with support from "), None);
        assert_eq!(c("$410m, of which, as noted, it will pay "), None);
        assert_eq!(
            m("20 milliards d'euros, soit près de "),
            Some(Marker::Restate)
        );
        assert_eq!(m("$5bn, or about "), Some(Marker::Or));
        assert_eq!(m("invested "), None);
        assert_eq!(m("the decor "), None);
    }

    #[test]
    fn sentences() {
        let s = "A 5 bn. B 3 bn, 2 bn\nC";
        assert!(!same_sentence(s, 0, 10, 100));
        assert!(same_sentence(s, 8, 19, 100));
        assert!(!same_sentence(s, 8, 22, 100));
        assert!(!same_sentence(s, 8, 19, 5));
    }
}
