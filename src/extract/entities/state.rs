//! "L'État", "l'Etat": French writes the state with a capital, a common noun that acts as an
//! actor ("l'État débloque 3,2 milliards d'euros"); it is read as the institution "État"
//! unless a name or a group follows ("l'État de New York", "l'État membre").

use crate::extract::types::{EntityHit, EntityKind};

/// The spellings after the article, with and without the accent.
const FORMS: &[&str] = &["État", "Etat"];

/// Words after "État" that make it part of a longer name or a group, not the state itself.
const FOLLOWERS: &[&str] = &[
    " de ",
    " d'",
    " d’",
    " du ",
    " des ",
    " membre",
    " fédéral",
    " hébreu",
];

/// Adds an "État" institution at each "l'État" that no entity already covers.
pub fn add<'a>(s: &str, found: &mut Vec<EntityHit<'a>>) {
    let b = s.as_bytes();
    let mut new: Vec<EntityHit<'a>> = Vec::new();
    // One SIMD pass for the tail both spellings share, then the capital before it.
    for k in memchr::memmem::find_iter(b, b"tat") {
        let end = k + 3;
        let Some(form) = FORMS
            .iter()
            .find(|f| end >= f.len() && b[end - f.len()..end] == *f.as_bytes())
        else {
            continue;
        };
        let at = end - form.len();
        let before = &s[..at];
        let elided = ["l'", "L'", "l’", "L’"].iter().any(|a| before.ends_with(a));
        let article_alone = before
            .trim_end_matches(['\'', '’'])
            .strip_suffix(['l', 'L'])
            .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !c.is_alphanumeric()));
        let word_ends = b
            .get(end)
            .is_none_or(|c| !c.is_ascii_alphanumeric() && *c < 0x80);
        let followed = FOLLOWERS.iter().any(|f| s[end..].starts_with(f));
        // (Entities are sorted and do not overlap: only the last one starting before the
        // end may cover it.)
        let covered = || {
            let n = found.partition_point(|e| e.span.start < end);
            n > 0 && found[n - 1].span.end > at
        };
        if elided && article_alone && word_ends && !followed && !covered() {
            new.push(EntityHit {
                span: at..end,
                canonical: "État",
                kind: EntityKind::Institution,
                from_lexicon: true,
            });
        }
    }
    if new.is_empty() {
        return;
    }
    found.extend(new);
    found.sort_by_key(|e| e.span.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states(s: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(s, &mut found);
        found.iter().map(|e| &s[e.span.clone()]).collect()
    }

    #[test]
    fn the_state_with_a_capital_is_an_actor() {
        assert_eq!(states("IA : l'Etat débloque 3,2 milliards."), vec!["Etat"]);
        assert_eq!(states("L’État a pris en charge la facture."), vec!["État"]);
        assert!(states("l'État de New York et l'État membre, un État.").is_empty());
        assert!(states("Les États-Unis et l'Etatisme.").is_empty());
    }
}
