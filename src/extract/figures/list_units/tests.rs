//! Tests of [`super`] (list_units.rs) on invented articles.

use crate::extract::{Lexicon, extract};

fn figs(s: &str) -> Vec<(String, f64, String)> {
    extract(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.text, f.value, f.unit))
        .collect()
}

#[test]
fn list_items_take_the_unit_their_heading_gives() {
    let got = figs(
        "## Investissements annoncés (en milliards d'euros)\n\n- France : 109\n- \
         Allemagne : 5,5\n\nLe reste suit.",
    );
    assert_eq!(
        got,
        vec![
            ("109".to_string(), 109e9, "EUR".to_string()),
            ("5,5".to_string(), 5.5e9, "EUR".to_string())
        ]
    );
    let got =
        figs("Capex guidance ($bn):\n\n| Company | 2025 |\n| --- | --- |\n| Orbitex | 80 |\n");
    assert_eq!(got, vec![("80".to_string(), 80e9, "USD".to_string())]);
}

#[test]
fn numbers_without_a_unit_heading_or_in_prose_stay_no_figures() {
    assert!(figs("## Rankings\n\n- France: 3\n- Germany: 5\n").is_empty());
    // A year, and a number inside a sentence, under a unit heading.
    let got = figs("## Plans (in $bn)\n\n- Orbitex: 2026\n- Quantil plans 40 sites\n");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_table_aligned_with_spaces_takes_the_unit_of_its_caption() {
    let got = figs(
        "Chiffres clés (en millions EUR)\n\n\
         \x20                        2025       2024    Variation\n\
         Chiffre d'affaires       684,2      522,3      +31,0 %\n\
         Dette nette            1 420,0    1 050,0      +35,2 %\n\nActivité\n\nLe reste suit.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, vec![684.2e6, 522.3e6, 1420e6, 1050e6], "{got:?}");
    assert!(got.iter().all(|g| g.2 == "EUR"));
    // A sentence with a double space is no table.
    let got = figs("Revenue (in $ millions)\n\nWe grew  fast in 2025 and hired 40 people.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn every_amount_of_a_web_table_takes_its_captions_unit_but_a_column_with_its_own() {
    // A web page's table reads one row per paragraph.
    let got = figs(
        "(unaudited; in millions of U.S. dollars)\n\n| | Q3 2025 | Q3 2024 |\n\n\
         | Revenue | 412.6 | 128.9 |\n\n| Net loss | 61.0 | 88.4 |\n\nThe quarter was good.",
    );
    let values: Vec<f64> = got.iter().map(|g| g.1).collect();
    assert_eq!(values, vec![412.6e6, 128.9e6, 61e6, 88.4e6], "{got:?}");
    let got = figs(
        "Deals (in $bn)\n\n| Buyer | Amount | Capacity (MW) |\n| --- | --- | --- |\n\
         | Orbitex | 12 | 300 |\n",
    );
    assert_eq!(
        got,
        vec![
            ("12".to_string(), 12e9, "USD".to_string()),
            ("300".to_string(), 300e6, "W".to_string())
        ]
    );
}

#[test]
fn a_key_figures_box_under_a_heading_in_billions() {
    let got = figs(
        "Le groupe a publié ses comptes.\n\nLES CHIFFRES DU TRIMESTRE (en milliards de dollars)\n\
         Chiffre d’affaires : 11,8 (consensus : 11,2)\nBénéfice par action : 1,45\n\
         dont centres de données : 9,6\n\
         Prévision T1 2027 : 12,9 à 13,3\nSource : LSEG, le 12 mars : 2026\n\nLe groupe suit.",
    );
    let values: Vec<(&str, f64)> = got.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        values,
        [
            ("11,8", 11.8e9),
            ("11,2", 11.2e9),
            ("9,6", 9.6e9),
            ("12,9 à 13,3", 13.1e9)
        ]
    );
}
