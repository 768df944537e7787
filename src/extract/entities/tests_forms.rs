//! Entity tests on forms of the genre that are no names or longer ones: footnote numbers,
//! measures and document numbers, kickers, ministers' portfolios, known names run on, regions.

use super::tests::{canon, empty, kind, run, surfaces};
use crate::extract::EntityKind;
use crate::extract::Lexicon;

#[test]
fn a_footnote_number_keeps_the_sentence_opening() {
    let hits = empty(
        "Saudi Arabia pledged $600 billion.[6] Verifiable flows are far smaller.\n\n\
         ¹ Estimation de l'Observatoire à partir des rapports.",
    );
    assert!(
        !surfaces(&hits)
            .iter()
            .any(|s| s.starts_with("Verifiable") || s.starts_with("Estimation")),
        "{hits:?}"
    );
}

#[test]
fn measures_chapters_document_numbers_and_origins_are_no_names() {
    let hits = empty(
        "Orbis will build two 500kV substations on a 28nm line for Phase II. Lot 1 went to \
         Quantil, as Figure 1 shows and Episode 87 told. Orbis filed for Chapter 11. \
         Question E-003412 was tabled. Exports of Quantil-origin chips and Veltra-bound \
         products need a permit.",
    );
    let names = surfaces(&hits);
    for noise in [
        "500kV",
        "28nm",
        "Chapter 11",
        "E-003412",
        "origin",
        "bound",
        "Phase",
        "Lot",
        "Figure",
        "Episode",
    ] {
        assert!(
            !names.iter().any(|n| n.contains(noise)),
            "{noise}: {hits:?}"
        );
    }
}

#[test]
fn a_belgian_region_keeps_its_adjective_and_a_buyout_is_no_name() {
    let hits = empty("Un LBO de 3 milliards d'euros. La Région wallonne apporte 28 millions EUR.");
    assert_eq!(surfaces(&hits), ["Région wallonne"], "{hits:?}");
}

#[test]
fn a_known_name_runs_on_into_a_name_its_common_first_word_did_not_open() {
    let hits = run(
        "Le prêt est arrangé par Crédit Agricole CIB et BNP Paribas, à 2 dollars par GPU-hour.",
        &Lexicon::builtin(),
    );
    assert_eq!(
        surfaces(&hits),
        ["Crédit Agricole CIB", "BNP Paribas"],
        "{hits:?}"
    );
}

#[test]
fn a_ministers_portfolio_is_no_name() {
    let hits = empty(
        "a résumé la ministre déléguée chargée du Numérique, Hélène Marchal. Le ministre de la \
         Communication, des Télécommunications et du Numérique, Alioune Sall, était là.",
    );
    let names = surfaces(&hits);
    for p in ["Numérique", "Communication", "Télécommunications"] {
        assert!(!names.contains(&p), "{p}: {hits:?}");
    }
    assert!(names.contains(&"Hélène Marchal"), "{hits:?}");
}

#[test]
fn a_kicker_in_capitals_is_no_name_but_a_speakers_label_stays() {
    let hits = empty("# DIRECT. Sommet à Toulouse : Quantil Labs lève 12 milliards\n\nTexte.");
    assert!(!surfaces(&hits).contains(&"DIRECT"), "{hits:?}");
    let hits = empty("Intro.\n\nPRIYA: Five gigawatts is a lot.\n\nTOM: It is.");
    assert!(surfaces(&hits).contains(&"PRIYA"), "{hits:?}");
}

#[test]
fn a_bodys_name_goes_on_through_pour_le_and_a_joined_demonym() {
    let hits = empty(
        "Ils créent le Fonds franco-allemand pour le calcul (FFAC), doté de 5 milliards. La \
         Banque européenne pour la reconstruction et le développement prête. Le Fonds européen \
         investit pour la première fois.",
    );
    let names = surfaces(&hits);
    for n in [
        "Fonds franco-allemand pour le calcul",
        "Banque européenne pour la reconstruction et le développement",
        "Fonds européen",
    ] {
        assert!(names.contains(&n), "{n}: {hits:?}");
    }
}

