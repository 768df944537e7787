//! Lower-casing the short stretches the engine reads around a position, as
//! `str::to_lowercase` does but byte for byte for ASCII, Latin-1 and general punctuation.

/// `t.to_lowercase()`, without the general case tables for ASCII, Latin-1 and general
/// punctuation (most of the engine's short reads): byte for byte, each char keeping its length.
pub fn lower(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let mut v = t.as_bytes().to_vec();
    let mut i = 0;
    while i < v.len() {
        let b = v[i];
        if b < 0x80 {
            v[i] = b.to_ascii_lowercase();
            i += 1;
            continue;
        }
        match (b, v.get(i + 1).copied()) {
            // U+0080..U+00BF: no capitals.
            (0xC2, _) => i += 2,
            // U+00C0..U+00FF: the capitals (not '×') lie 0x20 below their small letters.
            (0xC3, Some(n)) => {
                if (0x80..=0x9E).contains(&n) && n != 0x97 {
                    v[i + 1] = n + 0x20;
                }
                i += 2;
            }
            // U+2000..U+207F: punctuation, spaces, superscripts; no capitals.
            (0xE2, Some(0x80 | 0x81)) => i += 3,
            _ => return t.to_lowercase(),
        }
    }
    String::from_utf8(v).unwrap_or_else(|_| t.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_is_the_standard_lower_case() {
        for t in [
            "ABC déjà ÉTATS-UNIS",
            "À×ÞßÿØÖ÷µª",
            "“Ça” — İstanbul ΣΑΣ Σ.",
            "ǅ ǈ ẞ Ω K Å",
            "\u{2019}\u{2011}\u{a0}😀",
        ] {
            assert_eq!(lower(t), t.to_lowercase(), "{t}");
        }
        for c in '\0'..='\u{3000}' {
            let t = format!("a{c}b");
            assert_eq!(lower(&t), t.to_lowercase(), "{c:?}");
        }
    }
}
