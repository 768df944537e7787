//! Money roles: what an amount is to its actor — money it spends, raises, is worth, earns, or
//! something else — read from the words nearest the amount in its sentence, and the other side
//! of the transfer when the text names it ("invested €1.3bn in X": X receives).

use super::amount_words;
use super::{EntityHit, EntityKind, FigureHit, FigureKind, LinkKind};
use crate::text::{self, SentenceIndex};
use cues::{Cue, nearest_cue};

mod cues;

pub use super::types::Role;

/// Longest look before an amount, and after it (bytes).
const BEFORE: usize = 140;
const AFTER: usize = 48;

/// What [`assign`] read of each figure that is no restatement or part of another: its
/// role and counterpart depend on the text and on its own actor only, so a figure whose actor
/// is the same the next time is not read again.
#[derive(Default)]
pub struct Read(Vec<Option<Own>>);

/// A figure's actor, and the role and counterpart read for it.
#[derive(Clone, Copy)]
struct Own {
    actor: Option<usize>,
    role: Option<Role>,
    counterpart: Option<usize>,
    /// Whether the role was read from a word that says it, not assumed.
    cued: bool,
}

/// The role of each money figure (`None` for other kinds) and the counterpart's entity index;
/// the figures `read` holds for the same actor are not read again, the others are kept there.
pub fn assign(
    s: &str,
    sents: &SentenceIndex,
    entities: &[EntityHit],
    figures: &[FigureHit],
    actors: &[Option<usize>],
    read: &mut Read,
) -> (Vec<Option<Role>>, Vec<Option<usize>>) {
    read.0.resize(figures.len(), None);
    // Most texts hold no table: their amounts need no table reading.
    let tables = figures.iter().any(|f| f.kind == FigureKind::Money) && text::table::any_rows(s);
    let mut roles = vec![None; figures.len()];
    let mut counterparts = vec![None; figures.len()];
    let mut cued = vec![false; figures.len()];
    for (j, f) in figures.iter().enumerate() {
        if f.kind != FigureKind::Money {
            continue;
        }
        let actor = actors[j].map(|a| &entities[a]);
        // A restatement or a part is the same kind of money as the figure it details, for the
        // same actor (the other side of a deal reads it its own way: the buyer's price is the
        // seller's orders).
        if let Some(link) = f.link
            && let Some(r) = roles[link.of]
            && (actors[link.of] == actors[j]
                || (link.how == LinkKind::Restates
                    && actors[j].is_none_or(|a| {
                        actors[link.of].is_none_or(|b| same_side(&entities[a], &entities[b]))
                    })))
        {
            roles[j] = Some(r);
            // "## Pleias — 48 M€" then "Pleias a levé 48 millions d'euros": a first mention
            // with no word of its role takes the one its restatement says it raised, is worth
            // or earns.
            let same_actor = match (actors[link.of], actors[j]) {
                (Some(a), Some(b)) => entities[a].canonical == entities[b].canonical,
                (a, b) => a == b,
            };
            if link.how == LinkKind::Restates
                && !cued[link.of]
                && same_actor
                // (A conversion in brackets reads the words of the amount it converts.)
                && !in_brackets(s, f.span.start)
                && let Some(Cue::Is(own)) = own_verb(s, sents, figures, j)
                // (What money is raised, worth or earned; "spend" is what is assumed.)
                && matches!(own, Role::Funding | Role::Valuation | Role::Revenue)
            {
                roles[j] = Some(own);
                roles[link.of] = Some(own);
                cued[link.of] = true;
                cued[j] = true;
            }
            let r = roles[j].unwrap_or(r);
            // "a $300bn agreement with OpenAI to provide computing power": the body may say
            // the deal is earned, for the headline too.
            if r == Role::Spend
                && actor.is_some()
                && paid_to_provide(s, f, &sents.around(f.span.start))
            {
                roles[j] = Some(Role::Revenue);
                roles[link.of] = Some(Role::Revenue);
            }
            // The headline gave the amount; the body may name who it comes from or goes to.
            counterparts[j] = counterparts[link.of].or_else(|| {
                let sent_end = sents.around(f.span.start).end;
                counterpart(s, entities, actors[j], roles[j], f, sent_end)
            });
            continue;
        }
        if let Some(own) = read.0[j]
            && own.actor == actors[j]
        {
            roles[j] = own.role;
            counterparts[j] = own.counterpart;
            cued[j] = own.cued;
            continue;
        }
        let (cue, before, sent) = cue_of(s, sents, figures, j, tables);
        // "a single fab can cost $20bn", "50,000 GPUs each": nobody's spending.
        // … and a market's money that no one owns ("global AI spending will reach …").
        let generic = actor.is_none()
            && (crate::extract::nobody::generic_subject(s, before.start, before.end)
                || crate::extract::nobody::indefinite_cost(s, sent.start, f.span.start)
                || crate::extract::nobody::forecast_of_nobody(&s[sent.clone()])
                || crate::extract::nobody::market_forecast(s, sent.start, f.span.start)
                || amount_words::distributive(s, f.span.end)
                || amount_words::market_wide(
                    &s[text::inner(
                        s,
                        sent.start.max(f.span.start.saturating_sub(100)),
                        f.span.start,
                    )],
                ));
        roles[j] = Some(match (actor, cue) {
            _ if generic || unit_price(f) => Role::Other,
            (_, Some(Cue::Is(r))) => r,
            (None, Some(Cue::Grant)) => Role::Spend,
            (None, None) => Role::Other,
            (Some(a), Some(Cue::Grant)) => {
                // A firm receives aid; a state, a body or a programme gives it, and so does
                // whoever it is "granted by".
                let giver = text::with_lower_tail(s, a.span.start, 16, |by| {
                    by.ends_with(" par") || by.ends_with(" by")
                });
                if a.kind == EntityKind::Company && !giver {
                    Role::Funding
                } else {
                    Role::Spend
                }
            }
            (Some(_), None) => Role::Spend,
        });
        // "dont 2 milliards apportés par Nvidia": the agent puts the money in, whatever the
        // round it is part of, or the valuation after it, says.
        if matches!(roles[j], Some(Role::Funding | Role::Valuation))
            && let Some(a) = actor
            && a.span.start >= f.span.end
            && amount_words::agent_follows(&s[text::inner(s, f.span.end, a.span.start)])
        {
            roles[j] = Some(Role::Spend);
        }
        // "signed a $14.2bn contract with Meta to provide compute": what the actor is paid
        // to provide.
        if roles[j] == Some(Role::Spend) && actor.is_some() && paid_to_provide(s, f, &sent) {
            roles[j] = Some(Role::Revenue);
        }
        counterparts[j] = counterpart(s, entities, actors[j], roles[j], f, sent.end);
        cued[j] = cue.is_some();
        read.0[j] = Some(Own {
            actor: actors[j],
            role: roles[j],
            counterpart: counterparts[j],
            cued: cued[j],
        });
    }
    // No one is their own other side.
    for (c, a) in counterparts.iter_mut().zip(actors) {
        if let (Some(k), Some(a)) = (*c, a)
            && entities[k].canonical == entities[*a].canonical
        {
            *c = None;
        }
    }
    (roles, counterparts)
}

