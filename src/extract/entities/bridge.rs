//! How a name goes on past its first capitalised words: particles ("Université de Stanford",
//! "Ursula von der Leyen") and a firm's ampersand ("Power & Light"). The lower-case words of
//! French institutional names ("Commission européenne") are in [`super::french_tail`], a
//! ministry's list of portfolios in [`super::portfolios`].

use super::ctx::Ctx;
use super::cues::{Cues, flag};
use crate::extract::EntityKind;

/// After tokens `first..=last`, particles at `j..` followed by a name word: the index of that
/// word when the particles may join it ("Université de Stanford", "Corée du Nord",
/// "Ursula von der Leyen", "Plan d'Action pour l'IA").
pub fn particle_bridge(
    cx: &Ctx,
    first: usize,
    last: usize,
    j: usize,
    head: Option<EntityKind>,
) -> Option<usize> {
    let toks = cx.toks;
    // "Erwan Le Goff", "Marine Le Pen": a capitalised "Le" or "La" between one name word and
    // another is a surname's particle, not an article (which a lower-case word would precede).
    if first == last
        && toks[first].name_like(cx.s)
        && toks
            .get(j)
            .is_some_and(|t| t.joined && matches!(t.text(cx.s), "Le" | "La"))
        && toks
            .get(j + 1)
            .is_some_and(|t| t.joined && t.name_like(cx.s) && cx.flags(j + 1) & flag::STOP == 0)
    {
        return Some(j + 1);
    }
    // The first particle's flags serve both kinds of particle (one lookup).
    let fj = cx.particle_flags(j);
    if fj & (flag::BRIDGE_PARTICLE | flag::ORG_PARTICLE) == 0 {
        return None;
    }
    // Person particles: "von der", "van", "bin", "al".
    let mut k = j;
    if fj & flag::BRIDGE_PARTICLE != 0 {
        k += 1;
        if k < toks.len() && k < j + 2 && cx.particle_flags(k) & flag::BRIDGE_PARTICLE != 0 {
            k += 1;
        }
    }
    if k > j
        && last - first < 2
        && (first..=last).all(|x| toks[x].name_like(cx.s))
        && toks.get(k).is_some_and(|t| t.joined && t.name_like(cx.s))
    {
        return Some(k);
    }
    // Organisation particles.
    let mut k = j;
    if fj & flag::ORG_PARTICLE != 0 {
        k += 1;
        while k < toks.len() && k < j + 3 && cx.particle_flags(k) & flag::ORG_PARTICLE != 0 {
            k += 1;
        }
    }
    // "Strait Compute Pte Ltd of Singapore": a legal form closes the name.
    if k == j || k >= toks.len() || Cues::legal_form(cx.lower(last)) {
        return None;
    }
    let next = &toks[k];
    if !(next.joined && next.namey(cx.s)) {
        return None;
    }
    // The particles `j..k` (at least one): only the first is looked at, and whether it is alone.
    let first_part = cx.lower(j);
    let one_part = k == j + 1;
    let nl = cx.lower(k);
    // "Corée du Nord", "Afrique du Sud".
    if one_part && first_part == "du" && matches!(nl, "nord" | "sud" | "est" | "ouest") {
        return Some(k);
    }
    if matches!(first_part, "et" | "and" | "&") && one_part && first == last {
        // "CHIPS and Science Act", "Food and Drug Administration": one word, "and", then
        // capitalised words up to a head word.
        return and_head(cx, k).then_some(k);
    }
    // "Ministry of Trade and Industry": a ministry's domains joined by "and".
    if matches!(first_part, "and" | "&")
        && one_part
        && cx.flags(first) & flag::INSTITUTION_HEAD != 0
        && (MINISTRY_DOMAINS.contains(&nl) || PORTFOLIO_ADJECTIVES.contains(&nl))
        && (first..=last).any(|x| matches!(cx.lower(x), "of" | "for"))
    {
        return Some(k);
    }
    // "Gansu Provincial Development and Reform Commission": a domain, "and", capitalised
    // words up to a body's head word.
    if matches!(first_part, "and" | "&")
        && one_part
        && MINISTRY_DOMAINS.contains(&cx.lower(last))
        && and_head(cx, k)
    {
        return Some(k);
    }
    // "National Fund for Scientific and Technological Development (FNDCT)": a body's name
    // with its "for" and its "and", closed by its acronym in brackets.
    if matches!(first_part, "and" | "et")
        && one_part
        && (first..=last).any(|x| matches!(cx.lower(x), "of" | "for" | "de" | "pour"))
        && acronym_closes(cx, first, last, k)
    {
        return Some(k);
    }
    if matches!(first_part, "et" | "and" | "&" | "à" | "en") {
        return None;
    }
    let nf = cx.cues.flags(nl);
    let generic = nf & flag::GENERIC != 0;
    let has_head = head.is_some()
        || (first..=last).any(|x| cx.flags(x) & (flag::INSTITUTION_HEAD | flag::PROJECT_HEAD) != 0)
        // "Royal Bank of Canada", "Bank of America", "National Fund for Scientific Research".
        || (first_part == "of" && cx.lower(last) == "bank")
        || (matches!(first_part, "of" | "for")
            && matches!(cx.lower(last), "fund" | "foundation" | "centre" | "center"))
        || super::noise::opens_quote(cx.s, toks[first].start);
    if has_head && (nf & flag::STOP == 0 || generic) {
        return Some(k);
    }
    // "Charles de Gaulle": a known first name, "de", a surname.
    if one_part
        && first_part == "de"
        && first == last
        && cx.flags(first) & flag::FIRST_NAME != 0
        && next.name_like(cx.s)
    {
        return Some(k);
    }
    None
}

