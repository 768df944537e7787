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
    for form in FORMS {
        for (at, _) in s.match_indices(form) {
            let end = at + form.len();
            let before = &s[..at];
            let elided = before.ends_with("l'")
                || before.ends_with("L'")
                || before.ends_with("l’")
                || before.ends_with("L’");
            let article_alone = before
                .trim_end_matches(['\'', '’'])
                .strip_suffix(['l', 'L'])
                .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !c.is_alphanumeric()));
            let word_ends = b
                .get(end)
                .is_none_or(|c| !c.is_ascii_alphanumeric() && *c < 0x80);
            let rest = &s[end..];
            if !(elided && article_alone && word_ends)
                || FOLLOWERS.iter().any(|f| rest.starts_with(f))
            {
                continue;
            }
            let covered = found.iter().any(|e| e.span.start < end && at < e.span.end);
            if !covered {
                new.push(EntityHit {
                    span: at..end,
                    canonical: "État",
                    kind: EntityKind::Institution,
                    from_lexicon: true,
                });
            }
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
