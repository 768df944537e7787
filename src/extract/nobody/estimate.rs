//! What a sector as a whole has or will need, under a source or a forecast ("Selon RTE, les
//! centres de données pourraient appeler 3 GW", "AI data centres could need 68 GW, according
//! to RAND", "Installed capacity is set to cross 3 GW"): a generic subject (a plural or mass
//! noun, no name) owns nothing.

use crate::extract::firsts::words;
use crate::text::{around, with_lower};

/// Where the generic subject of the clause holding the amount at `at` begins, when the words
/// of `s[from..at]` (the sentence before the amount) open on one and the sentence
/// `s[from..end]` cites a source or forecasts. The caller checks that no name stands between
/// that start and the amount.
pub fn generic_subject_start(s: &str, from: usize, at: usize, end: usize) -> Option<usize> {
    let t = around(s, from, at);
    // An opening source or adverb ("Selon RTE, …", "Globally, …") is not the subject.
    let mut body = t;
    if let Some((head, rest)) = t.split_once(", ")
        && (head.split_whitespace().nth(1).is_none() || opens_with_source(head))
    {
        body = rest;
    }
    let body = body.trim_start_matches(['*', '#', '-', ' ', '"', '“', '«', '\u{a0}']);
    // "The world's largest memory maker", "780 millions iront …": a possessor, an amount.
    if body.starts_with(|c: char| !c.is_alphabetic())
        || around(body, 0, 48).contains("'s ")
        || around(body, 0, 48).contains("’s ")
    {
        return None;
    }
    let mut ws = words(body);
    let first = ws.next()?;
    if OPENERS.iter().any(|o| first.eq_ignore_ascii_case(o)) {
        return None;
    }
    let det = ["les", "des", "the"]
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d));
    // "Le campus consomme …", "Its data centres …": one thing, or someone's.
    if SINGULAR_OR_OWNED
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d))
    {
        return None;
    }
    // The noun phrase: its first words, lower case after the first, up to a verb-like gap.
    let phrase: Vec<&str> = if det {
        ws.take(4).collect()
    } else {
        std::iter::once(first).chain(ws.take(3)).collect()
    };
    let head_ok = |w: &str| {
        !w.contains(['\'', '’'])
            && (MASS.iter().any(|m| w.eq_ignore_ascii_case(m))
                || (w.len() > 3
                    && (w.ends_with('s') || w.ends_with('x'))
                    && !w.ends_with("ss")
                    && !NOT_PLURAL.iter().any(|m| w.eq_ignore_ascii_case(m))))
    };
    let starts_low = |w: &str| w.starts_with(char::is_lowercase);
    let Some(p0) = phrase.first() else {
        return None;
    };
    // "les centres", "Data centres", "AI data centres", "Installed capacity".
    if det && !starts_low(p0) {
        return None;
    }
    // ("The company expects to spend …": a verb, its object after it.)
    let verb_after = |i: usize| {
        phrase
            .get(i + 1)
            .is_some_and(|n| OBJECTS.iter().any(|o| n.eq_ignore_ascii_case(o)))
    };
    if !phrase
        .iter()
        .take(3)
        .enumerate()
        .take_while(|(i, w)| *i == 0 || starts_low(w) || w.bytes().all(|b| b.is_ascii_uppercase()))
        .any(|(i, w)| head_ok(w) && !verb_after(i))
    {
        return None;
    }
    if phrase
        .iter()
        .any(|w| REFERRING.iter().any(|r| w.eq_ignore_ascii_case(r)))
    {
        return None;
    }
    // "Analysts say the lab spent …": the plural says who reckons, another subject follows.
    if words(body).any(|w| REPORTING.iter().any(|r| w.eq_ignore_ascii_case(r))) {
        return None;
    }
    let sentence = around(s, from, end.min(from + 600));
    let cited = with_lower(sentence, |l| CUES.iter().any(|c| l.contains(c)));
    cited.then(|| body.as_ptr() as usize - s.as_ptr() as usize)
}

fn opens_with_source(head: &str) -> bool {
    with_lower(head, |l| {
        [
            "selon",
            "d'après",
            "d’après",
            "according to",
            "pour le cabinet",
        ]
        .iter()
        .any(|c| l.starts_with(c))
    })
}

/// Words opening a sentence that are no subject: prepositions, adverbs.
const OPENERS: &[&str] = &[
    "under",
    "across",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "after",
    "before",
    "since",
    "during",
    "over",
    "as",
    "perhaps",
    "nevertheless",
    "besides",
    "thus",
    "sometimes",
    "always",
    "towards",
    "unless",
    "whereas",
    "ailleurs",
    "dans",
    "pour",
    "avec",
    "par",
    "sur",
    "depuis",
    "après",
    "avant",
    "pendant",
    "alors",
    "ainsi",
    "puis",
    "mais",
    "et",
    "and",
    "but",
    "so",
    "néanmoins",
    "toutefois",
    "pourtant",
    "hors",
    "vers",
    "sans",
    "sous",
];

/// Words that follow a verb rather than a subject.
const OBJECTS: &[&str] = &[
    "to", "that", "the", "a", "an", "its", "it", "le", "la", "les", "un", "une", "que", "qu",
];

/// Mass nouns of a sector's measure.
const MASS: &[&str] = &[
    "capacity",
    "capacité",
    "demand",
    "demande",
    "industry",
    "industrie",
    "world",
    "monde",
    "spending",
    "investment",
    "investissement",
];

/// Words ending in s that are no plural nouns.
const NOT_PLURAL: &[&str] = &[
    "plus",
    "sans",
    "dans",
    "sous",
    "vers",
    "this",
    "its",
    "was",
    "has",
    "does",
    "pays",
    "campus",
    "process",
    "status",
    "focus",
    "bonus",
    "consensus",
    "prix",
    "choix",
    "fois",
    "temps",
    "corps",
    "cours",
    "mois",
    "sens",
    "poids",
    "succès",
    "accès",
    "progrès",
    "processus",
    "gas",
    "us",
    "plus",
    "less",
    "versus",
];

/// Determiners of one thing or of someone's things.
const SINGULAR_OR_OWNED: &[&str] = &[
    "le", "la", "l", "un", "une", "a", "an", "this", "that", "ce", "cet", "cette", "its", "their",
    "our", "his", "her", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos",
    "his", "my", "mon", "ma", "mes", "it", "we", "they", "il", "elle", "ils", "elles", "nous",
];

/// Words that make the subject refer to actors named before ("the partners", "the funds").
const REFERRING: &[&str] = &[
    "partners",
    "partenaires",
    "funds",
    "fonds",
    "proceeds",
    "two",
    "deux",
    "three",
    "trois",
    "companies",
    "groups",
    "groupes",
    "entreprises",
    "investors",
    "investisseurs",
    "backers",
];

/// Verbs of saying or reckoning, and the words that open what is said.
const REPORTING: &[&str] = &[
    "say",
    "says",
    "said",
    "think",
    "believe",
    "estimate",
    "estimates",
    "expect",
    "reckon",
    "that",
    "disent",
    "estiment",
    "affirment",
    "jugent",
    "pensent",
    "que",
    "qu",
];

/// A source cited or a forecast made in the sentence.
const CUES: &[&str] = &[
    "selon ",
    "d'après",
    "d’après",
    "according to",
    "estimat",
    "estime",
    "expect",
    "prévoi",
    "reckon",
    "forecast",
    "project",
    "analys",
    "report",
    "rapport",
    "étude",
    "study",
    "could ",
    "would ",
    "set to",
    "pourrai",
    "devrai",
];
