//! Amounts no one owns, read from the words before them: a generic subject ("a single fab can
//! cost", "chaque usine"), what any one thing of a kind costs ("un campus coûte"), a group of
//! actors ("les cinq projets", "the three companies"), a forecast naming no owner, a market a
//! place bounds and someone forecasts ("capacity in the state could reach"), and events
//! ("Sommet pour l'action sur l'IA", "Abu Dhabi AI Forum"), which own nothing, and a grid's queue of
//! connection requests.
//! A limit a rule sets (a cap, a threshold, a maximum fine) is no one's either.
//! Attribution and roles read them the same way.

use super::firsts::{Firsts, words};
use crate::text::around;
pub use estimate::{backers, collective_actors, generic_subject_start, sector_measure};
pub use installed::place_capacity;
pub use limit::{limit, rule_cap};
use market::GROUP_NOUNS;
pub use market::market_forecast;
pub use projects::projects_total;
pub use queue::connection_queue;
pub use reckoned::reckoned;

/// Words that make a name an event's ("Web Summit", "Sommet pour l'action sur l'IA").
const EVENT_WORDS: &[&str] = &[
    "Summit",
    "Sommet",
    "Forum",
    "Conference",
    "Conférence",
    "Symposium",
    "Salon",
    "Expo",
    "Exposition",
    "Festival",
    "Assises",
    "Rencontres",
    "Hackathon",
];

