//! A person's fortune ("sa fortune estimée à 6,8 milliards d'euros", "la fortune du cofondateur
//! atteint …", "his net worth rose to $12bn"): the person's, not the company their wealth is
//! in.

use crate::extract::{EntityHit, EntityKind};
use crate::text::{AnyOf, with_lower};
use std::ops::Range;
use std::sync::LazyLock;

/// Words naming a person's wealth (lower case, ASCII).
const WEALTH: &[&str] = &["fortune", "net worth", "patrimoine"];

/// Words before a word of wealth that make it someone's ("sa fortune", "his net worth").
const POSSESSIVES: &[&str] = &[
    "sa ", "son ", "his ", "her ", "their ", "leur ", "'s ", "’s ",
];

/// Words after a word of wealth that name whose it is ("la fortune de", "the fortune of").
const OF: &[&str] = &[" de ", " du ", " d'", " d’", " of "];

/// How far before the amount (bytes) the word of wealth is looked for.
const REACH: usize = 100;

/// How far back (bytes) the person whose wealth it is may have been named.
const PERSON_REACH: usize = 600;

/// The person whose fortune the amount at `at` measures: a person's word of wealth, whole and in
/// lower case, with a possessive before it or "de"/"of" after it ("sa fortune", "la fortune du
/// cofondateur", "his net worth"; not "fortunes", "a small fortune", *Fortune*), no figure
/// between it and the amount; the person named between them ("la fortune de Sylvain Keraudren
/// atteint"), else the last person named before the word (within [`PERSON_REACH`]).
pub fn fortune_owner(
    s: &str,
    entities: &[EntityHit],
    sent: &Range<usize>,
    at: usize,
) -> Option<usize> {
    let from = s.floor_char_boundary(sent.start.max(at.saturating_sub(REACH)));
    let t = &s[from..at];
    // Most amounts have no word of wealth before them.
    static ANY_WEALTH: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(WEALTH));
    if !ANY_WEALTH.found_in(t.as_bytes()) {
        return None;
    }
    let b = t.as_bytes();
    let whole = |k: usize, n: usize| {
        !b[..k].last().is_some_and(u8::is_ascii_alphabetic)
            && !b
                .get(k + n)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c >= 0x80)
    };
    let k = WEALTH
        .iter()
        .filter_map(|w| {
            memchr::memmem::rfind_iter(b, w.as_bytes()).find(|&k| {
                whole(k, w.len())
                    && (POSSESSIVES.iter().any(|p| {
                        t[..k].len() >= p.len()
                            && t.as_bytes()[k - p.len()..k].eq_ignore_ascii_case(p.as_bytes())
                    }) || OF.iter().any(|o| t[k + w.len()..].starts_with(o)))
            })
        })
        .max()?;
    let word = from + k;
    let tail = &s[word..at];
    // (Not a market's or a fund's, "fortune 500", "a sovereign wealth fund"; nor a figure
    // stated between, whose the wealth is: "dont la fortune dépasse 400 milliards, a annoncé
    // que xAI lèvera 20 milliards".)
    if tail.bytes().any(|c| c.is_ascii_digit())
        || with_lower(tail, |l| l.contains("fund") || l.contains("fonds"))
    {
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
