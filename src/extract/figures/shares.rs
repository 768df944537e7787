//! The words that make an amount a share of a total: "of the total", "the remaining", "the
//! first 150 MW phase", a sentence opening on "Of that, …", a colon after the whole, a verb
//! of inclusion.

use super::rests::{ordinal_pronoun, rest_named_before};
use crate::extract::FigureHit;
use crate::text::{self, AnyOf};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Words right after an amount that name the whole it is a share of ("$4bn of the cost"),
/// which may stand in the paragraph before.
pub(super) const WHOLE_AFTER: &[&str] = &[
    " of the total",
    " of the cost",
    " of the budget",
    " of the round",
    " of the raise",
    " of the financing",
    " of the funding",
    " of the package",
    " du coût",
    " du budget",
    " du tour",
    " de la levée",
    " du financement",
];
/// Words right after an amount that make it a share of a total given before ("$30bn of
/// that", "2 milliards de cette somme").
pub(super) const SHARE_AFTER: &[&str] = &[
    " of that",
    " of it",
    " of this",
    " du total",
    " de cette somme",
    " de ce montant",
    " de l'enveloppe",
    " restants",
    " restantes",
];
/// Words right before an amount that make it the rest of a total given before.
/// ("The first $10bn will be deployed when …": the first share of it.)
pub(super) const REST_BEFORE: &[&str] = &[
    "the remaining",
    "the other",
    "les",
    "the rest,",
    "the first",
    "the initial",
    "an initial",
];

/// Ordinals that open the first stages of a project ("the first 150 MW phase").
const ORDINALS: &[&str] = &[
    "first",
    "initial",
    "second",
    "première",
    "premier",
    "initiale",
    "deuxième",
    "seconde",
];
/// Stages of a project whose size is a part of the whole given before.
const STAGES: &[&str] = &[
    "phase", "tranche", "stage", "étape", "tiers", "third", "quart", "quarter", "hall", "building",
    "salle",
];

/// The tails of [`STAGES`]' words, any case of their first letter aside (searched together).
static STAGE_TAILS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(&[
        "hase", "anch", "tage", "tape", "iers", "hird", "uart", "hall", "ding", "alle",
    ])
});

/// "the first 150 MW phase", "une première tranche de 150 MW", "la première phase, de 200 MW",
/// "the first 100-megawatt hall":
/// the amount of a project's stage, named by an ordinal in its clause.
pub(super) fn stage_amount(s: &str, f: &FigureHit) -> bool {
    // Most amounts have no stage word near them: a byte scan for the words' tails ("Phase",
    // "tranche", "Stage", "Étape") answers those before any lower-casing.
    // ("Le premier, d'une capacité de 400 MW, …": one of the things counted before.)
    if text::with_lower_tail(s, f.span.start, 48, |before| {
        ordinal_pronoun(clause_of(before))
    }) {
        return true;
    }
    let near = text::around(s, f.span.start.saturating_sub(40), f.span.end + 12);
    if !STAGE_TAILS.found_in(near.as_bytes()) {
        return false;
    }
    let after = text::around(s, f.span.end, f.span.end + 12);
    let stage_after = text::with_lower(after, |a| {
        STAGES.iter().any(|w| a.trim_start().starts_with(w))
    });
    text::with_lower_tail(s, f.span.start, 40, |before| {
        let clause = clause_of(before);
        let b = clause.as_bytes();
        let ordinal = ORDINALS.iter().any(|o| {
            clause.match_indices(o).any(|(i, _)| {
                let end = i + o.len();
                (i == 0 || !b[i - 1].is_ascii_alphabetic()) && (end == b.len() || b[end] == b' ')
            })
        });
        // ("Quarter" before the amount is the calendar's: "in its second quarter, up from
        // $22.6bn".)
        let calendar = |w: &str| {
            w == "quarter" || (w == "quart" && !clause.replace("quarter", "").contains(w))
        };
        ordinal && (stage_after || STAGES.iter().any(|w| !calendar(w) && clause.contains(w)))
    })
}

/// `before` after its last sentence end or semicolon, found by a byte search: the amount's clause.
fn clause_of(before: &str) -> &str {
    before
        .bytes()
        .rposition(|c| matches!(c, b'.' | b';' | b'!' | b'?'))
        .map_or(before, |k| &before[k + 1..])
}

