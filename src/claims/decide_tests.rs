//! Tests of the analyst's decisions on claims: split, merge, canonical mention, in order, and
//! a claim's amount counted once whatever its mentions say.

use super::*;
use crate::extract::{FigureKind, Role};

fn money(article: usize, figure: usize, actor: &str, value: f64) -> Mention {
    Mention {
        article,
        figure,
        actor: Some(actor.to_string()),
        kind: FigureKind::Money,
        role: Some(Role::Spend),
        value,
        low: value,
        high: value,
        date: None,
        in_totals: true,
        restates: None,
    }
}

/// Each claim's actor and amount, the total, and which claim each mention is in.
fn summary(c: &Claims) -> (Vec<(String, f64)>, f64) {
    let list: Vec<(String, f64)> = c
        .claims
        .iter()
        .map(|c| (c.actor.clone().unwrap_or_default(), c.value))
        .collect();
    let total = list.iter().map(|(_, v)| v).sum();
    (list, total)
}

#[test]
fn a_split_mention_leaves_into_a_claim_of_its_own_with_its_restatements() {
    // Two programmes of 100 bn reported by three articles; the analyst says article 2's is
    // another one. Its restatement in the same article goes with it.
    let mut again = money(2, 1, "Stargate", 100e9);
    again.in_totals = false;
    again.restates = Some(0);
    let m = vec![
        money(0, 0, "Stargate", 100e9),
        money(1, 0, "Stargate", 100e9),
        money(2, 0, "Stargate", 100e9),
        again,
    ];
    let auto = build(&m, TOLERANCE);
    assert_eq!(auto.claims.len(), 1);
    let split = build_with(&m, TOLERANCE, &[Decision::Split(vec![2])]);
    assert_eq!(split.claims.len(), 2);
    assert_eq!(split.claims[0].mentions, vec![0, 1]);
    assert_eq!(split.claims[1].mentions, vec![2, 3]);
    assert_eq!(summary(&split).1, 200e9);
    // Splitting every mention of a claim changes nothing.
    let all = build_with(&m, TOLERANCE, &[Decision::Split(vec![0, 1, 2])]);
    assert_eq!(summary(&all).1, 100e9);
}

#[test]
fn merged_claims_count_once_at_the_canonical_amount_and_say_who_disagrees() {
    // "up to $500 bn" (a range) and "$500 bn" under two actors: the analyst says they are one.
    let mut up_to = money(0, 0, "OpenAI", 250e9);
    (up_to.low, up_to.high) = (0.0, 500e9);
    let m = vec![
        up_to,
        money(1, 0, "Stargate", 500e9),
        money(2, 0, "Stargate", 500e9),
    ];
    assert_eq!(build(&m, TOLERANCE).claims.len(), 2);
    let merged = build_with(&m, TOLERANCE, &[Decision::Merge(vec![0, 2])]);
    assert_eq!(merged.claims.len(), 1);
    let c = &merged.claims[0];
    assert_eq!(c.mentions, vec![0, 1, 2]);
    assert_eq!((c.actor.as_deref(), c.value), (Some("OpenAI"), 250e9));
    assert_eq!(c.disagreeing, vec![1, 2]);
    assert_eq!(c.other_amount, vec![1, 2]);
    // The analyst picks the plain amount: the claim counts 500 bn once, under Stargate.
    let picked = build_with(
        &m,
        TOLERANCE,
        &[Decision::Merge(vec![0, 2]), Decision::Canonical(2)],
    );
    let c = &picked.claims[0];
    assert_eq!(c.mentions, vec![2, 0, 1]);
    assert_eq!((c.actor.as_deref(), c.value), (Some("Stargate"), 500e9));
    assert_eq!(c.disagreeing, vec![0]);
    assert_eq!(c.other_amount, vec![0]);
    assert_eq!(summary(&picked).1, 500e9);
    for (i, owner) in picked.of_mention.iter().enumerate() {
        assert_eq!(*owner, Some(0), "mention {i}");
    }
}

