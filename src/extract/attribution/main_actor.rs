//! The article's main actor as the last owner: a capacity, a count of chips, a computing
//! power or a result ("operating profit rose to …") stated where no actor is named belongs to
//! the company the article is about, when
//! one leads it (named three times at least, half as often again as any other). Applied after
//! restatements are told, so that a figure met first with no owner and again with one stays
//! one fact.

use super::look::Looks;
use super::owners::within;
use super::results::{results_before, results_label};
use super::shape;
use crate::extract::{EntityHit, EntityKind, FigureHit, FigureKind, LinkKind};
use crate::text::{NormText, SentenceIndex};

/// Gives the article's main company to the figures still without an owner whose sentence
/// names no one who could own them (places, sources, partners and speakers aside); a mention
/// restating such a figure takes the same owner.
pub fn fill(
    text: &NormText,
    entities: &[EntityHit],
    figures: &[FigureHit],
    sents: &SentenceIndex,
    looks: &Looks,
    actors: &mut [Option<usize>],
) {
    if entities.is_empty() || actors.iter().all(Option::is_some) {
        return;
    }
    let s = text.as_str();
    // (Without a main company nothing changes: restatements already share their owner.)
    // A release's defined issuer owns what it states with no one named, money included.
    let issuer = looks.issuer();
    let Some(main) = issuer.or_else(|| looks.main_company()) else {
        return;
    };
    for j in 0..figures.len() {
        if actors[j].is_some() {
            continue;
        }
        let f = &figures[j];
        if let Some(l) = f.link.filter(|l| l.how == LinkKind::Restates && l.of < j) {
            actors[j] = actors[l.of];
            continue;
        }
        let sent = sents.around(f.span.start);
        // (Money stated with no one named is as often a market's or a rival's: tried only
        // as a result of the company's own, "Operating profit rose to 16.4 trillion won".)
        // In a table, the row's label says what the amount is ("| EBITDA ajusté | 228 M€ |").
        let label = looks
            .has_tables()
            .then(|| crate::text::table::row_label(s, f.span.start))
            .flatten();
        if f.kind == FigureKind::Money
            && issuer.is_none()
            && !label.is_some_and(results_label)
            && !results_before(&s[sent.start..f.span.start])
        {
            continue;
        }
        let nobody = within(entities, &sent).all(|i| {
            let l = looks.get(i);
            // (A place owning the measure, "India's capacity", or opening the sentence as
            // its subject makes a country's figure.)
            entities[i].kind == EntityKind::Product
                || (entities[i].kind == EntityKind::Place
                    && !states_a_country(s, &sent, &entities[i]))
                // (A partner, or a supplier: "46,080 Nvidia GB300 GPUs", the chips' maker owns
                // none of the count.)
                || l.partner
                || l.source
                || l.location
                || l.speech
        });
        // The main company named in the sentence yet not its owner there ("17 GW, selon
        // RTE") is a source or a partner of it: not its owner either.
        let named =
            || within(entities, &sent).any(|i| entities[i].canonical == entities[main].canonical);
        // A limit a rule sets is no one's (a machine's power "plafonnée à 20 MW" is its own).
        let limited = || {
            f.kind != FigureKind::Power
                && crate::extract::nobody::limit(s, sent.start, f.span.start)
        };
        // A market's forecast is no one's ("capacity in the Nordic countries to grow to 5 GW").
        // (Nor one the rules read as a sector's or a market's, "selon X, la capacité installée
        // des centres de données …".)
        if nobody
            && !looks.forecast(f.span.start)
            && !named()
            && !shape::sector_wide(s, sent.clone())
            && !crate::extract::nobody::market_forecast(s, sent.start, f.span.start)
            && !limited()
        {
            actors[j] = Some(main);
        }
    }
}

/// A company's organs ("The Board of Directors approved an investment of …").
const ORGANS: &[&str] = &[
    "Board",
    "Board of Directors",
    "Directors",
    "Supervisory Board",
    "Management Board",
    "Executive Committee",
    "Conseil d'administration",
    "Conseil de surveillance",
    "Directoire",
];

/// Gives to the article's issuer or main company the figures owned by one of its organs ("The
/// Board also approved a share buyback of up to KRW 50 billion"); without either, no owner.
pub fn organs(looks: &Looks, actors: &mut [Option<usize>]) {
    let organ = |i: usize| ORGANS.contains(&looks.entities[i].canonical);
    if !actors.iter().flatten().any(|&i| organ(i)) {
        return;
    }
    let main = looks.issuer().or_else(|| looks.main_company());
    for a in actors.iter_mut() {
        if a.is_some_and(organ) {
            *a = main;
        }
    }
}

/// "India's data-centre capacity", "La France disposera de …": a place before a possessive or
/// opening its sentence (after at most an article).
fn states_a_country(s: &str, sent: &std::ops::Range<usize>, e: &EntityHit) -> bool {
    let after = &s[e.span.end..];
    let lead = s[sent.start..e.span.start].trim();
    after.starts_with("'s") || after.starts_with("’s") || lead.split_whitespace().nth(1).is_none()
}

#[cfg(test)]
mod tests;
