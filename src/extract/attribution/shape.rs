//! How a sentence is built around a candidate owner: a possessive ("OpenAI's closest rival"),
//! a modifier inside a description ("an HPE system", "Nvidia GH200"), a regulator that only
//! authorises ("Bruxelles a autorisé"), the subject left before an
//! aside between commas ("X, the start-up founded by Y, raised"), a subject that is a
//! measure of the actor in the news ("Net income climbed to …"), a chip maker next to its chip
//! noun, and an owner named right after the amount ("$5bn of X") unless the amount was raised
//! from that backer.

use super::look::Looks;
use super::look_context::DETERMINERS;
use crate::extract::firsts::{Firsts, words};
use crate::extract::{EntityHit, EntityKind, amount_words};
use crate::text::around as slice;
use std::ops::Range;

/// `w` starts with the lower-case `x`, ASCII case aside.
fn starts(w: &str, x: &str) -> bool {
    w.len() >= x.len() && w.as_bytes()[..x.len()].eq_ignore_ascii_case(x.as_bytes())
}

/// Verbs of a body that authorises what another pays ("Bruxelles a autorisé une aide").
const REGULATOR_VERBS: &[&str] = &[
    "autoris",
    "valid",
    "authoriz",
    "authoris",
    "cleared",
    "clears",
    "feu vert",
    "green light",
    "greenlit",
];

/// The first bytes of the regulator verbs.
static REGULATOR_FIRSTS: Firsts = Firsts::of(REGULATOR_VERBS);
/// Appositions that make a name a regulator ("la FERC, le régulateur fédéral de l'énergie,").
const REGULATOR_NOUNS: &[&str] = &[
    "le régulateur",
    "la régulatrice",
    "l'autorité",
    "le gendarme",
    "the regulator",
    "the watchdog",
    "the antitrust",
    "the competition authority",
    "the federal regulator",
];

/// True when the words between the candidate and the amount say it only authorised it, or
/// when the name is introduced as a regulator.
pub fn regulator(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let after = slice(s, e.span.end, e.span.end + 32);
    if let Some(rest) = after.strip_prefix(", ")
        && REGULATOR_NOUNS.iter().any(|r| starts(rest, r))
    {
        return true;
    }
    figure_start < e.span.end + 80
        && words(slice(s, e.span.end, figure_start)).any(|w| {
            REGULATOR_FIRSTS.may_start(w.as_bytes())
                && (REGULATOR_VERBS.iter().any(|v| starts(w, v))
                    || (starts(w, "approv") && state_aid_after(s, figure_start)))
        })
}

/// "approved €4bn of state aid": what a body approves is another's aid (a government
/// approving its own budget spends it).
fn state_aid_after(s: &str, figure_start: usize) -> bool {
    crate::text::with_lower(slice(s, figure_start, figure_start + 48), |t| {
        ["state aid", "aid ", "subsid", "aide"]
            .iter()
            .any(|a| t.contains(a))
    })
}

/// "X, [aside], verb … amount": when the candidate closes a comma aside (the words between it
/// and the amount hold a comma), the clause's first actor followed by a comma is the subject.
pub fn subject_before_aside(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    clause: Range<usize>,
    candidate: usize,
    figure_start: usize,
) -> Option<usize> {
    let e = &entities[candidate];
    if !slice(s, e.span.end, figure_start).contains(',') {
        return None;
    }
    let a = entities.partition_point(|x| x.span.start < clause.start);
    (a..candidate).find(|&k| {
        let x = &entities[k];
        let l = looks.get(k);
        slice(s, x.span.end, x.span.end + 1) == ","
            && !l.location
            && !l.source
            && !l.speech
            && x.kind != EntityKind::Place
            && !super::parties::complement(s, x)
            && slice(s, clause.start, x.span.start)
                .split_whitespace()
                .count()
                <= 4
    })
}

/// Measures of an actor's own money that may open a sentence with no name in it ("Net income
/// climbed 80% to …", "Le précédent bilan s'établissait à …").
const MEASURES: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "income",
    "profit",
    "earnings",
    "capex",
    "spending",
    "margin",
    "bilan",
    "chiffre",
    "bénéfice",
    "résultat",
    "ventes",
    "recettes",
    "investissement",
    "investissements",
    "budget",
    "enveloppe",
    "round",
    "tour",
    "levée",
    "valuation",
    "valorisait",
    "valorise",
    "valued",
];
/// The first bytes of the measures and of the sector-wide words.
static MEASURE_FIRSTS: Firsts = Firsts::of(MEASURES);
static SECTOR_FIRSTS: Firsts = Firsts::of(SECTOR_WIDE);
static MARKET_FIRSTS: Firsts = Firsts::of(amount_words::MARKET_WIDE);
/// Words that, besides [`amount_words::MARKET_WIDE`], make a measure the whole sector's,
/// owned by no one.
const SECTOR_WIDE: &[&str] = &[
    "world",
    "monde",
    // Whole groups of firms: "hyperscalers will spend $300bn", "les géants du cloud".
    "hyperscalers",
    "hyperscaleurs",
    "chipmakers",
    "giants",
    "géants",
];

