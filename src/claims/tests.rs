//! Tests of duplicate articles and of claims.

use super::*;
use crate::extract::{FigureKind, Role};

/// A wire story of `n` distinct sentences.
fn story(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "Sentence {i} says that actor {} spent {} billion on plant {} in year {}.",
                i * 7 % 13,
                i * 3 + 1,
                i * 11 % 17,
                2000 + i
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_same_text_with_other_whitespace_and_line_endings_is_an_exact_duplicate() {
    let a = "Line one.\nLine  two.\n\nLine three.";
    let b = "Line one.\r\nLine two.\r\n\r\n  Line three.\r\n";
    let c = "Line one.\nLine two.\nLine four.";
    let d = find_duplicates(&[a, b, c]);
    assert_eq!(d[0], None);
    assert_eq!(
        d[1],
        Some(Duplicate {
            of: 0,
            exact: true,
            similarity: 1.0
        })
    );
    assert_eq!(d[2], None);
}

#[test]
fn a_wire_under_another_header_and_footer_is_a_near_duplicate() {
    let body = story(40);
    let reprint = format!(
        "PARIS (Wire) — Published 3 March, updated 4 March.\n\n{body}\n\nRead more on our site. \
         Subscribe to the newsletter for all the news of the week."
    );
    let other = story(80)[body.len() / 2..].to_string();
    let d = find_duplicates(&[&body, &other, &reprint]);
    assert_eq!(d[0], None);
    assert_eq!(
        d[1], None,
        "a text sharing a third of the sentences is not a copy"
    );
    let dup = d[2].expect("the reprint is found");
    assert_eq!(dup.of, 0);
    assert!(!dup.exact);
    assert!(dup.similarity > 0.8 && dup.similarity < 1.0, "{dup:?}");
}

#[test]
fn a_copy_of_a_copy_points_at_the_first_article() {
    let body = story(30);
    let near = format!("Wire header.\n{body}");
    let exact_of_near = near.replace('\n', "\r\n");
    let d = find_duplicates(&[&body, &near, &exact_of_near]);
    assert_eq!(d[1].map(|x| x.of), Some(0));
    assert_eq!(d[2].map(|x| (x.of, x.exact)), Some((0, true)));
}

#[test]
fn short_and_empty_texts_are_only_exact_duplicates() {
    let d = find_duplicates(&["", "Two words", "", "Two words."]);
    assert_eq!(d[2].map(|x| x.of), Some(0));
    assert_eq!(d[1], None);
    assert_eq!(d[3], None);
}

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

#[test]
fn one_fact_in_many_articles_is_one_claim_at_one_amount() {
    let mut m = vec![
        money(0, 0, "Stargate", 500e9),
        money(1, 3, "Stargate", 480e9 * 1.04), // €480 bn converted at a day's rate
        money(2, 1, "Stargate", 500e9),
        money(2, 2, "OpenAI", 500e9),
    ];
    m[1].date = Some("2025-01-22".into());
    m[2].date = Some("2025-01-21".into());
    let c = build(&m, TOLERANCE);
    assert_eq!(c.claims.len(), 2);
    let stargate = &c.claims[c.of_mention[0].unwrap()];
    assert_eq!(stargate.mentions, vec![0, 1, 2]);
    assert_eq!(stargate.value, 500e9);
    assert_eq!(stargate.date.as_deref(), Some("2025-01-21"));
    assert_ne!(
        c.of_mention[3], c.of_mention[0],
        "another actor is another claim"
    );
}

#[test]
fn the_same_amount_twice_in_one_article_is_one_claim() {
    let m = vec![
        money(0, 0, "Microsoft", 10e9),
        money(0, 4, "Microsoft", 10e9),
        money(1, 0, "Microsoft", 10.2e9),
        money(1, 1, "Microsoft", 12e9),
    ];
    let c = build(&m, TOLERANCE);
    assert_eq!(c.claims.len(), 2);
    assert_eq!(c.claims[0].mentions, vec![0, 1, 2]);
    assert_eq!(c.of_mention[3], Some(1));
}

#[test]
fn values_apart_roles_apart_and_kinds_apart_are_other_claims() {
    let mut valuation = money(1, 0, "OpenAI", 300e9);
    valuation.role = Some(Role::Valuation);
    let m = vec![
        money(0, 0, "OpenAI", 300e9),
        valuation,
        money(2, 0, "OpenAI", 330e9),
    ];
    let c = build(&m, TOLERANCE);
    assert_eq!(c.claims.len(), 3);
}

#[test]
fn a_restatement_moved_to_another_actor_stays_in_its_claim_and_disagrees() {
    // "Trump announces 600 Md$… the 600 Md$" — the analyst gives the second mention to
    // Stargate: the fact still counts once, under the first mention's actor.
    let mut later = money(0, 5, "Stargate", 600e9);
    later.in_totals = false;
    later.restates = Some(0);
    let mut part = money(0, 6, "Stargate", 100e9);
    part.in_totals = false;
    let m = vec![money(0, 0, "Trump", 600e9), later, part];
    let c = build(&m, TOLERANCE);
    assert_eq!(c.claims.len(), 1);
    assert_eq!(c.claims[0].mentions, vec![0, 1]);
    assert_eq!(c.claims[0].actor.as_deref(), Some("Trump"));
    assert_eq!(c.claims[0].disagreeing, vec![1]);
    assert_eq!(c.of_mention[2], None, "a part is no claim of its own");
}

#[test]
fn restatement_chains_and_cycles_end() {
    let mut b = money(0, 1, "X", 5e9);
    b.in_totals = false;
    b.restates = Some(0);
    let mut c2 = money(0, 2, "X", 5e9);
    c2.in_totals = false;
    c2.restates = Some(1);
    let mut d = money(1, 0, "Y", 1e9);
    d.in_totals = false;
    d.restates = Some(1);
    let mut e = money(1, 1, "Y", 1e9);
    e.in_totals = false;
    e.restates = Some(0);
    let m = vec![money(0, 0, "X", 5e9), b, c2, d, e];
    let c = build(&m, TOLERANCE);
    assert_eq!(c.claims.len(), 1);
    assert_eq!(c.claims[0].mentions, vec![0, 1, 2]);
    assert_eq!(c.of_mention[3], None);
    assert_eq!(c.of_mention[4], None);
}

#[test]
fn reprints_are_found_at_every_length() {
    // Short texts are compared on all their shingles, long ones on a sample: lengths around
    // the switch must be found either way.
    for n in [2, 3, 4, 5, 6, 8, 12, 20, 30, 60] {
        let body = story(n);
        let reprint = format!("By the wire desk.\n{body}\nShare this article.");
        let d = find_duplicates(&[&body, &reprint]);
        assert_eq!(d[1].map(|x| x.of), Some(0), "story of {n} sentences");
    }
}
