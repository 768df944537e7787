//! A text's own note on its currency ("All figures in CAD unless otherwise noted", "All
//! amounts are in Australian dollars", "Tous les montants sont en dollars canadiens"): the
//! dollar its bare "$" amounts are in.

use crate::extract::FigureHit;
use crate::text::AnyOf;
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

/// The openers as a note writes them (lower case, capitalised, in capitals), searched
/// together in one pass (most texts hold none).
static NOTES: LazyLock<AnyOf> = LazyLock::new(|| {
    let mut forms = Vec::new();
    for o in OPENERS {
        let mut cap = o.to_string();
        cap[..1].make_ascii_uppercase();
        forms.extend([o.to_string(), cap, o.to_uppercase()]);
    }
    AnyOf::new(&forms.iter().map(String::as_str).collect::<Vec<_>>())
});

/// The dollar a note of the text names, if it names one besides the US dollar.
pub fn noted_dollar(s: &str) -> Option<&'static str> {
    NOTES.match_ends(s.as_bytes()).into_iter().find_map(|at| {
        let end = s.floor_char_boundary((at + NOTE_TAIL).min(s.len()));
        let tail = s[at..end]
            .split(['.', '\n', ';'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let words: Vec<&str> = tail
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '*' | '_'))
            .filter(|w| !w.is_empty())
            .collect();
        // The currency opens the note's words ("in CAD", "are in Australian dollars", "sont
        // en dollars canadiens"): a word naming it among the first four, and a currency's
        // word (its code, "dollars") among them too.
        let head = &words[..words.len().min(4)];
        let dollars = |w: &&str| w.starts_with("dollar") || w.ends_with('$');
        if head.iter().any(|w| matches!(*w, "usd" | "us$")) || tail.contains("us dollar") {
            return Some("USD");
        }
        NOTED.iter().find_map(|(iso, names)| {
            let named = names
                .iter()
                .any(|n| head.contains(n) || (n.contains(' ') && head.join(" ").contains(n)));
            let code = head.contains(&iso.to_lowercase().as_str());
            (named && (code || head.iter().any(dollars))).then_some(*iso)
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
    if iso == "USD" {
        return true;
    }
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
        assert_eq!(noted_dollar("All figures in US dollars."), Some("USD"));
        assert_eq!(
            noted_dollar("All figures are in US dollars, converted from Australian dollars."),
            Some("USD")
        );
        // A sentence that opens like a note but names no currency first is none.
        assert_eq!(
            noted_dollar("All figures in the survey came from Canadian and American firms."),
            None
        );
        assert_eq!(
            noted_dollar("Tous les montants investis par les fonds canadiens ont doublé."),
            None
        );
        // The currency must be in the note's sentence.
        assert_eq!(
            noted_dollar("All figures in this table are estimates. Canadian firms lead."),
            None
        );
        assert_eq!(noted_dollar("Canadian AI firms raised $3 billion."), None);
    }
}
