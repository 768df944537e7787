//! A page's related-links box as plain text keeps it ("Read also: Nvidia buys …", "À lire
//! aussi" over a list of headlines, "Most Read from Bloomberg"): the amounts in those other
//! articles' headlines are no figures of this one.

use super::list_units::line_spans;
use crate::extract::FigureHit;

/// The words such a box opens on, in lower case, and whether they may open prose too (then
/// the line must be a short label, or the words be followed by a box's word).
const OPENERS: &[(&str, bool)] = &[
    ("read also", false),
    ("also read", false),
    ("read more", false),
    ("related", true),
    ("see also", false),
    ("more from", true),
    ("most read", false),
    ("à lire aussi", false),
    ("a lire aussi", false),
    ("à lire également", false),
    ("lire aussi", false),
    ("lire également", false),
    ("lisez aussi", false),
    ("à voir aussi", false),
    ("voir aussi", false),
    ("les plus lus", false),
    ("sur le même sujet", false),
    ("dans la même rubrique", false),
];

/// Words after "Related" that name a box ("Related articles", "Related Topics").
const RELATED_BOXES: &[&str] = &[
    "article", "articles", "stories", "story", "topics", "coverage", "reading", "news", "links",
    "content",
];

/// How many headlines a box under its own label may list.
const BOX_LINES: usize = 10;
/// How long a headline's line may be (bytes).
const HEADLINE: usize = 200;

/// The byte ranges of the text's related-links lines.
pub fn related_lines(s: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut lines = line_spans(s).peekable();
    while let Some(line) = lines.next() {
        let Some(label_only) = opener(&s[line.clone()]) else {
            continue;
        };
        out.push(line.clone());
        if !label_only {
            continue;
        }
        // Under a label alone, the headlines down to the next blank line (past one blank
        // line right under the label), none a sentence of prose.
        if lines.peek().is_some_and(|l| s[l.clone()].trim().is_empty()) {
            lines.next();
        }
        let mut n = 0;
        while let Some(l) = lines.peek().cloned() {
            let t = s[l.clone()].trim();
            if t.is_empty() || t.len() > HEADLINE || prose_end(t) || n == BOX_LINES {
                break;
            }
            out.push(l);
            lines.next();
            n += 1;
        }
    }
    out
}

/// A line ending as a sentence of prose does ("… she said.", "… « C'est historique. »",
/// "…!"), not as a headline (which may end on a question mark).
fn prose_end(t: &str) -> bool {
    let t = t.trim_end_matches(['”', '"', '»', ')', '\u{a0}', '\u{202f}', ' ', '*', '_']);
    t.ends_with(['.', '!', '…'])
}

/// Drops the figures that stand on one of the related-links `lines`.
pub fn drop_related(lines: &[std::ops::Range<usize>], figures: &mut Vec<FigureHit>) {
    if lines.is_empty() {
        return;
    }
    figures.retain(|f| !lines.iter().any(|l| l.contains(&f.span.start)));
}

/// Whether the line opens a related-links box: `Some(true)` when it is the box's label
/// alone, `Some(false)` when a headline follows on the line.
fn opener(line: &str) -> Option<bool> {
    let t = line.trim_start_matches([' ', '*', '#', '>', '-', '_', '\t']);
    // (Most lines open on another letter: the openers start with one of eight.)
    if !t.starts_with([
        'r', 'R', 'a', 'A', 'à', 'À', 'l', 'L', 's', 'S', 'm', 'M', 'v', 'V', 'd', 'D',
    ]) {
        return None;
    }
    let &(o, prose) = OPENERS.iter().find(|(o, _)| opens_with(t, o))?;
    // ("À" and "à" are as long in UTF-8: the opener's length is the line's.)
    let rest_at = o.len();
    let rest = t[rest_at..].trim_end_matches([' ', '*', '_', '\r']);
    // The opener is a word of its own, no prose's ("Sur le même sujet, Mistral AI a levé …",
    // "Related-party revenue: $12 million").
    if rest
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | '\'' | '’'))
    {
        return None;
    }
    let rest = rest.trim_start_matches([' ', ':', '|', '-', '–', '—', '\u{a0}', '*', '_']);
    if prose {
        let first = rest
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let short_label = t.len() <= 60 && !t.trim_end().ends_with('.');
        let boxed = RELATED_BOXES.contains(&first.as_str());
        // "Related: Lafayette council weighs …" — a colon says it is a label too.
        let colon = t[rest_at..].trim_start().starts_with([':', '|']);
        let digit = rest.contains(|c: char| c.is_ascii_digit());
        if !(boxed || colon || (short_label && !digit)) {
            return None;
        }
        // (A label holds no figure: "Related costs: $12 million" is a line of accounts.)
        let label_only = !rest.contains(|c: char| c.is_ascii_digit())
            && (rest.is_empty()
                || (boxed && rest.split_whitespace().count() == 1)
                || (!colon && short_label));
        return Some(label_only);
    }
    Some(rest.is_empty())
}

