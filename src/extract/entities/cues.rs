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

/// A word-at-a-time multiplicative hash (the FxHash scheme): word lists are looked up for many
/// words; SipHash's DoS resistance is not needed for a fixed, compiled-in key set.
#[derive(Default, Clone, Copy)]
pub struct WordHash(u64);

const FX_K: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHash {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_K);
    }
}

impl std::hash::Hasher for WordHash {
    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        if n > 0 {
            // The bytes little-endian, by two loads that may overlap (the shared bytes are the
            // same in both): a copy of a variable length would call memcpy.
            let w = if let (Some(lo), Some(hi)) = (rest.first_chunk::<4>(), rest.last_chunk::<4>())
            {
                u64::from(u32::from_le_bytes(*lo))
                    | u64::from(u32::from_le_bytes(*hi)) << ((n - 4) * 8)
            } else if let (Some(lo), Some(hi)) = (rest.first_chunk::<2>(), rest.last_chunk::<2>()) {
                u64::from(u16::from_le_bytes(*lo))
                    | u64::from(u16::from_le_bytes(*hi)) << ((n - 2) * 8)
            } else {
                u64::from(rest[0])
            };
            self.add(w ^ (n as u64) << 59);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

pub type WordHashBuild = std::hash::BuildHasherDefault<WordHash>;
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

/// The loaded word lists. Every query takes a lower-cased word.
pub struct Cues {
    pub stop: Set,
    pub generic_acronyms: Set,
    /// Stop words and generic acronyms together (one lookup for [`Cues::is_stop`]).
    stop_or_generic: Set,
    /// Every demonym with every gender/number ending (one lookup for [`Cues::is_demonym`]).
    demonym_forms: Set,
    pub first_names: Set,
    pub person_titles: Set,
    pub company_suffixes: Set,
    /// Suffixes a company may be named without ("Mistral" for "Mistral AI").
    pub linkable_suffixes: Set,
    pub product_suffixes: Set,
    pub institution_heads: Set,
    pub project_heads: Set,
    pub place_heads: Set,
    pub place_tails: Set,
    pub place_adjectives: Set,
    pub person_particles: Set,
    pub org_particles: Set,
    pub elisions: Set,
    pub abbreviations: Set,
    /// Nouns that announce the kind of the name next to them ("la société X", "X, le fondateur").
    pub cue_nouns: HashMap<String, EntityKind, WordHashBuild>,
    pub place_preps: Set,
    pub place_articles: Set,
    pub company_verbs: Set,
    pub person_verbs: Set,
    pub lookback_skip: Set,
    pub number_words: Set,
    /// Actor names that are also common words ("Paris" = bets).
    pub homographs: Set,
    /// Words after which a sentence-initial homograph is read as the common word.
    pub homograph_followers: Set,
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
        let mut demonym_forms = demonyms.clone();
        for d in demonyms.iter().filter(|d| !d.is_empty()) {
            for suf in DEMONYM_ENDINGS {
                demonym_forms.insert(format!("{d}{suf}"));
            }
        }
        Ok(Cues {
            stop,
            generic_acronyms,
            stop_or_generic,
            demonym_forms,
            first_names: set(f.first_names),
            person_titles: set(f.person_titles),
            company_suffixes: set(f.company_suffixes),
            linkable_suffixes: set(f.linkable_suffixes),
            product_suffixes: set(f.product_suffixes),
            institution_heads: set(f.institution_heads),
            project_heads: set(f.project_heads),
            place_heads: set(f.place_heads),
            place_tails: set(f.place_tails),
            place_adjectives: set(f.place_adjectives),
            person_particles: set(f.person_particles),
            org_particles: set(f.org_particles),
            elisions: set(f.elisions),
            abbreviations: set(f.abbreviations),
            cue_nouns,
            place_preps: set(f.place_preps),
            place_articles: set(f.place_articles),
            company_verbs: set(f.company_verbs),
            person_verbs: set(f.person_verbs),
            lookback_skip: set(f.lookback_skip),
            number_words: set(f.number_words),
            homographs: set(f.homographs),
            homograph_followers: set(f.homograph_followers),
        })
    }

    /// A nationality word in any gender/number ("américaines", "Chinese", "Européens"): a
    /// demonym, or a demonym with one of [`DEMONYM_ENDINGS`].
    pub fn is_demonym(&self, lower: &str) -> bool {
        self.demonym_forms.contains(lower)
    }

    /// A word the detector never takes as (the start of) a name.
    pub fn is_stop(&self, lower: &str) -> bool {
        self.stop_or_generic.contains(lower)
    }

    /// A lower-case adjective that may close a French institutional name ("européenne",
    /// "nationale", "numérique").
    pub fn is_name_adjective(&self, lower: &str) -> bool {
        if self.is_demonym(lower) || self.place_adjectives.contains(lower) {
            return true;
        }
        const SUFFIXES: &[&str] = &[
            "ique", "iques", "al", "ale", "ales", "aux", "aire", "aires", "el", "elle", "elles",
            "ière", "ier", "if", "ive", "ifs", "ives", "ien", "ienne",
        ];
        lower.chars().count() > 4 && SUFFIXES.iter().any(|s| lower.ends_with(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hash_packs_the_tail_bytes_little_endian() {
        use std::hash::Hasher;
        for n in 0..=20usize {
            let bytes: Vec<u8> = (0..n).map(|k| (k * 37 + 11) as u8).collect();
            let mut h = WordHash::default();
            h.write(&bytes);
            // The definition: whole words of eight bytes, then the tail byte by byte.
            let mut want = WordHash::default();
            for c in bytes.chunks(8) {
                let w = c
                    .iter()
                    .enumerate()
                    .fold(0u64, |w, (k, &b)| w | u64::from(b) << (8 * k));
                want.add(if c.len() == 8 {
                    w
                } else {
                    w ^ (c.len() as u64) << 59
                });
            }
            assert_eq!(h.finish(), want.finish(), "{n}");
        }
    }

    #[test]
    fn shipped_cues_parse_and_answer() {
        let c = Cues::from_json(CUES_JSON).unwrap();
        assert!(c.is_stop("cependant"));
        assert!(c.is_stop("gpu"));
        assert!(!c.is_stop("nvidia"));
        assert!(c.is_demonym("américaines"));
        assert!(c.is_demonym("européenne"));
        assert!(!c.is_demonym("europe"));
        assert_eq!(c.cue_nouns.get("société"), Some(&EntityKind::Company));
        assert_eq!(c.cue_nouns.get("fondateur"), Some(&EntityKind::Person));
        assert!(c.is_name_adjective("numérique"));
        assert!(!c.is_name_adjective("gestion"));
    }
}
