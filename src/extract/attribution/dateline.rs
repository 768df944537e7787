//! Datelines: the place, date and agency a news story opens on ("WASHINGTON -", "LONDON, Sept
//! 16 (Reuters) -", "Londres, le 16 septembre.", "PARIS (AFP) —", "SAN FRANCISCO, March 3, 2025
//! /PRNewswire/ --"). The place there is where the story was filed, the agency its source.

use crate::extract::{EntityHit, EntityKind};

/// How far after the name a dateline's date and agency may run (bytes).
const REACH: usize = 64;

/// Months and their usual abbreviations, English and French, lower-cased.
const MONTHS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "janvier",
    "janv",
    "février",
    "févr",
    "fév",
    "mars",
    "avril",
    "avr",
    "mai",
    "juin",
    "juillet",
    "juil",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "déc",
];

/// Small words a date may hold ("le 16 septembre", "on Sept 16").
const LINKS: &[&str] = &["le", "the", "on"];

/// A day or a year: digits, maybe with an ordinal's ending ("1er", "16th").
fn ordinal(w: &str) -> bool {
    let digits = ["er", "th", "st", "nd", "rd"]
        .iter()
        .find_map(|x| w.strip_suffix(x))
        .unwrap_or(w);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The entity opens its line (at most a few blanks or a bullet before it).
fn opens_line(s: &str, e: &EntityHit) -> bool {
    let from = s.floor_char_boundary(e.span.start.saturating_sub(6));
    match memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start]) {
        Some(i) => bare(&s[from + i + 1..e.span.start]),
        None => from == 0 && bare(&s[..e.span.start]),
    }
}

/// Where the dateline that entity `e` opens ends (after its closing dash or full stop), if
/// `e` opens one: a place, or a name in capitals, at the start of a line, followed by a date
/// and an agency in brackets or between slashes, and a dash — or by a date and a full stop.
/// Nothing but spaces and emphasis marks ("**OSLO, …** --" in Markdown), or a round-up's item
/// number or bullet ("3) TORONTO -", "• PARIS —").
fn bare(t: &str) -> bool {
    let t = t.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let item = t
        .strip_suffix([')', '.'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    t.is_empty() || item || matches!(t, "-" | "•" | "–")
}

pub fn end(s: &str, e: &EntityHit) -> Option<usize> {
    let shouted = || {
        let name = &s[e.span.clone()];
        name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
    };
    if !opens_line(s, e) || !(e.kind == EntityKind::Place || shouted()) {
        return None;
    }
    let stop = s.floor_char_boundary((e.span.end + REACH).min(s.len()));
    let line = &s[e.span.end..stop];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let mut dated = false;
    let mut in_brackets = false;
    let mut at = 0;
    for word in line.split(' ') {
        let here = at;
        at += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        if word.starts_with(['-', '–', '—']) {
            return Some(e.span.end + here + word.len());
        }
        if in_brackets || word.starts_with('(') {
            in_brackets = !word.ends_with(')');
            continue;
        }
        // "/PRNewswire/", "(Reuters)" are agencies; a bracket may close the word.
        if word.starts_with('/') && word.len() > 1 {
            continue;
        }
        let core = word
            .trim_start_matches([',', '*'])
            .trim_end_matches([',', '.', ':', '*']);
        let low = core.to_lowercase();
        let date_word = !core.is_empty() && (ordinal(core) || MONTHS.contains(&low.as_str()));
        if date_word {
            dated = true;
        } else if !LINKS.contains(&low.as_str()) && !core.is_empty() {
            // A state's abbreviation after a city ("SEATTLE, Wash.,") may stand there too.
            let abbrev = word.ends_with([',', '.'])
                && core.len() <= 6
                && core.starts_with(|c: char| c.is_uppercase());
            if !abbrev {
                return None;
            }
        }
        // "Londres, le 16 septembre." — a date closed by a full stop.
        if dated && word.ends_with('.') && !MONTHS.contains(&low.as_str()) {
            return Some(e.span.end + here + word.len());
        }
        if dated
            && word.ends_with('.')
            && line[at.min(line.len())..].starts_with(char::is_uppercase)
        {
            return Some(e.span.end + here + word.len());
        }
    }
    None
}

/// "WASHINGTON - " and the longer forms above: a name opening a dateline is where the story
/// was filed, a location.
pub fn opens(s: &str, e: &EntityHit) -> bool {
    end(s, e).is_some()
}

/// "Cambrai : le datacenter passe à 200 mégawatts": a place opening the title before a colon
/// is its kicker, where the news is (a round-up's "SOUTH KOREA:" further down heads the
/// section of a state that acts).
pub fn kicker(s: &str, e: &EntityHit) -> bool {
    e.kind == EntityKind::Place
        && s[e.span.end..]
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .starts_with(':')
        && s[..e.span.start]
            .trim_start()
            .trim_start_matches(['#', ' ', '*'])
            .is_empty()
}

/// Whether entity `i` stands inside the dateline an earlier entity of its line opens ("LONDON,
/// Sept 16 (Reuters) -": Reuters is the source).
pub fn inside(s: &str, entities: &[EntityHit], i: usize) -> bool {
    let e = &entities[i];
    // A dateline ends at most `REACH` bytes after the name opening its line: an entity farther
    // from its line's start is in none.
    let from = e.span.start.saturating_sub(REACH + 48);
    let line_start = match memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start]) {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return false,
    };
    (0..i)
        .rev()
        .take(3)
        .take_while(|&k| entities[k].span.start >= line_start)
        .any(|k| end(s, &entities[k]).is_some_and(|end| e.span.end <= end))
}

