//! Offset conversion: byte offsets of the normalised text to char offsets and to byte
//! offsets of the original, by forward sweep or by a char index.

use super::NormText;

/// Converts byte offsets of a [`NormText`]'s normalised text to char offsets and to byte
/// offsets into the original, sweeping from one offset to the next: linear over the text when
/// the offsets mostly increase (a smaller one is reached by counting back from the last one).
pub struct OffsetSweep<'t, 'a> {
    text: &'t NormText<'a>,
    byte: usize,
    chars: usize,
    /// The normalised text is ASCII: char offsets are byte offsets, nothing to count.
    ascii: bool,
    /// Shifts (see [`NormText`]) that end at or before `byte`.
    shift: usize,
}

/// Chars in `norm[a..b]`: its bytes that are not UTF-8 continuation bytes (`10xx_xxxx`),
/// counted eight at a time; the last `(b - a) % 8` bytes are read as the top of the eight bytes
/// ending at `b`, so no call ends in a byte loop whose length varies from call to call.
fn chars_between(norm: &str, a: usize, b: usize) -> usize {
    let all = norm.as_bytes();
    let bytes = all.get(a..b).unwrap_or_default();
    let (words, rest) = bytes.as_chunks::<8>();
    let mut continuation = 0;
    for w in words {
        continuation += continuation_bytes(u64::from_le_bytes(*w));
    }
    let tail = match all.get(b.wrapping_sub(8)..b) {
        Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) => {
            u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7])
        }
        // Fewer than eight bytes before `b` (the text's start): those, at the top.
        _ => rest
            .iter()
            .fold(0, |acc, &x| (acc >> 8) | (u64::from(x) << 56)),
    };
    // The top `rest.len()` bytes of `tail` (none when the span is whole words).
    let mask = !(u64::MAX >> (8 * rest.len()));
    continuation += continuation_bytes(tail & mask);
    bytes.len() - continuation
}

/// UTF-8 continuation bytes among the eight bytes of `x`.
#[inline]
fn continuation_bytes(x: u64) -> usize {
    // Bit 7 set and bit 6 clear, moved to bit 0 of each byte, then summed bytewise.
    let marks = (x & !(x << 1) & 0x8080_8080_8080_8080) >> 7;
    (marks.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize
}

impl<'t, 'a> OffsetSweep<'t, 'a> {
    pub(super) fn new(text: &'t NormText<'a>) -> Self {
        OffsetSweep {
            text,
            byte: 0,
            chars: 0,
            // Stops at the first non-ASCII byte: cheap for French text, a fast pass for English.
            ascii: text.norm.is_ascii(),
            shift: 0,
        }
    }

    /// The char offset (shared by both texts) and the byte offset into the original text of
    /// byte `b` of the normalised text (clamped to its end; `b` must be on a char boundary).
    pub fn at(&mut self, b: usize) -> (usize, usize) {
        let norm = self.text.norm.as_str();
        let b = b.min(norm.len());
        let shifts = &self.text.shifts;
        if self.ascii {
            self.chars = b;
        } else if b < self.byte {
            self.chars -= chars_between(norm, b, self.byte);
        } else {
            self.chars += chars_between(norm, self.byte, b);
        }
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
        (self.chars, b + lost)
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
