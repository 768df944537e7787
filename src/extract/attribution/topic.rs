//! Owners from the text around a figure that names none: the paragraph's topic, the heading
//! above a list, and the owner of the figure before, continued by a figure in a sentence about
//! a measure that names no one.

use super::look::Looks;
use super::modifiers;
use super::owners::within;
use super::possessive;
use super::refs;
use super::shape;
use crate::extract::{EntityHit, EntityKind, FigureHit};
use std::ops::Range;

/// How far back (bytes) a figure may continue the topic of the one before.
const TOPIC_REACH: usize = 400;

/// "… atteint 1 720 milliards de yens. Le précédent bilan s'établissait à 920 milliards" — a
/// figure in a sentence about a measure that names no one continues the owner of the figure
/// just before it.
pub fn continue_topic(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    figures: &[FigureHit],
    owners: &mut [Option<usize>],
) {
    for j in 1..figures.len() {
        let f = &figures[j];
        // (Not an amount the rules read as no one's: a market, a sector's forecast.)
        if owners[j].is_some() || looks.forecast(f.span.start) {
            continue;
        }
        let sent = looks.sents.around(f.span.start);
        // "La première phase, d'un coût de 150 MDT, comprendra 1 024 GPU": a part of the
        // project continues the owner of the figure before, of any kind, or else is the
        // company the text is about.
        let part = project_part(s, &sent);
        let main = part.then(|| looks.main_company()).flatten();
        let Some(p) = (0..j)
            .rev()
            .find(|&p| figures[p].kind == f.kind || (part && owners[p].is_some()))
        else {
            continue;
        };
        // (The owner of a figure just before, within reach, first: the part is of its project.)
        let near = owners[p].is_some() && f.span.start <= figures[p].span.end + TOPIC_REACH;
        if !near && main.is_none() {
            continue;
        }
        // No one in the sentence who could own it: backers, sources and places aside.
        let nobody = within(entities, &sent).all(|i| {
            let l = looks.get(i);
            l.partner || l.source || l.location || l.speech
        });
        // … unless the sentence before speaks of a whole market ("Le marché mondial croît. Les
        // ventes ont atteint …").
        let before = looks.sents.start_of(sent.start.saturating_sub(2))..sent.start;
        // "Le gouvernement a annoncé une enveloppe de …": a government named by a description
        // is someone, even when no name stands for it.
        let government = || {
            let lead = s.floor_char_boundary((sent.start + 48).min(f.span.start));
            refs::first_in(s, sent.start..lead.max(sent.start))
                .is_some_and(|a| a.class == refs::Class::Government)
        };
        // "… could reach $250bn by 2030, according to estimates by consultancy PwC": a
        // forecast a source makes is no one's measure.
        let sourced_forecast = || {
            within(entities, &sent).any(|i| looks.source(i))
                && crate::extract::nobody::forecast_of_nobody(&s[sent.clone()])
        };
        if nobody
            && (part || shape::measure_sentence(s, &sent))
            && !sourced_forecast()
            && !shape::sector_wide(s, before)
            && !government()
        {
            owners[j] = if near { owners[p] } else { main };
        }
    }
}