#[test]
fn a_known_name_opening_a_funds_name_is_that_fund() {
    let hits = run(
        "Bpifrance met 40 millions d'euros via son fonds French Tech Souveraineté.",
        &Lexicon::builtin(),
    );
    assert!(
        surfaces(&hits).contains(&"French Tech Souveraineté"),
        "{hits:?}"
    );
}

#[test]
fn a_legal_form_closes_a_firms_name_and_its_short_form_drops_it_whole() {
    let hits = empty(
        "MIDA approved two projects: Kinabalu Sdn Bhd will build a campus and Strait Compute Pte \
         Ltd of Singapore another one. Kinabalu will open in 2027.",
    );
    assert_eq!(
        kind(&hits, "Kinabalu Sdn Bhd"),
        Some(EntityKind::Company),
        "{hits:?}"
    );
    assert_eq!(
        kind(&hits, "Strait Compute Pte Ltd"),
        Some(EntityKind::Company),
        "{hits:?}"
    );
    assert!(surfaces(&hits).contains(&"Singapore"), "{hits:?}");
    assert_eq!(
        canon(&hits, "Kinabalu"),
        Some("Kinabalu Sdn Bhd"),
        "{hits:?}"
    );
}

#[test]
fn a_name_before_a_known_programmes_words_names_one_of_its_projects() {
    let hits = run(
        "The fund pays for the Rhein-Main AI Gigafactory near Frankfurt and for European AI \
         Gigafactories.",
        &Lexicon::builtin(),
    );
    assert_eq!(
        kind(&hits, "Rhein-Main AI Gigafactory"),
        Some(EntityKind::Project),
        "{hits:?}"
    );
}

#[test]
fn a_domain_and_more_words_up_to_a_bodys_head_make_one_name() {
    let hits = empty(
        "The plan will double capacity by 2028, said Wang Jianhua, deputy director of the Gansu \
         Provincial Development and Reform Commission, on Monday at a press conference.\n\n\
         The companies said that Quantil Cloud Services and Trade Commission officials met.",
    );
    let names = surfaces(&hits);
    assert!(
        names.contains(&"Gansu Provincial Development and Reform Commission"),
        "{hits:?}"
    );
    // (Not past a firm's name: its last word is no domain.)
    assert!(
        !names.iter().any(|n| n.contains("Services and")),
        "{hits:?}"
    );
}

#[test]
fn a_letterhead_in_capitals_is_a_name() {
    let hits = empty("RIMAL INVESTMENT AUTHORITY\nANNUAL REVIEW 2026\n\nWe invest in AI.");
    assert!(
        surfaces(&hits).contains(&"RIMAL INVESTMENT AUTHORITY"),
        "{hits:?}"
    );
    let hits = empty("Intro.\n\nTIANSHU COMPUTING HOLDINGS LIMITED\n(Incorporated in Cayman)\n");
    assert!(
        surfaces(&hits).contains(&"TIANSHU COMPUTING HOLDINGS LIMITED"),
        "{hits:?}"
    );
}

#[test]
fn a_titles_words_before_a_first_name_are_no_part_of_the_persons_name() {
    let hits = empty(
        "The plan was announced by Indiana Secretary of Commerce Thomas Reyes on Monday. U.S. \
         Attorney Daniel Ruiz added more. Hosts Tom Aldridge and Priya Nair talk.",
    );
    let names = surfaces(&hits);
    for n in ["Thomas Reyes", "Daniel Ruiz", "Tom Aldridge"] {
        assert!(names.contains(&n), "{n}: {hits:?}");
    }
    // Two first names keep the name whole.
    let hits = empty("The report was written by Mary Ann Smith last year.");
    assert!(surfaces(&hits).contains(&"Mary Ann Smith"), "{hits:?}");
}

#[test]
fn a_firm_with_its_legal_form_on_a_line_of_its_own_is_a_name() {
    let hits = empty(
        "The Ministry selected two projects.\n\n(1) Kasumi Cloud Co., Ltd. (Ishikari City, \
         Hokkaido)\nDevelopment of a GPU cloud.\n\n(2) Tenryu Datacom Corporation (Hamamatsu \
         City)\nConstruction of a data center.",
    );
    assert_eq!(
        kind(&hits, "Kasumi Cloud Co., Ltd"),
        Some(EntityKind::Company),
        "{hits:?}"
    );
    assert_eq!(
        kind(&hits, "Tenryu Datacom Corporation"),
        Some(EntityKind::Company),
        "{hits:?}"
    );
}

