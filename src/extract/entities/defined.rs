//! Where a filing or a regulated release defines its issuer: "Héliade (Euronext Paris – HLD)
//! (la « Société »)", "Tianshu Holdings Limited (the "Company")" — the bracket holding the
//! quoted defined word, and where the name it defines ends.

/// The words a release defines its issuer by (with its subsidiaries: "le Groupe").
pub const DEFINED: &[&str] = &[
    "Société",
    "Groupe",
    "Émetteur",
    "Company",
    "Group",
    "Issuer",
];

/// How far before its defined word the bracket that holds it may open (bytes).
const BRACKET_REACH: usize = 48;

/// Where the names defined in `s` end, in text order: for each bracket holding a quoted defined
/// word ("(la « Société »", "(the "Company""), the end of the text before it, other brackets
/// and spaces aside.
pub fn defined_name_ends(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    for w in DEFINED {
        for at in memchr::memmem::find_iter(b, w.as_bytes()) {
            let end = at + w.len();
            let before = s[..at].trim_end_matches([' ', '\u{a0}', '\u{202f}']);
            // ("the Company" may stand whole in the quotes.)
            let before = ["the", "la", "le"]
                .iter()
                .find_map(|d| before.strip_suffix(d))
                .unwrap_or(before);
            let after = s[end..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
            if !(before.ends_with(['«', '"', '“']) && after.starts_with(['»', '"', '”'])) {
                continue;
            }
            let from = s.floor_char_boundary(at.saturating_sub(BRACKET_REACH));
            let Some(open) = s[from..at].rfind('(').map(|k| from + k) else {
                continue;
            };
            if !s[open..at].contains(')')
                && let Some(e) = end_before_brackets(s, open)
            {
                out.push(e);
            }
        }
    }
    out.sort_unstable();
    out
}

/// The end of the text before `at`, spaces and up to four brackets before it aside.
fn end_before_brackets(s: &str, mut at: usize) -> Option<usize> {
    for _ in 0..4 {
        let t = s[..at].trim_end_matches([' ', '\u{a0}', '\n']);
        if !t.ends_with(')') {
            return Some(t.len());
        }
        at = t.rfind('(')?;
    }
    None
}

/// The terms a filing defines for things, not names: a quoted term in a bracket right after
/// lower-case words or an amount ("to raise A$400 million (the "Placement")", "a global cloud
/// provider (the "Customer")"). After a name ("Baudin Data Centres Limited ("Baudin")"), a
/// term is that name's.
pub fn defined_things(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', s.as_bytes()) {
        // (Within 80 bytes: an unclosed bracket is not followed to the text's end.)
        let window = &s.as_bytes()[open..s.len().min(open + 81)];
        let Some(len) = memchr::memchr(b')', window) else {
            continue;
        };
        let inner = &s[open + 1..open + len];
        if !inner.contains(['"', '“', '«']) {
            continue;
        }
        let before = s[..open].trim_end();
        let last_word = before.rsplit([' ', '\n']).next().unwrap_or(before);
        if !last_word.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
            continue;
        }
        for part in inner.split(['"', '“', '”', '«', '»']).skip(1).step_by(2) {
            let term = part.trim_matches([' ', '\u{a0}', '\u{202f}']);
            if term.starts_with(char::is_uppercase) && !DEFINED.contains(&term) {
                out.push(term);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_definitions_bracket_closes_the_name_before_it() {
        let s = "Lannion – Héliade (Euronext Paris – HLD) (la « Société » et, avec ses \
                 filiales, le « Groupe »), opérateur.";
        let end = s.find(" (Euronext").unwrap();
        assert_eq!(defined_name_ends(s), [end]);
        let s = "Orbis Holdings Limited (the \"Company\") announces a placing.";
        assert_eq!(defined_name_ends(s), [s.find(" (the").unwrap()]);
        let s = "Orbis Holdings Limited (\"Orbis\" or \"the Company\") announces a placing.";
        assert_eq!(defined_name_ends(s), [s.find(" (").unwrap()]);
        // A word in quotes that defines nothing, or no bracket: none.
        assert!(defined_name_ends("Orbis, a \"Company\" of the year, grew.").is_empty());
    }

    #[test]
    fn terms_defined_after_lower_case_words_are_things() {
        let s = "Orbis Holdings Limited (\"Orbis\" or \"the Company\") will raise A$400 million \
                 (the \"Placement\") from a cloud provider (the \"Customer\") and Wattle Pty Ltd \
                 (the \"Joint Lead Managers\").";
        assert_eq!(defined_things(s), ["Placement", "Customer"]);
    }
}
