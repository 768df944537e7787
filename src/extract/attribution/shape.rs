//! How a sentence is built around a candidate owner: a possessive ("OpenAI's closest rival"),
//! a modifier inside a description ("an HPE system", "Nvidia GH200"), a regulator that only
//! authorises ("Bruxelles a autorisé"), the subject left before an
//! aside between commas ("X, the start-up founded by Y, raised"), and a subject that is a
//! measure of the actor in the news ("Net income climbed to …").

use super::look::Looks;
use crate::extract::{EntityHit, EntityKind};
use std::ops::Range;

/// `s[a..b]` with both ends moved onto char boundaries.
fn slice(s: &str, a: usize, b: usize) -> &str {
    let (mut a, mut b) = (a.min(s.len()), b.min(s.len()));
    while !s.is_char_boundary(a) {
        a += 1;
    }
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    s.get(a..b.max(a)).unwrap_or_default()
}

/// "OpenAI's closest rival": a possessive that is not the owner of an amount right after it
/// ("OpenAI's $300bn price tag" is).
pub fn possessive_modifier(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let after = slice(s, e.span.end, e.span.end + 3);
    (after.starts_with("'s") || after.starts_with("’s")) && figure_start > e.span.end + 14
}

/// Nouns that a name may modify ("an HPE system", "the Nvidia chips").
const MODIFIED_HEADS: &[&str] = &[
    "system",
    "systems",
    "machine",
    "chip",
    "chips",
    "superchips",
    "gpus",
    "gpu",
    "plant",
    "plants",
    "fab",
    "fabs",
    "factory",
    "campus",
    "site",
    "facility",
    "model",
    "models",
    "cloud",
    "deal",
    "stake",
    "shares",
    "processors",
    "accelerators",
    "superchip",
];

/// A name used as a modifier: "an HPE system", "Nvidia GH200" (a maker before its product).
pub fn modifier(s: &str, entities: &[EntityHit], i: usize) -> bool {
    let e = &entities[i];
    if e.kind == EntityKind::Company
        && let Some(n) = entities.get(i + 1)
        && n.kind == EntityKind::Product
        && slice(s, e.span.end, n.span.start).trim().is_empty()
    {
        return true;
    }
    let after = slice(s, e.span.end, e.span.end + 16).to_lowercase();
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_end_matches([',', '.', ';']);
    let before = slice(s, e.span.start.saturating_sub(4), e.span.start).to_lowercase();
    let det_before = [" a ", " an ", " un ", " une "]
        .iter()
        .any(|d| before.ends_with(d) || before == d.trim_start());
    det_before && MODIFIED_HEADS.contains(&next)
}

/// Verbs of a body that authorises what another pays ("Bruxelles a autorisé une aide").
const REGULATOR_VERBS: &[&str] = &[
    "autoris",
    "valid",
    "authoriz",
    "authoris",
    "cleared",
    "clears",
    "feu vert",
    "green light",
    "greenlit",
];

/// True when the words between the candidate and the amount say it only authorised it.
pub fn regulator(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let between = slice(s, e.span.end, figure_start).to_lowercase();
    between.len() < 80
        && between
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| REGULATOR_VERBS.iter().any(|v| w.starts_with(v)))
}

/// "X, [aside], verb … amount": when the candidate closes a comma aside (the words between it
/// and the amount hold a comma), the clause's first actor followed by a comma is the subject.
pub fn subject_before_aside(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    clause: Range<usize>,
    candidate: usize,
    figure_start: usize,
) -> Option<usize> {
    let e = &entities[candidate];
    if !slice(s, e.span.end, figure_start).contains(',') {
        return None;
    }
    let a = entities.partition_point(|x| x.span.start < clause.start);
    (a..candidate).find(|&k| {
        let x = &entities[k];
        let l = looks.get(k);
        slice(s, x.span.end, x.span.end + 1) == ","
            && !l.location
            && !l.source
            && !l.speech
            && x.kind != EntityKind::Place
            && slice(s, clause.start, x.span.start)
                .split_whitespace()
                .count()
                <= 4
    })
}

/// Measures of an actor's own money that may open a sentence with no name in it ("Net income
/// climbed 80% to …", "Le précédent bilan s'établissait à …").
const MEASURES: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "income",
    "profit",
    "earnings",
    "capex",
    "spending",
    "margin",
    "bilan",
    "chiffre",
    "bénéfice",
    "résultat",
    "ventes",
    "recettes",
    "investissement",
    "investissements",
    "budget",
    "enveloppe",
];
/// Words that make a measure the whole sector's, owned by no one.
const SECTOR_WIDE: &[&str] = &[
    "market",
    "marché",
    "industry",
    "industrie",
    "sector",
    "secteur",
    "mondial",
    "mondiale",
    "global",
    "worldwide",
    "world",
    "monde",
];

/// True when the sentence is about a measure of the actor in the news, with no one named.
pub fn measure_sentence(s: &str, sent: &Range<usize>) -> bool {
    let t = slice(s, sent.start, sent.end).to_lowercase();
    let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
    words.iter().any(|w| MEASURES.contains(w)) && !sector_wide(s, sent.clone())
}

/// True when the text speaks of a whole market or sector ("le marché mondial").
pub fn sector_wide(s: &str, r: Range<usize>) -> bool {
    slice(s, r.start, r.end)
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| SECTOR_WIDE.contains(&w))
}

/// True when the words right before the amount say what it values ("valued at", "valorisée
/// à", "a $5bn valuation").
pub fn valuation_cue(s: &str, at: usize) -> bool {
    let before = crate::extract::text::lower_tail(s, at, 40);
    ["valu", "valoris", "worth", "vaut"]
        .iter()
        .any(|c| before.contains(c))
}

/// Generic subjects: "a single fab can cost", "chaque usine coûte".
const GENERIC: &[&str] = &[
    "a single ",
    "a typical ",
    "un seul ",
    "une seule ",
    "chaque ",
    "each ",
];

/// True when a generic subject stands in `s[from..at]`.
pub fn generic_subject(s: &str, from: usize, at: usize) -> bool {
    let t = slice(s, from, at).to_lowercase();
    GENERIC.iter().any(|g| t.contains(g))
}
