//! What a firm reckons others will spend or need ("IDC, a research firm, reckons that
//! governments' spending will reach $120bn", "Consulting firm ICF estimates that U.S. data
//! centers could need 95 gigawatts", "le cabinet estime que le marché atteindra"): a forecast
//! of no one's amount, not the forecaster's.

use crate::extract::firsts::{POSSESSIVES, words};
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

/// Verbs that put a figure on something: "estime à", "chiffre à", "évalue … à", "puts … at".
const APPRAISING: &[&str] = &[
    "estime",
    "estiment",
    "estimait",
    "chiffre",
    "chiffrent",
    "chiffrait",
    "évalue",
    "évaluent",
    "évaluait",
    "estimates",
    "puts",
    "put",
    "values",
    "pegs",
    "sizes",
];

/// Participles of appraising ("le marché … était estimé à", "the market, valued at"), verbs
/// of [`APPRAISING`] too, whose market stands before them.
const PARTICIPLES: &[&str] = &[
    "estimé",
    "estimée",
    "évalué",
    "évaluée",
    "chiffré",
    "chiffrée",
    "estimated",
    "valued",
];

/// A verb of appraising, finite or participle.
fn appraising(w: &str) -> bool {
    crate::extract::firsts::listed(w, APPRAISING) || crate::extract::firsts::listed(w, PARTICIPLES)
}

/// Nouns of whoever appraises for others: a consultancy, an analyst, a study.
const APPRAISERS: &[&str] = &[
    "cabinet",
    "analyste",
    "analystes",
    "consultant",
    "consultants",
    "étude",
    "rapport",
    "observatoire",
    "firm",
    "analyst",
    "analysts",
    "study",
    "report",
    "consultancy",
];

/// "qui évalue le marché français du cloud à 1,9 milliard", "Le cabinet chiffre à 5 milliards
/// les investissements nécessaires": a market, or what a sector needs, that someone appraises
/// is no one's. The amount at `at..end` follows a verb of [`APPRAISING`] and "à"/"at" in its
/// clause (from `from`), and either what the verb appraises is a market ([`MARKETS`], no
/// possessive, not its value or share), or a consultancy or an analyst appraises, at the
/// amount, what a whole sector spends ("les investissements", "les besoins" right after it).
pub fn appraised(s: &str, from: usize, at: usize, end: usize) -> bool {
    let is = crate::extract::firsts::listed;
    let before = crate::text::around(s, from.max(at.saturating_sub(120)), at);
    // (Most amounts follow no such verb: read without collecting first.)
    if !words(before).any(appraising) {
        return false;
    }
    let ws: Vec<&str> = words(before).collect();
    let Some(verb) = ws.iter().rposition(|w| appraising(w)) else {
        return false;
    };
    // "à"/"at" last before the amount (maybe "à quelque", "at about").
    let tail = &ws[verb + 1..];
    // ("évalue de 100 à 150 milliards": a range opens on "de", "entre", "between".)
    let Some(prep) = tail
        .iter()
        .rposition(|w| is(w, &["à", "at", "de", "entre", "between"]))
    else {
        return false;
    };
    if tail.len() - prep > 2 {
        return false;
    }
    // (Only right before an amount that is a range: "un plan de 10 milliards" is no range.)
    if !is(tail[prep], &["à", "at"]) && {
        let amount = &s[at..end];
        prep + 1 != tail.len()
            || ![" à ", " et ", " and ", " to "]
                .iter()
                .any(|w| amount.contains(w))
    } {
        return false;
    }
    let object = &tail[..prep];
    // A market, named as such, no one's ("le marché français du cloud", not "Nvidia's market
    // value", "its global spending", "son plan mondial").
    if object.iter().any(|w| is(w, MARKETS))
        && !object
            .iter()
            .any(|w| is(w, POSSESSIVES) || w.ends_with("'s") || w.ends_with("’s"))
        && crate::extract::amount_words::market_wide(&object.join(" "))
    {
        return true;
    }
    if !object.is_empty() {
        return false;
    }
    // "le marché du cloud reste embryonnaire : il était estimé à 170 millions": a market
    // named before a participle that appraises it (within ten words, no one's).
    if is(ws[verb], PARTICIPLES) {
        let from = verb.saturating_sub(10);
        return ws[from..verb]
            .iter()
            .rposition(|w| is(w, MARKETS))
            .is_some_and(|m| {
                // (The market itself, "le marché", not "leader du marché".)
                let said = &ws[from + m..verb];
                (from + m)
                    .checked_sub(1)
                    .is_some_and(|d| is(ws[d], &["le", "the", "ce", "this", "that"]))
                    && !said
                        .iter()
                        .any(|w| is(w, POSSESSIVES) || w.ends_with("'s") || w.ends_with("’s"))
                    // (Nor another actor or another thing between: "attire Amazon, qui a
                    // annoncé un investissement estimé à", "rewarded Nvidia, valued at".)
                    && !said[1..].iter().any(|w| {
                        w.starts_with(char::is_uppercase)
                            || is(w, &["un", "une", "des", "a", "an"])
                    })
                    && crate::extract::amount_words::market_wide(&said.join(" "))
            });
    }
    // Appraised, then the object after the amount: "à 7 milliards d'euros les investissements
    // attendus dans la région" (by a consultancy; a sector's needs by anyone: "McKinsey évalue
    // de 100 à 150 milliards les besoins d'investissement").
    let subject = &ws[verb.saturating_sub(3)..verb];
    let appraiser = subject.iter().any(|w| is(w, APPRAISERS));
    let after = crate::text::around(s, end, (end + 60).min(s.len()));
    let next: Vec<&str> = words(after).take(8).collect();
    // (Within the amount's unit words: "d'euros les", "de francs les".)
    next.iter()
        .position(|w| is(w, &["les", "the"]))
        .is_some_and(|k| {
            k <= 3
                && next.get(k + 1).is_some_and(|n| {
                    is(n, SECTOR_NEEDS) && (appraiser || is(n, &["besoins", "needs"]))
                })
                // ("les besoins de son réseau": the firm's own.)
                && !next[k + 1..].iter().any(|w| is(w, POSSESSIVES))
        })
}

/// Nouns of a whole market.
const MARKETS: &[&str] = &[
    "marché",
    "market",
    "secteur",
    "sector",
    "industrie",
    "industry",
];

/// What a whole sector spends or needs, as the object of an appraisal.
const SECTOR_NEEDS: &[&str] = &[
    "investissements",
    "besoins",
    "dépenses",
    "investments",
    "needs",
];
