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
