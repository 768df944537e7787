//! Language detection: French or English, from function words.

use super::swar;

/// The language of an article, as far as the engine needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    French,
    English,
}

/// French function words counted by [`detect_lang`].
const FR_WORDS: [&str; 27] = [
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "qui", "que",
    "sur", "avec", "par", "au", "aux", "sont", "pas", "ce", "cette", "à", "d", "l", "qu",
];
/// English function words counted by [`detect_lang`].
const EN_WORDS: [&str; 21] = [
    "the", "of", "and", "to", "in", "is", "for", "that", "with", "on", "by", "are", "was", "it",
    "as", "its", "from", "has", "have", "this", "be",
];

/// A word of at most 8 bytes packed into an integer (no word holds a NUL byte).
const fn word_key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

const fn word_keys<const N: usize>(words: [&str; N]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = word_key(words[i].as_bytes());
        i += 1;
    }
    out
}

const FR_KEYS: [u64; 27] = word_keys(FR_WORDS);
const EN_KEYS: [u64; 21] = word_keys(EN_WORDS);

/// Slots of [`TABLE`]: a power of two, well above the 48 words.
const SLOTS: usize = 128;
const FR_BIT: u8 = 1;
const EN_BIT: u8 = 2;

/// A multiplier that sends the 48 listed words to 48 different slots (found by search; the
/// table's construction fails to compile otherwise), so a lookup reads exactly one slot.
#[inline]
const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0xBC1B_9E99_5BBB_AC67) >> 57) as usize
}

/// A packed word with bit 5 set in each of its bytes: the same key for a word of ASCII letters
/// in any case, and the key [`tally`] reads for "à" and "À" (E3 A0).
const fn fold(k: u64) -> u64 {
    let mut out = 0;
    let mut i = 0;
    while i < 8 {
        let byte = (k >> (8 * i)) & 0xFF;
        if byte != 0 {
            out |= (byte | 0x20) << (8 * i);
        }
        i += 1;
    }
    out
}

/// Both word lists in one perfect-hash table: folded key (see [`fold`]) → language bits
/// (key 0: empty).
static TABLE: [(u64, u8); SLOTS] = {
    let mut t = [(0u64, 0u8); SLOTS];
    let mut pass = 0;
    while pass < 2 {
        let (keys, bit): (&[u64], u8) = if pass == 0 {
            (&FR_KEYS, FR_BIT)
        } else {
            (&EN_KEYS, EN_BIT)
        };
        let mut i = 0;
        while i < keys.len() {
            let k = fold(keys[i]);
            let h = slot(k);
            assert!(t[h].0 == 0, "two listed words share a slot");
            t[h] = (k, bit);
            i += 1;
        }
        pass += 1;
    }
    t
};

/// The language bits of a folded key (0 when it is in neither list): one slot, no branch.
#[inline]
fn lookup(k: u64) -> u8 {
    let (key, bits) = TABLE[slot(k)];
    bits * u8::from(key == k)
}

/// Guesses French or English from function words in the first 4 KB (English when unsure).
pub fn detect_lang(s: &str) -> Lang {
    let (fr, en) = tally(s);
    if fr > en { Lang::French } else { Lang::English }
}

