//! Tests of `bodies`.

use crate::extract::{EntityKind, Lexicon, extract};

#[test]
fn bodies_keep_their_head_noun() {
    let x = extract(
        "Le département fédéral de la Recherche a débloqué 2 milliards d'euros.",
        &Lexicon::builtin(),
    );
    let e = x.entities.first().expect("one entity");
    assert_eq!(e.text, "département fédéral de la Recherche");
    assert_eq!(e.kind, EntityKind::Institution);
    assert_eq!(x.figures[0].actor.as_deref(), Some(e.canonical.as_str()));
}

#[test]
fn other_prepositions_leave_names_alone() {
    let x = extract(
        "Le campus de Lyon accueillera 2 000 puces.",
        &Lexicon::builtin(),
    );
    assert!(x.entities.iter().all(|e| !e.text.starts_with("campus")));
}

#[test]
fn a_body_keeps_the_remits_listed_in_its_name() {
    let lex = Lexicon::builtin();
    let texts = |s: &str| -> Vec<String> {
        extract(s, &lex)
            .entities
            .into_iter()
            .map(|e| e.text)
            .collect()
    };
    assert_eq!(
        texts("Le ministère de la Science, de l'Innovation et de la Technologie précise."),
        vec!["ministère de la Science, de l'Innovation et de la Technologie"]
    );
    assert_eq!(
        texts("The ministry of Science, Innovation and Technology said so."),
        vec!["ministry of Science, Innovation and Technology"]
    );
    // Known names after a body are names of their own.
    let got = texts("The Department of Commerce, Nvidia and AMD said so.");
    assert!(got.contains(&"Nvidia".to_string()), "{got:?}");
}
