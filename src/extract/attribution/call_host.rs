//! The company hosting a results call that a transcript's title names ("Lumène Systems –
//! Conférence téléphonique sur les résultats du T3", "Norvane Cloud Q3 2026 earnings call"):
//! whose "we" its executives speak and whose results it states, however often its customers
//! are named.

use crate::extract::{EntityHit, EntityKind, FigureHit};
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

/// How long a title may be (bytes).
const TITLE_MAX: usize = 200;

/// The entity index of the company the text's first line, a title, names before a call word.
pub fn call_host(s: &str, entities: &[EntityHit]) -> Option<usize> {
    // A title: a short first line (not a one-line text or a first paragraph).
    let title_end = super::voice::title_end(s);
    if title_end == s.len() || title_end - (s.len() - s.trim_start().len()) > TITLE_MAX {
        return None;
    }
    // (A title-case title may split the name: "Halberd Compute (HLBD)" yields its ticker.)
    let k = entities
        .iter()
        .take_while(|e| e.span.end <= title_end)
        .position(|e| e.kind == EntityKind::Company)?;
    let after = &s[entities[k].span.end..title_end];
    with_lower(after, |l| CALL_WORDS.iter().any(|w| l.contains(w))).then_some(k)
}

/// In a call's transcript, the host (`host`: [`call_host`], read once per text) owns a figure
/// whose sentence names no other firm, project, body or place, and whose words around it speak
/// of no market: the host's results, its capacity, what "we" have. `in_sentence`: the
/// sentence's entities.
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
            EntityKind::Company | EntityKind::Institution | EntityKind::Project | EntityKind::Place
        ) && e.canonical != entities[h].canonical
    });
    // (The words around the amount only: a long sentence is not read once per figure.)
    let market = || {
        let a = s.floor_char_boundary(sent.start.max(f.span.start.saturating_sub(200)));
        let b = s.floor_char_boundary(sent.end.min(f.span.end + 100));
        with_lower(&s[a..b], |l| MARKET_WORDS.iter().any(|w| l.contains(w)))
    };
    (!others && !market()).then_some(h)
}

/// Words of a market or a sector as a whole, which no host owns.
const MARKET_WORDS: &[&str] = &[
    "global", "industry", "market", "sector", "marché", "secteur", "mondial", "forecast",
];
