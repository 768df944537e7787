//! Following a reference back to the actor it names: the subject of the nearest sentence
//! before it that has one, a sentence led by a reference of its own naming what that one
//! names, or a name nearby holding the reference's head noun ("the department").

use super::implicit;
use super::look::Looks;
use super::named::in_apposition;
use super::refs::{Anaphor, Class, GOVERNMENT_HEADS, first_in, last_in};
use super::role_party;
use super::subject::{fits, subject_of};
use crate::extract::{EntityHit, EntityKind};
use std::ops::Range;

/// How many sentences back an antecedent is looked for.
const LOOKBACK_SENTENCES: usize = 6;

/// The actor an anaphor names: the subject (first fitting actor) of the nearest sentence
/// before it that has one; a sentence opening on an anaphor of its own names that one's actor.
pub fn antecedent(s: &str, entities: &[EntityHit], looks: &Looks, a: &Anaphor) -> Option<usize> {
    // Figures of one clause share their reference: each is followed back once.
    let key = (a.span.start, a.head.start, a.class.code());
    if let Some(hit) = looks.antecedents.borrow().get(&key) {
        return *hit;
    }
    // "la Société", "the Company": a release's defined term names its issuer.
    // (Capitalised with no issuer defined, it names no one the text shows.)
    if super::issuer::names_issuer(s, a.head.clone()) {
        return looks.issuer();
    }
    let found = role_party::field_party(s, entities, || looks.role_parties(), a)
        .or_else(|| in_apposition(s, entities, a))
        .or_else(|| named_by_head(s, entities, a))
        .or_else(|| opens_paragraph_on_main(s, looks, a))
        .or_else(|| implicit::unnamed_project(s, entities, looks, a))
        .or_else(|| implicit::fronted_place(s, entities, looks, a))
        .or_else(|| resolve(s, entities, looks, a.span.start, a.class, 3))
        .or_else(|| implicit::main_state(entities, a))
        .or_else(|| implicit::named_state(s, entities, a));
    looks.antecedents.borrow_mut().insert(key, found);
    found
}

/// [`first_in`] of a sentence's stretch, asked once per stretch.
fn first_in_cached(s: &str, looks: &Looks, range: Range<usize>) -> Option<Anaphor> {
    let key = (range.start, range.end);
    if let Some(hit) = looks.first_anaphors.borrow().get(&key) {
        return hit.clone().map(|(span, head, c)| Anaphor {
            span,
            head,
            class: Class::from_code(c),
        });
    }
    let found = first_in(s, range);
    let memo = found
        .as_ref()
        .map(|a| (a.span.clone(), a.head.clone(), a.class.code()));
    looks.first_anaphors.borrow_mut().insert(key, memo);
    found
}

/// Nouns too common to pick an actor by ("the company" names no "X Company", "l'État" no "État
/// de New York").
const GENERIC_HEADS: &[&str] = &[
    "company",
    "companies",
    "group",
    "groupe",
    "firm",
    "société",
    "state",
    "état",
    "etat",
    "system",
    "machine",
    "project",
    "projet",
];

/// "the department" after "the Commerce Department", "the fund" after "the Vision Fund", "the
/// government" after "the UK government": the nearest actor before whose name holds the head
/// noun, or that the head noun follows.
fn named_by_head(s: &str, entities: &[EntityHit], a: &Anaphor) -> Option<usize> {
    let head = crate::text::lower(s.get(a.head.clone())?);
    if head.is_empty() || GENERIC_HEADS.contains(&head.as_str()) {
        return None;
    }
    // "le ministère" after "le département américain de l'Énergie": the same kind of body.
    let synonym = match head.as_str() {
        "ministère" => Some("département"),
        "ministry" => Some("department"),
        _ => None,
    };
    named_by_word(s, entities, a, &head)
        .or_else(|| synonym.and_then(|w| named_by_word(s, entities, a, w)))
}

