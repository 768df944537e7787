//! Byte offsets to char offsets and back for one string, by a table of checkpoints.

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
