//! Test helpers: the owners the whole engine (rules, reranker, fills) gives a text's figures.

use crate::extract::{Lexicon, extract};

/// The owner of each figure of `text`, in text order.
pub fn owners(text: &str) -> Vec<Option<String>> {
    extract(text, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| f.actor)
        .collect()
}

/// The owner of the first figure of `text` whose text starts with `prefix`.
pub fn owner_of(text: &str, prefix: &str) -> Option<String> {
    extract(text, &Lexicon::builtin())
        .figures
        .into_iter()
        .find(|f| f.text.starts_with(prefix))
        .and_then(|f| f.actor)
}

/// The contract's extraction of `text` (names in English, as `vigie extract` writes them).
pub fn contract(text: &str) -> crate::extract::Extraction {
    crate::extract::extract_contract(text, &Lexicon::builtin())
}
