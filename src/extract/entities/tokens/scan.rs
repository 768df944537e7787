//! The tokenizer's byte scan: one 256-entry class table answers "letter, digit, connector,
//! separator?" for ASCII bytes, and a word's shape bits are gathered from it without decoding;
//! only non-ASCII bytes take the char path.

use super::shape::{Shape, shape_char, unicode_shape};
use crate::text::chars::{is_alnum, is_alpha};

pub const LOWER: u8 = Shape::LOWER;
pub const UPPER: u8 = Shape::UPPER;
pub const DIGIT: u8 = Shape::DIGIT;
/// `-`, `&`, `'`, `.`, `_`: joins word chars into one run.
pub const CONNECT: u8 = 8;
/// Any byte of a non-ASCII char.
pub const HIGH: u8 = 16;
pub const WORD: u8 = LOWER | UPPER | DIGIT;

/// The class of every byte.
pub static CLASS: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            HIGH
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'-' | b'&' | b'\'' | b'.' | b'_') {
            CONNECT
        } else {
            0
        };
        b += 1;
    }
    t
}

/// What a run of word chars holds (see `tokenize`).
#[derive(Debug, Clone, Copy, Default)]
pub struct RunShape {
    /// An apostrophe between word chars.
    pub apostrophe: bool,
    /// The shape of the whole run (its `camel`: a lower-case letter right before a capital,
    /// where glued words may be split).
    pub word: Shape,
    /// A period between word chars, next to a letter ("U.S", "site.com").
    pub dotted_letters: bool,
}

/// The char starting at byte `j` is a word char (ASCII answered by the table).
#[inline]
fn word_char_at(s: &str, j: usize) -> bool {
    match s.as_bytes().get(j) {
        None => false,
        Some(&b) if b < 0x80 => CLASS[usize::from(b)] & WORD != 0,
        Some(_) => s[j..].chars().next().is_some_and(is_alnum),
    }
}

/// The char starting at byte `j` is alphabetic.
#[inline]
fn alpha_at(s: &str, j: usize) -> bool {
    match s.as_bytes().get(j) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
        Some(_) => s[j..].chars().next().is_some_and(is_alpha),
    }
}

/// The char ending at byte `j` is alphabetic.
#[inline]
fn alpha_before(s: &str, j: usize) -> bool {
    match j.checked_sub(1).and_then(|k| s.as_bytes().get(k)) {
        None => false,
        Some(&b) if b < 0x80 => b.is_ascii_alphabetic(),
        Some(_) => s[..j].chars().next_back().is_some_and(is_alpha),
    }
}

/// Scans one run from `start` (a word char, capital when `first_upper`): word chars, plus
/// connectors between word chars. Returns its end and what it holds.
#[inline]
pub fn run(s: &str, start: usize, first_upper: bool) -> (usize, RunShape) {
    // An ASCII first byte is read apart: a capital there makes no camel case, so `flags`
    // below holds the classes of the bytes after it.
    let first = s
        .as_bytes()
        .get(start)
        .map_or(0, |&b| CLASS[usize::from(b)] & WORD);
    let j = start + usize::from(first != 0);
    resume(s, start, j, first_upper, first, 0, first & LOWER != 0)
}

