//! Claims from mentions: one fact that many mentions report is one claim. Mentions that count in
//! totals make the same claim when they have the same actor, kind and role and the same value
//! within a tolerance (rounding, currency conversion), in one article or across articles; a
//! restatement joins the claim of the figure it restates whatever its own actor says, so a
//! correction on one mention can never make a fact count twice.

use super::decide::{Decided, Decision};
pub use super::mention::Mention;
use crate::extract::{FigureKind, Role};
use std::collections::HashMap;

/// One fact and every mention that reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub actor: Option<String>,
    pub kind: FigureKind,
    pub role: Option<Role>,
    /// The canonical mention's values: a claim counts once, at one amount.
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// Indices into the mentions given: the canonical one first, then the others in the order
    /// given.
    pub mentions: Vec<usize>,
    /// Mentions whose actor is not the claim's (a correction moved one of them, say), in order.
    pub disagreeing: Vec<usize>,
    /// Mentions whose amount is not the claim's within the tolerance (claims the analyst
    /// merged, say), in order. The claim still counts once, at its canonical amount.
    pub other_amount: Vec<usize>,
    /// The earliest date among its mentions.
    pub date: Option<String>,
}

impl Claim {
    /// The mention the claim's amount and actor come from.
    pub fn canonical(&self) -> usize {
        self.mentions[0]
    }

    /// Whether mention `i` of this claim names another actor than the claim.
    pub fn disagrees(&self, i: usize) -> bool {
        self.disagreeing.binary_search(&i).is_ok()
    }

    /// Whether mention `i` of this claim says another amount than the claim.
    pub fn says_other_amount(&self, i: usize) -> bool {
        self.other_amount.binary_search(&i).is_ok()
    }
}

/// The claims of a corpus, and which claim each mention belongs to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claims {
    pub claims: Vec<Claim>,
    /// For each mention given, its claim; `None` for parts and figures out of totals that
    /// restate nothing counted.
    pub of_mention: Vec<Option<usize>>,
}

/// Two values are the same amount when they differ by at most this share of the smaller
/// ("$500 bn" and "€480 bn" converted at a day's rate; "1.3 bn" and "1.25 bn").
pub const TOLERANCE: f64 = 0.05;

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    hi - lo <= tolerance * lo.abs().max(f64::MIN_POSITIVE) || hi == lo
}

/// Groups `mentions` into claims (values compared with `tolerance`, e.g. [`TOLERANCE`]).
pub fn build(mentions: &[Mention], tolerance: f64) -> Claims {
    build_with(mentions, tolerance, &[])
}

/// Groups `mentions` into claims, then carries out the analyst's `decisions` in order (see
/// [`super::decide`]): the same mentions and decisions always give the same claims.
pub fn build_with(mentions: &[Mention], tolerance: f64, decisions: &[Decision]) -> Claims {
    let mut of_mention: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut claims: Vec<Claim> = Vec::new();
    // Mentions that count, grouped by what a claim must share, then by value.
    let mut keyed: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].in_totals)
        .collect();
    keyed.sort_by(|&a, &b| {
        let (x, y) = (&mentions[a], &mentions[b]);
        (&x.actor, x.kind, x.role)
            .cmp(&(&y.actor, y.kind, y.role))
            .then(x.value.total_cmp(&y.value))
            .then(a.cmp(&b))
    });
    let mut start = 0;
    while start < keyed.len() {
        let first = &mentions[keyed[start]];
        let same_key = |i: usize| {
            let m = &mentions[i];
            m.actor == first.actor && m.kind == first.kind && m.role == first.role
        };
        let end = start + keyed[start..].iter().take_while(|&&i| same_key(i)).count();
        // Values only grow within a key: a mention joins the last claim opened if it is close
        // enough to that claim's first value, or opens the next one.
        let mut open: Option<(usize, f64)> = None;
        for &i in &keyed[start..end] {
            let m = &mentions[i];
            let fits = open.filter(|&(c, base)| {
                close(base, m.value, tolerance)
                    && close(claims[c].low, m.low, tolerance)
                    && close(claims[c].high, m.high, tolerance)
            });
            match fits {
                Some((c, _)) => {
                    claims[c].mentions.push(i);
                    of_mention[i] = Some(c);
                }
                None => {
                    of_mention[i] = Some(claims.len());
                    open = Some((claims.len(), m.value));
                    claims.push(new_claim(m, i));
                }
            }
        }
        start = end;
    }
    attach_restatements(mentions, &mut claims, &mut of_mention);
    let groups: Vec<Vec<usize>> = claims.into_iter().map(|c| c.mentions).collect();
    let decided = super::decide::carry_out(mentions, groups, decisions);
    finish(mentions, decided, tolerance)
}

/// Claims from groups of mentions: each claim's canonical mention (the analyst's pick, else
/// the one given first) gives its actor and amount; its date is its earliest mention's; the
/// mentions that say another actor or another amount are listed. Empty groups are dropped.
fn finish(mentions: &[Mention], decided: Decided, tolerance: f64) -> Claims {
    let mut of_mention: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut claims = Vec::with_capacity(decided.groups.len());
    for mut group in decided.groups.into_iter().filter(|g| !g.is_empty()) {
        group.sort_unstable();
        let pick = group
            .iter()
            .copied()
            .filter_map(|i| decided.picked.get(&i).map(|&rank| (rank, i)))
            .max()
            .map_or(group[0], |(_, i)| i);
        let at = group.iter().position(|&i| i == pick).unwrap_or(0);
        group[..=at].rotate_right(1);
        let canon = &mentions[group[0]];
        let mut c = new_claim(canon, group[0]);
        c.date = group.iter().filter_map(|&i| mentions[i].date.clone()).min();
        c.disagreeing = group[1..]
            .iter()
            .copied()
            .filter(|&i| mentions[i].actor != c.actor)
            .collect();
        c.other_amount = group[1..]
            .iter()
            .copied()
            .filter(|&i| !close(mentions[i].value, c.value, tolerance))
            .collect();
        for &i in &group {
            of_mention[i] = Some(claims.len());
        }
        c.mentions = group;
        claims.push(c);
    }
    Claims { claims, of_mention }
}

fn new_claim(m: &Mention, i: usize) -> Claim {
    Claim {
        actor: m.actor.clone(),
        kind: m.kind,
        role: m.role,
        value: m.value,
        low: m.low,
        high: m.high,
        mentions: vec![i],
        disagreeing: Vec::new(),
        other_amount: Vec::new(),
        date: None,
    }
}

/// A mention out of totals that restates a figure joins that figure's claim (following a chain
/// of restatements back to the figure that counts).
fn attach_restatements(
    mentions: &[Mention],
    claims: &mut [Claim],
    of_mention: &mut [Option<usize>],
) {
    let at: HashMap<(usize, usize), usize> = mentions
        .iter()
        .enumerate()
        .map(|(i, m)| ((m.article, m.figure), i))
        .collect();
    for i in 0..mentions.len() {
        if of_mention[i].is_some() {
            continue;
        }
        let mut cur = i;
        // A chain is never longer than the article's figure list; the bound also stops a cycle.
        for _ in 0..mentions.len() {
            let m = &mentions[cur];
            let Some(&next) = m.restates.and_then(|f| at.get(&(m.article, f))) else {
                break;
            };
            if let Some(c) = of_mention[next].filter(|_| mentions[next].in_totals) {
                of_mention[i] = Some(c);
                claims[c].mentions.push(i);
                break;
            }
            cur = next;
        }
    }
}
