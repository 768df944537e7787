//! The tokenizer's output side: pushes each token with its position flags (sentence-initial,
//! joined to the previous word), told from the separator since the previous token.

use super::Token;
use super::scan::word_shape;
use super::shape::Shape;
use crate::extract::entities::cues::{Cues, has_lower};

/// Builds the token list, remembering what the next token's position flags depend on: the
/// previous token's range, line and elision.
pub(super) struct Emitter<'s> {
    pub(super) s: &'s str,
    pub(super) cues: &'s Cues,
    pub(super) out: Vec<Token>,
    pub(super) prev_start: usize,
    pub(super) prev_end: usize,
    pub(super) prev_line: u32,
    pub(super) prev_elision: bool,
    /// The previous token is a footnote marker ("[6]", "⁷") opening a sentence: the word after
    /// it opens the sentence too.
    pub(super) prev_marker: bool,
}

/// `Emitter::prev_line` when there is no token yet, or the next one starts afresh (after a
/// glue split): it is sentence-initial.
pub(super) const FRESH: u32 = u32::MAX;

impl Emitter<'_> {
    /// Pushes the token `start..end`; `known` is its shape when the scan already read it.
    #[inline(always)]
    pub(super) fn push(
        &mut self,
        start: usize,
        end: usize,
        line: u32,
        web: bool,
        known: Option<Shape>,
    ) {
        let s = self.s;
        let bytes = s.as_bytes();
        let (shape, elision) = match known {
            // A whole run ends on a word char, never on an apostrophe.
            Some(w) => (w, false),
            None => {
                let text = s.get(start..end).unwrap_or_default();
                (word_shape(text), !web && text.ends_with('\''))
            }
        };
        let pe = self.prev_end;
        let (initial, joined) = if start == pe || (start == pe + 1 && bytes.get(pe) == Some(&b' '))
        {
            // The common separators, one space or nothing, break no sentence.
            let initial = self.prev_line != line;
            (initial, !initial && (start > pe || self.prev_elision))
        } else if bytes.get(pe..start) == Some(b", ") {
            // The next most common separator breaks no sentence either.
            (self.prev_line != line, false)
        } else {
            let sep = bytes.get(pe..start).unwrap_or_default();
            let prev = s.get(self.prev_start..pe).unwrap_or_default();
            (
                self.prev_line != line || separator_breaks(sep, prev, self.cues),
                false,
            )
        };
        // "billion.[6] Verifiable flows", "¹ Estimation de …": a footnote's number keeps the
        // sentence's opening for the word after it.
        let (initial, joined) = if self.prev_marker && line == self.prev_line {
            (true, false)
        } else {
            (initial, joined)
        };
        // ("1.4 Installed capacity …", "9 Including staff …": a paragraph's or a footnote's
        // number opening a line does too.)
        // ("1,8 G$ Coût total du projet", "150 MW Bloc réservé": an amount opening a line of a
        // "by the numbers" list keeps the line's opening for the label after it.)
        self.prev_marker = initial
            && (footnote_marker(s, start, end)
                || self.prev_line != line && line_amount(&bytes[start..end]))
            || self.prev_marker && line == self.prev_line && amount_part(s, start, end);
        self.out.push(Token {
            start,
            end,
            shape,
            elision,
            initial,
            joined,
            web,
            line,
        });
        self.prev_start = start;
        self.prev_end = end;
        self.prev_line = line;
        self.prev_elision = elision;
    }
}

/// The token `start..end` is a footnote's number: digits in square brackets ("[6]") or
/// superscript digits ("⁷", "¹²").
fn footnote_marker(s: &str, start: usize, end: usize) -> bool {
    let b = s.as_bytes();
    let bracketed = start > 0
        && b[start - 1] == b'['
        && b.get(end) == Some(&b']')
        && b[start..end].iter().all(u8::is_ascii_digit);
    bracketed
        || s.get(start..end).is_some_and(|t| {
            !t.is_empty() && t.chars().all(|c| matches!(c, '¹' | '²' | '³' | '⁰'..='⁹'))
        })
}

/// A number opening a line: a paragraph's ("1.4", "2.3.1"), a footnote's ("9") or an amount's
/// ("1,8", "32", "1.8bn", "150MW"): digits, dots and commas, short, and maybe a scale or a
/// unit glued to them ("5G", "3D", "2nm" are no amounts).
fn line_amount(t: &[u8]) -> bool {
    let digits = t
        .iter()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
        .count();
    (1..=8).contains(&t.len())
        && t[0].is_ascii_digit()
        && (digits == t.len() || std::str::from_utf8(&t[digits..]).is_ok_and(unit))
}

/// A scale or a unit an amount opening a line carries, glued or as the next token.
fn unit(t: &str) -> bool {
    matches!(
        t,
        "bn" | "m" | "mn" | "k" | "Md" | "Mds" | "MW" | "GW" | "kW" | "MWh" | "GWh" | "TWh"
    )
}

/// A token going on with an amount opening a line: more digits ("000" of "32 000"), a scale
/// ("bn", "Md€", "Mds") or a unit ("MW", "GW"), or a currency's letter ("G$", "M€").
fn amount_part(s: &str, start: usize, end: usize) -> bool {
    let t = &s[start..end];
    t.starts_with(|c: char| c.is_ascii_digit())
        || unit(t)
        || t.len() == 1 && s[end..].starts_with(['$', '€', '£'])
}

/// Whether the separator `sep` (neither "" nor " ") between two words starts a new sentence or
/// clause; `prev` is the word before it. Read byte by byte: the breaking chars outside ASCII
/// are told by their UTF-8 bytes.
fn separator_breaks(sep: &[u8], prev: &str, cues: &Cues) -> bool {
    // A hyphen standing apart is a dash typed in ASCII ("WASHINGTON - The…", "LONDON (Wire)
    // -- Reprinted…"): a break like '–' and '—'. One joining two words ("Lisbon-based") is not.
    if sep.contains(&b'-') && sep.contains(&b' ') {
        return true;
    }
    // A table's cell border: a tab, or a run of spaces aligning columns.
    if sep.contains(&b'\t') || sep.windows(3).any(|w| w == b"   ") {
        return true;
    }
    let mut breaks = false;
    let mut k = 0;
    while let Some(&b) = sep.get(k) {
        match b {
            b'\n' | b'!' | b'?' | b':' | b';' | b'|' | b'"' | b'*' | b'#' | b'>' | b'\r' => {
                return true;
            }
            b'.' => breaks = true,
            // '«' U+AB, '·' U+B7.
            0xC2 if matches!(sep.get(k + 1), Some(0xAB | 0xB7)) => return true,
            // '–' U+2013, '—' U+2014, '•' U+2022, '…' U+2026.
            0xE2 if sep.get(k + 1) == Some(&0x80)
                && matches!(sep.get(k + 2), Some(0x93 | 0x94 | 0xA2 | 0xA6)) =>
            {
                return true;
            }
            _ => {}
        }
        k += 1;
    }
    if breaks {
        let mut cs = prev.chars();
        let single_cap = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
        return !(single_cap || has_lower(&cues.abbreviations, prev));
    }
    false
}
