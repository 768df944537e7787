//! Names defined by the acronym in brackets after them ("the Center for a New American
//! Security (CNAS)", "Innovation, Science and Economic Development Canada (ISED)"): the words
//! whose initials spell the acronym are one name, whatever pieces were found inside it.

use super::cues::{Cues, flag};
use crate::extract::{EntityHit, EntityKind};
use std::collections::HashMap;

/// Longest acronym read (letters).
const MAX_LETTERS: usize = 7;
/// How far before the bracket the name may start (bytes).
const REACH: usize = 120;

/// Words an acronym skips ("of", "de la", "for a").
const SKIPPED: &[&str] = &[
    "of", "for", "a", "an", "the", "and", "on", "in", "to", "de", "du", "des", "d", "la", "le",
    "les", "l", "et", "pour", "à", "au", "aux", "en", "sur",
];

/// Makes one name of each run of words defined by an acronym in brackets after it.
pub fn widen<'a>(s: &'a str, cues: &Cues, found: &mut Vec<EntityHit<'a>>) {
    for (open, _) in s.match_indices('(') {
        let Some((prefix, letters, close)) = acronym_at(s, open + 1) else {
            continue;
        };
        let Some(mut start) = defined_from(s, open, letters) else {
            continue;
        };
        // "EDF Systèmes énergétiques insulaires (EDF SEI)": the acronym repeats the name's
        // first word before the initials of the others.
        if !prefix.is_empty() {
            let before = s[..start].trim_end_matches(' ');
            if !(before.ends_with(prefix) && before.len() < start) {
                continue;
            }
            start = before.len() - prefix.len();
        }
        let end = s[..open].trim_end().len();
        // A name opens on a capital, or on a body's head noun ("le ministère de l'Économie, de
        // l'Innovation et de l'Énergie (MEIE)").
        let head_word = s[start..]
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .next()
            .unwrap_or("");
        if !head_word.starts_with(char::is_uppercase)
            && cues.flags(&head_word.to_lowercase()) & flag::INSTITUTION_HEAD == 0
        {
            continue;
        }
        // Names overlapping the definition must lie inside it.
        let first = found.partition_point(|e| e.span.end <= start);
        let last = found.partition_point(|e| e.span.start < end);
        let inside = &found[first..last];
        if inside
            .iter()
            .any(|e| e.span.start < start || e.span.end > end)
            || inside.iter().any(|e| e.span == (start..end))
        {
            continue;
        }
        let institution = s[start..end]
            .split(|c: char| !c.is_alphabetic() && c != '-')
            .any(|w| cues.flags(&w.to_lowercase()) & flag::INSTITUTION_HEAD != 0);
        let after = found.get(last).filter(|e| e.span == (open + 1..close));
        let kind = if institution {
            EntityKind::Institution
        } else if let Some(e) = after {
            e.kind
        } else {
            inside
                .iter()
                .max_by_key(|e| e.span.len())
                .map_or(EntityKind::Company, |e| e.kind)
        };
        let hit = EntityHit {
            span: start..end,
            canonical: &s[start..end],
            kind,
            from_lexicon: false,
        };
        found.splice(first..last, [hit]);
        // The acronym is the same body.
        if let Some(e) = found
            .get_mut(first + 1)
            .filter(|e| e.span == (open + 1..close))
        {
            e.kind = kind;
        }
    }
}

/// An acronym of capitals right after an opening bracket at `at`, closed at once, maybe after
/// a word of capitals of its own ("EDF SEI"): that word (or ""), its letters and the closing
/// bracket's offset.
fn acronym_at(s: &str, at: usize) -> Option<(&str, &str, usize)> {
    let rest = s.get(at..)?;
    let n = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if (2..=MAX_LETTERS).contains(&n) && rest.as_bytes().get(n) == Some(&b')') {
        return Some(("", &rest[..n], at + n));
    }
    let after = rest.get(n + 1..)?;
    let m = after.bytes().take_while(u8::is_ascii_uppercase).count();
    ((2..=MAX_LETTERS).contains(&n)
        && rest.as_bytes()[n] == b' '
        && (2..=MAX_LETTERS).contains(&m)
        && after.as_bytes().get(m) == Some(&b')'))
    .then(|| (&rest[..n], &after[..m], at + n + 1 + m))
}

/// The acronym in the bracket opening at `open` (a plural "s" allowed: "(SMEs)") and where the
/// words whose initials spell it start, right before the bracket.
pub fn spelled_before(s: &str, open: usize) -> Option<(&str, usize)> {
    let rest = s.get(open + 1..)?;
    let n = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let plural = usize::from(rest[n..].starts_with("s)"));
    if !(2..=MAX_LETTERS).contains(&n) || !(rest[n..].starts_with(')') || plural == 1) {
        return None;
    }
    let start = defined_from(s, open, &rest[..n])?;
    Some((&rest[..n + plural], start))
}