/// French and English function words among the words (runs of letters) of the first 4 KB.
///
/// A word is read with one 16-byte load: its letters (ASCII, and the Latin-1 letters "é", "À"
/// as two bytes C3 xx) and the separators after it are byte classes, so neither the word's
/// end nor the next word's start is a per-byte loop exit (mispredicted once per word). A word
/// that ends at another non-ASCII char, or runs past the load, takes [`slow_word`].
fn tally(s: &str) -> (usize, usize) {
    let mut end = s.len().min(4096);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let t = &s[..end];
    let b = t.as_bytes();
    let (mut fr, mut en) = (0usize, 0usize);
    // `i` is always a word start or a non-ASCII char (or the end).
    let mut i = next_start(b, 0);
    while i < b.len() {
        let x = swar::load(b, i, 0);
        let letters = swar::letters(x);
        // Every byte with bit 5 set: ASCII letters lower-cased, À (C3 80) read as à (C3 A0).
        let low = x | (swar::ONES * 0x20);
        // Word bytes: ASCII letters, C3 lead bytes and continuation bytes, but not × or ÷
        // (C3 97, C3 B7: the only continuation bytes 97 or B7 once bit 5 is set). Scanning from
        // a word start, a continuation byte is reached only through its lead, so the first
        // non-word byte is the word's end, or a lead byte other than C3, or × or ÷: non-ASCII
        // either way, which sends the word to the char path.
        let high = swar::non_ascii(x);
        let other_lead = x & (x << 1) & high & !swar::eq(x, 0xC3);
        let sign = swar::eq(low, 0xB7);
        let word = letters | (high & !other_lead & !sign & !(sign >> 8));
        let non_word = !word & swar::HIGH;
        // The high bit of the first byte past the word (none if the word fills the load).
        let edge = non_word & non_word.wrapping_neg();
        let bits = if edge == 0 || edge & x != 0 {
            let (next, bits) = slow_word(t, i);
            i = next_start(b, next);
            bits
        } else {
            let before = (edge >> 7) - 1;
            // `low` is not every char's lower case (ß → ÿ, C3 → E3), but it gives a listed
            // word's folded key (see [`fold`]) exactly when the lower-cased word is listed: the
            // only listed word outside ASCII is "à", and no two-byte word but "à" and "À" folds
            // to its key. A word over eight bytes leaves eight letters in the key, and no listed
            // key has more than five bytes.
            let bits = lookup((low & before) as u64);
            // The next word start or non-ASCII char after the separator ending the word.
            let past = ((edge >> 7) << 8).wrapping_sub(1);
            let next = (letters | high) & !past;
            i = if next == 0 {
                next_start(b, i + swar::WIDTH)
            } else {
                i + swar::first(next)
            };
            bits
        };
        fr += usize::from(bits & FR_BIT);
        en += usize::from(bits >> 1);
    }
    (fr, en)
}

/// The first ASCII letter or non-ASCII byte at or after `i` (a char boundary), or the end.
fn next_start(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let x = swar::load(b, i, 0);
        let m = swar::letters(x) | swar::non_ascii(x);
        if m != 0 {
            return i + swar::first(m);
        }
        i += swar::WIDTH;
    }
    b.len()
}

/// The word or char at `i` (a word start or a non-ASCII char), read char by char: where it
/// ends, and its language bits.
fn slow_word(t: &str, mut i: usize) -> (usize, u8) {
    let b = t.as_bytes();
    let alpha_at = |i: usize| t[i..].chars().next().filter(|&c| super::chars::is_alpha(c));
    let start = i;
    let Some(&c) = b.get(i) else {
        return (i, 0);
    };
    if c.is_ascii_alphabetic() {
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        if !b
            .get(i)
            .is_some_and(|&c| c >= 0x80 && alpha_at(i).is_some())
        {
            let bits = if i - start <= 5 {
                lookup(ascii_key(&b[start..i]))
            } else {
                0
            };
            return (i, bits);
        }
    } else if c < 0x80 || alpha_at(i).is_none() {
        return (i + t[i..].chars().next().map_or(1, char::len_utf8), 0);
    }
    // A word with a non-ASCII letter: letters of any kind up to its end.
    while let Some(&c) = b.get(i) {
        if c.is_ascii_alphabetic() {
            i += 1;
        } else if let Some(l) = (c >= 0x80).then(|| alpha_at(i)).flatten() {
            i += l.len_utf8();
        } else {
            break;
        }
    }
    (i, non_ascii_bits(&t[start..i]))
}

/// The packed, lower-cased key of a word of at most five ASCII letters.
#[inline]
fn ascii_key(w: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = w.len().min(8);
    buf[..n].copy_from_slice(&w[..n]);
    // Setting bit 5 lower-cases an ASCII letter; padding bytes stay zero.
    let mask = if n >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * n)) - 1
    };
    (u64::from_le_bytes(buf) | 0x2020_2020_2020_2020) & mask
}

