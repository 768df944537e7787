//! The article's main actor as the last owner: a capacity, a count of chips or a computing
//! power stated where no actor is named belongs to the company the article is about, when
//! one leads it (named three times at least, half as often again as any other). Applied after restatements are told, so that a figure met first with no
//! owner and again with one stays one fact.

use super::look::Looks;
use super::owners::within;
use super::shape;
use crate::extract::{EntityHit, EntityKind, FigureHit, FigureKind, LinkKind};
use crate::text::{NormText, SentenceIndex};

/// How much more often than any other the main company is named (a "we" asks for twice:
/// here a company typed wrongly elsewhere, "Cornebarrieu" for a town, must not hide it).
const LEAD: f32 = 1.5;

/// Gives the article's main company to the figures still without an owner whose sentence
/// names no one who could own them (places, sources, partners and speakers aside); a mention
/// restating such a figure takes the same owner.
pub fn fill(
    text: &NormText,
    entities: &[EntityHit],
    figures: &[FigureHit],
    sents: &SentenceIndex,
    actors: &mut [Option<usize>],
) {
    if entities.is_empty() || actors.iter().all(Option::is_some) {
        return;
    }
    let s = text.as_str();
    // (Without a main company nothing changes: restatements already share their owner.)
    let Some(main) = super::voice::leading_company(s, entities, LEAD) else {
        return;
    };
    let looks = Looks::new(s, sents, entities);
    for j in 0..figures.len() {
        if actors[j].is_some() {
            continue;
        }
        let f = &figures[j];
        if let Some(l) = f.link.filter(|l| l.how == LinkKind::Restates && l.of < j) {
            actors[j] = actors[l.of];
            continue;
        }
        // (Money stated with no one named is as often a market's or a rival's: not tried.)
        if f.kind == FigureKind::Money {
            continue;
        }
        let sent = sents.around(f.span.start);
        let nobody = within(entities, &sent).all(|i| {
            let l = looks.get(i);
            entities[i].kind == EntityKind::Place || l.partner || l.source || l.location || l.speech
        });
        if nobody && !shape::sector_wide(s, sent) {
            actors[j] = Some(main);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Lexicon, extract};

    fn owners(s: &str) -> Vec<(String, Option<String>, bool)> {
        extract(s, &Lexicon::builtin())
            .figures
            .into_iter()
            .map(|f| (f.text, f.actor, f.in_totals))
            .collect()
    }

    #[test]
    fn a_capacity_no_one_is_named_for_is_the_main_companys() {
        let got = owners(
            "Orange dévoile son plan\n\nOrange construira deux campus. Orange a signé avec \
             EDF.\n\nLe premier campus sera érigé à Val-de-Reuil (Eure). Une première phase de \
             60 MW doit entrer en service en 2027. Orange vise la clientèle publique.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Orange"), "{got:?}");
        // No company dominating the text: no owner.
        let got = owners(
            "Le projet d'Orange et de Free avance. Les équipes d'Orange et de Free \
             travaillent.\n\nSur le site de Lyon, une phase de 60 MW doit entrer en service \
             en 2027.\n\nLe calendrier d'Orange et de Free tient.",
        );
        assert_eq!(got[0].1, None, "{got:?}");
        // Named half as often again as any other is enough.
        let got = owners(
            "Le projet d'Orange avance. Les équipes d'Orange et de Free travaillent.\n\nSur le \
             site de Lyon, une phase de 60 MW doit entrer en service en 2027.\n\nLe calendrier \
             d'Orange et de Free tient.",
        );
        assert_eq!(got[0].1.as_deref(), Some("Orange"), "{got:?}");
        // Money named with no one is not given.
        let got = owners(
            "Orange construira deux campus. Orange a signé avec EDF.\n\nLe coût atteindra 2 \
             milliards d'euros.\n\nOrange vise la clientèle publique.",
        );
        assert_eq!(got[0].1, None, "{got:?}");
    }

    #[test]
    fn a_figure_met_first_without_an_owner_stays_one_fact_when_restated() {
        let got = owners(
            "Orange construira deux campus. Orange a signé avec EDF.\n\nLe site dispose de \
             12 MW, avec un raccordement auprès d'Enedis.\n\nOrange vise le public. Les 12 MW \
             du site suffiront.",
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].2 && !got[1].2, "{got:?}");
        assert_eq!(got[0].1, got[1].1, "{got:?}");
    }
}
