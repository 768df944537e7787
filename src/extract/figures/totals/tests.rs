//! Tests of `totals`.

use crate::extract::figures::find;
use crate::text::NormText;

/// (span text, in_totals) of each figure.
pub(in crate::extract::figures) fn flags(s: &str) -> Vec<(String, bool)> {
    let n = NormText::new(s);
    find(&n)
        .into_iter()
        .map(|f| (n.as_str()[f.span].to_string(), f.in_totals))
        .collect()
}

#[test]
fn conversions_are_restatements() {
    assert_eq!(
        flags("Pékin a mobilisé 380 milliards de yuans (environ 53 milliards de dollars) en 2024."),
        vec![
            ("380 milliards de yuans".into(), true),
            ("53 milliards de dollars".into(), false)
        ]
    );
    assert_eq!(
        flags("The UK pledged £20bn ($25bn) for compute."),
        vec![("£20bn".into(), true), ("$25bn".into(), false)]
    );
    // A translation's conversions stand in square brackets.
    assert_eq!(
        flags("The fund will provide R$900 million [US$165 million] by 2030."),
        vec![
            ("R$900 million".into(), true),
            ("US$165 million".into(), false)
        ]
    );
    assert_eq!(
        flags("Le plan pèse 2 milliards de livres sterling, soit environ 2,3 milliards d'euros."),
        vec![
            ("2 milliards de livres sterling".into(), true),
            ("2,3 milliards d'euros".into(), false)
        ]
    );
    assert_eq!(
        flags("It costs €5bn, or about $5.4bn, says the report."),
        vec![("€5bn".into(), true), ("$5.4bn".into(), false)]
    );
}

#[test]
fn parts_are_out_of_totals() {
    assert_eq!(
        flags("Microsoft will invest $80bn, including $40bn for US data centres."),
        vec![("$80bn".into(), true), ("$40bn".into(), false)]
    );
    assert_eq!(
        flags("Il a acheté 100 000 GPU, dont 50 000 H100."),
        vec![("100 000 GPU".into(), true), ("50 000 H100".into(), false)]
    );
    assert_eq!(
        flags("InvestAI, a €200 billion initiative that includes €20 billion for gigafactories."),
        vec![("€200 billion".into(), true), ("€20 billion".into(), false)]
    );
    assert_eq!(
        flags("Le plan de 109 milliards d'euros comprend 30 milliards d'euros de fonds émiratis."),
        vec![
            ("109 milliards d'euros".into(), true),
            ("30 milliards d'euros".into(), false)
        ]
    );
}

