//! Behaviour tests of the noise and boundary rules ([`super::noise`], the title split, the
//! "and" and quote bridges) on invented sentences, with the empty and the built-in lexicons.

use super::find;
use crate::extract::{EntityKind, Lexicon, NormText};
use EntityKind::*;

fn run(text: &str, lex: &Lexicon) -> Vec<(String, EntityKind)> {
    let n = NormText::new(text);
    find(&n, lex)
        .into_iter()
        .map(|h| (n.as_str()[h.span].to_string(), h.kind))
        .collect()
}

pub(super) fn names(text: &str) -> Vec<String> {
    run(text, &Lexicon::empty())
        .into_iter()
        .map(|h| h.0)
        .collect()
}

#[test]
fn amounts_lend_no_names() {
    let got = names("Le fonds Orkeli a levé 2,4 Md€ puis 3 Mds en juin, et Valmora 12 Md.");
    assert!(!got.iter().any(|n| n.starts_with("Md")), "{got:?}");
    // Units of power, energy and speed after a number are no names either.
    let got = names("Le groupe posera des lignes à 400 kV, livrera 3 TWh et 80 GB de mémoire.");
    assert!(got.is_empty(), "{got:?}");
    let got = names("Le câble offrira 40 Tbit/s, 80 Go de mémoire, et le réseau 10 Gbps de plus.");
    assert!(got.is_empty(), "{got:?}");
    let got = names("The deal with Korvana was worth NT$40 billion, and Zentri paid R6.1 billion.");
    assert!(
        !got.iter().any(|n| n == "NT" || n.starts_with("R6")),
        "{got:?}"
    );
    assert!(got.contains(&"Korvana".to_string()), "{got:?}");
    // The press's own letters for a currency before the amount.
    let got = names("Shaked Silicon raised NIS 760 million, and Oman spends RO 620 million.");
    assert!(!got.iter().any(|n| n == "NIS" || n == "RO"), "{got:?}");
}

#[test]
fn compound_suffixes_are_cut_and_tell_a_place() {
    let got = run(
        "The deal went to the Lisbon-based Orvanta and the Nvidia-backed Quenzel.",
        &Lexicon::empty(),
    );
    assert!(got.contains(&("Lisbon".into(), Place)), "{got:?}");
    assert!(got.iter().any(|h| h.0 == "Nvidia"), "{got:?}");
    assert!(!got.iter().any(|h| h.0.contains('-')), "{got:?}");
    let got = run(
        "Orvanta will spend $80bn on AI-enabled data centres and Cloud-native tools.",
        &Lexicon::empty(),
    );
    assert!(!got.iter().any(|h| h.0.contains('-')), "{got:?}");
    // A participle the list does not hold is cut all the same; "registered" tells a place.
    let got = run(
        "Hengtai, a Shenzhen-registered firm, and the Kestrel-sanctioned Morvel paid.",
        &Lexicon::empty(),
    );
    assert!(got.contains(&("Shenzhen".into(), Place)), "{got:?}");
    assert!(got.iter().any(|h| h.0 == "Kestrel"), "{got:?}");
    assert!(!got.iter().any(|h| h.0.contains('-')), "{got:?}");
    // What the cut leaves may be a generic acronym: no name at all.
    assert!(!got.iter().any(|h| h.0 == "AI"), "{got:?}");
}

#[test]
fn compass_words_of_demonyms_and_weekdays_are_no_names() {
    let got =
        names("The South African lender Mbeza said on Thu, Mar 6, 9:00 AM PST that it agreed.");
    assert_eq!(got, vec!["Mbeza".to_string()]);
}

#[test]
fn ai_before_a_noun_is_an_adjective() {
    let got = names("Investors backed Korvel, the Ostravia AI group run from the capital.");
    assert!(got.contains(&"Ostravia".to_string()), "{got:?}");
    assert!(!got.iter().any(|n| n.ends_with(" AI")), "{got:?}");
    // "AI" still closes a company name.
    let got = names("Yesterday Brightwave AI raised new money.");
    assert!(got.contains(&"Brightwave AI".to_string()), "{got:?}");
}

#[test]
fn titles_split_names() {
    let got = names(
        "The compromise apparently pleased Senate Speaker Alma Verhoeven, who had opposed earlier versions.",
    );
    assert!(got.contains(&"Alma Verhoeven".to_string()), "{got:?}");
    assert!(!got.iter().any(|n| n.contains("Speaker")), "{got:?}");
}

#[test]
fn multi_word_bodies_stay_whole() {
    let got = names(
        "The regional utility still relies heavily on the Energy and Water Authority, whose turbines sit near the disused plant of Nine Rock Island, according to several engineers.",
    );
    assert!(
        got.contains(&"Energy and Water Authority".to_string()),
        "{got:?}"
    );
    assert!(got.contains(&"Nine Rock Island".to_string()), "{got:?}");
    let got = names("Berne lance la Swiss Quantum Initiative cette année.");
    assert!(
        got.contains(&"Swiss Quantum Initiative".to_string()),
        "{got:?}"
    );
    let got = names("La Commission a lancé « Nuages pour l'Afrique » en mars.");
    assert!(
        got.contains(&"Nuages pour l'Afrique".to_string()),
        "{got:?}"
    );
    let got = names("The lab ordered Orion Compute GPU Max boards from Velda.");
    assert!(got.iter().any(|n| n.ends_with("GPU Max")), "{got:?}");
}