#[test]
fn a_bodys_name_runs_through_its_for_and_its_and_to_its_acronym() {
    let hits = empty(
        "The money comes from the National Fund for Scientific and Technological Development \
         (FNDCT), run by the Funding Authority for Studies and Projects (Finep).",
    );
    let names = surfaces(&hits);
    assert!(
        names.contains(&"National Fund for Scientific and Technological Development"),
        "{hits:?}"
    );
    assert!(
        names.contains(&"Funding Authority for Studies and Projects"),
        "{hits:?}"
    );
    // Two firms joined by "and" before a ticker stay two.
    let hits = empty("Shares of Quantil and Orbitex (ORBX) rose.");
    assert!(
        !surfaces(&hits).iter().any(|n| n.contains(" and ")),
        "{hits:?}"
    );
}

#[test]
fn a_regime_or_a_scheme_is_named_with_its_for() {
    let hits = empty("The campus qualifies under the Special Tax Regime for Data Center Services.");
    assert!(
        surfaces(&hits).contains(&"Special Tax Regime for Data Center Services"),
        "{hits:?}"
    );
}

#[test]
fn a_ministrys_portfolios_after_its_and_stay_in_its_name() {
    let hits = empty(
        "The fund is managed by the Ministry for Digital Transformation and Civil Service in \
         Madrid.",
    );
    assert!(
        surfaces(&hits).contains(&"Ministry for Digital Transformation and Civil Service"),
        "{hits:?}"
    );
}

#[test]
fn a_capitalised_le_between_name_words_is_a_surnames_particle_and_credit_opens_a_bank() {
    let hits = empty(
        "Le président, Erwan Le Goff, remercie Crédit Mutuel Arkéa. Le rapport cite Le Monde.",
    );
    let names = surfaces(&hits);
    assert!(names.contains(&"Erwan Le Goff"), "{hits:?}");
    assert!(names.contains(&"Crédit Mutuel Arkéa"), "{hits:?}");
    // After a lower-case word, "Le" opens a title: no name runs into it.
    assert!(!names.iter().any(|n| n.starts_with("cite")), "{hits:?}");
    assert!(!names.contains(&"Arkéa Le Monde"), "{hits:?}");
}

#[test]
fn the_rand_glued_to_an_abbreviated_scale_is_no_name() {
    let hits = empty("Highveld Compute lines up R9.6bn and R450m for its Ekurhuleni campus.");
    let names = surfaces(&hits);
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("R9") || n.starts_with("R4")),
        "{hits:?}"
    );
    assert!(names.contains(&"Highveld Compute"), "{hits:?}");
}

#[test]
fn a_rating_reports_run_in_headings_grades_ranks_and_disclaimer_are_no_names() {
    let hits = empty(
        "Sable Ratings has assigned Vantor Compute a rating of 'BB' and a Recovery Rating of \
         'RR2'.\n\nContracted Backlog Supports Visibility: Vantor reported backlog of $21.4 \
         billion at the end of September.\n\nSector Context: Sable estimates that hyperscalers \
         will spend more on capex in 2027.\n\nPriya Nair: We expect Vantor to grow its backlog \
         again next year.\n\nHannah Lowe\nAssociate Director\n\nCommittee Chairperson\nMichael \
         Stroud\n\nALL SABLE RATINGS ARE SUBJECT TO CERTAIN LIMITATIONS AND DISCLAIMERS. \
         PLEASE READ THESE LIMITATIONS.",
    );
    let names = surfaces(&hits);
    for noise in [
        "BB",
        "RR2",
        "Contracted Backlog Supports Visibility",
        "Sector Context",
        "Associate Director",
        "Committee Chairperson",
        "LIMITATIONS",
        "DISCLAIMERS",
        "PLEASE",
    ] {
        assert!(!names.contains(&noise), "{noise}: {hits:?}");
    }
    for name in ["Vantor", "Priya Nair", "Hannah Lowe", "Michael Stroud"] {
        assert!(names.contains(&name), "{name}: {hits:?}");
    }
}

