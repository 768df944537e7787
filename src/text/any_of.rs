//! Whether a short stretch holds one of several literal strings, told in one pass: the rules'
//! prefilters ask this of the words before every amount, and a `memchr::memmem` search per
//! string would read the stretch once per string.

use aho_corasick::packed;
use regex::bytes::Regex;

/// A set of literal strings, searched together: by a packed (SIMD) multi-literal searcher when
/// the set fits one — the search `regex` itself runs for such a set, without the regex built
/// around it, nor its per-search bookkeeping — and by a regex otherwise.
pub enum AnyOf {
    Packed(packed::Searcher),
    Regex(Regex),
}

impl AnyOf {
    /// The set of `literals` (at least one, none empty).
    pub fn new(literals: &[&str]) -> AnyOf {
        assert!(
            !literals.is_empty() && literals.iter().all(|l| !l.is_empty()),
            "an empty literal would match anywhere"
        );
        if let Some(searcher) = packed::Searcher::new(literals) {
            return AnyOf::Packed(searcher);
        }
        let pattern = literals
            .iter()
            .map(|l| regex::escape(l))
            .collect::<Vec<_>>()
            .join("|");
        AnyOf::Regex(Regex::new(&pattern).expect("escaped literals make a valid pattern"))
    }

    /// Whether `hay` holds one of the literals, as they are written (case and all).
    pub fn found_in(&self, hay: &[u8]) -> bool {
        match self {
            AnyOf::Packed(searcher) => searcher.find(hay).is_some(),
            AnyOf::Regex(re) => re.is_match(hay),
        }
    }

    /// Where each match of a literal in `hay` ends, left to right, matches not overlapping.
    pub fn match_ends(&self, hay: &[u8]) -> Vec<usize> {
        match self {
            AnyOf::Packed(searcher) => searcher.find_iter(hay).map(|m| m.end()).collect(),
            AnyOf::Regex(re) => re.find_iter(hay).map(|m| m.end()).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_any_literal_as_written() {
        let set = AnyOf::new(&["cap", "seuil", "d'après", "a.b|c"]);
        assert!(set.found_in(b"capped at"));
        assert!(set.found_in("au-delà d'un seuil".as_bytes()));
        assert!(set.found_in("d'après RTE".as_bytes()));
        assert!(set.found_in(b"x a.b|c y"));
        assert!(!set.found_in(b"Cap"));
        assert!(!set.found_in(b"axb"));
        assert!(!set.found_in(b""));
        assert_eq!(set.match_ends(b"cap, seuil"), vec![3, 10]);
    }

    #[test]
    fn a_set_too_large_for_the_packed_search_still_answers() {
        let words: Vec<String> = (0..200).map(|i| format!("w{i}.x")).collect();
        let literals: Vec<&str> = words.iter().map(String::as_str).collect();
        let set = AnyOf::new(&literals);
        assert!(matches!(set, AnyOf::Regex(_)));
        assert!(set.found_in(b"a w199.x b"));
        assert!(set.found_in(b"w0.x"));
        assert!(!set.found_in(b"w0x w200.x"));
    }
}
