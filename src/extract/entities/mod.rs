//! Entity stage: finds actors — lexicon matches, and unknown proper nouns classified by context.
//!
//! Pipeline: one anchored-lookup pass for the lexicon ([`lexmatch`]), one tokenising pass
//! ([`tokens`]), name candidates from capitalised words ([`propernoun`]), a kind for each from
//! its shape and context ([`classify`]), then merging, filtering and linking ([`resolve`]).

mod acronyms;
mod bodies;
mod bridge;
mod classify;
mod ctx;
mod cues;
mod defined;
mod edges;
mod french_tail;
mod gloss;
mod governments;
mod headings;
mod kickers;
mod labels;
mod lexindex;
pub mod lexmatch;
mod links;
mod lowercase;
mod maker;
mod mention;
mod nearby;
mod noise;
mod owned_of;
mod periods;
mod portfolios;
mod propernoun;
mod qualified;
mod resolve;
mod runon;
mod shouted;
mod speakers;
mod state;
mod strmap;
mod tokens;
mod widgets;
pub(crate) mod wordhash;
mod wordset;

use super::{EntityHit, Lexicon};
use crate::text::NormText;
use ctx::Ctx;
pub use maker::maker_of;
/// The word-list hash, for other maps keyed by names (the lexicon's English names) or by
/// offsets (attribution's memos).
pub(crate) use wordhash::WordHashBuild;

pub use defined::{DEFINED, defined_name_ends};

pub use noise::legal_form_word as legal_form;

/// Every entity mention in the text, sorted by start, non-overlapping.
/// Participles that give a thing its name, with the space after them.
const NAMING: &[&str] = &[
    "Baptisé ",
    "Baptisée ",
    "Baptisés ",
    "Nommé ",
    "Nommée ",
    "Dubbed ",
    "Named ",
];

/// Nouns of an organisation that a press release capitalises when it means itself.
const GENERIC_ORGS: &[&str] = &[
    "Groupe",
    "Group",
    "Société",
    "Company",
    "Entreprise",
    "Compagnie",
];

pub fn find<'a>(text: &'a NormText, lexicon: &'a Lexicon) -> Vec<EntityHit<'a>> {
    let s = text.as_str();
    let cues = cues::Cues::get();
    let lex_hits = lexicon.matcher().find(s);
    let toks = tokens::tokenize(s, cues);
    let low = propernoun::lower_text(s);
    let cx = Ctx {
        s,
        low: &low,
        toks: &toks,
        cues,
    };
    let headings = headings::heading_lines(&cx);
    let mut cands = propernoun::candidates(&cx, &headings);
    runon::extend_into_known(&cx, &lex_hits, &mut cands);
    let mut found = resolve::resolve(&cx, lexicon, &lex_hits, cands);
    bodies::widen(s, &mut found);
    acronyms::widen(s, cues, &mut found);
    speakers::relabel(s, &mut found);
    state::add(s, &mut found);
    governments::add(s, cues, &mut found);
    owned_of::split(s, &mut found);
    // "Baptisé CIV2, le campus": a naming participle opening a sentence is no part of the name.
    for e in &mut found {
        let name = &s[e.span.clone()];
        if let Some(p) = NAMING.iter().find(|p| {
            name.len() > p.len()
                && name.is_char_boundary(p.len())
                && name[..p.len()].eq_ignore_ascii_case(p)
        }) && e.canonical == name
        {
            e.span.start += p.len();
            e.canonical = &s[e.span.clone()];
        }
    }
    // "Le Groupe portera sa flotte …": a press release's capitalised "Groupe", "Société",
    // "Company" refers to its issuer; it is no name.
    found.retain(|e| {
        e.from_lexicon
            || !GENERIC_ORGS
                .iter()
                .any(|g| s[e.span.clone()].eq_ignore_ascii_case(g))
    });
    // "500kV substations", "Chapter 11", "Question E-003412": a measure, a law's chapter and
    // a document's number are no names.
    let capitals = std::cell::OnceCell::new();
    found.retain(|e| {
        e.from_lexicon
            || !(labels::reference_or_measure(&s[e.span.clone()])
                || noise::portfolio(s, &e.span)
                || kickers::kicker(s, &e.span)
                || kickers::bold_kicker(s, &e.span, cues, &capitals)
                || noise::lower_compound(&s[e.span.clone()])
                || noise::demonym_compound(cues, &s[e.span.clone()])
                || noise::issue_term(&s[e.span.clone()])
                || labels::job_title(&s[e.span.clone()])
                || labels::rating_grade(&s[e.span.clone()])
                || labels::party_tag(s, &e.span)
                || labels::numbered_part(s, &e.span)
                || labels::transcript_label(s, &e.span)
                || labels::breadcrumb(s, &e.span)
                || labels::credential(s, &e.span)
                || labels::minister_portfolio(s, &e.span))
    });
    // "Partager : Facebook | X | WhatsApp": a share bar's networks, known or not, are buttons.
    found.retain(|e| !widgets::share_bar(s, &e.span));
    // "A$400 million (the "Placement")": a filing's defined terms for things are no names,
    // nor the names they open ("Placement and Share Purchase Plan").
    let mut things = defined::defined_things(s);
    // "les entreprises non financières (ENF)": a kind of actor's acronym names no one.
    things.extend(defined::common_noun_acronyms(s));
    if !things.is_empty() {
        found.retain(|e| {
            let name = &s[e.span.clone()];
            e.from_lexicon
                || !things.iter().any(|t| {
                    name.strip_prefix(t)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                })
        });
    }
    // "US$1.6 billion", "HK$2bn": a country's letters glued to a dollar sign name a currency;
    // so does a currency code beside a number ("THB 85 billion", "85 THB").
    found.retain(|e| {
        let name = &s[e.span.clone()];
        let code = name.len() <= 3
            && (name.bytes().all(|b| b.is_ascii_uppercase())
                || matches!(name, "Sh" | "KSh" | "Ksh"));
        let by_number = || {
            s[e.span.end..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
                || s[..e.span.start]
                    .trim_end_matches(' ')
                    .ends_with(|c: char| c.is_ascii_digit())
        };
        // (And the press's own letters for a currency: "NIS 760 million", "RO 620 million".)
        let press_code = [
            "NIS", "RO", "SR", "QR", "RM", "TL", "MDT", "MDA", "DT", "FG", "Sh", "KSh", "Ksh", "LE",
        ]
        .contains(&name);
        !(code
            && (s[e.span.end..].starts_with('$')
                || ((super::figures::currency::ISO_UPPER.contains(&name) || press_code)
                    && by_number())))
    });
    // "Belledonne Data Centers (BDC) … BDC": one actor.
    acronyms::link_defined(s, &mut found);
    found
}

#[cfg(test)]
mod noise_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_forms;
#[cfg(test)]
mod tests_labels;
#[cfg(test)]
mod tests_links;
#[cfg(test)]
mod tests_named;
#[cfg(test)]
mod tests_shapes;
#[cfg(test)]
mod tests_wire;
