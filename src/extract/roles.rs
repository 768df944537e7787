//! Money roles: what an amount is to its actor — money it spends, raises, is worth, earns, or
//! something else — read from the words nearest the amount in its sentence, and the other side
//! of the transfer when the text names it ("invested €1.3bn in X": X receives).

use super::amount_words;
use super::{EntityHit, EntityKind, FigureHit, FigureKind, LinkKind};
use crate::text::{self, SentenceIndex};
use std::sync::LazyLock;

pub use super::types::Role;

/// What a cue word says; `Grant` is money given by one side to the other, whose direction
/// depends on who the actor is (the state that grants spends, the company that gets it is
/// funded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Is(Role),
    Grant,
}

/// Word starts (lower case, matched at a word start) and what they say. Longer entries first
/// where one is the start of another.
const CUES: &[(&str, Cue)] = &[
    // valuation
    ("valuation", Cue::Is(Role::Valuation)),
    ("valued", Cue::Is(Role::Valuation)),
    ("valuing", Cue::Is(Role::Valuation)),
    ("values ", Cue::Is(Role::Valuation)),
    ("value", Cue::Is(Role::Valuation)),
    ("valoris", Cue::Is(Role::Valuation)),
    ("valoriz", Cue::Is(Role::Valuation)),
    ("worth", Cue::Is(Role::Valuation)),
    ("vaut", Cue::Is(Role::Valuation)),
    ("valait", Cue::Is(Role::Valuation)),
    ("valent", Cue::Is(Role::Valuation)),
    ("price tag", Cue::Is(Role::Valuation)),
    ("market cap", Cue::Is(Role::Valuation)),
    ("capitalisation", Cue::Is(Role::Valuation)),
    ("capitalization", Cue::Is(Role::Valuation)),
    // revenue
    ("revenue", Cue::Is(Role::Revenue)),
    ("revenu", Cue::Is(Role::Revenue)),
    ("sales", Cue::Is(Role::Revenue)),
    ("net income", Cue::Is(Role::Revenue)),
    ("income", Cue::Is(Role::Revenue)),
    ("profit", Cue::Is(Role::Revenue)),
    ("earning", Cue::Is(Role::Revenue)),
    ("earn", Cue::Is(Role::Revenue)),
    ("turnover", Cue::Is(Role::Revenue)),
    ("chiffre d'affaires", Cue::Is(Role::Revenue)),
    ("bénéfice", Cue::Is(Role::Revenue)),
    ("résultat net", Cue::Is(Role::Revenue)),
    ("ventes", Cue::Is(Role::Revenue)),
    ("recettes", Cue::Is(Role::Revenue)),
    ("orders", Cue::Is(Role::Revenue)),
    ("commandes", Cue::Is(Role::Revenue)),
    ("generat", Cue::Is(Role::Revenue)),
    ("encaiss", Cue::Is(Role::Revenue)),
    // other
    ("market", Cue::Is(Role::Other)),
    ("marché", Cue::Is(Role::Other)),
    ("loss", Cue::Is(Role::Other)),
    ("losing", Cue::Is(Role::Other)),
    ("lost", Cue::Is(Role::Other)),
    ("perte", Cue::Is(Role::Other)),
    ("perdu", Cue::Is(Role::Other)),
    ("fine", Cue::Is(Role::Other)),
    ("amende", Cue::Is(Role::Other)),
    ("deficit", Cue::Is(Role::Other)),
    ("déficit", Cue::Is(Role::Other)),
    ("debt", Cue::Is(Role::Other)),
    ("dette", Cue::Is(Role::Other)),
    ("exports", Cue::Is(Role::Other)),
    ("exportations", Cue::Is(Role::Other)),
    // funding
    ("raise", Cue::Is(Role::Funding)),
    ("raising", Cue::Is(Role::Funding)),
    ("funding round", Cue::Is(Role::Funding)),
    ("round", Cue::Is(Role::Funding)),
    ("fundrais", Cue::Is(Role::Funding)),
    ("lève", Cue::Is(Role::Funding)),
    ("lever", Cue::Is(Role::Funding)),
    ("levé", Cue::Is(Role::Funding)),
    ("levée", Cue::Is(Role::Funding)),
    ("tour de table", Cue::Is(Role::Funding)),
    ("tour d'amorçage", Cue::Is(Role::Funding)),
    ("tour de financement", Cue::Is(Role::Funding)),
    ("tour de", Cue::Is(Role::Funding)),
    ("secured", Cue::Is(Role::Funding)),
    ("secures", Cue::Is(Role::Funding)),
    ("obtenu", Cue::Is(Role::Funding)),
    ("obtient", Cue::Is(Role::Funding)),
    ("received", Cue::Is(Role::Funding)),
    ("receive", Cue::Is(Role::Funding)),
    ("reçu", Cue::Is(Role::Funding)),
    ("recevr", Cue::Is(Role::Funding)),
    ("credit facility", Cue::Is(Role::Funding)),
    ("borrow", Cue::Is(Role::Funding)),
    ("emprunt", Cue::Is(Role::Funding)),
    ("doté", Cue::Is(Role::Funding)),
    ("financing", Cue::Is(Role::Funding)),
    // given by one side to the other
    ("award", Cue::Grant),
    ("grant", Cue::Grant),
    ("subsid", Cue::Grant),
    ("subvention", Cue::Grant),
    ("aide", Cue::Grant),
    ("aid ", Cue::Grant),
    ("loan", Cue::Grant),
    ("prêt", Cue::Grant),
    ("soutien", Cue::Grant),
    ("soutient", Cue::Grant),
    ("incentive", Cue::Grant),
    ("tax credit", Cue::Grant),
    ("crédit d'impôt", Cue::Grant),
    ("direct funding", Cue::Grant),
    ("funding", Cue::Grant),
    ("financement", Cue::Grant),
    // spend
    ("invest", Cue::Is(Role::Spend)),
    ("spend", Cue::Is(Role::Spend)),
    ("spent", Cue::Is(Role::Spend)),
    ("capex", Cue::Is(Role::Spend)),
    ("capital expenditure", Cue::Is(Role::Spend)),
    ("budget", Cue::Is(Role::Spend)),
    ("commit", Cue::Is(Role::Spend)),
    ("pledge", Cue::Is(Role::Spend)),
    ("put in", Cue::Is(Role::Spend)),
    ("poured", Cue::Is(Role::Spend)),
    ("inject", Cue::Is(Role::Spend)),
    ("consacr", Cue::Is(Role::Spend)),
    ("mobilis", Cue::Is(Role::Spend)),
    ("dépens", Cue::Is(Role::Spend)),
    ("plan", Cue::Is(Role::Spend)),
    ("programme", Cue::Is(Role::Spend)),
    ("program", Cue::Is(Role::Spend)),
    ("package", Cue::Is(Role::Spend)),
    ("enveloppe", Cue::Is(Role::Spend)),
    ("fund", Cue::Is(Role::Spend)),
    ("financ", Cue::Is(Role::Spend)),
    ("provide", Cue::Is(Role::Spend)),
    ("contribut", Cue::Is(Role::Spend)),
    ("acqui", Cue::Is(Role::Spend)),
    ("rachet", Cue::Is(Role::Spend)),
    ("racheté", Cue::Is(Role::Spend)),
    ("bought", Cue::Is(Role::Spend)),
    ("buy", Cue::Is(Role::Spend)),
    ("purchase", Cue::Is(Role::Spend)),
    ("achat", Cue::Is(Role::Spend)),
    ("achet", Cue::Is(Role::Spend)),
    ("cost", Cue::Is(Role::Spend)),
    ("coût", Cue::Is(Role::Spend)),
    ("coûte", Cue::Is(Role::Spend)),
    ("chiffr", Cue::Is(Role::Spend)),
    ("promis", Cue::Is(Role::Spend)),
    ("promet", Cue::Is(Role::Spend)),
    ("verser", Cue::Is(Role::Spend)),
    ("participation", Cue::Is(Role::Spend)),
    ("stake", Cue::Is(Role::Spend)),
    ("usine", Cue::Is(Role::Spend)),
    ("factory", Cue::Is(Role::Spend)),
    ("fab ", Cue::Is(Role::Spend)),
    ("campus", Cue::Is(Role::Spend)),
    ("projet", Cue::Is(Role::Spend)),
    ("project", Cue::Is(Role::Spend)),
];

