//! Known names inside longer ones: a capitalised word before a known body named by a generic
//! noun makes another body ("Development Bank of Japan", not "Bank of Japan"), and a known name
//! opening a fund's name after the word "fonds" is that fund's ("French Tech Souveraineté").

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

/// The name starting at `at` follows a lower-case noun of a fund or programme ("son fonds
/// French Tech Souveraineté", "the fund Quantil Growth").
pub fn after_fund_noun(s: &str, at: usize) -> bool {
    let before = s[..at].trim_end_matches(' ');
    if before.len() == at {
        return false;
    }
    let word = before.rsplit([' ', '\n']).next().unwrap_or(before);
    ["fonds", "fund", "programme", "program", "dispositif"].contains(&word)
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

    #[test]
    fn a_name_after_a_fund_noun() {
        let s = "via son fonds French Tech Souveraineté";
        assert!(after_fund_noun(s, s.find("French").unwrap()));
        let s = "le Fonds French Tech";
        assert!(!after_fund_noun(s, s.find("French").unwrap()));
    }
}
