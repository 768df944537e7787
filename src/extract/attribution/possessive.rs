//! A possessive before an amount's sentence ("OpenAI's closest rival", "National Grid's own
//! reinforcement", "India's cabinet"): whether the possessor owns the amount or only
//! qualifies someone else who does.

use crate::extract::firsts::words;
use crate::extract::{EntityHit, EntityKind};
use crate::text::around as slice;

/// "OpenAI's closest rival": a possessive that is not the owner of an amount right after it
/// ("OpenAI's $300bn price tag" is), nor of a measure of its own named in the next words
/// ("Mistral's annual revenue is expected to pass €100m").
pub fn possessive_modifier(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    if !possessive(s, e) || figure_start <= e.span.end + 14 {
        return false;
    }
    let noun = slice(s, e.span.end + 2, e.span.end + 48);
    !own_measure(noun, OWN_MEASURES)
        && !own_measure(
            noun,
            if e.kind == EntityKind::Person {
                // "President Lee's administration has pledged …": a leader's government.
                LEADERS_ORGANS
            } else {
                OWN_ORGANS
            },
        )
        && !speaks_for(s, e)
        && !subject_owns_thing(s, e, noun)
}

/// The name is in the possessive: "Nvidia's", and "Amazon Web Services' regions" after a
/// name ending in s.
pub fn possessive(s: &str, e: &EntityHit) -> bool {
    let after = slice(s, e.span.end, e.span.end + 3);
    after.starts_with("'s")
        || after.starts_with("’s")
        || (s[e.span.clone()].ends_with('s')
            && (after.starts_with("' ") || after.starts_with("’ ")))
}

/// "National Grid's own reinforcement …" opening its clause: the possessor owns the thing.
fn subject_owns_thing(s: &str, e: &EntityHit, noun: &str) -> bool {
    opens_clause(s, e) && possessed_thing(noun)
}

/// The name opens its sentence or a clause ("…, while Oracle's contract …"): its possessive
/// is the subject's.
fn opens_clause(s: &str, e: &EntityHit) -> bool {
    let before = slice(s, e.span.start.saturating_sub(12), e.span.start)
        .trim_end_matches([' ', '*', '"', '“', '‘', '\'', '\u{a0}']);
    before.is_empty()
        || before.ends_with(['.', '!', '?', ':', ';', '\n', '>'])
        || words(before)
            .last()
            .is_some_and(|w| ["and", "but", "while", "whereas"].contains(&w))
}

/// "National Grid's own reinforcement of the network, estimated at £310m": the possessor
/// owns what costs or earns; only someone else ("OpenAI's closest rival", "Korea's Samsung",
/// "its biggest customer") takes the amount from it.
fn possessed_thing(after: &str) -> bool {
    let phrase = after
        .split([',', ';', ':', '(', ')', '.'])
        .next()
        .unwrap_or("");
    let mut ws = words(phrase).take(4).peekable();
    ws.peek()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        && !ws.any(|w| {
            let w = w.to_ascii_lowercase();
            AGENT_NOUNS
                .iter()
                .any(|a| w == *a || w.strip_suffix('s') == Some(a))
        })
}

/// Nouns for someone else than their possessor: its partners, its units, its people.
const AGENT_NOUNS: &[&str] = &[
    "rival",
    "competitor",
    "partner",
    "customer",
    "client",
    "supplier",
    "investor",
    "backer",
    "parent",
    "owner",
    "unit",
    "subsidiary",
    "subsidiarie",
    "arm",
    "affiliate",
    "shareholder",
    "lender",
    "creditor",
    "buyer",
    "seller",
    "acquirer",
    "tenant",
    "landlord",
    "contractor",
    "company",
    "companie",
    "group",
    "firm",
    "startup",
    "start-up",
    "conglomerate",
    "bank",
    "operator",
    "lab",
    "maker",
    "chipmaker",
    "giant",
    "champion",
    "carrier",
    "utility",
    "utilitie",
    "fund",
    "agency",
    "regulator",
    "developer",
    "provider",
    "leader",
    "president",
    "minister",
    "prince",
    "king",
    "founder",
    "co-founder",
    "executive",
    "official",
    "people",
    "team",
    "venture",
    "joint",
    "state",
    "province",
    "region",
    "city",
    "government",
    "sovereign",
    "ally",
    "allie",
    "neighbour",
    "neighbor",
    "counterpart",
    "peer",
    "member",
    // What belongs to no one in particular: a place's market, a sector's capacity.
    "market",
    "industry",
    "sector",
    "capacity",
    "economy",
    "demand",
    "ecosystem",
];

/// Titles of the people who speak for an organisation.
const SPOKESPEOPLE: &[&str] = &[
    "chief",
    "ceo",
    "cfo",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "co-founder",
    "cofounder",
    "boss",
    "head",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "vice",
];

/// "Microsoft's chief executive", "OpenAI's CEO": an organisation speaking through its head
/// owns what is said for it.
fn speaks_for(s: &str, e: &EntityHit) -> bool {
    e.kind != EntityKind::Person
        && words(slice(s, e.span.end + 2, e.span.end + 24))
            .next()
            .is_some_and(|w| SPOKESPEOPLE.iter().any(|t| w.eq_ignore_ascii_case(t)))
}

/// The words after a name ("GPU sales", "'s revenue") name one of its own measures.
pub fn names_own_measure(after: &str) -> bool {
    own_measure(after, OWN_MEASURES)
}

/// The noun phrase after a possessive ("annual revenue", not "chips, reported … revenue")
/// names one of [`OWN_MEASURES`].
fn own_measure(after: &str, measures: &[&str]) -> bool {
    let phrase = after
        .split([',', ';', ':', '(', ')', '.'])
        .next()
        .unwrap_or("");
    words(phrase)
        .take(4)
        .any(|w| measures.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// What an actor itself earns, is worth or lays out: after a possessive, the possessor owns
/// the amount.
const OWN_MEASURES: &[&str] = &[
    "revenue",
    "revenues",
    "sales",
    "turnover",
    "profit",
    "profits",
    "earnings",
    "income",
    "valuation",
    "value",
    "cap",
    "capitalisation",
    "capitalization",
    "capex",
    "spending",
    "budget",
    "investment",
    "investments",
    "funding",
    "fundraising",
    "debt",
    "losses",
    "loss",
    "expenditure",
    "expenditures",
    "outlays",
    "spend",
    "costs",
    "round",
    "acquisition",
    "purchase",
    "purchases",
    "bid",
    "offer",
    "plan",
    "plans",
    "pledge",
    "commitment",
    "commitments",
    "contribution",
    "backlog",
    "orders",
    "cash",
    "reserves",
    "assets",
    "worth",
    "fortune",
    "wealth",
    // What an actor has and makes: "Korea's chip exports rose to …", "Chile's data centres
    // have about 180 MW".
    "exports",
    "imports",
    "centres",
    "centers",
    "fleet",
    "output",
    "production",
    "shipments",
];

/// A state's own organs act for it ("India's cabinet approved …"); a person's government
/// ("President X's government") acts for the state, not the person.
const OWN_ORGANS: &[&str] = &[
    "cabinet",
    "government",
    "parliament",
    "treasury",
    "ministry",
    "administration",
    "congress",
    "senate",
    "legislature",
    // Its programmes ("India's own AI mission has a budget of …").
    "mission",
    "programme",
    "program",
    "strategy",
    "stimulus",
];

/// A leader's government, after the leader's name: an administration goes by its leader's
/// name ("the Lee administration"); a government or a cabinet is its state's, named before.
const LEADERS_ORGANS: &[&str] = &["administration"];
