//! A description given its name right after it: in apposition ("Les deux groupes, Orange et
//! Mistral AI, …"), by a naming participle ("La machine, baptisée Jupiter, …") or a naming verb
//! ("Le champion désigné s'appelle X").

use super::refs::{Anaphor, Class};
use super::subject::fits;
use crate::extract::EntityHit;

/// "Les deux groupes, Orange et Mistral AI, investiront …": a description followed by names in
/// apposition names the first of them.
pub(super) fn in_apposition(s: &str, entities: &[EntityHit], a: &Anaphor) -> Option<usize> {
    if a.class == Class::Any {
        return None;
    }
    let i = entities.partition_point(|e| e.span.start < a.span.end);
    let e = entities.get(i)?;
    let gap = s.get(a.span.end..e.span.start)?;
    // "La machine, baptisée Jupiter, …", "the system, dubbed X,": a naming participle.
    // (The name may stand in quotes: "baptisé « Graoully »".)
    let named = |g: &str| {
        g.strip_prefix(", ")
            .map(|g| g.trim_end_matches(BEFORE_NAME))
            .is_some_and(|w| NAMING.contains(&w.to_lowercase().as_str()))
    };
    // "Le champion désigné s'appelle X", "the winner is called X": a verb that names it.
    // (At most an adjective between: "whose main investor is called X" names the investor.)
    let called = || {
        gap.len() < 40 && !gap.contains(',') && gap.split_whitespace().count() <= 3 && {
            let g = gap.trim_end_matches(BEFORE_NAME);
            CALLED.iter().any(|v| g.ends_with(v))
        }
    };
    // ("The company, Nvidia's main supplier, …": a possessive opens a description, not a name.)
    let possessive = s[e.span.end..].starts_with("'s ") || s[e.span.end..].starts_with("’s ");
    ((gap == ", " || (gap.len() < 24 && named(gap)) || called())
        && fits(a.class, e.kind)
        && !possessive)
        .then_some(i)
}

/// Spaces and opening quotes between a naming word and the name.
const BEFORE_NAME: [char; 6] = [' ', '\u{a0}', '\u{202f}', '«', '"', '“'];

/// Verbs that give a description its name ("s'appelle", "is called").
const CALLED: &[&str] = &[
    " s'appelle",
    " s’appelle",
    " se nomme",
    " is called",
    " is named",
    " was called",
    " was named",
];

/// Participles that give a description its name ("baptisée", "dubbed").
const NAMING: &[&str] = &[
    "baptisé",
    "baptisée",
    "baptisés",
    "nommé",
    "nommée",
    "appelé",
    "appelée",
    "dénommé",
    "dénommée",
    "dubbed",
    "named",
    "called",
    "christened",
    "known as",
];
