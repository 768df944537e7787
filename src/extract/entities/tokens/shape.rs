//! A word's shape: capitals, lower case, digits, letters, camel case — read char by char, with
//! an ASCII fast path.

/// The shape flags of a word: capitals, lower case, digits, letters, camel case.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    pub first_upper: bool,
    pub has_lower: bool,
    pub has_upper: bool,
    pub has_digit: bool,
    pub has_alpha: bool,
    pub camel: bool,
}

/// Adds one char to a word's shape; `prev_lower` tells whether the char
/// before was lower-case.
#[inline]
pub fn shape_char(w: &mut Shape, c: char, prev_lower: &mut bool) {
    if c.is_lowercase() {
        w.has_lower = true;
    } else if c.is_uppercase() {
        w.has_upper = true;
        w.camel |= *prev_lower;
    }
    w.has_digit |= crate::extract::text::chars::is_numeric(c);
    w.has_alpha |= crate::extract::text::chars::is_alpha(c);
    *prev_lower = c.is_lowercase();
}

/// The shape of an ASCII word (what [`unicode_shape`] gives, byte by byte).
pub fn ascii_shape(text: &[u8]) -> Shape {
    let mut w = Shape {
        first_upper: text.first().is_some_and(u8::is_ascii_uppercase),
        ..Shape::default()
    };
    let mut prev_lower = false;
    for &c in text {
        let lower = c.is_ascii_lowercase();
        if lower {
            w.has_lower = true;
        } else if c.is_ascii_uppercase() {
            w.has_upper = true;
            w.camel |= prev_lower;
        }
        w.has_digit |= c.is_ascii_digit();
        prev_lower = lower;
    }
    w.has_alpha = w.has_lower || w.has_upper;
    w
}

/// The shape of a word: capitals, lower case, digits, letters, camel case.
pub fn unicode_shape(text: &str) -> Shape {
    let mut w = Shape {
        first_upper: text.chars().next().is_some_and(char::is_uppercase),
        ..Shape::default()
    };
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
            w.first_upper,
            w.has_lower,
            w.has_upper,
            w.has_digit,
            w.has_alpha,
            w.camel,
        ]
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_char_path() {
        for w in [
            "Nvidia", "xAI", "GPT-4o", "H100", "iPhone", "AT&T", "l'", "u.s", "_a", "",
        ] {
            assert_eq!(
                flags(ascii_shape(w.as_bytes())),
                flags(unicode_shape(w)),
                "{w}"
            );
        }
        let e = unicode_shape("Émirats");
        assert!(e.first_upper && e.has_lower && !e.camel);
        assert!(unicode_shape("deÉ").camel);
    }
}
