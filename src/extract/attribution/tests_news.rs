//! Attribution rules on marked-up news sentences: possessives, suppliers, lists, group-wide
//! forecasts, speakers and chip models.

use super::tests::run;

#[test]
fn a_possessive_before_a_measure_of_its_own_owns_the_amount() {
    let a = run("[[Orbitex]] will fund {{€400m}} of grants. \
         [[Quantil]]'s annual revenue is expected to pass {{€100 million}}.");
    assert_eq!(a[1].as_deref(), Some("Quantil"), "its revenue");
    let a = run("[[Orbitex]] posted results. \
         [[Quantil]], which makes [[Veltra]]'s chips, reported revenue of {{$8bn}}.");
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "the chips are not the revenue"
    );
    let a = run("[[Orbitex]] posted results. [[Quantil]]'s closest rival raised {{$2bn}}.");
    assert_ne!(
        a[0].as_deref(),
        Some("Quantil"),
        "a rival's money is not its own"
    );
}

#[test]
fn a_supplier_does_not_own_the_chips_it_hands_over() {
    let a = run("[[Orbitex]] will supply {{20,000 GPUs|chips}} to [[Quantil]] for its campus.");
    assert_eq!(a[0].as_deref(), Some("Quantil"), "they go to Quantil");
    let a = run("[[Quantil]] will build a campus. \
         [[Orbitex]], which will ship {{18,000 chips|chips}}, is its partner.");
    assert_ne!(a[0].as_deref(), Some("Orbitex"), "the shipper is no owner");
    let a = run("[[Orbitex]] livrera {{60 000 puces|chips}} à [[Quantil]].");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a = run("[[Quantil]] will buy {{30,000 GPUs|chips}} from [[Orbitex]].");
    assert_eq!(a[0].as_deref(), Some("Quantil"), "the buyer");
}

#[test]
fn a_reference_does_not_name_one_of_a_list_of_backers() {
    let a = run("[[Quantil]] raised {{€1.7 billion}} in a round.\n\n\
         Last year, [[Orbitex]], [[Veltra]] and [[Nordia]] also took part. \
         The company plans to spend about {{€2bn}} on a campus.");
    assert_eq!(
        a[1].as_deref(),
        Some("Quantil"),
        "not Orbitex, first of three backers"
    );
    let a = run(
        "[[Orbitex]] et [[Veltra]] vont bâtir un cloud. L'opérateur y installera \
         {{10 000 puces|chips}}.",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("Orbitex"),
        "a pair is taken up by its first"
    );
}

#[test]
fn partners_in_a_list_and_names_in_a_relative_clause_after_the_amount_are_no_owners() {
    let a = run(
        "[[Quantil]] investira {{8 milliards de dollars}} dans un campus. Le projet, \
         d'une capacité de {{1,4 GW}}, sera développé avec [[Orbitex]] et [[Veltra]].",
    );
    assert_eq!(
        a[1].as_deref(),
        Some("Quantil"),
        "Veltra is a partner as Orbitex is"
    );
    let a = run(
        "[[Quantil]] investira {{8 milliards de dollars}} dans un campus. Le projet, \
         d'une capacité de {{1,4 GW}}, sera développé avec [[Orbitex]], qui fournira des \
         puces [[Nova X|product]].",
    );
    assert_eq!(
        a[1].as_deref(),
        Some("Quantil"),
        "not the chips of the relative clause"
    );
}