#[test]
fn a_senators_party_tag_and_a_notices_sections_are_no_names_its_buyer_is() {
    let hits = empty(
        "Sen. Alan Pryor (R-Idaho) and Sen. Ruth Bell (D-Md.) offered amendments.\n\n\
         Section 1 : Identification de l'acheteur\n\
         - Nom complet de l'acheteur : Météo-France\n- Item 7 : Ville : Toulouse\n",
    );
    let names = surfaces(&hits);
    for noise in ["R-Idaho", "D-Md", "Section 1", "Item 7", "France"] {
        assert!(!names.contains(&noise), "{noise}: {hits:?}");
    }
    assert!(names.contains(&"Météo-France"), "{hits:?}");
    assert!(names.contains(&"Ruth Bell"), "{hits:?}");
}

#[test]
fn a_name_ending_on_data_centres_is_a_company() {
    let hits = empty("Boréal Data Centres publiera son chiffre d'affaires le 28 octobre.");
    let e = hits.iter().find(|e| e.1 == "Boréal Data Centres");
    assert_eq!(e.map(|e| e.2), Some(EntityKind::Company), "{hits:?}");
}

#[test]
fn a_compound_first_name_after_a_title_and_an_elided_surname_make_a_person() {
    let hits =
        empty("La séance, sous la présidence de Mme Anne-Sophie Guivarc'h, a arrêté les comptes.");
    let e = hits.iter().find(|e| e.1 == "Anne-Sophie Guivarc'h");
    assert_eq!(e.map(|e| e.2), Some(EntityKind::Person), "{hits:?}");
}

#[test]
fn the_name_a_board_belongs_to_is_a_company() {
    let hits = empty("Le conseil d'administration de Vardelle a arrêté les comptes semestriels.");
    let e = hits.iter().find(|e| e.1 == "Vardelle");
    assert_eq!(e.map(|e| e.2), Some(EntityKind::Company), "{hits:?}");
}

#[test]
fn a_numbered_parts_word_alone_is_no_name() {
    let hits = empty(
        "Approve, subject to a Section 106 agreement. Phase 1 (Building A, 50 MW) comes \
         first, then Buildings B and C, built by Corvel Data.",
    );
    let names = surfaces(&hits);
    for noise in ["Section", "Building", "Buildings"] {
        assert!(!names.contains(&noise), "{noise}: {hits:?}");
    }
    assert!(names.contains(&"Corvel Data"), "{hits:?}");
}

#[test]
fn a_letterheads_capitals_and_a_firms_opening_acronym_alone_are_the_firm() {
    let hits = empty(
        "SEM ARMOR DATA\nSociété anonyme d'économie mixte locale\n\nRAPPORT ANNUEL 2025\n\n\
         SEM Armor Data a été créée en 2019 à Lannion. Depuis septembre, la SEM héberge un \
         cluster de Voxelia.",
    );
    assert_eq!(
        canon(&hits, "SEM ARMOR DATA"),
        Some("SEM Armor Data"),
        "{hits:?}"
    );
    assert_eq!(canon(&hits, "SEM"), Some("SEM Armor Data"), "{hits:?}");
}

#[test]
fn an_acronym_repeating_the_names_first_word_defines_the_whole_name() {
    let hits = empty(
        "De son côté, EDF Systèmes énergétiques insulaires (EDF SEI) investira 4,2 M€ à \
         Sainte-Marie.",
    );
    assert!(
        surfaces(&hits).contains(&"EDF Systèmes énergétiques insulaires"),
        "{hits:?}"
    );
}

#[test]
fn a_files_or_a_queues_reference_code_is_no_name() {
    let hits = empty(
        "Request LL-B-01 joins the cluster; case ABP-324418-26 and file CP-PLN-2026-118 await \
         Amberline Compute.",
    );
    let names = surfaces(&hits);
    for code in ["LL-B-01", "ABP-324418-26", "CP-PLN-2026-118"] {
        assert!(!names.contains(&code), "{code}: {hits:?}");
    }
    assert!(names.contains(&"Amberline Compute"), "{hits:?}");
}

