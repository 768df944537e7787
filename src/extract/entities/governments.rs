//! A government named by its people or place ("le gouvernement fédéral allemand", "le
//! gouvernement wallon", "the UK government", "the Western Australian government"): an actor
//! that spends and grants, read as one institution as the text writes it.

use super::cues::{Cues, flag};
use crate::extract::types::{EntityHit, EntityKind};
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Lower-case words that qualify a government besides a people's name.
const LEVELS: &[&str] = &[
    "fédéral",
    "fédérale",
    "régional",
    "provincial",
    "central",
    "national",
    "federal",
    "state",
    "regional",
    "local",
    "municipal",
    "territorial",
];

/// Endings of French adjectives of a people or region the cues do not list ("wallon",
/// "flamand", "québécois", "bavarois").
const PEOPLE_ENDINGS: &[&str] = &[
    "on", "onne", "and", "ande", "ois", "oise", "ais", "aise", "ien", "ienne", "ain", "aine",
];

/// Capitalised words before "government" that name no one ("The government", "In
/// government").
const OPENERS: &[&str] = &[
    "The", "A", "Its", "Our", "Their", "This", "That", "Every", "Each", "Any", "No", "In", "For",
    "But", "And", "When", "Under", "With", "From", "At", "On", "As", "By", "If", "So", "While",
    "After", "Before", "Of", "To",
];

/// The two words looked for, found with SIMD (most texts hold neither).
static FR: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("gouvernement "));
static EN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" government"));

/// Adds a government institution at each "gouvernement <adjectives>" and "<Names> government"
/// found, in place of the names it covers ("UK" in "the UK government").
pub fn add<'a>(s: &'a str, cues: &Cues, found: &mut Vec<EntityHit<'a>>) {
    let mut new: Vec<std::ops::Range<usize>> = Vec::new();
    for k in FR.find_iter(s.as_bytes()) {
        let mut end = k + "gouvernement".len();
        let mut rest = &s[end..];
        let mut words = 0;
        let mut people = false;
        // "fédéral allemand", "wallon": lower-case adjectives of a level or a people.
        while let Some(w) = rest
            .strip_prefix(' ')
            .and_then(|r| r.split([' ', ',', '.', ';', '\n']).next())
        {
            let low = w.to_lowercase();
            let adjective = !w.is_empty()
                && w.starts_with(char::is_lowercase)
                && (LEVELS.contains(&low.as_str())
                    || cues.flags(&low) & flag::DEMONYM != 0
                    || PEOPLE_ENDINGS
                        .iter()
                        .any(|e| low.len() > e.len() + 2 && low.ends_with(e)));
            if !adjective || words == 3 {
                break;
            }
            people |= !LEVELS.contains(&low.as_str());
            end += 1 + w.len();
            rest = &s[end..];
            words += 1;
        }
        // (A level alone, "le gouvernement fédéral", names no one the text told.)
        if people {
            new.push(k..end);
        }
    }
    for k in EN.find_iter(s.as_bytes()) {
        let after = s[k + " government".len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // The capitalised words (or a level) right before: "UK", "Western Australian",
        // "federal".
        let mut start = k;
        let mut words = 0;
        let mut named = false;
        while words < 3 {
            // (Past the first word, the space checked below stands before `start`.)
            let before = &s[..start - usize::from(words > 0)];
            // (A word is read within the 40 bytes before it.)
            let floor = s.floor_char_boundary(before.len().saturating_sub(40));
            let w_start = before[floor..]
                .rfind([' ', '\n', '('])
                .map_or(floor, |i| floor + i + 1);
            let w = &before[w_start..];
            let level = LEVELS.contains(&w);
            let name = w.starts_with(char::is_uppercase) && !OPENERS.contains(&w);
            // ("Google, local government and …": a list's comma ends the government's words.)
            if w.is_empty()
                || !(name || level)
                || w.ends_with("'s")
                || w.ends_with("’s")
                || w.ends_with([',', ';', ':'])
            {
                break;
            }
            start = w_start;
            words += 1;
            named |= name;
            if w_start == 0 || s.as_bytes()[w_start - 1] != b' ' {
                break;
            }
        }
        // (A level alone, "the state government", names no one the text told.)
        if named {
            new.push(start..k + " government".len());
        }
    }
    if new.is_empty() {
        return;
    }
    new.sort_by_key(|r| r.start);
    // Each government replaces the names inside it; one overlapping a name that runs past it
    // is left out.
    for r in new {
        let lo = found.partition_point(|e| e.span.end <= r.start);
        let hi = found.partition_point(|e| e.span.start < r.end);
        if found[lo..hi]
            .iter()
            .any(|e| e.span.start < r.start || e.span.end > r.end)
        {
            continue;
        }
        found.splice(
            lo..hi,
            [EntityHit {
                span: r.clone(),
                canonical: &s[r],
                kind: EntityKind::Institution,
                from_lexicon: false,
            }],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn governments(s: &str) -> Vec<&str> {
        let mut found = Vec::new();
        add(s, Cues::get(), &mut found);
        found.iter().map(|e| &s[e.span.clone()]).collect()
    }

    #[test]
    fn governments_named_by_their_people_or_place() {
        assert_eq!(
            governments("Le gouvernement fédéral allemand accordera 2,4 milliards."),
            vec!["gouvernement fédéral allemand"]
        );
        assert_eq!(
            governments("Le gouvernement wallon dégagerait 12 millions."),
            vec!["gouvernement wallon"]
        );
        assert_eq!(
            governments("The Western Australian government has committed A$500 million."),
            vec!["Western Australian government"]
        );
        assert_eq!(
            governments("The Catalan regional government has offered €300 million."),
            vec!["Catalan regional government"]
        );
        assert!(
            governments("It is backed by Google, local government and universities.").is_empty()
        );
        assert_eq!(
            governments("The UK government's unit invested."),
            vec!["UK government"]
        );
        // A bare government, or one named by its level alone, is a reference, left to the
        // references' rules.
        assert!(governments("Le gouvernement a dit. The government said.").is_empty());
        assert!(
            governments("Le gouvernement fédéral a dit. The state government said.").is_empty()
        );
        assert!(governments("Every government said. In government, he spent.").is_empty());
    }
}
