use super::*;
use crate::extract::{Lexicon, extract};

#[test]
fn generic_subjects() {
    assert!(generic_subject(
        "Analysts say a single fab can cost ",
        0,
        35
    ));
    assert!(!generic_subject("Orbitex can cost ", 0, 17));
    assert!(!generic_subject("Chaque année, Orbitex dépense ", 0, 31));
    assert!(indefinite_cost(
        "Prudence : un campus de taille moyenne coûte plus de ",
        0,
        55
    ));
    assert!(group_subject(
        "Au total, les cinq projets représentent ",
        0,
        41
    ));
    assert!(!group_subject(
        "Les deux groupes, Orange et Quantil, investiront ",
        0,
        50
    ));
    // A bare plural opening the clause, a heading's line before it aside.
    let t = "## The rounds\n\nPrivate AI companies announced about ";
    assert!(group_subject(t, 0, t.len()));
    let t = "Its rivals announced about ";
    assert!(!group_subject(t, 0, t.len()));
}

#[test]
fn a_group_sized_by_an_adjective_or_a_short_noun_owns_nothing() {
    for t in [
        "Selon Bernstein, les grands groupes technologiques devraient consacrer ",
        "the largest technology companies, which together are on track to spend ",
        "Frontier labs have raised more than ",
        "Gulf sovereign funds have committed more than ",
        // After a short opening adverbial, a conjunction, or a sum's noun.
        "Together, the biggest US tech companies are on track to spend roughly ",
        "Demand is rising, and the four largest US cloud companies have guided to more than ",
        "By my estimates, combined capex of the four largest cloud platforms will reach ",
        // A group's measure.
        "Selon le cabinet IDC, les dépenses des entreprises françaises atteindront ",
        "D'après le cabinet X, les quarante premières capitalisations ont engagé ",
    ] {
        assert!(group_subject(t, 0, t.len()), "{t}");
    }
    // A name's word, a verb after the article, a noun that is no size: someone's.
    for t in [
        "Tessera Labs a signé un engagement de ",
        "The funds will pay for ",
        "The company told investors that its first order would cost ",
        "In dense FP8, the precision most labs actually train in, it is closer to ",
        "The applicant states that the development represents ",
        // A longer clause before the group: an apposition to a name, not a new subject.
        "Nvidia, which sells to the largest cloud companies, will spend ",
        "Selon IDC, les dépenses de Valmontis atteindront ",
    ] {
        assert!(!group_subject(t, 0, t.len()), "{t}");
    }
}

#[test]
fn events_own_nothing() {
    assert!(event("Sommet pour l'action sur l'IA"));
    assert!(event("Abu Dhabi AI Forum"));
    assert!(!event("US Congress"));
    assert!(!event("Forumly"));
    let x = extract(
        "Lors du Sommet pour l'action sur l'IA, les Émirats ont promis 30 milliards d'euros.\n\n\
         Le Sommet pour l'action sur l'IA a réuni 109 milliards d'euros de promesses.",
        &Lexicon::builtin(),
    );
    let owners: Vec<Option<&str>> = x.figures.iter().map(|f| f.actor.as_deref()).collect();
    assert_eq!(owners.len(), 2, "{owners:?}");
    assert!(
        owners.iter().flatten().all(|a| !a.contains("Sommet")),
        "{owners:?}"
    );
}

#[test]
fn a_market_bounded_by_a_place_and_forecast_is_no_ones() {
    let at = |s: &str, a: &str| market_forecast(s, 0, s.find(a).unwrap());
    assert!(at(
        "Data centre capacity in the state could reach 5.8 GW by 2030.",
        "5.8"
    ));
    assert!(at(
        "She expects data centre capacity across the six Gulf states to grow from about 1.5GW.",
        "1.5GW"
    ));
    assert!(at(
        "Selon lui, la demande de calcul sur le continent pourrait dépasser 1 GW d'ici à 2030.",
        "1 GW"
    ));
    // A forecast reported in the conditional.
    assert!(at(
        "Il a cité une étude selon laquelle le marché français de la colocation atteindrait \
         3,4 milliards d'euros en 2028.",
        "3,4"
    ));
    // Someone's capacity, or a capacity stated, not forecast.
    assert!(!at(
        "Its capacity in Texas could reach 2 GW next year.",
        "2 GW"
    ));
    assert!(!at(
        "Microsoft's capacity in Europe will reach 3 GW.",
        "3 GW"
    ));
    assert!(!at(
        "Installed capacity in Norway stood at 500 MW last year.",
        "500 MW"
    ));
}

