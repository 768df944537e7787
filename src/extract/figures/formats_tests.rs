//! End-to-end tests of the figure formats added for news from outside the US and the euro
//! area, written-out units and amounts that borrow their unit from a neighbour. The sentences
//! are invented.

use super::tests::figures_of as figs;
use crate::extract::FigureKind;
use FigureKind::{Chips, Flops, Money, Power};

/// (text, kind, value, unit) of every figure, ranges ignored.
fn plain(s: &str) -> Vec<(String, FigureKind, f64, String)> {
    figs(s)
        .into_iter()
        .map(|(t, k, v, u, _)| (t, k, v, u))
        .collect()
}

fn f(t: &str, k: FigureKind, v: f64, u: &str) -> (String, FigureKind, f64, String) {
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
fn dirhams_are_moroccan_in_a_text_about_morocco() {
    assert_eq!(
        plain("Au Maroc, le projet de Dakhla coûtera 4,5 milliards de dirhams."),
        vec![f("4,5 milliards de dirhams", Money, 4.5e9, "MAD")]
    );
    assert_eq!(
        plain("À Abou Dhabi, le campus coûtera 4,5 milliards de dirhams."),
        vec![f("4,5 milliards de dirhams", Money, 4.5e9, "AED")]
    );
}

#[test]
fn quebec_writes_billions_of_canadian_dollars_g_dollars() {
    assert_eq!(
        plain(
            "Ottawa et Québec misent 1 G$ sur l'usine. Ottawa versera 705 millions de dollars \
             et Québec 45 M$, soit 30 millions de dollars US de plus."
        ),
        vec![
            f("1 G$", Money, 1e9, "CAD"),
            f("705 millions de dollars", Money, 705e6, "CAD"),
            f("45 M$", Money, 45e6, "CAD"),
            f("30 millions de dollars US", Money, 30e6, "USD")
        ]
    );
    // Nor does a text that names Québec or Canada three times.
    assert_eq!(
        plain(
            "L'entreprise montréalaise a obtenu d'Hydro-Québec un bloc. Québec et Ottawa \
             prêteront 75 millions de dollars, et 20 millions de dollars américains viendront \
             d'ailleurs."
        ),
        vec![
            f("75 millions de dollars", Money, 75e6, "CAD"),
            f("20 millions de dollars américains", Money, 20e6, "USD")
        ]
    );
    // Only near a Canadian name: another section's dollars stay American, and so does an
    // amount lent its unit by American dollars in its sentence.
    let got = plain(
        "Ottawa finance un centre au Québec. Québec et Ottawa y mettent 30 millions de \
         dollars.\n\nCohere lèverait 1 milliard de dollars américains sur une valorisation de \
         12 milliards.\n\n━━━ ÉTATS-UNIS ━━━\n\nLa lettre du jour.\n\nOracle a signé pour 30 \
         Mds$ de puces.",
    );
    let units: Vec<&str> = got.iter().map(|g| g.3.as_str()).collect();
    assert_eq!(units, ["CAD", "USD", "USD", "USD"], "{got:?}");
    // Without the notation, a dollar stays American; "5G" is no scale.
    assert_eq!(
        plain("Le Canada versera 705 millions de dollars au réseau 5G$ d'ici 2027."),
        vec![f("705 millions de dollars", Money, 705e6, "USD")]
    );
}

#[test]
fn the_ringgit_glued_to_an_amount_with_a_scale() {
    assert_eq!(
        plain("Pledges in Johor total RM160 billion ($36 billion) since 2021."),
        vec![
            f("RM160 billion", Money, 160e9, "MYR"),
            f("$36 billion", Money, 36e9, "USD")
        ]
    );
    assert!(plain("The RM2 road is closed.").is_empty());
}

#[test]
fn currencies_glued_in_the_financial_press_style() {
    assert_eq!(
        plain("The project is worth Rs2.1tn, after SR7.5bn from Riyadh and Dh55bn from Abu Dhabi."),
        vec![
            f("Rs2.1tn", Money, 2.1e12, "INR"),
            f("SR7.5bn", Money, 7.5e9, "SAR"),
            f("Dh55bn", Money, 55e9, "AED")
        ]
    );
    assert!(plain("The Rs2 model and the SR71 jet.").is_empty());
    // Through the whole engine: no name is read in them, so they stay figures.
    let x = crate::extract::extract(
        "In rupee terms the project is worth about Rs2.1tn, the ministry said.",
        &crate::extract::Lexicon::builtin(),
    );
    assert_eq!(x.figures.len(), 1, "{:?}", x.entities);
    assert!(x.entities.iter().all(|e| !e.text.starts_with("Rs")));
}

#[test]
fn swiss_and_belgian_forms() {
    assert_eq!(
        plain("Le cluster compte 10'752 puces et a coûté 250 millions de francs."),
        vec![
            f("10'752 puces", Chips, 10752.0, "chips"),
            f("250 millions de francs", Money, 250e6, "CHF")
        ]
    );
    assert_eq!(
        plain("La Confédération versera septante millions de francs suisses."),
        vec![f("septante millions de francs suisses", Money, 70e6, "CHF")]
    );
    assert_eq!(
        plain("Le Sénégal investit 300 milliards de francs CFA."),
        vec![f("300 milliards de francs CFA", Money, 300e9, "XOF")]
    );
    assert_eq!(
        plain("Un campus de 98 milliards de FCFA."),
        vec![f("98 milliards de FCFA", Money, 98e9, "XOF")]
    );
    // A scale word hyphened to the number, a naira sign, a spaced rupiah, crowns in English.
    assert_eq!(
        plain("Ottawa set up a $2-billion fund; the ₹4,200-crore scheme passed."),
        vec![
            f("$2-billion", Money, 2e9, "USD"),
            f("₹4,200-crore", Money, 4.2e10, "INR")
        ]
    );
    assert_eq!(
        plain(
            "Lagos put in ₦150 billion, Jakarta Rp 33.5 trillion and Oslo 9 billion Norwegian crowns."
        ),
        vec![
            f("₦150 billion", Money, 150e9, "NGN"),
            f("Rp 33.5 trillion", Money, 33.5e12, "IDR"),
            f("9 billion Norwegian crowns", Money, 9e9, "NOK")
        ]
    );
    // An ISO code before the amount names its currency.
    assert_eq!(
        plain("The $1.2 billion equals about OMR 462 million."),
        vec![
            f("$1.2 billion", Money, 1.2e9, "USD"),
            f("OMR 462 million", Money, 462e6, "OMR")
        ]
    );
    // In a text about Central Africa, the franc is the Central African one.
    assert_eq!(
        plain("À Douala, au Cameroun, un campus de 85 milliards FCFA."),
        vec![f("85 milliards FCFA", Money, 85e9, "XAF")]
    );
    // Three digits after the apostrophe only: "l'an 2'0" is no number.
    assert!(
        plain("Il a l'idée 2'50 puces.")
            .iter()
            .all(|x| x.2 != 250.0)
    );
}

#[test]
fn currencies_of_asia_africa_and_the_nordics_written_out() {
    assert_eq!(
        plain(
            "The fund put in 28.9 billion ringgit, Jakarta 4 trillion rupiah and Lagos 1.5 \
             billion naira; Stockholm added 2 billion kronor."
        ),
        vec![
            f("28.9 billion ringgit", Money, 28.9e9, "MYR"),
            f("4 trillion rupiah", Money, 4e12, "IDR"),
            f("1.5 billion naira", Money, 1.5e9, "NGN"),
            f("2 billion kronor", Money, 2e9, "SEK"),
        ]
    );
    // A word that is also a name or a noun counts only after a scale: "the Rand", "50 dong".
    assert!(plain("He paid 50 rand for it.").is_empty());
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
