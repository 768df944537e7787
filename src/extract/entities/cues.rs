//! The detector's word lists (stop words, cue words, name parts), loaded once from
//! `assets/entity_cues.json` and queried by lower-cased word.

use crate::extract::EntityKind;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const CUES_JSON: &str = include_str!("../../../assets/entity_cues.json");

#[derive(Deserialize)]
struct CueFile {
    stopwords: Vec<String>,
    generic_acronyms: Vec<String>,
    demonyms: Vec<String>,
    first_names: Vec<String>,
    person_titles: Vec<String>,
    company_suffixes: Vec<String>,
    linkable_suffixes: Vec<String>,
    product_suffixes: Vec<String>,
    institution_heads: Vec<String>,
    project_heads: Vec<String>,
    place_heads: Vec<String>,
    place_tails: Vec<String>,
    place_adjectives: Vec<String>,
    person_particles: Vec<String>,
    org_particles: Vec<String>,
    elisions: Vec<String>,
    abbreviations: Vec<String>,
    cues: HashMap<String, Vec<String>>,
    place_preps: Vec<String>,
    place_articles: Vec<String>,
    company_verbs: Vec<String>,
    person_verbs: Vec<String>,
    lookback_skip: Vec<String>,
    number_words: Vec<String>,
    #[serde(default)]
    homographs: Vec<String>,
    #[serde(default)]
    homograph_followers: Vec<String>,
}

use super::wordhash::WordHashBuild;
pub type Set = super::wordset::WordSet;