/// The cue of figure `j`'s role: its table column's header or row's label, else the words
/// nearest it between its neighbouring amounts, else its sentence's words before them; with
/// the stretch read before it and its sentence.
fn cue_of(
    s: &str,
    sents: &SentenceIndex,
    figures: &[FigureHit],
    j: usize,
    tables: bool,
) -> (Option<Cue>, std::ops::Range<usize>, std::ops::Range<usize>) {
    let f = &figures[j];
    let (before, sent, prev_end) = stretch_before(s, sents, figures, j);
    let next_start = figures
        .get(j + 1)
        .map(|n| n.span.start)
        .filter(|&n| n < sent.end)
        .unwrap_or(sent.end);
    let after = text::inner(s, f.span.end, next_start.min(f.span.end + AFTER));
    // In a table, the column's header or the row's label says what the amount is ("| Q4
    // revenue | … |", "| Chiffre d'affaires | 561 M€ |").
    let cue = tables
        .then(|| table_cue(s, f.span.start))
        .flatten()
        .or_else(|| nearest_cue(&s[before.clone()], &s[after.clone()]))
        .or_else(|| {
            // Nothing between the neighbouring amounts: the sentence's words before them.
            let wide = text::inner(
                s,
                sent.start.max(f.span.start.saturating_sub(BEFORE)),
                prev_end,
            );
            nearest_cue(&s[wide], "")
        });
    (cue, before, sent)
}

/// The cue in the words right before figure `j` (after the amount before it in its sentence):
/// the verb a restatement states its amount with ("a levé 48 millions d'euros").
fn own_verb(s: &str, sents: &SentenceIndex, figures: &[FigureHit], j: usize) -> Option<Cue> {
    let (before, _, _) = stretch_before(s, sents, figures, j);
    nearest_cue(&s[before], "")
}

