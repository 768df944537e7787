//! The rules that settle a figure's owner before any name near it is weighed: amounts no one
//! owns (a rule's limit, a generic or a market's amount, a queue of requests, several
//! projects' total, a forecast a firm reckons, a place's installed base, a group's or a
//! sector's amount) and the builder a passive verb names after a cost.

use super::{Looks, parties};
use crate::extract::{EntityHit, EntityKind, FigureHit, FigureKind};
use std::ops::Range;

/// `Some(None)`: no one's; `Some(Some(k))`: entity `k`'s; `None`: for the rules after.
/// `sent`: the figure's sentence; `in_sentence`: its entities; `clause_start`: where the
/// figure's clause starts.
pub(super) fn settle(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    sent: &Range<usize>,
    in_sentence: &Range<usize>,
    clause_start: usize,
) -> Option<Option<usize>> {
    let first_at = |at: usize| {
        in_sentence.start + entities[in_sentence.clone()].partition_point(|e| e.span.start < at)
    };
    // A limit a rule sets is no one's, whoever else the reranker weighs. (A machine's power
    // "plafonnée à 20 MW" is its own; "NVE caps new connections at 150 MW" is a rule's.)
    if (f.kind != FigureKind::Power && crate::extract::nobody::limit(s, sent.start, f.span.start))
        || crate::extract::nobody::rule_cap(s, sent.start, f.span.start)
    {
        looks.note_forecast(f.span.start);
        return Some(None);
    }
    // A generic amount ("a single fab can cost", "chaque usine coûte") is nobody's.
    if crate::extract::nobody::generic_subject(
        s,
        sent.start.max(f.span.start.saturating_sub(80)),
        f.span.start,
    ) || crate::extract::nobody::indefinite_cost(s, sent.start, f.span.start)
        || crate::extract::nobody::market_forecast(s, sent.start, f.span.start)
        || crate::extract::nobody::pronoun_source_forecast(&s[sent.clone()])
        || (f.kind == FigureKind::Power
            && crate::extract::nobody::connection_queue(s, sent.start, f.span.start))
    {
        return Some(None);
    }
    if crate::extract::nobody::projects_total(s, sent.start, f.span.start) {
        looks.note_forecast(f.span.start);
        return Some(None);
    }
    // "Le projet, d'un coût de 120 milliards FCFA, est porté par X": the builder after.
    if let Some(k) = parties::built_by(s, entities, f.span.end, sent.end) {
        return Some(Some(k));
    }
    // "ICF estimates that U.S. data centers could need 95 gigawatts": no forecaster's.
    if crate::extract::nobody::reckoned(s, entities, sent.start, f.span.start) {
        looks.note_forecast(f.span.start);
        return Some(None);
    }
    // "La France compte 1,1 GW", "The region already hosts 1.1GW": a place's installed base.
    if f.kind == FigureKind::Power
        && crate::extract::nobody::place_capacity(s, entities, clause_start, f.span.start)
    {
        looks.note_forecast(f.span.start);
        return Some(None);
    }
    // "les startups françaises de l'IA ont levé", "the three companies": a group's amount stays
    // no one's through the reranker too.
    if crate::extract::nobody::group_subject(s, clause_start, f.span.start) {
        // (Investors wiring a round put in the money the firm they back raises.)
        if !crate::extract::nobody::backers(s, clause_start, f.span.start, sent.end) {
            looks.note_forecast(f.span.start);
        }
        return Some(None);
    }
    // "Selon RTE, les centres de données pourraient appeler 3 GW": a sector's measure.
    if let Some(g) =
        crate::extract::nobody::generic_subject_start(s, sent.start, f.span.start, sent.end)
        && entities[first_at(g)..first_at(f.span.start)]
            .iter()
            .all(|e| e.kind == EntityKind::Place)
    {
        // A sector's measure, or what a sector's actors together spend or raise, under a
        // source stays no one's through the reranker.
        let subject = &s[g..f.span.start];
        if crate::extract::nobody::sector_measure(subject)
            || crate::extract::nobody::collective_actors(subject)
        {
            looks.note_forecast(f.span.start);
        }
        return Some(None);
    }
    None
}
