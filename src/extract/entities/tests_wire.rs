//! Entity tests on the shapes of wire copy and web pages: national projects, titles, sites,
//! section titles and regions.

use super::tests::{canon, empty, kind, lexicon, run, surfaces};
use crate::extract::lexicon::Actor;
use crate::extract::{EntityKind::*, Lexicon};

#[test]
fn a_known_project_or_company_with_a_country_after_it_keeps_the_country() {
    let lex = lexicon();
    let lex = Lexicon::from_actors(
        lex.actors()
            .iter()
            .cloned()
            .chain([Actor {
                canonical: "Orbis".into(),
                en: None,
                kind: Project,
                aliases: vec![],
            }])
            .collect(),
    );
    let hits = run(
        "Le lancement de « Orbis Taïwan » suit celui d'Orbis. Nvidia Taïwan recrute.",
        &lex,
    );
    assert_eq!(kind(&hits, "Orbis Taïwan"), Some(Project), "{hits:?}");
    assert_eq!(canon(&hits, "Orbis Taïwan"), Some("Orbis Taïwan"));
    // So is a known company's arm there, named in full ("Entergy Louisiana").
    assert_eq!(kind(&hits, "Nvidia Taïwan"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Taïwan"), None, "{hits:?}");
    // Two cells of a table row are two names.
    let hits = run("| Nvidia | Taïwan |", &lex);
    assert_eq!(kind(&hits, "Taïwan"), Some(Place), "{hits:?}");
    // A place after a name with a word between is a place of its own.
    let hits = run("Nvidia a investi à Taïwan.", &lex);
    assert_eq!(kind(&hits, "Taïwan"), Some(Place), "{hits:?}");
}

#[test]
fn royal_titles_and_the_stock_exchange_are_no_names() {
    let hits = empty(
        "A visit by Crown Prince Salem Haddad and Sheikh Omar Rashed ended. \
         Le fabricant pèse plus de 250 milliards d'euros en Bourse.",
    );
    assert_eq!(
        surfaces(&hits),
        vec!["Salem Haddad", "Omar Rashed"],
        "{hits:?}"
    );
}

#[test]
fn a_site_at_a_name_puts_it_in_a_place_and_a_speaker_is_no_apposition() {
    let hits = empty(
        "The firm will build a new data centre at Waltham Cross, the company said. \
         Analysts at Bernstein Research agree.",
    );
    assert_eq!(kind(&hits, "Waltham Cross"), Some(Place), "{hits:?}");
    assert_ne!(kind(&hits, "Bernstein Research"), Some(Place), "{hits:?}");
}

#[test]
fn section_titles_in_capitals_are_no_names() {
    let hits = empty(
        "Your daily letter.\n\nIN THIS ISSUE\nChips | Money\n\nMONEY\nOrvanta raised $2bn.\n\n\
         CHIPS\nKestrel Labs sells chips to Orvanta and KSTL.\n\nKSTL\nMore soon.",
    );
    let names = surfaces(&hits);
    for title in ["ISSUE", "MONEY", "CHIPS"] {
        assert!(!names.contains(&title), "{hits:?}");
    }
    // An acronym named in the text keeps its heading too.
    assert_eq!(
        names.iter().filter(|n| **n == "KSTL").count(),
        2,
        "{hits:?}"
    );
}

#[test]
fn a_name_in_brackets_after_a_place_is_its_region() {
    let hits = empty(
        "Le fonds Orvanta construira un campus à Cambrai (Nord), d'une puissance de 1 gigawatt.",
    );
    assert_eq!(kind(&hits, "Cambrai"), Some(Place), "{hits:?}");
    assert_eq!(kind(&hits, "Nord"), Some(Place), "{hits:?}");
}

#[test]
fn a_name_between_a_place_preposition_and_its_known_region_is_a_town() {
    // The builtin lexicon knows a person of that surname, and the state.
    let lex = Lexicon::builtin();
    let hits = run(
        "Orvanta will get up to $6.4 billion to build chip plants in Taylor, Texas, while \
         Quantil secured $6.1 billion. Veltra will build near Marlow, Oklahoma.",
        &lex,
    );
    assert_eq!(kind(&hits, "Taylor"), Some(Place), "{hits:?}");
    assert_eq!(kind(&hits, "Marlow"), Some(Place), "{hits:?}");
    // A list of names is no town and its region.
    let hits = run(
        "Backers include Quantil, Texas Instruments and Orvanta.",
        &lex,
    );
    assert_ne!(kind(&hits, "Quantil"), Some(Place), "{hits:?}");
}

#[test]
fn a_sequel_number_is_part_of_the_name() {
    let hits = run(
        "China set up Big Fund III last year, and Stargate II followed. Colossus 2 and \
         MareNostrum 5 are other machines than Colossus.",
        &Lexicon::builtin(),
    );
    for name in [
        "Big Fund III",
        "Stargate II",
        "Colossus 2",
        "MareNostrum 5",
        "Colossus",
    ] {
        assert_eq!(canon(&hits, name), Some(name), "{hits:?}");
    }
    let hits = empty("Orvanta II follows. Au XXIe siècle, Quantil grandit.");
    assert_eq!(canon(&hits, "Orvanta II"), Some("Orvanta II"), "{hits:?}");
    assert!(hits.iter().all(|h| !h.0.contains("XXIe")), "{hits:?}");
    // "I" is the first of a series the text numbers further, else the pronoun.
    let hits = run(
        "Big Fund I raised 138.7 billion yuan and Big Fund II 204.2 billion yuan.",
        &Lexicon::builtin(),
    );
    assert_eq!(canon(&hits, "Big Fund I"), Some("Big Fund I"), "{hits:?}");
    let hits = empty("At Orvanta I learned a lot, said Mr Lee.");
    assert!(hits.iter().all(|h| !h.0.ends_with(" I")), "{hits:?}");
}

#[test]
fn a_review_or_a_roadmap_is_a_programme_not_a_person() {
    let hits = empty("Funds came from the Spending Review, and the Compute Roadmap adds more.");
    assert_eq!(kind(&hits, "Spending Review"), Some(Project), "{hits:?}");
    assert_eq!(kind(&hits, "Compute Roadmap"), Some(Project), "{hits:?}");
}

#[test]
fn firm_names_keep_their_ampersand_bank_and_demonym() {
    let hits = empty(
        "Prices rose, consultancy Halden & Partners said. Saudi National Bank and Royal Bank \
         of Canada lent money, and Saudi Electricity Co will spend more on French AI.",
    );
    assert_eq!(
        surfaces(&hits),
        [
            "Halden & Partners",
            "Saudi National Bank",
            "Royal Bank of Canada",
            "Saudi Electricity Co"
        ],
        "{hits:?}"
    );
    // Two surnames joined by an ampersand are a firm; two known names stay two.
    let hits = run(
        "The adviser, Alvarez & Marsal, said so. OpenAI & Microsoft signed.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Alvarez & Marsal"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "OpenAI"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Microsoft"), Some(Company), "{hits:?}");
}

#[test]
fn sentence_adverbs_and_currency_codes_are_no_names() {
    let hits = empty(
        "Separately, the lab pays AED 5.5bn and Rs 6,500 crore. Previously, it ran at FP8 \
         precision.",
    );
    assert_eq!(surfaces(&hits), Vec::<&str>::new(), "{hits:?}");
}

#[test]
fn a_city_adjective_before_a_name_tells_a_firm() {
    let hits = empty(
        "Les candidats se bousculent. Le marseillais Azur Calcul a confirmé son intérêt, selon \
         l'auditrice belge Annemie Turtelboom.",
    );
    assert_eq!(kind(&hits, "Azur Calcul"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Annemie Turtelboom"), Some(Person), "{hits:?}");
}

#[test]
fn beyond_a_place_is_no_place() {
    let hits = run(
        "Outre-Atlantique, le ministère investit. Outre-Rhin aussi.",
        &Lexicon::builtin(),
    );
    assert_eq!(surfaces(&hits), Vec::<&str>::new(), "{hits:?}");
}

#[test]
fn a_portfolio_and_a_title_are_no_name() {
    let hits = run(
        "The deal was signed, Commerce Secretary Howard Lutnick said. Union Minister for \
         Electronics and IT Ashwini Vaishnaw told reporters.",
        &Lexicon::builtin(),
    );
    assert_eq!(
        surfaces(&hits),
        ["Howard Lutnick", "Ashwini Vaishnaw"],
        "{hits:?}"
    );
}

#[test]
fn a_projects_country_stays_in_a_markdown_heading() {
    let lex = Lexicon::builtin();
    let hits = run(
        "## Europe : Stargate Norway allume ses premiers 200 MW\n\nLe campus est prêt.",
        &lex,
    );
    assert_eq!(kind(&hits, "Stargate Norway"), Some(Project), "{hits:?}");
    let hits = run("# Nvidia Taïwan recrute\n\nLe campus est prêt.", &lex);
    assert_eq!(
        kind(&hits, "Taïwan"),
        Some(Place),
        "a company before a place: two names"
    );
}

#[test]
fn a_press_release_dateline_is_no_name_and_compute_ends_a_firm() {
    let hits = run(
        "---\ntitle: \"Kelvin Compute met en service son cluster\"\n---\n\n**COMMUNIQUÉ DE \
         PRESSE — Lyon, le 3 février 2026**\n\n**Kelvin Compute**, fournisseur français, annonce \
         la mise en service de son cluster.",
        &Lexicon::builtin(),
    );
    assert!(
        !surfaces(&hits).iter().any(|h| h.contains("COMMUNIQU")),
        "{hits:?}"
    );
    assert_eq!(kind(&hits, "Kelvin Compute"), Some(Company), "{hits:?}");
}

#[test]
fn a_title_case_heading_keeps_the_names_met_in_the_body() {
    let hits = empty(
        "# Kestrel Compute Secures $1.4 Billion to Build an AI Campus in Narvik\n\n\
         Kestrel Compute, a provider, said on Monday it had raised the money for its site \
         in Narvik.",
    );
    let got: Vec<&str> = hits.iter().map(|h| h.0.as_str()).collect();
    assert_eq!(
        got,
        ["Kestrel Compute", "Narvik", "Kestrel Compute", "Narvik"],
        "{hits:?}"
    );
}

#[test]
fn firm_words_and_data_centre_towns_type_unknown_names() {
    let hits = empty(
        "La société lilloise Opale Data investira 1,8 milliard d'euros. Le groupe a mis en \
         service 4 096 GPU dans son centre de données de Gravelines.",
    );
    assert_eq!(kind(&hits, "Opale Data"), Some(Company));
    assert_eq!(kind(&hits, "Gravelines"), Some(Place));
}

#[test]
fn a_head_noun_repeats_the_nearest_name_it_ends() {
    let hits = empty(
        "The India Semiconductor Mission approved ten fabs. Separately, the Quantum \
         Mission was approved in 2024, and the Mission has onboarded 38,000 GPUs.",
    );
    assert_eq!(canon(&hits, "Mission"), Some("Quantum Mission"));
}

#[test]
fn a_firm_named_without_its_sector_word_is_the_same_firm() {
    let hits = empty(
        "Priya Raman co-founded Corvane Semiconductor in 2019. Corvane at a glance: the \
         startup ships chips. Nordvik Compute opened a site; Nordvik said it would grow.",
    );
    assert_eq!(canon(&hits, "Corvane"), Some("Corvane Semiconductor"));
    assert_eq!(canon(&hits, "Nordvik"), Some("Nordvik Compute"));
}

#[test]
fn a_release_calling_itself_the_group_and_a_naming_participle_are_no_names() {
    let hits = empty(
        "OVHcloud engage 1,2 milliard d'euros. Le Groupe portera sa flotte à 8 000 GPU. \
         Baptisé CIV2, le campus offrira 40 MW.",
    );
    assert!(
        !surfaces(&hits).contains(&"Groupe"),
        "{:?}",
        surfaces(&hits)
    );
    assert_eq!(canon(&hits, "CIV2"), Some("CIV2"));
    assert!(!surfaces(&hits).iter().any(|n| n.starts_with("Baptisé")));
}

#[test]
fn a_firm_named_without_its_last_word_is_the_same_firm() {
    // "Prairie" opens a longer name: not the institute the lexicon knows as PRAIRIE.
    let hits = run(
        "The council granted a tax break to Prairie Forge Data on Tuesday. Prairie Forge, \
         which is backed by an infrastructure fund, plans three phases.",
        &Lexicon::builtin(),
    );
    assert!(hits.iter().all(|h| h.1 != "PRAIRIE"), "{hits:?}");
    assert!(
        hits.iter()
            .filter(|h| h.0.starts_with("Prairie"))
            .all(|h| h.1 == "Prairie Forge Data"),
        "{hits:?}"
    );
    // A name ending on a firm's word is a name of its own.
    let hits = empty("Norvane Cloud grew. Norvane Cloud Inc filed its results.");
    assert_eq!(
        canon(&hits, "Norvane Cloud"),
        Some("Norvane Cloud"),
        "{hits:?}"
    );
}

#[test]
fn a_ministry_keeps_its_list_of_portfolios_and_a_utility_its_ampersand() {
    let hits = empty(
        "The Ministry of Trade, Industry and Energy said on Tuesday that Wabash Valley Power & \
         Light would build the line.",
    );
    for name in [
        "Ministry of Trade, Industry and Energy",
        "Wabash Valley Power & Light",
    ] {
        assert_eq!(canon(&hits, name), Some(name), "{hits:?}");
    }
    // A list after another name stays a list.
    let hits = empty("Orvanta Labs, Quantil and Nordvik signed.");
    assert_eq!(
        canon(&hits, "Orvanta Labs"),
        Some("Orvanta Labs"),
        "{hits:?}"
    );
}

#[test]
fn a_witness_list_keeps_its_names_and_drops_titles_and_question_numbers() {
    let hits = empty(
        "HOUSE OF COMMONS\n\nWitnesses: Dr Helen Marsh, Director of Compute, Department for \
         Science, Innovation and Technology; Gareth Pryce, Chief Executive, Thamesbridge \
         Compute Ltd.\n\nQ41 Chair: Dr Marsh, what was spent?\n\nGareth Pryce: We spent it.",
    );
    for name in [
        "Gareth Pryce",
        "Thamesbridge Compute Ltd",
        "Department for Science, Innovation and Technology",
    ] {
        assert!(surfaces(&hits).contains(&name), "{name}: {hits:?}");
    }
    assert!(
        hits.iter().all(|h| !h.0.contains("Q41")
            && h.0 != "Chief Executive"
            && !h.0.starts_with("Director")),
        "{hits:?}"
    );
}

#[test]
fn a_name_in_a_column_of_firms_is_a_firm() {
    let hits = empty(
        "| Company | Country | Round |\n|---|---|---|\n| Lumen Straits | Singapore | Series B \
         |\n",
    );
    assert_eq!(kind(&hits, "Lumen Straits"), Some(Company), "{hits:?}");
}

#[test]
fn a_digests_section_heading_names_its_firm() {
    let hits = empty(
        "# Revue des levées\n\n## Pleias (Paris) — 48 M€\n\nLa start-up parisienne a levé 48 \
         millions d'euros.\n",
    );
    assert_eq!(kind(&hits, "Pleias"), Some(Company), "{hits:?}");
}
