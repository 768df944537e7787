//! Behaviour tests of the entity stage on hand-written French and English sentences.

use super::find;
use crate::extract::lexicon::Actor;
use crate::extract::{EntityKind, Lexicon, NormText};

fn run(text: &str, lex: &Lexicon) -> Vec<(String, String, EntityKind)> {
    let n = NormText::new(text);
    find(&n, lex)
        .into_iter()
        .map(|h| (n.as_str()[h.span].to_string(), h.canonical, h.kind))
        .collect()
}

fn kind_of(hits: &[(String, String, EntityKind)], surface: &str) -> Option<EntityKind> {
    hits.iter().find(|h| h.0 == surface).map(|h| h.2)
}

#[test]
fn smoke() {
    let hits = run(
        "La start-up Quantalis a levé des fonds auprès de Sequoia.",
        &Lexicon::empty(),
    );
    eprintln!("{hits:?}");
    assert_eq!(kind_of(&hits, "Quantalis"), Some(EntityKind::Company));
}