/// The names that stand as a wire agency inside a dateline somewhere in the text ("(Reuters)",
/// "/PRNewswire/"): a source wherever else they appear (a masthead, a byline, a credit).
/// One mention of each.
pub fn agencies(s: &str, entities: &[EntityHit]) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        let known = || found.iter().any(|&k| entities[k].canonical == e.canonical);
        if agency(s, entities, i) && !known() {
            found.push(i);
        }
    }
    found
}

/// Whether entity `i` is a dateline's agency: right after '(' or '/' ("(Reuters)",
/// "/PRNewswire/"), inside a dateline.
pub fn agency(s: &str, entities: &[EntityHit], i: usize) -> bool {
    s.get(..entities[i].span.start)
        .is_some_and(|p| p.ends_with(['(', '/']))
        && inside(s, entities, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_opens(s: &str, name: &str) -> bool {
        let start = s.find(name).unwrap();
        let e = EntityHit {
            span: start..start + name.len(),
            canonical: name,
            kind: EntityKind::Place,
            from_lexicon: true,
        };
        opens(s, &e)
    }

    #[test]
    fn datelines_in_their_usual_forms() {
        for s in [
            "WASHINGTON - The state will spend",
            "LONDON, Sept 16 (Reuters) - The deals total",
            "Londres, le 16 septembre. Le gouvernement affirme",
            "PARIS (AFP) — Les annonces représentent",
            "Tokyo, 3 mars 2025 — Les annonces",
            "SAN FRANCISCO, March 3, 2025 /PRNewswire/ -- The deals total",
            "Intro line.\nSEATTLE, Wash., Jan. 5 - Amazon said",
            "**OSLO, Norway, April 21, 2026 /PRNewswire/** -- Kestrel Compute said",
            "**OSLO, April 21, 2026** -- Kestrel Compute said",
        ] {
            let name = s
                .split([',', ' ', '\n'])
                .map(|w| w.trim_start_matches('*'))
                .find(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.starts_with("Intro"))
                .unwrap();
            let name = if name == "SAN" { "SAN FRANCISCO" } else { name };
            assert!(first_opens(s, name), "{s:?}");
        }
    }

    #[test]
    fn a_round_up_item_may_open_on_its_dateline() {
        assert!(first_opens(
            "Intro.\n3) TORONTO - Ottawa will invest.",
            "TORONTO"
        ));
        assert!(first_opens(
            "Intro.\n12. TORONTO - Ottawa will invest.",
            "TORONTO"
        ));
        assert!(!first_opens(
            "Intro.\nA) TORONTO - Ottawa will invest.",
            "TORONTO"
        ));
    }

    #[test]
    fn a_place_opening_a_sentence_is_no_dateline() {
        for s in [
            "France will spend €2bn - a record.",
            "Paris, which hosts the summit, said - again - that",
            "Berlin, le gouvernement. Puis",
            "Texas. The state will fund",
            "Say, Texas - the state will fund",
        ] {
            let name = s.split([',', ' ', '.']).next().unwrap();
            assert!(!first_opens(s, name), "{s:?}");
        }
    }
}
