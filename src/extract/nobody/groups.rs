//! Groups of actors as a sentence's subject, whose amounts are no one's: "les cinq projets
//! représentent", "the largest technology companies", "Frontier labs", "les dépenses des
//! entreprises françaises".

use super::market::GROUP_NOUNS;
use crate::extract::firsts::words;
use crate::text::around;

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
        // "les grands groupes", "the largest technology companies": a word of size, then up to
        // two modifiers before the noun, lower-case (in French it agrees with the noun, in
        // English it never ends in "s") or an acronym ("the biggest US tech companies").
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
        // ("Les deux groupes, Orange et Mistral AI, investiront": names in apposition; "X and
        // Y, the two largest cloud providers, will spend": the group is the apposition.)
        let end = n.as_ptr() as usize - t.as_ptr() as usize + n.len();
        // ("the biggest cloud companies' rival": a possessive names another.)
        // (A relative clause after the comma is the group's own: "…, which together".)
        let relative = t[end..].strip_prefix(", ").is_some_and(|r| {
            ["which ", "who ", "that ", "qui ", "dont "]
                .iter()
                .any(|p| r.starts_with(p))
        });
        let apposition = t[end..].starts_with([',', '\'', '’']) && !relative;
        return !apposition;
    }
    false
}

/// What may stand before a group sized by an adjective in its stretch: a source ("Selon X,"),
/// a short opening adverbial ("Together,", "By my estimates,"), a conjunction opening a new
/// clause ("…, and the four largest cloud companies"), or a sum's noun whose group follows
/// ("combined capex of the four largest cloud platforms").
fn group_lead(lead: &str) -> bool {
    let source = super::estimate::opens_with_source(lead);
    let last_clause = lead.rsplit(',').next().unwrap_or(lead).trim();
    // (An opening adverbial names no one: "Microsoft and Google, the two largest …" is an
    // apposition to names.)
    let adverbial = lead.ends_with(',')
        && words(lead).count() <= 3
        && words(lead)
            .skip(1)
            .all(|w| w.starts_with(char::is_lowercase));
    let ws: Vec<&str> = words(last_clause).collect();
    let mut rev = ws.iter().rev();
    // (Right after a comma: "Oracle and the largest cloud providers" is a list.)
    let conjunction =
        ws.len() == 1 && lead.contains(',') && matches!(ws[0], "and" | "et" | "while" | "whereas");
    let named = ws.iter().skip(1).any(|w| w.starts_with(char::is_uppercase));
    let of_a_sum = ws.len() <= 4
        && !named
        && rev
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
