//! The small word lists the reranker's features look for around a mention, looked up in one
//! hash table.

use crate::extract::entities::wordhash::WordHashBuild;
use crate::extract::rank::layout::{
    AGENT, FOR, FROM, LOCATIVE, PREP, SAID_AFTER, SOURCE, VERB_AFTER,
};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Words before a mention, each list with the feature it sets.
const PREPOSITIONS: &[(&[&str], usize)] = &[
    (
        &[
            "by",
            "from",
            "in",
            "at",
            "to",
            "for",
            "with",
            "of",
            "according",
            "on",
            "into",
            "than",
            "via",
            "across",
            "near",
            "outside",
            "including",
            "like",
            "par",
            "de",
            "du",
            "des",
            "en",
            "à",
            "au",
            "aux",
            "pour",
            "avec",
            "selon",
            "dans",
            "chez",
            "sur",
            "vers",
            "auprès",
            "près",
            "d",
            "l",
            "que",
        ],
        PREP,
    ),
    (&["by", "par"], AGENT),
    (
        &["in", "at", "en", "à", "au", "dans", "near", "près"],
        LOCATIVE,
    ),
    (&["from", "de", "du", "des", "auprès"], FROM),
    (&["for", "pour", "to", "into"], FOR),
];

/// "according to X", "selon X": the word before last.
const SOURCE_WORDS: &[&str] = &["according", "selon"];
/// A speech verb right after a mention.
const SAID: &[&str] = &[
    "said",
    "says",
    "told",
    "estimates",
    "estime",
    "indique",
    "affirme",
    "reported",
    "explique",
    "précise",
    "souligne",
];
/// A verb of doing or having right after a mention.
const VERBS: &[&str] = &[
    "a",
    "ont",
    "has",
    "have",
    "had",
    "will",
    "would",
    "is",
    "was",
    "va",
    "vont",
    "plans",
    "prévoit",
    "invests",
    "invested",
    "investit",
    "investira",
    "raised",
    "raises",
    "lève",
    "spent",
    "spends",
    "announced",
    "annonce",
    "compte",
    "injecte",
    "mise",
    "consacre",
    "dépense",
];
/// A sentence opening on one of these takes up an actor named before.
const PRONOUNS: &[&str] = &[
    "it", "its", "they", "their", "elle", "il", "son", "sa", "ses", "leur", "leurs", "elles", "ils",
];
const ARTICLES: &[&str] = &["the", "le", "la", "l"];
const NOUNS: &[&str] = &[
    "company",
    "group",
    "firm",
    "startup",
    "groupe",
    "société",
    "entreprise",
    "start",
    "firme",
    "fund",
    "fonds",
    "bank",
    "banque",
    "government",
    "gouvernement",
    "state",
    "état",
    "lab",
    "laboratoire",
    "operator",
    "opérateur",
    "consortium",
    "partners",
    "partenaires",
    "maker",
    "fabricant",
    "giant",
    "géant",
    "chipmaker",
    "ministry",
    "ministère",
    "agency",
    "agence",
];

/// Every listed word (lower case, as bytes) and the features it sets, as bits: bit `f` for
/// feature `f - PREP` ([`PREP`] to [`VERB_AFTER`] are consecutive).
static LISTED: LazyLock<HashMap<&'static [u8], u16, WordHashBuild>> = LazyLock::new(|| {
    let mut m: HashMap<&'static [u8], u16, WordHashBuild> = HashMap::default();
    let lists = PREPOSITIONS.iter().copied().chain([
        (SOURCE_WORDS, SOURCE),
        (SAID, SAID_AFTER),
        (VERBS, VERB_AFTER),
    ]);
    for (words, feature) in lists {
        for w in words {
            *m.entry(w.as_bytes()).or_default() |= 1 << (feature - PREP);
        }
    }
    m
});

/// The longest listed word, in bytes: a longer word is none of them.
const LONGEST: usize = 9;

/// The features a word sets (see [`LISTED`]), compared without ASCII case.
pub fn features_of(w: &str) -> u16 {
    let w = w.as_bytes();
    if w.is_empty() || w.len() > LONGEST {
        return 0;
    }
    let mut lower = [0u8; LONGEST];
    for (l, b) in lower.iter_mut().zip(w) {
        *l = b.to_ascii_lowercase();
    }
    LISTED.get(&lower[..w.len()]).copied().unwrap_or(0)
}

/// Whether word `w` sets `feature`.
#[cfg(test)]
pub fn sets(w: &str, feature: usize) -> bool {
    has(features_of(w), feature)
}

/// Whether the features `bits` (from [`features_of`]) hold `feature`.
pub fn has(bits: u16, feature: usize) -> bool {
    bits & (1 << (feature - PREP)) != 0
}

