//! Government bodies named with a lower-case head noun ("département américain de l'Énergie",
//! "ministère de l'Économie", "the ministry of Finance"): the name found after the preposition
//! is widened to the whole body, typed as an institution.

use crate::extract::{EntityHit, EntityKind};

/// Head nouns of bodies, lower case.
const HEADS: &[&str] = &[
    "département",
    "ministère",
    "secrétariat",
    "agence",
    "commissariat",
    "direction",
    "department",
    "ministry",
    "agency",
];
/// Prepositions between the head (and at most one adjective) and the name.
const LINKS: &[&str] = &["de l'", "du ", "de la ", "des ", "de ", "of the ", "of "];
/// How far before the name the head may start (bytes).
const REACH: usize = 48;

/// Widens names that complete a body's lower-case head noun.
pub fn widen<'a>(s: &'a str, entities: &mut Vec<EntityHit<'a>>) {
    let mut changed = false;
    for k in 0..entities.len() {
        let e = &entities[k];
        let Some(start) = body_start(s, e.span.start) else {
            continue;
        };
        // Nothing else may lie between the head and the name.
        if k > 0 && entities[k - 1].span.end > start {
            continue;
        }
        // "ministère de la Science, de l'Innovation et de la Technologie": the remits listed
        // after the name are the body's name too.
        let mut end = e.span.end;
        let mut remits = 0;
        while let Some(n) = entities.get(k + 1 + remits)
            && n.span.start >= end
            && remit_link(
                &s[end..n.span.start],
                !n.from_lexicon && !s[n.span.clone()].contains(' '),
            )
        {
            end = n.span.end;
            remits += 1;
        }
        let e = &mut entities[k];
        e.span = start..end;
        e.canonical = &s[e.span.clone()];
        e.kind = EntityKind::Institution;
        e.from_lexicon = false;
        // The remits are inside the body now: emptied, then dropped below.
        for r in &mut entities[k + 1..k + 1 + remits] {
            r.span = end..end;
        }
        changed = true;
    }
    if changed {
        entities.retain(|e| !e.span.is_empty());
        entities.sort_by_key(|e| e.span.start);
    }
}

/// The words between two remits of a body: a comma or "et"/"and", then a link — or no link
/// before a one-word remit no lexicon knows ("ministry of Science, Innovation and
/// Technology").
fn remit_link(between: &str, bare_ok: bool) -> bool {
    // ("ministère de la Transition numérique et de la Digitalisation": the remit's adjectives
    // before the conjunction, up to two.)
    let mut between = between;
    for _ in 0..2 {
        let word = between
            .strip_prefix(' ')
            .and_then(|r| r.split(' ').next())
            .filter(|w| {
                !w.is_empty()
                    && !matches!(*w, "et" | "and")
                    && w.chars().all(|c| c.is_lowercase() || c == '-')
            });
        match word {
            Some(w) => between = &between[1 + w.len()..],
            None => break,
        }
    }
    let rest = between
        .strip_prefix(", ")
        .or_else(|| between.strip_prefix(" et "))
        .or_else(|| between.strip_prefix(" and "))
        .or_else(|| between.strip_prefix(", and "));
    rest.is_some_and(|r| {
        (bare_ok && r.is_empty()) || LINKS.iter().any(|l| r.eq_ignore_ascii_case(l))
    })
}

/// Where the body's head noun starts, when `at` follows "<head> [adjective] <link>".
fn body_start(s: &str, at: usize) -> Option<usize> {
    let from = s.ceil_char_boundary(at.saturating_sub(REACH));
    let before = &s[from..at];
    let link = LINKS.iter().find(|l| ends_with_ci(before, l))?;
    let rest = before[..before.len() - link.len()].trim_end();
    // At most one adjective between the head and the link ("américain", "fédéral").
    let mut words = rest.rsplit(' ');
    let last = words.next()?;
    let (head, head_end) = if is_head(last) {
        (last, rest.len())
    } else {
        let prev = words.next()?;
        let adjective = last.chars().all(|c| c.is_lowercase() || c == '-');
        if !adjective || !is_head(prev) {
            return None;
        }
        (prev, rest.len() - last.len() - 1)
    };
    let head_start = from + head_end - head.len();
    // A whole word.
    let ok = s[..head_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    ok.then_some(head_start)
}

fn is_head(w: &str) -> bool {
    HEADS.iter().any(|h| h == &w)
}

fn ends_with_ci(s: &str, p: &str) -> bool {
    s.len() >= p.len()
        && s.is_char_boundary(s.len() - p.len())
        && s[s.len() - p.len()..].eq_ignore_ascii_case(p)
}

#[cfg(test)]
mod tests;
