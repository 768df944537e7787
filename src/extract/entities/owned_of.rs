//! "le Campus Rhénan d'Helvio Data": a site's name (its noun and a capitalised word or more)
//! joined by "de" to a company the text names alone elsewhere is two names, the site and its
//! owner.

use crate::extract::{EntityHit, EntityKind};

/// The particles that join a thing's name to its owner's.
const PARTICLES: &[&str] = &[" d’", " d'", " de ", " du ", " of "];

/// Site nouns that open a project's name ("Campus Rhénan", "Site Nord").
const SITES: &[&str] = &[
    "campus",
    "site",
    "usine",
    "projet",
    "project",
    "cluster",
    "supercalculateur",
    "datacenter",
];

/// Splits the names of `found` that join a thing to a company named alone elsewhere.
pub fn split<'a>(s: &'a str, found: &mut Vec<EntityHit<'a>>) {
    // (Most texts join no name to another: the companies named alone are listed only then.)
    let joined =
        |e: &EntityHit| !e.from_lexicon && PARTICLES.iter().any(|p| s[e.span.clone()].contains(p));
    if !found.iter().any(joined) {
        return;
    }
    let companies: Vec<&str> = found
        .iter()
        .filter(|e| e.kind == EntityKind::Company && !joined(e))
        .map(|e| e.canonical)
        .collect();
    let mut out = Vec::with_capacity(found.len());
    for e in found.drain(..) {
        match owner_split(s, &e, &companies) {
            Some((thing, owner)) => {
                out.push(thing);
                out.push(owner);
            }
            None => out.push(e),
        }
    }
    *found = out;
}

fn owner_split<'a>(
    s: &'a str,
    e: &EntityHit<'a>,
    companies: &[&'a str],
) -> Option<(EntityHit<'a>, EntityHit<'a>)> {
    if e.from_lexicon {
        return None;
    }
    let name = &s[e.span.clone()];
    let (at, p) = PARTICLES
        .iter()
        .find_map(|p| name.find(p).map(|at| (at, p.len())))?;
    let (head, tail) = (&name[..at], &name[at + p..]);
    let owner = companies.iter().find(|c| **c == tail)?;
    let words: Vec<&str> = head.split(' ').collect();
    if words.len() < 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    if !SITES.contains(&words[0].to_lowercase().as_str()) {
        return None;
    }
    let start = e.span.start;
    let thing = EntityHit {
        span: start..start + at,
        canonical: &s[start..start + at],
        kind: EntityKind::Project,
        from_lexicon: false,
    };
    let owner = EntityHit {
        span: start + at + p..e.span.end,
        canonical: owner,
        kind: EntityKind::Company,
        from_lexicon: false,
    };
    Some((thing, owner))
}
