//! References to an actor named before, as words: "the company", "le groupe américain", "the
//! two partners", "the project's", "it", "elle", a sentence-initial "Son" — what they are made
//! of and where they stand in a stretch of text ([`anaphora`](super::anaphora) follows them
//! back).

use super::look_context::ends_with_str;
pub use super::refwords::{COMPANY_HEADS, Class, GOVERNMENT_HEADS, PARTY_HEADS, PROJECT_HEADS};
use super::refwords::{DETERMINERS, Word, word_kind, words};
use crate::text::with_lower;
use std::ops::Range;

/// An anaphor found in the text: its byte span and what it may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anaphor {
    pub span: Range<usize>,
    pub class: Class,
    /// The head noun's span ("department" in "the department"); empty for a pronoun.
    pub head: Range<usize>,
}

/// Words after which "it"/"il" names nothing ("il faut", "it seems").
const EXPLETIVE_AFTER: &[&str] = &[
    "seems", "seemed", "appears", "faut", "faudra", "fallait", "y", "s'agit", "semble",
];
/// "it is expected that", "il est possible": "it"/"il" + a copula + one of these names nothing.
const EXPLETIVE_PREDICATES: &[&str] = &[
    "expected",
    "likely",
    "unlikely",
    "possible",
    "impossible",
    "estimated",
    "thought",
    "believed",
    "clear",
    "unclear",
    "not",
    "hard",
    "difficult",
    "easy",
    "time",
    "worth",
    "said",
    "reported",
    "true",
    "important",
    "necessary",
    "probable",
    "prévu",
    "clair",
    "difficile",
    "nécessaire",
    "temps",
    "vrai",
    "question",
    "vrai",
    "certain",
];
/// Nouns of another party after a possessive ("its parent", "son concurrent").
const OTHER_PARTIES: &[&str] = &[
    "parent",
    "rival",
    "rivals",
    "competitor",
    "competitors",
    "owner",
    "owners",
    "backer",
    "backers",
    "investor",
    "investors",
    "shareholder",
    "shareholders",
    "customer",
    "customers",
    "client",
    "clients",
    "supplier",
    "suppliers",
    "concurrent",
    "concurrents",
    "actionnaire",
    "actionnaires",
    "fournisseur",
    "fournisseurs",
    "propriétaire",
    "maison",
];
const COPULAS: &[&str] = &["is", "was", "'s", "est", "était", "sera", "will", "would"];
/// How many words may stand between a determiner and its head noun ("the world's largest
/// contract chipmaker").
const MAX_MODIFIERS: usize = 4;

/// The last anaphor lying wholly inside `s[range]`.
pub fn last_in(s: &str, range: Range<usize>) -> Option<Anaphor> {
    scan(s, range, true)
}

/// The first anaphor lying wholly inside `s[range]`.
pub fn first_in(s: &str, range: Range<usize>) -> Option<Anaphor> {
    scan(s, range, false)
}

