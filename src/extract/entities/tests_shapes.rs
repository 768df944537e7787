//! Names read from their shape and the words right around them: places, glosses, quoted
//! titles, ministries, "AI" before a noun.

use super::tests::{canon, kind, run, surfaces};
use crate::extract::EntityKind::*;
use crate::extract::Lexicon;

#[test]
fn a_site_named_after_a_place_and_a_fronted_phrase_before_a_subject() {
    // "le campus de X": X is where the site stands; the comma closes the opening phrase, the
    // description after it is the sentence's subject, not an apposition.
    let hits = run(
        "Pour le campus de Lisses, le groupe s'est associé à un fonds.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Lisses"), Some(Place), "{hits:?}");
    // A real apposition still tells a company.
    let hits = run(
        "Kestrel, le groupe informatique, investit.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Kestrel"), Some(Company), "{hits:?}");
}

#[test]
fn a_line_opening_name_glossed_by_its_place_is_a_name() {
    let hits = run(
        "The four selected gigafactories are:\n\nHelios (Lübbenau, Germany), led by Deutsche \
         Telekom: investment of €13.5 billion.\n\n| Site | Capacity (MW) |\n|---|---|",
        &Lexicon::builtin(),
    );
    assert!(surfaces(&hits).contains(&"Helios"), "{hits:?}");
    // A unit in brackets glosses no name.
    assert!(!surfaces(&hits).contains(&"Capacity"), "{hits:?}");
}

#[test]
fn a_quoted_title_runs_to_its_closing_quote() {
    let hits = run(
        "La plus grosse part passe par la mission « Investir pour la France de 2030 », qui \
         porte les crédits.",
        &Lexicon::builtin(),
    );
    assert!(
        surfaces(&hits).contains(&"Investir pour la France de 2030"),
        "{hits:?}"
    );
}

#[test]
fn a_ministrys_domains_joined_by_and_stay_one_name() {
    let hits = run(
        "Singapore's Ministry of Trade and Industry said exporters must declare shipments. \
         The Ministry of Finance and Nvidia signed.",
        &Lexicon::builtin(),
    );
    let names = surfaces(&hits);
    assert!(
        names.contains(&"Ministry of Trade and Industry"),
        "{hits:?}"
    );
    // A company after "and" is another name.
    assert!(names.contains(&"Ministry of Finance"), "{hits:?}");
    assert!(names.contains(&"Nvidia"), "{hits:?}");
}

#[test]
fn an_adjective_and_ai_before_a_noun_are_no_name() {
    let hits = run(
        "Nor is the money evenly spread. Private AI investment in the United States reached \
         $109.1 billion in 2024. Mistral AI funds its models.",
        &Lexicon::builtin(),
    );
    let names = surfaces(&hits);
    assert!(names.iter().all(|n| !n.contains("Private")), "{hits:?}");
    assert!(names.contains(&"Mistral AI"), "{hits:?}");
}

#[test]
fn french_place_name_shapes_are_places() {
    let hits = run(
        "Le centre de données de Saint-Ghislain et l'usine de Fos-sur-Mer ouvrent. La commune \
         de Bruyères-le-Châtel suit.",
        &Lexicon::builtin(),
    );
    for name in ["Saint-Ghislain", "Fos-sur-Mer", "Bruyères-le-Châtel"] {
        assert_eq!(kind(&hits, name), Some(Place), "{name}: {hits:?}");
    }
}

#[test]
fn a_double_barrelled_surname_after_a_first_name_is_a_persons() {
    let hits = run(
        "Hélène Tremblay-Okafor said no, and Nadia Ben-Salem agreed. Rolls-Royce Holdings did not.",
        &Lexicon::builtin(),
    );
    assert_eq!(
        kind(&hits, "Hélène Tremblay-Okafor"),
        Some(Person),
        "{hits:?}"
    );
    assert_eq!(kind(&hits, "Nadia Ben-Salem"), Some(Person), "{hits:?}");
    assert_ne!(
        kind(&hits, "Rolls-Royce Holdings"),
        Some(Person),
        "{hits:?}"
    );
    let hits = run(
        "Louis Vuitton Moët-Hennessy will invest €500 million, the group said.",
        &Lexicon::builtin(),
    );
    assert_ne!(
        kind(&hits, "Louis Vuitton Moët-Hennessy"),
        Some(Person),
        "{hits:?}"
    );
}