#[test]
fn known_names_keep_distinct_suffixes() {
    let lex = Lexicon::builtin();
    let got = run("AMD will ship the MI355X and the MI300A this year.", &lex);
    assert!(got.iter().any(|h| h.0 == "MI355X"), "{got:?}");
    assert!(got.iter().any(|h| h.0 == "MI300A"), "{got:?}");
    let got = run("Nvidia presented Blackwell Ultra to buyers.", &lex);
    assert!(got.iter().any(|h| h.0 == "Blackwell Ultra"), "{got:?}");
}

#[test]
fn newsletter_furniture_is_no_name() {
    let got =
        names("# The Orkeli Brief — Week 41\n\n**TL;DR:** capex at Valmora keeps climbing.\n");
    assert!(
        !got.iter()
            .any(|n| n.contains("Week") || n == "TL" || n == "DR"),
        "{got:?}"
    );
    assert!(got.iter().any(|n| n == "Valmora"), "{got:?}");
    // Units of speed are no names either.
    let got = names("The Valmora machine delivers 71 EFLOP/s, up from 3 PFLOP/s and 9 FLOP/s.");
    assert!(!got.iter().any(|n| n.contains("FLOP")), "{got:?}");
}

#[test]
fn a_range_of_months_is_no_name() {
    let got = names("Capex at Valmora reached $20 billion in the July-September quarter.");
    assert!(!got.iter().any(|n| n.contains("July")), "{got:?}");
}

#[test]
fn a_demonym_before_a_firm_word_is_a_name() {
    let got = names("The round was led by Aker, with Nordic Capital and the Irish Times fund.");
    assert!(got.contains(&"Nordic Capital".to_string()), "{got:?}");
    assert!(got.contains(&"Irish Times".to_string()), "{got:?}");
    assert!(!got.contains(&"Capital".to_string()), "{got:?}");
    // A demonym before another company word stays no name.
    let got = names("Investors praised the French AI sector and Swedish Group rules.");
    assert!(!got.iter().any(|n| n.starts_with("French")), "{got:?}");
}

#[test]
fn a_country_glued_to_a_dollar_sign_is_a_currency() {
    let lex = Lexicon::builtin();
    let got = run("Google adds US$1.6 billion and HK$2bn, says the US.", &lex);
    let us: Vec<_> = got.iter().filter(|(n, _)| n == "US").collect();
    assert_eq!(us.len(), 1, "{got:?}");
    let got = names("It adds THB 85 billion, or 2 SGD a share, says THB Holdings.");
    assert!(!got.contains(&"THB".to_string()), "{got:?}");
}

