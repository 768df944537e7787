//! What a sector as a whole has or will need, under a source or a forecast ("Selon RTE, les
//! centres de données pourraient appeler 3 GW", "AI data centres could need 68 GW, according
//! to RAND", "Installed capacity is set to cross 3 GW"): a generic subject (a plural or mass
//! noun, no name) owns nothing.

use crate::extract::firsts::words;
use crate::text::{AnyOf, around, with_lower};
use std::sync::LazyLock;

/// Where the generic subject of the clause holding the amount at `at` begins, when the words
/// of `s[from..at]` (the sentence before the amount) open on one and the sentence
/// `s[from..end]` cites a source or forecasts. The caller checks that no name stands between
/// that start and the amount.
pub fn generic_subject_start(s: &str, from: usize, at: usize, end: usize) -> Option<usize> {
    let t = around(s, from, at);
    // An opening source or adverb ("Selon RTE, …", "Globally, …") is not the subject.
    let mut body = t;
    if let Some(k) = memchr::memchr_iter(b',', t.as_bytes()).find(|&k| t[k + 1..].starts_with(' '))
        && let head = &t[..k]
        && (head.split_whitespace().nth(1).is_none() || opens_with_source(around(head, 0, 16)))
    {
        body = &t[k + 2..];
    }
    let body = body.trim_start_matches(['*', '#', '-', ' ', '"', '“', '«', '\u{a0}']);
    // "780 millions iront …": an amount.
    if body.starts_with(|c: char| !c.is_alphabetic()) {
        return None;
    }
    // The first words decide for most clauses: read them before anything else.
    let mut ws = words(body);
    let first = ws.next()?;
    let is = crate::extract::firsts::listed;
    // "Le campus consomme …", "Its data centres …", "Under the terms …": one thing, someone's,
    // or no subject.
    // (A sector's measure is read only after such an opening: it opens on an article.)
    if (is(first, OPENERS) || is(first, SINGULAR_OR_OWNED)) && !sector_measure(body) {
        return None;
    }
    let det = is(first, &["les", "des", "the"]);
    // The noun phrase: its first words, lower case after the first, up to a verb-like gap.
    let mut phrase = [""; 4];
    let mut n = 0;
    for w in std::iter::once(first).filter(|_| !det).chain(ws).take(4) {
        phrase[n] = w;
        n += 1;
    }
    let phrase = &phrase[..n];
    let head_ok = |w: &str| {
        !w.contains(['\'', '’'])
            && (is(w, MASS)
                || (w.len() > 3
                    && (w.ends_with('s') || w.ends_with('x'))
                    && !w.ends_with("ss")
                    && !is(w, NOT_PLURAL)))
    };
    let starts_low = |w: &str| w.starts_with(char::is_lowercase);
    let p0 = phrase.first()?;
    // "les centres", "Data centres", "AI data centres", "Installed capacity".
    if det && !starts_low(p0) {
        return None;
    }
    // ("The company expects to spend …": a verb, its object after it.)
    let verb_after = |i: usize| phrase.get(i + 1).is_some_and(|n| is(n, OBJECTS));
    // (A sector's measure, "la puissance installée des centres de données", is such a phrase
    // whatever its head.)
    if !sector_measure(body)
        && !phrase
            .iter()
            .take(3)
            .enumerate()
            .take_while(|(i, w)| {
                *i == 0 || starts_low(w) || w.bytes().all(|b| b.is_ascii_uppercase())
            })
            .any(|(i, w)| head_ok(w) && !verb_after(i))
        || phrase.iter().any(|w| is(w, REFERRING))
    {
        return None;
    }
    // "The world's largest memory maker": a possessor.
    static POSSESSIVE: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&["'s ", "’s "]));
    if POSSESSIVE.found_in(around(body, 0, 48).as_bytes()) {
        return None;
    }
    // "Analysts say the lab spent …": the plural says who reckons, another subject follows.
    // (The verb stands within the subject's first words.)
    if words(body).take(8).any(|w| is(w, REPORTING)) {
        return None;
    }
    // A source or a forecast near the amount: its sentence's words within 200 bytes of it.
    let sentence = around(s, from.max(at.saturating_sub(200)), end.min(at + 200));
    let cited = with_lower(sentence, |l| CUE_RUNS.found_in(l.as_bytes()));
    cited.then(|| body.as_ptr() as usize - s.as_ptr() as usize)
}

