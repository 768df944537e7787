//! Attribution rules on marked-up wire copy: where money comes from, and other shapes of news
//! sentences.

use super::tests::run;

#[test]
fn a_place_naming_where_money_comes_from_owns_none_of_it() {
    let a = run("The deals add up to {{£31bn}} of [[US|place]] investment.");
    assert_ne!(a[0].as_deref(), Some("US"));
    let a = run("Le pays attire {{31 milliards de livres}} de [[Chine|place]] investissements.");
    assert_ne!(a[0].as_deref(), Some("Chine"));
    let a = run("The plan gives {{£2bn}} of [[Quantil]] money to schools.");
    assert_eq!(
        a[0].as_deref(),
        Some("Quantil"),
        "a firm's money is its own"
    );
}

#[test]
fn a_government_no_name_stands_for_is_no_companys() {
    let a = run(
        "[[Quantil]] a levé {{220 millions de dollars}}. Le gouvernement a par ailleurs \
         annoncé une enveloppe de {{400 millions d'euros}} pour neuf clusters.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    assert_eq!(a[1], None);
    let a = run("[[France|place]] bets on AI. The government will spend {{€400m}} on clusters.");
    assert_eq!(
        a[0].as_deref(),
        Some("France"),
        "named before, it is followed"
    );
}

#[test]
fn a_body_approving_state_aid_owns_none_of_it() {
    let a = run(
        "Meanwhile, in [[Europe|place]]: the [[EU|institution]] approved {{€4bn}} of state \
         aid for a chip plant in [[Dresden|place]].",
    );
    assert_eq!(a[0], None);
    let a = run("[[India|place]]'s cabinet approved {{103.7 billion rupees}} for the mission.");
    assert_eq!(
        a[0].as_deref(),
        Some("India"),
        "a government approving its own budget"
    );
}