/// "La première phase", "Le projet total", "La seconde, estimée à", "The second phase": a
/// sentence opening on a part of the project the text is about (a determiner, maybe an
/// ordinal, and a noun of a project's part; or the ordinal alone, its noun left out).
pub(super) fn project_part(s: &str, sent: &Range<usize>) -> bool {
    const DET: &[&str] = &["la", "le", "l", "une", "un", "the", "a"];
    const ORDINALS: &[&str] = &[
        "première",
        "premier",
        "seconde",
        "second",
        "deuxième",
        "troisième",
        "dernière",
        "first",
        "third",
        "final",
        "last",
    ];
    const PARTS: &[&str] = &[
        "phase",
        "tranche",
        "étape",
        "projet",
        "chantier",
        "extension",
        "stage",
        "project",
        "expansion",
    ];
    let is = crate::extract::firsts::listed;
    let head = crate::text::around(s, sent.start, (sent.start + 48).min(sent.end));
    let mut ws = crate::extract::firsts::words(head);
    if !ws.next().is_some_and(|w| is(w, DET)) {
        return false;
    }
    match ws.next() {
        // (Not a bill: "Le projet de loi de finances prévoit".)
        Some(w) if is(w, PARTS) => !ws.next().is_some_and(|n| {
            is(n, &["de"])
                && ws
                    .next()
                    .is_some_and(|k| is(k, &["loi", "règlement", "décret"]))
        }),
        Some(w) if is(w, ORDINALS) => {
            let after = &head[w.as_ptr() as usize - head.as_ptr() as usize + w.len()..];
            after.starts_with(',') || ws.next().is_some_and(|n| is(n, PARTS))
        }
        _ => false,
    }
}

/// "## Nvidia\n\n- $5bn stake in Intel": the one actor of the heading right above a list owns
/// the list's amounts that name no owner of their own.
pub fn heading_owner(s: &str, entities: &[EntityHit], para: &Range<usize>) -> Option<usize> {
    // A bullet, or a number of one to three digits then "." or ")" (only the line's first
    // bytes are read).
    let item = |t: &str| {
        let t = t.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        t.starts_with(['-', '*', '•'])
            || ((1..=3).contains(&digits) && matches!(t.as_bytes().get(digits), Some(b'.' | b')')))
    };
    if !item(s.get(para.clone())?) {
        return None;
    }
    // Up over the list's other items (a screenful at most) to the line above them.
    let mut above = s[..para.start].trim_end();
    let mut line_start = above.rfind('\n').map_or(0, |k| k + 1);
    for _ in 0..40 {
        if !item(&above[line_start..]) {
            break;
        }
        above = above[..line_start].trim_end();
        line_start = above.rfind('\n').map_or(0, |k| k + 1);
    }
    let line = &above[line_start..];
    let heading = line.starts_with('#')
        || (line.len() <= 60 && !line.ends_with(['.', '!', '?', ':', ',', ';']));
    if !heading || line.is_empty() {
        return None;
    }
    let mut actors = within(entities, &(line_start..above.len()))
        .filter(|&i| !matches!(entities[i].kind, EntityKind::Place | EntityKind::Person));
    let first = actors.next()?;
    actors.next().is_none().then_some(first)
}

/// Rule 4: the paragraph's first actor before the figure that could own it — no place used
/// as a location, source, partner, speaker, product or person; or, for a list's item, the one
/// actor of the heading above the list.
pub fn paragraph_topic(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    sent: &Range<usize>,
    para: &Range<usize>,
) -> Option<usize> {
    // "X's closest rival raised $2bn", "the EU approved €4bn of state aid": not X, not the
    // EU, in the figure's own sentence.
    let rival = |e: &EntityHit| {
        e.span.start >= sent.start
            && (possessive::possessive_modifier(s, e, f.span.start)
                || (matches!(e.kind, EntityKind::Institution | EntityKind::Place)
                    && shape::regulator(s, e, f.span.start)))
    };
    // A list's items each stand alone under their heading.
    if let Some(k) = heading_owner(s, entities, para) {
        return Some(k);
    }
    // A name in a fronted participle ("Fondée par X, la start-up …") is not what the
    // paragraph is about.
    let fronted = |e: &EntityHit| {
        super::clause::fronted_participle(s, &looks.sents.around(e.span.start))
            .is_some_and(|r| r.contains(&e.span.start))
    };
    within(entities, para)
        .filter(|&i| entities[i].span.end <= f.span.start && !rival(&entities[i]))
        .find(|&i| {
            let (e, look) = (&entities[i], looks.get(i));
            !look.location
                && !look.source
                && !look.partner
                && !look.speech
                && !matches!(e.kind, EntityKind::Product | EntityKind::Person)
                && !modifiers::hyphen_compound(s, e)
                && !fronted(e)
        })
}