/// Longest look before an amount, and after it (bytes).
const BEFORE: usize = 140;
const AFTER: usize = 48;

/// The role of each money figure (`None` for other kinds) and the counterpart's entity index.
pub fn assign(
    s: &str,
    sents: &SentenceIndex,
    entities: &[EntityHit],
    figures: &[FigureHit],
    actors: &[Option<usize>],
) -> (Vec<Option<Role>>, Vec<Option<usize>>) {
    let mut roles = vec![None; figures.len()];
    let mut counterparts = vec![None; figures.len()];
    for (j, f) in figures.iter().enumerate() {
        if f.kind != FigureKind::Money {
            continue;
        }
        let actor = actors[j].map(|a| &entities[a]);
        // A restatement or a part is the same kind of money as the figure it details.
        if let Some(link) = f.link
            && let Some(r) = roles[link.of]
            && (link.how == LinkKind::Restates || actors[link.of] == actors[j])
        {
            roles[j] = Some(r);
            counterparts[j] = counterparts[link.of];
            continue;
        }
        let sent = sents.around(f.span.start);
        let prev_end = figures[..j]
            .iter()
            .rev()
            .map(|p| p.span.end)
            .find(|&e| e <= f.span.start && e > sent.start)
            .unwrap_or(sent.start);
        let next_start = figures
            .get(j + 1)
            .map(|n| n.span.start)
            .filter(|&n| n < sent.end)
            .unwrap_or(sent.end);
        let before = text::inner(
            s,
            prev_end.max(f.span.start.saturating_sub(BEFORE)),
            f.span.start,
        );
        let after = text::inner(s, f.span.end, next_start.min(f.span.end + AFTER));
        let cue = nearest_cue(&s[before.clone()], &s[after.clone()]).or_else(|| {
            // Nothing between the neighbouring amounts: the sentence's words before them.
            let wide = text::inner(
                s,
                sent.start.max(f.span.start.saturating_sub(BEFORE)),
                prev_end,
            );
            nearest_cue(&s[wide], "")
        });
        // "a single fab can cost $20bn", "50,000 GPUs each": nobody's spending.
        let generic = actor.is_none()
            && (amount_words::generic_subject(s, before.start, before.end)
                || amount_words::distributive(s, f.span.end));
        roles[j] = Some(match (actor, cue) {
            _ if generic => Role::Other,
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
        counterparts[j] = counterpart(s, entities, actors[j], roles[j], f, sent.end);
    }
    (roles, counterparts)
}

/// The cue nearest the amount: the last one before it or the first one after it (a word after
/// counts a little farther than one before).
fn nearest_cue(before: &str, after: &str) -> Option<Cue> {
    let (b, a) = (before, after);
    // Distance from the cue's end: "valuation at roughly $X" is near. Before the amount the
    // last cue is wanted: read from the right; after it, the first.
    let last_before = find_cues(b)
        .next_back()
        .map(|(at, c)| (b.len() - at - cue_len(&b[at..]), c));
    let first_after = find_cues(a).next().map(|(at, c)| (at + at / 2 + 4, c));
    match (last_before, first_after) {
        (Some(x), Some(y)) => Some(if y.0 < x.0 { y.1 } else { x.1 }),
        (x, y) => x.or(y).map(|c| c.1),
    }
}

/// The length of the cue word starting `t` (the whole word, not only the listed start).
fn cue_len(t: &str) -> usize {
    t.find(|c: char| !c.is_alphanumeric() && c != '\'')
        .unwrap_or(t.len())
}

/// [`CUES`] by first byte, in list order.
static CUE_INDEX: LazyLock<Vec<Vec<(&'static str, Cue)>>> = LazyLock::new(|| {
    let mut ix = vec![Vec::new(); 256];
    for &(w, c) in CUES {
        ix[usize::from(w.as_bytes()[0])].push((w, c));
    }
    ix
});

/// Every cue at a word start in a lower-cased text, with its position (the first entry that
/// matches at a position wins).
fn find_cues(t: &str) -> impl DoubleEndedIterator<Item = (usize, Cue)> + '_ {
    let b = t.as_bytes();
    // Every cue starts with an ASCII letter; a word starts after an ASCII byte that is no
    // letter or digit (a byte of a multi-byte char counts as a letter).
    (0..b.len())
        .filter(move |&i| {
            b[i].is_ascii_alphabetic()
                && (i == 0 || (b[i - 1].is_ascii() && !b[i - 1].is_ascii_alphanumeric()))
        })
        .filter_map(move |i| {
            // The cues are lower case: compared ASCII case aside, in place.
            CUE_INDEX[usize::from(b[i].to_ascii_lowercase())]
                .iter()
                .find(|(w, _)| {
                    let w = w.as_bytes();
                    // The second byte first: most listed starts differ there.
                    b.len() - i >= w.len()
                        && w.get(1).is_none_or(|c| c.eq_ignore_ascii_case(&b[i + 1]))
                        && b[i..i + w.len()].eq_ignore_ascii_case(w)
                })
                .map(|&(_, c)| (i, c))
        })
}

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
        .find(|(i, e)| Some(*i) != actor && e.kind != EntityKind::Place)?;
    let gap = text::inner(s, f.span.end, e.1.span.start);
    let gap = format!(" {} ", crate::text::lower(&s[gap]).replace('’', "'"));
    let near = preps.iter().any(|p| {
        gap.rfind(p)
            .is_some_and(|i| gap.len() - (i + p.len()) <= 12)
    });
    near.then_some(e.0)
}

#[cfg(test)]
mod tests;
