//! A figure in a sentence about a measure that names no one continues the owner of the figure
//! of its kind just before it.

use super::look::Looks;
use super::owners::within;
use super::shape;
use crate::extract::{EntityHit, FigureHit};

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
        if owners[j].is_some() {
            continue;
        }
        let f = &figures[j];
        let Some(p) = (0..j).rev().find(|&p| figures[p].kind == f.kind) else {
            continue;
        };
        if owners[p].is_none() || f.span.start > figures[p].span.end + TOPIC_REACH {
            continue;
        }
        // No one in the sentence who could own it: backers, sources and places aside.
        let sent = looks.sents.around(f.span.start);
        let nobody = within(entities, &sent).all(|i| {
            let l = looks.get(i);
            l.partner || l.source || l.location || l.speech
        });
        // … unless the sentence before speaks of a whole market ("Le marché mondial croît. Les
        // ventes ont atteint …").
        let before = looks.sents.start_of(sent.start.saturating_sub(2))..sent.start;
        if nobody && shape::measure_sentence(s, &sent) && !shape::sector_wide(s, before) {
            owners[j] = owners[p];
        }
    }
}
