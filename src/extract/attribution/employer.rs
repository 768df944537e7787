//! The company a person speaks for: "Chief Executive Officer Lisa Su told analysts …", "Lisa
//! Su, chief executive of AMD,", "le PDG de X, Y" — money a business leader states is their
//! company's, not theirs (heads of state and ministers keep their own).

use crate::extract::{EntityHit, EntityKind, FigureHit};
use crate::text::{AnyOf, around, lower, with_lower};
use std::sync::LazyLock;

/// Titles of a business leader (lower case).
pub(super) const CORPORATE_TITLES: &[&str] = &[
    "chief executive",
    "ceo",
    "chief financial officer",
    "cfo",
    "chief operating officer",
    "founder",
    "co-founder",
    "cofounder",
    "pdg",
    "directeur général",
    "directrice générale",
    "fondateur",
    "fondatrice",
    "cofondateur",
    "cofondatrice",
    "patron",
    "patronne",
];

/// The titles, searched together (built once).
static TITLES: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(CORPORATE_TITLES));

/// Whether a corporate title stands in the lower-cased `t` (as `t.contains(title)` would tell
/// for one of them), all of them looked for in one pass.
fn holds_title(t: &str) -> bool {
    TITLES.found_in(t.as_bytes())
}

/// How far around a mention of the person (bytes) the title and its company are read.
const REACH: usize = 64;

/// Functions held at a firm, read in an apposition that names the firm after "at", "of",
/// "chez", "de" ("Layla Haddad, head of digital infrastructure at Qamar Capital,", "Marc
/// Lenoir, directeur des investissements chez Orvane,"): the person speaks for that firm.
const FIRM_FUNCTIONS: &[&str] = &[
    "head",
    "director",
    "managing partner",
    "partner",
    "president",
    "vice-president",
    "vice president",
    "chair",
    "chairman",
    "chairwoman",
    "manager",
    "executive",
    "officer",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "directeur",
    "directrice",
    "responsable",
    "porte-parole",
    "président",
    "présidente",
    "vice-président",
    "vice-présidente",
    "dirigeant",
    "dirigeante",
    "associé",
    "associée",
    "gérant",
    "gérante",
];

/// How far after a mention of the person (bytes) an apposition naming their firm is read.
const APPOSITION_REACH: usize = 120;

/// The company named in the apposition right after mention `m` of a person, when
/// the apposition gives a function at it ("…, head of data centres at Qamar Capital,").
fn apposed_firm(s: &str, entities: &[EntityHit], m: usize) -> Option<usize> {
    let end = entities[m].span.end;
    let rest = s[end..].strip_prefix(", ")?;
    let start = end + 2;
    let stop = rest
        .char_indices()
        .take_while(|&(i, _)| i < APPOSITION_REACH)
        .find(|&(_, c)| matches!(c, ',' | ';' | '.' | '(' | '\n' | '"' | '«' | '“'))
        .map_or(start + rest.len().min(APPOSITION_REACH), |(i, _)| start + i);
    let stop = s.floor_char_boundary(stop);
    let k = (m + 1..entities.len())
        .take_while(|&k| entities[k].span.start < stop)
        .find(|&k| entities[k].kind == EntityKind::Company && entities[k].span.end <= stop)?;
    let head = lower(&s[start..entities[k].span.start]);
    // Another name between the person and the firm is not this kind of apposition.
    if (m + 1..k).any(|j| entities[j].kind != EntityKind::Place) {
        return None;
    }
    let linked = [" at ", " of ", " chez ", " de ", " d'", " d’", " du "]
        .iter()
        .any(|p| head.contains(p));
    // A whole function opening the apposition ("managing partner", "porte-parole").
    let function = FIRM_FUNCTIONS.iter().any(|f| {
        head.strip_prefix(f)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    });
    (linked && function).then_some(k)
}

/// What the mentions of a person say of their company.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Employer {
    /// A company named with a corporate title ("AMD CEO Lisa Su").
    Named(usize),
    /// A corporate title with no company named: the article's company.
    Titled,
    /// No corporate title: the person keeps what they own (a head of state, a minister).
    None,
}

/// The company person `i` leads, read from the mentions of them that carry a corporate title.
pub fn employer(s: &str, entities: &[EntityHit], i: usize) -> Employer {
    let person = &entities[i];
    if person.kind != EntityKind::Person {
        return Employer::None;
    }
    let company = |k: &usize| entities[*k].kind == EntityKind::Company;
    let mut titled = false;
    for (m, e) in entities.iter().enumerate() {
        if e.canonical != person.canonical {
            continue;
        }
        let from = s.floor_char_boundary(e.span.start.saturating_sub(REACH));
        let to = s.floor_char_boundary((e.span.end + REACH).min(s.len()));
        let title_before = with_lower(around(s, from, e.span.start), holds_title);
        let title_after = with_lower(around(s, e.span.end, to), |after| {
            after.starts_with(", ") && holds_title(after)
        });
        if !title_before && !title_after {
            if let Some(k) = apposed_firm(s, entities, m) {
                return Employer::Named(k);
            }
            continue;
        }
        titled = true;
        // "AMD CEO Lisa Su", "AMD's chief executive": a company just before the title.
        if title_before
            && let Some(k) = (0..m)
                .rev()
                .take_while(|&k| entities[k].span.start >= from)
                .find(company)
        {
            return Employer::Named(k);
        }
        // "Lisa Su, chief executive of AMD,": a company in the apposition after.
        if title_after
            && let Some(k) = (m + 1..entities.len())
                .take_while(|&k| entities[k].span.end <= to)
                .find(company)
        {
            return Employer::Named(k);
        }
    }
    if titled {
        Employer::Titled
    } else {
        Employer::None
    }
}

/// The company the article names most (its first mention).
pub fn most_named_company(entities: &[EntityHit]) -> Option<usize> {
    let mut counts: std::collections::HashMap<&str, (usize, usize)> = Default::default();
    for (k, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Company {
            counts.entry(e.canonical).or_insert((k, 0)).1 += 1;
        }
    }
    counts
        .into_values()
        .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))
        .map(|(k, _)| k)
}

/// Replaces each business leader owning a figure by their company (each person read once).
pub fn to_companies(
    s: &str,
    entities: &[EntityHit],
    figures: &[FigureHit],
    owners: &mut [Option<usize>],
) {
    let mut leaders: Vec<(usize, Option<usize>)> = Vec::new();
    let most_named = std::cell::OnceCell::new();
    for (o, f) in owners.iter_mut().zip(figures) {
        let Some(k) = *o else { continue };
        if entities[k].kind != EntityKind::Person {
            continue;
        }
        // "co-founder Ana Ruiz's net worth rose by $101bn": a fortune is the person's own.
        let own = crate::text::with_lower_tail(s, f.span.start, 48, |t| {
            ["worth", "fortune", "wealth", "patrimoine"]
                .iter()
                .any(|w| t.contains(w))
        });
        if own {
            continue;
        }
        let c = match leaders
            .iter()
            .find(|(p, _)| entities[*p].canonical == entities[k].canonical)
        {
            Some(&(_, c)) => c,
            None => {
                let c = match employer(s, entities, k) {
                    Employer::Named(c) => Some(c),
                    Employer::Titled => *most_named.get_or_init(|| most_named_company(entities)),
                    Employer::None => None,
                };
                leaders.push((k, c));
                c
            }
        };
        if c.is_some() {
            *o = c;
        }
    }
}