#[test]
fn a_rating_houses_short_name_is_the_house() {
    let hits = empty(
        "The rating company Sable Ratings has assigned Vantor Compute a rating. In its report, \
         Sable forecasts revenue will grow.",
    );
    assert_eq!(canon(&hits, "Sable"), Some("Sable Ratings"), "{hits:?}");
}

#[test]
fn a_paragraphs_number_opening_a_line_keeps_the_sentences_opening() {
    let hits = empty(
        "1.4 Installed data centre capacity in Ireland stands at 1.9 GW.\n\
         2.3 Private investment by Lir Compute is expected to add capacity.\n\
         9 Including staff and evaluation costs.",
    );
    let names = surfaces(&hits);
    for noise in ["Installed", "Private", "Including"] {
        assert!(!names.contains(&noise), "{noise}: {hits:?}");
    }
    assert!(names.contains(&"Lir Compute"), "{hits:?}");
}

#[test]
fn a_filings_items_and_forms_are_no_names() {
    let hits = empty(
        "FORM 8-K\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\nOn November 30, \
         Halcyon Grid Compute entered into an agreement, as its Form 10-K describes.",
    );
    let names = surfaces(&hits);
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("Item") || n.contains("8-K") || n.contains("10-K")),
        "{hits:?}"
    );
    assert!(names.contains(&"Halcyon Grid Compute"), "{hits:?}");
}

#[test]
fn a_title_of_several_words_comes_off_the_name() {
    let t = "\"We would rather be early,\" Chief Financial Officer Dana Kowalczyk told \
             analysts. Chief Executive Officer Lisa Su spoke next.";
    let names = crate::extract::extract(t, &crate::extract::Lexicon::builtin()).entities;
    let names: Vec<&str> = names.iter().map(|e| e.canonical.as_str()).collect();
    assert!(names.contains(&"Dana Kowalczyk"), "{names:?}");
    assert!(names.contains(&"Lisa Su"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Officer") || *n == "Financial"),
        "{names:?}"
    );
}

#[test]
fn an_imperative_opening_a_sentence_is_no_part_of_the_name() {
    let t = "Consider Corvid Cloud, one of the largest cloud providers. Meet Bukit Digital, \
             a developer in Johor.";
    let names = crate::extract::extract(t, &Lexicon::builtin()).entities;
    let names: Vec<&str> = names.iter().map(|e| e.canonical.as_str()).collect();
    assert!(names.contains(&"Corvid Cloud"), "{names:?}");
    assert!(names.contains(&"Bukit Digital"), "{names:?}");
}

#[test]
fn a_title_in_capitals_comes_off_a_persons_name_only() {
    let t = "Growth was strong, CFO Renata Solberg told analysts. Sources: CFO Dive, Reuters.";
    let names = crate::extract::extract(t, &Lexicon::builtin()).entities;
    let names: Vec<&str> = names.iter().map(|e| e.canonical.as_str()).collect();
    assert!(names.contains(&"Renata Solberg"), "{names:?}");
    assert!(!names.contains(&"Dive"), "{names:?}");
}

#[test]
fn a_generic_business_acronym_is_no_name() {
    let t = "Les POC se multiplient. Le DSI du groupe Valmontis a chiffré le FCF à 2 milliards.";
    let names = crate::extract::extract(t, &Lexicon::builtin()).entities;
    let names: Vec<&str> = names.iter().map(|e| e.canonical.as_str()).collect();
    assert!(
        !names.iter().any(|n| ["POC", "DSI", "FCF"].contains(n)),
        "{names:?}"
    );
}

#[test]
fn a_bare_word_before_an_english_verb_of_business_in_s_is_a_firm() {
    for text in [
        "Shares rose on Monday. Lumenweave plans a 40MW facility.",
        "Shares rose. Vantor invests $2 billion in Ohio.",
        // A name in -x is no plural.
        "Shares rose. Orbitex invested $7 billion in Ohio.",
    ] {
        let hits = empty(text);
        assert!(
            hits.iter()
                .any(|h| matches!(h.1.as_str(), "Lumenweave" | "Vantor" | "Orbitex")),
            "{text}: {hits:?}"
        );
    }
    // "shares" after a name is a noun: no verb, no name read from it alone; nor is a French
    // plural in -aux a name.
    let hits = empty("Markets fell. Vantor shares rose 4% on Monday.");
    assert!(!hits.iter().any(|h| h.1 == "Vantor"), "{hits:?}");
    let hits = empty("Rapport publié. Bureaux va investir 2 milliards d'euros.");
    assert!(!hits.iter().any(|h| h.1 == "Bureaux"), "{hits:?}");
}

#[test]
fn a_newsletters_bold_kicker_in_capitals_holds_no_name_but_its_acronym_used_elsewhere() {
    let text = "**QUICK FIX**\n\n**STARGATE STOCKTAKE** — OpenAI says Stargate counts 7 gigawatts.\n\n\
                **NSF’S OPEN-MODEL BET** — The foundation is touting a $152 million partnership.\n\n\
                The NSF said so.\n\n\
                **Kestrel Compute** — Kestrel raised $40 million.";
    let hits = empty(text);
    let names = surfaces(&hits);
    for n in [
        "STARGATE STOCKTAKE",
        "STARGATE",
        "OPEN-MODEL BET",
        "QUICK FIX",
    ] {
        assert!(!names.contains(&n), "{n}: {hits:?}");
    }
    assert!(names.contains(&"OpenAI"), "{hits:?}");
    assert!(names.contains(&"Kestrel Compute"), "{hits:?}");
    // A name in capitals the text writes so elsewhere stays a name; so does a firm's.
    assert_eq!(names.iter().filter(|n| **n == "NSF").count(), 2, "{hits:?}");
    let hits = empty("**NSF’S OPEN-MODEL BET** — The foundation is touting a partnership.");
    assert!(!surfaces(&hits).contains(&"NSF"), "{hits:?}");
    let hits = empty("**KESTREL COMPUTE** — The Lagos start-up raised $40 million.");
    assert!(surfaces(&hits).contains(&"KESTREL COMPUTE"), "{hits:?}");
}

#[test]
fn first_inside_a_sentence_opens_a_banks_name_even_around_a_known_place() {
    let text = "The loan was arranged by First Abu Dhabi Bank and HSBC. It was led by First \
                Republic Bank. First, the partners said nothing. It was the first Minister to \
                speak, then the First Minister of Wales did.";
    let hits = run(text, &crate::extract::Lexicon::builtin());
    let names = surfaces(&hits);
    for n in ["First Abu Dhabi Bank", "First Republic Bank"] {
        assert!(names.contains(&n), "{n}: {hits:?}");
    }
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("First,") || n.starts_with("First Minister")),
        "{hits:?}"
    );
}

