//! End-to-end tests of the figure stage on news-like French and English sentences.

use super::find;
use crate::extract::{FigureKind, NormText};
use proptest::prelude::*;

/// (span text, kind, value, unit, range) of a figure.
pub(super) type Fig = (String, FigureKind, f64, String, Option<(f64, f64)>);

/// Every figure of `s`, its span read in the original text as the contract reports it.
pub(super) fn figures_of(s: &str) -> Vec<Fig> {
    let n = NormText::new(s);
    find(&n)
        .into_iter()
        .map(|f| {
            let (a, b) = (n.char_offset(f.span.start), n.char_offset(f.span.end));
            let text: String = s.chars().skip(a).take(b - a).collect();
            let range = f.value_min.zip(f.value_max);
            (text, f.kind, f.value, f.unit, range)
        })
        .collect()
}

/// (span text, kind, value, unit) of every figure.
fn figs(s: &str) -> Vec<(String, FigureKind, f64, String)> {
    figures_of(s)
        .into_iter()
        .map(|(t, k, v, u, _)| (t, k, v, u))
        .collect()
}

fn one(s: &str) -> (String, FigureKind, f64, String) {
    let mut v = figs(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    v.remove(0)
}

fn check(s: &str, text: &str, kind: FigureKind, value: f64, unit: &str) {
    let (t, k, v, u) = one(s);
    assert_eq!((t.as_str(), k, u.as_str()), (text, kind, unit), "{s}");
    assert!(
        (v - value).abs() <= value.abs() * 1e-9,
        "{s}: {v} != {value}"
    );
}

use FigureKind::{Chips, Flops, Money, Power};

#[test]
fn french_money() {
    check(
        "Le partenariat de 600 milliards de dollars de Trump.",
        "600 milliards de dollars",
        Money,
        600e9,
        "USD",
    );
    check(
        "Valorisée à 11,7 milliards d'euros, Mistral grandit.",
        "11,7 milliards d'euros",
        Money,
        11.7e9,
        "EUR",
    );
    check(
        "ASML a investi 1,3 milliard d\u{2019}euros dans Mistral.",
        "1,3 milliard d\u{2019}euros",
        Money,
        1.3e9,
        "EUR",
    );
    check(
        "Un budget de 500\u{a0}millions d'euros pour la recherche.",
        "500\u{a0}millions d'euros",
        Money,
        500e6,
        "EUR",
    );
    check(
        "La levée atteint 1,5 Md€ selon Les Echos.",
        "1,5 Md€",
        Money,
        1.5e9,
        "EUR",
    );
    check(
        "Le contrat vaut 300 M€ au total.",
        "300 M€",
        Money,
        300e6,
        "EUR",
    );
    check(
        "Il a coûté 2 000 000 € à la ville.",
        "2 000 000 €",
        Money,
        2e6,
        "EUR",
    );
    check(
        "Un fonds de 10 milliards $US pour l'IA.",
        "10 milliards $US",
        Money,
        10e9,
        "USD",
    );
    check(
        "La Chine dépense 380 milliards de yuans.",
        "380 milliards de yuans",
        Money,
        380e9,
        "CNY",
    );
    check(
        "Londres promet 2 milliards de livres sterling.",
        "2 milliards de livres sterling",
        Money,
        2e9,
        "GBP",
    );
    check(
        "Le projet pèse plus d'un milliard d'euros au total.",
        "un milliard d'euros",
        Money,
        1e9,
        "EUR",
    );
    check(
        "Ils ont reçu cinq millions de yens de l'industrie.",
        "cinq millions de yens",
        Money,
        5e6,
        "JPY",
    );
    check(
        "Le rachat s'élève à 94.000 $ pour la société.",
        "94.000 $",
        Money,
        94e3,
        "USD",
    );
    check(
        "La dette atteint un billion d'euros dans la zone.",
        "un billion d'euros",
        Money,
        1e12,
        "EUR",
    );
    check("Il a payé 8 k€ pour la licence.", "8 k€", Money, 8e3, "EUR");
}

#[test]
fn english_money() {
    check(
        "OpenAI could be valued at $500 billion by the investors.",
        "$500 billion",
        Money,
        500e9,
        "USD",
    );
    check(
        "The firm raised US$ 150 million from the bank.",
        "US$ 150 million",
        Money,
        150e6,
        "USD",
    );
    check(
        "The group paid £8.10 million for the site.",
        "£8.10 million",
        Money,
        8.1e6,
        "GBP",
    );
    check(
        "The deal is worth USD 5bn to the company.",
        "USD 5bn",
        Money,
        5e9,
        "USD",
    );
    check(
        "It is worth 5 bn USD to the company.",
        "5 bn USD",
        Money,
        5e9,
        "USD",
    );
    check(
        "They signed a $10B contract with the group.",
        "$10B",
        Money,
        10e9,
        "USD",
    );
    check(
        "SoftBank put in $1.2tn over the decade.",
        "$1.2tn",
        Money,
        1.2e12,
        "USD",
    );
    check(
        "It is about a billion dollars for the state.",
        "a billion dollars",
        Money,
        1e9,
        "USD",
    );
    check(
        "It cost €2 million and was paid by the fund.",
        "€2 million",
        Money,
        2e6,
        "EUR",
    );
    check(
        "The fund holds 125 million Australian dollars of bonds.",
        "125 million Australian dollars",
        Money,
        125e6,
        "AUD",
    );
    check(
        "He was fined 10,000 Swiss francs by the body.",
        "10,000 Swiss francs",
        Money,
        10e3,
        "CHF",
    );
    check(
        "Exports fell to HK$10.05 billion in the year.",
        "HK$10.05 billion",
        Money,
        10.05e9,
        "HKD",
    );
    check(
        "Nvidia is worth $4.5 trillion on the market.",
        "$4.5 trillion",
        Money,
        4.5e12,
        "USD",
    );
    check(
        "The fund committed 3 billion euros to the plan.",
        "3 billion euros",
        Money,
        3e9,
        "EUR",
    );
    check(
        "Saudi Arabia pledged SAR 40bn to the sector.",
        "SAR 40bn",
        Money,
        40e9,
        "SAR",
    );
}

#[test]
fn compute_figures() {
    check(
        "Jupiter contient environ 24 000 puces du géant Nvidia.",
        "24 000 puces",
        Chips,
        24e3,
        "chips",
    );
    check(
        "avec 100 000 cartes Nvidia H100 déjà intégrées",
        "100 000 cartes",
        Chips,
        1e5,
        "chips",
    );
    check(
        "assez pour plus de 2 millions de puces d'IA.",
        "2 millions de puces",
        Chips,
        2e6,
        "chips",
    );
    check(
        "The cluster uses 10,000 GPUs for training.",
        "10,000 GPUs",
        Chips,
        1e4,
        "chips",
    );
    check(
        "xAI bought 100,000 H100s last year.",
        "100,000 H100s",
        Chips,
        1e5,
        "chips",
    );
    check(
        "It holds 16,000 Nvidia H100 chips in Iowa.",
        "16,000 Nvidia H100 chips",
        Chips,
        16e3,
        "chips",
    );
    check(
        "Le site compte 50 000 processeurs graphiques.",
        "50 000 processeurs graphiques",
        Chips,
        5e4,
        "chips",
    );
    check(
        "L'accord ajoutera 4,5 gigawatts de capacité.",
        "4,5 gigawatts",
        Power,
        4.5e9,
        "W",
    );
    check(
        "pour construire 10 GW de supercalculateurs",
        "10 GW",
        Power,
        10e9,
        "W",
    );
    check(
        "The campus will draw one gigawatt from the grid.",
        "one gigawatt",
        Power,
        1e9,
        "W",
    );
    check(
        "Un centre de 300 MW à Marseille.",
        "300 MW",
        Power,
        300e6,
        "W",
    );
    check(
        "capable d'au moins un quintillion de calculs par seconde",
        "un quintillion de calculs par seconde",
        Flops,
        1e18,
        "FLOP/s",
    );
    check(
        "El Capitan reaches 1.7 exaflops on the benchmark.",
        "1.7 exaflops",
        Flops,
        1.7e18,
        "FLOP/s",
    );
    check(
        "a machine of 500 PFLOPS for science",
        "500 PFLOPS",
        Flops,
        5e17,
        "FLOP/s",
    );
}

#[test]
fn negatives_produce_nothing() {
    for s in [
        "En 2024, 81 % des Français utilisent l'IA depuis les années 90.",
        "Le 9 juillet 2025, les 23\u{2013}24 juillet et le 2 août.",
        "La réunion a duré 3 min, puis 4,5 heures ; il a 30 ans.",
        "Elle emploie 1 000 employés et promet 100 000 emplois.",
        "DeepSeek a 2,5 millions de téléchargements et 500 variantes.",
        "Gemma 3B, GPT-4, R-1, Claude 4 et Qwen-3 sont des modèles.",
        "ts2.tech/en/ais-48-hour-frenzy-breakthroughs-billion-dollar-bets",
        "See reuters.com/technology/2025/11/28/story and note [1].",
        "Call +33 1 23 45 67 89 or 555-1234.",
        "A billion-dollar bet on the 3D printing of chips.",
        "Il a résolu 5 des 6 problèmes et 90 actions fédérales.",
        "The plant produces 10 TWh a year and 5 GWh of storage.",
        "It used 100,000 GPU hours in 2024.",
        "Il a 40 modèles, une puce et des dizaines de milliers de micro-séismes.",
        "Au XXe siècle, dans les années 1980, le 1er et le 2e.",
    ] {
        assert!(figs(s).is_empty(), "{s}: {:?}", figs(s));
    }
}

#[test]
fn spans_are_sorted_and_disjoint() {
    let s = "Il investit 5 milliards d'euros, puis 10 GW, 24 000 puces et $3bn; 1 exaflops.";
    let n = NormText::new(s);
    let f = find(&n);
    assert_eq!(f.len(), 5);
    assert!(f.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC{0,200}") {
        let n = NormText::new(&s);
        for f in find(&n) {
            prop_assert!(f.span.start < f.span.end && f.span.end <= n.as_str().len());
            prop_assert!(n.as_str().is_char_boundary(f.span.start));
            prop_assert!(n.as_str().is_char_boundary(f.span.end));
            prop_assert!(f.value.is_finite());
        }
    }

    #[test]
    fn never_panics_on_figure_like_noise(s in "[0-9 ,.$€£kMbnBmilardsGWdeto'à-]{0,80}") {
        let n = NormText::new(&s);
        let f = find(&n);
        prop_assert!(f.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
