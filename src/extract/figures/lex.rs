//! Byte-cursor helpers shared by the figure parsers: case-insensitive word matching with word
//! boundaries, space skipping and neighbouring-char tests, all on `&str` at char boundaries.

use super::index::ByteIndex;

/// True for chars that glue onto a word (letters and digits, accented included).
#[inline]
pub fn is_word_char(c: char) -> bool {
    crate::text::chars::is_alnum(c)
}

/// The char starting at byte `i`, if any.
#[inline]
pub fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

/// The char ending at byte `i`, if any.
#[inline]
pub fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|t| t.chars().next_back())
}

/// True when no word char follows byte `i`.
#[inline]
pub fn boundary_after(s: &str, i: usize) -> bool {
    !char_at(s, i).is_some_and(is_word_char)
}

/// True when no word char precedes byte `i`.
#[inline]
pub fn boundary_before(s: &str, i: usize) -> bool {
    !char_before(s, i).is_some_and(is_word_char)
}

/// End of the run of ASCII letters starting at byte `i`, eight bytes at a time.
#[inline]
pub fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    while let Some(chunk) = b.get(i..).and_then(|t| t.first_chunk::<8>()) {
        // Per byte, lower-cased: bit 7 of `ge_a` is set from 'a' up, that of `gt_z` past 'z'
        // (the high bit is masked first so no sum carries into the next byte).
        let v = u64::from_le_bytes(*chunk) | (ONES * 0x20);
        let low = v & !HIGH;
        let ge_a = low + ONES * u64::from(0x80 - b'a');
        let gt_z = low + ONES * u64::from(0x80 - b'z' - 1);
        let letters = ge_a & !gt_z & !v & HIGH;
        let stop = !letters & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// Skips at most `max` spaces (plain spaces only: the text is normalised).
#[inline]
pub fn skip_spaces(s: &str, mut i: usize, max: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    while n < max && i < b.len() && b[i] == b' ' {
        i += 1;
        n += 1;
    }
    i
}

/// Matches `pat` at byte `i` (ASCII letters case-insensitively, everything else exactly);
/// returns the end. No boundary check.
#[inline]
pub fn prefix_ci(s: &str, i: usize, pat: &str) -> Option<usize> {
    let b = s.as_bytes();
    let p = pat.as_bytes();
    let end = i.checked_add(p.len())?;
    // The first byte answers most misses before the whole comparison.
    if let (Some(x), Some(y)) = (b.get(i), p.first())
        && !x.eq_ignore_ascii_case(y)
    {
        return None;
    }
    if end > b.len() || !b[i..end].eq_ignore_ascii_case(p) || !s.is_char_boundary(end) {
        return None;
    }
    Some(end)
}

/// Matches `pat` at byte `i` exactly (case-sensitive); returns the end. No boundary check.
#[inline]
pub fn prefix_cs(s: &str, i: usize, pat: &str) -> Option<usize> {
    let end = i.checked_add(pat.len())?;
    (s.as_bytes().get(i..end)? == pat.as_bytes()).then_some(end)
}

/// Matches the whole word `pat` at `i`, case-insensitively, ending on a word boundary.
#[inline]
pub fn word_ci(s: &str, i: usize, pat: &str) -> Option<usize> {
    prefix_ci(s, i, pat).filter(|&e| boundary_after(s, e))
}

/// Matches the whole word `pat` at `i`, case-sensitively, ending on a word boundary.
#[inline]
pub fn word_cs(s: &str, i: usize, pat: &str) -> Option<usize> {
    prefix_cs(s, i, pat).filter(|&e| boundary_after(s, e))
}

/// The first of `table`'s words found at `i` (case-insensitive, whole word), with its payload.
/// Put longer words before their prefixes. `ix` indexes `table` by first letter
/// ([`ByteIndex::first_ci`]): only the words that start with the byte at `i` are tried.
pub fn table_ci<T: Copy>(
    s: &str,
    i: usize,
    table: &[(&str, T)],
    ix: &ByteIndex,
) -> Option<(usize, T)> {
    let second = s.as_bytes().get(i + 1);
    ix.at_ci(s, i).find_map(|p| {
        let (w, v) = table[p];
        if !second_byte_may_match(second, w) {
            return None;
        }
        word_ci(s, i, w).map(|e| (e, v))
    })
}

/// False when `pat`'s second byte differs (ASCII case aside) from `second`, the text's: the
/// quick test before a whole comparison of words that share a first letter.
#[inline]
pub fn second_byte_may_match(second: Option<&u8>, pat: &str) -> bool {
    match (second, pat.as_bytes().get(1)) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
        (None, Some(_)) => false,
        (_, None) => true,
    }
}