#[test]
fn a_name_spelled_by_its_acronym_is_whole() {
    let got = run(
        "Le ministère de l'Économie, de l'Innovation et de l'Énergie (MEIE) ajoutera une \
         subvention. The Center for a New American Security (CNAS) estimates the trade. The \
         firm sells graphics processors (GPU).",
        &Lexicon::empty(),
    );
    let names: Vec<&str> = got.iter().map(|h| h.0.as_str()).collect();
    assert!(
        names.contains(&"ministère de l'Économie, de l'Innovation et de l'Énergie"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Center for a New American Security"),
        "{names:?}"
    );
    assert!(!names.iter().any(|n| n.contains("processors")), "{names:?}");
    let kind = |n: &str| got.iter().find(|h| h.0 == n).map(|h| h.1);
    assert_eq!(kind("CNAS"), Some(Institution), "{got:?}");
}

#[test]
fn a_budget_document_is_no_name() {
    let got = names(
        "Budget 2026 proposes to provide $2.4 billion to Quantil Labs. Budget 2024 began it.",
    );
    assert!(!got.iter().any(|n| n.starts_with("Budget")), "{got:?}");
    assert!(got.contains(&"Quantil Labs".to_string()), "{got:?}");
}

#[test]
fn a_documents_parts_titles_labels_and_jargon_are_no_names() {
    let got = names(
        "Slide 7: Quantil Labs targets FY27E. Box 1 and Text Table 1 give more; see Table 4.1. \
         Hannah Liebermann, Chief Financial Officer, rates Orbitex Underweight.",
    );
    for bad in [
        "Slide 7",
        "FY27E",
        "Box 1",
        "Text Table 1",
        "Table 4.1",
        "Financial Officer",
    ] {
        assert!(!got.iter().any(|n| n == bad), "{bad}: {got:?}");
    }
    assert!(!got.iter().any(|n| n.contains("Underweight")), "{got:?}");
    assert!(got.contains(&"Quantil Labs".to_string()), "{got:?}");
    assert!(got.contains(&"Hannah Liebermann".to_string()), "{got:?}");
    // A broadcast transcript's role labels and stage directions.
    let got = names(
        "MARCUS HILL (ANCHOR): Good evening from Tulsa.\n\n[SOT - Commissioner Ray Dunning]\n\n\
         LINDA FORSYTHE (COWETA RESIDENT): They get the break.",
    );
    let more = names(
        "[PLATEAU]\n\nPRÉSENTATRICE (Claire Aubry) : Bonsoir.\n\nJOURNALISTE (voix off) : Ici.",
    );
    assert!(
        !more
            .iter()
            .any(|n| n == "JOURNALISTE" || n.starts_with("PRÉSENT") || n == "PLATEAU"),
        "{more:?}"
    );
    for bad in ["ANCHOR", "SOT", "COWETA RESIDENT"] {
        assert!(!got.iter().any(|n| n == bad), "{bad}: {got:?}");
    }
}

#[test]
fn a_tables_cells_aligned_with_spaces_are_apart() {
    let got = names(
        "The projects of Ras Madrakah Digital:\n\nProject          Sponsor             Status\n\
         Duqm AI Campus   Ras Madrakah Digital   Planned\n",
    );
    assert!(
        !got.iter()
            .any(|n| n.contains("Status") || n.contains("Planned")),
        "{got:?}"
    );
    assert!(got.contains(&"Ras Madrakah Digital".to_string()), "{got:?}");
}

#[test]
fn a_title_in_capitals_with_its_unit_in_brackets_names_nothing() {
    let got = names(
        "Le groupe a publié ses comptes.\n\nLES CHIFFRES DU TRIMESTRE (en milliards de dollars)\n\
         Chiffre d’affaires : 11,8\n\n- ADEME (Fonds chaleur) : 6,2 M€ ;\n",
    );
    assert_eq!(got, ["ADEME", "Fonds"]);
}

#[test]
fn a_name_closed_by_a_firms_word_is_a_company_not_a_person() {
    for text in [
        "Une fois de plus, Vantor Micro a fait mieux que prévu.",
        "Orlan Machines shipped its first racks; Kestrel Micro followed.",
    ] {
        let got = run(text, &Lexicon::empty());
        assert!(
            !got.is_empty() && got.iter().all(|h| h.1 == Company),
            "{got:?}"
        );
    }
}

#[test]
fn common_words_in_capitals_are_no_persons_name() {
    let text = "Contact Investor Relations for the quarterly report. The relations with \
                investors improved, and Harlan Voss said so.";
    let got = run(text, &Lexicon::empty());
    assert!(
        !got.iter()
            .any(|h| h.0 == "Investor Relations" && h.1 == Person),
        "{got:?}"
    );
    assert!(
        got.contains(&("Harlan Voss".to_string(), Person)),
        "{got:?}"
    );
}

#[test]
fn a_filings_title_names_its_issuer() {
    let got = run(
        "# Corveth Systems, Inc.\n\n## Quarterly Report\n\nWe operate data centers.",
        &Lexicon::empty(),
    );
    assert_eq!(got, [("Corveth Systems".to_string(), Company)]);
    // A title of common words names no one.
    let got = names("# Quarterly Results\n\nWe operate data centers.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_sites_name_joined_to_its_owner_is_two_names() {
    let got = run(
        "Helvio Data a déposé un permis. Le Campus Rhénan d’Helvio Data reste le plus grand. \
         La Région Centre-Val de Loire suit, comme Loire Cloud.",
        &Lexicon::empty(),
    );
    assert!(
        got.contains(&("Campus Rhénan".to_string(), Project)),
        "{got:?}"
    );
    assert_eq!(
        got.iter().filter(|h| h.0 == "Helvio Data").count(),
        2,
        "{got:?}"
    );
    assert!(!got.iter().any(|h| h.0 == "Loire"), "{got:?}");
}

#[test]
fn lower_case_compounds_and_bonds_name_no_one() {
    let got = names(
        "Lattice Analytics expects revenue for GPU-rental specialists to reach $65bn. The \
         spread over Treasuries widened. Nvidia-backed Orlan grew.",
    );
    assert_eq!(got, ["Lattice Analytics", "Orlan"]);
}

#[test]
fn a_bold_label_alone_on_its_line_is_a_heading() {
    let got = names(
        "## 1. Qatar bets on Paris\n\n**The Scoop**\n\nQatar's fund will put €1bn into Lumen \
         Atlas, the Paris-based lab.\n\n**Know More**\n\nLumen Atlas last raised €1.2bn.",
    );
    assert!(
        !got.iter().any(|n| n == "Scoop" || n == "Know More"),
        "{got:?}"
    );
    assert!(got.iter().any(|n| n == "Lumen Atlas"), "{got:?}");
}

#[test]
fn demonyms_joined_by_a_hyphen_name_no_one() {
    let got =
        names("The award went to Boreal, a Finnish-Swedish consortium, and Rhein-Main Compute.");
    assert!(!got.iter().any(|n| n == "Finnish-Swedish"), "{got:?}");
    assert!(got.iter().any(|n| n.starts_with("Rhein-Main")), "{got:?}");
}
