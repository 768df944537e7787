//! One word of the text: its byte range, shape and position, and what its shape says.

use super::shape::Shape;
use crate::text::swar;

/// One word of the text, as a byte range into the normalised text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Capitals, lower case, digits, letters, camel case ("DeepSeek", "xAI").
    pub shape: Shape,
    /// An elided article or pronoun with its apostrophe ("l'", "d'", "qu'").
    pub elision: bool,
    /// First word of a sentence, line, list item, quote or clause after ':' — its capital says
    /// nothing.
    pub initial: bool,
    /// Separated from the previous token by exactly one space (or glued after an elision).
    pub joined: bool,
    /// Part of a URL, e-mail, handle or domain name.
    pub web: bool,
    /// Index of the line (paragraph) the token is on.
    pub line: u32,
}

impl Token {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }

    /// Could be (part of) a proper name by its shape: capitalised, or camel-case with a short
    /// lower-case prefix ("xAI", "iPhone").
    #[inline(always)]
    pub fn namey(&self, s: &str) -> bool {
        self.maybe_namey() && self.namey_rest(s)
    }

    /// Capitalised or camel-case: what [`Token::namey`] needs first, told by one load. Most
    /// words are neither, so scans for names skip them with this alone.
    #[inline(always)]
    pub fn maybe_namey(&self) -> bool {
        self.shape.0 & (Shape::FIRST_UPPER | Shape::CAMEL) != 0
    }

    /// The rest of [`Token::namey`], for a capitalised or camel-case token.
    fn namey_rest(&self, s: &str) -> bool {
        if self.web || self.elision || !self.shape.has_alpha() {
            return false;
        }
        if self.shape.first_upper() {
            return true;
        }
        self.shape.camel() && lower_prefix_len(self.text(s)) <= 2
    }

    /// Capitalised word with lower-case rest and no digits ("Musk", "Huang").
    pub fn name_like(&self, s: &str) -> bool {
        self.shape.first_upper()
            && !self.shape.has_digit()
            && self.shape.has_lower()
            && !self.shape.camel()
            && {
                let t = self.text(s);
                // No capital after the first letter. The bytes after the first are read 16 at
                // a time (no loop exit per word): an ASCII capital before any non-ASCII byte
                // settles it; a non-ASCII byte first sends the word to the char path.
                let rest_len = t.len().saturating_sub(1);
                let (upper, high) = if rest_len <= swar::WIDTH {
                    let x = swar::load(s.as_bytes(), self.start + 1, 0);
                    let inside = swar::before(rest_len);
                    (
                        swar::first(swar::in_range(x, b'A', b'Z') & inside),
                        swar::first(swar::non_ascii(x) & inside),
                    )
                } else {
                    let rest = t.as_bytes().get(1..).unwrap_or_default();
                    let at = |f: fn(&u8) -> bool| rest.iter().position(f).unwrap_or(usize::MAX);
                    (at(u8::is_ascii_uppercase), at(|c| !c.is_ascii()))
                };
                if upper < high {
                    false
                } else if upper == high {
                    // Neither is there (equal positions are impossible otherwise).
                    true
                } else {
                    t.chars().skip(1).all(|c| !c.is_uppercase())
                }
            }
    }

    /// Upper-case letters (and maybe digits or '&'), at least two chars: "TSMC", "AT&T".
    pub fn acronym(&self, s: &str) -> bool {
        self.shape.has_upper() && !self.shape.has_lower() && self.text(s).chars().count() >= 2
    }
}

fn lower_prefix_len(t: &str) -> usize {
    t.chars().take_while(|c| c.is_lowercase()).count()
}
