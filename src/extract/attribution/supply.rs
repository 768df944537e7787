//! Chips a supplier hands over: "Nvidia will supply 20,000 GPUs to MGX", "X, qui fournira
//! 18 000 puces": the supplier is not their owner; the one they go to is, when named.

use crate::extract::EntityHit;
use crate::extract::firsts::words;
use crate::text::around as slice;
use std::ops::Range;

/// Verbs of handing chips over (English and French forms). "Provide" is left out: a cloud
/// that provides GPUs owns them.
const SUPPLY_VERBS: &[&str] = &[
    "supply",
    "supplies",
    "supplied",
    "supplying",
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "ship",
    "ships",
    "shipped",
    "shipping",
    "sell",
    "sells",
    "sold",
    "selling",
    "fournir",
    "fournit",
    "fournira",
    "fourniront",
    "fournissent",
    "fournissait",
    "livrer",
    "livrera",
    "livreront",
    "livrent",
    "vendre",
    "vend",
    "vendra",
    "vendront",
    "vendent",
];

/// Prepositions before whom what is handed over goes to ("… GPUs to MGX", "… 300 MW à X").
const TOWARDS: &[&str] = &["to", "for", "à", "au", "aux", "pour"];

/// Verbs of setting capacity aside for someone ("Hydro-Québec a réservé 300 MW à X", "the
/// grid allocated 200 MW to X").
const SET_ASIDE_VERBS: &[&str] = &[
    "réserve",
    "réservé",
    "réservera",
    "réserver",
    "alloue",
    "alloué",
    "allouera",
    "allouer",
    "attribue",
    "attribué",
    "attribuera",
    "attribuer",
    "reserve",
    "reserves",
    "reserved",
    "allocate",
    "allocates",
    "allocated",
];

/// Whether a capacity handed over or set aside in its clause goes to the name right after it
/// ("a réservé un bloc de 300 mégawatts (MW) à Laurentide IA", "will supply 6 GW to X"):
/// `before` is the clause's words before the amount, `between` the words from the amount to
/// the name.
pub fn handed_to(before: &str, between: &str) -> bool {
    // ("300 mégawatts (MW) à X": an abbreviation in brackets aside.)
    let between = match between.trim_start().strip_prefix('(') {
        Some(rest) => rest.split_once(')').map_or(between, |(_, r)| r),
        None => between,
    };
    let to = TOWARDS.contains(&between.trim());
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(60))..];
    let tail = tail.rsplit([',', ';', ':', '.']).next().unwrap_or(tail);
    to && words(tail).any(|w| {
        SET_ASIDE_VERBS
            .iter()
            .chain(SUPPLY_VERBS)
            .any(|v| w.eq_ignore_ascii_case(v))
    })
}

/// The few words between `e` and the amount say `e` hands it over ("will supply", ", which
/// will ship", "a fourni", "livrera").
pub fn supplier(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let between = slice(s, e.span.end, figure_start);
    between.len() < 60
        && !between.contains([';', ':', '(', '.'])
        && words(between)
            .take(6)
            .any(|w| SUPPLY_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)))
}

/// The actor right after the amount that the chips go to ("… GPUs to MGX", "… puces à MGX"),
/// among `after` (the sentence's entities after the amount, in order).
pub fn recipient(
    s: &str,
    entities: &[EntityHit],
    after: Range<usize>,
    figure_end: usize,
) -> Option<usize> {
    let i = after.start;
    let e = entities.get(i).filter(|_| after.contains(&i))?;
    let between = slice(s, figure_end, e.span.start);
    let mut ws = words(between);
    let first = ws.next()?;
    let to = TOWARDS.iter().any(|p| first.eq_ignore_ascii_case(p));
    (to && ws.count() <= 1 && !between.contains([',', ';', '.'])).then_some(i)
}