#[test]
fn a_territorys_body_runs_on_to_its_territory() {
    let hits = empty(
        "La Collectivité européenne d'Alsace ajoute 5 millions d'euros. Côté allemand, le Land \
         de Bade-Wurtemberg débloque 20 millions d'euros.",
    );
    let names = surfaces(&hits);
    for n in [
        "Collectivité européenne d'Alsace",
        "Land de Bade-Wurtemberg",
    ] {
        assert!(names.contains(&n), "{n}: {hits:?}");
    }
    assert_eq!(
        kind(&hits, "Land de Bade-Wurtemberg"),
        Some(EntityKind::Institution)
    );
}

#[test]
fn a_list_items_label_before_its_figure_is_a_name_not_a_title() {
    let hits = empty(
        "Eleven firms bid.\n\nWho brought what\nVayuvega Cloud: 1,800 GPUs\nSarvaloka Compute: \
         1,024 GPUs\n",
    );
    let names = surfaces(&hits);
    for n in ["Vayuvega Cloud", "Sarvaloka Compute"] {
        assert!(names.contains(&n), "{n}: {hits:?}");
    }
}

#[test]
fn an_italian_bodys_name_goes_on_through_its_particles() {
    let hits = empty(
        "Italy's state lender Cassa Depositi e Prestiti has committed €1.2 billion. The \
         Politecnico di Milano got €5 million.",
    );
    let names = surfaces(&hits);
    for n in ["Cassa Depositi e Prestiti", "Politecnico di Milano"] {
        assert!(names.contains(&n), "{n}: {hits:?}");
    }
}