/// The language bits of a word holding a non-ASCII letter ("à", "été").
fn non_ascii_bits(w: &str) -> u8 {
    // Over 20 bytes, over five chars: no listed word, whatever the chars.
    if w.len() > 20 || w.chars().count() > 5 {
        return 0;
    }
    // Lower-cased char by char (exact here: no listed word has a char whose lower case
    // depends on its neighbours); longer than 8 bytes, it is no listed word.
    let mut buf = [0u8; 8];
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        if n + c.len_utf8() > buf.len() {
            return 0;
        }
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    let k = word_key(&buf[..n]);
    (u8::from(FR_KEYS.contains(&k)) * FR_BIT) | (u8::from(EN_KEYS.contains(&k)) * EN_BIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_answers_like_the_word_lists() {
        let others = [
            "", "a", "les0", "thé", "cet", "ths", "ofs", "zzzzz", "avecs",
        ];
        for w in FR_WORDS.iter().chain(EN_WORDS.iter()).chain(others.iter()) {
            let k = word_key(w.as_bytes());
            let bits = lookup(fold(k));
            assert_eq!(bits & FR_BIT != 0, FR_KEYS.contains(&k), "{w}");
            assert_eq!(bits & EN_BIT != 0, EN_KEYS.contains(&k), "{w}");
        }
    }

    /// The counts as the char-by-char scanner before [`tally`] counted them.
    fn tally_by_chars(s: &str) -> (usize, usize) {
        let mut end = s.len().min(4096);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let t = &s[..end];
        let mut words = Vec::new();
        let mut word = String::new();
        for c in t.chars() {
            if crate::text::chars::is_alpha(c) {
                word.push(c);
            } else if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        words.push(word);
        let (mut fr, mut en) = (0, 0);
        for w in words.iter().filter(|w| !w.is_empty()) {
            let low: String = w.chars().flat_map(char::to_lowercase).collect();
            let listed = |list: &[&str]| w.chars().count() <= 5 && list.contains(&low.as_str());
            fr += usize::from(listed(&FR_WORDS));
            en += usize::from(listed(&EN_WORDS));
        }
        (fr, en)
    }

    /// Pieces that exercise every path: listed words in any case, Latin-1 letters and signs,
    /// other letters and non-letters outside ASCII, long words, digits and separators.
    const PIECES: &[&str] = &[
        "le",
        "LES",
        "De",
        "à",
        "À",
        "The",
        "of",
        "AND",
        "cette",
        "Cette",
        "thé",
        "été",
        "x",
        "développement",
        "intelligence",
        "×",
        "÷",
        "œ",
        "Œuvre",
        "«",
        "»",
        "—",
        "…",
        "€",
        "ª",
        "µ",
        "\u{212A}",
        "İ",
        "ß",
        "ÿ",
        "a",
        "d",
        "l",
        "qu",
        "'",
        " ",
        " ",
        " ",
        "  ",
        ", ",
        ". ",
        "\n",
        "4",
        "2024",
        "-",
        "😀",
        "abcdefghijklmnop",
        "é",
        "É",
        "\u{301}",
    ];

    proptest::proptest! {
        #[test]
        fn tally_counts_like_the_char_scanner(picks in proptest::collection::vec(0usize..PIECES.len(), 0..400)) {
            let s: String = picks.iter().map(|&k| PIECES[k]).collect();
            proptest::prop_assert_eq!(tally(&s), tally_by_chars(&s));
        }
    }

    #[test]
    fn tally_counts_like_the_char_scanner_on_all_two_char_words() {
        let chars: Vec<char> = ('\u{0}'..='\u{300}')
            .chain(['\u{2019}', '\u{212A}', '\u{2160}', 'œ', 'Œ'])
            .collect();
        for &a in &chars {
            for s in [
                format!("{a}"),
                format!("{a}e "),
                format!("l{a} "),
                format!(" {a}s"),
            ] {
                assert_eq!(tally(&s), tally_by_chars(&s), "{s:?}");
            }
        }
        let long = "Le chiffre et les États de la région à l'été. ".repeat(200);
        assert_eq!(tally(&long), tally_by_chars(&long));
    }

    #[test]
    fn ascii_keys_are_lower_cased_packed_words() {
        for w in ["a", "The", "DANS", "pour", "Cette", "zZ"] {
            let low = w.to_ascii_lowercase();
            assert_eq!(ascii_key(w.as_bytes()), word_key(low.as_bytes()), "{w}");
        }
    }
}
