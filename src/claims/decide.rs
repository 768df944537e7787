//! The analyst's decisions on claims, carried out on the engine's grouping in the order they
//! were made: split mentions out of a claim into one of their own, merge claims that are one
//! fact, pick the mention a claim is counted from. Decisions name mentions (indices into the
//! mentions given), never claims, so they hold however the grouping numbers its claims.

use super::mention::Mention;
use std::collections::HashMap;

/// One decision of the analyst, on mentions given to [`super::build_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// These mentions are another fact: they leave their claims into one claim of their own,
    /// with the mentions of the same article that restate them.
    Split(Vec<usize>),
    /// The claims of these mentions are one fact.
    Merge(Vec<usize>),
    /// The claim is counted from this mention (its actor, amount and date show for the claim).
    Canonical(usize),
}

/// Groups of mentions after the decisions, and the mentions picked as canonical (with the
/// order of the pick: a later pick in the same claim wins).
#[derive(Debug, Clone, Default)]
pub(super) struct Decided {
    pub groups: Vec<Vec<usize>>,
    pub picked: HashMap<usize, usize>,
}

/// Carries out `decisions` in order on `groups` (each a claim's mentions). Mentions in no
/// group (parts, figures out of totals that restate nothing counted) are left alone.
pub(super) fn carry_out(
    mentions: &[Mention],
    mut groups: Vec<Vec<usize>>,
    decisions: &[Decision],
) -> Decided {
    let mut picked = HashMap::new();
    if decisions.is_empty() {
        return Decided { groups, picked };
    }
    let mut owner: Vec<Option<usize>> = vec![None; mentions.len()];
    for (g, list) in groups.iter().enumerate() {
        for &i in list {
            owner[i] = Some(g);
        }
    }
    let at: HashMap<(usize, usize), usize> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| ((m.article, m.figure), i))
        .collect();
    for (rank, d) in decisions.iter().enumerate() {
        match d {
            Decision::Split(ms) => {
                let leaving = with_restatements(mentions, &at, &owner, ms);
                if leaving.is_empty() {
                    continue;
                }
                let new = groups.len();
                for &i in &leaving {
                    if let Some(g) = owner[i] {
                        groups[g].retain(|&x| x != i);
                    }
                    owner[i] = Some(new);
                }
                groups.push(leaving);
            }
            Decision::Merge(ms) => {
                let mut gs: Vec<usize> = ms
                    .iter()
                    .filter_map(|&i| owner.get(i).copied().flatten())
                    .collect();
                gs.sort_unstable();
                gs.dedup();
                let Some((&into, rest)) = gs.split_first() else {
                    continue;
                };
                for &g in rest {
                    let moved = std::mem::take(&mut groups[g]);
                    for &i in &moved {
                        owner[i] = Some(into);
                    }
                    groups[into].extend(moved);
                }
            }
            Decision::Canonical(i) => {
                if owner.get(*i).copied().flatten().is_some() {
                    picked.insert(*i, rank);
                }
            }
        }
    }
    Decided { groups, picked }
}

/// The mentions of `ms` that are in a claim, with the mentions of their claims that restate
/// one of them (following chains of restatements in the same article), in order.
fn with_restatements(
    mentions: &[Mention],
    at: &HashMap<(usize, usize), usize>,
    owner: &[Option<usize>],
    ms: &[usize],
) -> Vec<usize> {
    let mut leaving: Vec<usize> = ms
        .iter()
        .copied()
        .filter(|&i| owner.get(i).copied().flatten().is_some())
        .collect();
    leaving.sort_unstable();
    leaving.dedup();
    if leaving.is_empty() {
        return leaving;
    }
    let claims: Vec<usize> = leaving.iter().filter_map(|&i| owner[i]).collect();
    let mut extra = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(g) = owner[i] else { continue };
        if !claims.contains(&g) || leaving.binary_search(&i).is_ok() {
            continue;
        }
        // Follow the chain back; the bound also stops a cycle.
        let mut cur = m;
        for _ in 0..mentions.len() {
            let Some(&next) = cur.restates.and_then(|f| at.get(&(cur.article, f))) else {
                break;
            };
            if leaving.binary_search(&next).is_ok() {
                extra.push(i);
                break;
            }
            cur = &mentions[next];
        }
    }
    leaving.extend(extra);
    leaving.sort_unstable();
    leaving
}
