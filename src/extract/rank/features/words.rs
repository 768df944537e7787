//! The small word lists the reranker's features look for around a mention.

use super::{AGENT, FOR, FROM, LOCATIVE, PREP};

/// Words before a mention, each list with the feature it sets.
pub const PREPOSITIONS: &[(&[&str], usize)] = &[
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
pub const SOURCE: &[&str] = &["according", "selon"];
/// A speech verb right after a mention.
pub const SAID: &[&str] = &[
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
pub const VERBS: &[&str] = &[
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
/// Words that make a figure a market's or a sector's.
const NOBODY: &[&str] = &[
    "market",
    "marché",
    "industry",
    "secteur",
    "global",
    "mondial",
    "worldwide",
    "forecast",
    "prévision",
    "sector",
    "overall",
    "analysts",
    "estimate",
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

pub fn is_in(w: &str, list: &[&str]) -> bool {
    !w.is_empty() && list.iter().any(|c| w.eq_ignore_ascii_case(c))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The last two words of `s[lo..at]` (last first), apostrophes and punctuation aside.
pub fn prev_words(s: &str, lo: usize, at: usize) -> (&str, &str) {
    let lo = s.floor_char_boundary(lo.min(at));
    let mut words = s
        .get(lo..at)
        .unwrap_or("")
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty());
    let w1 = words.next().unwrap_or("");
    let w2 = words.next().unwrap_or("");
    (w1, w2)
}

/// The first word of `s[at..hi]`.
pub fn next_word(s: &str, at: usize, hi: usize) -> &str {
    s.get(at..hi.max(at))
        .unwrap_or("")
        .split(|c: char| !is_word_char(c))
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// Whether the sentence speaks of a market or a sector as a whole.
pub fn sentence_cue(sentence: &str) -> bool {
    sentence
        .split(|c: char| !is_word_char(c))
        .any(|w| is_in(w, NOBODY))
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

/// Words that join or open another clause.
const JOINS: &[&str] = &[
    "and", "et", "while", "but", "mais", "alors", "whereas", "tandis", "which", "qui", "who",
    "dont", "where", "où",
];
/// Stems of verbs that move money or chips, in both languages.
const MONEY_VERBS: &[&str] = &[
    "invest", "rais", "spend", "spent", "commit", "pledg", "plan", "lève", "levé", "lever",
    "consacr", "inject", "engag", "mobilis", "dépens", "obten", "reçu", "receiv", "secur", "won",
    "award", "valu", "valoris", "earn", "generat", "réalis", "book", "buy", "bought", "acqui",
    "achet", "order", "command", "deploy", "install", "déploi", "déploy", "operat", "exploit",
    "financ", "fund", "allou", "alloc", "accord", "octroy", "grant", "mise", "met", "apport",
];

/// How many words `s` holds.
pub fn count(s: &str) -> usize {
    s.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .count()
}

/// Whether nothing in `between` opens another clause: no stop, bracket or dash, no joining
/// word.
pub fn same_clause(between: &str) -> bool {
    !between.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
        && !between
            .split(|c: char| !is_word_char(c))
            .any(|w| is_in(w, JOINS))
}

/// Whether `between` holds a verb that moves money or chips.
pub fn has_money_verb(between: &str) -> bool {
    between.split(|c: char| !is_word_char(c)).any(|w| {
        let w = w.to_lowercase();
        MONEY_VERBS.iter().any(|v| w.starts_with(v))
    })
}
