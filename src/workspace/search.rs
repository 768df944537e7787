//! Full-text search over the corpus, case- and accent-insensitive.
//!
//! Each article gets a folded copy once (lower case, accents stripped, ligatures expanded,
//! look-alike apostrophes, dashes and spaces unified) with, for every folded byte, the char of
//! the original it came from; queries are folded the same way and found with `memmem`, then
//! mapped back to char ranges of the original text.

use crate::text::normalize_char;
use memchr::memmem;
use std::ops::Range;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Most hits kept for one query (the counter says "n of N" over these).
pub const MAX_HITS: usize = 100_000;

/// Appends the folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let c = normalize_char(c);
    match c {
        'œ' | 'Œ' => return out.push_str("oe"),
        'æ' | 'Æ' => return out.push_str("ae"),
        'ß' => return out.push_str("ss"),
        '\u{00A0}' => return out.push(' '),
        _ => {}
    }
    for l in c.to_lowercase() {
        if l.is_ascii() {
            out.push(l);
            continue;
        }
        decompose_canonical(l, |d| {
            if !is_combining_mark(d) {
                out.push(d);
            }
        });
    }
}

/// The folded form of a whole string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// One article's folded copy and the way back to its chars.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    /// For each byte of `text`, the char of the original it comes from; one more at the end.
    origin: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut n = 0u32;
        for c in original.chars() {
            let before = text.len();
            fold_char(c, &mut text);
            origin.resize(text.len(), n);
            debug_assert!(text.len() >= before);
            n = n.saturating_add(1);
        }
        origin.push(n);
        Folded { text, origin }
    }

    /// Char ranges of the original where the folded `needle` occurs, in order, at most `limit`.
    pub fn find(&self, needle: &str, limit: usize) -> Vec<Range<usize>> {
        if needle.is_empty() || limit == 0 {
            return Vec::new();
        }
        memmem::find_iter(self.text.as_bytes(), needle.as_bytes())
            .take(limit)
            .filter_map(|b| {
                let start = *self.origin.get(b)? as usize;
                let last = *self.origin.get(b + needle.len() - 1)? as usize;
                Some(start..last + 1)
            })
            .collect()
    }
}

/// A hit: article index and char range in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub article: usize,
    pub range: Range<usize>,
}

/// Every hit of `query` across `corpus` (folded copies in article order), in reading order.
pub fn search(corpus: &[Folded], query: &str) -> Vec<Hit> {
    let needle = fold(query.trim());
    let mut hits = Vec::new();
    if needle.is_empty() {
        return hits;
    }
    for (article, f) in corpus.iter().enumerate() {
        let left = MAX_HITS - hits.len();
        hits.extend(
            f.find(&needle, left)
                .into_iter()
                .map(|range| Hit { article, range }),
        );
        if hits.len() >= MAX_HITS {
            break;
        }
    }
    hits
}

/// The hits of `article` (a slice of `hits`, which are in reading order).
pub fn hits_of(hits: &[Hit], article: usize) -> &[Hit] {
    let a = hits.partition_point(|h| h.article < article);
    let b = hits.partition_point(|h| h.article <= article);
    &hits[a..b]
}

/// Index of the first hit at or after (`article`, `char`), wrapping to the first hit.
pub fn first_from(hits: &[Hit], article: usize, char: usize) -> Option<usize> {
    if hits.is_empty() {
        return None;
    }
    let i = hits.partition_point(|h| (h.article, h.range.start) < (article, char));
    Some(if i < hits.len() { i } else { 0 })
}

/// The next (or previous) hit after `current`, wrapping around the corpus.
pub fn step(current: Option<usize>, len: usize, forward: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    Some(match (current, forward) {
        (None, true) => 0,
        (None, false) => len - 1,
        (Some(i), true) => (i + 1) % len,
        (Some(i), false) => (i + len - 1) % len.max(1),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(original: &str, hits: &[Range<usize>]) -> Vec<String> {
        hits.iter()
            .map(|r| original.chars().skip(r.start).take(r.len()).collect())
            .collect()
    }

    #[test]
    fn folding_ignores_case_accents_and_look_alikes() {
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("ÉTATS\u{2011}UNIS"), "etats-unis");
        assert_eq!(fold("L’Œuvre"), "l'oeuvre");
        assert_eq!(fold("12\u{202F}000"), "12 000");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn hits_map_back_to_original_chars() {
        let t = "L’Élysée et l'ELYSEE, puis Cœur et COEUR à Straße.";
        let f = Folded::new(t);
        let hits = f.find(&fold("élysée"), 10);
        assert_eq!(texts(t, &hits), ["Élysée", "ELYSEE"]);
        assert_eq!(hits[0], 2..8);
        let hits = f.find(&fold("l'e"), 10);
        assert_eq!(texts(t, &hits), ["L’É", "l'E"]);
        let hits = f.find(&fold("coeur"), 10);
        assert_eq!(texts(t, &hits), ["Cœur", "COEUR"]);
        // Half a ligature still maps to the whole original char.
        assert_eq!(texts(t, &f.find("oe", 10)), ["œ", "OE"]);
        assert_eq!(texts(t, &f.find("strasse", 10)), ["Straße"]);
        assert_eq!(f.find("", 10), Vec::<Range<usize>>::new());
        assert_eq!(f.find("elysee", 1).len(), 1);
    }

    #[test]
    fn corpus_search_orders_hits_and_steps_around() {
        let corpus = [
            Folded::new("Mistral et mistral"),
            Folded::new("rien"),
            Folded::new("MISTRAL"),
        ];
        let hits = search(&corpus, "  Mistral ");
        let at: Vec<(usize, usize)> = hits.iter().map(|h| (h.article, h.range.start)).collect();
        assert_eq!(at, [(0, 0), (0, 11), (2, 0)]);
        assert_eq!(hits_of(&hits, 0).len(), 2);
        assert_eq!(hits_of(&hits, 1).len(), 0);
        assert_eq!(hits_of(&hits, 2)[0].article, 2);
        assert_eq!(first_from(&hits, 1, 0), Some(2));
        assert_eq!(first_from(&hits, 2, 1), Some(0));
        assert_eq!(step(Some(2), 3, true), Some(0));
        assert_eq!(step(Some(0), 3, false), Some(2));
        assert_eq!(step(None, 3, false), Some(2));
        assert_eq!(step(None, 0, true), None);
        assert!(search(&corpus, "   ").is_empty());
    }
}