#[test]
fn a_moderators_role_is_no_name_and_a_grid_operator_no_person() {
    let hits = run(
        "Julien Ferrand (Moderator): Good morning.\n\nThe Alberta Electric System Operator has \
         requests for 20 gigawatts.",
        &Lexicon::builtin(),
    );
    assert!(!surfaces(&hits).contains(&"Moderator"), "{hits:?}");
    assert_eq!(
        kind(&hits, "Alberta Electric System Operator"),
        Some(Company),
        "{hits:?}"
    );
}

#[test]
fn a_compass_point_alone_is_a_region() {
    let hits = run(
        "Out West, Saguaro Electric has grown. North Sea Energy and West Virginia agreed.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "West"), Some(Place), "{hits:?}");
    assert_eq!(kind(&hits, "North Sea Energy"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "West Virginia"), Some(Place), "{hits:?}");
}

#[test]
fn a_start_ups_trade_word_is_no_surname() {
    // A ranking's rows name start-ups by a coined word and their trade: no one's name.
    let hits = run(
        "9. Corail Audio (Bordeaux, voix de synthèse) : 2,5 milliards – Sequoia Capital\n\
         10. Brume Climate (Marseille, météo) : 2,3 milliards – Tikehau Capital\n\
         11. Lumen Reasoning (Paris) : 14 milliards – Accel",
        &Lexicon::builtin(),
    );
    for name in ["Corail Audio", "Brume Climate", "Lumen Reasoning"] {
        assert_eq!(kind(&hits, name), Some(Company), "{name}: {hits:?}");
    }
}

#[test]
fn a_word_ending_like_a_firms_name_is_no_surname() {
    let hits = run(
        "Analysts expect Daejin Semitech to grow, and Korvan Infotech too.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Daejin Semitech"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Korvan Infotech"), Some(Company), "{hits:?}");
    let hits = run("Analysts expect Daejin Kim to speak.", &Lexicon::builtin());
    assert_eq!(kind(&hits, "Daejin Kim"), Some(Person), "{hits:?}");
}

#[test]
fn a_table_row_is_no_title_line() {
    let hits = run(
        "The bidders quoted:\n\n| Bidder | GPUs offered | Rate |\n|---|---:|---:|\n| Netweb \
         Technologies | 1,600 | Rs 96 |\n| Sify Digital Services | 912 | Rs 63 |\n",
        &Lexicon::builtin(),
    );
    for name in ["Netweb Technologies", "Sify Digital Services"] {
        assert!(hits.iter().any(|h| h.0 == name), "{name}: {hits:?}");
    }
}

#[test]
fn a_subsidiary_with_a_name_of_its_own_is_not_its_parent() {
    let x = crate::extract::extract(
        "Bouygues Telecom investit 650 millions d'euros, et NTT Data recrute.",
        &Lexicon::builtin(),
    );
    let names: Vec<&str> = x.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert!(names.contains(&"Bouygues Telecom"), "{names:?}");
    assert!(names.contains(&"NTT Data"), "{names:?}");
}

#[test]
fn utilities_and_renewables_firms_are_no_persons() {
    let hits = run(
        "Brightwater Renewables said on Monday it had signed the deal. National Grid's own \
         works will cost £310m, and Halden Power will pay for the rest.",
        &Lexicon::builtin(),
    );
    for name in ["Brightwater Renewables", "National Grid", "Halden Power"] {
        assert_eq!(kind(&hits, name), Some(Company), "{name}: {hits:?}");
    }
}

#[test]
fn a_name_after_a_fronted_place_and_a_comma_is_no_place_of_a_list() {
    let hits = run(
        "A Genève, Infomaniak a mis en service un centre. À Zurich, Swisscom investira. Des \
         start-up comme Pellucid, Norvane et Kestrel.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Infomaniak"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Swisscom"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Genève"), Some(Place), "{hits:?}");
}

#[test]
fn a_bare_word_opening_a_sentence_on_a_money_verb_is_a_name() {
    let hits = run(
        "Vantor spent $4.8 billion last year. Investors pledged $2bn. Total committed $3bn, a \
         total no one expected.\n\n| Total raised to date | $612 million |\n\nMontant annoncé \
         : 1,8 Md€.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Vantor"), Some(Company), "{hits:?}");
    for word in ["Investors", "Total", "Montant"] {
        assert_eq!(kind(&hits, word), None, "{word}: {hits:?}");
    }
}