#[test]
fn spending_forecast_for_a_place_is_no_ones_unless_a_name_owns_it() {
    let at = |s: &str, a: &str| market_forecast(s, 0, s.find(a).unwrap());
    assert!(at(
        "Selon Gartner, les dépenses en cloud souverain en Europe pourraient atteindre 40 milliards.",
        "40"
    ));
    assert!(!at(
        "Les investissements d'Orbitex en France pourraient atteindre 3 milliards.",
        "3 milliards"
    ));
}

#[test]
fn names_and_months_are_no_market_forecast() {
    let at = |s: &str, a: &str| market_forecast(s, 0, s.find(a).unwrap());
    assert!(!at(
        "Humain, launched by the Public Investment Fund in May 2025, plans to build 1.9 gigawatts.",
        "1.9"
    ));
    assert!(!at(
        "The company said it expects capital spending for the fiscal year ending in June to reach about $140 billion.",
        "$140"
    ));
}

#[test]
fn a_forecast_market_is_no_ones() {
    let at = |s: &str, a: &str| market_forecast(s, 0, s.find(a).unwrap());
    assert!(at(
        "Le marché chinois des puces d'IA devrait peser 50 milliards de dollars en 2027.",
        "50"
    ));
    assert!(at(
        "Su said the total addressable market could top $1 trillion by 2030.",
        "$1"
    ));
    assert!(!at("Its market could top $1 trillion by 2030.", "$1"));
}

#[test]
fn banks_and_operators_as_a_group_own_nothing() {
    let s = "Selon Deloitte, les banques suisses dépenseront ";
    assert!(group_subject(s, 0, s.len()));
}

#[test]
fn a_regions_or_a_groups_measure_forecast_is_no_ones() {
    let at = |s: &str, a: &str| market_forecast(s, 0, s.find(a).unwrap());
    assert!(at(
        "Analysts said Nordic data-centre capacity could triple to 3 GW by 2030.",
        "3 GW"
    ));
    assert!(at(
        "IDC expects Latin American spending on AI to reach $8.9 billion in 2026.",
        "$8.9"
    ));
    assert!(at(
        "Selon RTE, la demande européenne pourrait atteindre 12 GW.",
        "12 GW"
    ));
    assert!(at(
        "Analysts estimate that capital spending by the largest cloud and AI companies will \
         top $700 billion this year.",
        "$700"
    ));
    // A company's own measure, or a name before it, stays its own.
    assert!(!at("Kestrel capacity will grow to 2 GW.", "2 GW"));
    assert!(!at(
        "Its spending by the end of the year will reach $3bn.",
        "$3bn"
    ));
}

#[test]
fn a_sectors_capex_or_outlay_forecast_is_no_ones() {
    let at = |s: &str, a: &str| market_forecast(s, 0, s.find(a).unwrap());
    assert!(at(
        "Carrow & Lyle put out a note saying data-centre capex across the industry will hit \
         $2.9 trillion by 2028.",
        "$2.9"
    ));
    assert!(at(
        "A sign that the industry's combined outlay on AI infrastructure could exceed $500 \
         billion this year.",
        "$500"
    ));
    assert!(at(
        "Ampere Analytics forecasts that US data-centre demand will rise from about 45 GW.",
        "45 GW"
    ));
    // A company's own capex is its own.
    assert!(!at(
        "Microsoft's capex will hit $80 billion this year.",
        "$80"
    ));
}

#[test]
fn an_indefinite_cost_after_that_is_no_ones() {
    let s = "And their rule of thumb is that a gigawatt of AI capacity costs about ";
    assert!(indefinite_cost(s, 0, s.len()));
    let s = "Lyle estime qu'un campus de taille moyenne coûte ";
    assert!(indefinite_cost(s, 0, s.len()));
    let s = "Lyle said that the campus costs ";
    assert!(!indefinite_cost(s, 0, s.len()));
}

