//! Amounts no one owns, read from the words before them: a generic subject ("a single fab can
//! cost", "chaque usine"), what any one thing of a kind costs ("un campus coûte"), a group of
//! actors ("les cinq projets", "the three companies"), a forecast naming no owner, a market a
//! place bounds and someone forecasts ("capacity in the state could reach"), and events
//! ("Sommet pour l'action sur l'IA", "Abu Dhabi AI Forum"), which own nothing, and a grid's queue of
//! connection requests.
//! A limit a rule sets (a cap, a threshold, a maximum fine) is no one's either.
//! Attribution and roles read them the same way.

use super::firsts::{Firsts, words};
use crate::text::around;
pub use estimate::{backers, collective_actors, generic_subject_start, sector_measure};
pub use groups::group_subject;
pub use installed::place_capacity;
pub use limit::{limit, rule_cap};
pub use market::market_forecast;
pub use projects::projects_total;
pub use queue::connection_queue;
pub use reckoned::{appraised, reckoned};

/// Words that make a name an event's ("Web Summit", "Sommet pour l'action sur l'IA").
const EVENT_WORDS: &[&str] = &[
    "Summit",
    "Sommet",
    "Forum",
    "Conference",
    "Conférence",
    "Symposium",
    "Salon",
    "Expo",
    "Exposition",
    "Festival",
    "Assises",
    "Rencontres",
    "Hackathon",
];

/// True when `name` is an event's: the money announced at a summit is its backers', never the
/// summit's.
pub fn event(name: &str) -> bool {
    // (Most names hold none of the bytes the event words open on: they are not split.)
    name.bytes().any(|b| EVENT_FIRSTS[usize::from(b)])
        && name
            .split([' ', '\u{a0}'])
            .any(|w| EVENT_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// For each byte, whether an event word opens on it.
static EVENT_FIRSTS: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < EVENT_WORDS.len() {
        t[EVENT_WORDS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// True when a generic subject stands in `s[from..at]`: "a single", "a typical", "un seul",
/// "une seule", "chaque", "each".
pub fn generic_subject(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from, at);
    // Each word looked for holds one of these letter runs (ASCII case aside): a stretch
    // without any holds none of the words.
    if !contains_any_ci(t.as_bytes(), GENERIC_RUNS, &GENERIC_FIRSTS) {
        return false;
    }
    let mut prev = "";
    let mut ws = words(t).peekable();
    while let Some(w) = ws.next() {
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        let after = |x: &str| prev.eq_ignore_ascii_case(x);
        // "chaque année, X investit", "every year": a period, not a generic subject.
        let period = ws
            .peek()
            .is_some_and(|n| PERIODS.iter().any(|p| n.eq_ignore_ascii_case(p)));
        if ((is("chaque") || is("each") || is("every")) && !period)
            || is("chacune")
            || is("chacun")
            || ((is("single") || is("typical")) && after("a"))
            || ((is("seul") || is("seule")) && (after("un") || after("une")))
        {
            return true;
        }
        prev = w;
    }
    false
}

/// "un campus de taille moyenne coûte désormais plus de 3 milliards", "a gigawatt of capacity
/// costs $50bn": a clause about any one thing of a kind (an indefinite subject) and what such a
/// thing costs. `s[from..at]`: the sentence before the amount.
pub fn indefinite_cost(s: &str, from: usize, at: usize) -> bool {
    // The verb of cost stands close before the amount: most amounts have none there.
    let near = around(s, from.max(at.saturating_sub(40)), at);
    let b = near.as_bytes();
    if !memchr::memchr_iter(b'c', b)
        .any(|i| b[i..].starts_with(b"cost") || b[i..].starts_with("coût".as_bytes()))
    {
        return false;
    }
    let t = around(s, from.max(at.saturating_sub(200)), at);
    let clause = t.rsplit([':', ';']).next().unwrap_or(t);
    // "their rule of thumb is that a gigawatt costs $50bn", "il estime qu'un campus coûte":
    // the clause a complementizer opens.
    let clause = [" that ", " que ", " qu'", " qu’"]
        .iter()
        .filter_map(|c| clause.rfind(c).map(|k| &clause[k + c.len()..]))
        .min_by_key(|rest| rest.len())
        .unwrap_or(clause);
    let mut ws = words(clause);
    let first = ws.next().unwrap_or("");
    ["un", "une", "a", "an"]
        .iter()
        .any(|x| first.eq_ignore_ascii_case(x))
        && ws.any(|w| {
            ["coûte", "coûtent", "costs", "cost"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        })
}

/// A sentence forecasting or estimating an amount ("will climb to … by 2030, consultancy X
/// said", "the report estimates"): with no owner, what it states is a sector's, not spending.
pub fn forecast_of_nobody(sentence: &str) -> bool {
    sentence.len() < 600
        && crate::text::with_lower(sentence, |t| FORECAST_WORDS.iter().any(|w| t.contains(w)))
}

/// "Selon elle, le marché mondial devrait passer de 45 à 80 milliards", "According to him,
/// demand could reach 9GW": a forecast an analyst named before makes (a pronoun for the
/// source) is no one's measure.
pub fn pronoun_source_forecast(sentence: &str) -> bool {
    const OPENERS: &[&str] = &[
        "Selon lui,",
        "Selon elle,",
        "Selon eux,",
        "Selon elles,",
        "D'après lui,",
        "D'après elle,",
        "D’après lui,",
        "D’après elle,",
        "According to him,",
        "According to her,",
        "According to them,",
    ];
    OPENERS.iter().any(|o| sentence.starts_with(o)) && forecast_of_nobody(sentence)
}

/// Words of a forecast or an estimate.
const FORECAST_WORDS: &[&str] = &[
    "forecast",
    "estimate",
    "expects",
    "analysts expect",
    "analysts estimate",
    "analystes prévoient",
    "analystes estiment",
    "expected to",
    "projected",
    "would need to",
    "will climb",
    "will reach",
    "will rise",
    "could reach",
    "prévoit que",
    "devrait atteindre",
    "devraient atteindre",
    "pourrait atteindre",
    "pourraient atteindre",
    "pourrait dépasser",
    "pourraient dépasser",
    "estime que",
    "selon les estimations",
];

/// The letter runs one of the generic words holds.
const GENERIC_RUNS: &[&str] = &[
    "each", "chaque", "every", "single", "typical", "seul", "chacun",
];

/// Words of a period after "each", "every", "chaque".
const PERIODS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "time",
    "année",
    "an",
    "mois",
    "semaine",
    "jour",
    "trimestre",
    "fois",
];

static GENERIC_FIRSTS: Firsts = Firsts::of(GENERIC_RUNS);

/// True when `hay` holds one of `needles` (lower-case ASCII), ASCII case aside; `firsts`: the
/// needles' first bytes.
fn contains_any_ci(hay: &[u8], needles: &[&str], firsts: &Firsts) -> bool {
    hay.iter().enumerate().any(|(i, &c)| {
        if !firsts.may_start(std::slice::from_ref(&c)) {
            return false;
        }
        let c = c.to_ascii_lowercase();
        needles.iter().map(|n| n.as_bytes()).any(|n| {
            n[0] == c
                && hay
                    .get(i..i + n.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(n))
        })
    })
}

mod estimate;
mod groups;
mod installed;
mod limit;
mod market;
mod projects;
mod queue;
mod reckoned;

#[cfg(test)]
mod tests;
