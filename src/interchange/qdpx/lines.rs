//! Line endings between Vigie and REFI-QDA: Vigie counts the chars of a text exactly as decoded
//! (`\r\n` is two), while sources in a `.qdpx` are written with `\n` only (tools differ on how
//! they count `\r\n`), so positions are mapped both ways.

/// A text with `\r\n` and lone `\r` turned into `\n`, and how positions move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    /// Char positions, in the original text, of each `\r` dropped from a `\r\n` (ascending).
    dropped: Vec<usize>,
}

/// Normalises the line endings of `text`.
pub fn normalize(text: &str) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut dropped = Vec::new();
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                dropped.push(i);
            } else {
                out.push('\n');
            }
        } else {
            out.push(c);
        }
    }
    Normalized { text: out, dropped }
}

impl Normalized {
    /// A char position of the original text as a position in the normalised text (a position
    /// between `\r` and `\n` lands before the `\n`).
    pub fn to_normalized(&self, p: usize) -> usize {
        p - self.dropped.partition_point(|&r| r < p)
    }

    /// A position of the normalised text as a char position of the original text (a position
    /// just before a `\n` that was a `\r\n` lands before the `\r`).
    pub fn to_original(&self, q: usize) -> usize {
        // The i-th pair's `\n` sits at `dropped[i] - i` in the normalised text.
        let before = self
            .dropped
            .iter()
            .enumerate()
            .take_while(|&(i, &r)| r - i < q)
            .count();
        q + before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_counts_once_and_maps_back() {
        let n = normalize("ab\r\ncd\re\r\n");
        assert_eq!(n.text, "ab\ncd\ne\n");
        // "c" is char 4 of the original, 3 of the normalised text.
        assert_eq!(n.to_normalized(4), 3);
        assert_eq!(n.to_original(3), 4);
        // The end of the text.
        assert_eq!(n.to_normalized(10), 8);
        assert_eq!(n.to_original(8), 10);
        // Before the first "\r\n": before the "\r".
        assert_eq!(n.to_original(2), 2);
        assert_eq!(n.to_normalized(3), 2);
        for q in 0..=8 {
            assert_eq!(n.to_normalized(n.to_original(q)), q);
        }
    }

    #[test]
    fn text_without_cr_is_unchanged() {
        let s = "Été – “ok” 🚀\nfin";
        let n = normalize(s);
        assert_eq!(n.text, s);
        assert_eq!(n.to_original(7), 7);
        assert_eq!(normalize("a\rb").text, "a\nb");
    }
}