/// Whether `w` sets [`SOURCE`] ("according", "selon"), the one feature read of the word
/// before last: two comparisons, no look-up.
pub fn is_source(w: &str) -> bool {
    is_in(w, SOURCE_WORDS)
}

fn is_in(w: &str, list: &[&str]) -> bool {
    !w.is_empty() && list.iter().any(|c| w.eq_ignore_ascii_case(c))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the char of `t` ending at byte `i` is a word char, and where it starts (ASCII read
/// as bytes, the rest decoded).
#[inline(always)]
fn char_before(t: &str, i: usize) -> (bool, usize) {
    let c = t.as_bytes()[i - 1];
    if c < 0x80 {
        return (c.is_ascii_alphanumeric(), i - 1);
    }
    let start = t.floor_char_boundary(i - 1);
    let word = t[start..i].chars().next().is_some_and(is_word_char);
    (word, start)
}

/// The last two words of `s[lo..at]` (last first), apostrophes and punctuation aside.
pub fn prev_words(s: &str, lo: usize, at: usize) -> (&str, &str) {
    let lo = s.floor_char_boundary(lo.min(at));
    let t = s.get(lo..at).unwrap_or("");
    let mut i = t.len();
    let mut word = || {
        // Back to the word's last char, then to its first.
        let end = loop {
            if i == 0 {
                return "";
            }
            let (w, start) = char_before(t, i);
            if w {
                break i;
            }
            i = start;
        };
        while i > 0 {
            let (w, start) = char_before(t, i);
            if !w {
                break;
            }
            i = start;
        }
        &t[i..end]
    };
    let w1 = word();
    let w2 = word();
    (w1, w2)
}

/// The first word of `s[at..hi]`.
pub fn next_word(s: &str, at: usize, hi: usize) -> &str {
    let t = s.get(at..hi.max(at)).unwrap_or("");
    let mut chars = t.char_indices();
    let Some((start, _)) = chars.find(|&(_, c)| is_word_char(c)) else {
        return "";
    };
    let end = chars
        .find(|&(_, c)| !is_word_char(c))
        .map_or(t.len(), |(i, _)| i);
    &t[start..end]
}

/// Whether the sentence opens on a pronoun or on "the company", "le groupe" and the like.
pub fn starts_with_reference(sentence: &str) -> bool {
    let mut words = sentence
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    let w1 = words.next().unwrap_or("");
    if is_in(w1, PRONOUNS) {
        return true;
    }
    is_in(w1, ARTICLES) && is_in(words.next().unwrap_or(""), NOUNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_fits_the_bound_and_is_found_in_any_case() {
        let all = PREPOSITIONS
            .iter()
            .flat_map(|(list, _)| list.iter())
            .chain(SOURCE_WORDS)
            .chain(SAID)
            .chain(VERBS);
        assert_eq!(all.map(|w| w.len()).max(), Some(LONGEST));
        assert!(sets("By", AGENT) && sets("by", PREP) && !sets("by", FROM));
        assert!(sets("auprès", FROM) && sets("Selon", SOURCE) && sets("SAID", SAID_AFTER));
        assert!(sets("investira", VERB_AFTER) && !sets("investira", SAID_AFTER));
        assert_eq!(features_of("Orbitex"), 0);
        assert_eq!(features_of("an-extremely-long-word"), 0);
    }

    #[test]
    fn words_around_a_mention() {
        let s = "Selon d'Orbitex, the deal signed by Veltra said";
        let at = s.find("Veltra").unwrap();
        assert_eq!(prev_words(s, 0, at), ("by", "signed"));
        assert_eq!(prev_words(s, 0, s.find("Orbitex").unwrap()), ("d", "Selon"));
        assert_eq!(next_word(s, at + "Veltra".len(), s.len()), "said");
        let s = "levés auprès d\u{2019}Été Capital, «\u{a0}Orbitex";
        assert_eq!(prev_words(s, 0, s.find("Été").unwrap()), ("d", "auprès"));
        assert_eq!(
            prev_words(s, 0, s.find("Orbitex").unwrap()),
            ("Capital", "Été")
        );
        assert_eq!(prev_words(s, 2, s.find("auprès").unwrap()), ("vés", ""));
        assert_eq!(prev_words(s, 0, 0), ("", ""));
        assert_eq!(next_word(s, s.find(" d").unwrap(), s.len()), "d");
        assert_eq!(
            next_word(s, s.find("Capital").unwrap() + 7, s.len()),
            "Orbitex"
        );
    }

    #[test]
    fn a_reference_opens_the_sentence() {
        assert!(starts_with_reference("Le groupe investira 3 milliards."));
        assert!(starts_with_reference("« Elle a levé 20 millions »"));
        assert!(starts_with_reference("The fund would contribute $6bn."));
        assert!(!starts_with_reference("The market will grow."));
        assert!(!starts_with_reference("Orbitex will spend $2bn."));
    }
}
