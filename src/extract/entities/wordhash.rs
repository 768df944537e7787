//! The hash of word tables: a word-at-a-time multiplicative hash over the word's bytes.

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
}
