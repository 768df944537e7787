//! Relative clauses around a name ("X, which invested €1.3bn", "X, which invests in …,
//! contributed £25m", ", qui fournira"): whose clause states the amount.

use crate::extract::EntityHit;
use crate::extract::firsts::words;
use crate::text::around as slice;

/// ", which invested €1.3bn", ", qui a investi 1,3 Md€": a name followed by a relative pronoun
/// is the subject of the clause that states the amount, even when it was named as a backer.
pub fn relative_subject(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let between = slice(s, e.span.end, figure_start);
    let Some(rest) = between.strip_prefix(", ") else {
        return false;
    };
    let pronoun = opens_on_pronoun(rest);
    // "FugakuNEXT, le successeur de Fugaku, qui devrait": a name completing a noun is not
    // what the pronoun takes up.
    let complement = crate::text::with_lower_tail(s, e.span.start, 8, |t| {
        [" de ", " du ", " of ", " d'"]
            .iter()
            .any(|p| t.ends_with(p))
    });
    pronoun
        && !complement
        && !rest.contains([',', ';', ':', '('])
        && rest.len() < 80
        && !super::parties::agent(s, e)
}

/// `rest` opens on a relative pronoun ("which", "who", "qui").
fn opens_on_pronoun(rest: &str) -> bool {
    words(rest).next().is_some_and(|w| {
        ["which", "who", "qui"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// "The UK's NSSIF (NSSIF), which invests in what the government considers critical,
/// contributed £25m": a name whose relative clause closes before the verb of the amount is
/// that clause's subject.
pub fn subject_of_closed_relative(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let between = slice(s, e.span.end, figure_start);
    // (Its acronym in brackets may follow it, or close after it.)
    let between = between
        .strip_prefix(" (")
        .and_then(|b| b.split_once(')').filter(|(a, _)| a.len() < 16).map(|x| x.1))
        .unwrap_or(between);
    let between = between.strip_prefix(')').unwrap_or(between);
    let Some(rest) = between.strip_prefix(", ") else {
        return false;
    };
    let pronoun = opens_on_pronoun(rest);
    let Some((inside, after)) = rest.split_once(", ") else {
        return false;
    };
    // The words after the clause open on its verb ("contributed"), not on a coordinated
    // object (", and a £1.2bn facility").
    let verb_next = words(after).next().is_some_and(|w| {
        w.starts_with(char::is_lowercase) && !NOT_VERBS.iter().any(|x| w.eq_ignore_ascii_case(x))
    });
    pronoun
        && inside.len() < 120
        && !inside.contains([';', ':', '(', '.'])
        && after.len() < 48
        && verb_next
        && !after.contains([',', ';', ':', '('])
        && !super::parties::agent(s, e)
}

/// Words that open no verb phrase after a comma.
const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "et", "ou", "mais", "a", "an", "the", "un", "une", "le", "la", "les",
    "des", "de", "du", "with", "avec", "to", "for", "pour", "in", "en", "of", "from", "plus",
];

/// A relative clause opens in `between` (", qui fournira", ", which will"): a name past it
/// belongs to that clause, not to the one stating the amount.
pub fn relative_opens(between: &str) -> bool {
    [
        ", qui ", ", which ", ", who ", ", dont ", ", où ", ", where ",
    ]
    .iter()
    .any(|r| between.contains(r))
}