/// Whether `set` holds `word` lower-cased (without allocating for a short ASCII word).
pub fn has_lower(set: &Set, word: &str) -> bool {
    let mut buf = [0u8; 32];
    if word.is_ascii() {
        if let Some(hit) = set.contains_short_ascii_lower(word.as_bytes()) {
            return hit;
        }
        if !set.may_hold_ascii_lower(word.as_bytes()) {
            return false;
        }
    }
    if word.is_ascii()
        && let Some(b) = buf.get_mut(..word.len())
    {
        for (d, c) in b.iter_mut().zip(word.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        return std::str::from_utf8(b).is_ok_and(|w| set.contains(w));
    }
    set.contains(&word.to_lowercase())
}

/// Bits of [`Cues::flags`]: the lists a lower-cased word is in, so the name stages look a
/// word up once and test the lists they need on the answer.
pub mod flag {
    /// Stop word or generic acronym ([`super::Cues::is_stop`]).
    pub const STOP: u32 = 1;
    pub const GENERIC: u32 = 1 << 1;
    /// A demonym in any gender/number ("américaines", "Chinese").
    pub const DEMONYM: u32 = 1 << 2;
    pub const FIRST_NAME: u32 = 1 << 3;
    pub const PERSON_TITLE: u32 = 1 << 4;
    pub const COMPANY_SUFFIX: u32 = 1 << 5;
    pub const PRODUCT_SUFFIX: u32 = 1 << 6;
    pub const INSTITUTION_HEAD: u32 = 1 << 7;
    pub const PROJECT_HEAD: u32 = 1 << 8;
    pub const PLACE_HEAD: u32 = 1 << 9;
    pub const PLACE_TAIL: u32 = 1 << 10;
    pub const PLACE_ADJECTIVE: u32 = 1 << 11;
    pub const PERSON_PARTICLE: u32 = 1 << 12;
    /// A person particle that may bridge two name words: not "de", "le", "la".
    pub const BRIDGE_PARTICLE: u32 = 1 << 13;
    pub const ORG_PARTICLE: u32 = 1 << 14;
    pub const PLACE_PREP: u32 = 1 << 15;
    pub const PLACE_ARTICLE: u32 = 1 << 16;
    pub const COMPANY_VERB: u32 = 1 << 17;
    pub const PERSON_VERB: u32 = 1 << 18;
    pub const LOOKBACK_SKIP: u32 = 1 << 19;
    pub const NUMBER_WORD: u32 = 1 << 20;
    pub const LINKABLE_SUFFIX: u32 = 1 << 21;
    pub const HOMOGRAPH: u32 = 1 << 22;
    pub const HOMOGRAPH_FOLLOWER: u32 = 1 << 23;
    /// A cue noun's kind, as its index in `EntityKind::ALL` plus one, from this bit on (three
    /// bits; 0: not a cue noun).
    pub const CUE_SHIFT: u32 = 24;
    pub const CUE: u32 = 7 << CUE_SHIFT;
}

/// The loaded word lists. Every query takes a lower-cased word.
pub struct Cues {
    /// Every word of the lists with the [`flag`]s of the lists holding it (and a cue noun's
    /// kind): the name stages ask this, once per word.
    flags: Set,
    /// The lists the tokenizer and the lexicon ask by themselves.
    pub stop: Set,
    /// Stop words and generic acronyms together (one lookup for [`Cues::is_stop`]).
    stop_or_generic: Set,
    /// Suffixes a company may be named without ("Mistral" for "Mistral AI").
    pub linkable_suffixes: Set,
    pub elisions: Set,
    pub abbreviations: Set,
}

/// Gender/number endings a demonym may take ("américain" → "américaines").
const DEMONYM_ENDINGS: [&str; 5] = ["nes", "ne", "es", "e", "s"];

fn set(v: Vec<String>) -> Set {
    v.into_iter().map(|w| w.to_lowercase()).collect()
}

impl Cues {
    /// The shipped word lists (parsed once).
    pub fn get() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        // The file is compiled in and covered by a test; a broken one is a bug.
        CUES.get_or_init(|| Cues::from_json(CUES_JSON).expect("assets/entity_cues.json is valid"))
    }

    fn from_json(json: &str) -> Result<Cues, serde_json::Error> {
        let f: CueFile = serde_json::from_str(json)?;
        let mut cue_nouns: HashMap<String, EntityKind, WordHashBuild> = HashMap::default();
        // Later kinds do not override earlier ones: order by how telling the cue is.
        for kind in [
            "person",
            "institution",
            "project",
            "product",
            "company",
            "place",
        ] {
            let Some(k) = EntityKind::parse(kind) else {
                continue;
            };
            for w in f.cues.get(kind).into_iter().flatten() {
                cue_nouns.entry(w.to_lowercase()).or_insert(k);
            }
        }
        let stop = set(f.stopwords);
        let generic_acronyms = set(f.generic_acronyms);
        let stop_or_generic = stop
            .iter()
            .chain(generic_acronyms.iter())
            .cloned()
            .collect();
        let demonyms = set(f.demonyms);
        let first_names = set(f.first_names);
        let person_titles = set(f.person_titles);
        let company_suffixes = set(f.company_suffixes);
        let linkable_suffixes = set(f.linkable_suffixes);
        let product_suffixes = set(f.product_suffixes);
        let institution_heads = set(f.institution_heads);
        let project_heads = set(f.project_heads);
        let place_heads = set(f.place_heads);
        let place_tails = set(f.place_tails);
        let place_adjectives = set(f.place_adjectives);
        let person_particles = set(f.person_particles);
        let org_particles = set(f.org_particles);
        let place_preps = set(f.place_preps);
        let place_articles = set(f.place_articles);
        let company_verbs = set(f.company_verbs);
        let person_verbs = set(f.person_verbs);
        let lookback_skip = set(f.lookback_skip);
        let number_words = set(f.number_words);
        let homographs = set(f.homographs);
        let homograph_followers = set(f.homograph_followers);
        let mut demonym_forms = demonyms.clone();
        for d in demonyms.iter().filter(|d| !d.is_empty()) {
            for suf in DEMONYM_ENDINGS {
                demonym_forms.insert(format!("{d}{suf}"));
            }
        }
        let mut flags = Set::default();
        let lists: [(&Set, u32); 23] = [
            (&stop_or_generic, flag::STOP),
            (&generic_acronyms, flag::GENERIC),
            (&demonym_forms, flag::DEMONYM),
            (&first_names, flag::FIRST_NAME),
            (&person_titles, flag::PERSON_TITLE),
            (&company_suffixes, flag::COMPANY_SUFFIX),
            (&product_suffixes, flag::PRODUCT_SUFFIX),
            (&institution_heads, flag::INSTITUTION_HEAD),
            (&project_heads, flag::PROJECT_HEAD),
            (&place_heads, flag::PLACE_HEAD),
            (&place_tails, flag::PLACE_TAIL),
            (&place_adjectives, flag::PLACE_ADJECTIVE),
            (&person_particles, flag::PERSON_PARTICLE),
            (&org_particles, flag::ORG_PARTICLE),
            (&place_preps, flag::PLACE_PREP),
            (&place_articles, flag::PLACE_ARTICLE),
            (&company_verbs, flag::COMPANY_VERB),
            (&person_verbs, flag::PERSON_VERB),
            (&lookback_skip, flag::LOOKBACK_SKIP),
            (&number_words, flag::NUMBER_WORD),
            (&linkable_suffixes, flag::LINKABLE_SUFFIX),
            (&homographs, flag::HOMOGRAPH),
            (&homograph_followers, flag::HOMOGRAPH_FOLLOWER),
        ];
        for (list, bit) in lists {
            for w in list.iter() {
                flags.insert_flags(w.clone(), bit);
            }
        }
        for w in person_particles.iter() {
            if !matches!(w.as_str(), "de" | "le" | "la") {
                flags.insert_flags(w.clone(), flag::BRIDGE_PARTICLE);
            }
        }
        for (w, &k) in &cue_nouns {
            let i = EntityKind::ALL.iter().position(|&x| x == k).unwrap_or(0) as u32;
            flags.insert_flags(w.clone(), (i + 1) << flag::CUE_SHIFT);
        }
        Ok(Cues {
            flags,
            stop,
            stop_or_generic,
            linkable_suffixes,
            elisions: set(f.elisions),
            abbreviations: set(f.abbreviations),
        })
    }

    /// The [`flag`]s of a lower-cased word: every list holding it, in one lookup.
    #[inline]
    pub fn flags(&self, lower: &str) -> u32 {
        self.flags.flags(lower)
    }

    /// The kind a cue noun announces, from its [`flag`]s.
    #[inline]
    pub fn cue_kind(flags: u32) -> Option<EntityKind> {
        let i = (flags & flag::CUE) >> flag::CUE_SHIFT;
        (i as usize)
            .checked_sub(1)
            .and_then(|i| EntityKind::ALL.get(i))
            .copied()
    }

    /// A word the detector never takes as (the start of) a name.
    pub fn is_stop(&self, lower: &str) -> bool {
        self.stop_or_generic.contains(lower)
    }

    /// A firm's legal form ("Ltd", "GmbH", "Sdn Bhd", "Pte"): the name it closes is whole.
    pub fn legal_form(lower: &str) -> bool {
        const FORMS: &[&str] = &[
            "inc",
            "corp",
            "corporation",
            "ltd",
            "llc",
            "plc",
            "sa",
            "sas",
            "sarl",
            "gmbh",
            "ag",
            "nv",
            "bv",
            "co",
            "limited",
            "incorporated",
            "sdn",
            "bhd",
            "berhad",
            "pte",
            "pty",
            "spa",
            "srl",
            "oy",
            "oyj",
            "kgaa",
            "ltda",
            "tbk",
            "kk",
            "sl",
            "slu",
            "llp",
        ];
        FORMS.contains(&lower)
    }

    /// The ending of a lower-case adjective that may close a French institutional name
    /// ("nationale", "numérique"; demonyms and place adjectives are the others), on a word of
    /// more than four chars.
    pub fn name_adjective_ending(lower: &str) -> bool {
        const SUFFIXES: &[&str] = &[
            "ique", "iques", "al", "ale", "ales", "aux", "aire", "aires", "el", "elle", "elles",
            "ière", "ier", "if", "ive", "ifs", "ives", "ien", "ienne", "ain", "aine", "ains",
            "aines",
        ];
        lower.chars().count() > 4 && SUFFIXES.iter().any(|s| lower.ends_with(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_cues_parse_and_answer() {
        let c = Cues::from_json(CUES_JSON).unwrap();
        assert!(c.is_stop("cependant"));
        assert!(c.is_stop("gpu"));
        assert!(!c.is_stop("nvidia"));
        let has = |w: &str, bit: u32| c.flags(w) & bit != 0;
        assert!(has("américaines", flag::DEMONYM));
        assert!(has("européenne", flag::DEMONYM));
        assert!(!has("europe", flag::DEMONYM));
        assert_eq!(
            Cues::cue_kind(c.flags("société")),
            Some(EntityKind::Company)
        );
        assert_eq!(
            Cues::cue_kind(c.flags("fondateur")),
            Some(EntityKind::Person)
        );
        assert_eq!(Cues::cue_kind(c.flags("nvidia")), None);
        assert!(Cues::name_adjective_ending("numérique"));
        assert!(!Cues::name_adjective_ending("gestion"));
        assert_eq!(c.flags("nvidia"), 0);
        assert!(has("von", flag::BRIDGE_PARTICLE));
        assert!(has("de", flag::PERSON_PARTICLE) && !has("de", flag::BRIDGE_PARTICLE));
        // Every word of a list has the list's flag.
        let f: CueFile = serde_json::from_str(CUES_JSON).unwrap();
        let lists = [
            (&f.stopwords, flag::STOP),
            (&f.generic_acronyms, flag::GENERIC | flag::STOP),
            (&f.demonyms, flag::DEMONYM),
            (&f.first_names, flag::FIRST_NAME),
            (&f.person_titles, flag::PERSON_TITLE),
            (&f.company_suffixes, flag::COMPANY_SUFFIX),
            (&f.product_suffixes, flag::PRODUCT_SUFFIX),
            (&f.institution_heads, flag::INSTITUTION_HEAD),
            (&f.project_heads, flag::PROJECT_HEAD),
            (&f.place_heads, flag::PLACE_HEAD),
            (&f.place_tails, flag::PLACE_TAIL),
            (&f.place_adjectives, flag::PLACE_ADJECTIVE),
            (&f.person_particles, flag::PERSON_PARTICLE),
            (&f.org_particles, flag::ORG_PARTICLE),
            (&f.place_preps, flag::PLACE_PREP),
            (&f.place_articles, flag::PLACE_ARTICLE),
            (&f.company_verbs, flag::COMPANY_VERB),
            (&f.person_verbs, flag::PERSON_VERB),
            (&f.lookback_skip, flag::LOOKBACK_SKIP),
            (&f.number_words, flag::NUMBER_WORD),
            (&f.linkable_suffixes, flag::LINKABLE_SUFFIX),
            (&f.homographs, flag::HOMOGRAPH),
            (&f.homograph_followers, flag::HOMOGRAPH_FOLLOWER),
        ];
        for (list, bits) in lists {
            for w in list {
                let w = w.to_lowercase();
                assert_eq!(c.flags(&w) & bits, bits, "{w}");
            }
        }
        for w in f.cues.values().flatten() {
            assert!(Cues::cue_kind(c.flags(&w.to_lowercase())).is_some(), "{w}");
        }
    }
}