#[test]
fn what_analysts_expect_is_a_forecast() {
    assert!(super::forecast_of_nobody(
        "Analysts expect companies to spend around $600 billion on data centers next year."
    ));
    assert!(super::forecast_of_nobody(
        "Les analystes prévoient 40 milliards d'euros d'investissements."
    ));
    assert!(!super::forecast_of_nobody(
        "The company spent $600 billion."
    ));
}

#[test]
fn what_a_place_has_installed_is_no_ones() {
    let owner = |t: &str| {
        let x = extract(t, &Lexicon::builtin());
        x.figures.last().and_then(|f| f.actor.clone())
    };
    for t in [
        "Léman Data construit un site. La France compte aujourd'hui environ 1,1 GW de centres \
         de données en service.",
        "Lanchester Digital builds a site. Singapore itself has about 1.4 gigawatts of data \
         center capacity.",
        "Lanchester Digital builds a site. The region already hosts about 1.1GW of data centre \
         capacity.",
        "Léman Data construit un site. Selon l’Association suisse des centres de données \
         (SDCA), le pays compte aujourd’hui environ 620 MW de capacité installée.",
    ] {
        assert_eq!(owner(t), None, "{t}");
    }
    // A place run into its amount reads nothing (no panic).
    assert_eq!(
        owner(
            "Nova builds a campus along Route 128.\n\nRoute 128 300 MW of new capacity is planned."
        ),
        None
    );
    // A firm that has the capacity owns it.
    let t = "Lanchester Digital builds a site. Lanchester Digital has 300 MW in Texas.";
    assert_eq!(owner(t).as_deref(), Some("Lanchester Digital"));
}

#[test]
fn what_several_projects_come_to_is_no_ones() {
    let at = |t: &str, a: &str| projects_total(t, 0, t.find(a).unwrap());
    assert!(at(
        "MIDA has approved three data centre projects with a combined investment of RM14.6 billion.",
        "RM14.6"
    ));
    assert!(at(
        "EirGrid offers grid connections to 11 data centre projects totalling 780MW.",
        "780MW"
    ));
    assert!(at(
        "Ensemble, ils recevront des subsides pour des projets représentant un investissement total de 112 millions d'euros.",
        "112"
    ));
    // Someone's projects, a verb, a call for projects: one owner's amount.
    assert!(!at("Nova said its projects would add 300 MW.", "300"));
    assert!(!at(
        "Global spending, which Gartner projects at US$1.1 trillion in 2027.",
        "US$"
    ));
    assert!(!at(
        "la Région ouvre un appel à projets de 4 millions d'euros.",
        "4 m"
    ));
    assert!(!at(
        "The projects were approved. Nova will invest $2bn.",
        "$2bn"
    ));
}

#[test]
fn what_a_firm_reckons_others_need_is_no_ones() {
    let owners = crate::extract::tests_owners::owners;
    let t = "Nova builds a campus. Consulting firm ICF estimates that U.S. data centers could \
             need 95 gigawatts of power by 2030.";
    assert_eq!(owners(t), [None]);
    let t = "Nova builds a campus. IDC, a research firm, reckons that governments' spending \
             on AI infrastructure will reach $120bn a year by 2029.";
    assert_eq!(owners(t), [None]);
    let t = "Kestrel Cloud spent $23.4 billion on capex. Industry-wide, the math is daunting. \
             Analysts at Cobalt Ridge Partners estimate that U.S. data centers will need an \
             additional 48 GW of capacity by 2030.";
    assert_eq!(owners(t)[1], None);
    // A place's measure as the verb's object.
    let t = "Southgate Digital raised $2.4 billion. Morgan Stanley expects Australia's \
             installed data centre capacity to more than double from about 1.4 gigawatts \
             today to 3.1GW by 2030.";
    assert_eq!(owners(t)[1..], [None, None]);
    // A firm's own measure: its own.
    let t = "Nova builds a campus. Meta, the social media group, expects that spending on \
             servers will reach $60 billion.";
    assert_ne!(owners(t), [None]);
    // A name run into its amount reads no verb after it.
    assert_eq!(
        owners("AA Tk 000 estimates that").len(),
        owners("AA Tk 000").len()
    );
}