/// Where the name whose initials spell `letters` starts, the words ending right before the
/// bracket at `open` (maybe with one more capitalised word: "… Development Canada (ISED)").
fn defined_from(s: &str, open: usize, letters: &str) -> Option<usize> {
    let from = s.floor_char_boundary(open.saturating_sub(REACH));
    let line_start = s[from..open].rfind('\n').map_or(from, |i| from + i + 1);
    let stretch = &s[line_start..open];
    // Content words back from the bracket: (start offset, first char).
    let mut words: Vec<(usize, char)> = Vec::new();
    // Words and their offsets, from the separators' own offsets (some are several bytes).
    let is_sep = |c: char| c.is_whitespace() || matches!(c, ',' | '\'' | '’');
    let mut spans = Vec::new();
    let mut word_start = None;
    for (i, c) in stretch.char_indices() {
        match (is_sep(c), word_start) {
            (true, Some(st)) => {
                spans.push(st..i);
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = word_start {
        spans.push(st..stretch.len());
    }
    for r in spans.into_iter().rev() {
        let (w_start, w) = (r.start, &stretch[r]);
        if !w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '&') {
            break;
        }
        if SKIPPED.iter().any(|x| w.eq_ignore_ascii_case(x)) || w == "&" {
            continue;
        }
        words.push((line_start + w_start, w.chars().next()?));
        if words.len() > letters.len() {
            break;
        }
    }
    let spells = |ws: &[(usize, char)]| {
        ws.len() == letters.len()
            && ws
                .iter()
                .rev()
                .zip(letters.chars())
                .all(|(w, l)| initial(w.1) == l)
    };
    let n = letters.len();
    if words.len() >= n && spells(&words[..n]) {
        return Some(words[n - 1].0);
    }
    // One capitalised word after the initials ("Canada").
    if words.len() > n && words[0].1.is_uppercase() && spells(&words[1..=n]) {
        return Some(words[n].0);
    }
    None
}

/// A word's initial as an acronym writes it: a capital without its accent ("Énergie": E).
fn initial(c: char) -> char {
    match c.to_uppercase().next().unwrap_or(c) {
        'À' | 'Â' | 'Ä' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' => 'I',
        'Ô' | 'Ö' => 'O',
        'Ù' | 'Û' | 'Ü' => 'U',
        'Ç' => 'C',
        u => u,
    }
}

/// "Belledonne Data Centers (BDC) … le président de BDC": an acronym a name defines in
/// brackets names that actor wherever the text uses it (one actor, not two), unless the text
/// defines it for two names.
pub fn link_defined(s: &str, found: &mut [EntityHit<'_>]) {
    // Each acronym's name and kind, or none once two names define it (one pass, a map).
    let mut defined: HashMap<&str, Option<(&str, EntityKind)>> = HashMap::new();
    for pair in found.windows(2) {
        let (name, acr) = (&pair[0], &pair[1]);
        let open = name.span.end + 1;
        if acr.from_lexicon
            || s.get(name.span.end..acr.span.start) != Some(" (")
            || !s[acr.span.end..].starts_with(')')
            || acr.canonical == name.canonical
        {
            continue;
        }
        let Some((letters, start)) = spelled_before(s, open) else {
            continue;
        };
        if letters != &s[acr.span.clone()] || !name.span.contains(&start) {
            continue;
        }
        let entry = defined
            .entry(acr.canonical)
            .or_insert(Some((name.canonical, name.kind)));
        if entry.is_some_and(|(n, _)| n != name.canonical) {
            *entry = None;
        }
    }
    if defined.is_empty() {
        return;
    }
    for e in found.iter_mut().filter(|e| !e.from_lexicon) {
        if let Some(&Some((canonical, kind))) = defined.get(e.canonical) {
            e.canonical = canonical;
            e.kind = kind;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(s: &str) -> Option<&str> {
        let open = s.rfind('(')?;
        let (_, letters, _) = acronym_at(s, open + 1)?;
        let start = defined_from(s, open, letters)?;
        Some(s[start..open].trim_end())
    }

    #[test]
    fn the_words_an_acronym_spells() {
        assert_eq!(
            spelled("The Center for a New American Security (CNAS)"),
            Some("Center for a New American Security")
        );
        assert_eq!(
            spelled("run by Innovation, Science and Economic Development Canada (ISED)"),
            Some("Innovation, Science and Economic Development Canada")
        );
        assert_eq!(
            spelled("Malaysia's Ministry of Investment, Trade and Industry (MITI)"),
            Some("Ministry of Investment, Trade and Industry")
        );
        assert_eq!(
            spelled("la Banque européenne d'investissement (BEI)"),
            Some("Banque européenne d'investissement")
        );
        // Separators of several bytes: no-break and thin spaces, a typographic apostrophe.
        assert_eq!(
            spelled("la Banque\u{a0}européenne d’investissement\u{2009}(BEI)"),
            Some("Banque\u{a0}européenne d’investissement")
        );
        assert_eq!(
            spelled("le ministère de l'Économie, de l'Innovation et de l'Énergie (MEIE)"),
            Some("ministère de l'Économie, de l'Innovation et de l'Énergie")
        );
        // Initials that do not spell it: no name.
        assert_eq!(spelled("spending on graphics processors (GPU)"), None);
        assert_eq!(spelled("the chip maker said (AFP)"), None);
    }
}
