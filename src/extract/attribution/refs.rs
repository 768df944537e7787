//! References to an actor named before, as words: "the company", "le groupe américain", "the
//! two partners", "the project's", "it", "elle", a sentence-initial "Son" — what they are made
//! of and where they stand in a stretch of text ([`anaphora`](super::anaphora) follows them
//! back).

use crate::extract::entities::WordHashBuild;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// What an anaphor may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A firm: "the company", "le groupe", "la start-up", "the chipmaker".
    Company,
    /// A programme, a system, a law: "the project", "le texte", "the machine".
    Project,
    /// A government or its body: "the government", "l'État", "the department".
    Government,
    /// A pronoun: any actor but a person or a place.
    Any,
}

impl Class {
    /// A small code for memo keys.
    pub fn code(self) -> u8 {
        match self {
            Class::Company => 0,
            Class::Project => 1,
            Class::Government => 2,
            Class::Any => 3,
        }
    }

    pub fn from_code(c: u8) -> Class {
        match c {
            0 => Class::Company,
            1 => Class::Project,
            2 => Class::Government,
            _ => Class::Any,
        }
    }
}

/// An anaphor found in the text: its byte span and what it may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anaphor {
    pub span: Range<usize>,
    pub class: Class,
    /// The head noun's span ("department" in "the department"); empty for a pronoun.
    pub head: Range<usize>,
}

const DETERMINERS: &[&str] = &[
    "the", "this", "le", "la", "l'", "les", "ce", "cet", "cette", "ces",
];
pub const COMPANY_HEADS: &[&str] = &[
    "company",
    "companies",
    "group",
    "firm",
    "start-up",
    "startup",
    "chipmaker",
    "maker",
    "developer",
    "lab",
    "giant",
    "operator",
    "manufacturer",
    "conglomerate",
    "subsidiary",
    "lender",
    "bank",
    "partners",
    "groupe",
    "groupes",
    "société",
    "entreprise",
    "pousse",
    "fabricant",
    "géant",
    "exploitant",
    "constructeur",
    "fondeur",
    "firme",
    "éditeur",
    "opérateur",
    "filiale",
    "banque",
    "licorne",
    "décacorne",
    "industriel",
    "équipementier",
    "partenaires",
    "laboratoire",
];
pub const PROJECT_HEADS: &[&str] = &[
    "project",
    "programme",
    "program",
    "machine",
    "system",
    "supercomputer",
    "initiative",
    "fund",
    "scheme",
    "act",
    "law",
    "projet",
    "système",
    "supercalculateur",
    "fonds",
    "texte",
    "loi",
    "dispositif",
];
pub const GOVERNMENT_HEADS: &[&str] = &[
    "government",
    "administration",
    "state",
    "ministry",
    "department",
    "agency",
    "gouvernement",
    "état",
    "etat",
    "ministère",
    "agence",
    "exécutif",
];
/// Pronouns that name an actor (subject, object or possessive).
const PRONOUNS: &[&str] = &[
    "it", "its", "they", "their", "elle", "elles", "son", "sa", "ses", "leur", "leurs", "il",
];
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
const COPULAS: &[&str] = &["is", "was", "'s", "est", "était", "sera", "will", "would"];
/// How many words may stand between a determiner and its head noun ("the world's largest
/// contract chipmaker").
const MAX_MODIFIERS: usize = 4;

/// What a word may be in a reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Det,
    Head(Class),
    Pronoun,
    Other,
}

/// Every word a reference is made of, by its lower-case form.
static WORDS: LazyLock<HashMap<&'static str, Word, WordHashBuild>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for (list, w) in [
        (PRONOUNS, Word::Pronoun),
        (DETERMINERS, Word::Det),
        (GOVERNMENT_HEADS, Word::Head(Class::Government)),
        (PROJECT_HEADS, Word::Head(Class::Project)),
        (COMPANY_HEADS, Word::Head(Class::Company)),
    ] {
        for x in list {
            m.insert(*x, w);
        }
    }
    m
});

/// The words of `raw` with their byte spans (an elided "l'" or "d'" is a word of its own).
fn words(raw: &str) -> Vec<(usize, usize)> {
    let b = raw.as_bytes();
    let mut out = Vec::with_capacity(raw.len() / 5 + 1);
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        // ASCII bytes are classed as they are; other chars are decoded.
        let (part, len, apostrophe) = if b[i] < 0x80 {
            (
                b[i].is_ascii_alphanumeric() || b[i] == b'-',
                1,
                b[i] == b'\'',
            )
        } else {
            let c = raw[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8(), false)
        };
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                // "l'entreprise": the elided article is a word of its own.
                let end = if apostrophe && i - st <= 2 { i + 1 } else { i };
                out.push((st, end));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(st) = start {
        out.push((st, raw.len()));
    }
    out
}

