//! The lower-cased copy of the text the name stages read: lower-cased char for char where that
//! keeps the byte length, so token ranges apply to it.

/// Lower-cases `s` char for char, keeping a char as is when its lower case has another length.
pub fn lower_text(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    let b = s.as_bytes();
    let mut i = 0;
    // ASCII is done: lower the non-ASCII chars in place, where that keeps their length.
    loop {
        // Eight ASCII bytes at a time, then byte by byte.
        while let Some(chunk) = b.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8]));
            if word & 0x8080_8080_8080_8080 != 0 {
                break;
            }
            i += 8;
        }
        while b.get(i).is_some_and(u8::is_ascii) {
            i += 1;
        }
        match (b.get(i), b.get(i + 1)) {
            (None, _) => break,
            // U+0080..U+00BF: no case.
            (Some(0xC2), _) => i += 2,
            // U+00C0..U+00FF: À..Þ lower-case to à..þ, two bytes for two bytes (not '×').
            (Some(0xC3), Some(&c)) => {
                if c < 0xA0 && c != 0x97 && c != 0x9F {
                    out.replace_range(i..i + 2, &String::from_utf8_lossy(&[0xC3, c + 0x20]));
                }
                i += 2;
            }
            // U+2000..U+20FF (punctuation, quotes, dashes, currency signs): no case.
            (Some(0xE2), Some(0x80..=0x83)) => i += 3,
            _ => {
                let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
                    break;
                };
                let mut l = c.to_lowercase();
                if let (Some(x), None) = (l.next(), l.next())
                    && x != c
                    && x.len_utf8() == c.len_utf8()
                {
                    out.replace_range(i..i + c.len_utf8(), x.encode_utf8(&mut [0; 4]));
                }
                i += c.len_utf8();
            }
        }
    }
    out
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
}