/// True when the sentence is about a measure of the actor in the news, with no one named.
pub fn measure_sentence(s: &str, sent: &Range<usize>) -> bool {
    words(slice(s, sent.start, sent.end)).any(|w| {
        MEASURE_FIRSTS.may_start(w.as_bytes()) && MEASURES.iter().any(|m| w.eq_ignore_ascii_case(m))
    }) && !sector_wide(s, sent.clone())
}

/// True when the text speaks of a whole market or sector ("le marché mondial").
pub fn sector_wide(s: &str, r: Range<usize>) -> bool {
    words(slice(s, r.start, r.end)).any(|w| {
        let among = |firsts: &Firsts, list: &[&str]| {
            firsts.may_start(w.as_bytes()) && list.iter().any(|x| w.eq_ignore_ascii_case(x))
        };
        among(&SECTOR_FIRSTS, SECTOR_WIDE) || among(&MARKET_FIRSTS, amount_words::MARKET_WIDE)
    })
}

/// Verbs of money received: the name after "from"/"de" that follows their amount is the
/// backer, not the owner ("X raised €2bn from ASML", "X a levé 2 milliards d'euros de Y").
const RAISED: &[&str] = &[
    "raised",
    "raise",
    "raises",
    "raising",
    "secured",
    "received",
    "obtained",
    "levé",
    "lève",
    "lèvera",
    "lever",
    "obtenu",
    "reçu",
    "récolté",
];

/// The word right before the amount (or the one before it: "raised about") is a verb of
/// money received.
pub fn raised_before(s: &str, at: usize) -> bool {
    crate::text::with_lower_tail(s, at, 24, |t| {
        t.split_whitespace()
            .rev()
            .take(2)
            .any(|w| RAISED.contains(&w))
    })
}

/// "a obtenu un prêt de 300 M$ de la BAD", "a grant of $5m from X": money lent or granted is
/// the receiver's; the lender named after it ("de X", "from X") is the other side.
pub fn lent_before(s: &str, at: usize) -> bool {
    crate::text::with_lower_tail(s, at, 24, |t| {
        let mut last = t.split_whitespace().rev();
        matches!(
            (last.next(), last.next()),
            (
                Some("de" | "d'" | "of"),
                Some("prêt" | "prêts" | "loan" | "grant" | "subvention")
            )
        )
    })
}

/// Prepositions before an owner placed after the amount.
const OWNER_AFTER: &[&str] = &["de ", "d'", "du ", "des ", "of ", "from ", "by ", "par "];

/// True when the text between the amount and the next entity says "of/by that entity".
pub fn owner_follows(between: &str) -> bool {
    // A preposition and a determiner hold at most seven letters, and lower-casing never makes
    // fewer chars nor white space: a longer gap is answered before any copy.
    if between
        .chars()
        .filter(|c| !c.is_whitespace())
        .nth(7)
        .is_some()
    {
        return false;
    }
    let t = crate::text::lower(between.trim_start());
    OWNER_AFTER.iter().any(|p| {
        t.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim();
            rest.is_empty() || DETERMINERS.contains(&rest)
        })
    })
}

/// "a deal that values the chip designer at", "valued it at": a valuation verb among the last
/// words before `at`, and not the price of a deal ("a deal valued at", "a deal worth").
pub fn values_what_is_bought(s: &str, at: usize) -> bool {
    crate::text::with_lower_tail(s, at, 48, |t| {
        let Some(k) = ["valu", "valoris"].iter().filter_map(|v| t.rfind(v)).max() else {
            return false;
        };
        let before = t[..k].trim_end();
        !crate::extract::amount_words::CONTRACTS
            .iter()
            .any(|d| before.ends_with(d))
    })
}

