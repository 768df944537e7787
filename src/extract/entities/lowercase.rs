//! The lower-cased copy of the text the name stages read: lower-cased char for char where that
//! keeps the byte length, so token ranges apply to it.

use crate::text::swar;

/// Lower-cases `s` char for char, keeping a char as is when its lower case has another length.
pub fn lower_text(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    let b = s.as_bytes();
    // ASCII is done: lower the non-ASCII chars in place, where that keeps their length. Their
    // lead bytes (0xC0 and above) are found 16 bytes at a time and walked as bits, so the scan
    // does not branch on every accented letter, only on every window holding one.
    let mut base = 0;
    while base < b.len() {
        let mut leads = swar::bits(swar::utf8_lead(swar::load(b, base, 0)));
        while leads != 0 {
            let i = base + leads.trailing_zeros() as usize;
            leads &= leads - 1;
            lower_char_at(s, &mut out, i);
        }
        base += swar::WIDTH;
    }
    out
}

/// Lowers, in `out` (a copy of `s`), the non-ASCII char of `s` starting at byte `i` when its
/// lower case has the same length.
#[inline]
fn lower_char_at(s: &str, out: &mut String, i: usize) {
    let b = s.as_bytes();
    match (b.get(i), b.get(i + 1)) {
        // U+0080..U+00BF: no case.
        (Some(0xC2), _) => {}
        // U+00C0..U+00FF: À..Þ lower-case to à..þ, two bytes for two bytes (not '×').
        (Some(0xC3), Some(&c)) => {
            if c < 0xA0 && c != 0x97 && c != 0x9F {
                out.replace_range(i..i + 2, &String::from_utf8_lossy(&[0xC3, c + 0x20]));
            }
        }
        // U+2000..U+20FF (punctuation, quotes, dashes, currency signs): no case.
        (Some(0xE2), Some(0x80..=0x83)) => {}
        _ => {
            let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
                return;
            };
            let mut l = c.to_lowercase();
            if let (Some(x), None) = (l.next(), l.next())
                && x != c
                && x.len_utf8() == c.len_utf8()
            {
                out.replace_range(i..i + c.len_utf8(), x.encode_utf8(&mut [0; 4]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: every char lower-cased where that keeps its length.
    fn by_chars(s: &str) -> String {
        s.chars()
            .map(|c| {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
                    _ => c,
                }
            })
            .collect()
    }

    #[test]
    fn lowers_char_for_char_keeping_lengths() {
        let all: String = ('\u{0}'..='\u{3000}').collect();
        assert_eq!(lower_text(&all), by_chars(&all));
        for s in [
            "L'État ÉMIRATS Œuvre ÀÉÎÕÜÝÞ ×÷ ß",
            "İstanbul KELVIN\u{212A} Ω\u{2126} «Nvidia» — 3 €",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789é",
            "",
        ] {
            assert_eq!(lower_text(s), by_chars(s), "{s}");
        }
    }

    proptest::proptest! {
        /// Accented capitals, multi-byte chars and ASCII mixed, at every offset from a 16-byte
        /// window's edge.
        #[test]
        fn any_mix_lowers_like_the_definition(s in "[a-zA-Z .'ÀÉÈÎÔÙÇàéèçœŒİẞΩ€«»—😀]{0,80}") {
            proptest::prop_assert_eq!(lower_text(&s), by_chars(&s));
        }
    }
}
