//! Splits the normalised text into word tokens in one linear pass, recording each word's shape
//! (capitalised, camel-case, digits) and position (sentence-initial, joined to the previous word).

mod scan;
mod shape;

use super::cues::{Cues, has_lower};
use scan::{CLASS, HIGH, RunShape, UPPER, WORD};
pub use shape::Shape;
use shape::{ascii_shape, unicode_shape};

/// One word of the text, as a byte range into the normalised text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Capitals, lower case, digits, letters, camel case ("DeepSeek", "xAI").
    pub shape: Shape,
    /// An elided article or pronoun with its apostrophe ("l'", "d'", "qu'").
    pub elision: bool,
    /// First word of a sentence, line, list item, quote or clause after ':' — its capital says
    /// nothing.
    pub initial: bool,
    /// Separated from the previous token by exactly one space (or glued after an elision).
    pub joined: bool,
    /// Part of a URL, e-mail, handle or domain name.
    pub web: bool,
    /// Index of the line (paragraph) the token is on.
    pub line: u32,
}

impl Token {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }

    /// Could be (part of) a proper name by its shape: capitalised, or camel-case with a short
    /// lower-case prefix ("xAI", "iPhone").
    #[inline]
    pub fn namey(&self, s: &str) -> bool {
        if self.web || self.elision || !self.shape.has_alpha() {
            return false;
        }
        if self.shape.first_upper() {
            return true;
        }
        self.shape.camel() && lower_prefix_len(self.text(s)) <= 2
    }

    /// Capitalised word with lower-case rest and no digits ("Musk", "Huang").
    pub fn name_like(&self, s: &str) -> bool {
        self.shape.first_upper()
            && !self.shape.has_digit()
            && self.shape.has_lower()
            && !self.shape.camel()
            && {
                let t = self.text(s);
                match t.as_bytes().split_first() {
                    // ASCII: no capital after the first letter, byte by byte.
                    Some((_, rest)) if t.is_ascii() => !rest.iter().any(u8::is_ascii_uppercase),
                    _ => t.chars().skip(1).all(|c| !c.is_uppercase() || c == '-'),
                }
            }
    }

    /// Upper-case letters (and maybe digits or '&'), at least two chars: "TSMC", "AT&T".
    pub fn acronym(&self, s: &str) -> bool {
        self.shape.has_upper() && !self.shape.has_lower() && self.text(s).chars().count() >= 2
    }
}

fn lower_prefix_len(t: &str) -> usize {
    t.chars().take_while(|c| c.is_lowercase()).count()
}

fn is_word_char(c: char) -> bool {
    crate::extract::text::chars::is_alnum(c)
}

/// Whether the separator between two words starts a new sentence or clause.
fn separator_breaks(sep: &str, prev: &str, cues: &Cues) -> bool {
    if sep == " " {
        return false;
    }
    let mut breaks = false;
    for c in sep.chars() {
        match c {
            '\n' | '!' | '?' | '…' | ':' | ';' | '•' | '–' | '—' | '|' | '«' | '"' | '*' | '#'
            | '>' | '·' | '\r' => return true,
            '.' => breaks = true,
            _ => {}
        }
    }
    if breaks {
        let single_cap = prev.chars().count() == 1 && prev.chars().all(char::is_uppercase);
        return !(single_cap || has_lower(&cues.abbreviations, prev));
    }
    false
}

/// Tokenises `s` (the normalised text).
pub fn tokenize(s: &str, cues: &Cues) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(s.len() / 6);
    let bytes = s.as_bytes();
    let mut line = 0u32;
    let mut prev_end = 0usize;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        let cls = CLASS[usize::from(b)];
        let first_upper = if cls & WORD != 0 {
            cls & UPPER != 0
        } else if cls & HIGH == 0 {
            // ASCII, not a word char.
            line += u32::from(b == b'\n');
            i += 1;
            continue;
        } else {
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            if !is_word_char(c) {
                i += c.len_utf8();
                continue;
            }
            c.is_uppercase()
        };
        // A URL or www. address: one web token up to the next white space.
        if matches!(b, b'h' | b'w') {
            let rest = &s[i..];
            if rest.starts_with("https://")
                || rest.starts_with("http://")
                || rest.starts_with("www.")
            {
                let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
                push(&mut out, s, i, i + len, prev_end, line, true, cues, None);
                prev_end = i + len;
                i += len;
                continue;
            }
        }
        // Scan one run: word chars, plus connectors (- & ' . _) between word chars.
        let start = i;
        let (j, shape) = scan::run(s, start, first_upper);
        // The byte before the run (a space at the start of the text: nothing special).
        let before = start
            .checked_sub(1)
            .and_then(|k| bytes.get(k))
            .map_or(b' ', |&p| p);
        let slash_path = before == b'/' && {
            // "USA/Europe" lists names; "site.com/Page" is a path.
            let chunk_start = s[..start]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(k, c)| k + c.len_utf8());
            let chunk = &s[chunk_start..start];
            chunk.contains("://") || chunk.contains('.') || !first_upper
        };
        let web_ctx = matches!(before, b'@' | b'#' | b'.')
            || slash_path
            || (shape.dotted_letters && !is_dotted_acronym(&s[start..j]));
        split_run(
            &mut out,
            s,
            start..j,
            shape,
            &mut prev_end,
            line,
            web_ctx,
            cues,
        );
        i = j;
    }
    out
}