#[test]
fn parts_without_a_marker_word() {
    let got = flags(
        "L'enveloppe atteignait 900 millions d'euros : 100 millions en 2022, puis 800 millions d'euros en 2024.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].1 && !got[1].1 && !got[2].1, "{got:?}");
    let got = flags(
        "Parliament approved $40 billion, including $30 billion for plants and $10 billion for research.",
    );
    assert_eq!(
        got.iter().map(|g| g.1).collect::<Vec<_>>(),
        vec![true, false, false]
    );
    let got = flags(
        "The round totals $12bn. Orbitex will provide $8bn of the total, with the remaining $4bn from banks.",
    );
    assert_eq!(
        got.iter().map(|g| g.1).collect::<Vec<_>>(),
        vec![true, false, false]
    );
}

#[test]
fn independent_figures_stay_in_totals() {
    assert_eq!(
        flags(
            "Mistral a levé 600 millions d'euros. ASML a investi 1,3 milliard d'euros (via une augmentation de capital)."
        ),
        vec![
            ("600 millions d'euros".into(), true),
            ("1,3 milliard d'euros".into(), true)
        ]
    );
    assert_eq!(
        flags(
            "Investors including SoftBank put $10bn in the deal; Oracle or Microsoft may add $5bn."
        ),
        vec![("$10bn".into(), true), ("$5bn".into(), true)]
    );
    assert_eq!(
        flags("The plan is $5bn or $6bn, depending on the year."),
        vec![("$5bn".into(), true), ("$6bn".into(), true)]
    );
}

#[test]
fn a_share_of_the_total_is_never_a_share_of_a_valuation() {
    let n = NormText::new(
        "The start-up raised €1.7 billion in a round led by Orbitex, valuing the French start-up at \
         €11.7 billion. Orbitex will invest €1.3 billion of the total.",
    );
    let figs = find(&n);
    let part = figs
        .iter()
        .find(|f| &n.as_str()[f.span.clone()] == "€1.3 billion");
    let of = part
        .and_then(|f| f.link)
        .map(|l| &n.as_str()[figs[l.of].span.clone()]);
    assert_eq!(of, Some("€1.7 billion"), "the round, not the valuation");
}

#[test]
fn the_first_stage_of_a_project_is_a_part_of_its_size() {
    assert_eq!(
        flags("X will build a 300 MW campus. It expects the first 150 MW phase to open in 2027."),
        vec![("300 MW".into(), true), ("150 MW".into(), false)]
    );
    assert_eq!(
        flags("X construira un campus de 1 GW. La première phase, de 200 MW, ouvrira en 2026."),
        vec![("1 GW".into(), true), ("200 MW".into(), false)]
    );
    assert_eq!(
        flags("The 400 MW campus is rising. The first 100 MW hall goes live in September."),
        vec![("400 MW".into(), true), ("100 MW".into(), false)]
    );
    // An ordinal that names no stage leaves the amount counted.
    assert_eq!(
        flags(
            "X a levé 600 millions d'euros. Pour la première fois, X a levé 2 milliards d'euros."
        ),
        vec![
            ("600 millions d'euros".into(), true),
            ("2 milliards d'euros".into(), true)
        ]
    );
}

#[test]
fn a_part_may_open_the_next_sentence() {
    assert_eq!(
        flags(
            "X a annoncé un plan de 2 milliards de livres. Dont 500 millions de livres iront à Y."
        ),
        vec![
            ("2 milliards de livres".into(), true),
            ("500 millions de livres".into(), false)
        ]
    );
    // Without a marker, the next sentence's amount is a fact of its own.
    assert_eq!(
        flags("X a annoncé un plan de 2 milliards de livres. Y investira 500 millions de livres."),
        vec![
            ("2 milliards de livres".into(), true),
            ("500 millions de livres".into(), true)
        ]
    );
}

#[test]
fn a_part_may_come_with_an_article_or_a_noun() {
    assert_eq!(
        flags("X will mobilise €200bn, including a €20bn fund for gigafactories."),
        vec![("€200bn".into(), true), ("€20bn".into(), false)]
    );
    assert_eq!(
        flags("X mobilisera 200 milliards d'euros, dont un fonds de 20 milliards d'euros."),
        vec![
            ("200 milliards d'euros".into(), true),
            ("20 milliards d'euros".into(), false)
        ]
    );
    // An article is no approximation: "or a $2bn valuation" restates nothing.
    assert_eq!(
        flags("X raised $1bn, or a $2bn valuation."),
        vec![("$1bn".into(), true), ("$2bn".into(), true)]
    );
}

#[test]
fn a_sentence_opening_on_the_total_details_it() {
    assert_eq!(
        flags("xAI is raising $20bn, people said. Of the total, about $12.5bn would be debt."),
        vec![("$20bn".into(), true), ("$12.5bn".into(), false)]
    );
    assert_eq!(
        flags("Le groupe investira 10 milliards d'euros. Sur ce total, 4 milliards iront à Lyon."),
        vec![
            ("10 milliards d'euros".into(), true),
            ("4 milliards".into(), false)
        ]
    );
    // A bare amount after a sentence that opens on no part marker is no part.
    assert_eq!(
        flags("Le groupe investira 10 milliards d'euros. Ensuite, 4 milliards iront à Lyon."),
        vec![
            ("10 milliards d'euros".into(), true),
            ("4 milliards".into(), true)
        ]
    );
}

#[test]
fn of_that_is_a_part_only_when_it_opens_the_sentence() {
    assert_eq!(
        flags("InvestAI is a €200bn initiative. Of that, €50bn will be public money."),
        vec![("€200bn".into(), true), ("€50bn".into(), false)]
    );
    assert_eq!(
        flags("InvestAI is a €200bn initiative. On top of that, €50bn will be public money."),
        vec![("€200bn".into(), true), ("€50bn".into(), true)]
    );
}

#[test]
fn a_decimal_point_ends_no_clause_before_a_share_or_a_stage() {
    assert_eq!(
        flags(
            "The first phase will cost $4.5 billion. Of the $4.5 billion, Yeongsan will put in \
             $1.5 billion in equity."
        )[2],
        ("$1.5 billion".into(), false)
    );
    assert_eq!(
        flags(
            "The campus will cost VND40 trillion. The first phase, worth VND18.6 trillion, will \
             deliver 60MW."
        )[1],
        ("VND18.6 trillion".into(), false)
    );
}

#[test]
fn an_ordinal_share_of_a_total_given_before_is_a_part() {
    assert_eq!(
        flags(
            "Le groupe investira 10 milliards d'euros en France. Le premier tiers, soit 3,3 \
             milliards, sera engagé d'ici 2026."
        ),
        vec![
            ("10 milliards d'euros".into(), true),
            ("3,3 milliards".into(), false)
        ]
    );
    assert_eq!(
        flags("The group will invest $9bn. The first third, about $3bn, will be spent in 2026."),
        vec![("$9bn".into(), true), ("$3bn".into(), false)]
    );
}

#[test]
fn the_figure_a_new_one_replaces_is_out_of_totals() {
    assert_eq!(
        flags(
            "It raised its forecast to between $91 billion and $93 billion, from $85 billion previously."
        ),
        vec![
            ("$91 billion and $93 billion".into(), true),
            ("$85 billion".into(), false)
        ]
    );
    // Last year's amount is a fact of its own.
    assert_eq!(
        flags("It will spend $42 billion this year, up from $29.8 billion in 2024."),
        vec![("$42 billion".into(), true), ("$29.8 billion".into(), true)]
    );
    // A plan raised to a new amount: the old one is replaced, in either language.
    assert_eq!(
        flags("It agreed to expand its planned investment to $65 billion from $40 billion."),
        vec![("$65 billion".into(), true), ("$40 billion".into(), false)]
    );
    assert_eq!(
        flags("Le groupe a porté son plan à 20 milliards d'euros, contre 12 milliards d'euros."),
        vec![
            ("20 milliards d'euros".into(), true),
            ("12 milliards d'euros".into(), false)
        ]
    );
    // A change dated to another period states that period's fact.
    assert_eq!(
        flags("Revenue rose to $35.1 billion from $18.1 billion a year earlier."),
        vec![
            ("$35.1 billion".into(), true),
            ("$18.1 billion".into(), true)
        ]
    );
    // So does an amount compared with another period's, or set after a calendar quarter.
    assert_eq!(
        flags(
            "Alphabet forecast capex of $120 billion for 2026, compared with $91.4 billion in 2025."
        ),
        vec![
            ("$120 billion".into(), true),
            ("$91.4 billion".into(), true)
        ]
    );
    assert_eq!(
        flags(
            "Capex reached $37.5 billion in its fiscal second quarter, up from $22.6 billion a year earlier."
        ),
        vec![
            ("$37.5 billion".into(), true),
            ("$22.6 billion".into(), true)
        ]
    );
}

#[test]
fn the_first_share_of_an_amount_given_before_is_a_part() {
    assert_eq!(
        flags(
            "Orbitex will invest up to $100 billion in Quantil. The first $10 billion will be \
             deployed when the first site is done."
        ),
        vec![("$100 billion".into(), true), ("$10 billion".into(), false)]
    );
    // With no larger amount before, a first amount is a fact of its own.
    assert_eq!(
        flags("The first $10 billion round in Europe closed on Monday."),
        vec![("$10 billion".into(), true)]
    );
}

#[test]
fn an_amount_set_against_another_place_or_year_counts() {
    assert_eq!(
        flags(
            "Les investissements ont atteint 8 milliards d'euros en Europe, contre 60 milliards \
             aux États-Unis."
        ),
        vec![
            ("8 milliards d'euros".into(), true),
            ("60 milliards".into(), true)
        ]
    );
    // What the new version replaces does not.
    assert_eq!(
        flags(
            "Le plan prévoit 33 000 milliards de wons, contre 26 000 milliards de wons dans la \
             version précédente."
        ),
        vec![
            ("33 000 milliards de wons".into(), true),
            ("26 000 milliards de wons".into(), false)
        ]
    );
}

#[test]
fn a_clause_opening_on_a_share_of_what_came_before_holds_a_part() {
    assert_eq!(
        flags(
            "Japan approved ¥10 trillion of support through 2030; of that, Orbitex is expected \
             to receive about ¥1.7 trillion."
        ),
        vec![
            ("¥10 trillion".into(), true),
            ("¥1.7 trillion".into(), false)
        ]
    );
    assert_eq!(
        flags(
            "Le plan mobilise 10 milliards d'euros. Sur ce total, l'État apportera 2 milliards \
             d'euros."
        ),
        vec![
            ("10 milliards d'euros".into(), true),
            ("2 milliards d'euros".into(), false)
        ]
    );
    assert_eq!(
        flags(
            "Le plan mobilise 11 milliards de dirhams.\n\nSur l'enveloppe publique, 4,2 \
             milliards de dirhams iront à la formation. Sur l'ensemble de 2025, la société a \
             facturé 14 millions d'euros."
        ),
        vec![
            ("11 milliards de dirhams".into(), true),
            ("4,2 milliards de dirhams".into(), false),
            ("14 millions d'euros".into(), true)
        ]
    );
}

#[test]
fn a_count_of_the_things_counted_before_is_a_share() {
    assert_eq!(
        flags(
            "Orbitex will supply more than 260,000 of its most advanced chips to Quantil. \
             Quantil will deploy 50,000 of the chips for its own use."
        ),
        vec![
            ("260,000 of its most advanced chips".into(), true),
            ("50,000 of the chips".into(), false)
        ]
    );
}

#[test]
fn a_breakdown_may_follow_a_named_amount_and_its_colon() {
    assert_eq!(
        flags("xAI closed a $10bn raise: $5bn of debt and $5bn of equity."),
        vec![
            ("$10bn".into(), true),
            ("$5bn".into(), false),
            ("$5bn".into(), false)
        ]
    );
    assert_eq!(
        flags(
            "Le plan prévoit 20 milliards d'euros d'investissements : 12 milliards d'euros pour \
             les puces."
        ),
        vec![
            ("20 milliards d'euros".into(), true),
            ("12 milliards d'euros".into(), false)
        ]
    );
    // A colon with no white space after it is no breakdown's ("$3 https://…").
    assert_eq!(
        flags("It will spend $3bn https://example.com and $2bn in France."),
        vec![("$3bn".into(), true), ("$2bn".into(), true)]
    );
}

#[test]
fn a_verb_of_inclusion_takes_its_whole_from_the_sentence_before() {
    assert_eq!(
        flags(
            "The government will put £2bn into its plan. The plan, unveiled in January, \
             includes £750m for a supercomputer."
        ),
        vec![("£2bn".into(), true), ("£750m".into(), false)]
    );
    // Not a smaller whole, nor another unit.
    assert_eq!(
        flags("The fund holds £200m. The plan includes £750m for a supercomputer."),
        vec![("£200m".into(), true), ("£750m".into(), true)]
    );
    // The amount a conversion restates is the whole, not the conversion.
    assert_eq!(
        flags(
            "Ondine a levé 220 millions d'euros (environ 240 millions de dollars). Le tour \
             comprend 180 millions d'euros en capital."
        ),
        vec![
            ("220 millions d'euros".into(), true),
            ("240 millions de dollars".into(), false),
            ("180 millions d'euros".into(), false)
        ]
    );
}

#[test]
fn a_detail_row_holds_parts_of_the_row_above() {
    let got = flags(
        "| M€ | S1 2026 | S1 2025 |\n|---|---:|---:|\n| Chiffre d'affaires | 561 M€ | 515 M€ \
         |\n| dont cloud privé | 354 M€ | 328 M€ |\n| dont cloud public | 108 M€ | 92 M€ |\n| \
         EBITDA | 228 M€ | 206 M€ |\n",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        flat,
        vec![true, true, false, false, false, false, true, true],
        "{got:?}"
    );
}

#[test]
fn a_share_of_the_round_is_a_part_of_it() {
    let got = flags(
        "Lumora closed a $310 million round led by Sequoia. Temasek put in about $120 million \
         of the round, people said.",
    );
    assert_eq!(
        got.iter().map(|g| g.1).collect::<Vec<_>>(),
        vec![true, false]
    );
    let got = flags(
        "Lumora a bouclé un tour de 40 millions d'euros. Bpifrance a apporté 10 millions d'euros du tour.",
    );
    assert_eq!(
        got.iter().map(|g| g.1).collect::<Vec<_>>(),
        vec![true, false]
    );
}

#[test]
fn a_stage_growing_to_a_larger_amount_is_a_part_of_it() {
    for text in [
        "The Johor facility would initially draw 80 MW, rising to 200 MW.",
        "Le site dispose de 12 MW, extensible à 40 MW d'ici 2028.",
        "India's capacity is set to grow from 1.5 GW today to 4.5 GW by 2030.",
        "Un véhicule de 30 milliards de dollars extensible à 100 milliards de dollars.",
    ] {
        let got = flags(text);
        assert_eq!(
            got.iter().map(|g| g.1).collect::<Vec<_>>(),
            vec![false, true],
            "{text}: {got:?}"
        );
    }
    // Money growing over time is another period's fact.
    let got = flags("Revenue reached $2.4 billion, rising to $3 billion next year.");
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn the_items_of_a_list_under_their_total_are_its_parts() {
    let got = flags(
        "The government set out its plan.\n\nThe £170 million will fund five centres:\n\n\
         - Edinburgh: £50 million for a new partition.\n\
         - Manchester: £31 million for a health cluster.\n",
    );
    assert_eq!(
        got.iter().map(|g| g.1).collect::<Vec<_>>(),
        vec![true, false, false],
        "{got:?}"
    );
    // A list under a line that gives no total holds facts of their own.
    let got = flags(
        "The government set out its plan for £170 million.\n\nThe centres are:\n\n\
         - Edinburgh: £50 million for a new partition.\n\
         - Manchester: £31 million for a health cluster.\n",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn a_sentence_opening_on_a_first_stage_states_the_stages_amounts() {
    assert_eq!(
        flags(
            "Le projet coûtera 214 millions d'euros.\n\nLa première tranche du projet, d'un coût \
             de 88 millions d'euros, sera livrée en 2027."
        ),
        vec![
            ("214 millions d'euros".into(), true),
            ("88 millions d'euros".into(), false)
        ]
    );
    assert_eq!(
        flags(
            "The campus will reach 200MW by 2032.\n\nThe first phase, worth $732 million, will \
             deliver 60MW of capacity."
        ),
        vec![
            ("200MW".into(), true),
            ("$732 million".into(), true),
            ("60MW".into(), false)
        ]
    );
    // A sentence that opens on no stage leaves a far amount counted.
    assert_eq!(
        flags("The campus will reach 200MW. Its owner said the site will later deliver 60MW."),
        vec![("200MW".into(), true), ("60MW".into(), true)]
    );
    // A sentence opening on the project's financing gives the parts of its cost.
    assert_eq!(
        flags(
            "Le centre coûtera 68 milliards de dinars.\n\nLe financement est assuré par un \
             crédit de 40 milliards de dinars accordé par une banque publique."
        ),
        vec![
            ("68 milliards de dinars".into(), true),
            ("40 milliards de dinars".into(), false)
        ]
    );
}

#[test]
fn an_actors_share_said_to_be_its_alone_is_a_part() {
    let got = flags(
        "The company raised $600 million in a round led by Sequoia. Nvidia alone is putting in \
         $150 million.",
    );
    assert_eq!(got[1], ("$150 million".into(), false));
    let got = flags(
        "La start-up lève 1,2 milliard d'euros. Mubadala apporte à lui seul 900 millions d'euros.",
    );
    assert_eq!(got[1], ("900 millions d'euros".into(), false));
    // A period said alone is no share.
    let got = flags("The group spent $600 million. In 2025 alone, it spent $150 million.");
    assert_eq!(got[1], ("$150 million".into(), true));
    // A share of a whole named by its noun.
    let got = flags("Le site passera à 14 MW. Sur cette capacité, 3,5 MW seront réservés.");
    assert_eq!(got[1], ("3,5 MW".into(), false));
}

#[test]
fn the_rest_named_then_stated_is_a_part() {
    for text in [
        "Le plan atteint 15 milliards d'euros. L'Etat apporte 6 milliards d'euros. Le reste, \
         soit 9 milliards, viendra d'investisseurs privés.",
        "Quillon has committed $62 billion to cloud providers. Oracle gets $35 billion. The \
         remainder, about $27 billion, goes to others.",
    ] {
        let got = flags(text);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(!got[2].1, "{got:?}");
    }
    // A balance tipped is no rest.
    let got = flags(
        "TSMC plans to invest $165 billion in Arizona. What could tip the balance: $52 billion \
         in subsidies.",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn one_of_the_things_counted_before_named_by_its_ordinal_is_a_part() {
    let got = flags(
        "Le plan prévoit trois pôles de calcul totalisant 1,2 gigawatt. Le premier, d'une \
         capacité de 400 mégawatts, sera implanté à Fos-sur-Mer, le deuxième, de 350 MW, près \
         de Dunkerque.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false], "{got:?}");
}

#[test]
fn an_amount_set_against_another_time_is_a_fact_of_its_own() {
    let f = flags(
        "L'opération valorise la société 260 millions de francs, contre 70 millions lors de \
         son tour d'amorçage. Le marché pèsera 28 milliards d'euros en 2030, contre 9 \
         milliards aujourd'hui.",
    );
    for (text, in_totals) in &f {
        assert!(in_totals, "{text} {f:?}");
    }
}

#[test]
fn a_fleet_set_against_today_is_part_of_the_level_it_grows_to() {
    let f = flags("Le supercalculateur a été porté à 33 000 GPU, contre 26 000 aujourd'hui.");
    assert_eq!(f.last(), Some(&("26 000".to_string(), false)), "{f:?}");
}
