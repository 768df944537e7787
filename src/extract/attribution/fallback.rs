//! The last rules of attribution, for a figure its clause names no owner for: an organisation
//! reporting it in a closing speech tag, the company the article speaks for ("we"), the actor
//! a sentence about a measure is about, the subject of a sentence whose clause a colon opens,
//! and the paragraph's topic.

use super::look::Looks;
use super::owners::within;
use super::{Here, anaphora, dateline, possessive, refs, shape, speaker, subject, topic};
use crate::extract::{EntityHit, EntityKind, FigureHit, FigureKind};

/// The owner of `f` by the last rules, or none.
pub(super) fn last_owner(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    here: &Here,
) -> Option<usize> {
    let (sent, para) = (here.sent, here.para);
    let chips = f.kind == FigureKind::Chips;
    let resolve = |a: &refs::Anaphor| anaphora::antecedent(s, entities, looks, a);
    // An organisation reporting its own figure: "…, Anthropic said.", "…, the company said."
    if let Some(k) = speaker::closing_speaker(s, entities, looks, f.span.end, sent) {
        return Some(k);
    }

    // "Nous avons facturé 9,2 millions d'euros", "Today we're adding $1.6bn": the company
    // the article speaks for, when one dominates it.
    if super::voice::speaks_as_we(
        &s[here.clauses.clause_start(sent.start, f.span.start)..f.span.start],
    ) && let Some(k) =
        super::turn::speaker_org(s, entities, f.span.start).or_else(|| looks.voice())
    {
        return Some(k);
    }

    // A sentence about a measure of the actor in the news ("Net income climbed to …") with no
    // one named: the actor the text was about.
    if within(entities, sent).all(|i| looks.source(i) || dateline::opens(s, &entities[i]))
        && shape::measure_sentence(s, sent)
        && !shape::sector_wide(
            s,
            looks.sents.start_of(sent.start.saturating_sub(2))..sent.start,
        )
    {
        // ("We ended the quarter with $1.4bn. The operating loss narrowed to $48m": in a
        // paragraph that speaks as "we", the company speaking.)
        if super::voice::speaks_as_we(&s[para.clone()])
            && let Some(k) =
                super::turn::speaker_org(s, entities, f.span.start).or_else(|| looks.voice())
        {
            return Some(k);
        }
        let it = refs::Anaphor {
            span: sent.start..sent.start,
            class: refs::Class::Company,
            head: sent.start..sent.start,
        };
        return resolve(&it);
    }

    // The paragraph's topic — unless the sentence speaks of a whole market or sector.
    if shape::sector_wide(s, sent.clone()) {
        return None;
    }
    // "Orange a publié ses comptes : le chiffre d'affaires atteint 40,8 milliards": the
    // subject of the figure's own sentence, before the paragraph's first actor, when a colon
    // opens the figure's clause.
    let clause_start = here.clauses.clause_start(sent.start, f.span.start);
    if s[sent.start..clause_start].trim_end().ends_with(':')
        && let (Some(k), _) = subject::subject_of(
            s,
            entities,
            looks,
            sent.start..f.span.start,
            refs::Class::Any,
        )
        && entities[k].kind != EntityKind::Product
        && !shape::regulator(s, &entities[k], f.span.start)
        && !(chips && looks.get(k).supplier)
        && !possessive::possessive_modifier(s, &entities[k], f.span.start)
    {
        return Some(k);
    }
    // "Gareth Pryce: We have a £120m loan from X. The site will have 500 MW": in a turn that
    // speaks as "we", what no one else owns is its speaker's organisation's.
    if let Some(k) = super::turn::speaker_org(s, entities, f.span.start)
        && super::voice::speaks_as_we(&s[para.clone()])
    {
        return Some(k);
    }
    topic::paragraph_topic(s, entities, looks, f, sent, para)
}

/// "The utility, X, finished the upgrade, and we are paying $140 million": a first-person
/// subject ("we", "nous") after the last name of the figure's clause — `clause` ends at the
/// figure — is the company the text speaks for, when one does and no speech tag after the
/// figure gives the words to someone else.
pub fn we_after_names(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    clause: std::ops::Range<usize>,
    sent: &std::ops::Range<usize>,
) -> Option<usize> {
    let k = entities.partition_point(|e| e.span.start < clause.end);
    let from = entities[..k]
        .last()
        .filter(|e| e.span.end > clause.start)
        .map_or(clause.start, |e| e.span.end.min(clause.end));
    let we = super::voice::we_as_word(&s[from..clause.end]);
    if !we || super::speaker::closing_speaker(s, entities, looks, clause.end, sent).is_some() {
        return None;
    }
    super::turn::speaker_org(s, entities, clause.end).or_else(|| looks.voice())
}
