//! A market's size forecast with no one's name on it ("capacity in the state could reach 5.8
//! GW", "Nordic data-centre capacity could triple", "la demande européenne pourrait
//! atteindre"): no one's money or power.

use crate::extract::firsts::words;
use crate::text::{AnyOf, around};

/// Nouns of a market's size that a place or region may bound.
const MARKET_MEASURES: &[&str] = &[
    "capacity",
    "demand",
    "spending",
    "investment",
    "investments",
    "capacité",
    "capacités",
    "demande",
    "dépenses",
    "investissements",
    "market",
    "markets",
    "marché",
    "marchés",
    "capex",
    "outlay",
    "outlays",
];

/// Prepositions bounding a market by where it is ("in the state", "across the Gulf", "sur le
/// continent").
const MARKET_BOUNDS: &[&str] = &["in", "across", "throughout", "en", "dans", "sur"];

/// Possessives that make a capacity someone's ("its capacity", "sa capacité").
const OWNING: &[&str] = &[
    "its", "their", "our", "his", "her", "sa", "son", "ses", "leur", "leurs", "notre", "nos",
];

/// Subjects forecasting their own measure ("it expects capital spending … to reach").
const SUBJECTS: &[&str] = &["it", "we", "they", "il", "elle", "nous", "ils", "elles"];

/// Verbs of a forecast before the amount ("could reach", "expects … to grow", "pourrait
/// dépasser").
const MARKET_FORECASTS: &[&str] = &[
    "could",
    "would",
    "should",
    "will",
    "may",
    "might",
    "expected",
    "expects",
    "forecast",
    "projected",
    "set",
    "pourrait",
    "pourraient",
    "devrait",
    "devraient",
    "pourra",
    "devra",
    "atteindra",
    "dépassera",
    "pèsera",
    // The conditional of a reported forecast ("selon laquelle le marché atteindrait").
    "atteindrait",
    "atteindraient",
    "dépasserait",
    "dépasseraient",
    "pèserait",
    "représenterait",
    "doublerait",
    "triplerait",
    "top",
];

/// "Data centre capacity in the state could reach 5.8 GW", "She expects capacity across the
/// six Gulf states to grow from 1.5GW", "la demande de calcul sur le continent pourrait
/// dépasser 1 GW": a market bounded by a place, forecast, is no one's. `s[from..at]`: the
/// sentence before the amount.
pub fn market_forecast(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from.max(at.saturating_sub(160)), at);
    let is = crate::extract::firsts::listed;
    // Lower case: "the Public Investment Fund" names no measure, "in May" no forecast (a
    // measure may open the window with a capital).
    let low = |w: &str, list: &[&str]| list.contains(&w);
    let measure =
        |(i, w): (usize, &str)| low(w, MARKET_MEASURES) || (i == 0 && is(w, MARKET_MEASURES));
    // Most amounts have no such measure before them: the words are read only when a letter
    // run of one is there.
    if !MEASURE_RUNS.found_in(t.as_bytes()) {
        return false;
    }
    let ws: Vec<&str> = words(t).collect();
    let Some(k) = ws.iter().copied().enumerate().rposition(measure) else {
        return false;
    };
    // Nobody's capacity: no possessive or name's "'s" in the three words before it.
    let pos = ws[k].as_ptr() as usize - t.as_ptr() as usize;
    let near = &t[t.floor_char_boundary(pos.saturating_sub(32))..pos];
    // … nor a name after it ("les investissements d'Orbitex en France").
    let rest = &t[pos + ws[k].len()..];
    let named_after = [" de ", " du ", " des ", " of ", " d'", " d’", " by "]
        .iter()
        .any(|p| {
            rest.strip_prefix(p)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        });
    let owned = ws[k.saturating_sub(4)..k]
        .iter()
        .any(|w| is(w, OWNING) || is(w, SUBJECTS))
        || ((near.contains("'s ") || near.contains("’s ")) && !sector_possessive(near))
        || named_after;
    // A place bounds it within the next six words ("capacité de calcul installée en Europe").
    // A market is bounded by what it is ("le marché chinois des puces d'IA devrait peser",
    // "the total addressable market could top").
    let bounded = ws[k + 1..].iter().take(6).any(|w| is(w, MARKET_BOUNDS))
        || is(ws[k], &["market", "markets", "marché", "marchés"])
        || scoped(&ws, k)
        || sector_possessive(near);
    let forecast = ws[k.saturating_sub(4)..]
        .iter()
        .any(|w| low(w, MARKET_FORECASTS));
    !owned && bounded && forecast
}