#[test]
fn a_one_word_cell_under_a_header_of_owners_is_a_name() {
    let hits = run(
        "The Commission named the sites.\n\n| Country | Site | Lead bidders | Power |\n\
         |---|---|---|---|\n| Italy | Lombardy | Fastweb | 350 MW |\n| Poland | Kraków | \
         Cyfronet | 200 MW |\n\n| Status | Power |\n|---|---|\n| Planned | 5 MW |\n",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Fastweb"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Cyfronet"), Some(Company), "{hits:?}");
    // A cell under any other header is no name for its capital alone.
    assert_eq!(kind(&hits, "Planned"), None, "{hits:?}");
}

#[test]
fn a_programme_keeps_the_year_it_is_named_after() {
    let hits = run(
        "Son Plan d'action 2035 prévoit des investissements. Daejin Semitech said revenue rose \
         4,2 %.\n\nDaejin Semitech Reports Third-Quarter 2025 Results\n",
        &Lexicon::builtin(),
    );
    assert!(surfaces(&hits).contains(&"Plan d'action 2035"), "{hits:?}");
    // A Title Case heading's period is no part of the firm's name.
    assert!(
        !surfaces(&hits).iter().any(|s| s.ends_with("2025")),
        "{hits:?}"
    );
}

#[test]
fn a_name_after_a_word_of_nearness_is_a_place() {
    let hits = run(
        "Helionyx Data construira un campus près de Corvalle. Another site will rise north of \
         Brevik. Les élus de la communauté d'agglomération de Vaudrelle ont voté.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Corvalle"), Some(Place), "{hits:?}");
    assert_eq!(kind(&hits, "Brevik"), Some(Place), "{hits:?}");
    assert_eq!(kind(&hits, "Vaudrelle"), Some(Place), "{hits:?}");
}

