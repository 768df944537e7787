//! Text plumbing shared by the engine, the corpus, the project and the app: a char-for-char normalised view, offset conversion, and
//! paragraph/sentence segmentation.
//!
//! Normalisation replaces look-alike characters one for one (curly apostrophes → `'`, the
//! non-breaking hyphen U+2011 → `-`, no-break and thin spaces → ` `, curly double quotes → `"`),
//! so the normalised text has exactly as many chars as the original: char offsets are shared, only
//! byte offsets differ. Stages match on the normalised text and report byte ranges into it.

mod any_of;
mod char_index;
pub mod chars;
mod lang;
mod lower;
mod norm;
mod offsets;
mod sentence_index;
pub mod swar;
pub mod table;

pub use any_of::AnyOf;
pub use char_index::CharIndex;
pub use lang::{Lang, detect_lang};
pub use lower::{lower, lower_in_place, with_lower};
pub use norm::{NormText, normalize_char};
pub use offsets::OffsetSweep;
pub use sentence_index::SentenceIndex;
use std::ops::Range;

/// The byte range `a..b` of `s` moved inward onto char boundaries: empty when reversed, never
/// past the end. The engine reads a few bytes around a position with it.
pub fn inner(s: &str, a: usize, b: usize) -> Range<usize> {
    let b = s.floor_char_boundary(b.min(s.len()));
    let a = s.ceil_char_boundary(a.min(b));
    a..b
}

/// The text of [`inner`]`(s, a, b)`.
pub fn around(s: &str, a: usize, b: usize) -> &str {
    &s[inner(s, a, b)]
}

/// Where the last ", " of `t` starts: `t.rfind(", ")`, read back from its commas.
pub fn rfind_comma(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    memchr::memrchr_iter(b',', b).find(|&i| b.get(i + 1) == Some(&b' '))
}

/// Calls `f` with the last `n` bytes (or fewer, on a char boundary) of `s` before `at`, trimmed
/// at the end and lower-cased: what the words right before a position say.
pub fn with_lower_tail<R>(s: &str, at: usize, n: usize, f: impl FnOnce(&str) -> R) -> R {
    with_lower(around(s, at.saturating_sub(n), at).trim_end(), f)
}

/// Byte ranges of the paragraphs (non-empty lines, trimmed) of `s`.
pub fn paragraphs(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line = |start: usize, end: usize| {
        let body = s[start..end].trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
    };
    // The lines of `split_inclusive('\n')`, found with the vectorised memchr.
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', s.as_bytes()) {
        line(start, nl + 1);
        start = nl + 1;
    }
    if start < s.len() {
        line(start, s.len());
    }
    out
}

/// Words after which a period does not end a sentence (lower-cased, without the period).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "mr", "mrs", "ms", "st", "ste", "jr", "sr",
    "inc", "corp", "ltd", "co", "cie", "no", "n°", "vs", "etc", "cf", "p", "pp", "ex", "env",
    "janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "e.g", "i.e", "u.s", "u.k", "gen", "gov", "sen", "rep",
    "prof",
];

/// Byte ranges of the sentences of `s`. A sentence ends at a line break, or at `.`, `!`, `?`
/// or `…` followed by white space and a capital, digit, quote or dash — unless the period
/// closes an abbreviation or an initial.
pub fn sentences(s: &str) -> Vec<Range<usize>> {
    sentences_in(s, &paragraphs(s))
}

/// [`sentences`] of `s`, given its [`paragraphs`].
pub fn sentences_in(s: &str, paras: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for para in paras.iter().cloned() {
        let p = &s[para.clone()];
        let pb = p.as_bytes();
        let mut start = 0;
        let mut i = 0;
        // Only '.', '!', '?' and '…' can end a sentence: jump from one to the next.
        let mut ellipsis = find_ellipsis(pb);
        while i < pb.len() {
            if ellipsis.is_some_and(|e| e < i) {
                ellipsis = find_ellipsis(&pb[i..]).map(|k| i + k);
            }
            let stop = memchr::memchr3(b'.', b'!', b'?', &pb[i..]).map(|k| i + k);
            let Some(at) = [stop, ellipsis].into_iter().flatten().min() else {
                break;
            };
            i = at;
            let c = match pb[i] {
                b'.' => '.',
                b'!' => '!',
                b'?' => '?',
                _ => '…',
            };
            let after = i + c.len_utf8();
            i = after;
            // A letter or digit right after it ("4.5", "reuters.com"): no end here.
            if pb.get(after).is_none_or(u8::is_ascii_alphanumeric) {
                continue;
            }
            let rest = &p[after..];
            // Closing quotes/brackets stay with the sentence, and so do the marks closing a
            // Markdown run-in heading ("**India's gigawatt.** Narmada Data said …").
            let closers = rest.len()
                - rest
                    .trim_start_matches(['"', '»', ')', ']', '\'', '*', '_'])
                    .len();
            let rest2 = &rest[closers..];
            let ws = rest2.len() - rest2.trim_start().len();
            if ws == 0 {
                continue;
            }
            let next = rest2[ws..].trim_start_matches(['*', '_']).chars().next();
            let starts_new = next.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_numeric()
                    || matches!(n, '"' | '«' | '-' | '–' | '—' | '(' | '[')
            });
            if !starts_new {
                continue;
            }
            if c == '.' && ends_with_abbreviation(&p[start..after - 1]) {
                continue;
            }
            let end = after + closers;
            push_trimmed(&mut out, para.start, &p[start..end], start);
            start = end + ws;
            i = start;
        }
        push_trimmed(&mut out, para.start, &p[start..], start);
    }
    out
}

