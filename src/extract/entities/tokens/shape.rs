//! A word's shape: capitals, lower case, digits, letters, camel case — read char by char, with
//! an ASCII fast path.

/// The shape flags of a word: capitals, lower case, digits, letters, camel case — one bit each
/// (the first three bits are the tokenizer's byte classes, see `scan`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape(pub u8);

impl Shape {
    pub const LOWER: u8 = 1;
    pub const UPPER: u8 = 2;
    pub const DIGIT: u8 = 4;
    pub const ALPHA: u8 = 8;
    pub const CAMEL: u8 = 16;
    pub const FIRST_UPPER: u8 = 32;

    #[inline]
    fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
    #[inline]
    fn set(&mut self, bit: u8, on: bool) {
        self.0 |= u8::from(on) * bit;
    }
    /// Starts with a capital.
    #[inline]
    pub fn first_upper(self) -> bool {
        self.has(Self::FIRST_UPPER)
    }
    #[inline]
    pub fn has_lower(self) -> bool {
        self.has(Self::LOWER)
    }
    #[inline]
    pub fn has_upper(self) -> bool {
        self.has(Self::UPPER)
    }
    #[inline]
    pub fn has_digit(self) -> bool {
        self.has(Self::DIGIT)
    }
    #[inline]
    pub fn has_alpha(self) -> bool {
        self.has(Self::ALPHA)
    }
    /// A lower-case letter right before a capital ("DeepSeek", "xAI").
    #[inline]
    pub fn camel(self) -> bool {
        self.has(Self::CAMEL)
    }
}

/// Adds one char to a word's shape; `prev_lower` tells whether the char
/// before was lower-case.
#[inline]
pub fn shape_char(w: &mut Shape, c: char, prev_lower: &mut bool) {
    // À..ÿ but × and ÷: letters, upper or lower case, none numeric.
    if ('\u{C0}'..='\u{FF}').contains(&c) && c != '×' && c != '÷' {
        let lower = c >= 'ß';
        if lower {
            w.set(Shape::LOWER, true);
        } else {
            w.set(Shape::UPPER, true);
            w.set(Shape::CAMEL, *prev_lower);
        }
        w.set(Shape::ALPHA, true);
        *prev_lower = lower;
        return;
    }
    if c.is_lowercase() {
        w.set(Shape::LOWER, true);
    } else if c.is_uppercase() {
        w.set(Shape::UPPER, true);
        w.set(Shape::CAMEL, *prev_lower);
    }
    w.set(Shape::DIGIT, crate::extract::text::chars::is_numeric(c));
    w.set(Shape::ALPHA, crate::extract::text::chars::is_alpha(c));
    *prev_lower = c.is_lowercase();
}

/// The shape of a word (what [`unicode_shape`] gives): for an ASCII word, from the tokenizer's
/// byte classes (whose word bits are the shape's first three bits), read in the same pass that
/// tells whether the word is ASCII; [`unicode_shape`] otherwise.
#[inline]
pub fn word_shape(text: &str) -> Shape {
    use super::scan::{CLASS, HIGH, LOWER, UPPER, WORD};
    let bytes = text.as_bytes();
    // `all` gathers every byte's class: its HIGH bit tells a non-ASCII byte.
    let (mut all, mut camel, mut prev_lower) = (0u8, 0u8, 0u8);
    for &c in bytes {
        let cls = CLASS[usize::from(c)];
        all |= cls;
        let k = cls & WORD;
        // A capital (its bit shifted onto the lower-case bit) right after a lower-case letter.
        camel |= prev_lower & (k >> 1);
        prev_lower = k & LOWER;
    }
    if all & HIGH != 0 {
        return unicode_shape(text);
    }
    let bits = all & WORD;
    let first = bytes.first().map_or(0, |&c| CLASS[usize::from(c)] & UPPER);
    let mut w = Shape(bits);
    w.set(Shape::CAMEL, camel != 0);
    w.set(Shape::FIRST_UPPER, first != 0);
    w.set(Shape::ALPHA, bits & (LOWER | UPPER) != 0);
    w
}

/// The shape of a word: capitals, lower case, digits, letters, camel case.
pub fn unicode_shape(text: &str) -> Shape {
    let mut w = Shape::default();
    w.set(
        Shape::FIRST_UPPER,
        text.chars().next().is_some_and(char::is_uppercase),
    );
    let mut prev_lower = false;
    for c in text.chars() {
        shape_char(&mut w, c, &mut prev_lower);
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(w: Shape) -> [bool; 6] {
        [
            w.first_upper(),
            w.has_lower(),
            w.has_upper(),
            w.has_digit(),
            w.has_alpha(),
            w.camel(),
        ]
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_char_path() {
        for w in [
            "Nvidia",
            "xAI",
            "GPT-4o",
            "H100",
            "iPhone",
            "AT&T",
            "l'",
            "u.s",
            "_a",
            "",
            "aB",
            "Ab",
            "AB",
            "ab1",
            "9",
            "-",
            "qu'IA",
            "aB'c",
            "x-Y",
            "a1B",
            "Z",
            "l'",
            "économie",
            "aÉ",
            "Ét'É",
        ] {
            assert_eq!(flags(word_shape(w)), flags(unicode_shape(w)), "{w}");
        }
        for c in '\u{80}'..='\u{17F}' {
            let (mut fast, mut slow) = (Shape::default(), Shape::default());
            let (mut p1, mut p2) = (true, true);
            shape_char(&mut fast, c, &mut p1);
            if c.is_lowercase() {
                slow.set(Shape::LOWER, true);
            } else if c.is_uppercase() {
                slow.set(Shape::UPPER, true);
                slow.set(Shape::CAMEL, true);
            }
            slow.set(Shape::DIGIT, c.is_numeric());
            slow.set(Shape::ALPHA, c.is_alphabetic());
            p2 &= c.is_lowercase();
            assert_eq!((fast, p1), (slow, p2), "{c}");
        }
        let e = unicode_shape("Émirats");
        assert!(e.first_upper() && e.has_lower() && !e.camel());
        assert!(unicode_shape("deÉ").camel());
    }
}
