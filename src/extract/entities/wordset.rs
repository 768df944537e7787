//! A set of lower-cased words that answers "no" cheaply: a small bit filter on each word's
//! first byte, last byte and length is checked before the hash set.

use super::cues::WordHashBuild;
use std::collections::HashSet;

/// Bits in the filter.
const BITS: usize = 4096;

/// A word set with a cheap negative pre-check (same answers as a plain set).
#[derive(Clone)]
pub struct WordSet {
    words: HashSet<String, WordHashBuild>,
    filter: Vec<u64>,
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet {
            words: HashSet::default(),
            filter: vec![0; BITS / 64],
        }
    }
}

/// The filter bit of a word: from its first byte, last byte and length.
#[inline]
fn bit(w: &[u8]) -> usize {
    let first = u64::from(w.first().copied().unwrap_or(0));
    let last = u64::from(w.last().copied().unwrap_or(0));
    let k = first | last << 8 | (w.len() as u64) << 16;
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize % BITS
}

impl WordSet {
    pub fn insert(&mut self, w: String) {
        let k = bit(w.as_bytes());
        if let Some(x) = self.filter.get_mut(k / 64) {
            *x |= 1 << (k % 64);
        }
        self.words.insert(w);
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let k = bit(w.as_bytes());
        self.filter
            .get(k / 64)
            .is_some_and(|x| x >> (k % 64) & 1 != 0)
            && self.words.contains(w)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.iter()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let mut set = WordSet::default();
        for w in iter {
            set.insert(w);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_a_plain_set() {
        let words = ["le", "la", "société", "ai", "", "x"];
        let set: WordSet = words.iter().map(|w| w.to_string()).collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in ["les", "l", "Le", "sociétés", "y", "aï"] {
            assert!(!set.contains(w), "{w}");
        }
    }
}
