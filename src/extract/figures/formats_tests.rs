//! End-to-end tests of the figure formats added for news from outside the US and the euro
//! area, written-out units and amounts that borrow their unit from a neighbour. The sentences
//! are invented.

use super::tests::figures_of as figs;
use crate::extract::FigureKind;
use FigureKind::{Chips, Flops, Money, Power};

/// (text, kind, value, unit) of every figure, ranges ignored.
pub(super) fn plain(s: &str) -> Vec<(String, FigureKind, f64, String)> {
    figs(s)
        .into_iter()
        .map(|(t, k, v, u, _)| (t, k, v, u))
        .collect()
}

pub(super) fn f(t: &str, k: FigureKind, v: f64, u: &str) -> (String, FigureKind, f64, String) {
    (t.into(), k, v, u.into())
}

#[test]
fn lower_case_m_after_a_currency_sign_is_a_million() {
    assert_eq!(
        plain("The start-up raised £410m and then €95m from its backers."),
        vec![
            f("£410m", Money, 410e6, "GBP"),
            f("€95m", Money, 95e6, "EUR")
        ]
    );
    // Without a currency, "5m" stays a length.
    assert!(plain("The mast is 5m tall.").is_empty());
}

#[test]
fn one_letter_dollar_qualifiers_and_the_rand() {
    assert_eq!(
        plain("The Singapore fund put in S$2bn, a Brazilian bank R$31 billion."),
        vec![
            f("S$2bn", Money, 2e9, "SGD"),
            f("R$31 billion", Money, 31e9, "BRL")
        ]
    );
    assert_eq!(
        plain("Eskom will spend R7.2 billion on the grid."),
        vec![f("R7.2 billion", Money, 7.2e9, "ZAR")]
    );
    // "R2" without a scale is a model or a road, and "$ a day" keeps dollars.
    assert!(plain("The R2 model beat the R1 model.").is_empty());
    assert_eq!(
        plain("Users pay 3 $ a month."),
        vec![f("3 $", Money, 3.0, "USD")]
    );
}

#[test]
fn compound_scales() {
    assert_eq!(
        plain("The cabinet cleared ₹1.8 lakh crore for chips."),
        vec![f("₹1.8 lakh crore", Money, 1.8e12, "INR")]
    );
    assert_eq!(
        plain("It runs at 3.4 billion billion floating-point operations per second."),
        vec![f(
            "3.4 billion billion floating-point operations per second",
            Flops,
            3.4e18,
            "FLOP/s"
        )]
    );
    assert_eq!(
        plain("Elle atteint cinq milliards de milliards d'opérations par seconde."),
        vec![f(
            "cinq milliards de milliards d'opérations par seconde",
            Flops,
            5e18,
            "FLOP/s"
        )]
    );
}

#[test]
fn flops_written_out() {
    assert_eq!(
        plain("It reaches 10^19 operations per second."),
        vec![f("10^19 operations per second", Flops, 1e19, "FLOP/s")]
    );
    assert_eq!(
        plain("La machine tient 61,3 pétaflop/s en pointe."),
        vec![f("61,3 pétaflop/s", Flops, 61.3e15, "FLOP/s")]
    );
    assert_eq!(
        plain("The new system delivers 7 exaflop/s."),
        vec![f("7 exaflop/s", Flops, 7e18, "FLOP/s")]
    );
}

#[test]
fn power_written_out() {
    assert_eq!(
        plain("A 6-gigawatt campus is planned, and then a second gigawatt."),
        vec![
            f("6-gigawatt", Power, 6e9, "W"),
            f("a second gigawatt", Power, 1e9, "W")
        ]
    );
    assert_eq!(
        plain("Un second gigawatt suivra."),
        vec![f("Un second gigawatt", Power, 1e9, "W")]
    );
    // "a gigawatt-scale site" names a size class, not an amount.
    assert!(plain("They plan a gigawatt-scale site.").is_empty());
}