/// `t` opens with `opener` (lower case), in any case: ASCII letters compared without case,
/// a leading "à" also as "À".
fn opens_with(t: &str, opener: &str) -> bool {
    // (The first bytes tell most openers apart; "à" and "À" share theirs.)
    if t.as_bytes().first().map(u8::to_ascii_lowercase) != opener.as_bytes().first().copied() {
        return false;
    }
    let (t, opener) = match opener.strip_prefix('à') {
        Some(rest) => match t.strip_prefix('à').or_else(|| t.strip_prefix('À')) {
            Some(t) => (t, rest),
            None => return false,
        },
        None => (t, opener),
    };
    t.len() >= opener.len()
        && t.is_char_boundary(opener.len())
        && t[..opener.len()].eq_ignore_ascii_case(opener)
        || opener.contains('é')
            && t.len() >= opener.len()
            && t.as_bytes()[0].eq_ignore_ascii_case(&opener.as_bytes()[0])
            && t.is_char_boundary(opener.len())
            && t[..opener.len()].to_lowercase() == opener
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<&str> {
        related_lines(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn a_label_and_its_headlines_or_a_headline_on_the_labels_line() {
        let s = "Body, $5 billion.\n\nÀ lire aussi\nData centers : le Luxembourg double sa \
                 capacité\nNvidia, la machine à 5 000 milliards\n\nAbonnez-vous.\n\nRead also: \
                 Danantara taps bond market for Rp 50 trillion\nMore body.";
        assert_eq!(
            lines(s),
            vec![
                "À lire aussi",
                "Data centers : le Luxembourg double sa capacité",
                "Nvidia, la machine à 5 000 milliards",
                "Read also: Danantara taps bond market for Rp 50 trillion"
            ]
        );
        // One blank line under a label alone; a sentence of prose ends the box.
        let s = "Related articles\n\nNuclear start-up seeks £2bn\nTeesside plan stalls\n\nBody.";
        assert_eq!(lines(s).len(), 3, "{:?}", lines(s));
        let s = "READ MORE\nJohor pipeline swells to 5GW\nSeparately, the Government will spend \
                 S$1.2 billion.";
        assert_eq!(lines(s).len(), 2, "{:?}", lines(s));
        // A quote closing the sentence ends the box too; a headline's question does not.
        let s = "Read more\nNvidia's China problem?\nNvidia will invest $5 billion, Jensen Huang \
                 said: “This is historic.”";
        assert_eq!(lines(s).len(), 2, "{:?}", lines(s));
    }

    #[test]
    fn labels_in_capitals_and_with_accents() {
        for s in [
            "À LIRE AUSSI\nUn titre",
            "LIRE ÉGALEMENT : Un titre",
            "a lire aussi : Un titre",
            "Also Read\nUn titre",
        ] {
            assert!(!lines(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn prose_opening_on_the_same_words_is_no_box() {
        for s in [
            "Related costs rose to $5 billion in 2025, the company said, as it built more.",
            "More from the same fund went to Kestrel, which raised $40 million on Tuesday.",
            "Readiness matters.",
            "Lire aussiette.",
            "Sur le même sujet, Mistral AI a annoncé une levée de 600 millions d'euros.",
            "Related-party revenue: $12 million\nTotal revenue: $140 million",
            "Related costs: $12 million\nTotal revenue: $140 million",
        ] {
            assert!(lines(s).is_empty(), "{s}");
        }
    }
}