/// True when `name` is an event's: the money announced at a summit is its backers', never the
/// summit's.
pub fn event(name: &str) -> bool {
    // (Most names hold none of the bytes the event words open on: they are not split.)
    name.bytes().any(|b| EVENT_FIRSTS[usize::from(b)])
        && name
            .split([' ', '\u{a0}'])
            .any(|w| EVENT_WORDS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// For each byte, whether an event word opens on it.
static EVENT_FIRSTS: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < EVENT_WORDS.len() {
        t[EVENT_WORDS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// True when a generic subject stands in `s[from..at]`: "a single", "a typical", "un seul",
/// "une seule", "chaque", "each".
pub fn generic_subject(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from, at);
    // Each word looked for holds one of these letter runs (ASCII case aside): a stretch
    // without any holds none of the words.
    if !contains_any_ci(t.as_bytes(), GENERIC_RUNS, &GENERIC_FIRSTS) {
        return false;
    }
    let mut prev = "";
    let mut ws = words(t).peekable();
    while let Some(w) = ws.next() {
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        let after = |x: &str| prev.eq_ignore_ascii_case(x);
        // "chaque année, X investit", "every year": a period, not a generic subject.
        let period = ws
            .peek()
            .is_some_and(|n| PERIODS.iter().any(|p| n.eq_ignore_ascii_case(p)));
        if ((is("chaque") || is("each") || is("every")) && !period)
            || is("chacune")
            || is("chacun")
            || ((is("single") || is("typical")) && after("a"))
            || ((is("seul") || is("seule")) && (after("un") || after("une")))
        {
            return true;
        }
        prev = w;
    }
    false
}

/// "un campus de taille moyenne coûte désormais plus de 3 milliards", "a gigawatt of capacity
/// costs $50bn": a clause about any one thing of a kind (an indefinite subject) and what such a
/// thing costs. `s[from..at]`: the sentence before the amount.
pub fn indefinite_cost(s: &str, from: usize, at: usize) -> bool {
    // The verb of cost stands close before the amount: most amounts have none there.
    let near = around(s, from.max(at.saturating_sub(40)), at);
    let b = near.as_bytes();
    if !memchr::memchr_iter(b'c', b)
        .any(|i| b[i..].starts_with(b"cost") || b[i..].starts_with("coût".as_bytes()))
    {
        return false;
    }
    let t = around(s, from.max(at.saturating_sub(200)), at);
    let clause = t.rsplit([':', ';']).next().unwrap_or(t);
    // "their rule of thumb is that a gigawatt costs $50bn", "il estime qu'un campus coûte":
    // the clause a complementizer opens.
    let clause = [" that ", " que ", " qu'", " qu’"]
        .iter()
        .filter_map(|c| clause.rfind(c).map(|k| &clause[k + c.len()..]))
        .min_by_key(|rest| rest.len())
        .unwrap_or(clause);
    let mut ws = words(clause);
    let first = ws.next().unwrap_or("");
    ["un", "une", "a", "an"]
        .iter()
        .any(|x| first.eq_ignore_ascii_case(x))
        && ws.any(|w| {
            ["coûte", "coûtent", "costs", "cost"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        })
}

/// A sentence forecasting or estimating an amount ("will climb to … by 2030, consultancy X
/// said", "the report estimates"): with no owner, what it states is a sector's, not spending.
pub fn forecast_of_nobody(sentence: &str) -> bool {
    sentence.len() < 600
        && crate::text::with_lower(sentence, |t| FORECAST_WORDS.iter().any(|w| t.contains(w)))
}

/// Words of a forecast or an estimate.
const FORECAST_WORDS: &[&str] = &[
    "forecast",
    "estimate",
    "expects",
    "analysts expect",
    "analysts estimate",
    "analystes prévoient",
    "analystes estiment",
    "expected to",
    "projected",
    "would need to",
    "will climb",
    "will reach",
    "will rise",
    "could reach",
    "prévoit que",
    "devrait atteindre",
    "devraient atteindre",
    "pourrait atteindre",
    "pourraient atteindre",
    "pourrait dépasser",
    "pourraient dépasser",
    "estime que",
    "selon les estimations",
];

/// The letter runs one of the generic words holds.
const GENERIC_RUNS: &[&str] = &[
    "each", "chaque", "every", "single", "typical", "seul", "chacun",
];

/// "les cinq projets représentent 70 milliards", "the three companies will spend", "les
/// start-up françaises ont levé": a group of actors (a plural article, maybe a number, a
/// plural noun of actors) before the amount with no name after it, whose money is no one's.
pub fn group_subject(s: &str, from: usize, at: usize) -> bool {
    // The subject stands in the last words before the amount; most stretches hold no plural
    // article at all.
    let t = around(s, from.max(at.saturating_sub(GROUP_REACH)), at);
    // "Private AI companies announced about $40bn": a bare plural opening the clause.
    if from + GROUP_REACH >= at && bare_group(t) {
        return true;
    }
    let b = t.as_bytes();
    let plural_article = memchr::memchr_iter(b' ', b).any(|i| {
        i >= 3
            && matches!(
                [b[i - 3] | 0x20, b[i - 2] | 0x20, b[i - 1] | 0x20],
                [b'l', b'e', b's'] | [b't', b'h', b'e'] | [b'c', b'e', b's'] | [b'e', b's', b'e']
            )
            && (i == 3 || !b[i - 4].is_ascii_alphabetic() || b[i - 1] == b'e')
    });
    if !plural_article {
        return false;
    }
    let mut ws = words(t);
    let mut prev = "";
    while let Some(w) = ws.next() {
        let article = ["les", "the", "ces", "these"]
            .iter()
            .any(|a| prev.eq_ignore_ascii_case(a));
        // ("the start-up" is one: an English group noun ends in "s".)
        let english = prev.eq_ignore_ascii_case("the") || prev.eq_ignore_ascii_case("these");
        let art = prev;
        prev = w;
        if !article {
            continue;
        }
        // "les dépenses des entreprises françaises", "the spending of the largest labs": a
        // group's measure is the group's.
        let w = if MEASURES.iter().any(|m| w.eq_ignore_ascii_case(m)) {
            match ws.next() {
                Some("des") => ws.next().unwrap_or_default(),
                Some("of") => match ws.next() {
                    Some(a) if a.eq_ignore_ascii_case("the") => ws.next().unwrap_or_default(),
                    a => a.unwrap_or_default(),
                },
                _ => return false,
            }
        } else {
            w
        };
        let number = NUMBER_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n));
        let mut noun = if number { ws.next() } else { Some(w) };
        // "les grands groupes", "the largest technology companies": a word of size, then maybe
        // one lower-case modifier, before the noun (in French it agrees with the noun, in
        // English it never ends in "s").
        // (Only an article opening the stretch: "Nvidia, one of the largest chip companies,
        // will invest" is an apposition to a name.)
        let lead = t[..art.as_ptr() as usize - t.as_ptr() as usize]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end();
        let opens = lead.is_empty() || group_lead(lead);
        if opens && noun.is_some_and(|n| SIZES.iter().any(|z| n.eq_ignore_ascii_case(z))) {
            noun = ws.next();
            // (Up to two modifiers: "the biggest US tech companies".)
            for _ in 0..2 {
                if noun.is_some_and(|n| {
                    (n.starts_with(char::is_lowercase)
                        && !GROUP_NOUNS.iter().any(|g| n.eq_ignore_ascii_case(g))
                        && (english != (n.ends_with('s') || n.ends_with('x'))))
                        || (n.len() <= 3 && n.bytes().all(|b| b.is_ascii_uppercase()))
                }) {
                    noun = ws.next();
                }
            }
        }
        let Some(n) = noun.filter(|n| {
            GROUP_NOUNS.iter().any(|g| n.eq_ignore_ascii_case(g)) && (!english || n.ends_with('s'))
        }) else {
            return false;
        };
        // ("Les deux groupes, Orange et Mistral AI, investiront": names in apposition.)
        let end = n.as_ptr() as usize - t.as_ptr() as usize + n.len();
        let apposition = t[end..]
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        return !apposition;
    }
    false
}

/// What may stand before a group sized by an adjective in its stretch: a source ("Selon X,"),
/// a short opening adverbial ("Together,", "By my estimates,"), a conjunction opening a new
/// clause ("…, and the four largest cloud companies"), or a sum's noun whose group follows
/// ("combined capex of the four largest cloud platforms").
fn group_lead(lead: &str) -> bool {
    let source = ["selon ", "according to ", "d'après ", "d’après "]
        .iter()
        .any(|p| {
            lead.get(..p.len())
                .is_some_and(|l| l.eq_ignore_ascii_case(p))
        });
    let last_clause = lead.rsplit(',').next().unwrap_or(lead).trim();
    let adverbial = lead.ends_with(',') && words(lead).count() <= 3;
    let ws: Vec<&str> = words(last_clause).collect();
    let mut rev = ws.iter().rev();
    let conjunction = ws
        .last()
        .is_some_and(|w| matches!(*w, "and" | "et" | "while" | "whereas"));
    let of_a_sum = rev
        .next()
        .is_some_and(|w| matches!(*w, "of" | "de" | "des"))
        && rev.take(3).any(|w| {
            [
                "combined",
                "total",
                "collective",
                "cumulé",
                "cumulés",
                "cumulées",
            ]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
        });
    (lead.ends_with(',') && (source || adverbial)) || conjunction || of_a_sum
}

/// The clause `t` opens on a plural noun of actors without an article, after at most two
/// modifiers ("AI startups raised", "Private AI companies announced").
fn bare_group(t: &str) -> bool {
    // (A heading's line before it is no part of it.)
    let t = memchr::memrchr(b'\n', t.as_bytes()).map_or(t, |k| &t[k + 1..]);
    let t = t.trim_start_matches(['*', '#', '-', ' ', '"', '“']);
    let mut ws = [""; 4];
    let mut n = 0;
    for w in words(t).take(4) {
        ws[n] = w;
        n += 1;
    }
    let ws = &ws[..n];
    let Some(k) = ws.iter().take(3).position(|w| {
        w.len() > 3
            && w.ends_with('s')
            // ("Gulf sovereign funds have committed": funds bare of an article are many; "the
            // funds" are most often a round's proceeds.)
            && (GROUP_NOUNS.iter().any(|g| w.eq_ignore_ascii_case(g))
                || (w.eq_ignore_ascii_case("funds")
                    && ws.first().is_some_and(|f| f.as_ptr() != w.as_ptr()
                        && !["but", "and", "or", "while", "as"].iter().any(|c| f.eq_ignore_ascii_case(c)))))
            // ("Tessera Labs a signé": a name's word.)
            && (w.starts_with(char::is_lowercase) || w.as_ptr() == t.as_ptr())
    }) else {
        return false;
    };
    // (Not "the companies" — read above — nor "its rivals", "two groups".)
    !ws[..k].iter().any(|w| {
        [
            "the", "its", "their", "our", "these", "those", "les", "ces", "leurs", "nos",
        ]
        .iter()
        .any(|d| w.eq_ignore_ascii_case(d))
            || NUMBER_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n))
    }) && ws
        .get(k + 1)
        .is_some_and(|n| n.starts_with(char::is_lowercase))
        // ("Investors including Apex Capital took part": the group has names in it.)
        && {
            // (Nor someone's: "Tessellate's investors had valued it".)
            let at = ws[k].as_ptr() as usize - t.as_ptr() as usize;
            let (lead, rest) = t.split_at(at);
            !lead.contains("'s ")
                && !lead.contains("’s ")
                && !words(rest).skip(1).any(|w| w.starts_with(char::is_uppercase))
        }
}

