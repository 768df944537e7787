//! One fact, one owner: the mentions of a fact (a figure and the later figures that restate
//! it) pool what the reranker's weights say of each of their candidates.

use crate::extract::types::{EntityHit, FigureHit, LinkKind, Role};

/// Each mention is scored on its own words; a headline's mention and the body's may part.
/// Every mention gives each of its candidates the probability its scores give it (a softmax:
/// the weights are a conditional logit), a mention whose owner a rule settled gives its owner
/// 1, and the candidate the pool likes best, when it holds at least half of the pool, becomes
/// the owner of every mention free to change that has it among its candidates.
/// A mention whose money reads another way than the first mention's ("a deal worth $10
/// billion" bought, then "$10 billion in orders" booked) is the other side's, and stays apart.
/// `facts`: as [`facts`] gives them; `scored[j]`: figure `j`'s candidates and scores (for the
/// figures of a fact); `free[j]`: the scores may move its owner. Returns whether an owner
/// changed.
pub fn pool<'a>(
    entities: &[EntityHit<'a>],
    facts: &[Vec<usize>],
    roles: &[Option<Role>],
    scored: &[Vec<(Option<usize>, f32)>],
    free: &[bool],
    actors: &mut [Option<usize>],
) -> bool {
    let name = |c: Option<usize>| c.map(|i| entities[i].canonical);
    let mut changed = false;
    let mut pool: Vec<(Option<&'a str>, f32)> = Vec::new();
    let role = |j: usize| roles.get(j).copied().flatten();
    let mut members: Vec<usize> = Vec::new();
    for fact in facts {
        members.clear();
        members.extend(fact.iter().filter(|&&m| role(m) == role(fact[0])));
        if members.len() < 2 {
            continue;
        }
        pool.clear();
        let mut add = |key: Option<&'a str>, p: f32| match pool.iter_mut().find(|e| e.0 == key) {
            Some(e) => e.1 += p,
            None => pool.push((key, p)),
        };
        for &m in &members {
            let these = &scored[m];
            if !free[m] || these.is_empty() {
                add(name(actors[m]), 1.0);
                continue;
            }
            let top = these.iter().map(|c| c.1).fold(f32::NEG_INFINITY, f32::max);
            let sum: f32 = these.iter().map(|c| (c.1 - top).exp()).sum();
            for &(c, x) in these {
                add(name(c), (x - top).exp() / sum);
            }
        }
        let total: f32 = pool.iter().map(|e| e.1).sum();
        // The first of equals wins.
        let Some(&(best, share)) = pool
            .iter()
            .fold(None, |b: Option<&(Option<&str>, f32)>, e| match b {
                Some(b) if b.1 >= e.1 => Some(b),
                _ => Some(e),
            })
        else {
            continue;
        };
        if share < 0.5 * total {
            continue;
        }
        for &m in &members {
            if !free[m] || name(actors[m]) == best {
                continue;
            }
            if let Some(&(c, _)) = scored[m].iter().find(|(c, _)| name(*c) == best) {
                actors[m] = c;
                changed = true;
            }
        }
    }
    changed
}

/// The facts mentioned more than once, each as its mentions' indices in text order: a figure
/// restating an earlier one joins the fact of the figure it restates.
pub fn facts(figures: &[FigureHit]) -> Vec<Vec<usize>> {
    let mut facts: Vec<Vec<usize>> = Vec::new();
    let mut root: Vec<usize> = (0..figures.len()).collect();
    let mut fact_of: Vec<Option<usize>> = vec![None; figures.len()];
    for (j, f) in figures.iter().enumerate() {
        let Some(l) = f.link.filter(|l| l.how == LinkKind::Restates && l.of < j) else {
            continue;
        };
        let r = root[l.of];
        root[j] = r;
        let k = *fact_of[r].get_or_insert_with(|| {
            facts.push(vec![r]);
            facts.len() - 1
        });
        facts[k].push(j);
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::types::{EntityKind, FigureKind, Link};

    fn entity(name: &'static str) -> EntityHit<'static> {
        EntityHit {
            span: 0..0,
            canonical: name,
            kind: EntityKind::Company,
            from_lexicon: false,
        }
    }

    fn figure(restates: Option<usize>) -> FigureHit {
        FigureHit {
            span: 0..0,
            kind: FigureKind::Money,
            value: 1e9,
            value_min: None,
            value_max: None,
            unit: "EUR".into(),
            in_totals: restates.is_none(),
            link: restates.map(|of| Link {
                of,
                how: LinkKind::Restates,
            }),
        }
    }

    #[test]
    fn the_mentions_of_one_fact_take_the_owner_their_scores_agree_on() {
        let entities = [entity("Orbitex"), entity("Quantil")];
        // A headline unsure between the two, then two mentions that favour Orbitex.
        let figures = [figure(None), figure(Some(0)), figure(Some(1))];
        let scored = vec![
            vec![(Some(1), 0.2), (Some(0), 0.0), (None, -1.0)],
            vec![(Some(0), 2.0), (Some(1), 0.0), (None, -1.0)],
            vec![(Some(0), 1.5), (None, 0.0)],
        ];
        let mut actors = [Some(1), Some(0), Some(0)];
        assert!(pool(
            &entities,
            &facts(&figures),
            &[None; 3],
            &scored,
            &[true; 3],
            &mut actors
        ));
        assert_eq!(actors, [Some(0), Some(0), Some(0)]);
        // Separate facts keep their own owners.
        let apart = [figure(None), figure(None), figure(None)];
        let mut actors = [Some(1), Some(0), Some(0)];
        assert!(!pool(
            &entities,
            &facts(&apart),
            &[None; 3],
            &scored,
            &[true; 3],
            &mut actors
        ));
        assert_eq!(actors, [Some(1), Some(0), Some(0)]);
    }

    #[test]
    fn a_settled_owner_stays_and_a_split_pool_moves_no_one() {
        let entities = [entity("Orbitex"), entity("Quantil"), entity("Veltra")];
        let figures = [figure(None), figure(Some(0))];
        let scored = vec![
            vec![(Some(0), 3.0), (None, 0.0)],
            vec![(Some(0), 3.0), (Some(1), 0.0)],
        ];
        // The rules settled the first mention's owner: it weighs as certain, holds half the
        // pool, and the second mention, which cannot name it, keeps its own.
        let mut actors = [Some(2), Some(1)];
        let moved = pool(
            &entities,
            &facts(&figures),
            &[None; 3],
            &scored,
            &[false, true],
            &mut actors,
        );
        assert!(!moved);
        assert_eq!(actors, [Some(2), Some(1)]);
        // Free, the same scores give both mentions Orbitex.
        let mut actors = [Some(2), Some(1)];
        assert!(pool(
            &entities,
            &facts(&figures),
            &[None; 3],
            &scored,
            &[true; 2],
            &mut actors
        ));
        assert_eq!(actors, [Some(0), Some(0)]);
        // Three candidates, none with half of the pool: nothing moves.
        let scored = vec![
            vec![(Some(0), 0.0), (Some(1), 0.0), (Some(2), 0.0)],
            vec![(Some(1), 0.0), (Some(2), 0.0), (Some(0), 0.0)],
        ];
        let mut actors = [Some(1), Some(2)];
        assert!(!pool(
            &entities,
            &facts(&figures),
            &[None; 3],
            &scored,
            &[true; 2],
            &mut actors
        ));
        assert_eq!(actors, [Some(1), Some(2)]);
    }
}