#[test]
fn a_forecast_a_pronoun_sources_is_no_ones() {
    let t = "La Wallonie investit 300 millions d'euros. « C'est le bon moment », estime Sophie \
             Vandenbroucke, économiste chez ING Belgique. Selon elle, le marché mondial du \
             packaging avancé devrait atteindre 80 milliards de dollars en 2030.";
    assert_eq!(
        crate::extract::tests_owners::owners(t),
        [Some("Wallonie".to_string()), None]
    );
    // What the analyst reports someone spent is no forecast.
    assert!(!pronoun_source_forecast(
        "Selon elle, la Wallonie a investi 300 millions d'euros."
    ));
}

/// Whether `nobody::appraised` reads amount `a` of sentence `s` as an appraisal of no one's.
fn at(s: &str, a: &str) -> bool {
    let k = s.find(a).unwrap();
    super::appraised(s, 0, k, k + a.len())
}

#[test]
fn a_market_or_a_sectors_needs_someone_appraises_is_no_ones() {
    let s = "Le cabinet estime à 7 milliards d’euros les investissements attendus dans la région.";
    assert!(at(s, "7 milliards d’euros"), "{s}");
    let s = "Le cabinet chiffre à 5 milliards de francs les investissements nécessaires.";
    assert!(at(s, "5 milliards de francs"), "{s}");
    let s = "Lhermitte, analyste chez IDC, qui évalue le marché français du cloud à 1,9 milliard \
             d’euros en 2025 et à 4,8 milliards en 2028.";
    assert!(at(s, "1,9 milliard"), "{s}");
    assert!(at(s, "4,8 milliards"), "{s}");
    let s = "Synergy Research puts the global colocation market at $90 billion.";
    assert!(at(s, "$90 billion"), "{s}");
    // Someone's own cost, a firm's valuation, an appraisal by the firm itself.
    for (s, a) in [
        (
            "Baou estime à 300 millions d'euros le coût de son campus.",
            "300 millions",
        ),
        (
            "Le groupe estime à 2 milliards les investissements de son plan.",
            "2 milliards",
        ),
        ("The round values the startup at $2 billion.", "$2 billion"),
        // A firm's own spending, a firm's market value, a plan of its own.
        (
            "Microsoft puts its global AI capital spending at $80 billion this year.",
            "$80 billion",
        ),
        (
            "Wall Street now puts Nvidia's market value at $4 trillion.",
            "$4 trillion",
        ),
        (
            "Orange évalue son plan mondial à 10 milliards d'euros sur cinq ans.",
            "10 milliards",
        ),
        (
            "The deal puts the company's worth at $4 billion, analysts said.",
            "$4 billion",
        ),
    ] {
        assert!(!at(s, a), "{s}");
    }
}

#[test]
fn a_market_a_participle_appraises_and_a_sectors_needs_in_a_range_are_no_ones() {
    let s = "En Algérie, le marché du cloud reste embryonnaire : il était estimé à 170 millions \
             de dollars en 2024 par Oxford Business Group.";
    assert!(at(s, "170 millions"), "{s}");
    let s = "McKinsey évalue de 100 à 150 milliards d’euros les besoins d’investissement dans \
             les centres de données européens.";
    assert!(at(s, "100 à 150 milliards"), "{s}");
    // A project's cost, a firm's market value, a firm's own investments.
    for (s, a) in [
        (
            "Le campus, leader du marché régional, est estimé à 300 millions d'euros.",
            "300 millions",
        ),
        (
            "Le projet de la région, estimé à 40 millions d'euros, démarre.",
            "40 millions",
        ),
        (
            "Nvidia évalue de 5 à 6 milliards les investissements de son plan.",
            "5 à 6 milliards",
        ),
    ] {
        assert!(!at(s, a), "{s}");
    }
}

#[test]
fn an_appraisal_of_someones_own_money_near_a_market_stays_theirs() {
    for (s, a) in [
        (
            "Le marché du cloud attire Amazon, qui a annoncé un investissement estimé à 10 \
             milliards d'euros.",
            "10 milliards",
        ),
        (
            "The market has rewarded Nvidia, valued at $4 trillion.",
            "$4 trillion",
        ),
        (
            "Amazon chiffre le marché français et annonce un plan de 10 milliards d'euros.",
            "10 milliards",
        ),
        (
            "Orange chiffre à 2 milliards d'euros les besoins de son réseau en fibre.",
            "2 milliards",
        ),
    ] {
        assert!(!at(s, a), "{s}");
    }
}
