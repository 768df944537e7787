//! Entity tests on a page's labels that are no names (a breadcrumb of sections, a title's last
//! word, an analyst's credential, the label after an amount opening a line) and on a
//! ministry's list of portfolios and a French body's country after its lower-case words.

use super::noise_tests::names;

#[test]
fn a_page_s_sections_in_a_breadcrumb_are_no_names() {
    for text in [
        "Économie | Industrie\n\nVeltra investira 2 milliards d'euros à Lyon.",
        "Accueil › Financement › Levées de fonds\n\nVeltra a levé 40 millions d'euros.",
        "BUSINESS > Tech\n\nVeltra will spend $2 billion in Ohio.",
    ] {
        let got = names(text);
        assert!(
            got.iter().all(|n| [
                "Économie",
                "Industrie",
                "Financement",
                "Levées",
                "BUSINESS",
                "Tech"
            ]
            .iter()
            .all(|l| !n.starts_with(l))),
            "{got:?}"
        );
        assert!(got.contains(&"Veltra".to_string()), "{got:?}");
    }
    // The outlet named again in the story is one of its actors; a byline's bullet and a
    // table's row are no breadcrumb.
    let got = names("Quantis Capital > Communiqués\n\nQuantis Capital a levé 40 millions d'euros.");
    assert!(
        got.iter().filter(|n| *n == "Quantis Capital").count() == 2,
        "{got:?}"
    );
    let row = "| Nvidia | Tech | Revenue |\n";
    assert!(!super::labels::breadcrumb(row, &(2..8)));
    // A line of investors or a headline's pair holds no site's section.
    let got =
        names("Investors\nKyutai Labs · Pasqal · Pigment\n\nThe company raised $200 million.");
    assert!(got.contains(&"Kyutai Labs".to_string()), "{got:?}");
    let got = names("Orbitex / Quantil\n\nThe two firms agreed a deal worth $2 billion.");
    assert!(got.contains(&"Quantil".to_string()), "{got:?}");
}

#[test]
fn a_ministry_keeps_every_portfolio_of_its_name() {
    for name in [
        "Department of Climate, Energy and the Environment",
        "Ministry of Information, Communications and the Digital Economy",
        "Federal Ministry for Economic Affairs and Energy",
        "Department of Communications and Digital Technologies",
    ] {
        let got = names(&format!("The {name} will spend $3 billion on computing."));
        assert_eq!(got, vec![name.to_string()]);
    }
    // A name after "and" that is no portfolio is an actor of its own; so are the names listed
    // after a department's short name, and the name a list's "and" ends a line on.
    let got = names("The Ministry of Finance and Veltra Systems signed a $2 billion deal.");
    assert_eq!(got, vec!["Ministry of Finance", "Veltra Systems"]);
    let got = names("The Justice Department, Orbitex and Quantil declined to comment.");
    assert!(got.contains(&"Quantil".to_string()), "{got:?}");
    assert!(
        !got.iter().any(|n| n.starts_with("Justice Department,")),
        "{got:?}"
    );
    let got = names(
        "It was approved by the Ministry of Trade, Industry and\n\nVeltra said it would pay.",
    );
    assert!(got.iter().all(|n| !n.contains('\n')), "{got:?}");
    // A list cut off at its "and" ends the text without a fault.
    let _ = names("The deal was approved by the Ministry of Trade, Industry and");
    let _ = names("Le Ministère de l’Économie, Finances et");
}

#[test]
fn the_label_after_an_amount_opening_a_line_is_no_name() {
    let got = names(
        "Boréal Calcul construira un centre de données.\n\nEN CHIFFRES\n\n1,8 G$ Coût total \
         du projet\n150 MW Bloc d'électricité réservé\n32 000 Nombre de puces prévues\n",
    );
    for label in ["Coût", "Bloc", "Nombre"] {
        assert!(!got.iter().any(|n| n.starts_with(label)), "{got:?}");
    }
    // A paragraph's number keeps the name after it whole; a standard's or a size's number
    // ("5G", "3D") is no amount.
    let got = names("2.2 ESB Networks will invest €85 million in the substation.");
    assert_eq!(got, vec!["ESB Networks"]);
    let got = names("The rollout plan:\n5G Orbitex Towers will cost $40 million.");
    assert!(got.contains(&"Orbitex Towers".to_string()), "{got:?}");
}

