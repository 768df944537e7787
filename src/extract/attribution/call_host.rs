//! The company hosting a results call that a transcript's title names ("Lumène Systems –
//! Conférence téléphonique sur les résultats du T3", "Norvane Cloud Q3 2026 earnings call"):
//! whose "we" its executives speak and whose results it states, however often its customers
//! are named.

use crate::extract::{EntityHit, EntityKind, FigureHit, FigureKind};
use crate::text::with_lower;
use std::ops::Range;

/// Words of a title that make the text a results call's transcript.
const CALL_WORDS: &[&str] = &[
    "earnings call",
    "conference call",
    "results call",
    "earnings conference",
    "conférence téléphonique",
    "conférence de résultats",
    "call transcript",
];

/// The entity index of the company the text's first line names before a call word.
pub fn call_host(s: &str, entities: &[EntityHit]) -> Option<usize> {
    let body = s.trim_start();
    let title_end = s.len() - body.len() + body.find('\n').unwrap_or(body.len());
    // (A title-case title may split the name: "Halberd Compute (HLBD)" yields its ticker.)
    let k = entities
        .iter()
        .take_while(|e| e.span.end <= title_end)
        .position(|e| e.kind == EntityKind::Company)?;
    let after = &s[entities[k].span.end..title_end];
    with_lower(after, |l| CALL_WORDS.iter().any(|w| l.contains(w))).then_some(k)
}

/// In a call's transcript, the host (`host`: [`call_host`], read once per text) owns a figure whose sentence names no other firm,
/// project or body, and is about no market: the host's results, its capacity, what "we"
/// have. `in_sentence`: the sentence's entities.
pub fn host_states(
    s: &str,
    entities: &[EntityHit],
    host: Option<usize>,
    in_sentence: Range<usize>,
    sent: &Range<usize>,
    f: &FigureHit,
) -> Option<usize> {
    let h = host?;
    let others = entities[in_sentence].iter().any(|e| {
        matches!(
            e.kind,
            EntityKind::Company | EntityKind::Institution | EntityKind::Project
        ) && e.canonical != entities[h].canonical
    });
    let market = || {
        with_lower(&s[sent.clone()], |l| {
            MARKET_WORDS.iter().any(|w| l.contains(w))
        })
    };
    (!others && (f.kind != FigureKind::Money || !market())).then_some(h)
}

/// Words of a market or a sector as a whole, which no host owns.
const MARKET_WORDS: &[&str] = &[
    "global", "industry", "market", "sector", "marché", "secteur", "mondial", "forecast",
];