#[test]
fn chips_written_out() {
    assert_eq!(
        plain("The lab bought 120,000 of Intel's newest accelerators and 6,000 or more GPUs."),
        vec![
            f(
                "120,000 of Intel's newest accelerators",
                Chips,
                120e3,
                "chips"
            ),
            f("6,000 or more GPUs", Chips, 6e3, "chips")
        ]
    );
    assert_eq!(
        plain("Demand for its GPUs is strong: it will ship at least 4 million units."),
        vec![f("4 million units", Chips, 4e6, "chips")]
    );
    assert!(plain("The builder sold at least 4 million units of housing.").is_empty());
    assert_eq!(
        plain("The maker plans to ship 200,000 of its Ascend 910C AI chips this year."),
        vec![f(
            "200,000 of its Ascend 910C AI chips",
            Chips,
            200e3,
            "chips"
        )]
    );
    assert!(plain("The maker will hire 2,000 of its staff again.").is_empty());
    assert_eq!(
        plain("The maker shipped at least 2 million units of its H20 chip."),
        vec![f("2 million units", Chips, 2e6, "chips")]
    );
}

#[test]
fn a_change_is_two_figures_not_a_range() {
    let got = figs("The operator will raise the supply from 150 to 420 MW next year.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].2, got[0].4),
        ("150", 150e6, None)
    );
    assert_eq!((got[1].0.as_str(), got[1].2), ("420 MW", 420e6));
    let got = figs("Le groupe veut relever la puissance du site de 90 à 270 MW.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3.as_str()), ("90", "W"));
    let got = figs("The expansion, taking the campus from 60 MW to 210 MW, starts in May.");
    assert_eq!(got.len(), 2, "{got:?}");
    // Without a verb of change, a range.
    let got = figs("Le site fera de 90 à 270 MW selon les phases.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].4, Some((90e6, 270e6)));
    let got = figs("The site will draw from 90 to 270 MW.");
    assert_eq!(got[0].4, Some((90e6, 270e6)));
}

#[test]
fn coordinated_amounts_share_the_unit() {
    assert_eq!(
        plain("Les deux centres ont reçu 1 536, 2 048 et 6 144 puces."),
        vec![
            f("1 536", Chips, 1536.0, "chips"),
            f("2 048", Chips, 2048.0, "chips"),
            f("6 144 puces", Chips, 6144.0, "chips")
        ]
    );
}

#[test]
fn bare_amounts_borrow_the_nearest_currency_of_their_sentence() {
    assert_eq!(
        plain(
            "Le fonds a placé 30 milliards en 2021, 140 milliards en 2022, puis 380 milliards de wons."
        ),
        vec![
            f("30 milliards", Money, 30e9, "KRW"),
            f("140 milliards", Money, 140e9, "KRW"),
            f("380 milliards de wons", Money, 380e9, "KRW")
        ]
    );
    assert_eq!(
        plain(
            "Les 45 millions restants seront versés en 2027, sur une enveloppe de 120 millions de francs suisses."
        ),
        vec![
            f("45 millions", Money, 45e6, "CHF"),
            f("120 millions de francs suisses", Money, 120e6, "CHF")
        ]
    );
    // Another sentence of the paragraph lends its currency; another paragraph does not.
    assert_eq!(
        plain("Il a levé 20 millions d'euros. Puis 5 millions pour la recherche."),
        vec![
            f("20 millions d'euros", Money, 20e6, "EUR"),
            f("5 millions", Money, 5e6, "EUR")
        ]
    );
    assert_eq!(
        plain("Il a levé 20 millions d'euros.\n\nPuis 5 millions pour la recherche."),
        vec![f("20 millions d'euros", Money, 20e6, "EUR")]
    );
}

#[test]
fn huge_numerals_and_scientific_notation_give_no_figure_rather_than_a_wrong_one() {
    let huge = format!(
        "They promised {} dollars to the lab.",
        ["999"; 120].join(" ")
    );
    let all = figs(&huge);
    assert!(all.iter().all(|(_, _, v, _, _)| v.is_finite()), "{all:?}");
    assert!(all.is_empty(), "{all:?}");
    let huge = format!("Un fonds de {} milliards d'euros.", ["999"; 120].join(" "));
    assert!(figs(&huge).is_empty());
    for s in [
        "It costs $1e308 to train.",
        "It costs $2.5E9 to train.",
        "A 1e-3 dollars fee.",
    ] {
        assert!(
            plain(s)
                .iter()
                .all(|(_, _, v, _)| *v != 1.0 && *v != 2.5 && *v != 1e-3),
            "{s}: {:?}",
            plain(s)
        );
    }
    assert!(plain("It costs $1e308 to train.").is_empty());
    // Ordinary amounts are untouched.
    assert_eq!(
        plain("It costs $1 billion and 999 999 999 dollars."),
        vec![
            f("$1 billion", Money, 1e9, "USD"),
            f("999 999 999 dollars", Money, 999_999_999.0, "USD")
        ]
    );
}

#[test]
fn bare_amounts_borrow_a_currency_past_a_semicolon_and_when_announced() {
    assert_eq!(
        plain("X a levé 600 millions d'euros ; les 250 millions restants viendront en 2025."),
        vec![
            f("600 millions d'euros", Money, 600e6, "EUR"),
            f("250 millions", Money, 250e6, "EUR")
        ]
    );
    assert_eq!(
        plain("The UK pledged £2bn, on top of the 1.5 billion announced in 2024."),
        vec![
            f("£2bn", Money, 2e9, "GBP"),
            f("1.5 billion", Money, 1.5e9, "GBP")
        ]
    );
    // Past a sentence's end, only when no other amount stands between.
    assert_eq!(
        plain("X a levé 600 millions d'euros. Les 250 millions restants viendront en 2025."),
        vec![
            f("600 millions d'euros", Money, 600e6, "EUR"),
            f("250 millions", Money, 250e6, "EUR")
        ]
    );
    assert_eq!(
        plain(
            "X a levé 600 millions d'euros. Il annonçait 8 M d'utilisateurs ; ce chiffre a \
             triplé à 24 millions."
        ),
        vec![f("600 millions d'euros", Money, 600e6, "EUR")]
    );
}

#[test]
fn bare_counts_beside_a_count_of_chips_are_chips() {
    let got = plain(
        "The pool will grow to 54,000 GPUs by 2030, up from 9,400 today. Aranya won 9,800 GPUs, \
         followed by Bharat with 6,400 and Netrika with 3,600.",
    );
    let counts: Vec<(String, f64)> = got
        .iter()
        .filter(|f| f.1 == Chips)
        .map(|f| (f.0.clone(), f.2))
        .collect();
    assert_eq!(
        counts,
        [
            ("54,000 GPUs".to_string(), 54e3),
            ("9,400".to_string(), 9.4e3),
            ("9,800 GPUs".to_string(), 9.8e3),
            ("6,400".to_string(), 6.4e3),
            ("3,600".to_string(), 3.6e3),
        ]
    );
    // A year, a small number or a count of something else stays out.
    let got = plain("It ordered 4,000 GPUs in 2025, with 1,200 staff hired and 12 sites.");
    assert_eq!(got.iter().filter(|f| f.1 == Chips).count(), 1, "{got:?}");
}

#[test]
fn a_key_figure_in_bold_keeps_its_chip_noun() {
    assert_eq!(
        plain(
            "## Chiffres clés\n\n- **85 000** processeurs graphiques commandés\n- **620** exposants\n"
        ),
        vec![f(
            "85 000** processeurs graphiques",
            Chips,
            85_000.0,
            "chips"
        )]
    );
}

#[test]
fn chips_in_a_compound_in_a_list_of_key_numbers_and_as_part_of_a_count() {
    assert_eq!(
        plain("Brigantia, a 24,000-GPU machine.\n- **24,000**: GPUs in Brigantia\n"),
        vec![
            f("24,000-GPU", Chips, 24_000.0, "chips"),
            f("24,000**: GPUs", Chips, 24_000.0, "chips")
        ]
    );
    // A small number before a colon or a hyphen, or a compound adjective, counts no chips.
    assert!(plain("# The Stack — Week 36: GPU-backed debt goes mainstream").is_empty());
    assert!(plain("Week 36: GPUs are scarce.").is_empty());
    assert!(plain("- **24,000**: GPU-backed loans").is_empty());
    let got = plain("Il accueillera 14 000 GPU Nvidia, dont 4 500 dès la première tranche.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].2), ("4 500", 4_500.0));
}

#[test]
fn a_scale_glued_to_a_noun_by_a_hyphen_counts_that_noun_not_money() {
    assert_eq!(
        plain(
            "Kaveri Labs got Rs 246 crore to train a 120-billion-parameter model on a \
             15-trillion-token corpus, after raising Rs 900 crore."
        ),
        vec![
            f("Rs 246 crore", Money, 2.46e9, "INR"),
            f("Rs 900 crore", Money, 9e9, "INR")
        ]
    );
}