/// Goes on scanning the run from `start` at byte `j`, its ASCII first byte's class being
/// `first` (0 for a non-ASCII first char), the classes of the ASCII word bytes read since
/// `flags`, and the char before `j` lower-case when `prev_lower`.
pub fn resume(
    s: &str,
    start: usize,
    mut j: usize,
    first_upper: bool,
    first: u8,
    mut flags: u8,
    mut prev_lower: bool,
) -> (usize, RunShape) {
    let bytes = s.as_bytes();
    let mut shape = RunShape::default();
    let mut w = Shape(u8::from(first_upper) * Shape::FIRST_UPPER);
    // Camel case between two ASCII letters is looked for after the scan, and only in a run
    // holding both cases; `shape_char` tells it next to a non-ASCII letter.
    let mut high = false;
    loop {
        // ASCII letters and digits: the table alone, no branch per kind of char.
        let tail = bytes.get(j..).unwrap_or_default();
        let mut n = 0;
        while let Some(&bj) = tail.get(n) {
            let cls = CLASS[usize::from(bj)];
            if cls & WORD == 0 {
                break;
            }
            flags |= cls;
            n += 1;
        }
        if let Some(&last) = n.checked_sub(1).and_then(|k| tail.get(k)) {
            prev_lower = last.is_ascii_lowercase();
            j += n;
        }
        let Some(&bj) = bytes.get(j) else {
            break;
        };
        let cls = CLASS[usize::from(bj)];
        if bj == 0xC3
            && let Some(lower) = bytes.get(j + 1).and_then(|&b| latin1_letter(b))
        {
            // À..ÿ: a letter, upper or lower case, decoded from its two bytes.
            w.0 |= Shape::ALPHA;
            if lower {
                w.0 |= LOWER;
            } else {
                w.0 |= UPPER | (u8::from(prev_lower) * Shape::CAMEL);
            }
            prev_lower = lower;
            high = true;
            j += 2;
            continue;
        }
        if cls & HIGH != 0 {
            let Some(c) = s[j..].chars().next() else {
                break;
            };
            if !is_alnum(c) {
                break;
            }
            shape_char(&mut w, c, &mut prev_lower);
            high = true;
            j += c.len_utf8();
            continue;
        }
        if cls & CONNECT != 0 && word_char_at(s, j + 1) {
            if bj == b'.' && (alpha_before(s, j) || alpha_at(s, j + 1)) {
                shape.dotted_letters = true;
            }
            shape.apostrophe |= bj == b'\'';
            prev_lower = false;
            j += 1;
            continue;
        }
        break;
    }
    // The byte classes are the shape's first three bits.
    w.0 |= (flags | first) & (LOWER | UPPER | DIGIT);
    w.0 |= u8::from(w.0 & (LOWER | UPPER) != 0) * Shape::ALPHA;
    if flags & UPPER != 0 && w.has_lower() && !w.camel() {
        let camel = match s.get(start..j) {
            // A lower-case letter right before a capital.
            Some(t) if high => {
                let mut prev = false;
                t.chars().any(|c| {
                    let hit = prev && c.is_uppercase();
                    prev = c.is_lowercase();
                    hit
                })
            }
            _ => ascii_camel(bytes.get(start..j).unwrap_or_default()),
        };
        w.0 |= u8::from(camel) * Shape::CAMEL;
    }
    shape.word = w;
    (j, shape)
}

/// A lower-case ASCII letter right before a capital ("DeepSeek").
pub fn ascii_camel(t: &[u8]) -> bool {
    t.windows(2)
        .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
}

/// Whether the byte at `j`, after a word char, surely ends the run: the end of the text, an
/// ASCII separator, a connector with no word char after it (a final period), or a common
/// non-ASCII separator (no-break space, « », U+2000..U+203F: dashes, quotes, ellipsis).
#[inline]
pub fn ends_run(bytes: &[u8], j: usize) -> bool {
    let Some(&b) = bytes.get(j) else {
        return true;
    };
    let cls = CLASS[usize::from(b)];
    if cls & CONNECT != 0 {
        return bytes
            .get(j + 1)
            .is_none_or(|&c| CLASS[usize::from(c)] & (WORD | HIGH) == 0);
    }
    match (b, bytes.get(j + 1)) {
        (0xC2, Some(0xA0 | 0xAB | 0xBB)) | (0xE2, Some(0x80)) => true,
        _ => cls & HIGH == 0,
    }
}

/// The char U+00C0..=U+00FF whose UTF-8 second byte (after 0xC3) is `second`: `Some(lower
/// case)` for a letter (all of them but '×' and '÷', each upper or lower case, none numeric).
#[inline]
pub fn latin1_letter(second: u8) -> Option<bool> {
    match 0xC0 | (second & 0x3F) {
        0xD7 | 0xF7 => None,
        cp => Some(cp >= 0xDF),
    }
}

