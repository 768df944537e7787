//! Splits the normalised text into word tokens in one linear pass, recording each word's shape
//! (capitalised, camel-case, digits) and position (sentence-initial, joined to the previous word).

mod emit;
mod scan;
mod shape;
mod token;

use super::cues::{Cues, has_lower};
use crate::text::swar;
use emit::{Emitter, FRESH};
use scan::{CLASS, CONNECT, DIGIT, HIGH, LOWER, RunShape, UPPER, WORD};
pub use shape::Shape;
pub use token::Token;

fn is_word_char(c: char) -> bool {
    crate::text::chars::is_alnum(c)
}

/// Tokenises `s` (the normalised text).
pub fn tokenize(s: &str, cues: &Cues) -> Vec<Token> {
    let mut em = Emitter {
        s,
        cues,
        out: Vec::with_capacity(s.len() / 5 + 8),
        prev_start: 0,
        prev_end: 0,
        prev_line: FRESH,
        prev_elision: false,
        prev_marker: false,
    };
    let bytes = s.as_bytes();
    let mut line = 0u32;
    let mut i = 0usize;
    loop {
        // ASCII bytes that are not word chars, counting lines.
        let sep = bytes.get(i..).unwrap_or_default();
        let mut n = 0;
        for &c in sep {
            if CLASS[usize::from(c)] & (WORD | HIGH) != 0 {
                break;
            }
            line += u32::from(c == b'\n');
            n += 1;
        }
        i += n;
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let cls = CLASS[usize::from(b)];
        // A URL or www. address: one web token up to the next white space.
        if matches!(b, b'h' | b'w') && url_start(bytes.get(i..).unwrap_or_default()) {
            let rest = s.get(i..).unwrap_or_default();
            let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            em.push(i, i + len, line, true, None);
            i += len;
            continue;
        }
        let start = i;
        // The first char: an ASCII letter or digit, or a letter À..ÿ (two bytes).
        let first = if cls & WORD != 0 {
            Some((cls, 1))
        } else if b == 0xC3
            && let Some(lower) = bytes.get(i + 1).and_then(|&c| scan::latin1_letter(c))
        {
            Some((if lower { LOWER } else { UPPER }, 2))
        } else {
            None
        };
        if let Some((first_cls, len)) = first {
            if let Some(j) = plain_run(&mut em, start, first_cls, len, line) {
                i = j;
                continue;
            }
            let (j, shape) = scan::run(s, start, first_cls & UPPER != 0);
            i = general_run(&mut em, start, j, shape, line);
            continue;
        }
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        let first_upper = c.is_uppercase();
        let (j, shape) = scan::run(s, start, first_upper);
        i = general_run(&mut em, start, j, shape, line);
    }
    em.out
}

/// The fast path for the common run: ASCII letters and digits and letters À..ÿ, from `start`
/// (its first char of class `first_cls`, `len` bytes), with no connector inside and no web
/// context. Emits its token and returns its end; `None` (nothing emitted) when the run needs
/// the general scan.
#[inline(always)]
fn plain_run(
    em: &mut Emitter,
    start: usize,
    first_cls: u8,
    len: usize,
    line: u32,
) -> Option<usize> {
    let bytes = em.s.as_bytes();
    let mut j = start + len;
    // The classes of the chars after the first.
    let mut flags = 0u8;
    let mut high = len > 1;
    loop {
        // The ASCII letters and digits from `j`, 16 bytes at a time (bytes past the end stop
        // the word): no branch per byte.
        let x = swar::load(bytes, j, 0);
        let letter = swar::letters(x);
        // Bit 5 (0x20, moved up to bit 7) tells a lower-case letter from a capital.
        let lower = letter & (x << 2);
        let upper = letter & !(x << 2);
        let digit = swar::in_range(x, b'0', b'9');
        let stop = !(letter | digit) & swar::HIGH;
        let n = swar::first(stop);
        let seen = swar::before_first(stop);
        flags |= (u8::from(lower & seen != 0) * LOWER)
            | (u8::from(upper & seen != 0) * UPPER)
            | (u8::from(digit & seen != 0) * DIGIT);
        j += n;
        if n == swar::WIDTH {
            continue;
        }
        if bytes.get(j) == Some(&0xC3)
            && let Some(lower) = bytes.get(j + 1).and_then(|&c| scan::latin1_letter(c))
        {
            flags |= if lower { LOWER } else { UPPER };
            high = true;
            j += 2;
            continue;
        }
        break;
    }
    let stop = bytes.get(j).map_or(0, |&c| CLASS[usize::from(c)]);
    let before = start.checked_sub(1).and_then(|k| bytes.get(k));
    if !(stop & (CONNECT | HIGH) == 0 || scan::ends_run(bytes, j))
        || matches!(before, Some(b'@' | b'#' | b'.' | b'/'))
    {
        if high {
            return None;
        }
        // The general scan goes on from here: what it would have read up to `j` (ASCII word
        // bytes only) is what this scan read, so it is not read twice.
        let prev_lower = match j.checked_sub(1).and_then(|k| bytes.get(k)) {
            Some(last) if j > start + 1 => last.is_ascii_lowercase(),
            _ => first_cls & LOWER != 0,
        };
        let first = first_cls & WORD;
        let (end, shape) =
            scan::resume(em.s, start, j, first & UPPER != 0, first, flags, prev_lower);
        return Some(general_run(em, start, end, shape, line));
    }
    // The byte classes are the shape's first three bits.
    let mut w = (flags | first_cls) & WORD;
    w |= (first_cls & UPPER) * (Shape::FIRST_UPPER / UPPER);
    w |= u8::from(w & (LOWER | UPPER) != 0) * Shape::ALPHA;
    if flags & UPPER != 0 && w & LOWER != 0 {
        // Maybe camel case: told byte by byte for ASCII, by the general scan otherwise.
        if high {
            return None;
        }
        if scan::ascii_camel(bytes.get(start..j).unwrap_or_default()) {
            let shape = RunShape {
                word: Shape(w | Shape::CAMEL),
                ..RunShape::default()
            };
            split_run(em, start..j, shape, line);
            return Some(j);
        }
    }
    em.push(start, j, line, false, Some(Shape(w)));
    Some(j)
}

