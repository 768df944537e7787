//! The words references are made of: what a reference may name ([`Class`]), the listed
//! determiners, head nouns and pronouns, a stretch of text split into words, and the kind of
//! each word, told by a table look-up (no lower-cased copy for an ASCII word).

use std::sync::LazyLock;

/// What an anaphor may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A firm: "the company", "le groupe", "la start-up", "the chipmaker".
    Company,
    /// A programme, a system, a law: "the project", "le texte", "the machine".
    Project,
    /// A government or its body: "the government", "l'État", "the department".
    Government,
    /// A pronoun: any actor but a person or a place.
    Any,
}

impl Class {
    /// A small code for memo keys.
    pub fn code(self) -> u8 {
        match self {
            Class::Company => 0,
            Class::Project => 1,
            Class::Government => 2,
            Class::Any => 3,
        }
    }

    pub fn from_code(c: u8) -> Class {
        match c {
            0 => Class::Company,
            1 => Class::Project,
            2 => Class::Government,
            _ => Class::Any,
        }
    }
}

pub const DETERMINERS: &[&str] = &[
    "the", "this", "le", "la", "l'", "les", "ce", "cet", "cette", "ces",
];
pub const COMPANY_HEADS: &[&str] = &[
    "company",
    "companies",
    "group",
    "firm",
    "start-up",
    "startup",
    "chipmaker",
    "maker",
    "developer",
    "lab",
    "giant",
    "operator",
    "manufacturer",
    "conglomerate",
    "subsidiary",
    "lender",
    "bank",
    "partners",
    "groupe",
    "groupes",
    "société",
    "entreprise",
    "pousse",
    "fabricant",
    "géant",
    "exploitant",
    "constructeur",
    "fondeur",
    "firme",
    "éditeur",
    "opérateur",
    "filiale",
    "banque",
    "licorne",
    "décacorne",
    "industriel",
    "équipementier",
    "partenaires",
    "laboratoire",
    "neocloud",
    "hyperscaler",
    "provider",
    "supplier",
    "vendor",
    "utility",
    "unicorn",
    "fournisseur",
    "hébergeur",
    "promoteur",
    "spécialiste",
    "numéro",
    "leader",
    "champion",
];
/// Heads naming a firm by its role in a filing, a decision or a planning report: "the
/// applicant", "le pétitionnaire", "the issuer" (company heads, and what `role_defs` looks
/// for in field lines and definitions).
pub const PARTY_HEADS: &[&str] = &[
    "applicant",
    "issuer",
    "borrower",
    "purchaser",
    "acquirer",
    "bidder",
    "demandeur",
    "pétitionnaire",
    "porteur",
    "émetteur",
    "emprunteur",
    "acquéreur",
    "attributaire",
];
pub const PROJECT_HEADS: &[&str] = &[
    "project",
    "programme",
    "program",
    "machine",
    "system",
    "supercomputer",
    "initiative",
    "fund",
    "scheme",
    "act",
    "law",
    "projet",
    "système",
    "supercalculateur",
    "fonds",
    "texte",
    "loi",
    "dispositif",
    "mission",
];
pub const GOVERNMENT_HEADS: &[&str] = &[
    "government",
    "administration",
    "state",
    "ministry",
    "department",
    "agency",
    "gouvernement",
    "état",
    "etat",
    "ministère",
    "agence",
    "exécutif",
];
/// Pronouns that name an actor (subject, object or possessive).
pub const PRONOUNS: &[&str] = &[
    "it", "its", "they", "their", "elle", "elles", "son", "sa", "ses", "leur", "leurs", "il",
];
/// What a word may be in a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Det,
    Head(Class),
    Pronoun,
    Other,
}

/// Slots of [`WORDS`]: a power of two, several times the number of listed words.
const SLOTS: usize = 512;

/// Every word a reference is made of, by its lower-case form packed into a [`key`], in an
/// open-addressing table (key 0: an empty slot; a later list wins over an earlier one).
static WORDS: LazyLock<Vec<(u128, Word)>> = LazyLock::new(|| {
    let mut t = vec![(0u128, Word::Other); SLOTS];
    for (list, w) in [
        (PRONOUNS, Word::Pronoun),
        (DETERMINERS, Word::Det),
        (GOVERNMENT_HEADS, Word::Head(Class::Government)),
        (PROJECT_HEADS, Word::Head(Class::Project)),
        (COMPANY_HEADS, Word::Head(Class::Company)),
        (PARTY_HEADS, Word::Head(Class::Company)),
    ] {
        for x in list {
            let k = key(x.as_bytes()).expect("reference words fit a key");
            let mut h = slot(k);
            while t[h].0 != 0 && t[h].0 != k {
                h = (h + 1) % SLOTS;
            }
            t[h] = (k, w);
        }
    }
    t
});

/// The first slot tried for a key.
#[inline]
fn slot(k: u128) -> usize {
    let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize % SLOTS
}

/// A word of at most 16 bytes packed into one number, ASCII letters lower-cased (words hold
/// no NUL byte, so the length needs no room of its own).
#[inline]
fn key(b: &[u8]) -> Option<u128> {
    let mut buf = [0u8; 16];
    buf.get_mut(..b.len())?.copy_from_slice(b);
    let x = u128::from_le_bytes(buf);
    // All sixteen bytes lower-cased at once: a byte below 0x80 between 'A' and 'Z' gains 0x20.
    const LOW7: u128 = u128::from_le_bytes([0x7F; 16]);
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    let ascii = !x & HIGH;
    let at_least_a = (x & LOW7) + u128::from_le_bytes([0x80 - b'A'; 16]);
    let past_z = (x & LOW7) + u128::from_le_bytes([0x80 - b'Z' - 1; 16]);
    let upper = at_least_a & !past_z & ascii;
    Some(x | (upper >> 2))
}

