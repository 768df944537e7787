//! Reranking stage: weighs every actor that could own a figure, and none, with a linear model
//! and boosted trees learned from the annotated articles, and keeps the best.
//!
//! The rule stages ([`super::attribution`], [`super::facts`]) give each figure an owner or none;
//! that answer is one feature among others (where each candidate stands, what comes before and
//! after its mention, its kind, how often the article names it, what kind of figure and money
//! it is). The weights live in [`weights`], the trees that read features together in
//! [`forest`]; `examples/rank_table.rs` prints the features of
//! annotated articles to learn them from.

use super::attribution::Looks;
use super::types::{EntityHit, FigureHit, LinkKind, Role};
pub use features::Features;
pub use features::Row;
use features::{Article, Scratch};

mod agree;
mod features;
mod forest;
mod forest_data;
mod layout;
mod tree;
mod weights;

pub use layout::{N_FEATURES, agent_of_part, name as feature_name};

/// A [`Row`] with its candidate's name, as `extract::rank_table` gives it.
#[derive(Debug, Clone)]
pub struct NamedRow {
    pub candidate: Option<String>,
    pub features: Features,
}

/// Gives each figure the best-scoring owner among its candidates; returns the candidates
/// weighed, per figure, when `table` asks for them.
/// `looks` reads the article (its text, sentences and entities) as the rule stages did.
pub fn rerank<'a>(
    looks: &'a Looks<'a>,
    figures: &'a [FigureHit],
    roles: &[Option<Role>],
    actors: &mut [Option<usize>],
    mut table: Option<&mut Vec<Vec<Row>>>,
) -> bool {
    let (s, sents, entities) = (looks.s, looks.sents, looks.entities);
    if figures.is_empty() || entities.is_empty() {
        if let Some(t) = table.as_deref_mut() {
            t.extend(figures.iter().map(|_| Vec::new()));
        }
        return false;
    }
    let article = Article::new(s, sents, entities, figures, looks);
    let before: Vec<Option<usize>> = actors.to_vec();
    let mut changed = false;
    let mut scratch = Scratch::default();
    let keep_rows = table.is_some();
    // The facts mentioned more than once; for their mentions, the candidates with their scores
    // and whether the scores may move the owner, for the mentions to agree below (the others
    // keep none: most figures are mentioned once).
    let facts = agree::facts(figures);
    let mut in_fact = vec![false; figures.len()];
    for &m in facts.iter().flatten() {
        in_fact[m] = true;
    }
    let mut scored: Vec<Vec<(Option<usize>, f32)>> = Vec::with_capacity(figures.len());
    let mut free = vec![false; figures.len()];
    // A figure's candidates (name, linear score, where its features lie in `flat`), kept so
    // the trees read only those the linear score leaves in the running.
    let mut cands: Vec<(Option<usize>, f32, std::ops::Range<usize>)> = Vec::new();
    let authors: Vec<&str> = looks
        .agencies()
        .iter()
        .map(|&k| entities[k].canonical)
        .collect();
    let mut flat: Vec<(u16, f32)> = Vec::new();
    for (j, f) in figures.iter().enumerate() {
        let linked = f.link.map(|l| before.get(l.of).copied().flatten());
        // The best-scoring candidate (the first of equals), and the rows if asked for.
        let mut best: Option<(Option<usize>, f32)> = None;
        let mut locked = false;
        let mut rows = Vec::new();
        let mut these = Vec::new();
        let role = roles.get(j).copied().flatten();
        cands.clear();
        flat.clear();
        article.rows(f, before[j], role, linked, &mut scratch, |candidate, x| {
            let at = flat.len();
            flat.extend_from_slice(x);
            cands.push((candidate, weights::score(x), at..flat.len()));
            locked |= candidate.is_some() && candidate == before[j] && layout::agent_of_part(x);
            if keep_rows {
                rows.push(Row {
                    candidate,
                    features: x.to_vec(),
                });
            }
        });
        // The trees move a score by a few units at most: a candidate that far under the best
        // linear score keeps its linear score.
        let top = cands.iter().map(|c| c.1).fold(f32::MIN, f32::max);
        for (candidate, linear, x) in &cands {
            // Who wrote the text (a dateline's agency, a copyright line's outlet) owns none
            // of its news.
            if candidate.is_some_and(|c| authors.contains(&entities[c].canonical)) {
                continue;
            }
            let score = if *linear >= top - forest::REACH {
                linear + forest::score(&flat[x.clone()])
            } else {
                *linear
            };
            if in_fact[j] {
                these.push((*candidate, score));
            }
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((*candidate, score));
            }
        }
        // The agent who put a part in ("dont 2 Md$ apportés par X") keeps it: the gold's
        // lists name both sides of such a transfer, so the weights cannot learn whose it is.
        // A market someone forecasts stays no one's ("McKinsey reckons the world will need").
        // So does an owner a rule settled (a person's fortune).
        let forecast =
            (before[j].is_none() && looks.forecast(f.span.start)) || looks.settled(f.span.start);
        // So does an owner whose possessive the amount follows ("the Nigerian government's
        // ₦50 billion pilot", "Google's US$15 billion").
        let possessed = before[j].is_some_and(|k| possessor_right_before(s, entities, k, f));
        free[j] = !locked && !forecast && !possessed;
        if let Some((pick, _)) = best.filter(|_| free[j])
            && !same_owner(entities, pick, before[j])
        {
            actors[j] = pick;
            changed = true;
        }
        if let Some(t) = table.as_deref_mut() {
            t.push(rows);
        }
        scored.push(these);
    }
    changed |= agree::pool(entities, &facts, roles, &scored, &free, actors);
    // Each mention is scored on its own words, but one fact has one owner: when the rules gave
    // a fact and its restatement one owner and the scores part them, the restatement takes
    // the owner its fact's first mention ends with.
    for (j, f) in figures.iter().enumerate() {
        if let Some(l) = f.link.filter(|l| l.how == LinkKind::Restates && l.of < j)
            && same_owner(entities, before[j], before[l.of])
            && !same_owner(entities, actors[j], actors[l.of])
        {
            actors[j] = actors[l.of];
            changed = true;
        }
    }
    changed
}