/// What ministries and departments are "of" ("Ministry of Trade and Industry").
pub(super) const MINISTRY_DOMAINS: &[&str] = &[
    "industry",
    "trade",
    "energy",
    "technology",
    "finance",
    "science",
    "innovation",
    "education",
    "research",
    "development",
    "planning",
    "economy",
    "commerce",
    "communications",
    "information",
    "culture",
    "defence",
    "defense",
    "health",
    "transport",
    "infrastructure",
    "labour",
    "labor",
    "environment",
    "resources",
    "affairs",
    "enterprise",
    "employment",
    "investment",
    "security",
    "ict",
    "reform",
    "supervision",
    "administration",
    "regulation",
    "treasury",
    "agriculture",
    "budget",
    "climate",
    "digital",
    "digitalisation",
    "digitalization",
    "fisheries",
    "technologies",
    "telecommunications",
    "tourism",
    "transformation",
    "service",
];

/// Adjectives opening a ministry's portfolio after its "and" ("Ministry for Digital
/// Transformation and Civil Service"): read by the "and" bridge only, not as titles.
const PORTFOLIO_ADJECTIVES: &[&str] =
    &["civil", "digital", "public", "social", "foreign", "higher"];

/// Capitalised words from `k` (at most three), the last right before an acronym in brackets
/// ("Technological Development (FNDCT)").
fn acronym_closes(cx: &Ctx, first: usize, last: usize, k: usize) -> bool {
    for x in k..(k + 3).min(cx.toks.len()) {
        let t = &cx.toks[x];
        if !(t.joined && t.namey(cx.s)) {
            return false;
        }
        let Some(inner) = cx.s[t.end..].strip_prefix(" (") else {
            continue;
        };
        let Some(close) = inner[..inner.floor_char_boundary(10)].find(')') else {
            return false;
        };
        let acronym = &inner[..close];
        // ("FNDCT", "CNPq", "Finep": a capital first, letters and digits only, the initial of
        // a word before the "and": "Agency for X and Orbitex (ORBX)" is two names.)
        let initial = acronym.as_bytes().first().copied().unwrap_or(0);
        return (2..=8).contains(&acronym.len())
            && initial.is_ascii_uppercase()
            && acronym.bytes().all(|b| b.is_ascii_alphanumeric())
            && (first..=last).any(|w| cx.toks[w].text(cx.s).as_bytes()[0] == initial);
    }
    false
}

