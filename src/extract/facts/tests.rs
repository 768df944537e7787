//! Tests of `facts`.

use crate::extract::{Lexicon, extract};

/// A headline and a lede (a first paragraph of 25 words or more): the article's opening.
const LEDE: &str = "Chips for everyone\n\nOrbitex builds chips in three countries and sells \
                    them to cloud groups, carmakers and phone makers, and it plans to hire more \
                    engineers in Europe and Asia over the next two years.\n\n";

/// (text, owner, in_totals) of each figure, through the whole engine.
pub(crate) fn flags(s: &str) -> Vec<(String, Option<String>, bool)> {
    extract(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.text, f.actor, f.in_totals))
        .collect()
}

/// [`flags`] of the rule stages alone, before reranking.
pub(crate) fn rule_flags(s: &str) -> Vec<(String, Option<String>, bool)> {
    crate::extract::extract_rules(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.text, f.actor, f.in_totals))
        .collect()
}

#[test]
fn a_later_mention_of_the_same_fact_is_out_of_totals() {
    let got = flags(
        "Nordwind lève 300 millions d'euros.\n\nLa start-up Nordwind a levé 300 millions d'euros auprès de fonds américains, a-t-elle indiqué.",
    );
    assert_eq!(got.len(), 2);
    assert!(got[0].2);
    assert!(!got[1].2, "{got:?}");
}

#[test]
fn a_cue_of_a_new_fact_in_the_heading_above_is_none() {
    let got = flags(&format!(
        "{LEDE}L'Etat débloque 3,2 milliards d'euros pour le calcul.\n\nUn rattrapage encore \
         modeste\n\nLes 3,2 milliards d'euros annoncés mercredi s'ajoutent aux promesses."
    ));
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].2 && !got[1].2, "{got:?}");
}

#[test]
fn the_same_amount_of_another_owner_or_marked_new_counts() {
    let got = flags(
        "Orbitex raised $6bn in May. Then it raised another $6bn in December. Quantil said it would invest $6bn in Ohio.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().take(2).all(|g| g.2), "{got:?}");
}

#[test]
fn a_headline_without_a_name_takes_the_owner_of_the_same_fact_in_the_body() {
    let got = flags(
        "Sovereign fund pledges $40bn for AI\n\nThe Orbitex Fund plans to create a $40 billion vehicle for AI, its chairman said.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, got[1].1, "{got:?}");
    assert!(got[0].1.is_some() && got[0].2 && !got[1].2, "{got:?}");
}

#[test]
fn a_conversion_shares_its_owner() {
    let got =
        flags("Orbitex will spend 380 billion yuan (about $53 billion) on its new campus by 2030.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, got[1].1);
    assert!(!got[1].2);
}

#[test]
fn a_unit_named_after_its_group_states_the_groups_fact() {
    let lex = Lexicon::builtin().with_additions(&[crate::extract::lexicon::Actor {
        canonical: "Orbitex".into(),
        en: None,
        kind: crate::extract::EntityKind::Company,
        aliases: vec![],
    }]);
    let got: Vec<_> = extract(
        "Orbitex to invest $11bn in Ohio\n\nOrbitex Cloud Services said on Monday it would \
         spend $11bn on data centres in Ohio.",
        &lex,
    )
    .figures
    .into_iter()
    .map(|f| (f.actor, f.in_totals))
    .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0.as_deref(), Some("Orbitex"), "{got:?}");
    assert!(
        got[0].1 && !got[1].1,
        "the body restates the headline: {got:?}"
    );
    // Another name with the same amount is its own fact.
    let got = flags(
        "In May, Orbitex said it would invest $11bn in Ohio. In June, Quantil Cloud said it \
         would spend $11bn there.",
    );
    assert!(got.iter().all(|g| g.2), "{got:?}");
}

#[test]
fn an_amount_taken_up_with_a_definite_article_is_the_fact_given_before() {
    let got = flags(
        "In May, Orbitex said it would spend $11bn on data centres. The $11bn project will be \
         powered by a plant owned by Quantil Energy.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].2 && !got[1].2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Orbitex"), "{got:?}");
    // A clause of its own after the amount states a new fact.
    let got = flags(
        "In May, Orbitex lost $5bn. In June, Quantil raised $2bn, more than the $5bn it was \
         valued at in 2023.",
    );
    assert!(got[2].2, "{got:?}");
}

#[test]
fn an_amount_naming_no_one_far_into_the_article_is_another_fact() {
    let got = flags(&format!(
        "{LEDE}About $120 billion will come from sovereign programmes, the report estimates.\n\n\
         Microsoft has said its spending will exceed $120 billion."
    ));
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].1.is_none() && got[0].2 && got[1].2, "{got:?}");
}

#[test]
fn a_paragraph_opening_on_of_the_total_details_the_total_before_it() {
    let got = extract(
        "The cabinet approved an outlay of ₹1.2 lakh crore, more than the ₹10,372 crore of the \
         first phase.\n\nOf the total, ₹48,000 crore has been earmarked for compute.",
        &Lexicon::builtin(),
    )
    .figures;
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(!got[2].in_totals, "{got:?}");
}

