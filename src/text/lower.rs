//! Lower-casing the short stretches the engine reads around a position, as
//! `str::to_lowercase` does but in place: byte for byte for ASCII, Latin-1 and general
//! punctuation, by the case tables for a char whose lower case keeps its length.

/// `t.to_lowercase()`, in place when each char's lower case keeps its length (most of the
/// engine's short reads), without the general case tables for ASCII, Latin-1 and general
/// punctuation.
pub fn lower(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let mut v = t.as_bytes().to_vec();
    if lower_in_place(&mut v)
        && let Ok(low) = String::from_utf8(v)
    {
        return low;
    }
    t.to_lowercase()
}

/// Calls `f` with [`lower`]`(t)`, built on the stack when `t` is short (most reads are).
pub fn with_lower<R>(t: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if let Some(out) = buf.get_mut(..t.len()) {
        out.copy_from_slice(t.as_bytes());
        let done = if t.is_ascii() {
            out.make_ascii_lowercase();
            true
        } else {
            lower_in_place(out)
        };
        if done && let Ok(low) = std::str::from_utf8(out) {
            return f(low);
        }
    }
    f(&lower(t))
}

/// Lower-cases the UTF-8 text `v` in place, each char keeping its length; false when a char's
/// lower case is longer or shorter, or several chars, or depends on the chars around ('Σ').
pub fn lower_in_place(v: &mut [u8]) -> bool {
    // Most stretches are all ASCII: told a word at a time, lower-cased at once.
    if v.is_ascii() {
        v.make_ascii_lowercase();
        return true;
    }
    let mut i = 0;
    while i < v.len() {
        // A run of ASCII, lower-cased at once.
        let run = v[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(v.len() - i);
        v[i..i + run].make_ascii_lowercase();
        i += run;
        let Some(&b) = v.get(i) else {
            break;
        };
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
            // Any other char, by the case tables.
            _ => {
                let len = match b {
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                let Some(c) = v
                    .get(i..i + len)
                    .and_then(|ch| std::str::from_utf8(ch).ok())
                    .and_then(|ch| ch.chars().next())
                else {
                    return false;
                };
                let mut low = c.to_lowercase();
                match (low.next(), low.next()) {
                    (Some(l), None) if c != 'Σ' && l.len_utf8() == len => {
                        l.encode_utf8(&mut v[i..i + len]);
                    }
                    _ => return false,
                }
                i += len;
            }
        }
    }
    true
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
            "𐐀𐐨 Ａ ǅ 😀 İx",
        ] {
            assert_eq!(lower(t), t.to_lowercase(), "{t}");
        }
        for c in '\0'..='\u{3000}' {
            let t = format!("a{c}b");
            assert_eq!(lower(&t), t.to_lowercase(), "{c:?}");
            assert_eq!(with_lower(&t, str::to_string), t.to_lowercase(), "{c:?}");
        }
    }
}