/// The words read before figure `j` (at most [`BEFORE`] bytes, after the amount before it in
/// its sentence), its sentence, and where that amount ends (the sentence's start if none).
fn stretch_before(
    s: &str,
    sents: &SentenceIndex,
    figures: &[FigureHit],
    j: usize,
) -> (std::ops::Range<usize>, std::ops::Range<usize>, usize) {
    let f = &figures[j];
    let sent = sents.around(f.span.start);
    let prev_end = figures[..j]
        .iter()
        .rev()
        .map(|p| p.span.end)
        .find(|&e| e <= f.span.start && e > sent.start)
        .unwrap_or(sent.start);
    let before = text::inner(
        s,
        prev_end.max(f.span.start.saturating_sub(BEFORE)),
        f.span.start,
    );
    (before, sent, prev_end)
}

/// Whether an opening bracket stands open in the 40 bytes before `at` ("(environ 525 M$").
fn in_brackets(s: &str, at: usize) -> bool {
    let before = &s.as_bytes()[at.saturating_sub(40)..at];
    before
        .iter()
        .rposition(|&b| b == b'(')
        .is_some_and(|k| !before[k..].contains(&b')'))
}

/// The cue of a table cell's column header, or else of its row's label.
fn table_cue(s: &str, at: usize) -> Option<Cue> {
    // ("| Value |" in a table of deals is the price paid, not what a firm is worth.)
    let read = |t: &str| {
        nearest_cue(t, "").filter(|c| {
            *c != Cue::Is(Role::Valuation) || {
                let low = t.to_lowercase();
                low.contains("valuation") || low.contains("valorisation")
            }
        })
    };
    let column = text::table::column_header(s, at);
    // ("| Post-money ($B) |": what the firm is worth after its round.)
    let low = column.map(str::to_lowercase).unwrap_or_default();
    if ["post-money", "pre-money", "valuation", "valorisation"]
        .iter()
        .any(|w| low.contains(w))
    {
        return Some(Cue::Is(Role::Valuation));
    }
    let header = column.and_then(read);
    header
        .or_else(|| read(text::table::row_label(s, at)?))
        .or_else(|| funding_table(s, at, &low).then_some(Cue::Is(Role::Funding)))
}

/// "| Start-up | Montant | Investisseurs |": the amount column of a table of rounds, a column of
/// investors beside it, is what each row's firm raised (not a row of an acquisition).
fn funding_table(s: &str, at: usize, column: &str) -> bool {
    let amount = ["amount", "montant", "raised", "levé", "size", "taille"];
    if !amount.iter().any(|w| column.contains(w)) {
        return false;
    }
    text::table::header_and_row(s, at).is_some_and(|(header, row)| {
        let row = row.to_lowercase();
        // (Whole words: "Lead", not "Leader".)
        (text::table::names_investors(header)
            || header
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("lead")))
            && !["acqui", "rachat", "buyout", "merger", "fusion"]
                .iter()
                .any(|w| row.contains(w))
    })
}

/// Two owners on one side of a deal: one name, or two names of a state ("Tokyo", "le METI").
fn same_side(a: &EntityHit, b: &EntityHit) -> bool {
    let state = |e: &EntityHit| matches!(e.kind, EntityKind::Place | EntityKind::Institution);
    a.canonical == b.canonical || (state(a) && state(b))
}

/// A deal named around the amount, and words after it saying the actor provides something for
/// it ("a $14.2bn contract with Meta to provide compute", "un contrat … pour fournir").
fn paid_to_provide(s: &str, f: &FigureHit, sent: &std::ops::Range<usize>) -> bool {
    let after = &s[text::inner(s, f.span.end, sent.end.min(f.span.end + 100))];
    // Every phrase holds " to " or " pour " (case aside): most amounts are answered without a
    // lower-cased copy.
    let b = after.as_bytes();
    let to = b.windows(4).any(|w| w.eq_ignore_ascii_case(b" to "));
    if !to && !b.windows(6).any(|w| w.eq_ignore_ascii_case(b" pour ")) {
        return false;
    }
    let contract = |t: &str| amount_words::CONTRACTS.iter().any(|d| t.contains(d));
    let (provide, deal_after) = text::with_lower(after, |a| {
        let provide = [
            " to provide ",
            " to supply ",
            " to deliver ",
            " pour fournir ",
            " pour livrer ",
        ]
        .iter()
        .any(|p| a.contains(p));
        (provide, provide && contract(a))
    });
    provide
        && (deal_after || {
            let before = text::inner(
                s,
                sent.start.max(f.span.start.saturating_sub(40)),
                f.span.end,
            );
            text::with_lower(&s[before], contract)
        })
}

