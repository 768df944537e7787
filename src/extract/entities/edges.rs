//! A name candidate's edges: a sentence's first word before a name, part of the name
//! ("Innovation Norway", "Atlas Europe said") or not ("Likez Forbes", "Rival Bukit Digital
//! said"), a head word's name running on to the end of a known place ("Région Grand Est"), and
//! a compound of two capitalised parts that is a name ("Météo-France").

use super::ctx::Ctx;
use super::cues::flag;
use super::lexmatch::LexHit;
use super::propernoun::Candidate;
use super::strmap::StrSet;
use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;

/// Nouns of what an actor is, which news writes before its name ("Rival AMD", "Chipmaker
/// Nvidia", "Utility Entergy"): capitalised only as a sentence's first word.
const DESCRIPTORS: &[&str] = &[
    "rival",
    "rivals",
    "chipmaker",
    "chipmakers",
    "startup",
    "start-up",
    "utility",
    "lender",
    "regulator",
    "operator",
    "carmaker",
    "automaker",
    "insurer",
    "developer",
    "supplier",
    "competitor",
    "conglomerate",
    "hyperscaler",
    "consultancy",
    "broker",
    "incumbent",
    "peer",
    "fellow",
    "retailer",
    "miner",
    "contractor",
    "landlord",
];

/// Sentence-opening words that put a place after them without naming anything with it.
const PREPOSITIONS: &[&str] = &[
    "across",
    "beyond",
    "outside",
    "inside",
    "throughout",
    "including",
    "near",
    "towards",
    "toward",
    "among",
    "amid",
    "amongst",
    "unlike",
    "versus",
    "within",
    "like",
    "hors",
    "sauf",
    "durant",
    "parmi",
    "hormis",
    "contrairement",
    "comme",
    "visit",
    "discover",
    "explore",
    "welcome",
];

/// Verbs that open a sentence in the imperative before a name ("Consider Corvid Cloud, one
/// of …", "Meet X"): no part of it.
const IMPERATIVES: &[&str] = &["consider", "imagine", "meet"];

/// Whether the sentence-initial first word of `c` is no part of the name after it: a word
/// glued to a name known elsewhere ("Likez Forbes") — unless that word is a name elsewhere too
/// ("Atlas Europe said", "the developer Atlas") — or a noun of what the actor is.
/// `supported`: the names seen where their capital is telling.
pub fn drops_first_word(
    cx: &Ctx,
    lex: &[LexHit],
    actors: &[Actor],
    supported: &StrSet,
    c: &Candidate,
) -> bool {
    if !(c.initial
        && c.last > c.first
        && cx.flags(c.first) & flag::FIRST_NAME == 0
        && !supported.contains(cx.text(c.first)))
    {
        return false;
    }
    let tail_at = cx.toks[c.first + 1].start;
    let tail = &cx.s[tail_at..c.span.end];
    // "Innovation Norway", "Invest India", "Bell Canada": a word before a known place names an
    // agency or a company's arm there — unless it reads as a preposition ("Across Europe",
    // "Unlike Germany").
    let place_tail = || {
        let k = lex.partition_point(|h| h.span.start < tail_at);
        lex.get(k).is_some_and(|h| {
            h.span.end == c.span.end
                && actors.get(h.actor).map(|a| a.kind) == Some(EntityKind::Place)
        }) && !PREPOSITIONS.contains(&cx.lower(c.first))
    };
    // "Rival Bukit Digital said", "Utility Entergy Louisiana is building": a noun of what the
    // actor is, or a verb in the imperative, capitalised as the sentence's first word, is no
    // part of the name (unless all that follows is a company's suffix: "Investor AB").
    let descriptor = (DESCRIPTORS.contains(&cx.lower(c.first))
        || IMPERATIVES.contains(&cx.lower(c.first)))
        && !(c.last == c.first + 1 && cx.flags(c.last) & flag::COMPANY_SUFFIX != 0);
    descriptor || (supported.contains(tail) && !place_tail())
}

/// "La Région Grand Est": a Place or Institution head word's name runs on to the end of a
/// known place that starts inside it or right after it (a capitalised stop word, "Grand",
/// "Est", had cut it short). Whether `c` ran on.
pub fn run_on_to_place(cx: &Ctx, lex: &[LexHit], actors: &[Actor], c: &mut Candidate) -> bool {
    if !matches!(c.head, Some(EntityKind::Place | EntityKind::Institution)) {
        return false;
    }
    let k = lex.partition_point(|h| h.span.start <= c.span.start);
    let Some(h) = lex.get(k).filter(|h| {
        (h.span.start < c.span.end || cx.s.get(c.span.end..h.span.start) == Some(" "))
            && h.span.end > c.span.end
            && actors.get(h.actor).map(|a| a.kind) == Some(EntityKind::Place)
    }) else {
        return false;
    };
    c.span.end = h.span.end;
    c.last = cx.toks.partition_point(|t| t.start < h.span.end) - 1;
    true
}

/// "Secretary of Commerce Thomas Reyes", "Hosts Tom Aldridge", "U.S. Attorney Daniel Ruiz": the
/// words of a title or a portfolio before a known first name followed by a surname are no part
/// of the person's name. The token the name starts at, when it starts later than `c.first`.
pub fn first_name_after_title(cx: &Ctx, c: &Candidate) -> Option<usize> {
    if c.last < c.first + 2 {
        return None;
    }
    // The last first name with a surname after it, and no first name before it.
    let k = (c.first + 1..c.last).find(|&k| cx.flags(k) & flag::FIRST_NAME != 0)?;
    let before_clear = (c.first..k).all(|x| {
        let f = cx.flags(x);
        f & (flag::FIRST_NAME | flag::PERSON_PARTICLE) == 0 && cx.toks[x].name_like(cx.s)
    });
    // (A title's word, or a portfolio: "Secretary of Commerce".)
    let titled = (c.first..k).any(|x| {
        let w = cx.lower(x);
        cx.flags(x) & flag::PERSON_TITLE != 0
            || TITLE_WORDS.contains(&w)
            || super::bridge::MINISTRY_DOMAINS.contains(&w)
    });
    (before_clear && titled && (k + 1..=c.last).all(|x| cx.toks[x].name_like(cx.s))).then_some(k)
}

/// Words of a post that the person titles leave out.
const TITLE_WORDS: &[&str] = &[
    "attorney",
    "host",
    "hosts",
    "anchor",
    "presenter",
    "correspondent",
    "editor",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "deputy",
    "assistant",
];

/// "Météo-France", "Rhône-Alpes": one word of two capitalised parts, neither a common word
/// ("First-Quarter") nor shouted; two peoples joined ("Franco-German") are an adjective.
pub fn capitalised_compound(cx: &Ctx, k: usize) -> bool {
    let Some((a, b)) = cx.text(k).split_once('-') else {
        return false;
    };
    let named = |p: &str| {
        p.chars().next().is_some_and(char::is_uppercase)
            && p.chars().any(char::is_lowercase)
            && cx.cues.flags(&p.to_lowercase()) & flag::STOP == 0
    };
    named(a)
        && named(b)
        && a.chars().count() >= 3
        && !b.contains('-')
        && cx.cues.flags(&b.to_lowercase()) & flag::DEMONYM == 0
}
