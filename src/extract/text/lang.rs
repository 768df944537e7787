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

/// Guesses French or English from function words in the first 4 KB (English when unsure).
pub fn detect_lang(s: &str) -> Lang {
    let mut end = s.len().min(4096);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let t = &s[..end];
    let (mut fr, mut en) = (0usize, 0usize);
    let mut count = |w: &str| {
        if w.is_ascii() {
            // The common case: ASCII letters, lower-cased in place of a copy.
            if w.len() <= 5 {
                let mut buf = [0u8; 5];
                buf[..w.len()].copy_from_slice(w.as_bytes());
                buf.make_ascii_lowercase();
                let k = word_key(&buf[..w.len()]);
                fr += usize::from(FR_KEYS.contains(&k));
                en += usize::from(EN_KEYS.contains(&k));
            }
            return;
        }
        if w.chars().count() > 5 {
            return;
        }
        // Lower-cased char by char (exact here: no listed word has a char whose lower case
        // depends on its neighbours); longer than 8 bytes, it is no listed word.
        let mut buf = [0u8; 8];
        let mut n = 0;
        for c in w.chars().flat_map(char::to_lowercase) {
            if n + c.len_utf8() > buf.len() {
                return;
            }
            n += c.encode_utf8(&mut buf[n..]).len();
        }
        let k = word_key(&buf[..n]);
        fr += usize::from(FR_KEYS.contains(&k));
        en += usize::from(EN_KEYS.contains(&k));
    };
    // Words: runs of letters.
    let b = t.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (letter, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphabetic(), 1)
        } else {
            let c = t[i..].chars().next().unwrap_or(' ');
            (super::chars::is_alpha(c), c.len_utf8())
        };
        if letter {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            count(&t[st..i]);
        }
        i += len;
    }
    if let Some(st) = start {
        count(&t[st..]);
    }
    if fr > en { Lang::French } else { Lang::English }
}
