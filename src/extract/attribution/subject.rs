//! The subject of a sentence for a reference of a class: the first actor of a kind that fits
//! among its first words, or right after a comma closing a fronted phrase.

use super::dateline;
use super::look::Looks;
use super::modifiers;
use super::parties;
use super::refs::Class;
use crate::extract::{EntityHit, EntityKind};
use std::ops::Range;

/// Whether an entity of `kind` may be named by an anaphor of `class`.
pub(super) fn fits(class: Class, kind: EntityKind) -> bool {
    match class {
        Class::Company => kind == EntityKind::Company,
        Class::Project => matches!(kind, EntityKind::Project | EntityKind::Product),
        Class::Government => matches!(kind, EntityKind::Institution | EntityKind::Place),
        // A pronoun may name a product too: services and clouds are often typed so ("AWS"),
        // and a state opening its sentence ("South Korea will raise its support package").
        Class::Any => matches!(
            kind,
            EntityKind::Company
                | EntityKind::Project
                | EntityKind::Institution
                | EntityKind::Product
                | EntityKind::Place
        ),
    }
}

/// The subject of the sentence `sent` for an anaphor of `class` — the first actor of the kind
/// among its first words, or right after a comma that closes a phrase ("Selon Reuters, X a
/// levé", not one between two names of a list) — and its first usable actor of the kind.
pub(super) fn subject_of(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    sent: Range<usize>,
    class: Class,
) -> (Option<usize>, Option<usize>) {
    let (mut start, end) = (sent.start, sent.end);
    let mut a = entities.partition_point(|e| e.span.start < start);
    let b = entities.partition_point(|e| e.span.end <= end);
    // "OSLO, Norway, April 21, 2026 /PRNewswire/ -- Kestrel Compute, …": the sentence's words
    // begin after its dateline.
    if let Some(d) = entities[a..b]
        .first()
        .and_then(|e| dateline::end(s, e))
        .filter(|&d| d < end)
    {
        start = d;
        a = entities.partition_point(|e| e.span.start < start);
    }
    let usable = |i: usize| {
        let e = &entities[i];
        // A place names a government only as the subject of its sentence, and a pronoun
        // takes it up only when its verb follows ("South Korea will raise its …", not
        // "SEATTLE, …" or "Seoul's").
        let place_ok = e.kind != EntityKind::Place
            || (i == a
                && (class != Class::Any
                    || s[e.span.end..]
                        .strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(char::is_lowercase))));
        if !fits(class, e.kind) || !place_ok {
            return false;
        }
        let l = looks.get(i);
        !l.source
            && !l.speech
            && !l.location
            // (Nor a supplier, read as a partner: "46,080 Nvidia GB300 GPUs", "2 000 GPU
            // achetés à Nvidia", a chip maker named with its chips.)
            && !l.partner
            && !in_brackets(s, start, e.span.start)
            && !coordinated(s, entities, i)
            && !parties::complement(s, e)
            && !modifiers::hyphen_compound(s, e)
            && !(e.kind == EntityKind::Product && modifiers::next_to_chip_noun(s, e))
            && !super::apposed::related_in_apposition(s, e)
            && !modifiers::modifier(s, entities, i)
            && !modifiers::place_qualifies_firm(s, e)
            // "Swisscom Ventures mène le tour … l'opération valorise la société": a round's
            // lead investor is not the company a later reference names.
            && !(class == Class::Company && parties::leads_round(s, e))
    };
    let first_of_kind = (a..b).find(|&i| fits(class, entities[i].kind));
    let early = first_of_kind.filter(|&i| {
        s[start..entities[i].span.start]
            .split_whitespace()
            .take(6)
            .count()
            <= 5
            && (!after_preposition(&s[start..entities[i].span.start])
                || fronted_topic(s, start, &entities[i]))
            && usable(i)
    });
    let after_phrase = || {
        (a..b).find(|&i| {
            let lead = s[start..entities[i].span.start].trim_end();
            // ("…large loads—most of them data centers—Brazos Crest Energy has …": a dash that
            // closes an aside closes the phrase too.)
            let closed_aside = ['—', '–']
                .iter()
                .any(|&d| lead.strip_suffix(d).is_some_and(|l| l.contains(d)));
            (lead.ends_with(',')
                && (!(a..i).any(|k| entities[k].span.end == start + lead.len() - 1)
                    || !looks.listed_after(i))
                || closed_aside)
                && usable(i)
        })
    };
    let subject = early.or_else(after_phrase);
    // (A place deep in a sentence is where, not who: "grants for institutions from Edinburgh
    // to Belfast" names no government.)
    let any = if subject.is_some() {
        subject
    } else {
        (a..b).find(|&i| usable(i) && entities[i].kind != EntityKind::Place)
    };
    (subject, any)
}

/// "Les serveurs seront assemblés par HPE", "a deal with X": a name right after a preposition
/// is its complement, not the sentence's subject.
fn after_preposition(lead: &str) -> bool {
    let Some(w) = lead.split_whitespace().next_back() else {
        return false;
    };
    // ("qu'Orange": the elided "que".)
    let w = w.trim_end_matches(['\'', '’']);
    PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// "For Ironwood, the contract is the largest in its history", "Chez Hélios, on a choisi":
/// a name the sentence opens on after one preposition, a comma closing the phrase and a clause
/// with no name for subject after it, is what the sentence is about.
fn fronted_topic(s: &str, start: usize, e: &EntityHit) -> bool {
    let lead = s[start..e.span.start].trim();
    // (No name of its own after the comma: "For Microsoft, OpenAI has become …".)
    ["For", "Pour", "Chez", "At"].contains(&lead)
        && s[e.span.end..]
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(char::is_lowercase))
}

/// Prepositions whose complement is never a sentence's subject.
const PREPOSITIONS: &[&str] = &[
    "par", "by", "auprès", "avec", "with", "for", "pour", "from", "to", "chez", "via", "than",
    "que", "qu",
];

/// True when `at` lies inside brackets opened since `from`.
fn in_brackets(s: &str, from: usize, at: usize) -> bool {
    let t = &s.as_bytes()[from..at];
    let open = t.iter().filter(|&&c| c == b'(').count();
    let close = t.iter().filter(|&&c| c == b')').count();
    open > close
}

/// "Nvidia, Microsoft and Bpifrance also took part": a name in a list of three or more is no
/// one reference's antecedent (a pair, "X et Y vont bâtir", is often taken up by a description
/// of its first).
fn coordinated(s: &str, entities: &[EntityHit], i: usize) -> bool {
    let joins = |a: usize, b: usize| {
        let (a, b) = (&entities[a], &entities[b]);
        a.span.end <= b.span.start
            && (a.kind == EntityKind::Place) == (b.kind == EntityKind::Place)
            && matches!(
                s.get(a.span.end..b.span.start),
                Some(", " | " and " | " et " | " & " | ", and ")
            )
    };
    let mut first = i;
    while first > 0 && joins(first - 1, first) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < entities.len() && joins(last, last + 1) {
        last += 1;
    }
    last - first >= 2
}
