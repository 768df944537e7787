//! Tests of `bare`: a bare amount's currency.

use crate::extract::figures::combine::tests::figs;

#[test]
fn bare_parts_borrow_the_currency() {
    let got = figs(
        "La France investira 20 milliards d'euros, dont 15 milliards pour les centres de données.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[1].0.as_str(), got[1].1, got[1].4.as_str()),
        ("15 milliards", 15e9, "EUR")
    );
    let got = figs("The fund holds $10bn, of which 4 billion will go to chips.");
    assert_eq!((got[1].0.as_str(), got[1].4.as_str()), ("4 billion", "USD"));
    let got = figs("DeepSeek a 20 millions d'euros, dont 15 millions d'utilisateurs.");
    assert_eq!(got.len(), 1);
    let got = figs("Il y a 15 milliards pour la recherche.");
    assert!(got.is_empty());
    // A name after "de" is where the part comes from.
    let got = figs("Londres attirera 14 milliards de livres, dont 10 milliards de Blackstone.");
    assert_eq!(
        (got[1].0.as_str(), got[1].4.as_str()),
        ("10 milliards", "GBP")
    );
    let got = figs("Le fonds a 5 milliards d'euros, dont 2 milliards d'Amazon.");
    assert_eq!(
        (got[1].0.as_str(), got[1].4.as_str()),
        ("2 milliards", "EUR")
    );
    // People are counted, not paid.
    let got = figs("Le plan coûte 5 milliards d'euros, dont 15 millions de Français profiteront.");
    assert_eq!(got.len(), 1);
}

#[test]
fn a_compared_bare_amount_before_its_date_borrows_the_currency() {
    let got = figs(
        "Les entreprises ont investi 12 milliards d'euros en 2024, contre 8 milliards un an plus tôt.",
    );
    assert_eq!(
        (got[1].0.as_str(), got[1].1, got[1].4.as_str()),
        ("8 milliards", 8e9, "EUR")
    );
}

#[test]
fn a_bare_amount_borrows_the_currency_of_its_paragraph() {
    let units =
        |s: &str| -> Vec<(String, String)> { figs(s).into_iter().map(|f| (f.0, f.4)).collect() };
    // Past its sentence, within its paragraph.
    let got = units(
        "Le chiffre d'affaires progresse à 12,4 milliards d'euros. Le résultat net ressort à \
         2,9 milliards, contre 2,4 milliards un an plus tôt.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|(_, u)| u == "EUR"), "{got:?}");
    // Not past a blank line.
    let got = units("Le groupe a levé 12 milliards d'euros.\n\nLe site compte 2,9 milliards.");
    assert_eq!(got.len(), 1, "{got:?}");
    // After a French scale, a verb counts nothing; "de" + a noun counts something.
    let got = units(
        "L'État a engagé 3,1 milliards d'euros, mais seuls 1,9 milliard avaient été décaissés \
         et 2 millions d'habitants en profitent.",
    );
    assert_eq!(
        got,
        [
            ("3,1 milliards d'euros".to_string(), "EUR".to_string()),
            ("1,9 milliard".to_string(), "EUR".to_string())
        ]
    );
    // A time after the amount: "d'ici".
    let got =
        units("Nous avons 14 millions d'euros de revenus et visons 40 millions d'ici à 2027.");
    assert_eq!(got.len(), 2, "{got:?}");
    // The amount, not its conversion in brackets.
    let got = units(
        "Mistral AI a levé 600 millions d'euros (environ 640 millions de dollars), dont 468 \
         millions en capital et 132 millions sous forme de dette.",
    );
    assert_eq!(got[2], ("468 millions".to_string(), "EUR".to_string()));
    assert_eq!(got[3], ("132 millions".to_string(), "EUR".to_string()));
    // … also past its sentence.
    let got = units(
        "Ondine a levé 220 millions d'euros (environ 240 millions de dollars), menée par \
         Lightspeed. Le tour comprend 180 millions en capital et 40 millions de dette.",
    );
    assert_eq!(got[2], ("180 millions".to_string(), "EUR".to_string()));
    assert_eq!(got[3], ("40 millions".to_string(), "EUR".to_string()));
    // Where the money comes from after "de" and an article, or the kind of money it is.
    let got = units(
        "Le projet bénéficiera de 395 millions d'euros d'aides, dont 290 millions de l'Etat, \
         45 millions de la Région et 1,3 milliard d'aides de Rome.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|(_, u)| u == "EUR"), "{got:?}");
}

#[test]
fn a_bare_amount_far_from_money_counts_in_the_texts_currency() {
    let text = "Helvara a levé 1,2 milliard d'euros.\n\nL'électricité coûte 2,8 milliards \
                d'euros.\n\nYANIS : On a lu que la société valait 6 milliards. C'est sérieux ?";
    let got = figs(text);
    assert_eq!(
        (got[2].0.as_str(), got[2].1, got[2].4.as_str()),
        ("6 milliards", 6e9, "EUR"),
        "{got:?}"
    );
    // No currency of two thirds of the text's money: nothing to lend.
    let mixed = "Helvara a levé 1,2 milliard d'euros, puis 2 milliards d'euros.\n\nNvidia a \
                 vendu pour 61 milliards de dollars, puis 70 milliards de dollars.\n\nOn a lu \
                 que la société valait 6 milliards.";
    assert_eq!(figs(mixed).len(), 4);
    // A count beside it, an adjective, or English "million" count something else.
    for other in [
        "Ils ont 3 000 GPU, contre près de 4 millions aux États-Unis.",
        "It is the hundred-billion-dollar budget.",
        "Nvidia is expected to ship many of them and AMD around 1 million.",
    ] {
        let text = format!("A levé 1,2 milliard d'euros.\n\nPuis 2 milliards d'euros.\n\n{other}");
        assert_eq!(
            figs(&text).len(),
            2 + usize::from(other.contains("GPU")),
            "{other}"
        );
    }
}

#[test]
fn a_bare_amount_after_a_power_takes_the_texts_currency() {
    let got = figs(
        "Hydro-Québec réserve 300 mégawatts à un campus de 3,2 milliards à Lévis\n\n\
         Le projet coûtera 3,2 milliards de dollars. La Caisse apporte 850 millions de dollars.",
    );
    let headline = got.iter().find(|f| f.0 == "3,2 milliards");
    assert_eq!(headline.map(|f| f.4.as_str()), Some("USD"), "{got:?}");
    // After a count of chips, a bare amount counts chips.
    let got = figs(
        "Le groupe a livré 2 millions de puces, contre 4 millions un an plus tôt\n\n\
         Il a dépensé 3,2 milliards de dollars. Il doit encore 850 millions de dollars.",
    );
    assert!(!got.iter().any(|f| f.0 == "4 millions"), "{got:?}");
}