/// Start of the word ending at `i` (run of word chars just before `i`).
pub fn word_start_before(s: &str, i: usize) -> usize {
    let t = &s[..i.min(s.len())];
    t.char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(i, |(k, _)| k)
}

/// Skips back over spaces before `i` (at most `max`).
pub fn skip_spaces_back(s: &str, mut i: usize, max: usize) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    while n < max && i > 0 && b[i - 1] == b' ' {
        i -= 1;
        n += 1;
    }
    i
}

/// The lower-cased word ending exactly at `i` (after skipping one space back), with its start.
pub fn prev_word_lower(s: &str, i: usize) -> Option<(usize, String)> {
    let e = skip_spaces_back(s, i, 2);
    let st = word_start_before(s, e);
    (st < e).then(|| (st, crate::text::lower(&s[st..e])))
}

/// Skips French "de " / "d'" or English "of " at `i`; returns the position after it.
pub fn skip_de(s: &str, i: usize) -> Option<usize> {
    let e = match s.as_bytes().get(i)? {
        b'd' | b'D' => {
            if let Some(e) = prefix_ci(s, i, "d'") {
                return Some(e);
            }
            word_ci(s, i, "de")?
        }
        b'o' | b'O' => word_ci(s, i, "of")?,
        _ => return None,
    };
    Some(skip_spaces(s, e, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_case_insensitively_on_boundaries() {
        let s = "Des Milliards d'euros";
        assert_eq!(word_ci(s, 4, "milliards"), Some(13));
        assert_eq!(word_ci(s, 4, "milliard"), None);
        assert_eq!(skip_de(s, 14), Some(16));
        assert_eq!(word_cs(s, 4, "milliards"), None);
    }

    #[test]
    fn letter_runs_end_where_a_byte_by_byte_scan_does() {
        let texts = [
            "",
            "a",
            "abcdefgh",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "Milliards d'euros",
            "quatre-vingt",
            "zZaA@[`{ ~",
            "déjà vu, à 5 ans",
            "abcdefg\u{7f}hij",
            "Straße abcdefghijkl0",
        ];
        for s in texts {
            let b = s.as_bytes();
            for i in 0..=b.len() {
                let slow = i + b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .count();
                assert_eq!(ascii_letters_end(b, i), slow, "{s:?} at {i}");
            }
        }
        // Every byte value, alone and within letters.
        for c in 0..=255u8 {
            let mut b = *b"abcdefghijklmnop";
            b[5] = c;
            let want = if c.is_ascii_alphabetic() { 16 } else { 5 };
            assert_eq!(ascii_letters_end(&b, 0), want, "byte {c}");
        }
    }

    #[test]
    fn second_bytes_rule_out_words() {
        let s = "Euros";
        let second = s.as_bytes().get(1);
        assert!(second_byte_may_match(second, "euro"));
        assert!(second_byte_may_match(second, "EURO"));
        assert!(!second_byte_may_match(second, "exaflops"));
        assert!(second_byte_may_match(second, "e"));
        assert!(!second_byte_may_match(None, "eu"));
        assert_eq!(
            table_ci(s, 0, &[("exa", 1), ("euros", 2)], &ix_of(&["exa", "euros"])),
            Some((5, 2))
        );
    }

    fn ix_of(words: &[&str]) -> ByteIndex {
        ByteIndex::first_ci(words.iter().copied())
    }

    #[test]
    fn neighbours_handle_multibyte_chars() {
        let s = "5 M€ et é";
        assert_eq!(char_at(s, 3), Some('€'));
        assert!(boundary_after(s, 3));
        assert_eq!(char_before(s, s.len()), Some('é'));
        assert_eq!(word_start_before(s, s.len()), s.len() - 2);
        assert_eq!(
            prev_word_lower("Près de 5", 8).map(|p| p.1),
            Some("de".into())
        );
    }
}