#[test]
fn amounts_adding_up_to_a_total_with_its_marked_parts_are_its_parts() {
    let got = flags(
        "Le ministère a présenté un plan de 2,5 milliards d'euros, dont 1,25 milliard d'euros \
         financés par l'État. Bpifrance apportera 1 milliard d'euros en fonds propres, et les \
         250 millions restants viendront de la Commission européenne.",
    );
    let counted: Vec<bool> = got.iter().map(|g| g.2).collect();
    assert_eq!(counted, [true, false, false, false], "{got:?}");
    // Without a marked part, two amounts that happen to add up stay facts of their own.
    let got = flags("Orbitex raised $2bn. Quantil raised $1.5bn and Nordwind $500m.");
    assert!(got.iter().all(|g| g.2), "{got:?}");
    // Three or more that add up are its breakdown, across paragraphs, and a list or a table
    // under it however far.
    let got = flags(
        "Vous bouclez une série B de 120 millions d'euros. Qui sont vos investisseurs ?\n\n\
         Le tour est mené par Eurazeo, qui apporte 45 millions d'euros. Bpifrance met 20 \
         millions d'euros. HV Capital apporte 55 millions d'euros.",
    );
    let counted: Vec<bool> = got.iter().map(|g| g.2).collect();
    assert_eq!(counted, [true, false, false, false], "{got:?}");
    let filler = "Le texte décrit longuement les sites retenus et leur calendrier. ".repeat(12);
    let got = flags(&format!(
        "Les cinq usines représentent 31 milliards d'euros.\n\n{filler}\n\n\
         | Pays | Investissement |\n|---|---|\n| Allemagne | 8 Md€ |\n| France | 7,5 Md€ |\n\
         | Espagne | 5 Md€ |\n| Italie | 5,5 Md€ |\n| Pologne | 5 Md€ |\n"
    ));
    let counted: Vec<bool> = got.iter().map(|g| g.2).collect();
    assert_eq!(
        counted,
        [true, false, false, false, false, false],
        "{got:?}"
    );
    // Far from the total, amounts outside a list stay facts of their own.
    let got = flags(&format!(
        "Le plan pèse 31 milliards d'euros.\n\n{filler} Orbitex lève 8 milliards d'euros, \
         Quantil 7,5 milliards d'euros, Nordwind 4 milliards d'euros, Vela 5,5 milliards \
         d'euros et Tarn 6 milliards d'euros."
    ));
    assert!(got.iter().all(|g| g.2), "{got:?}");
}

#[test]
fn an_amount_of_the_cost_is_a_share_of_the_cost_given_before() {
    let got = flags(
        "Nebius put the cost at $6.5bn.\n\nThe company said about $4bn of the cost will be \
         covered by a term loan arranged by JPMorgan and Goldman Sachs, with the remaining \
         $2.5bn coming from cash on hand.",
    );
    let counted: Vec<bool> = got.iter().map(|g| g.2).collect();
    assert_eq!(counted, [true, false, false], "{got:?}");
    assert!(
        got.iter().all(|g| g.1.as_deref() == Some("Nebius")),
        "{got:?}"
    );
}

#[test]
fn a_headline_under_front_matter_is_still_the_opening() {
    let got = flags(
        "---\ndate: 2026-04-21\ntype: press-release\ntags: [GPUs]\n---\n\n# Kestrel Compute \
         Secures $1.4 Billion to Build an AI Campus\n\nOSLO -- Kestrel Compute, a Nordic \
         provider of renewable-powered AI infrastructure, today announced that it has secured \
         $1.4 billion in new financing to build a campus in Narvik, in northern Norway, with \
         room to grow.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].2 && !got[1].2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Kestrel Compute"), "{got:?}");
}

#[test]
fn a_heading_or_a_table_row_restates_the_body() {
    let got = flags(&format!(
        "{LEDE}## 4,096 chips bought from Nvidia\n\nOrbitex ordered 4,096 chips from Nvidia, to \
         be installed by the summer.\n\n| Item | Value |\n|---|---|\n| Chips | 4,096 chips |"
    ));
    let counted: Vec<bool> = got.iter().map(|g| g.2).collect();
    assert_eq!(counted, [true, false, false], "{got:?}");
}

#[test]
fn the_capacity_a_site_grows_from_is_part_of_the_new_one() {
    let got = flags(
        "Saudi Arabia wants to host 6.6 gigawatts of data centre capacity by 2034, up from less \
         than 300 megawatts today. Alphabet spent $80bn in 2025, up from $50bn in 2024.",
    );
    let counted: Vec<bool> = got.iter().map(|g| g.2).collect();
    assert_eq!(counted, [true, false, true, true], "{got:?}");
}

