//! An actor's identity in charts: the names it is shown under (French canonical, English
//! name) fold into the lexicon's canonical name, and the label follows the interface language.

use crate::extract::{EntityKind, Lexicon};
use crate::i18n::Lang;
use std::collections::HashMap;

/// Folds the names an actor is shown under (French canonical, English name) into the
/// lexicon's canonical name.
pub struct Identity<'a> {
    lexicon: &'a Lexicon,
    /// Each canonical name's kind.
    kinds: HashMap<&'a str, EntityKind>,
}

impl<'a> Identity<'a> {
    pub fn new(lexicon: &'a Lexicon) -> Identity<'a> {
        let kinds = lexicon
            .actors()
            .iter()
            .map(|a| (a.canonical.as_str(), a.kind))
            .collect();
        Identity { lexicon, kinds }
    }

    /// The identity of `name`: itself when it is a canonical name, else the actor's whose
    /// English name it is, else itself.
    pub fn key<'n>(&self, name: &'n str) -> &'n str
    where
        'a: 'n,
    {
        if self.kinds.contains_key(name) {
            return name;
        }
        self.lexicon.canonical_of_english(name).unwrap_or(name)
    }

    pub fn kind(&self, key: &str) -> Option<EntityKind> {
        self.kinds.get(key).copied()
    }

    pub fn label(&self, key: &str, locale: Lang) -> String {
        crate::i18n::actor_name(self.lexicon, key, locale).to_string()
    }
}