/// "The first phase, worth VNĐ18.6 trillion, will deliver 60MW", "La première tranche du
/// projet, d'un coût de 88 MDT, porte sur 640 GPU": a sentence that opens on a project's first
/// stage, or on its financing, states the stage's or the financing's amounts, wherever they
/// stand in it.
pub(super) fn stage_sentence(s: &str, at: usize) -> bool {
    let from = s.floor_char_boundary(at.saturating_sub(240));
    let before = &s[from..at];
    // (A decimal point ends no sentence: "The first phase, worth VNĐ18.6 trillion, …".)
    let Some(k) = last_stop(before.as_bytes(), b'!') else {
        return false;
    };
    // Its first three words, read without building a list.
    let mut opening = before[k + 1..].split_whitespace();
    let (first, second, third) = (opening.next(), opening.next(), opening.next());
    // "Le financement est assuré par un crédit de 40 milliards de DA", "The financing
    // comprises a S$1.8 billion loan": the funding of the project costed before, in parts.
    if let (Some(det), Some(noun)) = (first, second)
        && ["le", "the", "its", "son", "this", "ce"]
            .iter()
            .any(|d| det.eq_ignore_ascii_case(d))
        && ["financement", "financing"]
            .iter()
            .any(|w| noun.trim_end_matches(',').eq_ignore_ascii_case(w))
    {
        return true;
    }
    let (Some(det), Some(ord), Some(stage)) = (first, second, third) else {
        return false;
    };
    let stage = stage.trim_end_matches(',');
    ["the", "its", "la", "une", "sa", "le", "son", "a"]
        .iter()
        .any(|d| det.eq_ignore_ascii_case(d))
        && ORDINALS.iter().any(|o| ord.eq_ignore_ascii_case(o))
        && ["phase", "tranche", "stage", "étape"]
            .iter()
            .any(|w| stage.eq_ignore_ascii_case(w))
}

/// "…; of that, Rapidus is expected to receive ¥1.7tn", "Sur ce total, l'État apportera 2
/// milliards": the amount's clause opens on a share of what was said before it.
pub(super) fn clause_opens_share(s: &str, at: usize) -> bool {
    let from = s.floor_char_boundary(at.saturating_sub(160));
    let before = &s[from..at];
    let b = before.as_bytes();
    // (A decimal point is no clause's end: "Of the 4.5 trillion won, …".)
    let Some(k) = last_stop(b, b';').max(memchr::memrchr(b':', b)) else {
        return false;
    };
    let clause = before[k + 1..].trim_start();
    // Every opening starts with "o" or "s": most clauses are answered here.
    if !clause.starts_with(['o', 'O', 's', 'S']) {
        return false;
    }
    text::with_lower(clause, |c| {
        // "Of the 2030 total, …", "Of that $50 billion, …", "Sur les 2 milliards, …".
        let seg = c.split(',').next().unwrap_or(c);
        let named = [
            "of that ",
            "of this ",
            "of the ",
            "sur ce ",
            "sur cette ",
            "sur les ",
            "sur l'",
            "sur l’",
            "sur la ",
            "sur le ",
        ]
        .iter()
        .any(|m| c.starts_with(m))
            && seg.len() < c.len()
            && seg.len() < 48
            // ("Sur l'enveloppe publique, …": the whole's noun, an adjective after it.)
            // (A year is no amount: "Sur l'ensemble de 2025, …".)
            && (seg.split(' ').any(|w| {
                w.bytes().any(|b| b.is_ascii_digit())
                    && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
            }) || seg
                    .split([' ', '\'', '’'])
                    .skip(1)
                    .take(3)
                    .any(|w| WHOLE_NOUNS.contains(&w)));
        named
            || [
                "of that,",
                "of this,",
                "of it,",
                "of the total,",
                "of which,",
                "sur ce total,",
                "sur ce montant,",
                "sur cette somme,",
                "sur cette enveloppe,",
            ]
            .iter()
            .any(|m| c.starts_with(m))
    })
}

/// Nouns of a whole that "Of the …, " opens a share of ("Of the new money, ¥630bn …").
const WHOLE_NOUNS: &[&str] = &[
    "total",
    "money",
    "sum",
    "amount",
    "package",
    "budget",
    "funding",
    "financing",
    "envelope",
    "investment",
    "round",
    "raise",
    "fund",
    "montant",
    "somme",
    "enveloppe",
    "financement",
    "investissement",
    "tour",
    "ticket",
    "levée",
    "capacity",
    "capacité",
    "loan",
    "prêt",
    "emprunt",
];

/// The last '.', '\n' or `extra` in `b` that ends a clause: no decimal point ("4.5").
fn last_stop(b: &[u8], extra: u8) -> Option<usize> {
    memchr::memrchr3_iter(b'.', extra, b'\n', b)
        .find(|&k| !(b[k] == b'.' && b.get(k + 1).is_some_and(u8::is_ascii_digit)))
}

/// Capitalised words before "alone" that name a period or a thing, no actor.
const PERIOD_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "H1",
    "H2",
    "This",
    "That",
    "It",
];

