//! Tests of [`super`] (running.rs): stated totals and the amounts that make them up.

use crate::extract::figures::totals::tests::flags;

const TAIL_PIECES: &[&str] = &[
    "total",
    "TOTAL",
    "to",
    "To",
    "à",
    "À",
    "of",
    "de",
    "in",
    "au",
    "cumulé",
    " ",
    "\t",
    "\u{0B}",
    "\u{3000}",
    "\u{85}",
    "x",
    "é",
    "É",
    "İ",
    "\u{212A}",
    "1",
    "$",
    ",",
    "commitment",
    "a",
];

proptest::proptest! {
    /// The cheap test rules out only texts that the lower-cased look rules out.
    #[test]
    fn total_prefilter_never_hides_a_total(picks in proptest::collection::vec(0usize..TAIL_PIECES.len(), 0..12)) {
        let s: String = picks.iter().map(|&k| TAIL_PIECES[k]).collect();
        let at = s.len();
        let total = crate::text::with_lower_tail(&s, at, 40, |before| {
            super::TOTAL_BEFORE.iter().any(|t| before.ends_with(t))
        });
        proptest::prop_assert!(!total || super::may_end_total_before(&s, at), "{:?}", s);
    }
}

#[test]
fn a_running_total_named_in_a_few_words_holds_the_amounts_before_it() {
    assert_eq!(
        flags(
            "Crusoe raised a further $11.6bn last month, bringing the total funding for the \
             campus to $15bn."
        ),
        vec![("$11.6bn".into(), false), ("$15bn".into(), true)]
    );
    assert_eq!(
        flags(
            "L'État ajoute 2 milliards d'euros, portant le montant total des aides à 5 milliards d'euros."
        ),
        vec![
            ("2 milliards d'euros".into(), false),
            ("5 milliards d'euros".into(), true)
        ]
    );
    // A total no verb brings there is another fact.
    assert_eq!(
        flags("Crusoe raised $11.6bn; the total cost of the campus came to $15bn."),
        vec![("$11.6bn".into(), true), ("$15bn".into(), true)]
    );
    // Amounts of the sentences before that complete the sum are parts too; others are not.
    assert_eq!(
        flags(
            "In 2024, Google announced a US$1 billion investment. Today we are adding US$1.6 \
             billion, bringing our total commitment in the country to US$2.6 billion."
        ),
        vec![
            ("US$1 billion".into(), false),
            ("US$1.6 billion".into(), false),
            ("US$2.6 billion".into(), true)
        ]
    );
    assert_eq!(
        flags(
            "In 2024, Google spent US$3 billion elsewhere. Today we are adding US$1.6 billion, \
             bringing our total commitment in the country to US$2.6 billion."
        ),
        vec![
            ("US$3 billion".into(), true),
            ("US$1.6 billion".into(), false),
            ("US$2.6 billion".into(), true)
        ]
    );
    // The count or capacity a verb brings to a new amount is a running total too.
    assert_eq!(
        flags("The mission adds 14,000 GPUs, bringing the number available to 52,000 GPUs."),
        vec![("14,000 GPUs".into(), false), ("52,000 GPUs".into(), true)]
    );
}

#[test]
fn a_sentence_opening_on_a_total_sums_the_amounts_before_it() {
    assert_eq!(
        flags(
            "Ottawa versera 705 millions d'euros à Telus.\n\nQuébec prêtera 250 millions \
             d'euros, et le ministère ajoutera 45 millions d'euros. Au total, les deux \
             gouvernements apportent donc 1 milliard d'euros."
        ),
        vec![
            ("705 millions d'euros".into(), false),
            ("250 millions d'euros".into(), false),
            ("45 millions d'euros".into(), false),
            ("1 milliard d'euros".into(), true)
        ]
    );
    // Amounts that do not make it up stay facts of their own, and the recap is out (it
    // includes them).
    assert_eq!(
        flags("Ottawa versera 705 millions d'euros. Au total, le plan pèse 1 milliard d'euros."),
        vec![
            ("705 millions d'euros".into(), true),
            ("1 milliard d'euros".into(), false)
        ]
    );
}

#[test]
fn an_amount_stated_as_the_total_after_it_counts_and_its_parts_do_not() {
    let got = flags(
        "L'agglomération apporte 4,5 M€ pour les terrains, la Région 15 M€ et le Département \
         2 M€ pour les routes, soit 21,5 M€ au total.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![false, false, false, true], "{got:?}");
    // Amounts that do not add up to it are no parts.
    let got = flags("X apporte 4 M€ et Y 15 M€, soit 30 M€ au total avec les autres.");
    assert!(got[..2].iter().all(|g| g.1), "{got:?}");
}

#[test]
fn a_total_is_made_up_past_an_amount_that_details_one_of_its_parts() {
    let got = flags(
        "Le campus atteindra 550 mégawatts, dont une première tranche de 180 MW en 2028. Le \
         deuxième site, pour 400 MW. Le troisième ne dépassera pas 70 MW. Au total, les trois \
         sites représenteront 1,02 gigawatt.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![false, false, false, false, true], "{got:?}");
}