/// The listed word `w` is, lower-cased (ASCII case aside, or already lower case), if any.
#[inline]
fn listed(w: &[u8]) -> Word {
    let Some(k) = key(w) else {
        return Word::Other;
    };
    let t = &*WORDS;
    let mut h = slot(k);
    loop {
        match t[h] {
            (0, _) => return Word::Other,
            (x, word) if x == k => return word,
            _ => h = (h + 1) % SLOTS,
        }
    }
}

/// Byte classes for splitting words: 1 a letter, digit or hyphen, 2 an apostrophe, 3 the
/// first or a later byte of a non-ASCII char, 0 anything else.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b >= 0x80 {
            3
        } else if b.is_ascii_alphanumeric() || b == b'-' {
            1
        } else if b == b'\'' {
            2
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The words of `raw` with their byte spans (an elided "l'" or "d'" is a word of its own).
pub fn words(raw: &str) -> Vec<(usize, usize)> {
    let b = raw.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(n / 5 + 1);
    // A non-ASCII char at `i`: whether it is part of a word, and its length.
    let decode = |i: usize| match (b[i], b.get(i + 1)) {
        // U+00C0..U+00FF: letters but '×' and '÷'.
        (0xC3, Some(&n)) => (n != 0x97 && n != 0xB7, 2),
        // U+2000..U+203F: spaces and punctuation.
        (0xE2, Some(0x80)) => (false, 3),
        _ => {
            let c = raw[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut i = 0;
    'words: while i < n {
        // Between words.
        while i < n {
            match BYTE_CLASS[usize::from(b[i])] {
                1 => break,
                3 => match decode(i) {
                    (true, _) => break,
                    (false, len) => i += len,
                },
                _ => i += 1,
            }
        }
        if i >= n {
            break;
        }
        let st = i;
        loop {
            if i >= n {
                out.push((st, n));
                break 'words;
            }
            match BYTE_CLASS[usize::from(b[i])] {
                1 => i += 1,
                3 => match decode(i) {
                    (true, len) => i += len,
                    (false, len) => {
                        out.push((st, i));
                        i += len;
                        break;
                    }
                },
                class => {
                    // "l'entreprise": the elided article is a word of its own.
                    let end = if class == 2 && i - st <= 2 { i + 1 } else { i };
                    out.push((st, end));
                    i += 1;
                    break;
                }
            }
        }
    }
    out
}

pub fn word_kind(x: &str) -> Word {
    // Most words are none of these: their first byte or length says so without a look-up.
    let b = x.as_bytes();
    let first = b.first().map_or(0, u8::to_ascii_lowercase);
    if !(2..=18).contains(&b.len()) || FIRST_BYTES[usize::from(first)] & (1 << b.len()) == 0 {
        return Word::Other;
    }
    if x.is_ascii() {
        return listed(b);
    }
    crate::text::with_lower(x, |low| listed(low.as_bytes()))
}

/// For each first byte, a bit per byte length of the listed words it starts.
static FIRST_BYTES: [u32; 256] = {
    let mut t = [0u32; 256];
    let lists = [
        PRONOUNS,
        DETERMINERS,
        GOVERNMENT_HEADS,
        PROJECT_HEADS,
        COMPANY_HEADS,
        PARTY_HEADS,
    ];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            t[w[0] as usize] |= 1 << w.len();
            i += 1;
        }
        l += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The words as first written: char by char.
    fn words_by_chars(raw: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in raw.char_indices() {
            let part = c.is_alphanumeric() || c == '-';
            match (part, start) {
                (true, None) => start = Some(i),
                (false, Some(st)) => {
                    let end = if c == '\'' && i - st <= 2 { i + 1 } else { i };
                    out.push((st, end));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(st) = start {
            out.push((st, raw.len()));
        }
        out
    }

    proptest::proptest! {
        /// The packed key is the bytes lower-cased one by one (ASCII case aside).
        #[test]
        fn keys_lower_case_as_bytes_do(w in proptest::collection::vec(proptest::num::u8::ANY, 0..20)) {
            let slow = (w.len() <= 16).then(|| {
                w.iter().enumerate().fold(0u128, |k, (i, c)| {
                    k | u128::from(c.to_ascii_lowercase()) << (8 * i)
                })
            });
            proptest::prop_assert_eq!(key(&w), slow);
        }
    }

    #[test]
    fn words_split_as_by_chars() {
        for t in [
            "l'entreprise d'État a dit: «l’État» — it's x'y ab'c",
            "  Ça, c'est 3,5 M€ pour l'ÉTAT-major… fin",
            "é'x ß-ü’ 😀 a'' 'b ",
            "×÷ À×B ÿ÷ \u{2000}\u{203f}\u{2070}ⁱ …",
            "",
            "x",
        ] {
            assert_eq!(words(t), words_by_chars(t), "{t:?}");
        }
        for (w, k) in [
            ("The", Word::Det),
            ("SUPERCALCULATEUR", Word::Head(Class::Project)),
            ("État", Word::Head(Class::Government)),
            ("partners", Word::Head(Class::Company)),
            ("its", Word::Pronoun),
            ("tho", Word::Other),
        ] {
            assert_eq!(word_kind(w), k, "{w}");
        }
    }
}
