//! What a firm reckons others will spend or need ("IDC, a research firm, reckons that
//! governments' spending will reach $120bn", "Consulting firm ICF estimates that U.S. data
//! centers could need 95 gigawatts", "le cabinet estime que le marché atteindra"): a forecast
//! of no one's amount, not the forecaster's.

use crate::extract::firsts::words;
use crate::extract::{EntityHit, EntityKind};

/// Verbs of reckoning, in the present (singular or plural) or the past.
const RECKONING: &[&str] = &[
    "reckons",
    "reckoned",
    "estimates",
    "estimated",
    "projects",
    "projected",
    "forecasts",
    "forecast",
    "predicts",
    "predicted",
    "expects",
    "expected",
    "believes",
    "calculates",
    "estime",
    "estimait",
    "prévoit",
    "prévoyait",
    "anticipe",
    "calcule",
    "juge",
    // (After analysts at a firm: "Analysts at X estimate that".)
    "estimate",
    "reckon",
    "expect",
    "predict",
    "believe",
    "calculate",
    "estiment",
    "prévoient",
    "anticipent",
    "calculent",
];

/// Words opening a subject that names the forecaster itself or one named before.
const OWN: &[&str] = &[
    "it", "its", "they", "their", "we", "our", "il", "elle", "ils", "elles", "sa", "son", "ses",
    "leur", "leurs", "nous", "notre", "nos", "to", "the", "le", "la", "l", "this", "ce", "cette",
];

/// Measures a firm states of itself, opening a clause with no possessive.
const OWN_MEASURES: &[&str] = &[
    "spending",
    "capex",
    "capital",
    "revenue",
    "revenues",
    "sales",
    "expenses",
    "costs",
    "investment",
    "investments",
    "dépenses",
    "investissements",
    "chiffre",
    "ventes",
    "coûts",
];

/// Whether the amount at `at` is what the last name before it in `s[from..at]` reckons a
/// subject of no name will spend or need: the name, maybe an apposition, a verb of reckoning,
/// "that"/"que", then a subject with no name in it (places aside).
pub fn reckoned(s: &str, entities: &[EntityHit], from: usize, at: usize) -> bool {
    let first = entities.partition_point(|e| e.span.start < from);
    let before = &entities[first..entities.partition_point(|e| e.span.start < at)];
    let Some(e) = before.iter().rev().find(|e| e.kind != EntityKind::Place) else {
        return false;
    };
    if !matches!(e.kind, EntityKind::Company | EntityKind::Institution) {
        return false;
    }
    let Some(mut rest) = s.get(e.span.end..at) else {
        return false;
    };
    // ", a research firm, reckons": an apposition.
    if let Some(r) = rest.strip_prefix(", ") {
        match r.find(", ") {
            Some(k) if k < 48 => rest = &r[k + 2..],
            _ => return false,
        }
    }
    let mut ws = words(rest);
    let is = crate::extract::firsts::listed;
    let Some(verb) = ws.next().filter(|v| is(v, RECKONING)) else {
        return false;
    };
    // (A clause of its own: "Sable forecasts revenue of $4.3 billion" is the object of the
    // verb, someone's own — but not a place's measure: "Morgan Stanley expects Australia's
    // installed capacity to double".)
    let possessor = || {
        let after = &rest[verb.as_ptr() as usize - rest.as_ptr() as usize + verb.len()..];
        after.split_whitespace().next().is_some_and(|w| {
            w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s"))
        })
    };
    let subject = match ws.next() {
        Some(w) if is(w, &["that", "que", "qu"]) => ws.next(),
        Some(w) if possessor() => Some(w),
        _ => return false,
    };
    // A subject of its own before the amount, none of the forecaster's: "governments'
    // spending", "U.S. data centers", "le marché".
    // (Not its own measures: "Meta expects that spending on servers will reach".)
    subject.is_some_and(|w| {
        !is(w, OWN) && !is(w, OWN_MEASURES) && !w.starts_with(|c: char| c.is_ascii_digit())
    }) && ws.next().is_some()
}
