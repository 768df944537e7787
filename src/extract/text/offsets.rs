//! Offset conversion: byte offsets of the normalised text to char offsets and to byte
//! offsets of the original, by forward sweep or by a char index.

use super::NormText;

/// Converts byte offsets of a [`NormText`]'s normalised text to char offsets and to byte
/// offsets into the original. Char offsets come from a table built once per text (chars before
/// each 64-byte block, and the block's UTF-8 continuation bytes as bits), so each query is a
/// table read and a popcount, with no loop whose length varies from query to query; the
/// original's byte offsets come from sweeping the shifts, linear when the offsets mostly
/// increase.
pub struct OffsetSweep<'t, 'a> {
    text: &'t NormText<'a>,
    /// Per 64-byte block of the normalised text (and one past its end): the chars before the
    /// block, and a bit per continuation byte of the block. Empty when the text is ASCII (char
    /// offsets are byte offsets).
    blocks: Vec<(usize, u64)>,
    byte: usize,
    /// Shifts (see [`NormText`]) that end at or before `byte`.
    shift: usize,
}

/// Bytes per block of [`OffsetSweep::blocks`].
const BLOCK: usize = 64;

/// The UTF-8 continuation bytes (`10xx_xxxx`) among the eight bytes of `x`, as its low eight
/// bits (byte `k` → bit `k`).
#[inline]
fn continuation_bits(x: u64) -> u64 {
    // Bit 7 set and bit 6 clear, moved to bit 0 of each byte; the multiply gathers those bits
    // into the top byte (distinct product positions: no carries).
    let marks = (x & !(x << 1) & 0x8080_8080_8080_8080) >> 7;
    marks.wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The table of [`OffsetSweep::blocks`] for the (non-ASCII) text `b`.
fn char_blocks(b: &[u8]) -> Vec<(usize, u64)> {
    let mut blocks = Vec::with_capacity(b.len() / BLOCK + 2);
    let mut chars = 0;
    let (whole, tail) = b.as_chunks::<BLOCK>();
    for block in whole {
        let bits = block_bits(block);
        blocks.push((chars, bits));
        chars += BLOCK - bits.count_ones() as usize;
    }
    if !tail.is_empty() {
        // Zero padding holds no continuation byte.
        let mut last = [0u8; BLOCK];
        last[..tail.len()].copy_from_slice(tail);
        let bits = block_bits(&last);
        blocks.push((chars, bits));
        chars += tail.len() - bits.count_ones() as usize;
    }
    // The end of the text, when it closes a whole block.
    blocks.push((chars, 0));
    blocks
}

/// The continuation bytes of a block, a bit per byte.
#[inline]
fn block_bits(block: &[u8; BLOCK]) -> u64 {
    let (words, _) = block.as_chunks::<8>();
    words.iter().enumerate().fold(0, |acc, (k, w)| {
        acc | continuation_bits(u64::from_le_bytes(*w)) << (8 * k)
    })
}

impl<'t, 'a> OffsetSweep<'t, 'a> {
    pub(super) fn new(text: &'t NormText<'a>) -> Self {
        let norm = text.norm.as_bytes();
        OffsetSweep {
            text,
            // `is_ascii` stops at the first non-ASCII byte: cheap for French text, a fast pass
            // for English.
            blocks: if norm.is_ascii() {
                Vec::new()
            } else {
                char_blocks(norm)
            },
            byte: 0,
            shift: 0,
        }
    }

    /// The char offset (shared by both texts) and the byte offset into the original text of
    /// byte `b` of the normalised text (clamped to its end; `b` must be on a char boundary).
    pub fn at(&mut self, b: usize) -> (usize, usize) {
        let norm = self.text.norm.as_str();
        let b = b.min(norm.len());
        let shifts = &self.text.shifts;
        let chars = match self.blocks.get(b / BLOCK) {
            // The chars before the block, plus the bytes of the block before `b` that start one.
            Some(&(before, bits)) => {
                let r = b % BLOCK;
                before + r - (bits & ((1u64 << r) - 1)).count_ones() as usize
            }
            None => b,
        };
        if b < self.byte {
            while self.shift > 0 && shifts.get(self.shift - 1).is_some_and(|&(end, _)| end > b) {
                self.shift -= 1;
            }
        }
        self.byte = b;
        while shifts.get(self.shift).is_some_and(|&(end, _)| end <= b) {
            self.shift += 1;
        }
        let lost = self
            .shift
            .checked_sub(1)
            .and_then(|k| shifts.get(k))
            .map_or(0, |&(_, lost)| lost);
        (chars, b + lost)
    }
}

const STRIDE: usize = 64;

/// Converts between byte and char offsets of one string in O(64) per query.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    ascii: bool,
    len: usize,
    /// Byte offset of every `STRIDE`-th char, plus the end of the text.
    checkpoints: Vec<usize>,
    chars: usize,
}

impl CharIndex {
    pub fn new(s: &str) -> Self {
        if s.is_ascii() {
            return CharIndex {
                ascii: true,
                len: s.len(),
                checkpoints: Vec::new(),
                chars: s.len(),
            };
        }
        let mut checkpoints = Vec::with_capacity(s.len() / STRIDE + 2);
        let mut chars = 0;
        for (b, &byte) in s.as_bytes().iter().enumerate() {
            // Every byte but a UTF-8 continuation byte starts a char.
            if byte & 0xC0 != 0x80 {
                if chars % STRIDE == 0 {
                    checkpoints.push(b);
                }
                chars += 1;
            }
        }
        CharIndex {
            ascii: false,
            len: s.len(),
            checkpoints,
            chars,
        }
    }

    /// Number of chars in the indexed string.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Byte offset in `s` (the indexed string) of char `c`, clamped to the end of the text.
    pub fn byte_offset(&self, s: &str, c: usize) -> usize {
        if self.ascii || c >= self.chars {
            return if c >= self.chars { self.len } else { c };
        }
        let base = self.checkpoints[c / STRIDE];
        s[base..]
            .char_indices()
            .nth(c % STRIDE)
            .map_or(self.len, |(b, _)| base + b)
    }

    /// Char offset of byte `b` (which must be on a char boundary of `s`).
    pub fn char_offset(&self, s: &str, b: usize) -> usize {
        if self.ascii {
            return b.min(self.len);
        }
        let b = b.min(self.len);
        let k = self
            .checkpoints
            .partition_point(|&cp| cp <= b)
            .saturating_sub(1);
        let base = self.checkpoints.get(k).copied().unwrap_or(0);
        k * STRIDE + s[base..b].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Every char boundary, visited forwards then in a shuffled order, maps to the char
        /// offset counted char by char and to the same char's byte in the original.
        #[test]
        fn sweep_agrees_with_counting(s in "[a-z é’\u{a0}\u{202f}€😀\u{2011}]{0,200}", seed in any::<u64>()) {
            let n = NormText::new(&s);
            let norm = n.as_str();
            let orig: Vec<usize> = s.char_indices().map(|(b, _)| b).chain([s.len()]).collect();
            let mut bounds: Vec<(usize, usize)> =
                norm.char_indices().map(|(b, _)| b).chain([norm.len()]).enumerate().map(|(c, b)| (b, c)).collect();
            let mut sweep = n.sweep();
            for &(b, c) in &bounds {
                prop_assert_eq!(sweep.at(b), (c, orig[c]));
            }
            let mut x = seed | 1;
            for i in (1..bounds.len()).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                bounds.swap(i, (x % (i as u64 + 1)) as usize);
            }
            for &(b, c) in &bounds {
                prop_assert_eq!(sweep.at(b), (c, orig[c]));
            }
        }
    }
}
