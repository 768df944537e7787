//! Offset conversion: byte offsets of the normalised text to char offsets and to byte
//! offsets of the original, by forward sweep or by a char index.

use super::norm::NormText;

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

impl<'a> NormText<'a> {
    /// A converter of increasing byte offsets into this text (see [`OffsetSweep`]).
    pub fn sweep(&self) -> OffsetSweep<'_, 'a> {
        OffsetSweep::new(self)
    }
}

#[cfg(test)]
mod tests;