/// The name right before the figure is a mention of entity `k`'s actor in the possessive
/// ("Google's US$15 billion"), not what someone else buys of it ("tap Google's $10 billion of
/// TPU capacity", "pay for Oracle's $300 billion of computing power").
fn possessor_right_before(s: &str, entities: &[EntityHit], k: usize, f: &FigureHit) -> bool {
    let i = entities.partition_point(|e| e.span.end <= f.span.start);
    let Some(e) = i.checked_sub(1).map(|i| &entities[i]) else {
        return false;
    };
    let after = s[f.span.end..].trim_start_matches(' ');
    // (Nothing but the possessive's mark and a space between: "'s ", "' ".)
    e.canonical == entities[k].canonical
        && super::attribution::possessive(s, e)
        && s[e.span.end..f.span.start].chars().count() <= 3
        && !["of ", "de ", "d'", "d’", "worth "]
            .iter()
            .any(|w| after.starts_with(w))
        && !bought_before(s, e.span.start)
}

/// A verb of buying or using right before a possessor ("secured Lagos State's", "pay for
/// Oracle's", "tap Google's"), maybe with "the" between.
fn bought_before(s: &str, at: usize) -> bool {
    let from = s.floor_char_boundary(at.saturating_sub(24));
    let before = s[from..at].trim_end_matches(' ');
    let before = before.strip_suffix(" the").unwrap_or(before);
    let word = before.rsplit(' ').next().unwrap_or(before);
    matches!(
        word,
        "for"
            | "from"
            | "tap"
            | "taps"
            | "tapped"
            | "use"
            | "uses"
            | "used"
            | "secured"
            | "secures"
            | "won"
            | "wins"
            | "received"
            | "receives"
            | "got"
            | "gets"
            | "buy"
            | "buys"
            | "bought"
            | "rent"
            | "rents"
            | "rented"
            | "lease"
            | "leases"
            | "leased"
    )
}

/// Two owners name the same actor (or both none).
fn same_owner(entities: &[EntityHit], a: Option<usize>, b: Option<usize>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => entities[a].canonical == entities[b].canonical,
        (None, None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests;
