//! A text's own note on its currency ("All figures in CAD unless otherwise noted", "All
//! amounts are in Australian dollars", "Tous les montants sont en dollars canadiens"): the
//! dollar its bare "$" amounts are in.

use crate::extract::FigureHit;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// The words that open such a note, matched in any case.
const OPENERS: &[&str] = &[
    "all figures in ",
    "all figures are in ",
    "all amounts in ",
    "all amounts are in ",
    "all dollar figures ",
    "all dollar amounts ",
    "all values in ",
    "all prices in ",
    "tous les montants ",
    "montants exprimés en ",
];

/// The dollars a note may name besides the US one, with the words (lower case) naming each.
const NOTED: &[(&str, &[&str])] = &[
    ("CAD", &["cad", "canadian", "canadiens", "c$"]),
    ("AUD", &["aud", "australian", "australiens", "a$"]),
    ("NZD", &["nzd", "zealand", "néo-zélandais", "nz$"]),
    ("SGD", &["sgd", "singapore", "singapouriens", "s$"]),
    ("HKD", &["hkd", "hong kong", "hk$"]),
];

/// How far a note's currency may stand after its opening words (bytes).
const NOTE_TAIL: usize = 48;

static NOTES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(OPENERS)
        .expect("literal openers make a valid automaton")
});

/// The dollar a note of the text names, if it names one besides the US dollar.
pub fn noted_dollar(s: &str) -> Option<&'static str> {
    NOTES.find_iter(s).find_map(|m| {
        let end = s.floor_char_boundary((m.end() + NOTE_TAIL).min(s.len()));
        let tail = s[m.end()..end]
            .split(['.', '\n', ';'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let words: Vec<&str> = tail
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '*' | '_'))
            .filter(|w| !w.is_empty())
            .collect();
        NOTED.iter().find_map(|(iso, names)| {
            names
                .iter()
                .any(|n| {
                    if n.contains(' ') {
                        tail.contains(n)
                    } else {
                        words.contains(n)
                    }
                })
                .then_some(*iso)
        })
    })
}

/// Puts the amounts written with a bare "$" in the dollar the text's note names; whether
/// the text has such a note (the other ways of telling its dollar are then not asked).
pub fn noted_dollars(s: &str, figures: &mut [FigureHit]) -> bool {
    if !figures.iter().any(|f| f.unit == "USD") {
        return false;
    }
    let Some(iso) = noted_dollar(s) else {
        return false;
    };
    for f in figures.iter_mut() {
        if super::dollars::bare_dollar(s, f) {
            f.unit = iso.to_string();
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_names_the_texts_dollar() {
        assert_eq!(
            noted_dollar("Intro.\n\nAll figures in CAD unless otherwise noted.\n"),
            Some("CAD")
        );
        assert_eq!(
            noted_dollar("*All amounts are in Australian dollars.*"),
            Some("AUD")
        );
        assert_eq!(
            noted_dollar("Tous les montants sont en dollars canadiens."),
            Some("CAD")
        );
        assert_eq!(noted_dollar("All figures in US dollars."), None);
        // The currency must be in the note's sentence.
        assert_eq!(
            noted_dollar("All figures in this table are estimates. Canadian firms lead."),
            None
        );
        assert_eq!(noted_dollar("Canadian AI firms raised $3 billion."), None);
    }
}