fn scan(s: &str, range: Range<usize>, from_end: bool) -> Option<Anaphor> {
    let raw = s.get(range.clone())?;
    let w = words(raw);
    let word = |k: usize| &raw[w[k].0..w[k].1];
    let kind = |k: usize| word_kind(word(k));
    let at = |k: usize| -> Option<Anaphor> {
        match kind(k) {
            Word::Head(class) => {
                // A capitalised head is a name's own word ("the CHIPS and Science Act"); a
                // head right before a name introduces it ("le supercalculateur Jean Zay").
                // (At most two lower-case adjectives may stand between: "la start-up
                // française Mistral AI".)
                let names_next = (k + 1..w.len().min(k + 4)).any(|n| {
                    (k + 1..n).all(|m| {
                        word(m).chars().all(|c| !c.is_uppercase())
                            && !["de", "d'", "du", "des", "of"]
                                .iter()
                                .any(|p| word(m).eq_ignore_ascii_case(p))
                    }) && (k..n).all(|m| raw[w[m].1..w[m + 1].0] == *" ")
                        && word(n).chars().next().is_some_and(char::is_uppercase)
                });
                // French writes the state "l'État": that capital is no name's.
                // Nor is a release's defined term ("la Société", "the Company"): its issuer's.
                let capital = word(k).chars().next().is_some_and(char::is_uppercase)
                    && !matches!(word(k), "État" | "Etat")
                    && !super::issuer::DEFINED.contains(&word(k));
                if capital || names_next {
                    return None;
                }
                let det = (k.saturating_sub(MAX_MODIFIERS + 1)..k)
                    .rev()
                    .find(|&d| kind(d) == Word::Det);
                // The determiner and its head stand in one phrase: "the X, which will fund"
                // is no description ("the Santa Clara, California-based company" is), nor is
                // "la société X construira un supercalculateur" (another head, an article).
                let joined = |d: usize| {
                    (d + 1..k).all(|m| {
                        ![
                            "which", "who", "that", "qui", "que", "dont", "de", "d'", "du", "des",
                            "of", "au", "aux", "à", "to", "in", "for", "pour", "dans", "en", "un",
                            "une", "a", "an",
                        ]
                        .iter()
                        .any(|r| word(m).eq_ignore_ascii_case(r))
                            && !matches!(kind(m), Word::Head(_))
                    }) && (d..k).all(|m| !raw[w[m].1..w[m + 1].0].contains([';', '(', ')']))
                };
                if let Some(d) = det
                    && (d + 1..k).all(|m| kind(m) != Word::Det)
                    && joined(d)
                {
                    // "le groupe de Masayoshi Son", "the company of X", "la filiale cloud du
                    // groupe X": the name after "de" belongs to the description (up to two
                    // lower-case words may stand before "de", and a head noun after it).
                    let mut end = k;
                    let lower = |m: usize| word(m).chars().all(|c| !c.is_uppercase());
                    let of = (k + 1..w.len().min(k + 4)).find(|&m| {
                        ["de", "d'", "du", "of"]
                            .iter()
                            .any(|p| word(m).eq_ignore_ascii_case(p))
                    });
                    if let Some(of) = of
                        && (k + 1..of).all(|m| lower(m) && kind(m) == Word::Other)
                    {
                        let mut n = of + 1;
                        if n < w.len() && matches!(kind(n), Word::Head(_)) && lower(n) {
                            n += 1;
                        }
                        while n < w.len() && word(n).chars().next().is_some_and(char::is_uppercase)
                        {
                            end = n;
                            n += 1;
                        }
                    }
                    return Some(Anaphor {
                        span: range.start + w[d].0..range.start + w[end].1,
                        class,
                        head: range.start + w[k].0..range.start + w[k].1,
                    });
                }
            }
            Word::Pronoun => {
                let x = word(k);
                let next = (k + 1 < w.len()).then(|| word(k + 1));
                let next2 = (k + 2 < w.len()).then(|| word(k + 2));
                let next3 = (k + 3 < w.len()).then(|| word(k + 3));
                let among = |n: Option<&str>, list: &[&str]| {
                    n.is_some_and(|n| list.iter().any(|x| n.eq_ignore_ascii_case(x)))
                };
                let copula = among(next, COPULAS) || raw[w[k].1..].starts_with("'s");
                let expletive = (x.eq_ignore_ascii_case("it") || x.eq_ignore_ascii_case("il"))
                    && (next.is_none()
                        || among(next, EXPLETIVE_AFTER)
                        || (copula
                            && (among(next2, EXPLETIVE_PREDICATES)
                                || (next2.is_some_and(|n| n.eq_ignore_ascii_case("be"))
                                    && among(next3, EXPLETIVE_PREDICATES)))));
                // "De son côté, X …", "For its part, X …", "pour sa part" point forward to the
                // subject that follows, not back.
                let forward = next.is_some_and(|n| {
                    n.eq_ignore_ascii_case("côté") || n.eq_ignore_ascii_case("part")
                });
                // A capitalised pronoun inside a sentence is a name's word ("Masayoshi Son").
                let capital = x.chars().next().is_some_and(char::is_uppercase);
                let opens = raw[..w[k].0]
                    .trim_end()
                    .chars()
                    .next_back()
                    .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '«' | '\n'));
                if capital && !opens {
                    return None;
                }
                // "Its parent reported …", "son concurrent": a possessive before a noun of
                // another party names that party, not the possessor.
                // (An adjective may stand before the noun: "son grand rival", "its main
                // customer".)
                let adjective = next.is_some_and(|n| n.chars().all(char::is_lowercase));
                let other_party =
                    among(next, OTHER_PARTIES) || (adjective && among(next2, OTHER_PARTIES));
                // "sa" and "son" are also nouns' possessives for persons; "il" may be a person.
                if !expletive && !forward && !other_party {
                    return Some(Anaphor {
                        span: range.start + w[k].0..range.start + w[k].1,
                        class: Class::Any,
                        head: range.start + w[k].1..range.start + w[k].1,
                    });
                }
            }
            Word::Det | Word::Other => {}
        }
        None
    };
    if from_end {
        (0..w.len()).rev().find_map(at)
    } else {
        (0..w.len()).find_map(at)
    }
}

