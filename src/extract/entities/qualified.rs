//! Known bodies named by a generic noun ("Bank of Japan", "Fonds européen"): a capitalised
//! word before one makes another body ("Development Bank of Japan"), not that one.

/// Nouns that name a kind of body, opening a known name.
const GENERIC_HEADS: &[&str] = &[
    "bank",
    "banque",
    "fund",
    "fonds",
    "agency",
    "agence",
    "authority",
    "autorité",
    "corporation",
    "council",
    "conseil",
    "institute",
    "institut",
    "office",
    "commission",
    "ministry",
    "ministère",
    "department",
    "board",
];

/// `name` (a known name as the text writes it) opens on a generic noun of a body and goes on.
pub fn generic_head(name: &str) -> bool {
    let mut words = name.split(' ');
    let first = words.next().unwrap_or_default();
    words.next().is_some() && GENERIC_HEADS.iter().any(|g| first.eq_ignore_ascii_case(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_name_opening_on_a_generic_noun() {
        assert!(generic_head("Bank of Japan"));
        assert!(generic_head("Banque de France"));
        assert!(!generic_head("Bank"));
        assert!(!generic_head("Nvidia"));
        assert!(!generic_head("SoftBank Group"));
    }
}
