//! Whether a short stretch holds one of several literal strings, told in one pass: the rules'
//! prefilters ask this of the words before every amount, and a `memchr::memmem` search per
//! string would read the stretch once per string.

use regex::bytes::Regex;

/// A set of literal strings, searched together (by `regex`'s multi-literal search).
pub struct AnyOf(Regex);

impl AnyOf {
    /// The set of `literals` (at least one, none empty).
    pub fn new(literals: &[&str]) -> AnyOf {
        assert!(
            !literals.is_empty() && literals.iter().all(|l| !l.is_empty()),
            "an empty literal would match anywhere"
        );
        let pattern = literals
            .iter()
            .map(|l| regex::escape(l))
            .collect::<Vec<_>>()
            .join("|");
        AnyOf(Regex::new(&pattern).expect("escaped literals make a valid pattern"))
    }

    /// Whether `hay` holds one of the literals, as they are written (case and all).
    pub fn found_in(&self, hay: &[u8]) -> bool {
        self.0.is_match(hay)
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
    }
}
