//! Tests of [`super`] (written.rs) on invented articles.

use crate::extract::{Lexicon, extract, extract_contract};

fn actors(x: &crate::extract::Extraction) -> Vec<Option<String>> {
    x.figures.iter().map(|f| f.actor.clone()).collect()
}

#[test]
fn an_actor_is_named_as_the_article_writes_it_when_it_never_writes_the_canonical_name() {
    let lexicon = Lexicon::builtin();
    let text = "Congress approved $52.7 billion for the semiconductor programme in 2022.";
    let x = extract_contract(text, &lexicon);
    assert_eq!(actors(&x), vec![Some("Congress".to_string())]);
    assert!(x.entities.iter().all(|e| e.canonical != "US Congress"));
    // The app keeps the identity, whatever the article writes.
    let app = extract(text, &lexicon);
    assert_eq!(actors(&app), vec![Some("Congrès américain".to_string())]);
}

#[test]
fn the_canonical_name_stays_when_the_article_writes_it_once() {
    let lexicon = Lexicon::builtin();
    let text = "The US Congress approved $52.7 billion in 2022. Congress later added \
                $3 billion.";
    let x = extract_contract(text, &lexicon);
    assert!(x.entities.iter().all(|e| e.canonical == "US Congress"));
    assert_eq!(actors(&x)[0], Some("US Congress".to_string()));
}

#[test]
fn the_longest_mention_names_an_actor_written_only_in_short_forms() {
    let lexicon = Lexicon::builtin();
    let text = "The US will spend $40 billion on data centres. Officials in the USA \
                expect more.";
    let x = extract_contract(text, &lexicon);
    assert_eq!(actors(&x), vec![Some("USA".to_string())]);
}

#[test]
fn a_name_is_written_whatever_its_accents_case_and_spaces() {
    let lexicon = Lexicon::builtin();
    // An accent dropped and a no-break space: the article still writes the name.
    let text = "Mistral\u{a0}AI a levé 600 millions d'euros. Le Ministere de l'Economie \
                a annoncé 400 millions d'euros.";
    let x = extract_contract(text, &lexicon);
    let names: Vec<&str> = x.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert!(names.contains(&"Mistral AI"), "{names:?}");
    assert!(names.contains(&"Ministère de l'Économie"), "{names:?}");
}

#[test]
fn a_canonical_name_written_past_a_shorter_mention_stays() {
    let lexicon = Lexicon::builtin();
    let text = "G42 is chaired by Sheikh Tahnoun bin Zayed, who pledged $10 billion.";
    let x = extract_contract(text, &lexicon);
    let names: Vec<&str> = x.entities.iter().map(|e| e.canonical.as_str()).collect();
    assert!(names.contains(&"Tahnoun bin Zayed"), "{names:?}");
}

#[test]
fn a_proper_name_is_written_before_a_longer_description() {
    let text = "Le fonds souverain saoudien PIF va injecter 6 milliards. Le PIF paiera.";
    let mut w = super::Written::default();
    let desc = text.find("fonds").unwrap();
    w.learn(
        text,
        desc..desc + "fonds souverain saoudien".len(),
        "Public Investment Fund",
    );
    let name = text.find("PIF").unwrap();
    w.learn(text, name..name + 3, "Public Investment Fund");
    assert_eq!(w.names["Public Investment Fund"].longest, "PIF");
    assert!(!w.names["Public Investment Fund"].written);
    // Without a capitalised mention, the longest description.
    let mut w = super::Written::default();
    w.learn(
        text,
        desc..desc + "fonds souverain saoudien".len(),
        "Public Investment Fund",
    );
    w.learn(text, desc..desc + "fonds".len(), "Public Investment Fund");
    assert_eq!(
        w.names["Public Investment Fund"].longest,
        "fonds souverain saoudien"
    );
}

#[test]
fn an_actor_is_named_by_the_fuller_form_the_article_writes() {
    let lexicon = Lexicon::builtin();
    let text = "Samsung Electronics will invest $40 billion in its chip plants. Samsung also \
                plans more.";
    let x = extract_contract(text, &lexicon);
    assert_eq!(actors(&x), vec![Some("Samsung Electronics".to_string())]);
    // Written only as the canonical name, it stays.
    let x = extract_contract(
        "Samsung will invest $40 billion in its chip plants.",
        &lexicon,
    );
    assert_eq!(actors(&x), vec![Some("Samsung".to_string())]);
}

#[test]
fn a_key_decomposes_only_the_runs_of_non_ascii_chars() {
    use unicode_normalization::UnicodeNormalization;
    let whole = |name: &str| -> String {
        name.nfkd()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    for name in [
        "Ministère de l'Économie",
        "ministere de l Economie",
        "e\u{301}\u{327}a\u{327}\u{301}",
        "\u{5d0}\u{5b8}\u{5b0}x\u{5b0}\u{5b8}",
        "ﬁnance Ａ① Straße İstanbul ΣΑΣ",
        "\u{345}\u{301}A\u{301}\u{345}",
        "",
        "ASCII only, 42!",
    ] {
        assert_eq!(super::key(name), whole(name), "{name:?}");
    }
}