/// Capitalised words from `k` (at most three) ending on an institution or project head word.
fn and_head(cx: &Ctx, k: usize) -> bool {
    for x in k..(k + 3).min(cx.toks.len()) {
        let t = &cx.toks[x];
        if !(t.joined && t.namey(cx.s)) {
            return false;
        }
        if cx.flags(x) & (flag::INSTITUTION_HEAD | flag::PROJECT_HEAD) != 0 {
            return true;
        }
    }
    false
}

/// "Helen M. Barrow", "John F. Kennedy": one capitalised word (or a known first name), a
/// capital initial with its full stop, then a capitalised word is one person's name. The index
/// of that word, if so.
pub fn middle_initial(cx: &Ctx, first: usize, last: usize, j: usize) -> Option<usize> {
    let toks = cx.toks;
    let (t, next) = (toks.get(j)?, toks.get(j + 1)?);
    // (The full stop may be read with the letter, as an abbreviation's is.)
    let word = cx.s.get(t.start..t.end)?;
    let letter = word.strip_suffix('.').unwrap_or(word);
    let stop = if letter.len() < word.len() { " " } else { ". " };
    let initial = t.joined
        && letter.len() == 1
        && letter.bytes().all(|b| b.is_ascii_uppercase())
        && cx.s.get(t.end..next.start) == Some(stop);
    // ("Company A. The …", "Plan B. Then …": a word, not an initial, and a sentence after.)
    (initial
        && !matches!(letter, "A" | "I" | "B")
        && (first == last || cx.flags(last) & flag::FIRST_NAME != 0)
        && cx.flags(j + 1) & (flag::STOP | flag::GENERIC) == 0
        && next.namey(cx.s)
        && next.end - next.start > 1
        && next.line == t.line)
        .then_some(j + 1)
}

/// "Halden & Partners", "Johnson & Johnson": an ampersand between two capitalised words joins
/// them when the second is a company word or repeats the first, or both are single words.
pub fn firm_ampersand(cx: &Ctx, first: usize, last: usize, j: usize) -> bool {
    let t = &cx.toks[j];
    // "Alvarez & Marsal", "Turner & Townsend": two surnames, one word each, are a firm's name
    // (two known names so joined, "OpenAI & Microsoft", are parted again by the lexicon).
    let two_surnames = || {
        first == last
            && t.shape.has_lower()
            && cx.toks[last].shape.has_lower()
            && cx.flags(j) & (flag::STOP | flag::GENERIC) == 0
            && cx
                .toks
                .get(j + 1)
                .is_none_or(|n| !(n.joined && n.namey(cx.s)))
    };
    cx.s.get(cx.toks[last].end..t.start) == Some(" & ")
        && t.shape.first_upper()
        && (cx.flags(j) & flag::COMPANY_SUFFIX != 0
            || cx.lower(j) == cx.lower(last)
            // "Wabash Valley Power & Light", "Pacific Gas & Electric": a utility's name.
            || (UTILITY_WORDS.contains(&cx.lower(last)) && UTILITY_WORDS.contains(&cx.lower(j)))
            || two_surnames())
}

/// "Kasumi Cloud Co., Ltd.": the second half of a two-part legal form, after its comma.
pub fn co_ltd(cx: &Ctx, last: usize, j: usize) -> bool {
    cx.lower(last) == "co"
        && matches!(
            cx.s.get(cx.toks[last].end..cx.toks[j].start),
            Some("., " | ", ")
        )
        && matches!(cx.lower(j), "ltd" | "limited")
}

/// The words of a utility's name on either side of an ampersand.
const UTILITY_WORDS: &[&str] = &["power", "light", "gas", "electric", "water"];