/// The first '…' (E2 80 A6) in `h`: its lead byte found with memchr (no searcher to build).
fn find_ellipsis(h: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(k) = h.get(i..).and_then(|t| memchr::memchr(0xE2, t)) {
        let p = i + k;
        if h.get(p + 1..p + 3) == Some(&[0x80, 0xA6][..]) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

fn push_trimmed(out: &mut Vec<Range<usize>>, base: usize, piece: &str, offset: usize) {
    let lead = piece.len() - piece.trim_start().len();
    let t = piece.trim();
    if !t.is_empty() {
        let s = base + offset + lead;
        out.push(s..s + t.len());
    }
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = last_word(before);
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let first = chars.next();
    // A single capital letter is an initial ("J. Smith"), "U.S" an acronym with periods.
    if first.is_some_and(|c| c.is_uppercase()) && (chars.as_str().is_empty() || word.contains('.'))
    {
        return true;
    }
    if word.is_ascii() {
        // No abbreviation is longer than 5 bytes; ASCII lower-cases byte for byte.
        if word.len() > 5 {
            return false;
        }
        let mut buf = [0u8; 5];
        let low = &mut buf[..word.len()];
        low.copy_from_slice(word.as_bytes());
        low.make_ascii_lowercase();
        return ABBREVIATION_KEYS.contains(&abbreviation_key(low));
    }
    // Every char lower-cases to at least one byte: over five chars, no listed word.
    if word.chars().count() > 5 {
        return false;
    }
    let lower = lower(word);
    lower.len() <= 5 && ABBREVIATION_KEYS.contains(&abbreviation_key(lower.as_bytes()))
}

/// What `rsplit(|c| c.is_whitespace() || c == '(').next()` gives: the text after the last
/// white space or opening bracket, found byte by byte from the end (a non-ASCII char decoded
/// only when reached).
fn last_word(before: &str) -> &str {
    let b = before.as_bytes();
    let mut i = b.len();
    while let Some(&c) = i.checked_sub(1).and_then(|k| b.get(k)) {
        if c < 0x80 {
            // `char::is_whitespace` for ASCII: the ASCII white space and the vertical tab.
            if c == b'(' || c.is_ascii_whitespace() || c == 0x0B {
                break;
            }
            i -= 1;
            continue;
        }
        let mut k = i - 1;
        while !before.is_char_boundary(k) {
            k -= 1;
        }
        if before[k..i].chars().next().is_some_and(char::is_whitespace) {
            break;
        }
        i = k;
    }
    &before[i..]
}

/// A word of at most 5 bytes packed with its length into an integer, so that the
/// abbreviations compare as integers.
const fn abbreviation_key(w: &[u8]) -> u64 {
    let mut k = (w.len() as u64) << 56;
    let mut i = 0;
    while i < w.len() && i < 7 {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

/// [`ABBREVIATIONS`] as [`abbreviation_key`]s.
const ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut out = [0u64; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < out.len() {
        assert!(ABBREVIATIONS[i].len() <= 5);
        out[i] = abbreviation_key(ABBREVIATIONS[i].as_bytes());
        i += 1;
    }
    out
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bold_run_in_heading_closes_its_sentence() {
        let s = "**India's gigawatt.** Narmada Data said it would invest. *Next.* Then more.";
        let got: Vec<&str> = sentences(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            got,
            [
                "**India's gigawatt.**",
                "Narmada Data said it would invest.",
                "*Next.*",
                "Then more."
            ]
        );
    }

    #[test]
    fn normalisation_keeps_char_count_and_maps_offsets() {
        let s = "L\u{2019}Europe et les \u{C9}tats\u{2011}Unis\u{00A0}: 20\u{202F}000 puces.";
        let n = NormText::new(s);
        assert_eq!(
            n.as_str(),
            "L'Europe et les \u{C9}tats-Unis : 20 000 puces."
        );
        assert_eq!(n.as_str().chars().count(), s.chars().count());
        let b = n.as_str().find("Unis").unwrap();
        let c = n.char_offset(b);
        assert_eq!(s.chars().skip(c).take(4).collect::<String>(), "Unis");
        assert_eq!(n.byte_offset(c), b);
    }

    #[test]
    fn sweep_maps_offsets_to_chars_and_original_bytes() {
        let s =
            "L\u{2019}\u{e9}t\u{e9}\u{a0}: \u{201c}20\u{202f}000\u{201d} puces\t`ok` \u{1F600} fin"
                .repeat(20);
        let n = NormText::new(&s);
        assert!(!n.same_offsets());
        let orig_bytes: Vec<usize> = s.char_indices().map(|(b, _)| b).chain([s.len()]).collect();
        let mut sweep = n.sweep();
        let bounds: Vec<usize> = n.as_str().char_indices().map(|(b, _)| b).collect();
        for &b in bounds.iter().step_by(3) {
            let (c, ob) = sweep.at(b);
            assert_eq!(c, n.char_offset(b));
            assert_eq!(ob, orig_bytes[c]);
        }
        // Going back restarts the sweep.
        assert_eq!(sweep.at(0), (0, 0));
        assert_eq!(sweep.at(n.as_str().len()), (orig_bytes.len() - 1, s.len()));
    }

    #[test]
    fn char_index_round_trips_on_long_mixed_text() {
        let s = "é€a😀".repeat(100);
        let idx = CharIndex::new(&s);
        for (c, (b, _)) in s.char_indices().enumerate() {
            assert_eq!(idx.byte_offset(&s, c), b);
            assert_eq!(idx.char_offset(&s, b), c);
        }
        assert_eq!(idx.byte_offset(&s, 400), s.len());
        assert_eq!(idx.char_offset(&s, s.len()), 400);
    }

    #[test]
    fn sentences_split_on_periods_but_not_abbreviations_or_decimals() {
        let s =
            "M. Dupont a investi 4.5 milliards. Puis Google a suivi! U.S. firms agree.\nNew line";
        let got: Vec<&str> = sentences(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(
            got,
            vec![
                "M. Dupont a investi 4.5 milliards.",
                "Puis Google a suivi!",
                "U.S. firms agree.",
                "New line"
            ]
        );
    }

    /// The abbreviation test as first written: the last word split off, lower-cased with the
    /// standard library, compared with each listed word.
    fn ends_with_abbreviation_by_split(before: &str) -> bool {
        let word = before
            .rsplit(|c: char| c.is_whitespace() || c == '(')
            .next()
            .unwrap_or("");
        if word.is_empty() {
            return false;
        }
        let mut chars = word.chars();
        let first = chars.next();
        if first.is_some_and(|c| c.is_uppercase())
            && (chars.as_str().is_empty() || word.contains('.'))
        {
            return true;
        }
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    }

    const WORD_PIECES: &[&str] = &[
        "m", "M", "mme", "Inc", "INC", "n°", "N°", "déc", "DÉC", "févr", "u.s", "e.g", "prof", "x",
        "é", "\u{212A}", "İ", "ẞ", "(", " ", "\t", "\u{0B}", "\u{85}", "\u{3000}", "\u{a0}", ".",
        "a", "jr", "😀", "1",
    ];

    proptest::proptest! {
        #[test]
        fn abbreviations_are_told_like_the_split(picks in proptest::collection::vec(0usize..WORD_PIECES.len(), 0..8)) {
            let s: String = picks.iter().map(|&k| WORD_PIECES[k]).collect();
            proptest::prop_assert_eq!(ends_with_abbreviation(&s), ends_with_abbreviation_by_split(&s), "{:?}", s);
        }
    }

    #[test]
    fn every_abbreviation_is_one() {
        for a in ABBREVIATIONS {
            for w in [
                a.to_string(),
                format!("x {a}"),
                format!("({}", a.to_uppercase()),
            ] {
                assert_eq!(
                    ends_with_abbreviation(&w),
                    ends_with_abbreviation_by_split(&w),
                    "{w}"
                );
            }
            assert!(ends_with_abbreviation(&format!("le {a}")), "{a}");
        }
    }

    #[test]
    fn language_is_told_from_function_words() {
        assert_eq!(
            detect_lang("La Chine et les États-Unis sont dans la course."),
            Lang::French
        );
        assert_eq!(
            detect_lang("The United States and China are in the race for AI."),
            Lang::English
        );
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let s = "  Titre\n\nCorps du texte.  \r\n";
        let got: Vec<&str> = paragraphs(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(got, vec!["Titre", "Corps du texte."]);
    }
}