/// "Nvidia alone is putting in $150 million", "Mubadala apporte à lui seul 900 millions": an
/// actor's share of a whole given before, said to be its own alone, in the clause before the
/// amount at `at`.
pub(super) fn alone_before(s: &str, at: usize) -> bool {
    let from = s.floor_char_boundary(at.saturating_sub(120));
    let before = &s[from..at];
    let b = before.as_bytes();
    let start = last_stop(b, b';').map_or(0, |k| k + 1);
    let clause = before[start..].trim_start();
    // (The word before "alone" is a name: "In January alone, …", "In Q3 alone" are periods,
    // "This alone" a thing, no share.)
    // (Most clauses hold neither word: one search each, by a searcher built once, answers
    // them.)
    static ALONE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" alone"));
    static SEUL: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("seul"));
    let named_alone = !clause.starts_with("In ")
        && ALONE.find_iter(clause.as_bytes()).any(|k| {
            clause[..k].rsplit(' ').next().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && !PERIOD_WORDS.contains(&w)
                    && !w.starts_with(|c: char| c.is_ascii_digit())
            })
        });
    named_alone
        || (SEUL.find(clause.as_bytes()).is_some()
            && [
                "à lui seul",
                "à elle seule",
                "à eux seuls",
                "à elles seules",
            ]
            .iter()
            .any(|w| clause.contains(w)))
}

/// "Roughly half of that, $18.6 billion", "the largest share, 95 billion yen": a share of a
/// whole given before, named in the words right before the amount (`before`, lower case).
pub(super) fn share_named_before(before: &str) -> bool {
    let b = before.trim_end();
    // ("On top of that, €50bn", "because of it,": no share.)
    let of_what = [" of that,", " of it,", " of this,"]
        .iter()
        .find_map(|w| b.strip_suffix(w));
    if of_what.is_some_and(|head| {
        let word = head.rsplit(' ').next().unwrap_or("");
        matches!(
            word,
            "top" | "because" | "instead" | "spite" | "ahead" | "out"
        )
    }) {
        return false;
    }
    if rest_named_before(b) {
        return true;
    }
    [
        " of that,",
        " of it,",
        " of this,",
        " of the total,",
        " share,",
        " portion,",
        " slice,",
        " du total,",
        " de cette somme,",
        " part,",
    ]
    .iter()
    .any(|w| b.ends_with(w))
}

/// Where the sentence before ends when a part's marker opens a sentence of its own ("Dont
/// 500 millions iront …", "Including $3bn for …"): the position of its final stop.
pub(super) fn part_opening_sentence(s: &str, mstart: usize) -> Option<usize> {
    let before = s[..mstart].trim_end_matches(' ');
    let opens = s[mstart..].starts_with(|c: char| c.is_uppercase());
    (opens && before.ends_with('.')).then(|| before.len() - 1)
}

/// "920 milliards :", "a $10bn raise:", "20 milliards d'investissements :": a colon right after
/// the amount, or after at most two lower-case words naming it.
pub(super) fn colon_after(s: &str, end: usize) -> bool {
    let after = text::around(s, end, end + 40);
    let Some(k) = memchr::memchr(b':', after.as_bytes()) else {
        return false;
    };
    let words = &after[..k];
    // A colon of a breakdown is followed by white space ("https://…" is no breakdown).
    after[k + 1..].starts_with(char::is_whitespace)
        && words.split_whitespace().nth(2).is_none()
        && words
            .chars()
            .all(|c| c.is_whitespace() || c == '\'' || c == '’' || c.is_lowercase())
}

/// Verbs of inclusion among the part markers ("includes", "comprend", "inclut").
const INCLUSION_VERBS: &[&str] = &["includ", "comprend", "inclu"];

/// "The UK will put £2bn into its plan. The plan, unveiled in January, includes £750m for …": a
/// verb of inclusion may take its whole from the sentence before; the position of that
/// sentence's final stop.
pub(super) fn inclusion_sentence(s: &str, mstart: usize) -> Option<usize> {
    let word = text::around(s, mstart, mstart + 8);
    if !word.starts_with(['i', 'c']) || !INCLUSION_VERBS.iter().any(|v| word.starts_with(v)) {
        return None;
    }
    let from = s.floor_char_boundary(mstart.saturating_sub(240));
    let b = &s.as_bytes()[from..mstart];
    // The last stop followed by white space (not a decimal point).
    (1..b.len())
        .rev()
        .find(|&i| matches!(b[i - 1], b'.' | b'!' | b'?') && b[i].is_ascii_whitespace())
        .map(|i| from + i - 1)
}