/// An amount too small to be spent, raised or earned by an actor of this genre: a price ("shares
/// rose 3% to $135.58", "$30,000 per GPU", "un ticket à 2 000 euros").
fn unit_price(f: &FigureHit) -> bool {
    f.value < UNIT_PRICE_CEILING
}

/// Below this amount (in any currency), money is a price.
const UNIT_PRICE_CEILING: f64 = 10_000.0;

/// The other side of a transfer, named right after the amount or its verb: "invested $1bn in
/// X", "a investi 1,3 Md€ dans X" (spend: X receives); "raised $1bn from X", "led by X",
/// "auprès de X" (funding: X provides).
fn counterpart(
    s: &str,
    entities: &[EntityHit],
    actor: Option<usize>,
    role: Option<Role>,
    f: &FigureHit,
    sent_end: usize,
) -> Option<usize> {
    let preps: &[&str] = match role? {
        Role::Spend => &[
            " in ", " into ", " dans ", " to ", " à ", " au ", " pour ", " for ",
        ],
        Role::Funding => &[
            " from ",
            " by ",
            " led by ",
            " auprès de ",
            " auprès d'",
            " de la part de ",
            " par ",
            " menée par ",
            " mené par ",
        ],
        _ => return None,
    };
    let first = entities.partition_point(|e| e.span.start < f.span.end);
    let e = entities
        .iter()
        .enumerate()
        .skip(first)
        .take_while(|(_, e)| e.span.start < sent_end && e.span.start < f.span.end + 80)
        .find(|(i, e)| {
            // A place is where, a product what: neither is paid.
            Some(*i) != actor && !matches!(e.kind, EntityKind::Place | EntityKind::Product)
        })?;
    let gap = &s[text::inner(s, f.span.end, e.1.span.start)];
    // "a $38bn deal with AWS", "un contrat de 10 milliards avec X": the other party of a deal.
    let deal_with = role == Some(Role::Spend)
        && text::with_lower(gap, |g| {
            (g.ends_with(" with ") || g.ends_with(" avec "))
                && (amount_words::CONTRACTS.iter().any(|d| g.contains(d))
                    || text::with_lower_tail(s, f.span.start, 24, |b| {
                        amount_words::CONTRACTS.iter().any(|d| b.contains(d))
                    }))
        });
    (deal_with || prep_near(gap, preps)).then_some(e.0)
}

/// Some preposition of `preps` ends at most 12 bytes before the end of the lower-cased `gap`
/// (read with a space on each side, curly apostrophes straight).
fn prep_near(gap: &str, preps: &[&str]) -> bool {
    text::with_lower(gap, |low| {
        if low.contains('’') {
            let gap = format!(" {} ", low.replace('’', "'"));
            return prep_near_end(gap.as_bytes(), preps);
        }
        // Only the end of " {low} " can hold a preposition ending 12 bytes or less from it.
        let low = low.as_bytes();
        let mut buf = [b' '; TAIL];
        let n = if low.len() + 2 <= TAIL {
            buf[1..=low.len()].copy_from_slice(low);
            low.len() + 2
        } else {
            buf[..TAIL - 1].copy_from_slice(&low[low.len() - (TAIL - 1)..]);
            TAIL
        };
        prep_near_end(&buf[..n], preps)
    })
}

/// Bytes of the gap's end that [`prep_near_end`] reads: 12 past the longest preposition.
const TAIL: usize = 32;

/// Some preposition of `preps` ends at most 12 bytes before the end of `gap`, with no comma or
/// semicolon after it (its last occurrence ends there exactly when any does). `gap` may be only the gap's last [`TAIL`]
/// bytes.
fn prep_near_end(gap: &[u8], preps: &[&str]) -> bool {
    preps.iter().any(|p| {
        let p = p.as_bytes();
        debug_assert!(p.len() + 12 <= TAIL);
        let ends = gap.len().saturating_sub(12).max(p.len())..=gap.len();
        // The last two bytes first, in place (most ends hold no preposition).
        let [.., y, z] = *p else { return false };
        // Nothing after it closes a phrase: "to invest in AI, The New York Times reported"
        // names no recipient.
        ends.into_iter().any(|e| {
            gap[e - 1] == z
                && gap[e - 2] == y
                && gap[e - p.len()..e].iter().eq(p.iter())
                && !gap[e..].iter().any(|b| matches!(b, b',' | b';'))
        })
    })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_after;
