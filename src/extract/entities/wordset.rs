//! A set of lower-cased words that answers cheaply: a word of up to seven bytes is packed into
//! one integer and looked up in a small open-addressing table; a longer word first meets a bit
//! filter on its first byte, last byte and length, then the hash map. Each word carries a
//! bit mask ([`WordSet::flags`]): one set can answer for several word lists in one lookup.

use super::wordhash::WordHashBuild;
use std::collections::HashMap;

/// Bits in the filter.
const BITS: usize = 4096;

/// An empty slot of the short-word table (no key has a length byte of 0xFF).
const EMPTY: u64 = u64::MAX;

/// A word set with cheap lookups (same answers as a plain set), each word with its flags.
#[derive(Clone)]
pub struct WordSet {
    /// Every word and its flags (the long ones are looked up here).
    words: HashMap<String, u32, WordHashBuild>,
    filter: Vec<u64>,
    /// The words of up to seven bytes, by [`short_key`], open addressing with linear probing;
    /// its length is a power of two, at most a quarter full (short probes).
    short: Vec<u64>,
    /// The flags of the word in the same slot of `short` (read only on a hit).
    short_flags: Vec<u32>,
}

impl Default for WordSet {
    fn default() -> Self {
        WordSet {
            words: HashMap::default(),
            filter: vec![0; BITS / 64],
            short: vec![EMPTY; 8],
            short_flags: vec![0; 8],
        }
    }
}

/// The filter bit of a word: from its first byte, last byte and length.
#[inline]
fn bit(w: &[u8]) -> usize {
    key_bit(
        w.first().copied().unwrap_or(0),
        w.last().copied().unwrap_or(0),
        w.len(),
    )
}

/// A word of at most seven bytes as one integer: its bytes little-endian, its length in the
/// top byte (so two words share a key only when equal). `None` for a longer word.
#[inline]
fn short_key(w: &[u8]) -> Option<u64> {
    let n = w.len();
    // Two loads that may overlap: the shared bytes are the same in both.
    let v = if let (Some(lo), Some(hi)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        if n > 7 {
            return None;
        }
        u64::from(u32::from_le_bytes(*lo)) | u64::from(u32::from_le_bytes(*hi)) << ((n - 4) * 8)
    } else if let (Some(lo), Some(hi)) = (w.first_chunk::<2>(), w.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*lo)) | u64::from(u16::from_le_bytes(*hi)) << ((n - 2) * 8)
    } else {
        w.first().map_or(0, |&b| u64::from(b))
    };
    Some(v | (n as u64) << 56)
}

/// Lower-cases the ASCII bytes packed in `v` (all below 0x80), eight at a time.
#[inline]
fn ascii_lower(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // High bit of a byte: at least 'A', and above 'Z' (no carry: every byte is below 0x80).
    let ge_a = v + (0x80 - u64::from(b'A')) * ONES;
    let gt_z = v + (0x80 - u64::from(b'Z') - 1) * ONES;
    v | (ge_a & !gt_z & (0x80 * ONES)) >> 2
}

impl WordSet {
    pub fn insert(&mut self, w: String) {
        self.insert_flags(w, 1);
    }

    /// Adds `w` (if absent) and sets `flags` among its flags.
    pub fn insert_flags(&mut self, w: String, flags: u32) {
        let k = bit(w.as_bytes());
        if let Some(x) = self.filter.get_mut(k / 64) {
            *x |= 1 << (k % 64);
        }
        if let Some(key) = short_key(w.as_bytes()) {
            if !self.short_has(key) {
                let n = self.short.iter().filter(|&&e| e != EMPTY).count() + 1;
                if n * 4 > self.short.len() {
                    let old: Vec<(u64, u32)> = self
                        .short
                        .iter()
                        .copied()
                        .zip(self.short_flags.iter().copied())
                        .filter(|&(e, _)| e != EMPTY)
                        .collect();
                    self.short = vec![EMPTY; self.short.len() * 2];
                    self.short_flags = vec![0; self.short.len()];
                    for (k, f) in old {
                        self.short_put(k, f);
                    }
                }
                self.short_put(key, 0);
            }
            let slot = self.short_slot(key);
            if let Some(f) = slot.and_then(|i| self.short_flags.get_mut(i)) {
                *f |= flags;
            }
        }
        *self.words.entry(w).or_insert(0) |= flags;
    }

