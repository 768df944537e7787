//! Tests of `combine`.

use crate::extract::figures::find;
use crate::text::NormText;

/// (span text, value, min, max, unit)
pub(in crate::extract::figures) type Fig = (String, f64, Option<f64>, Option<f64>, String);

pub(in crate::extract::figures) fn figs(s: &str) -> Vec<Fig> {
    let n = NormText::new(s);
    find(&n)
        .into_iter()
        .map(|f| {
            (
                n.as_str()[f.span].to_string(),
                f.value,
                f.value_min,
                f.value_max,
                f.unit,
            )
        })
        .collect()
}

#[test]
fn french_ranges() {
    let got = figs("Le plan coûtera entre 30 et 50 milliards d'euros selon le ministère.");
    assert_eq!(
        got,
        vec![(
            "30 et 50 milliards d'euros".into(),
            40e9,
            Some(30e9),
            Some(50e9),
            "EUR".into()
        )]
    );
    let got = figs("Il faudrait de 30 à 50 milliards de dollars pour la France.");
    assert_eq!(got[0].0, "30 à 50 milliards de dollars");
    assert_eq!(got[0].2, Some(30e9));
}

#[test]
fn english_ranges() {
    let got = figs("Meta will spend $60 billion to $65 billion on capex in the year.");
    assert_eq!(
        got,
        vec![(
            "$60 billion to $65 billion".into(),
            62.5e9,
            Some(60e9),
            Some(65e9),
            "USD".into()
        )]
    );
    let got = figs("The company could raise $30-50bn from the investors.");
    assert_eq!(
        got,
        vec![(
            "$30-50bn".into(),
            40e9,
            Some(30e9),
            Some(50e9),
            "USD".into()
        )]
    );
    let got = figs("It is worth between $1bn and $2bn to the fund.");
    assert_eq!(got[0].0, "$1bn and $2bn");
    let got = figs("The sales rose from $1.17 billion to $2 billion in the year.");
    assert_eq!(got.len(), 2);
    let got = figs("The site will draw 1-2 GW of power from the grid.");
    assert_eq!(
        got,
        vec![("1-2 GW".into(), 1.5e9, Some(1e9), Some(2e9), "W".into())]
    );
}
