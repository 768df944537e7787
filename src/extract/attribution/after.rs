//! Step 3 of attribution: the agent after the figure in its clause ("… raised by X", "$2bn,
//! X said" is a speech tag, not this) — a name after the amount that is not where the money
//! goes, a location, a source, a partner or a modifier.

use super::look::Looks;
use super::{modifiers, possessive, relative, speaker};
use crate::extract::{EntityHit, EntityKind, FigureHit, amount_words};
use crate::text;
use std::ops::Range;

/// The first entity of `candidates` (those after the amount in its sentence) standing in the
/// figure's clause (up to `clause_end`) that reads as its agent.
pub fn agent_after(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    candidates: Range<usize>,
    clause_end: usize,
    aside_of: &dyn Fn(&EntityHit) -> bool,
) -> Option<usize> {
    candidates
        .take_while(|&i| entities[i].span.start < clause_end)
        .filter(|&i| entities[i].span.start >= f.span.end && entities[i].span.end <= clause_end)
        .find(|&i| {
            let e = &entities[i];
            let look = looks.get(i);
            // A place after the amount is where it goes, unless it is the agent ("par
            // la France").
            let place_ok = e.kind != EntityKind::Place
                || text::with_lower_tail(s, e.span.start, 24, |agent| {
                    agent.ends_with(" par") || agent.ends_with(" by")
                });
            // "$5bn stake in Intel", "$100bn pledged to OpenAI", "… to the ChatGPT
            // maker": who receives it.
            let recipient = text::with_lower_tail(s, e.span.start, 16, |t| {
                preposition_last(
                    t,
                    &[" the", " la", " le", " les", " l'"],
                    &[" in", " into", " to", " dans", " à", " au", " for", " pour"],
                )
            });
            // "₹15,000 crore will go to building models, and Rs 6,500 crore to the
            // AIKosh platform": where the money goes.
            let goes_to = amount_words::goes_to(&s[f.span.end..e.span.start]);
            // "330 millions de capital et 120 millions de dette accordée par la BEI",
            // "including a €400 million loan from X": an agent after another amount is
            // that amount's.
            let another = another_amount(&s[f.span.end..e.span.start]);
            // (A product counted after the amount is what delivers or holds it: "92
            // exaflop/s … sur 768 serveurs Dell PowerEdge".)
            let counted = e.kind == EntityKind::Product && counted_before(s, e.span.start);
            !aside_of(e)
                && !another
                && !counted
                && !recipient
                && !goes_to
                && !look.location
                && !look.source
                && !look.speech
                && !look.partner
                && place_ok
                && !possessive::possessive_modifier(s, e, usize::MAX)
                && !relative::relative_opens(&s[f.span.end..e.span.start])
                && !modifiers::next_to_chip_noun(s, e)
                && !speaker::speaks_of_another(s, entities, looks, i, clause_end)
        })
}

/// Participles of a grant in the passive ("est accordée", "was awarded").
const GRANTED: &[&str] = &[
    "accordée",
    "accordé",
    "accordées",
    "accordés",
    "attribuée",
    "attribué",
    "octroyée",
    "octroyé",
    "allouée",
    "alloué",
    "granted",
    "awarded",
    "allocated",
];

/// "Une aide d'État de 185 millions d'euros est accordée, au titre de France 2030, à la
/// société X": the one a grant in the passive goes to is its owner (it receives it), whatever
/// programme it is granted under. The first of `candidates` after "à"/"to" in the clause,
/// when the amount's clause says it is granted.
pub fn grant_recipient(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    candidates: Range<usize>,
    clause_end: usize,
) -> Option<usize> {
    let head = &s[f.span.end..s.floor_char_boundary((f.span.end + 40).min(clause_end))];
    let granted = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| GRANTED.contains(&w));
    if !granted {
        return None;
    }
    candidates
        .take_while(|&i| entities[i].span.end <= clause_end)
        .filter(|&i| entities[i].span.start >= f.span.end && !looks.source(i))
        .find(|&i| {
            text::with_lower_tail(s, entities[i].span.start, 32, |t| {
                let dets = [" la société", " the company", " la", " le", " l'", " the"];
                // ("according to X", "grâce à X", "conformément à X" name no recipient.)
                !preposition_last(t, &dets, &NOT_TO)
                    && preposition_last(t, &dets, &[" à", " au", " to"])
            })
        })
}

/// Phrases ending on "to" or "à" that name no recipient.
const NOT_TO: [&str; 7] = [
    "according to",
    "due to",
    "thanks to",
    "owing to",
    "grâce à",
    "conformément à",
    "suite à",
];

/// `t` (lower case, the words before a name) ends on one of `preps`, one of `dets` aside ("in
/// the", "à la société").
fn preposition_last(t: &str, dets: &[&str], preps: &[&str]) -> bool {
    let t = t.trim_end();
    let t = dets.iter().find_map(|d| t.strip_suffix(d)).unwrap_or(t);
    preps.iter().any(|p| t.ends_with(p))
}

/// Another amount in `between` ("… de capital et 120 millions de dette", "including a €400
/// million loan"): a currency sign before a digit, or a number before a scale word.
fn another_amount(between: &str) -> bool {
    let mut words = between.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let signed = w.starts_with(['$', '€', '£', '¥'])
            && w.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        let scaled = w.starts_with(|c: char| c.is_ascii_digit())
            && words.peek().is_some_and(|n| {
                ["million", "billion", "trillion", "milliard", "crore"]
                    .iter()
                    .any(|x| n.starts_with(x))
            });
        if signed || scaled {
            return true;
        }
    }
    false
}

/// "768 serveurs Dell PowerEdge", "4,096 Nvidia …": a number and at most one word right
/// before `at`.
fn counted_before(s: &str, at: usize) -> bool {
    let from = s.floor_char_boundary(at.saturating_sub(32));
    let before = s[from..at].trim_end();
    let rest = before.trim_end_matches(|c: char| c.is_alphabetic());
    let rest = if rest.len() < before.len() {
        rest.trim_end()
    } else {
        before
    };
    rest.ends_with(|c: char| c.is_ascii_digit())
}