/// "The £225m system", "le projet de 5 milliards": a description whose determiner stands right
/// before the amount and whose head noun right after it (or after "de").
pub fn around(s: &str, amount: Range<usize>) -> Option<Anaphor> {
    let a = s.ceil_char_boundary(amount.start.saturating_sub(8));
    // The determiner, and the white space between it and the amount.
    let (det, gap) = with_lower(&s[a..amount.start], |before| {
        let t = before.trim_end();
        let det = DETERMINERS
            .iter()
            .filter(|d| !d.ends_with('\''))
            .find(|d| {
                ends_with_str(t, d)
                    && t[..t.len() - d.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })?;
        Some((*det, before.len() - t.len()))
    })?;
    let b = s.floor_char_boundary((amount.end + 24).min(s.len()));
    // The head noun's class, the white space before it and its length.
    let (class, lead, head_len) = with_lower(&s[amount.end..b], |after| {
        let head = after.split_whitespace().next()?;
        let head = head.trim_end_matches([',', '.']);
        let class = [
            (COMPANY_HEADS, Class::Company),
            (PARTY_HEADS, Class::Company),
            (PROJECT_HEADS, Class::Project),
            (GOVERNMENT_HEADS, Class::Government),
        ]
        .into_iter()
        .find(|(heads, _)| heads.contains(&head))
        .map(|(_, c)| c)?;
        Some((class, after.len() - after.trim_start().len(), head.len()))
    })?;
    let start = amount.start - gap - det.len();
    let head_start = amount.end + lead;
    Some(Anaphor {
        span: start..amount.end,
        class,
        head: head_start..head_start + head_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(s: &str) -> Option<(String, Class)> {
        last_in(s, 0..s.len()).map(|a| (s[a.span].to_string(), a.class))
    }

    #[test]
    fn definite_descriptions_and_pronouns() {
        let cases = [
            (
                "where the world's largest contract chipmaker plans to invest",
                Some(("the world's largest contract chipmaker", Class::Company)),
            ),
            (
                "Le groupe franco-italien a investi",
                Some(("Le groupe", Class::Company)),
            ),
            (
                "l'entreprise prévoit",
                Some(("l'entreprise", Class::Company)),
            ),
            (
                "and the project's budget",
                Some(("the project", Class::Project)),
            ),
            ("a round that valued it at", Some(("it", Class::Any))),
            ("it is expected to reach", None),
            ("once complete it is designed to", Some(("it", Class::Any))),
            ("il faudra réunir", None),
            ("a plan for the Quantil Mission, which will fund", None),
            ("Its parent reported revenue of", None),
            ("Son grand rival AMD a évoqué", None),
            ("Its biggest rival reported", None),
            ("the launch of a new system delivers", None),
            (
                "Au total, l'État aura injecté",
                Some(("l'État", Class::Government)),
            ),
            ("son concurrent a levé", None),
            (
                "leaving the Santa Clara, California-based company worth",
                Some(("the Santa Clara, California-based company", Class::Company)),
            ),
            ("investors paid", None),
            ("La société Orbitex construira un supercalculateur", None),
            (
                "La filiale cloud du groupe Orbitex va investir",
                Some(("La filiale cloud du groupe Orbitex", Class::Company)),
            ),
        ];
        for (text, want) in cases {
            let want = want.map(|(t, c)| (t.to_string(), c));
            assert_eq!(find(text), want, "{text:?}");
        }
    }
}
