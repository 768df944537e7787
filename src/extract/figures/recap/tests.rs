//! Tests of [`super`] (recap.rs) on invented articles.

use crate::extract::{Lexicon, extract};

fn flags(s: &str) -> Vec<(String, bool)> {
    extract(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.text, f.in_totals))
        .collect()
}

#[test]
fn a_recap_of_the_amounts_before_is_out_of_totals() {
    assert_eq!(
        flags(
            "Orbitex investira 20 milliards d'euros. Quantil apportera 6 milliards d'euros. \
             Au total, les annonces s'élèvent à 109 milliards d'euros."
        ),
        vec![
            ("20 milliards d'euros".into(), true),
            ("6 milliards d'euros".into(), true),
            ("109 milliards d'euros".into(), false)
        ]
    );
    assert_eq!(
        flags("Orbitex raised $6.6bn in October. In total, it has raised $60bn since 2019."),
        vec![("$6.6bn".into(), true), ("$60bn".into(), false)]
    );
}

#[test]
fn a_total_with_nothing_before_it_counts() {
    assert_eq!(
        flags("In total, Orbitex will spend $80bn this year on data centres."),
        vec![("$80bn".into(), true)]
    );
    // A smaller amount after a recap word is no sum of the larger one before.
    assert_eq!(
        flags("Orbitex will spend $80bn. In all, Quantil will add $2bn."),
        vec![("$80bn".into(), true), ("$2bn".into(), true)]
    );
    // "En tout cas" is no recap.
    assert_eq!(
        flags(
            "Orbitex a levé 2 milliards d'euros. En tout cas, Quantil a levé 7 milliards d'euros."
        ),
        vec![
            ("2 milliards d'euros".into(), true),
            ("7 milliards d'euros".into(), true)
        ]
    );
}
