//! "Bosch, Infineon and NXP will each put in €350m", "China Mobile et China Telecom ont chacun
//! mis en chantier 1 GW": an amount each of several named actors puts in is each one's; the
//! first of them owns the figure (any one of them states it truly).

use crate::extract::{EntityHit, EntityKind};
use crate::text::AnyOf;
use memchr::memmem::Finder;
use std::ops::Range;
use std::sync::LazyLock;

/// The words of distribution, in the order they are looked for (their finders built once).
static WORDS: LazyLock<[Finder<'static>; 3]> =
    LazyLock::new(|| ["each", "chacun", "chacune"].map(Finder::new));

/// How far before the amount (bytes) the word of distribution may stand.
const EACH_REACH: usize = 64;

/// The first of the actors named together before "each" / "chacun" in `s[sent.start..at]`,
/// the clause that states the amount at `at`, or in the sentence before (from `prev`) when the
/// amount's names none before the word ("… NXP each hold 10%. The three partners will each put
/// in €350m"); none when no such word or no such list is there.
pub fn first_of_each(
    s: &str,
    entities: &[EntityHit],
    sent: &Range<usize>,
    prev: usize,
    at: usize,
) -> Option<usize> {
    // Only a word near before the amount governs it: the window it may stand in.
    let from = s.floor_char_boundary(at.saturating_sub(EACH_REACH).max(sent.start));
    let all = s.as_bytes();
    let b = &all[from..at];
    // (Most amounts have none of the words before them: one pass tells; "chacune" holds
    // "chacun".)
    static ANY_WORD: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(&["each", "chacun"]));
    if !ANY_WORD.found_in(b) {
        return None;
    }
    // The word of distribution, as a whole word, and where it stands (its last place: no
    // word overlaps itself, so the matches read forward are those read back).
    let k = WORDS.iter().find_map(|w| {
        let n = w.needle().len();
        w.find_iter(b)
            .filter(|&i| {
                (from + i == 0 || !all[from + i - 1].is_ascii_alphabetic())
                    && b.get(i + n).is_none_or(|c| !c.is_ascii_alphabetic())
            })
            .last()
    })?;
    let each_at = from + k;
    // The word governs the amount: near before it, no name between.
    let between = entities.partition_point(|e| e.span.start < each_at)
        ..entities.partition_point(|e| e.span.start < at);
    if at - each_at > EACH_REACH || !between.is_empty() {
        return None;
    }
    let mut lo = entities.partition_point(|e| e.span.start < sent.start);
    let hi = entities.partition_point(|e| e.span.end <= each_at);
    if lo == hi {
        lo = entities.partition_point(|e| e.span.start < prev);
    }
    let joins = |a: &EntityHit, b: &EntityHit| {
        matches!(
            s.get(a.span.end..b.span.start),
            Some(", " | " and " | " et " | ", and " | " & ")
        )
    };
    // The last list of two names or more before the word.
    let mut i = hi;
    while i > lo {
        let last = i - 1;
        let mut first = last;
        while first > lo && joins(&entities[first - 1], &entities[first]) {
            first -= 1;
        }
        let owners = |e: &EntityHit| !matches!(e.kind, EntityKind::Place | EntityKind::Person);
        if last > first && entities[first..=last].iter().all(owners) {
            return Some(first);
        }
        i = first;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::first_of_each;
    use crate::extract::{EntityHit, EntityKind};

    fn names<'a>(s: &'a str, list: &[&'a str]) -> Vec<EntityHit<'a>> {
        list.iter()
            .map(|n| {
                let i = s.find(n).unwrap();
                EntityHit {
                    span: i..i + n.len(),
                    canonical: n,
                    kind: EntityKind::Company,
                    from_lexicon: true,
                }
            })
            .collect()
    }

    #[test]
    fn the_first_of_the_names_before_each() {
        let s = "Robert Bosch, Infineon and NXP will each put in about 350 million euros.";
        let e = names(s, &["Robert Bosch", "Infineon", "NXP"]);
        assert_eq!(
            first_of_each(s, &e, &(0..s.len()), 0, s.find("350").unwrap()),
            Some(0)
        );
        let s = "China Mobile et China Telecom ont chacun mis en chantier plus de 1 GW.";
        let e = names(s, &["China Mobile", "China Telecom"]);
        assert_eq!(
            first_of_each(s, &e, &(0..s.len()), 0, s.find("1 GW").unwrap()),
            Some(0)
        );
        // No list of names: no one ("Each gigafactory must host 100,000 chips").
        let s = "Nvidia said each gigafactory must host 100,000 chips.";
        let e = names(s, &["Nvidia"]);
        assert_eq!(
            first_of_each(s, &e, &(0..s.len()), 0, s.find("100").unwrap()),
            None
        );
        // The list may close the sentence before.
        let s = "Bosch, Infineon and NXP each hold 10%. The partners will each put in €350m.";
        let e = names(s, &["Bosch", "Infineon", "NXP"]);
        let sent = s.find("The").unwrap()..s.len();
        assert_eq!(
            first_of_each(s, &e, &sent, 0, s.find("€350m").unwrap()),
            Some(0)
        );
    }
}