#[test]
fn a_title_s_last_word_and_an_analyst_s_credential_are_no_names() {
    let got =
        names("\"We are expanding,\" said Marta Lindqvist, Chief Executive Officer of Arcturus.");
    assert!(!got.iter().any(|n| n == "Officer"), "{got:?}");
    let got = names("Rachel Okonjo, CFA · Lead analyst\n\nVeltra will spend $2 billion.");
    assert!(!got.iter().any(|n| n == "CFA"), "{got:?}");
    assert!(got.contains(&"Rachel Okonjo".to_string()), "{got:?}");
}

#[test]
fn a_speaker_s_role_after_her_name_is_no_name() {
    let got = names(
        "EMILY CASTELLANOS, BYLINE: On a red clay hillside, crews are grading.\n\nTAMIKA \
         HOLLINS: Households could end up carrying $4 billion of this.",
    );
    assert!(!got.iter().any(|n| n == "BYLINE"), "{got:?}");
}

#[test]
fn a_french_body_keeps_its_country_or_county_after_its_lower_case_words() {
    for name in [
        "Banque de développement du Japon",
        "Conseil départemental de la Meuse",
        "Direction générale du Trésor",
    ] {
        let got = names(&format!(
            "La {name} versera 150 millions d'euros au projet."
        ));
        assert_eq!(got, vec![name.to_string()]);
    }
    // A body's own service names the body apart.
    let got = names("Le Service de presse de la Région Occitanie a publié le chiffre.");
    assert!(
        !got.iter().any(|n| n.starts_with("Service de presse de")),
        "{got:?}"
    );
}

#[test]
fn a_minister_s_portfolio_in_her_title_is_no_name() {
    let got = names(
        "La ministre québécoise de l'Innovation, Nathalie Bergeron, a salué le projet de Veltra \
         Systems.",
    );
    assert!(!got.iter().any(|n| n == "Innovation"), "{got:?}");
    assert!(got.contains(&"Nathalie Bergeron".to_string()), "{got:?}");
}

#[test]
fn a_french_ministrys_remits_keep_their_adjectives_and_a_ministers_are_no_names() {
    let has = |got: &[String], n: &str| got.iter().any(|g| g == n);
    // The remit's adjective before "et de la": one body.
    let got = names(
        "Le ministère de la Transition numérique et de la Digitalisation financera 4,5 milliards \
         d'euros.",
    );
    assert!(
        has(
            &got,
            "ministère de la Transition numérique et de la Digitalisation"
        ),
        "{got:?}"
    );
    assert!(!has(&got, "Digitalisation"), "{got:?}");
    // A minister's second portfolio is no name either.
    let got = names(
        "Selon le ministre de la Transition numérique et de la Digitalisation, Ibrahim \
         Koné-Sanogo, le projet coûtera 96 milliards d'euros. La ministre de l’Enseignement \
         supérieur et de la Recherche, Claire Dubois, a salué le projet.",
    );
    for n in ["Digitalisation", "Transition", "Enseignement", "Recherche"] {
        assert!(!has(&got, n), "{n}: {got:?}");
    }
    assert!(has(&got, "Claire Dubois"), "{got:?}");
    // Two bodies joined by "et de la" stay two.
    let got =
        names("Le projet a reçu le soutien de la Commission européenne et de la Banque mondiale.");
    assert!(has(&got, "Commission européenne"), "{got:?}");
    assert!(has(&got, "Banque mondiale"), "{got:?}");
}
