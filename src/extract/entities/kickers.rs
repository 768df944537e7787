//! Kickers: the words in capitals that open a paragraph or a heading to label it ("DIRECT.
//! Sommet …", "# EXCLUSIF : …", a newsletter's "**STATE OF PLAY** — …"), no names.

use super::cues::{Cues, flag};
use crate::text::table::line_start_within;
use std::cell::OnceCell;
use std::collections::HashSet;

/// "DIRECT. Sommet …", "# EXCLUSIF : …": a word in capitals opening a line, closed by a full
/// stop (or a colon on a heading), is a kicker, no name.
pub fn kicker(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    if name.chars().count() < 5 || !name.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    // (A kicker opens its line: read back at most a kicker's length for the line's start.)
    let Some(line) = line_start_within(s, span.start, KICKER) else {
        return false;
    };
    let heading = s[line..].starts_with('#');
    let lead = s[line..span.start].trim_start_matches(['#', '*', ' ']);
    let after = &s[span.end..];
    // (A speaker's label, "PRIYA: …", opens a turn, not a heading.)
    lead.is_empty()
        && (after.starts_with(". ")
            || (heading && (after.starts_with(": ") || after.starts_with(" : "))))
}

/// How far a bold kicker's name may stand from its line's start (bytes).
const KICKER: usize = 80;

/// "**STARGATE STOCKTAKE** — OpenAI says …", "**AI’S LOBBYING BOOM** — …": a newsletter's
/// item opens on a bold kicker in capitals; a name in capitals inside it is the kicker's
/// word, unless the text writes it so elsewhere (an acronym: "**NSF’S BET** — … NSF") or it
/// ends on a firm's word ("**KESTREL COMPUTE** — The start-up raised …").
/// `capitals`: the words in capitals written outside such kickers, gathered the first time
/// a kicker's name asks.
pub fn bold_kicker<'a>(
    s: &'a str,
    span: &std::ops::Range<usize>,
    cues: &Cues,
    capitals: &OnceCell<HashSet<&'a str>>,
) -> bool {
    let name = &s[span.clone()];
    if !name.chars().any(char::is_uppercase) || name.chars().any(char::is_lowercase) {
        return false;
    }
    // (A kicker is short: read back at most its length for the line's start.)
    let Some(line) = line_start_within(s, span.start, KICKER) else {
        return false;
    };
    let Some(open) = s[line..span.start]
        .trim_start_matches(' ')
        .strip_prefix("**")
    else {
        return false;
    };
    if open.contains("**") || open.chars().any(char::is_lowercase) {
        return false;
    }
    let rest = &s[span.end..];
    let Some(close) = rest.find("**") else {
        return false;
    };
    let after = rest[close + 2..].trim_start_matches([' ', '\u{a0}']);
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let kicker = close < line_end
        && !rest[..close].chars().any(char::is_lowercase)
        && (after.starts_with(['—', '–', ':', '\n']) || after.is_empty());
    if !kicker {
        return false;
    }
    let last = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    if cues.flags(&last) & flag::COMPANY_SUFFIX != 0 {
        return false;
    }
    let capitals = capitals.get_or_init(|| capitals_outside_kickers(s));
    !words(name).all(|w| capitals.contains(w))
}

/// The words of a name (letters and digits).
fn words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The words in capitals the text writes outside lines opening in bold: one pass.
fn capitals_outside_kickers(s: &str) -> HashSet<&str> {
    s.lines()
        .filter(|l| !l.trim_start().starts_with("**"))
        .flat_map(words)
        .filter(|w| w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase))
        .collect()
}