fn word_kind(x: &str) -> Word {
    // Most words are none of these: their first byte or length says so without hashing.
    let first = x.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    if !(2..=18).contains(&x.len()) || FIRST_BYTES[usize::from(first)] & (1 << x.len()) == 0 {
        return Word::Other;
    }
    if x.is_ascii() {
        let mut buf = [0u8; 18];
        let b = &mut buf[..x.len()];
        b.copy_from_slice(x.as_bytes());
        b.make_ascii_lowercase();
        let lower = std::str::from_utf8(b).unwrap_or_default();
        return WORDS.get(lower).copied().unwrap_or(Word::Other);
    }
    WORDS
        .get(x.to_lowercase().as_str())
        .copied()
        .unwrap_or(Word::Other)
}

/// For each first byte, a bit per byte length of the words of [`WORDS`] it starts.
static FIRST_BYTES: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut t = [0u32; 256];
    for w in WORDS.keys() {
        t[usize::from(w.as_bytes()[0])] |= 1 << w.len().min(31);
    }
    t
});

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
    let order: Box<dyn Iterator<Item = usize>> = if from_end {
        Box::new((0..w.len()).rev())
    } else {
        Box::new(0..w.len())
    };
    for k in order {
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
                if word(k).chars().next().is_some_and(char::is_uppercase) || names_next {
                    continue;
                }
                let det = (k.saturating_sub(MAX_MODIFIERS + 1)..k)
                    .rev()
                    .find(|&d| kind(d) == Word::Det);
                if let Some(d) = det
                    && (d + 1..k).all(|m| kind(m) != Word::Det)
                {
                    // "le groupe de Masayoshi Son", "the company of X": the name after "de"
                    // belongs to the description.
                    let mut end = k;
                    if k + 2 < w.len()
                        && ["de", "d'", "du", "of"]
                            .iter()
                            .any(|p| (word(k + 1)).eq_ignore_ascii_case(p))
                    {
                        let mut n = k + 2;
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
                    continue;
                }
                // "sa" and "son" are also nouns' possessives for persons; "il" may be a person.
                if !expletive && !forward {
                    return Some(Anaphor {
                        span: range.start + w[k].0..range.start + w[k].1,
                        class: Class::Any,
                        head: range.start + w[k].1..range.start + w[k].1,
                    });
                }
            }
            Word::Det | Word::Other => {}
        }
    }
    None
}

/// "The £225m system", "le projet de 5 milliards": a description whose determiner stands right
/// before the amount and whose head noun right after it (or after "de").
pub fn around(s: &str, amount: Range<usize>) -> Option<Anaphor> {
    let a = s.ceil_char_boundary(amount.start.saturating_sub(8));
    let before = s[a..amount.start].to_lowercase();
    let det = DETERMINERS
        .iter()
        .filter(|d| !d.ends_with('\''))
        .find(|d| {
            before.trim_end().ends_with(*d)
                && before.trim_end()[..before.trim_end().len() - d.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })?;
    let b = s.floor_char_boundary((amount.end + 24).min(s.len()));
    let after = s[amount.end..b].to_lowercase();
    let mut words = after.split_whitespace();
    let head = words.next()?;
    let class = [
        (COMPANY_HEADS, Class::Company),
        (PROJECT_HEADS, Class::Project),
        (GOVERNMENT_HEADS, Class::Government),
    ]
    .into_iter()
    .find(|(heads, _)| heads.contains(&head.trim_end_matches([',', '.'])))
    .map(|(_, c)| c)?;
    let start = amount.start - (before.len() - before.trim_end().len()) - det.len();
    let head_start = amount.end + (after.len() - after.trim_start().len());
    Some(Anaphor {
        span: start..amount.end,
        class,
        head: head_start..head_start + head.trim_end_matches([',', '.']).len(),
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
            ("investors paid", None),
        ];
        for (text, want) in cases {
            let want = want.map(|(t, c)| (t.to_string(), c));
            assert_eq!(find(text), want, "{text:?}");
        }
    }
}