    /// The first slot to probe for `key`.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.short.len() - 1;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & mask
    }

    fn short_put(&mut self, key: u64, flags: u32) {
        let mask = self.short.len() - 1;
        let mut k = self.slot(key);
        while let Some(e) = self.short.get_mut(k) {
            if *e == EMPTY {
                *e = key;
                if let Some(f) = self.short_flags.get_mut(k) {
                    *f = flags;
                }
                return;
            }
            k = (k + 1) & mask;
        }
    }

    /// The slot of `key` in the short-word table, if there.
    #[inline]
    fn short_slot(&self, key: u64) -> Option<usize> {
        let mask = self.short.len() - 1;
        let mut k = self.slot(key);
        // At most a quarter full: an empty slot ends every probe, most of them soon.
        while let Some(&e) = self.short.get(k) {
            if e == key {
                return Some(k);
            }
            if e == EMPTY {
                return None;
            }
            k = (k + 1) & mask;
        }
        None
    }

    /// The flags of `w` (0 when absent): one lookup answers for every list folded into the set.
    #[inline]
    pub fn flags(&self, w: &str) -> u32 {
        if let Some(key) = short_key(w.as_bytes()) {
            return self
                .short_slot(key)
                .and_then(|i| self.short_flags.get(i))
                .copied()
                .unwrap_or(0);
        }
        let k = bit(w.as_bytes());
        if self
            .filter
            .get(k / 64)
            .is_some_and(|x| x >> (k % 64) & 1 != 0)
        {
            self.words.get(w).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Whether the short-word table holds `key`.
    #[inline]
    fn short_has(&self, key: u64) -> bool {
        self.short_slot(key).is_some()
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        if let Some(key) = short_key(w.as_bytes()) {
            return self.short_has(key);
        }
        self.long_has(w)
    }

    /// Whether the set holds the ASCII word `w` (at most seven bytes) lower-cased; `None` for
    /// a longer word.
    #[inline]
    pub fn contains_short_ascii_lower(&self, w: &[u8]) -> Option<bool> {
        // The length byte (at most 7) is no capital: lower-casing leaves it.
        short_key(w).map(|key| self.short_has(ascii_lower(key)))
    }

    /// A word longer than seven bytes: the filter, then the hash set.
    #[inline]
    fn long_has(&self, w: &str) -> bool {
        let k = bit(w.as_bytes());
        self.filter
            .get(k / 64)
            .is_some_and(|x| x >> (k % 64) & 1 != 0)
            && self.words.contains_key(w)
    }

    /// Whether the set may hold the ASCII word `w` lower-cased: the filter alone, read
    /// without lower-casing the word first (a "no" is certain).
    #[inline]
    pub fn may_hold_ascii_lower(&self, w: &[u8]) -> bool {
        let first = w.first().map_or(0, u8::to_ascii_lowercase);
        let last = w.last().map_or(0, u8::to_ascii_lowercase);
        let k = key_bit(first, last, w.len());
        self.filter
            .get(k / 64)
            .is_some_and(|x| x >> (k % 64) & 1 != 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.keys()
    }
}

/// The filter bit of a word with this first byte, last byte and length (as [`bit`]).
#[inline]
fn key_bit(first: u8, last: u8, len: usize) -> usize {
    let k = u64::from(first) | u64::from(last) << 8 | (len as u64) << 16;
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize % BITS
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
    use std::collections::HashSet;

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
        for w in ["LE", "La", "AI", "x", ""] {
            assert!(set.may_hold_ascii_lower(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn short_keys_and_lower_casing_agree_with_strings() {
        // Many words of every length, so the table grows and probes collide.
        let words: Vec<String> = (0..600)
            .map(|i: usize| {
                let n = i % 10;
                (0..n)
                    .map(|k| char::from(b'a' + ((i * 7 + k * 13) % 26) as u8))
                    .collect()
            })
            .collect();
        let set: WordSet = words.iter().cloned().collect();
        let plain: HashSet<String> = words.iter().cloned().collect();
        let probes = words
            .iter()
            .cloned()
            .chain(words.iter().map(|w| w.to_ascii_uppercase()))
            .chain(words.iter().map(|w| format!("{w}z")))
            .chain(["a\0".to_string(), "\0".to_string(), "Zz@[`{".to_string()]);
        for p in probes {
            assert_eq!(set.contains(&p), plain.contains(&p), "{p:?}");
            if p.len() <= 7 {
                let low = p.to_ascii_lowercase();
                let got = set.contains_short_ascii_lower(p.as_bytes());
                assert_eq!(got, Some(plain.contains(&low)), "{p:?}");
            }
        }
        assert_eq!(set.contains_short_ascii_lower(b"abcdefgh"), None);
        // Flags: OR-ed per word, 0 for an absent one, short or long.
        let mut flagged = WordSet::default();
        for (i, w) in words.iter().enumerate() {
            flagged.insert_flags(w.clone(), 1 << (i % 5));
        }
        let want = |p: &str| {
            words
                .iter()
                .enumerate()
                .filter(|(_, v)| *v == p)
                .fold(0, |f, (i, _)| f | 1 << (i % 5))
        };
        for p in words.iter().flat_map(|w| [w.clone(), format!("{w}z")]) {
            assert_eq!(flagged.flags(&p), want(&p), "{p:?}");
        }
        // Every ASCII byte lower-cases as `to_ascii_lowercase` does.
        for b in 0u8..0x80 {
            let v = ascii_lower(u64::from(b) << 8 | u64::from(b'Q'));
            assert_eq!(v, u64::from(b.to_ascii_lowercase()) << 8 | u64::from(b'q'));
        }
    }
}
