//! Attribution rules on the other names around an owner (`parties.rs` and possessives): a
//! market's forecaster, a pronoun after "X said", a person's own fortune.

use super::tests::run;

#[test]
fn a_market_forecast_is_no_forecasters_money() {
    let a = run(
        "Research firm [[Quantil]] expects global AI spending to reach {{$632 billion}} \
         by 2028.",
    );
    assert_eq!(a[0], None);
    let a = run(
        "Le cabinet [[Quantil]] estime que les investissements dans les centres de \
         données atteindront {{6 700 milliards de dollars}} d'ici 2030.",
    );
    assert_eq!(a[0], None);
    let a = run(
        "Son patron [[Ana Ruiz|person]] prévoit que les dépenses mondiales en \
         infrastructures atteindront {{3 000 milliards de dollars}}.",
    );
    assert_eq!(a[0], None);
    // Its own money, forecast, stays its own.
    let a = run("[[Orbitex]] expects its capital spending to reach {{$80 billion}} this year.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a = run("[[Orbitex]] forecast fourth-quarter revenue of {{$37.5 billion}}.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_pronoun_after_a_name_and_its_verb_of_saying_names_it() {
    let a = run(
        "In [[Ohio|place]], [[Orbitex]] had planned to invest {{$28 billion}}. The robot \
         was unveiled at a fair in [[Hanover|place]], where [[Quantil]] said it would spend \
         {{€2bn}} on AI.",
    );
    assert_eq!(a[1].as_deref(), Some("Quantil"));
}

#[test]
fn a_persons_net_worth_is_their_own() {
    let a = run(
        "[[Orbitex]] shares jumped. [[Orbitex]] co-founder [[Ana Ruiz|person]]'s net \
         worth rose by {{$101 billion}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_business_leaders_figures_are_their_companys() {
    let a = run(
        "[[Orbitex]] beat estimates. Chief Executive Officer [[Ana Ruiz|person]] said the \
         accelerator unit would generate more than {{$13 billion}} this year.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a = run(
        "[[Keir Starmer|person]] pledged {{£1bn}} for compute, the prime minister's office said.",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("Keir Starmer"),
        "a head of government keeps his own"
    );
}

#[test]
fn a_firm_reckoning_what_others_will_spend_owns_none_of_it() {
    for text in [
        "[[McKinsey & Company]] reckons the world will need {{$6.7 trillion}} of investment.",
        "[[Bain & Company]] calculates that AI companies will need {{$2 trillion}} in revenue.",
        "Meanwhile [[Epoch AI]] estimates that the cost of the largest training runs could \
         pass {{$1 billion}} by 2027.",
    ] {
        let a = run(text);
        assert_eq!(a[0], None, "{text}");
    }
    // What the firm says of itself stays its own.
    let a = run("[[Quantil]] expects that it will spend {{$2 billion}} next year.");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_supplier_named_after_its_participle_owns_nothing() {
    let a = run(
        "[[Orange]] équipe son site. Les puces, fournies par [[Nvidia]], seront installées \
         cet été. La capacité du site sera portée à {{70 MW|power}}, a précisé le groupe.",
    );
    assert_ne!(a[0].as_deref(), Some("Nvidia"));
    let a = run(
        "L'avionneur a réservé {{10 MW|power}} pour y installer 2 000 puces fournies par \
         [[Nvidia]].",
    );
    assert_ne!(a[0].as_deref(), Some("Nvidia"));
}

#[test]
fn chips_for_a_company_are_that_companys() {
    let a = run(
        "The [[Commerce Department]] approved export licences covering {{35,000 Nvidia GB300 \
         chips|chips}} for [[G42]] in the UAE.",
    );
    assert_eq!(a[0].as_deref(), Some("G42"));
}

#[test]
fn the_maker_chips_were_bought_from_owns_nothing_of_the_clause() {
    let a = run(
        "Premier chantier : le supercalculateur [[Al Khwarizmi]]. Il comptera 2 000 GPU \
         achetés à [[Nvidia]] et affichera une puissance de {{20 pétaflops|flops}}.",
    );
    assert_ne!(a[0].as_deref(), Some("Nvidia"));
}

#[test]
fn a_sectors_measure_under_a_source_is_no_ones() {
    let a = run(
        "[[Orbis]] grandit. Selon le cabinet [[Quantil]], la capacité installée des centres de \
         données en France doit passer de {{1,1 GW|power}} aujourd'hui à {{3,5 GW|power}}.",
    );
    assert_eq!(a, vec![None, None]);
    // One site's capacity is its owner's.
    let a = run(
        "[[Orbis]] ouvre un site. Selon [[Quantil]], la capacité du campus atteindra {{30 MW|power}}.",
    );
    assert!(a[0].is_some());
}

#[test]
fn a_party_named_by_its_role_is_the_name_its_field_line_gives() {
    let text = "NORTH VALE DISTRICT COUNCIL\n\nPLANNING COMMITTEE - 3 MARCH 2027\n\n\
                Application number: NV/27/0412/FULL\nSite: Land west of Mill Lane, Ashby\n\
                Proposal: Full planning permission for a data centre campus\n\
                Applicant: Corvel Data Ltd\nWard: Ashby North\nRecommendation: Approve, subject to \
                a Section 106 agreement\n\n1. SUMMARY\n\n\
                1.1 The application seeks full planning permission for a data centre campus \
                with a total IT load of 90 MW. The applicant is a subsidiary of Fennick \
                Digital Infrastructure, which is backed by a £3 billion infrastructure fund \
                managed by Orrin Capital Partners.\n\n1.2 The applicant states that the \
                development represents a capital investment of approximately £1.4 billion.";
    let got = crate::extract::facts::tests::flags(text);
    let cost = got
        .iter()
        .find(|f| f.0 == "£1.4 billion")
        .expect("the cost");
    assert_eq!(cost.1.as_deref(), Some("Corvel Data Ltd"), "{got:?}");
}

#[test]
fn a_party_named_by_its_role_is_the_name_its_definition_gives() {
    let text = "RAPPORT DU COMMISSAIRE ENQUÊTEUR\n\nrelative à la demande présentée par la \
                société Corvel Data SAS\n\n1.1. La présente enquête porte sur la demande \
                déposée le 12 mars par la société Corvel Data SAS (ci-après « le \
                pétitionnaire ») au titre des installations classées.\n1.2. Le \
                pétitionnaire\nCorvel Data SAS est une filiale de Fennick Infrastructures.\n\
                1.3. Le raccordement sera réalisé par RTE. RTE a confirmé la capacité. Le poste \
                de RTE sera renforcé.\n\n2.2. Coût et financement\n2.2.1. Le montant total de \
                l'investissement est estimé par le pétitionnaire à 850 M€ hors taxes.";
    let got = crate::extract::facts::tests::flags(text);
    let cost = got.iter().find(|f| f.0 == "850 M€").expect("the cost");
    assert_eq!(cost.1.as_deref(), Some("Corvel Data SAS"), "{got:?}");
}
