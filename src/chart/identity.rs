//! An actor's identity in charts: the names it is shown under (French canonical, English
//! name) fold into the lexicon's canonical name, and the label follows the interface language.

use crate::extract::{EntityKind, Lexicon};
use crate::i18n::Lang;
use std::collections::HashMap;

/// Folds the names an actor is shown under (French canonical, English name) into the
/// lexicon's canonical name.
pub struct Identity<'a> {
    lexicon: &'a Lexicon,
    by_name: HashMap<&'a str, usize>,
}

impl<'a> Identity<'a> {
    pub fn new(lexicon: &'a Lexicon) -> Identity<'a> {
        let mut by_name = HashMap::new();
        for (i, a) in lexicon.actors().iter().enumerate() {
            if let Some(en) = a.en.as_deref() {
                by_name.entry(en).or_insert(i);
            }
        }
        for (i, a) in lexicon.actors().iter().enumerate() {
            by_name.insert(a.canonical.as_str(), i);
        }
        Identity { lexicon, by_name }
    }

    pub fn key<'n>(&self, name: &'n str) -> &'n str
    where
        'a: 'n,
    {
        match self.by_name.get(name) {
            Some(&i) => self.lexicon.actors()[i].canonical.as_str(),
            None => name,
        }
    }

    pub fn kind(&self, key: &str) -> Option<EntityKind> {
        self.by_name
            .get(key)
            .map(|&i| self.lexicon.actors()[i].kind)
    }

    pub fn label(&self, key: &str, locale: Lang) -> String {
        crate::i18n::actor_name(self.lexicon, key, locale).to_string()
    }
}