/// "U.S", "E.U": single capitals joined by periods.
fn is_dotted_acronym(t: &str) -> bool {
    t.split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// Emits the tokens of one run, splitting elisions ("l'Europe"), dropping possessive "'s" and
/// splitting glued navigation text ("CommentElon", "technologieIA").
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn split_run(
    out: &mut Vec<Token>,
    s: &str,
    run: std::ops::Range<usize>,
    shape: RunShape,
    prev_end: &mut usize,
    line: u32,
    web: bool,
    cues: &Cues,
) {
    let (mut a, mut end) = (run.start, run.end);
    if !web && shape.apostrophe {
        // Possessive "'s" at the end.
        let t = &s[a..end];
        if t.len() > 2 && (t.ends_with("'s") || t.ends_with("'S")) {
            end -= 2;
        }
        // Elisions at the start (possibly chained: "qu'l'"), and only there.
        while let Some(p) = s[a..end].find('\'') {
            let head = &s[a..a + p];
            if p > 0 && p <= 6 && has_lower(&cues.elisions, head) {
                push(out, s, a, a + p + 1, *prev_end, line, false, cues, None);
                *prev_end = a + p + 1;
                a += p + 1;
            } else {
                break;
            }
        }
    }
    // Glued text: split at a lower→upper change after a long lower-case prefix or after a
    // stop word ("CommentElon").
    if !web
        && shape.word.camel()
        && let Some(cut) = glue_cut(&s[a..end], cues)
    {
        push(out, s, a, a + cut, *prev_end, line, false, cues, None);
        *prev_end = a + cut;
        a += cut;
        // The second part starts afresh, like a new line.
        push(out, s, a, end, usize::MAX, line, false, cues, None);
        *prev_end = end;
        return;
    }
    if a < end {
        // The whole run: its shape is known from the scan.
        let known = (a == run.start && end == run.end).then_some(shape.word);
        push(out, s, a, end, *prev_end, line, web, cues, known);
        *prev_end = end;
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

/// Pushes one token; `prev_end == usize::MAX` marks a forced sentence start.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn push(
    out: &mut Vec<Token>,
    s: &str,
    start: usize,
    end: usize,
    prev_end: usize,
    line: u32,
    web: bool,
    cues: &Cues,
    known: Option<Shape>,
) {
    let w = known.unwrap_or_else(|| {
        let text = &s[start..end];
        if text.is_ascii() {
            ascii_shape(text.as_bytes())
        } else {
            unicode_shape(text)
        }
    });
    let mut t = Token {
        start,
        end,
        line,
        web,
        shape: w,
        ..Token::default()
    };
    let bytes = s.as_bytes();
    // A whole run (known shape) ends on a word char, never on an apostrophe.
    t.elision = known.is_none() && !web && end > start && bytes.get(end - 1) == Some(&b'\'');
    match out.last() {
        None => t.initial = true,
        Some(_) if prev_end == usize::MAX => t.initial = true,
        // The common separators, one space or nothing, break no sentence.
        Some(p) if start == p.end || (start == p.end + 1 && bytes.get(p.end) == Some(&b' ')) => {
            t.initial = p.line != line;
            t.joined = !t.initial && (start > p.end || p.elision);
        }
        Some(p) => {
            let sep = &s[p.end.min(start)..start];
            t.initial = separator_breaks(sep, p.text(s), cues) || p.line != line;
            t.joined = (sep == " ") || (p.elision && sep.is_empty());
            if t.initial {
                t.joined = false;
            }
        }
    }
    out.push(t);
}

#[cfg(test)]
mod tests;
