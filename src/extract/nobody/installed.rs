//! What a place has installed ("La France compte aujourd'hui environ 1,1 GW de centres de
//! données", "Singapore itself has about 1.4 gigawatts", "The region already hosts 1.1GW"):
//! the capacity of all the sites in it, no one's.

use crate::extract::firsts::words;
use crate::extract::{EntityHit, EntityKind};

/// Verbs of having or hosting.
const HOLDING: &[&str] = &[
    "has",
    "have",
    "had",
    "hosts",
    "host",
    "hosted",
    "houses",
    "boasts",
    "counts",
    "compte",
    "comptait",
    "comptera",
    "concentre",
    "dispose",
    "disposait",
    "accueille",
    "abrite",
    "possède",
    "totalise",
];

/// Words that may stand between the place, its verb and the amount.
const FILLERS: &[&str] = &[
    "itself",
    "already",
    "today",
    "currently",
    "now",
    "alone",
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "just",
    "under",
    "aujourd",
    "hui",
    "déjà",
    "actuellement",
    "désormais",
    "seule",
    "à",
    "elle",
    "lui",
    "environ",
    "près",
    "de",
    "d",
    "quelque",
    "plus",
    "moins",
];

/// Nouns of a place, after an article ("the region", "le pays").
const PLACE_NOUNS: &[&str] = &[
    "region",
    "région",
    "country",
    "pays",
    "state",
    "island",
    "île",
    "city",
    "ville",
    "province",
    "area",
    "zone",
    "metropolis",
    "métropole",
];

/// Whether the power amount at `at` is what the place opening its clause (`s[from..at]`)
/// has installed: the place (a place's name, or an article and a noun of place), then only a
/// verb of having and filler words before the amount.
pub fn place_capacity(s: &str, entities: &[EntityHit], from: usize, at: usize) -> bool {
    let Some(t) = s.get(from..at) else {
        return false;
    };
    let lead = t.trim_start_matches(['*', '#', '-', ' ', '"', '“', '«', '\u{a0}']);
    // ("Selon l'ADCA, l'Afrique de l'Ouest compte …": the source opening the sentence.)
    let lead = super::estimate::opens_with_source(lead)
        .then(|| lead.find(", ").map(|k| &lead[k + 2..]))
        .flatten()
        .unwrap_or(lead);
    let open = from + (t.len() - lead.len());
    let mut ws = words(lead);
    let Some(first) = ws.next() else {
        return false;
    };
    let is = crate::extract::firsts::listed;
    let det = is(first, &["the", "la", "le", "l"]);
    let k = entities.partition_point(|e| e.span.start < open);
    // The place's name (after at most a short French article, "La France"), or an article and a
    // noun of place ("The region").
    let rest = match entities.get(k..).and_then(|es| {
        es.iter()
            .take(2)
            .find(|e| e.span.start < at && s[open..e.span.start].len() <= 3)
    }) {
        Some(e) if e.kind == EntityKind::Place && (det || e.span.start == open) => {
            // (No other name between the place and the amount.)
            if entities[k + 1..]
                .iter()
                .take_while(|n| n.span.start < at)
                .any(|n| n.span.start >= e.span.end)
            {
                return false;
            }
            // ("Route 128 300 MW": a name run into its amount.)
            let Some(r) = s.get(e.span.end..at) else {
                return false;
            };
            r
        }
        Some(_) => return false,
        None if det => match ws.next() {
            Some(n) if is(n, PLACE_NOUNS) => {
                &s[n.as_ptr() as usize - s.as_ptr() as usize + n.len()..at]
            }
            _ => return false,
        },
        None => return false,
    };
    let mut verb = false;
    for w in words(rest) {
        if !verb && is(w, HOLDING) {
            verb = true;
        } else if !is(w, FILLERS) {
            return false;
        }
    }
    verb
}