/// Words that make a measure a whole region's or the world's ("global demand", "la demande
/// mondiale").
const SCOPES: &[&str] = &[
    "global",
    "worldwide",
    "world",
    "national",
    "regional",
    "industry-wide",
    "sector-wide",
    "mondial",
    "mondiale",
    "mondiaux",
    "mondiales",
    "nationale",
    "nationaux",
    "nationales",
    "régional",
    "régionale",
    "us",
    "uk",
    "eu",
];

/// "the industry's combined outlay", "the sector's capex": a whole sector's measure, no one's.
fn sector_possessive(near: &str) -> bool {
    [
        "industry's ",
        "industry’s ",
        "sector's ",
        "sector’s ",
        "world's ",
        "world’s ",
    ]
    .iter()
    .any(|w| near.contains(w))
}

/// Whether the measure `ws[k]` is a region's: a scope word or a capitalised adjective of a
/// people before it, after at most two modifiers ("Latin American spending on AI", "Nordic
/// data-centre capacity"), or a scope word or a lower-case adjective of a people right after it
/// ("la demande européenne").
fn scoped(ws: &[&str], k: usize) -> bool {
    let demonym = |w: &str| {
        ["an", "ian", "ean", "ese", "ic", "ish"]
            .iter()
            .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
    };
    let before = ws[k.saturating_sub(3)..k].iter().any(|w| {
        SCOPES.contains(&w.to_lowercase().as_str())
            || (w.starts_with(|c: char| c.is_ascii_uppercase())
                && w[1..].bytes().all(|b| b.is_ascii_lowercase())
                && demonym(w))
    });
    let after = ws.get(k + 1).is_some_and(|w| {
        SCOPES.contains(w)
            || (w.starts_with(char::is_lowercase)
                && [
                    "éen", "éenne", "éens", "éennes", "ain", "aine", "ains", "aines",
                ]
                .iter()
                .any(|e| w.ends_with(e)))
    });
    // "capital spending by the largest cloud and AI companies", "les dépenses des grands
    // groupes": a measure of a group of actors.
    let of_group = ws.get(k + 1).is_some_and(|w| {
        ["by", "of", "des", "among"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    }) && ws[k + 2..]
        .iter()
        .take(6)
        .any(|w| GROUP_NOUNS.iter().any(|g| w.eq_ignore_ascii_case(g)));
    before || after || of_group
}

/// Letter runs, lower case, that every one of [`MARKET_MEASURES`] holds (a capital opening
/// the window aside: "Capacity …" holds "apacit").
static MEASURE_RUNS: std::sync::LazyLock<AnyOf> = std::sync::LazyLock::new(|| {
    AnyOf::new(&[
        "apacit", "emand", "pending", "nvest", "arket", "march", "penses", "apex", "utlay",
    ])
});

/// Plural nouns of actors that make a group.
pub(super) const GROUP_NOUNS: &[&str] = &[
    "projets",
    "projects",
    "start-up",
    "startups",
    "start-ups",
    "entreprises",
    "companies",
    "groupes",
    "groups",
    "firms",
    "géants",
    "giants",
    "hyperscalers",
    "consortiums",
    "pays",
    "countries",
    "états",
    "states",
    "banques",
    "banks",
    "opérateurs",
    "operators",
    "chipmakers",
    "fabricants",
    "labs",
    "laboratoires",
    "utilities",
    "investisseurs",
    "investors",
    "providers",
    "fournisseurs",
    "platforms",
    "plateformes",
    "capitalisations",
];