/// How far before an amount (bytes) a group subject is looked for.
const GROUP_REACH: usize = 100;

/// Words of size before a plural noun of actors ("les grands groupes", "the biggest labs").
const SIZES: &[&str] = &[
    "largest",
    "biggest",
    "big",
    "major",
    "leading",
    "top",
    "grands",
    "principaux",
    "gros",
    "premiers",
    "premières",
];

/// A group's measures, before the group ("les dépenses des entreprises").
const MEASURES: &[&str] = &[
    "dépenses",
    "investissements",
    "engagements",
    "spending",
    "investments",
    "commitments",
    "capex",
];

/// Small numbers written out, before a plural noun.
const NUMBER_WORDS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "cent",
    "two",
    "three",
    "four",
    "five",
    "seven",
    "eight",
    "nine",
    "ten",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
];

/// Words of a period after "each", "every", "chaque".
const PERIODS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "time",
    "année",
    "an",
    "mois",
    "semaine",
    "jour",
    "trimestre",
    "fois",
];

static GENERIC_FIRSTS: Firsts = Firsts::of(GENERIC_RUNS);

/// True when `hay` holds one of `needles` (lower-case ASCII), ASCII case aside; `firsts`: the
/// needles' first bytes.
fn contains_any_ci(hay: &[u8], needles: &[&str], firsts: &Firsts) -> bool {
    hay.iter().enumerate().any(|(i, &c)| {
        if !firsts.may_start(std::slice::from_ref(&c)) {
            return false;
        }
        let c = c.to_ascii_lowercase();
        needles.iter().map(|n| n.as_bytes()).any(|n| {
            n[0] == c
                && hay
                    .get(i..i + n.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(n))
        })
    })
}

mod estimate;
mod installed;
mod limit;
mod market;
mod projects;
mod queue;
mod reckoned;

#[cfg(test)]
mod tests;