#[test]
fn a_bare_word_that_said_something_speaks_for_a_firm_unless_a_surname() {
    let hits = run(
        "Aker said the expansion would cost $4.4bn. Jensen Huang spoke in Taipei. Huang said \
         demand was strong. Officials said nothing.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Aker"), Some(Company), "{hits:?}");
    assert_ne!(kind(&hits, "Huang"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Officials"), None, "{hits:?}");
}

#[test]
fn a_person_glossed_by_a_firm_in_brackets_is_no_site() {
    let hits = run(
        "# Camille Ferrand (Vireo Silicium) : « Nous visons 100 millions d'euros »\n\nVireo \
         Silicium conçoit des puces.\n",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Camille Ferrand"), Some(Person), "{hits:?}");
    assert_eq!(kind(&hits, "Vireo Silicium"), Some(Company), "{hits:?}");
}

#[test]
fn a_first_name_alone_after_the_full_name_is_that_person() {
    let text = "Priya Menon, chief executive officer, said demand was strong.\n\n\
                DANIEL OKAFOR, CFO: Thanks, Priya. Net income was $312 million.";
    let hits = run(text, &Lexicon::empty());
    assert_eq!(canon(&hits, "Priya"), Some("Priya Menon"), "{hits:?}");
    assert_eq!(kind(&hits, "Priya"), Some(Person), "{hits:?}");
    // A name read as a person from its shape alone lends no first name.
    let hits = run(
        "Google signed with Sagebrush Geothermal last year. Sagebrush raised money.",
        &Lexicon::empty(),
    );
    assert_ne!(
        canon(&hits, "Sagebrush"),
        Some("Sagebrush Geothermal"),
        "{hits:?}"
    );
}

#[test]
fn a_name_ending_on_an_industry_word_is_a_firm_not_a_person() {
    for text in [
        "In Loudoun County, Blue Ridge Transmission says it now has 38 GW of requests.",
        "The start-up Osprey Bio took in money.",
        "Shares of Kessler Turbines rose.",
    ] {
        let hits = run(text, &Lexicon::empty());
        let name = ["Blue Ridge Transmission", "Osprey Bio", "Kessler Turbines"]
            .into_iter()
            .find(|n| text.contains(n))
            .unwrap();
        assert_eq!(kind(&hits, name), Some(Company), "{hits:?}");
    }
}

#[test]
fn a_reporting_period_after_a_name_is_no_version_of_it() {
    let hits = run(
        "Norvane Cloud Q3 fiscal 2025 earnings call: edited transcript",
        &Lexicon::empty(),
    );
    assert!(surfaces(&hits).contains(&"Norvane Cloud"), "{hits:?}");
    assert!(
        !surfaces(&hits).iter().any(|s| s.contains("Q3")),
        "{hits:?}"
    );
    // Nor a name of its own.
    let hits = run(
        "Capacity is set to cross 3 GW by FY28 from 1.3 GW in FY25.",
        &Lexicon::empty(),
    );
    assert!(hits.is_empty(), "{hits:?}");
    // A model's version still is one.
    let hits = run("Google released Gemma 3B today.", &Lexicon::empty());
    assert!(surfaces(&hits).contains(&"Gemma 3B"), "{hits:?}");
}

#[test]
fn a_bold_word_opening_a_digest_item_before_its_place_is_a_firm() {
    let hits = run(
        "## Rounds\n\n- **Lumora** (Paris) raised a **€85m** seed round from Elbe Capital.\n\
         - **Quanterra** (Munich), spécialiste des puces, obtient 85 M€.",
        &Lexicon::empty(),
    );
    assert_eq!(kind(&hits, "Lumora"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Quanterra"), Some(Company), "{hits:?}");
    // A bold label is no name.
    let hits = run(
        "- **Power.** Microsoft has agreed to pay for it.",
        &Lexicon::empty(),
    );
    assert!(!surfaces(&hits).contains(&"Power"), "{hits:?}");
}

#[test]
fn a_bare_word_before_an_auxiliary_and_a_money_verb_is_a_name() {
    let hits = run(
        "Developers pay for their own. Stackline is building a substation at its campus.",
        &Lexicon::empty(),
    );
    assert_eq!(kind(&hits, "Stackline"), Some(Company), "{hits:?}");
    // A plural common noun is none.
    let hits = run(
        "Developers pay. Analysts will invest time in it.",
        &Lexicon::empty(),
    );
    assert!(!surfaces(&hits).contains(&"Analysts"), "{hits:?}");
}

#[test]
fn a_middle_initial_keeps_a_persons_name_whole() {
    let lex = Lexicon::builtin();
    let hits = run(
        "The judge, Mary K. Smith, approved the loan. It was drafted by Robert T. Lawson.",
        &lex,
    );
    assert_eq!(kind(&hits, "Mary K. Smith"), Some(Person), "{hits:?}");
    assert_eq!(kind(&hits, "Robert T. Lawson"), Some(Person), "{hits:?}");
    assert_eq!(kind(&hits, "Smith"), None, "{hits:?}");
    // A lone capital before a sentence is no initial ("Plan B. Then …").
    let hits = run("Orbis chose Plan B. Then Quantil left.", &lex);
    assert_eq!(kind(&hits, "Plan B. Then Quantil"), None, "{hits:?}");
}

#[test]
fn a_short_subhead_alone_between_blank_lines_is_a_heading_not_a_byline() {
    let hits = run(
        "Larkspur raised its forecast as orders for chips swelled.\n\nChip Orders\n\nThe \
         company ordered chips.\n\nÉdith Kouamé\n\nThe reporter wrote from Abidjan.",
        &Lexicon::builtin(),
    );
    assert!(!surfaces(&hits).contains(&"Chip Orders"), "{hits:?}");
    assert!(surfaces(&hits).contains(&"Édith Kouamé"), "{hits:?}");
}

#[test]
fn a_french_quarter_is_no_name_but_the_gpu_is() {
    let x = crate::extract::extract(
        "Nova a publié ses résultats du T3 2026. Au T4, le chiffre d'affaires atteint 312 \
         millions d'euros. Nova loue des Nvidia T4.",
        &crate::extract::Lexicon::builtin(),
    );
    let names: Vec<&str> = x.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert!(!names.contains(&"T3"), "{names:?}");
    assert!(
        x.figures[0].actor.as_deref() != Some("T4"),
        "{:?}",
        x.figures[0].actor
    );
}
