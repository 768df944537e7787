//! A person's fortune ("sa fortune estimée à 6,8 milliards d'euros", "la fortune du cofondateur
//! atteint …", "his net worth rose to $12bn"): the person's, not the company their wealth is
//! in.

use crate::extract::{EntityHit, EntityKind};
use crate::text::with_lower;
use std::ops::Range;

/// Words naming a person's wealth.
const WEALTH: &[&str] = &["fortune", "net worth", "patrimoine", "personal wealth"];

/// How far before the amount (bytes) the word of wealth is looked for.
const REACH: usize = 100;

/// How far back (bytes) the person whose wealth it is may have been named.
const PERSON_REACH: usize = 2000;

/// The person whose fortune the amount at `at` measures: a person named between the word of
/// wealth and the amount ("la fortune de Sylvain Keraudren atteint"), else the last person
/// named before that word (within [`PERSON_REACH`]).
pub fn fortune_owner(
    s: &str,
    entities: &[EntityHit],
    sent: &Range<usize>,
    at: usize,
) -> Option<usize> {
    let from = s.floor_char_boundary(sent.start.max(at.saturating_sub(REACH)));
    let t = &s[from..at];
    // Most amounts have no word of wealth before them: its letters after the first, whatever
    // case that one is in, are looked for first.
    if !["ortune", "et worth", "atrimoine", "ersonal wealth"]
        .iter()
        .any(|w| memchr::memmem::find(t.as_bytes(), w.as_bytes()).is_some())
    {
        return None;
    }
    let k = with_lower(t, |l| WEALTH.iter().filter_map(|w| l.rfind(w)).max())?;
    // (A lower-cased text most often keeps the byte offsets; where a char changed length the
    // word is not read.)
    let word = from + k;
    let tail = s.get(word..at)?;
    // (Not a market's or a fund's: "fortune 500", "a sovereign wealth fund".)
    if with_lower(tail, |l| {
        l.contains("500") || l.contains("fund") || l.contains("fonds")
    }) {
        return None;
    }
    let end = entities.partition_point(|e| e.span.start < at);
    let person = |e: &EntityHit| e.kind == EntityKind::Person;
    if let Some(i) = (0..end)
        .rev()
        .take_while(|&i| entities[i].span.start >= word)
        .find(|&i| person(&entities[i]))
    {
        return Some(i);
    }
    let floor = word.saturating_sub(PERSON_REACH);
    (0..end)
        .rev()
        .skip_while(|&i| entities[i].span.start >= word)
        .take_while(|&i| entities[i].span.start >= floor)
        .find(|&i| person(&entities[i]))
}