/// [`named_by_head`] for the head noun `head` (lower case).
fn named_by_word(s: &str, entities: &[EntityHit], a: &Anaphor, head: &str) -> Option<usize> {
    let upto = entities.partition_point(|e| e.span.end <= a.span.start);
    let from = entities.partition_point(|e| e.span.start + HEAD_REACH < a.span.start);
    let govt = GOVERNMENT_HEADS.contains(&head);
    // Word equality without a lower-cased copy: a word of another length never matches.
    let same = |w: &str| {
        w.len() == head.len()
            && (w.eq_ignore_ascii_case(head) || (!w.is_ascii() && w.to_lowercase() == head))
    };
    // An ASCII name holds a word equal to the head (ASCII case aside) only where it holds the
    // head's bytes: most names are answered without splitting them.
    let may_hold = |t: &str| {
        !t.is_ascii()
            || (head.is_ascii()
                && t.as_bytes()
                    .windows(head.len())
                    .any(|w| w.eq_ignore_ascii_case(head.as_bytes())))
    };
    // The head is the name's own head noun, its last word or its first ("the bank": "Saudi
    // National Bank", "Bank of Japan"), not a word qualifying another ("the utility" is no
    // "Indiana Utility Regulatory Commission").
    let holds = |t: &str| {
        may_hold(t)
            && (t.split_whitespace().next().is_some_and(same)
                || t.split_whitespace().next_back().is_some_and(same))
    };
    // "la start-up française Kyutai", "AI startup Anthropic", "Anthropic, a startup": a name
    // introduced by the head noun, right before it or in an apposition right after it.
    // The head's bytes, ASCII case aside, somewhere in a stretch: most names have none near.
    let bytes_in = |t: &str| {
        t.as_bytes()
            .windows(head.len())
            .any(|w| w.eq_ignore_ascii_case(head.as_bytes()))
    };
    let introduced = |e: &EntityHit| {
        if !fits(a.class, e.kind) {
            return false;
        }
        let before =
            &s[s.floor_char_boundary(e.span.start.saturating_sub(INTRO_REACH))..e.span.start];
        // (Not past the reference itself: "According to X, the lab spent" introduces no lab.)
        let after_end = (e.span.end + INTRO_REACH).min(s.len()).min(a.span.start);
        let after = &s[e.span.end..s.floor_char_boundary(after_end.max(e.span.end))];
        let (in_before, in_after) = (bytes_in(before), bytes_in(after));
        if !in_before && !in_after {
            return false;
        }
        let lead = before
            .rsplit(['.', ',', ';', '\n'])
            .next()
            .unwrap_or(before);
        // An apposition opens on an article ("Anthropic, a startup", "H, la start-up").
        let apposition = after
            .strip_prefix(", ")
            .map(|a| a.split([',', '.', ';', '\n']).next().unwrap_or(a))
            .filter(|a| {
                let first = a.split([' ', '\'']).next().unwrap_or("");
                APPOSITION_ARTICLES
                    .iter()
                    .any(|d| first.eq_ignore_ascii_case(d))
            });
        // The head and at most two adjectives before the name, no "de"/"of" between.
        let led = in_before && {
            // ("L'opérateur Data4": the article elided onto the head noun.)
            let last: Vec<&str> = lead
                .split_whitespace()
                .rev()
                .take(3)
                .map(|w| {
                    ["l'", "L'", "d'", "D'", "l’", "L’", "d’", "D’"]
                        .iter()
                        .find_map(|p| w.strip_prefix(p))
                        .unwrap_or(w)
                })
                .collect();
            last.iter().position(|w| same(w)).is_some_and(|k| {
                last[..k]
                    .iter()
                    .all(|w| !["de", "du", "des", "of", "by", "par"].contains(w))
            })
        };
        led || (in_after && apposition.is_some_and(|a| a.split_whitespace().take(4).any(same)))
    };
    (from..upto).rev().find(|&i| {
        let e = &entities[i];
        let name = &s[e.span.clone()];
        // (Most names are written as their canonical form: read once.)
        let named = holds(name) || (e.canonical != name && holds(e.canonical)) || introduced(e);
        // "the UK government", "South Korea's government": only a government is named by the
        // word after a name.
        let followed = govt
            && e.kind != EntityKind::Person
            && s[e.span.end..]
                .trim_start_matches(['\'', '’', 's'])
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(same);
        named || followed
    })
}

/// Articles that open an apposition after a name.
const APPOSITION_ARTICLES: &[&str] = &["a", "an", "the", "un", "une", "la", "le", "l"];

/// How far around a name (bytes) the head noun that introduces it is read.
const INTRO_REACH: usize = 32;

/// How far back (bytes) a name holding a reference's head noun is looked for.
const HEAD_REACH: usize = 6000;

