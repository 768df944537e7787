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