#[test]
fn a_part_in_a_sentence_of_its_own_keeps_the_owner_found_for_it() {
    // The rules' owner: the reranker weighs it against the names of the part's own sentence.
    let got = rule_flags(
        "The Public Investment Fund is in talks with Qualcomm. Humain would lead a $10 billion \
         venture with them.\n\nThe fund would contribute $6 billion, with Qualcomm putting in \
         $2.5 billion and Humain $1.5 billion.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got[0].2 && !got[1].2, "{got:?}");
    assert_eq!(
        got[1].1.as_deref(),
        Some("Public Investment Fund"),
        "{got:?}"
    );
}

#[test]
fn an_amount_stated_again_with_no_owner_named_in_its_sentence_is_a_restatement() {
    // "Vous évoquez 1,6 milliard": the answer's owner comes from elsewhere; the amount, not
    // round, was given before.
    let got = rule_flags(
        "Orbitex a présenté un plan de 1,6 milliard d'euros pour ses usines.\n\nMistral AI a \
         ouvert un site à Lyon. Elle y consacrera 1,6 milliard d'euros, selon la \
         commission.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].2 && !got[1].2, "{got:?}");
    // A round amount met again may be another fact.
    let got = rule_flags(
        "Orbitex a présenté un plan de 2 milliards d'euros pour ses usines.\n\nMistral AI a \
         ouvert un site à Lyon. Elle y consacrera 2 milliards d'euros, selon la \
         commission.",
    );
    assert!(got.iter().all(|g| g.2), "{got:?}");
}

#[test]
fn round_amounts_have_one_significant_digit_or_two_ending_in_five() {
    for v in [5e9, 2.5e8, 1e5, 1.5e9, 40e9] {
        assert!(super::round(v), "{v}");
    }
    for v in [1.6e9, 2.6e11, 240.0, 2.1e9, 1.2e9] {
        assert!(!super::round(v), "{v}");
    }
}

#[test]
fn an_amount_taken_up_with_a_possessive_is_the_one_given_before() {
    // Round, and read as another actor's: only the possessive makes it the same.
    let got = rule_flags(
        "Orbitex a levé 450 millions d'euros auprès de ses actionnaires.\n\nMistral AI, lui, \
         n'a rien levé. Avec ses 450 millions d'euros, la start-up de Grenoble compte doubler ses \
         effectifs.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[0].2 && !got[1].2, "{got:?}");
}

#[test]
fn a_share_named_right_before_the_amount_is_a_part_of_the_whole_before() {
    let got = flags(
        "Microsoft spent $37.5 billion in the quarter. Capex rose fast.\n\nRoughly half of \
         that, $18.6 billion, went on short-lived assets.",
    );
    assert!(got[0].2 && !got[1].2, "{got:?}");
    let got = flags(
        "Japan will hand out 287 billion yen to five firms. The money comes from the \
         budget.\n\nSoftBank Corp. will receive the largest share, 95 billion yen, for a data \
         center in Sakai.",
    );
    assert!(got[0].2 && !got[1].2, "{got:?}");
    let got = flags(
        "Japan approved ¥1.23 trillion for chips. The plan runs to 2030.\n\nOf the new \
         money, ¥630 billion is earmarked for Rapidus, the state-backed chipmaker.",
    );
    assert!(got[0].2 && !got[1].2, "{got:?}");
    // A new amount with no share named is its own.
    let got = flags(
        "Japan approved ¥1.23 trillion for chips. The plan runs to 2030.\n\nRapidus, the \
         state-backed chipmaker, will spend ¥630 billion.",
    );
    assert!(got[0].2 && got[1].2, "{got:?}");
}

#[test]
fn a_breakdown_continues_the_part_marked_before_it_past_an_amount_each_gets() {
    let got = flags(
        "Ontario will spend $1.6 billion over five years on a public supercomputer.\n\nOf the \
         total, $950 million will go to the machine itself. Another $420 million will fund \
         compute credits for startups, who can apply for up to $2 million each, and $230 \
         million is earmarked for training.",
    );
    let flag = |t: &str| got.iter().find(|g| g.0 == t).map(|g| g.2);
    assert_eq!(flag("$950 million"), Some(false), "{got:?}");
    assert_eq!(flag("$420 million"), Some(false), "{got:?}");
    assert_eq!(flag("$230 million"), Some(false), "{got:?}");
}

#[test]
fn a_share_named_before_soit_is_a_part_of_the_total_before() {
    for text in [
        "Le coût total du projet atteint 218 millions d'euros. EuroHPC en prend en charge la \
         moitié, soit 109 millions d'euros.",
        "Le budget atteint 30 milliards de dinars. Selon nos informations, la part la plus \
         importante du budget, soit 18 milliards de dinars, ira aux équipements.",
    ] {
        let got = flags(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].2 && !got[1].2, "{got:?}");
    }
    // A conversion after "soit" restates; an amount after a plain noun and "soit" counts.
    let got = flags(
        "Le groupe investira 2 milliards d'euros dans le campus, soit 3 milliards de dollars.",
    );
    assert!(got[0].2, "{got:?}");
}

#[test]
fn a_share_of_money_added_on_top_is_no_part() {
    let got = flags(
        "L'État mettra 2,5 milliards d'euros dans le plan. Les entreprises privées apporteront \
         en plus la moitié de cette somme, soit 1,25 milliard d'euros.",
    );
    assert!(got.iter().all(|g| g.2), "{got:?}");
}
