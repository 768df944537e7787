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
    pub(super) fn set(&mut self, bit: u8, on: bool) {
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
    w.set(Shape::DIGIT, crate::text::chars::is_numeric(c));
    w.set(Shape::ALPHA, crate::text::chars::is_alpha(c));
    *prev_lower = c.is_lowercase();
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
