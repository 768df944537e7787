//! The actor lexicon: a data file (`assets/lexicon.json`) of known actors with canonical names,
//! kinds and aliases, loaded at run time and extendable per project.

use super::entities::WordHashBuild;
use super::entities::lexmatch::LexMatcher;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The largest lexicon file read (the built-in one is well under a megabyte).
pub const MAX_LEXICON_BYTES: u64 = 64 * 1024 * 1024;

/// The lexicon shipped with Vigie (parsed at run time like any user file).
pub const BUILTIN_JSON: &str = include_str!("../../assets/lexicon.json");

pub use super::types::Actor;

/// The file format of a lexicon.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LexiconFile {
    /// Always "vigie-lexicon".
    pub format: String,
    pub version: u32,
    pub actors: Vec<Actor>,
}

#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("cannot read lexicon {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("lexicon is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("not a Vigie lexicon (format {0:?})")]
    Format(String),
}

/// A loaded lexicon, ready for matching (its surface forms are compiled once, on load).
#[derive(Debug, Clone)]
pub struct Lexicon {
    actors: Vec<Actor>,
    /// Canonical name → English name, for the actors that have one (asked for every entity of
    /// an English text: a word hash, not SipHash).
    english: std::collections::HashMap<String, String, WordHashBuild>,
    /// English name → canonical name (the actor's identity).
    identity: std::collections::HashMap<String, String, WordHashBuild>,
    matcher: LexMatcher,
}

impl Lexicon {
    /// The lexicon shipped in `assets/lexicon.json`.
    pub fn builtin() -> Lexicon {
        // The builtin file is part of the build and covered by a test; a broken one is a bug.
        Lexicon::from_json(BUILTIN_JSON).expect("assets/lexicon.json is a valid lexicon")
    }

    /// An empty lexicon: the engine then finds actors by shape and context alone.
    pub fn empty() -> Lexicon {
        Lexicon::from_actors(Vec::new())
    }

    pub fn from_actors(actors: Vec<Actor>) -> Lexicon {
        let matcher = LexMatcher::new(&actors);
        let english: std::collections::HashMap<String, String, WordHashBuild> = actors
            .iter()
            .filter_map(|a| Some((a.canonical.clone(), a.en.clone()?)))
            .collect();
        let identity = english
            .iter()
            .map(|(canonical, en)| (en.clone(), canonical.clone()))
            .collect();
        Lexicon {
            actors,
            english,
            identity,
            matcher,
        }
    }

    pub fn from_json(json: &str) -> Result<Lexicon, LexiconError> {
        let file: LexiconFile = serde_json::from_str(json)?;
        if file.format != "vigie-lexicon" {
            return Err(LexiconError::Format(file.format));
        }
        Ok(Lexicon::from_actors(file.actors))
    }

    /// Reads a lexicon file (at most [`MAX_LEXICON_BYTES`]).
    pub fn load(path: &Path) -> Result<Lexicon, LexiconError> {
        let io = |source| LexiconError::Io {
            path: path.display().to_string(),
            source,
        };
        // An outside file: a regular one, read up to a cap.
        let bytes = crate::safe_read::read(path, MAX_LEXICON_BYTES).map_err(|e| io(e.into()))?;
        let json = String::from_utf8(bytes)
            .map_err(|e| io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))?;
        Lexicon::from_json(&json)
    }

    /// This lexicon plus `more` (a project's additions); later actors with the same canonical
    /// name add their aliases to the earlier one and give it their kind.
    pub fn with_additions(&self, more: &[Actor]) -> Lexicon {
        let mut actors = self.actors.clone();
        for a in more {
            match actors.iter_mut().find(|x| x.canonical == a.canonical) {
                Some(x) => {
                    // The analyst's kind is the later word on the actor.
                    x.kind = a.kind;
                    if a.en.is_some() {
                        x.en.clone_from(&a.en);
                    }
                    for al in &a.aliases {
                        if !x.aliases.contains(al) {
                            x.aliases.push(al.clone());
                        }
                    }
                }
                None => actors.push(a.clone()),
            }
        }
        Lexicon::from_actors(actors)
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The English name of the actor with this canonical name, when it has one.
    pub fn english_name(&self, canonical: &str) -> Option<&str> {
        self.english.get(canonical).map(String::as_str)
    }

    /// The canonical name (the actor's identity) of an actor named by its English name.
    pub fn canonical_of_english(&self, english: &str) -> Option<&str> {
        self.identity.get(english).map(String::as_str)
    }

    /// The compiled matcher over every actor's canonical name and aliases.
    pub fn matcher(&self) -> &LexMatcher {
        &self.matcher
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityKind;

    #[test]
    fn builtin_lexicon_parses() {
        assert!(Lexicon::from_json(BUILTIN_JSON).is_ok());
    }

    #[test]
    fn foreign_file_is_rejected_with_a_reason() {
        let err = Lexicon::from_json(r#"{"format":"other","version":1,"actors":[]}"#).unwrap_err();
        assert!(err.to_string().contains("not a Vigie lexicon"));
    }

    #[test]
    fn additions_merge_aliases() {
        let base = Lexicon::from_actors(vec![Actor {
            canonical: "Nvidia".into(),
            en: None,
            kind: EntityKind::Company,
            aliases: vec!["NVIDIA".into()],
        }]);
        let more = base.with_additions(&[Actor {
            canonical: "Nvidia".into(),
            en: None,
            kind: EntityKind::Company,
            aliases: vec!["Nvidia Corp".into()],
        }]);
        assert_eq!(more.actors().len(), 1);
        assert_eq!(more.actors()[0].aliases, vec!["NVIDIA", "Nvidia Corp"]);
        let other_kind = base.with_additions(&[Actor {
            canonical: "Nvidia".into(),
            en: None,
            kind: EntityKind::Institution,
            aliases: vec![],
        }]);
        assert_eq!(other_kind.actors()[0].kind, EntityKind::Institution);
    }

    #[test]
    fn english_names_come_from_the_builtin_file() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.english_name("États-Unis"), Some("United States"));
        assert_eq!(
            lex.english_name("Commission européenne"),
            Some("European Commission")
        );
        assert_eq!(lex.english_name("OpenAI"), None);
    }
}