/// "la capacité installée des centres de données", "the demand of data centres": a sector's
/// measure (article, measure noun, "of", a mass or plural noun) opens `body`.
pub fn sector_measure(body: &str) -> bool {
    let is = crate::extract::firsts::listed;
    // (Not a firm's own: "la consommation des serveurs du groupe", "de ses centres", "des
    // centres d'OVHcloud".)
    let owned = words(body).take(8).any(|w| {
        is(
            w,
            &[
                "groupe",
                "entreprise",
                "société",
                "group",
                "company",
                "firm",
            ],
        ) || is(w, crate::extract::firsts::POSSESSIVES)
    });
    if owned {
        return false;
    }
    let mut ws = words(body);
    ws.next().is_some_and(|a| is(a, &["la", "le", "l", "the"]))
        && ws.next().is_some_and(|m| is(m, MASS) || is(m, MEASURES))
        && {
            let next: Vec<&str> = ws.take(4).collect();
            next.iter()
                .position(|w| is(w, &["des", "du", "of", "de"]))
                .and_then(|k| next.get(k + 1))
                .is_some_and(|h| {
                    h.starts_with(char::is_lowercase)
                        && (is(h, MASS)
                            || is(h, SECTORS)
                            || (h.len() > 3 && h.ends_with('s') && !is(h, NOT_PLURAL)))
                })
        }
}

/// "les startups françaises de l'IA ont levé", "Japanese companies have announced": a plural
/// noun of a sector's actors among the first words of `body` (the subject of a sector's total).
pub fn collective_actors(body: &str) -> bool {
    words(body)
        .take(4)
        .any(|w| COLLECTIVES.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// "Investors will wire $900 million": the backers of a round, whose money the firm they back
/// raises — a word of `s[from..at]`, the sentence (to `end`) citing no source or forecast
/// ("Investors poured $212 billion into AI startups, according to PitchBook" is a sector's).
pub fn backers(s: &str, from: usize, at: usize, end: usize) -> bool {
    words(&s[from..at]).any(|w| {
        [
            "investors",
            "investisseurs",
            "backers",
            "shareholders",
            "actionnaires",
        ]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
    }) && !with_lower(around(s, from, end.min(at + 200)), |l| {
        CUE_RUNS.found_in(l.as_bytes())
    })
}

/// Plural nouns of a sector's actors (and "startup", which French often leaves unchanged).
const COLLECTIVES: &[&str] = &[
    "companies",
    "firms",
    "startups",
    "start-ups",
    "hyperscalers",
    "operators",
    "developers",
    "governments",
    "utilities",
    "entreprises",
    "sociétés",
    "startup",
    "opérateurs",
    "développeurs",
    "gouvernements",
    "acteurs",
    "groupes",
    "fabricants",
    "makers",
    "providers",
    "fournisseurs",
    // (The sector's sites: "les centres de données consomment", "data centers could need".)
    "centers",
    "centres",
    "datacenters",
    "datacentres",
];

/// Whether `head` opens on a source's cue ("Selon X,", "According to X,", "Pour le cabinet X").
/// Only its first bytes are read.
pub(super) fn opens_with_source(head: &str) -> bool {
    // ("Et selon le cabinet X, …", "But according to Y, …": a conjunction before it.)
    let head = ["Et ", "Mais ", "And ", "But "]
        .iter()
        .find_map(|c| head.strip_prefix(c))
        .unwrap_or(head);
    with_lower(&head[..head.floor_char_boundary(16)], |l| {
        // ("Selon son président, …": the firm speaking, not a source of someone else's
        // measure.)
        let own = ["selon son ", "selon sa ", "selon ses ", "selon leur "]
            .iter()
            .any(|o| l.starts_with(o));
        !own && [
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
/// Measures of a whole sector, after an article ("le marché du cloud").
const MEASURES: &[&str] = &[
    "marché",
    "market",
    "puissance",
    "consommation",
    "consumption",
];

/// Sectors named by a mass noun ("le marché africain du cloud").
const SECTORS: &[&str] = &["cloud", "secteur", "sector", "industrie", "industry"];

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
    "less",
    "versus",
];

/// Determiners of one thing or of someone's things.
const SINGULAR_OR_OWNED: &[&str] = &[
    "le", "la", "l", "un", "une", "a", "an", "this", "that", "ce", "cet", "cette", "its", "their",
    "our", "his", "her", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "my",
    "mon", "ma", "mes", "it", "we", "they", "il", "elle", "ils", "elles", "nous",
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

/// [`CUES`], searched together (built once).
static CUE_RUNS: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(CUES));

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