/// A URL or www. address starts here.
#[inline]
fn url_start(rest: &[u8]) -> bool {
    rest.starts_with(b"https://") || rest.starts_with(b"http://") || rest.starts_with(b"www.")
}

/// Emits the tokens of the run `start..j` (scanned: `shape`), reading whether it is part of a
/// web address; returns its end.
fn general_run(em: &mut Emitter, start: usize, j: usize, shape: RunShape, line: u32) -> usize {
    let s = em.s;
    let first_upper = shape.word.first_upper();
    // The byte before the run (a space at the start of the text: nothing special).
    let before = start
        .checked_sub(1)
        .and_then(|k| s.as_bytes().get(k))
        .map_or(b' ', |&p| p);
    let web_ctx = match before {
        b'@' | b'#' | b'.' => true,
        // "USA/Europe" lists names; "site.com/Page" is a path.
        b'/' => {
            let head = s.get(..start).unwrap_or_default();
            let chunk_start = head
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(k, c)| k + c.len_utf8());
            let chunk = head.get(chunk_start..).unwrap_or_default();
            chunk.contains("://") || chunk.contains('.') || !first_upper
        }
        _ => false,
    } || (shape.dotted_letters
        && !is_dotted_acronym(s.get(start..j).unwrap_or_default()));
    if web_ctx || !(shape.apostrophe || shape.word.camel()) {
        // The whole run is one token: its shape is known from the scan.
        em.push(start, j, line, web_ctx, Some(shape.word));
    } else {
        split_run(em, start..j, shape, line);
    }
    j
}

/// "U.S", "E.U": single capitals joined by periods.
fn is_dotted_acronym(t: &str) -> bool {
    t.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Emits the tokens of one (non-web) run holding an apostrophe or camel case, splitting
/// elisions ("l'Europe"), dropping possessive "'s" and splitting glued navigation text
/// ("CommentElon", "technologieIA").
fn split_run(em: &mut Emitter, run: std::ops::Range<usize>, shape: RunShape, line: u32) {
    let (s, cues) = (em.s, em.cues);
    let (mut a, mut end) = (run.start, run.end);
    if shape.apostrophe {
        let bytes = s.as_bytes();
        // Possessive "'s" at the end.
        if end - a > 2 && matches!(bytes.get(end - 2..end), Some(b"'s" | b"'S")) {
            end -= 2;
        }
        // Elisions at the start (possibly chained: "qu'l'"), and only there: an apostrophe
        // within the first seven bytes, after a head of at most six.
        while let Some(p) = bytes
            .get(a..end.min(a + 7))
            .and_then(|h| h.iter().position(|&c| c == b'\''))
        {
            let head = s.get(a..a + p).unwrap_or_default();
            if p > 0 && has_lower(&cues.elisions, head) {
                em.push(a, a + p + 1, line, false, None);
                a += p + 1;
            } else {
                break;
            }
        }
    }
    // Glued text: split at a lower→upper change after a long lower-case prefix or after a
    // stop word ("CommentElon").
    if shape.word.camel()
        && let Some(cut) = glue_cut(&s[a..end], cues)
    {
        em.push(a, a + cut, line, false, None);
        // The second part starts afresh, like a new line.
        em.prev_line = FRESH;
        em.push(a + cut, end, line, false, None);
        return;
    }
    if a < end {
        let known = (a == run.start && end == run.end).then_some(shape.word);
        em.push(a, end, line, false, known);
    }
}

fn glue_cut(t: &str, cues: &Cues) -> Option<usize> {
    let mut prev_lower = false;
    for (b, c) in t.char_indices() {
        if c.is_uppercase() && prev_lower {
            let head = &t[..b];
            let lower_head = head.chars().all(|c| c.is_lowercase());
            let first_up = head.chars().next().is_some_and(char::is_uppercase);
            if (lower_head && head.chars().count() > 2)
                || (first_up && head.len() >= 4 && has_lower(&cues.stop, head))
            {
                return Some(b);
            }
            return None;
        }
        prev_lower = c.is_lowercase();
    }
    None
}

#[cfg(test)]
mod tests;
