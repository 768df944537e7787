//! Attribution rules on deals: what a supplier hands over, who receives it, who sells.

use super::tests::run;

#[test]
fn capacity_a_supplier_hands_over_goes_to_the_buyer() {
    let a = run(
        "[[Orbitex]] is also working with [[Quantil]], which agreed to supply \
         {{6 gigawatts|power}} of its GPUs to [[Orbitex]] starting next year.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_name_after_to_and_a_determiner_receives_the_amount() {
    let a = run(
        "Under the deal, {{6 gigawatts|power}} of capacity will go to the \
         [[Chatly|product]] maker.",
    );
    assert_eq!(a[0], None, "not what it goes to");
}

#[test]
fn a_seller_or_a_backer_after_from_owns_none_of_the_amount() {
    let a = run(
        "[[Orbitex]] has agreed to buy custom chips from [[Quantil]] in a deal worth \
         {{$10 billion}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a =
        run("[[Orbitex]] achètera des puces auprès de [[Quantil]] pour {{2 milliards d'euros}}.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    // Nor does a backer the money is raised from.
    let a = run("[[Orbitex]] raised money from [[Quantil]] at a {{$2bn}} valuation.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn what_a_stake_is_held_in_owns_none_of_its_price() {
    let a =
        run("[[Orbitex]] said it had sold its entire stake in [[Quantil]] for {{$5.83 billion}}.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a =
        run("[[Orbitex]] a cédé sa participation dans [[Quantil]] pour {{2 milliards d'euros}}.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn the_agent_right_after_an_amount_puts_it_in() {
    let a = run(
        "[[Veltra|place]] attirera 14 milliards, dont {{10 milliards}} apportés par \
         [[Quantil]].",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    let a = run("[[Orbitex]] will get {{$2bn}} provided by [[Quantil]].");
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    // Who estimates an amount owns none of it.
    let a = run("[[Orbitex]] will spend {{$2bn}} estimated by [[Quantil]].");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    // An agent after a second amount joined to the first is the second's.
    let a = run(
        "[[Orbitex]] a levé 450 millions. L'opération se décompose en {{330 millions \
         d'euros}} de capital et {{120 millions d'euros}} de dette accordée par [[Quantil]].",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    assert_eq!(a[1].as_deref(), Some("Quantil"));
    let a = run(
        "The project has {{€1.2 billion}} in financing secured for phase one, including a \
         {{€400 million}} loan from [[Quantil]].",
    );
    assert_ne!(a[0].as_deref(), Some("Quantil"));
}

#[test]
fn an_agent_is_no_subject_of_the_relative_after_it() {
    let a = run(
        "[[Veltra|place]] a lancé [[Orbitex]], une société dotée par le [[Quantil Fund]] \
         ([[QF]]), qui prévoit de construire {{1,9 GW|power}} de centres.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    let a = run(
        "[[Veltra|place]] a lancé [[Orbitex]], une société dotée par le [[Quantil Fund]], \
         qui prévoit de construire {{1,9 GW|power}} de centres.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    // A subject before the relative still is one.
    let a = run("The round was led by [[Quantil]]. [[Orbitex]], which raised {{$2bn}}, grows.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_grant_in_the_passive_is_its_recipients() {
    let a = run(
        "Une aide de {{185 millions d'euros}} est accordée, au titre du plan [[France \
         2030|project]], à la société [[Quantil]].",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"), "{a:?}");
    let a =
        run("A grant of {{$40m}} was awarded under the [[Orbitex|project]] scheme to [[Quantil]].");
    assert_eq!(a[0].as_deref(), Some("Quantil"), "{a:?}");
}

#[test]
fn a_company_bought_past_what_it_is_owns_none_of_the_price() {
    let a = run(
        "[[Talara]], le spécialiste du cloud, rachète l'opérateur marseillais [[DataSud]] \
         pour {{540 millions d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Talara"));
    let a = run("[[Orbitex]] agreed to acquire the chipmaker [[Quantil]] for {{$2 billion}}.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn capacity_set_aside_for_a_name_goes_to_it() {
    let a = run(
        "La société d'État a réservé un bloc de {{300 mégawatts|power}} (MW) à \
         [[Laurentide IA]], une entreprise de Québec.",
    );
    assert_eq!(a[0].as_deref(), Some("Laurentide IA"));
    let a = run("The grid operator allocated {{200 MW|power}} to [[Orbitex]] last year.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
    // Not a place it is set aside in.
    let a = run("[[Orbitex]] a réservé {{200 MW|power}} à [[Lyon|place]] pour son futur campus.");
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_place_labelling_a_list_item_is_where_its_figure_is() {
    // (The whole engine: the reranker reads the place too.)
    let x = crate::extract::extract_contract(
        "Keystone Grid Partners will build three campuses for Arclight Compute.\n\n\
         The three campuses are:\n\n\
         - Rock Falls, Illinois: 450 MW, with the first phase in 2027;\n\
         - Council Bluffs, Iowa: 400 MW, due in 2028.\n",
        &crate::extract::Lexicon::builtin(),
    );
    assert_eq!(x.figures.len(), 2, "{:?}", x.figures);
    let places = ["Rock Falls", "Illinois", "Council Bluffs", "Iowa"];
    assert!(
        x.figures
            .iter()
            .all(|f| !places.contains(&f.actor.as_deref().unwrap_or(""))),
        "{:?}",
        x.figures
    );
}
