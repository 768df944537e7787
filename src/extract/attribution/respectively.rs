//! "Bpifrance et MGX … à hauteur respectivement de 100 M€ et de 150 M€", "Ottawa and Quebec
//! will provide $2bn and $1.2bn respectively": amounts listed with "respectively" go, in order,
//! to the actors listed before them.

use super::look::Looks;
use crate::extract::{EntityHit, EntityKind, FigureHit};

/// The words that pair two lists in order.
const RESPECTIVELY: &[&str] = &["respectivement", "respectively"];

/// Gives each amount of a "respectively" list the actor in the same place of the list of
/// names before it, when both lists have the same length.
pub fn pair(
    s: &str,
    entities: &[EntityHit],
    figures: &[FigureHit],
    looks: &Looks,
    owners: &mut [Option<usize>],
) {
    // Rare words: the text is searched once, for the stem both share.
    if !s.contains("respecti") {
        return;
    }
    let mut j = 0;
    while j < figures.len() {
        let sent = looks.sents.around(figures[j].span.start);
        // The figures of this sentence.
        let end = j + figures[j..]
            .iter()
            .take_while(|f| f.span.start < sent.end)
            .count();
        let here = j..end;
        j = end.max(j + 1);
        let text = &s[sent.clone()];
        let Some(word) = RESPECTIVELY
            .iter()
            .find_map(|w| text.find(w).map(|k| sent.start + k))
        else {
            continue;
        };
        // The amounts of one kind next to the word: those after it, or those just before it.
        let after: Vec<usize> = here
            .clone()
            .filter(|&k| figures[k].span.start > word)
            .collect();
        let listed: Vec<usize> = if after.len() >= 2 {
            after
        } else {
            here.clone()
                .filter(|&k| figures[k].span.end <= word)
                .collect()
        };
        if listed.len() < 2
            || listed
                .iter()
                .any(|&k| figures[k].kind != figures[listed[0]].kind)
        {
            continue;
        }
        let first = figures[listed[0]].span.start.min(word);
        // The names before the amounts, in the sentence, that can own (no places used as
        // where, no sources): the last `listed.len()` of them, joined by commas or "et"/"and".
        let names: Vec<usize> = (0..entities.len())
            .filter(|&i| {
                let e = &entities[i];
                let l = looks.get(i);
                sent.start <= e.span.start
                    && e.span.end <= first
                    && e.kind != EntityKind::Product
                    && !l.source
                    && !l.location
            })
            .collect();
        if names.len() < listed.len() {
            continue;
        }
        let names = &names[names.len() - listed.len()..];
        let joined = names.windows(2).all(|w| {
            let gap = s[entities[w[0]].span.end..entities[w[1]].span.start].trim();
            gap.len() < 40
                && (matches!(gap, "," | "et" | "and")
                    || ["et ", "and ", ", "].iter().any(|p| gap.starts_with(p)))
        });
        if !joined {
            continue;
        }
        for (&k, &i) in listed.iter().zip(names) {
            owners[k] = Some(i);
        }
    }
}