fn resolve(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    at: usize,
    class: Class,
    depth: u8,
) -> Option<usize> {
    let mut end = at;
    let mut fallback = None;
    for _ in 0..LOOKBACK_SENTENCES {
        let start = looks.sents.start_of(end);
        // A sentence before is read once per class for every reference that looks back.
        let (subject, any) = if end != at {
            let key = (start, class.code());
            let memo = looks.subjects.borrow().get(&key).copied();
            memo.unwrap_or_else(|| {
                let found = subject_of(s, entities, looks, start..end, class);
                looks.subjects.borrow_mut().insert(key, found);
                found
            })
        } else {
            subject_of(s, entities, looks, start..end, class)
        };
        // In the reference's own sentence, only its subject: "backers including X took part
        // in a round that valued it" names no backer. In a sentence before, any actor will
        // do when no reference leads it.
        let found = subject;
        // A pronoun after a description in its own sentence ("the same government shelved
        // …, when it scrapped") names what the description names.
        if class == Class::Any
            && end == at
            && depth > 0
            && let Some(d) = last_in(
                s,
                pronoun_reach(s, found.map_or(start, |i| entities[i].span.end), at),
            )
            && d.class != Class::Any
            && let Some(k) = resolve(s, entities, looks, d.span.start, d.class, depth - 1)
        {
            return Some(k);
        }
        // A sentence whose subject is itself a reference names what that one names.
        let before = subject.map_or(end, |i| entities[i].span.start);
        // Only a sentence without a subject, or with words before it, may lead with one.
        let may_lead = subject.is_none_or(|i| s[start..entities[i].span.start].trim().len() > 1);
        if depth > 0
            && may_lead
            && let Some(first) = first_in_cached(
                s,
                looks,
                start..lead_end(s, start, looks.sents.around(start).end.max(start)),
            )
            && first.span.end <= before
            && first.span.start < at
            && leads(s, start, &first)
            && (first.class == class || first.class == Class::Any || class == Class::Any)
            // "La machine, baptisée Jupiter, doit … Son coût": the name in apposition.
            && let Some(k) = in_apposition(s, entities, &first)
                .or_else(|| resolve(s, entities, looks, first.span.start, class, depth - 1))
        {
            return Some(k);
        }
        if found.is_some() {
            return found;
        }
        // "A deal would mark a shift for Humain, which … In February, the company said": the
        // sentence right before opens on no actor: its first company.
        if end != at
            && class == Class::Company
            && fallback.is_none()
            && let Some(k) = any
            && first_company(s, entities, start..end, k)
        {
            return Some(k);
        }
        // A sentence before with actors but no subject among them (a list of backers): its
        // first actor, unless a sentence further back has a subject.
        if end != at && fallback.is_none() {
            fallback = any;
        }
        if start == 0 {
            return fallback;
        }
        end = start.saturating_sub(1);
        // Blank lines are no sentences.
        while end > 0 && s.as_bytes()[end - 1] == b'\n' {
            end -= 1;
        }
    }
    fallback
}

/// The stretch before a pronoun where the description it repeats is looked for: at most
/// [`LEAD_REACH`] bytes back, not before `from`.
fn pronoun_reach(s: &str, from: usize, at: usize) -> Range<usize> {
    let a = s.ceil_char_boundary(from.max(at.saturating_sub(LEAD_REACH)));
    a.min(at)..at
}

/// How far into a sentence a reference leading it is looked for (bytes): past its first words
/// or a fronted phrase.
const LEAD_REACH: usize = 240;

/// The end of the stretch where a sentence's leading reference may stand.
fn lead_end(s: &str, start: usize, before: usize) -> usize {
    let end = s.floor_char_boundary(before.min(start + LEAD_REACH));
    end.max(start)
}

/// True when the anaphor reads as the sentence's subject: among its first words, or right
/// after a fronted phrase closed by a comma ("Créée en 2022 par …, la société …").
fn leads(s: &str, start: usize, a: &Anaphor) -> bool {
    let lead = &s[start..a.span.start];
    lead.split_whitespace().nth(2).is_none() || lead.trim_end().ends_with(',')
}

/// Whether `k` is the first company of the sentence `sent`, and no actor opens it (within its
/// first five words).
fn first_company(s: &str, entities: &[EntityHit], sent: Range<usize>, k: usize) -> bool {
    let a = entities.partition_point(|e| e.span.start < sent.start);
    let b = entities.partition_point(|e| e.span.end <= sent.end);
    let opens = entities.get(a).is_some_and(|e| {
        a < b
            && s[sent.start..e.span.start]
                .split_whitespace()
                .nth(5)
                .is_none()
    });
    // (A known company: an unknown name deep in a sentence is too often mistyped.)
    !opens
        && entities[k].from_lexicon
        && (a..b).find(|&i| entities[i].kind == EntityKind::Company) == Some(k)
}

/// "Le groupe, qui a réalisé …" opening a paragraph: a description of a company at the head of
/// a paragraph takes up the company the article is about, when one leads it.
fn opens_paragraph_on_main(s: &str, looks: &Looks, a: &Anaphor) -> Option<usize> {
    if a.class != Class::Company || a.head.is_empty() {
        return None;
    }
    let before = &s[..a.span.start];
    let line = before.rsplit('\n').next().unwrap_or(before);
    let paragraph_start = line.trim().is_empty()
        && before[..before.len() - line.len()]
            .trim_end_matches(' ')
            .ends_with("\n\n");
    if !paragraph_start {
        return None;
    }
    looks
        .main_company()
        .or_else(|| super::voice::titled_company(s, looks.entities))
}