#[test]
fn a_forecast_for_a_whole_group_of_firms_is_nobodys() {
    let a = run(
        "[[Quantil]] expects to spend {{$80 billion}} this year. Analysts at \
         [[Orbitex]] estimate that hyperscalers will spend {{$300bn}} on capex in 2025.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    assert_eq!(a[1], None, "the hyperscalers are no one actor");
}

#[test]
fn a_speaker_before_a_subject_of_its_own_is_no_owner() {
    let a = run("[[Quantil]] will invest {{$20 billion}} there.\n\n\
         [[Ana Ruiz|person]] said the state had offered {{$1.3 billion}} in tax credits.");
    assert_eq!(a[1], None, "the state, not the governor who speaks");
    let a = run("[[Quantil]] will invest {{$20 billion}}.\n\n\
         [[Ana Ruiz|person]] said the company would add {{$2 billion}}.");
    assert_eq!(
        a[1].as_deref(),
        Some("Quantil"),
        "the company she speaks of"
    );
}

#[test]
fn a_chip_model_is_no_antecedent_of_the_project() {
    let a = run(
        "[[Quantil]] prévoit un centre de données. Le groupe a commandé des puces \
         [[Nova X|product]] à [[Orbitex]]. Selon le cabinet [[Veltra]], le projet pourrait \
         coûter {{30 milliards de dollars}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_comma_after_a_source_starts_a_clause_not_a_list() {
    let a = run(
        "[[Quantil]] a levé {{600 millions d'euros}}. Selon [[Reuters]], [[Orbitex]] \
         investira aussi {{10 milliards de dollars}} en France.",
    );
    assert_eq!(
        a[1].as_deref(),
        Some("Orbitex"),
        "the subject after the source"
    );
    let a = run(
        "[[Quantil]] a levé {{600 millions d'euros}}. Selon [[Reuters]], [[Orbitex]] et \
         [[Veltra]], le groupe investira {{10 milliards de dollars}}.",
    );
    assert_eq!(a[1].as_deref(), Some("Quantil"), "all three are sources");
}

#[test]
fn a_pronoun_names_the_subject_after_a_fronted_source() {
    let a = run(
        "[[Quantil]] va investir {{5 milliards de dollars}}. Selon [[Les Echos]], [[Orbitex]] \
         a levé {{300 millions d'euros}}. Elle prévoit d'acheter des GPU pour {{20 millions \
         d'euros}}.",
    );
    assert_eq!(a[2].as_deref(), Some("Orbitex"));
}

#[test]
fn a_chip_maker_after_the_amount_is_no_agent() {
    let a = run(
        "[[Quantil]] va investir {{5 milliards de dollars}} dans un campus. Le campus, d'une \
         puissance de {{1,5 GW}}, accueillera des puces [[Orbitex]].",
    );
    assert_eq!(a[1].as_deref(), Some("Quantil"), "not the chips' maker");
    let a = run(
        "[[Quantil]] will invest {{$5bn}} in a campus. The campus, with {{1.5 GW}} of power, \
         will house [[Orbitex]] chips.",
    );
    assert_eq!(a[1].as_deref(), Some("Quantil"), "not the chips' maker");
}

#[test]
fn a_person_with_a_title_speaks_for_the_organisation_it_names() {
    for src in [
        "[[Ana Ruiz|person]], le patron de [[Orbitex]], a annoncé un investissement de \
         {{8,5 milliards d'euros}}.",
        "[[Orbitex]]'s chief executive [[Ana Ruiz|person]] announced a {{$5bn}} investment.",
        "[[Ana Ruiz|person]], [[Orbitex]]'s chief executive, announced a {{$5bn}} investment.",
        "[[Ana Ruiz|person]], chief executive of [[Orbitex]], announced a {{$5bn}} investment.",
    ] {
        assert_eq!(run(src)[0].as_deref(), Some("Orbitex"), "{src}");
    }
    let a = run("[[Ana Ruiz|person]] a annoncé un investissement de {{8,5 milliards d'euros}}.");
    assert_eq!(a[0].as_deref(), Some("Ana Ruiz"), "no organisation named");
}

#[test]
fn a_function_at_a_firm_in_an_apposition_speaks_for_the_firm() {
    for (src, firm) in [
        (
            "[[Layla Haddad|person]], head of digital infrastructure at [[Qamar Capital]], \
             said her firm had committed {{$3 billion}} to data centres.",
            "Qamar Capital",
        ),
        (
            "[[Marc Lenoir|person]], directeur des investissements chez [[Orvane]], a annoncé \
             {{2 milliards d'euros}} d'investissements.",
            "Orvane",
        ),
    ] {
        assert_eq!(run(src)[0].as_deref(), Some(firm), "{src}");
    }
    // A place in the apposition is no firm; a name of another kind breaks it.
    let a = run(
        "[[Layla Haddad|person]], head of policy at [[Texas|place]], said she had committed \
         {{$3 billion}} to schools.",
    );
    assert_eq!(a[0].as_deref(), Some("Layla Haddad"), "no firm");
}

#[test]
fn the_name_after_an_amount_raised_is_the_backer() {
    let a = run("[[Orbitex]] raised {{€2bn}} from [[Quantil]] and others.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a = run("[[Orbitex]] a levé {{2 milliards d'euros}} de [[Quantil]].");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a = run("A {{$5bn}} investment from [[Quantil]] closed.");
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "no verb of money received"
    );
}

#[test]
fn a_possessive_before_its_outlays_or_plans_owns_them() {
    let a = run(
        "[[Orbitex]] posted results. [[Quantil]]'s capital expenditures jumped 62% to \
         {{$13.06 billion}} in the quarter.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"), "its capital expenditures");
    let a = run(
        "[[Orbitex]] posted results. [[Quantil]]'s plan to build new sites will cost \
         {{$80bn}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"), "its plan");
}

#[test]
fn a_possessive_before_a_market_value_owns_it() {
    let a = run("[[Orbitex]]'s market value topped {{$5 trillion}} on Tuesday.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_description_names_the_actor_it_introduced() {
    let a = run(
        "[[Orbitex]], a startup founded by former staff, raised money. [[Quantil]] invested \
         {{$2bn}}. Media reports put the startup's valuation at roughly {{$18.4bn}}.",
    );
    assert_eq!(
        a[1].as_deref(),
        Some("Orbitex"),
        "the apposition introduced it"
    );
    let a = run(
        "La start-up française [[Orbitex]] a levé des fonds. [[Quantil]] a investi {{100 \
         millions d'euros}}. La start-up vaut désormais {{12 milliards d'euros}}.",
    );
    assert_eq!(
        a[1].as_deref(),
        Some("Orbitex"),
        "the head before it introduced it"
    );
    let a = run(
        "[[Quantil]] a levé des fonds, selon la start-up de [[Ana Ruiz|person]]. La start-up \
         vaut désormais {{12 milliards d'euros}}.",
    );
    assert_ne!(a[0].as_deref(), Some("Ana Ruiz"), "a person is no start-up");
}

#[test]
fn a_person_is_no_paragraphs_topic_for_a_figure_elsewhere() {
    let a = run(
        "Governor [[Ana Ruiz|person]] spoke on Monday. A deal worth {{$10bn}} was signed later \
         that day.",
    );
    assert_eq!(a[0], None, "no one named in the figure's sentence");
}

#[test]
fn a_source_opening_a_paragraph_is_still_a_source() {
    let text = "[[Orbitex]] devrait en profiter.\n\n\
         Selon le quotidien [[Veltra]], [[Quantil]] envisage de participer. \
         Le groupe de logiciels a dégagé un chiffre d'affaires de {{34 milliards d'euros}}.";
    assert_eq!(run(text)[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_dateline_names_neither_owner_nor_topic() {
    for text in [
        "[[LONDON|place]], Sept 16 ([[Reuters]]) - The deals add up to {{$40 billion}}.",
        "[[Londres|place]], le 16 septembre. Les annonces représentent {{31 milliards de livres}}.",
        "[[SAN FRANCISCO|place]], March 3, 2025 /[[PRNewswire]]/ -- The deals total {{$3 billion}}.",
    ] {
        assert_eq!(run(text)[0], None, "{text}");
    }
    let a = run("[[LONDON|place]], Sept 16 ([[Reuters]]) - [[Quantil]] will spend {{$2 billion}}.");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn what_is_bought_owns_its_value_not_the_price() {
    for text in [
        "[[Quantil]] agreed to acquire [[Veltra]] in an all-stock deal worth about {{$9bn}}.",
        "[[Quantil]] bought [[Veltra]] for {{$6.5 billion}} last year.",
        "[[Quantil]] rachète [[Veltra]] pour {{100 millions d'euros}}.",
    ] {
        assert_eq!(run(text)[0].as_deref(), Some("Quantil"), "{text}");
    }
    let a = run(
        "[[Quantil]] agreed to buy [[Veltra]] in a deal that values the chip designer \
         at {{$6.5bn}}.",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("Veltra"),
        "the value put on what is bought"
    );
}

#[test]
fn a_states_organs_act_for_it_and_a_rival_is_no_topic() {
    let a = run(
        "[[Veltra|place]]'s cabinet on Thursday approved {{103.7 billion rupees}} for \
         the [[Quantil Mission|project]].",
    );
    assert_eq!(a[0].as_deref(), Some("Veltra"), "the state's cabinet");
    let a = run(
        "[[Veltra|place]] bets on public money. President [[Ana Quell|person]]'s \
         government unveiled a {{R$23 billion}} plan.",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("Veltra"),
        "a president's government is the state's"
    );
    let a = run("[[Quantil]]'s closest rival raised {{$2bn}}.");
    assert_eq!(a[0], None, "a rival's money, with no other name");
}

#[test]
fn a_possessive_right_before_the_amount_names_its_owner() {
    let a = run(
        "Separately, [[US|place]] companies pledged {{£31bn}} of investment during the visit, \
         led by [[Orbitex]]'s {{£22bn}}, but none of that is public money.",
    );
    assert_eq!(a[1].as_deref(), Some("Orbitex"));
    assert!(super::modifiers::site_follows("Veltra's 5GW AI campus", 14));
    assert!(!super::modifiers::site_follows(
        "Orbitex's £22bn, but none",
        15
    ));
}

#[test]
fn a_chip_maker_named_with_its_chips_owns_none_of_the_deal() {
    let a = run(
        "[[Quantil]] said it would buy up to 600,000 [[Orbitex]] chips over three years \
         under a deal valued at about {{$10 billion}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a = run("[[Orbitex]] GPU sales reached {{$30bn}}.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"), "its own sales");
    // Named after its chips, a model between.
    let a = run(
        "Mis en service en 2024, [[Alps|project]] compte 10 752 puces [[GH200|product]] de \
         [[Orbitex]] et affiche une puissance de {{435 pétaflop/s|flops}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Alps"));
    // After its chips' noun and their adjective ("processeurs graphiques").
    let a = run(
        "Le centre sera exploité par [[Quantil]]. Il ouvrira avec une tranche de {{4 MW|power}} \
         et 512 processeurs graphiques [[Orbitex]], pour {{20 pétaflops|flops}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"), "{a:?}");
    assert_eq!(a[1].as_deref(), Some("Quantil"), "{a:?}");
}

#[test]
fn a_possessive_description_names_the_actor_in_apposition() {
    let a = run(
        "[[Quantil]] will deploy GPUs. Its rival in the region, [[Veltra]], is building \
         a {{5-gigawatt|power}} campus.",
    );
    assert_eq!(a[0].as_deref(), Some("Veltra"));
    let a = run(
        "[[Quantil]] grandit. Son concurrent allemand, [[Veltra]], a levé \
         {{500 millions d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Veltra"));
}

#[test]
fn what_an_amount_measures_is_not_its_owner() {
    let a = run(
        "[[Quantil]] will supply {{6 GW|power}} of [[Veltra|product]] GPUs for \
         [[Orbitex]].",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "the product is what is measured"
    );
    let a = run("[[Quantil]] agreed to buy {{$10bn}} of [[Orbitex]] chips.");
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "the maker of what is bought"
    );
}

#[test]
fn a_group_of_states_is_no_single_owner() {
    for text in [
        "Analysts estimate that [[Gulf|place]] states could spend {{$250 billion}} by 2030.",
        "[[Orbitex]] is a Saudi firm. Analysts say that [[Gulf states|place]] could spend \
         {{$250 billion}} by 2030.",
        "Les pays de l'[[Union européenne|institution]] investiront {{20 milliards d'euros}}.",
    ] {
        assert_eq!(run(text)[0], None, "{text}");
    }
    let a = run(
        "Critics say the plan is small: the four largest [[US|place]] cloud providers \
         spent more than {{$200 billion}} last year.",
    );
    assert_eq!(a[0], None, "a group of firms");
    let a = run("[[Texas|place]] will spend {{$2bn}} on data centres.");
    assert_eq!(a[0].as_deref(), Some("Texas"), "a state that spends");
    let a = run("[[France|place]] will help companies spend {{€2bn}}.");
    assert_eq!(
        a[0].as_deref(),
        Some("France"),
        "a verb ends the group's name"
    );
}

#[test]
fn an_organisation_reporting_its_own_figure_owns_it() {
    let a = run("The expansion will bring {{$5bn}} of capacity online in 2026, [[Quantil]] said.");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a = run(
        "[[Quantil]] will expand its use of chips. The expansion will bring well over \
         {{a gigawatt|power}} of capacity online, the San Francisco-based company said.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a = run("Le campus accueillera {{10 000 GPU|chips}}, a indiqué [[Quantil]].");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    // A person speaking, even after a title, owns nothing.
    let a = run("The state will spend {{$2bn}}, Governor [[Ana Quell|person]] said.");
    assert_eq!(a[0], None);
}

#[test]
fn an_organisation_speaks_through_its_head() {
    let a = run(
        "\"We will spend {{$5bn}} in France this year,\" said [[Ana Quell|person]], \
         [[Quantil]]'s chief executive.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn a_recipient_after_the_amount_is_no_owner_and_a_list_has_its_heading() {
    let a = run("The fund said {{$5bn}} will go in [[Quantil]] next year.");
    assert_eq!(a[0], None, "who receives it is no owner");
    let a = run(
        "## [[Orbitex]]\n\n- {{$5bn}} stake in [[Quantil]]\n- {{$100bn}} pledged to \
         [[Veltra]] over ten years\n",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"), "{a:?}");
    assert_eq!(a[1].as_deref(), Some("Orbitex"), "{a:?}");
}

#[test]
fn speakers_before_a_verb_of_saying_speak_of_the_actor_after_it() {
    let a = run(
        "{{$500bn}} — what [[Orbitex]], [[Quantil]] and [[Veltra]] say [[Stellar|project]] \
         will invest over four years.",
    );
    assert_eq!(a[0].as_deref(), Some("Stellar"));
    // A speaker with no actor after its verb is still the one the amount comes with.
    let a = run("{{$500bn}} is what [[Orbitex]] says it will invest.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}