/// "FugakuNEXT, le successeur de Fugaku, qui devrait dépasser …": a name completing the noun
/// of an apposition to the name before it; that name (the subject) is returned.
pub fn apposition_complement(s: &str, entities: &[EntityHit], i: usize) -> Option<usize> {
    let k = i.checked_sub(1)?;
    let (x, e) = (&entities[k], &entities[i]);
    // (A person with a title speaks for the body the title names: "X, le patron de Y,".)
    if matches!(x.kind, EntityKind::Place | EntityKind::Person) || x.span.end > e.span.start {
        return None;
    }
    let gap = s.get(x.span.end..e.span.start)?;
    let rest = gap.strip_prefix(", ")?;
    if rest.len() > 48 || rest.contains([',', ';', '(']) {
        return None;
    }
    let ws: Vec<&str> = rest.split_whitespace().collect();
    let det = ["le", "la", "les", "l'", "the", "son", "sa", "its"];
    let opens = ws.first().is_some_and(|w| {
        det.iter().any(|d| w.eq_ignore_ascii_case(d)) || w.to_lowercase().starts_with("l'")
    });
    let closes = rest.ends_with(" de ")
        || rest.ends_with(" du ")
        || rest.ends_with(" of ")
        || rest.ends_with(" d'");
    (opens && closes && ws.len() <= 5).then_some(k)
}

/// "le campus de 1,4 GW que le fonds émirati MGX développe", "the $5bn that OpenAI raised":
/// the amount is the object of a relative clause whose subject, `e`, is its owner. `between`:
/// the text from the amount to `e`.
pub fn object_of_relative(between: &str, e: &EntityHit) -> bool {
    // (Most gaps hold no "q" nor "that": one byte scan answers them.)
    if !matches!(e.kind, EntityKind::Company | EntityKind::Institution)
        || between.len() > 64
        || memchr::memchr2(b'q', b'h', between.as_bytes()).is_none()
    {
        return false;
    }
    let Some((head, rest)) = [" que ", " qu'", " qu’", " that "]
        .iter()
        .find_map(|r| between.split_once(r))
    else {
        return false;
    };
    // At most a noun or two before the pronoun, a determiner and two words after it.
    head.split_whitespace().nth(2).is_none()
        && !head.contains([',', ';', '('])
        && !rest.contains([',', ';', '('])
        && rest.split_whitespace().nth(3).is_none()
}

/// "Deutsche Telekom et Nvidia vont installer …": `i` is the second of two names joined by
/// "et" / "and" opening the clause (not the last of a longer list).
pub fn second_of_pair(s: &str, entities: &[EntityHit], i: usize, clause_start: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let (x, e) = (&entities[k], &entities[i]);
    let joined = matches!(s.get(x.span.end..e.span.start), Some(" et " | " and "));
    let actors = |e: &EntityHit| matches!(e.kind, EntityKind::Company | EntityKind::Institution);
    // At most two words before the pair: read three at the most, however long the clause.
    let opens = || {
        x.span.start >= clause_start
            && s[clause_start..x.span.start]
                .split_whitespace()
                .nth(2)
                .is_none()
    };
    let listed = || k > 0 && s.get(entities[k - 1].span.end..x.span.start) == Some(", ");
    joined && actors(x) && actors(e) && opens() && !listed()
}

/// "Avec ses 3,2 milliards d'euros, Orange ne prétend pas …", "With its $2bn, X …": a
/// possessive in a short phrase opening the sentence names the subject right after its comma
/// (the name that follows, not one before).
pub fn fronted_possessor(
    s: &str,
    entities: &[EntityHit],
    sent: &Range<usize>,
    a: &super::refs::Anaphor,
    f: &crate::extract::FigureHit,
) -> Option<usize> {
    let word = s.get(a.span.clone())?;
    if !crate::extract::firsts::listed(word, crate::extract::firsts::POSSESSIVES)
        || a.span.start < sent.start
        || s[sent.start..a.span.start]
            .split_whitespace()
            .nth(3)
            .is_some()
    {
        return None;
    }
    let rest = &s[f.span.end..sent.end];
    let comma = rest.find(", ")?;
    if rest[..comma].split_whitespace().nth(6).is_some() || rest[..comma].contains([';', ':', '('])
    {
        return None;
    }
    let at = f.span.end + comma + 2;
    let i = entities.partition_point(|e| e.span.start < at);
    let e = entities.get(i).filter(|e| e.span.start == at)?;
    super::subject::fits(super::refs::Class::Any, e.kind).then_some(i)
}

/// "La Région X, de son côté, versera": a place opening its sentence after an article, before
/// a comma and lower-case words, is its subject (not "Phoenix, Arizona," nor "In Texas, …").
pub fn opens_as_subject(lead: &str, after: &str) -> bool {
    let lead = lead.trim();
    ["La", "Le", "L'", "The"].contains(&lead)
        && after
            .strip_prefix(',')
            .is_some_and(|t| t.trim_start().starts_with(char::is_lowercase))
}
