//! Tests of [`super`] (stages.rs): stages and levels brought to a larger amount.

use super::{brought_to, part_of_next};
use crate::extract::figures::totals::tests::flags;
#[test]
fn the_next_sentence_brings_a_level_to_a_larger_amount_by_naming_it() {
    assert!(brought_to("nous devrons porter ce parc à"));
    assert!(brought_to("cette enveloppe de prêts sera portée à"));
    assert!(brought_to("we will take our fleet to about"));
    assert!(!brought_to("google will take its fleet to"));
    assert!(!brought_to(
        "le groupe a refinancé son crédit syndiqué, porté à"
    ));
    assert!(!brought_to("the deal takes effect in 2027 and runs to"));
}

#[test]
fn a_stage_or_a_level_brought_to_a_larger_amount_is_its_part() {
    for (between, money) in [
        ("of a planned", false),
        ("sur les", false),
        (", taking its fleet past", false),
        (", ce qui porte l'enveloppe totale à", true),
        ("today and will reach", false),
        (
            "au parc de calcul mutualisé de la mission, qui atteint désormais",
            false,
        ),
        ("as part of a", true),
    ] {
        assert!(part_of_next(between, money), "{between}");
    }
    for (between, money) in [
        ("and", false),
        ("to microsoft, which will spend", true),
        ("this year; amazon has committed to", true),
        ("and will reach", true),
        (", on top of the", true),
        (", alors que la pointe de consommation a atteint", false),
        ("de capacité, et les besoins pourraient atteindre", false),
        (
            "en 2028.\n\nreste à convaincre les investisseurs : sur les",
            true,
        ),
    ] {
        assert!(!part_of_next(between, money), "{between}");
    }
}

#[test]
fn in_a_text_the_stage_and_the_level_stay_out_of_totals() {
    for text in [
        "The first 150 MW of a planned 300 MW campus will open in 2027.",
        "New Delhi added 14,000 GPUs to the pool, taking its fleet past 34,000 GPUs.",
        "La capacité passera de 1,1 GW aujourd'hui à 3,5 GW en 2030.",
        "Le groupe exploite 4 000 GPU dans l'Essonne. Nous devrons porter ce parc à 20 000 GPU.",
    ] {
        let got = flags(text);
        assert_eq!(got.last().map(|g| g.1), Some(true), "{text}: {got:?}");
        assert!(!got[got.len() - 2].1, "{text}: {got:?}");
    }
}