/// The shape of a word (what [`unicode_shape`] gives): for an ASCII word, from the tokenizer's
/// byte classes (whose word bits are the shape's first three bits), read in the same pass that
/// tells whether the word is ASCII; [`unicode_shape`] otherwise.
#[inline]
pub fn word_shape(text: &str) -> Shape {
    let bytes = text.as_bytes();
    // `all` gathers every byte's class: its HIGH bit tells a non-ASCII byte.
    let (mut all, mut camel, mut prev_lower) = (0u8, 0u8, 0u8);
    for &c in bytes {
        let cls = CLASS[usize::from(c)];
        all |= cls;
        let k = cls & WORD;
        // A capital (its bit shifted onto the lower-case bit) right after a lower-case letter.
        camel |= prev_lower & (k >> 1);
        prev_lower = k & LOWER;
    }
    if all & HIGH != 0 {
        return unicode_shape(text);
    }
    let bits = all & WORD;
    let first = bytes.first().map_or(0, |&c| CLASS[usize::from(c)] & UPPER);
    let mut w = Shape(bits);
    w.set(Shape::CAMEL, camel != 0);
    w.set(Shape::FIRST_UPPER, first != 0);
    w.set(Shape::ALPHA, bits & (LOWER | UPPER) != 0);
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_ends_where_the_scan_stops() {
        for c in ['\u{A0}', '«', '»', '–', '—', '’', '“', '…', '•', '\u{203F}'] {
            let t = format!("ab{c}cd");
            assert!(ends_run(t.as_bytes(), 2), "{c:?}");
            assert_eq!(run(&t, 0, false).0, 2, "{c:?}");
        }
        for t in ["ab. cd", "ab.", "ab-", "ab , x", "ab"] {
            assert!(ends_run(t.as_bytes(), 2), "{t}");
            assert_eq!(run(t, 0, false).0, 2, "{t}");
        }
        for t in ["ab.cd", "ab-é", "abé", "ab'x", "ab\u{2070}"] {
            assert!(!ends_run(t.as_bytes(), 2), "{t}");
        }
        for c in '\u{2000}'..='\u{203F}' {
            assert!(!is_alnum(c), "{c:?}");
        }
    }

    #[test]
    fn latin1_letters_as_the_char_methods_tell() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut buf = [0u8; 2];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(b[0], 0xC3);
            let got = latin1_letter(b[1]);
            assert_eq!(got.is_some(), is_alnum(c), "{c}");
            if let Some(lower) = got {
                assert!(is_alpha(c) && !c.is_numeric(), "{c}");
                assert_eq!(lower, c.is_lowercase(), "{c}");
                assert_eq!(!lower, c.is_uppercase(), "{c}");
            }
        }
    }
}

#[cfg(test)]
mod shape_tests {
    use super::*;

    fn flags(w: Shape) -> [bool; 6] {
        [
            w.first_upper(),
            w.has_lower(),
            w.has_upper(),
            w.has_digit(),
            w.has_alpha(),
            w.camel(),
        ]
    }

    #[test]
    fn ascii_fast_path_agrees_with_the_char_path() {
        for w in [
            "Nvidia",
            "xAI",
            "GPT-4o",
            "H100",
            "iPhone",
            "AT&T",
            "l'",
            "u.s",
            "_a",
            "",
            "aB",
            "Ab",
            "AB",
            "ab1",
            "9",
            "-",
            "qu'IA",
            "aB'c",
            "x-Y",
            "a1B",
            "Z",
            "l'",
            "économie",
            "aÉ",
            "Ét'É",
        ] {
            assert_eq!(flags(word_shape(w)), flags(unicode_shape(w)), "{w}");
        }
        for c in '\u{80}'..='\u{17F}' {
            let (mut fast, mut slow) = (Shape::default(), Shape::default());
            let (mut p1, mut p2) = (true, true);
            shape_char(&mut fast, c, &mut p1);
            if c.is_lowercase() {
                slow.set(Shape::LOWER, true);
            } else if c.is_uppercase() {
                slow.set(Shape::UPPER, true);
                slow.set(Shape::CAMEL, true);
            }
            slow.set(Shape::DIGIT, c.is_numeric());
            slow.set(Shape::ALPHA, c.is_alphabetic());
            p2 &= c.is_lowercase();
            assert_eq!((fast, p1), (slow, p2), "{c}");
        }
        let e = unicode_shape("Émirats");
        assert!(e.first_upper() && e.has_lower() && !e.camel());
        assert!(unicode_shape("deÉ").camel());
    }
}