#[test]
fn a_later_pick_wins_and_a_pick_outside_any_claim_does_nothing() {
    let mut part = money(0, 3, "X", 1e9);
    part.in_totals = false;
    let m = vec![money(0, 0, "X", 5e9), money(1, 0, "X", 5.1e9), part];
    let c = build_with(
        &m,
        TOLERANCE,
        &[
            Decision::Canonical(1),
            Decision::Canonical(0),
            Decision::Canonical(2),
        ],
    );
    assert_eq!(c.claims.len(), 1);
    assert_eq!(c.claims[0].canonical(), 0);
    let c = build_with(&m, TOLERANCE, &[Decision::Canonical(1)]);
    assert_eq!(c.claims[0].value, 5.1e9);
    assert_eq!(c.claims[0].mentions, vec![1, 0]);
    assert_eq!(c.of_mention[2], None);
}

#[test]
fn decisions_apply_in_order_and_the_same_input_gives_the_same_claims() {
    let m = vec![
        money(0, 0, "A", 10e9),
        money(1, 0, "A", 10e9),
        money(2, 0, "B", 10e9),
    ];
    // Merge A and B, then split article 1's mention out: two claims, A's and article 1's.
    let d = [Decision::Merge(vec![0, 2]), Decision::Split(vec![1])];
    let once = build_with(&m, TOLERANCE, &d);
    assert_eq!(once, build_with(&m, TOLERANCE, &d));
    let (list, total) = summary(&once);
    assert_eq!(list, vec![("A".to_string(), 10e9), ("A".to_string(), 10e9)]);
    assert_eq!(total, 20e9);
    assert_eq!(once.claims[0].mentions, vec![0, 2]);
    // The other order: split first, then merge the three back into one.
    let other = build_with(
        &m,
        TOLERANCE,
        &[Decision::Split(vec![1]), Decision::Merge(vec![0, 1, 2])],
    );
    assert_eq!(summary(&other).1, 10e9);
}

#[test]
fn a_moved_restatement_still_counts_once_after_a_split_and_a_merge() {
    // "Trump announces 600 Md$ … the 600 Md$": the analyst gives the second mention to
    // Stargate. Another article reports 600 Md$ for Trump too.
    let mut later = money(0, 5, "Stargate", 600e9);
    later.in_totals = false;
    later.restates = Some(0);
    let m = vec![
        money(0, 0, "Trump", 600e9),
        later,
        money(1, 0, "Trump", 600e9),
        money(2, 0, "Stargate", 600e9),
    ];
    let by_actor = |c: &Claims| {
        let mut t: std::collections::BTreeMap<String, f64> = Default::default();
        for c in &c.claims {
            *t.entry(c.actor.clone().unwrap_or_default()).or_default() += c.value;
        }
        t
    };
    let auto = build(&m, TOLERANCE);
    assert_eq!(by_actor(&auto)["Trump"], 600e9);
    assert_eq!(
        by_actor(&auto)["Stargate"],
        600e9,
        "article 2's own mention"
    );
    // Split article 0's announcement out: its restatement goes with it, still under Trump.
    let split = build_with(&m, TOLERANCE, &[Decision::Split(vec![0])]);
    let c = &split.claims[split.of_mention[1].unwrap()];
    assert_eq!(c.mentions, vec![0, 1]);
    assert_eq!(c.disagreeing, vec![1]);
    assert_eq!(by_actor(&split)["Trump"], 1200e9);
    assert_eq!(by_actor(&split)["Stargate"], 600e9);
    // Merge Trump's and Stargate's: one fact, 600 Md$ once, the Stargate mentions disagree.
    let merged = build_with(&m, TOLERANCE, &[Decision::Merge(vec![0, 3])]);
    assert_eq!(merged.claims.len(), 1);
    assert_eq!(summary(&merged).1, 600e9);
    assert_eq!(merged.claims[0].disagreeing, vec![1, 3]);
}
