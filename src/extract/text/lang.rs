//! Language detection: French or English, from function words.

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

#[inline]
const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 57) as usize
}

/// Both word lists in one open-addressing table: packed word → language bits (key 0: empty).
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
            let mut h = slot(keys[i]);
            while t[h].0 != 0 && t[h].0 != keys[i] {
                h = (h + 1) % SLOTS;
            }
            t[h] = (keys[i], t[h].1 | bit);
            i += 1;
        }
        pass += 1;
    }
    t
};

/// The language bits of a packed word (0 when it is in neither list).
#[inline]
fn lookup(k: u64) -> u8 {
    let mut h = slot(k);
    loop {
        let (key, bits) = TABLE[h];
        if key == k {
            return bits;
        }
        if key == 0 {
            return 0;
        }
        h = (h + 1) % SLOTS;
    }
}

/// Guesses French or English from function words in the first 4 KB (English when unsure).
pub fn detect_lang(s: &str) -> Lang {
    let mut end = s.len().min(4096);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let t = &s[..end];
    let b = t.as_bytes();
    let (mut fr, mut en) = (0usize, 0usize);
    let mut tally = |bits: u8| {
        fr += usize::from(bits & FR_BIT != 0);
        en += usize::from(bits & EN_BIT != 0);
    };
    // Words are runs of letters. A word of ASCII letters is looked up packed and lower-cased
    // (no listed word is longer than five bytes); one holding a non-ASCII letter takes the char
    // path.
    let alpha_at = |i: usize| t[i..].chars().next().filter(|&c| super::chars::is_alpha(c));
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let start = i;
        if c.is_ascii_alphabetic() {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
            }
            if !b
                .get(i)
                .is_some_and(|&c| c >= 0x80 && alpha_at(i).is_some())
            {
                if i - start <= 5 {
                    tally(lookup(ascii_key(&b[start..i])));
                }
                continue;
            }
        } else if c < 0x80 || alpha_at(i).is_none() {
            i += t[i..].chars().next().map_or(1, char::len_utf8);
            continue;
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
        tally(non_ascii_bits(&t[start..i]));
    }
    if fr > en { Lang::French } else { Lang::English }
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
            let bits = lookup(k);
            assert_eq!(bits & FR_BIT != 0, FR_KEYS.contains(&k), "{w}");
            assert_eq!(bits & EN_BIT != 0, EN_KEYS.contains(&k), "{w}");
        }
    }

    #[test]
    fn ascii_keys_are_lower_cased_packed_words() {
        for w in ["a", "The", "DANS", "pour", "Cette", "zZ"] {
            let low = w.to_ascii_lowercase();
            assert_eq!(ascii_key(w.as_bytes()), word_key(low.as_bytes()), "{w}");
        }
    }
}
