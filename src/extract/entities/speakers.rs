//! Speaker labels of transcripts ("OPERATOR:", "PRIYA MENON, CEO:", "REYES:"): the name that
//! opens a line in capitals before a colon is a person speaking, and a role ("OPERATOR",
//! "MODERATOR", "Q") is nobody; in the text's first line, such capitals are a title's kicker
//! ("EXCLUSIVE:"), no name unless the lexicon knows it.

use crate::extract::types::{EntityHit, EntityKind};

/// Longest label, in bytes ("SARAH LINDQVIST, MORGAN STANLEY:").
const MAX_LABEL: usize = 80;

/// Fewest words after a label for the line to be a turn of speech.
const MIN_TURN_WORDS: usize = 10;

/// Most words in a speaker's name ("JEAN-PIERRE DE LA VILLE").
const MAX_NAME_WORDS: usize = 4;

/// Labels that name a role, not a person.
const ROLES: &[&str] = &[
    "OPERATOR",
    "MODERATOR",
    "HOST",
    "QUESTION",
    "ANSWER",
    "ANALYST",
    "INTERVIEWER",
    "JOURNALIST",
    "Q",
    "A",
    "ANIMATEUR",
    "ANIMATRICE",
    "JOURNALISTE",
    "OPÉRATEUR",
    "OPÉRATRICE",
    "MODÉRATEUR",
    "QUESTION",
    "RÉPONSE",
];

/// Where the name of the speaker label opening the line at `line` ends, if the line opens on
/// one: capitals (and spaces, dots, hyphens, apostrophes) up to a comma or the colon.
fn label_name_end(s: &str, line: usize) -> Option<usize> {
    let rest = s.get(line..)?;
    let head = &rest[..rest.floor_char_boundary(MAX_LABEL.min(rest.len()))];
    let colon = head.find(':')?;
    if !rest[colon + 1..].starts_with([' ', '\n', '\u{a0}']) {
        return None;
    }
    // A turn is a paragraph of speech, not a heading's few words ("JAPAN: Rapidus gets the
    // lion's share").
    let turn = &rest[colon + 1..];
    let turn = &turn[..memchr::memchr(b'\n', turn.as_bytes()).unwrap_or(turn.len())];
    turn.split_whitespace().nth(MIN_TURN_WORDS - 1)?;
    // ("QUESTION (AFP) :": the speaker's outlet in brackets after the label.)
    let label = head[..colon].trim_end();
    let label = match label.split_once(" (") {
        Some((name, outlet)) if outlet.ends_with(')') => name,
        _ => label,
    };
    let name = label.split(',').next().unwrap_or("").trim_end();
    // A person's name is a few words ("AI INFRASTRUCTURE ROUND-UP: …" is a headline).
    if name.split_whitespace().nth(MAX_NAME_WORDS).is_some() {
        return None;
    }
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let shaped = name
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '\u{2019}'))
        && label.chars().all(|c| !c.is_lowercase());
    (letters >= 1 && shaped).then_some(line + name.len())
}

/// Gives the names of speaker labels their kind, and drops the roles'.
pub fn relabel(s: &str, found: &mut Vec<EntityHit>) {
    let (mut line, mut scanned) = (0, 0);
    let mut label: Option<(usize, usize)> = None;
    let mut title = false;
    found.retain_mut(|e| {
        // The label of the line holding `e`, found once per line. Names come in text order:
        // the line breaks are looked for since the last name only, so a line as long as a book
        // is read once.
        let from = if e.span.start >= scanned { scanned } else { 0 };
        let start = memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start])
            .map_or(if from == 0 { 0 } else { line }, |i| from + i + 1);
        scanned = e.span.start;
        if start != line || label.is_none() {
            line = start;
            let open = start + (s[start..].len() - s[start..].trim_start_matches([' ', '*']).len());
            // The text's first line is its title ("AI ROUND-UP: …") unless a role opens it.
            title = s[..start].trim().is_empty();
            label = Some((open, label_name_end(s, open).unwrap_or(open)));
        }
        let Some((from, to)) = label else { return true };
        if e.span.start < from || e.span.end > to {
            return true;
        }
        if ROLES.contains(&&s[e.span.clone()]) {
            return false;
        }
        // A title's kicker in capitals ("AI INFRASTRUCTURE ROUND-UP: …", "EXCLUSIVE: …")
        // names nothing the lexicon does not know.
        if title {
            return e.from_lexicon;
        }
        // A known place or organisation opening a line is a section's name, not a speaker's.
        if !e.from_lexicon {
            e.kind = EntityKind::Person;
        }
        true
    });
}

#[cfg(test)]
mod tests;
