//! Attribution stage: says which entity each figure belongs to, or none.
//!
//! Rules, tried in order, all inside the figure's sentence unless said otherwise:
//! 1. an owner right after the amount: "600 milliards de dollars de X", "$5bn of X", "$5bn from X"
//!    (not for chips, where "24 000 puces du géant Nvidia" names the supplier);
//! 2. the nearest actor before the figure in its clause, skipping asides in parentheses or
//!    dashes, places used as locations ("au Texas"), sources ("selon Reuters") and partners
//!    ("en partenariat avec X") when a better candidate exists;
//! 3. when the figure comes before any actor, the subject after a fronted phrase ("Valorisée à
//!    X, Mistral ...") or the agent ("... installés par Meta"); never a chip's maker or model;
//! 4. an organisation reporting the figure in a closing speech tag ("…, Anthropic said.");
//! 5. the paragraph's topic: its first actor (no person), when that comes before the figure;
//!    for a list's item, the one actor of the heading above the list.
//!
//! What buys, approves, supplies, measures or groups ("to acquire X", "the EU approved",
//! "Nvidia chips", "Gulf states") is no owner; a dateline is where and who reported.
//!
//! Otherwise the figure gets no actor: no answer beats a wrong one.

use super::{EntityHit, FigureHit};
use crate::text::NormText;
use crate::text::{self, paragraphs};
use clause::asides;
use clause_index::ClauseIndex;
pub use look::Looks;
pub use main_actor::fill as main_actor_fill;
pub use main_actor::organs as organs_to_main;
pub use public_money::fill as public_money_fill;
use std::cell::OnceCell;
use std::ops::Range;

mod after;
mod anaphora;
mod apposed;
mod call_host;
mod clause;
mod clause_index;
mod dateline;
mod each;
mod early;
mod employer;
mod endcues;
mod fallback;
mod implicit;
mod issuer;
mod look;
mod look_context;
mod look_cues;
mod main_actor;
mod modifiers;
mod named;
mod one;
mod owners;
mod parties;
mod possessive;
pub use possessive::possessive;
mod public_money;
mod refs;
mod refwords;
mod relative;
mod respectively;
mod results;
mod role_defs;
mod role_party;
mod shape;
mod sites;
mod sources;
mod speaker;
mod speech_tag;
mod subject;
mod supply;
mod table_header;
mod topic;
mod turn;
mod voice;
mod wealth;

/// For each figure, the index into `entities` of its actor, or `None` when none can be told.
/// `looks` reads the same text, sentences and entities (and keeps what it read for the stages
/// after).
pub fn attribute<'s>(
    text: &'s NormText,
    entities: &[EntityHit],
    figures: &[FigureHit],
    sents: &'s text::SentenceIndex<'s>,
    looks: &Looks,
) -> Vec<Option<usize>> {
    if figures.is_empty() || entities.is_empty() {
        return vec![None; figures.len()];
    }
    let s = text.as_str();
    let paras = paragraphs(s);
    // The article's sentences are split once (the shared index); a sentence's asides and clause
    // breaks are found once, for its first figure (figures come in text order).
    let mut current: Option<(Range<usize>, Vec<Range<usize>>, ClauseIndex)> = None;
    let qualifiers = vec![OnceCell::new(); entities.len()];
    let mut owners: Vec<Option<usize>> = figures
        .iter()
        .map(|f| {
            let p = containing(&paras, f.span.start)?;
            let para = paras.get(p)?;
            let sent = sents.around(f.span.start);
            if sent.is_empty() {
                return None;
            }
            if current.as_ref().is_none_or(|(r, _, _)| *r != sent) {
                let mut found = asides(s, &sent);
                found.extend(clause::fronted_participle(s, &sent));
                let clauses = ClauseIndex::new(s, sent.clone());
                current = Some((sent, found, clauses));
            }
            let (sent, asides, clauses) = current.as_ref()?;
            let here = Here {
                sent,
                para,
                asides,
                clauses,
                qualifiers: &qualifiers,
            };
            one::attribute_one(s, entities, looks, f, &here)
        })
        .collect();
    respectively::pair(s, entities, figures, looks, &mut owners);
    topic::continue_topic(s, entities, looks, figures, &mut owners);
    // A business leader's figures are their company's.
    employer::to_companies(s, entities, figures, &mut owners);
    owners
}

/// Index of the range of `ranges` (sorted, disjoint) that contains `at`.
fn containing(ranges: &[Range<usize>], at: usize) -> Option<usize> {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).filter(|r| r.start <= at).map(|_| i)
}

/// Where a figure stands: its sentence, paragraph, the sentence's asides and clause breaks.
struct Here<'a> {
    sent: &'a Range<usize>,
    para: &'a Range<usize>,
    asides: &'a [Range<usize>],
    clauses: &'a ClauseIndex,
    /// Per entity, whether it only qualifies another name or is what the amount's owner
    /// deals with, whatever the amount (a modifier, a place qualifying a firm, an agent after
    /// "by", a name in a related apposition): read when first asked.
    qualifiers: &'a [OnceCell<bool>],
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_deals;
#[cfg(test)]
mod tests_descriptions;
#[cfg(test)]
mod tests_grammar;
#[cfg(test)]
mod tests_news;
#[cfg(test)]
mod tests_parties;
#[cfg(test)]
mod tests_pipeline;
#[cfg(test)]
mod tests_unseen;
#[cfg(test)]
mod tests_wire;
