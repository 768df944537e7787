//! Char classes with a fast path for the Latin letters of French and English text (the
//! standard library looks accented letters up in its Unicode tables).

/// True for the Latin letters U+00C0–U+024F (all alphabetic but × and ÷).
#[inline]
fn latin_letter(c: char) -> bool {
    ('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷'
}

/// True for general punctuation and currency signs (U+2000–U+206F, U+20A0–U+20CF: dashes,
/// quotes, ellipsis, €): no letter or digit among them.
#[inline]
fn punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c) || ('\u{20A0}'..='\u{20CF}').contains(&c)
}

/// Same answer as [`char::is_alphanumeric`].
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        latin_letter(c) || (!punctuation(c) && c.is_alphanumeric())
    }
}

/// Same answer as [`char::is_alphabetic`].
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        latin_letter(c) || (!punctuation(c) && c.is_alphabetic())
    }
}

/// Same answer as [`char::is_numeric`].
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        !latin_letter(c) && !punctuation(c) && c.is_numeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
        }
        assert!(!is_alnum('×') && is_alnum('é') && is_alnum('²') && !is_alpha('²'));
    }
}
