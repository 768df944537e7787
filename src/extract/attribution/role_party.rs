//! A party a filing, a decision or a planning report names by its role ("the applicant", "le
//! pétitionnaire", "the issuer"): the name its field line or its definition gives.

use super::refs::Anaphor;
use super::subject::fits;
use crate::extract::EntityHit;

/// Heads naming a party by its role in a filing, a decision or a report.
const PARTY_ROLES: &[&str] = &[
    "applicant",
    "issuer",
    "borrower",
    "purchaser",
    "acquirer",
    "bidder",
    "demandeur",
    "pétitionnaire",
    "porteur",
    "émetteur",
    "emprunteur",
    "acquéreur",
    "attributaire",
];

/// "The applicant" after a line "Applicant: Hollowbrook Data Centres Ltd", "le demandeur"
/// after "Demandeur : Vantor SAS": the name a field line before gives the role; or the name a
/// definition gives it ("la société NormaCalc SAS (ci-après « le pétitionnaire »)"). The
/// nearest before the reference; `parties` gives [`parties`] of the text, read once and only
/// for a role's reference.
pub(super) fn field_party<'p>(
    s: &str,
    entities: &[EntityHit],
    parties: impl FnOnce() -> &'p [(usize, usize, usize)],
    a: &Anaphor,
) -> Option<usize> {
    let head = s.get(a.head.clone())?;
    let role = PARTY_ROLES
        .iter()
        .position(|r| r.len() == head.len() && crate::text::lower(head) == *r)?;
    parties()
        .iter()
        .rev()
        .find(|&&(r, at, k)| r == role && at < a.span.start && fits(a.class, entities[k].kind))
        .map(|&(_, _, k)| k)
}

/// How far after "(ci-après", "(hereinafter" the role is looked for, and how far before the
/// bracket its name may end (bytes).
const DEFINITION_REACH: usize = 48;

/// Every party the text names by its role, in text order: (role in [`PARTY_ROLES`], where the
/// role is given, the name's entity), from its field lines ("Applicant: X") and its
/// definitions in brackets ("X (ci-après « le pétitionnaire »)", "X (hereinafter the
/// "Borrower")"). One pass over the text.
pub fn parties(s: &str, entities: &[EntityHit]) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    let role_of = |w: &str| PARTY_ROLES.iter().position(|r| *r == w);
    // Definitions: a bracket right after a name.
    for open in memchr::memchr_iter(b'(', s.as_bytes()) {
        let inner = &s[open + 1..];
        let inner = &inner[..inner.floor_char_boundary(DEFINITION_REACH.min(inner.len()))];
        let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
        if !inner.starts_with(['c', 'C', 'h', 'H', 't', 'T', 'l', 'L']) {
            continue;
        }
        let lower = crate::text::lower(inner);
        let defines = ["ci-après", "hereinafter", "the \"", "le « ", "la « "]
            .iter()
            .any(|w| lower.starts_with(w));
        let Some(role) = defines
            .then(|| lower.split(|c: char| !c.is_alphabetic()).find_map(role_of))
            .flatten()
        else {
            continue;
        };
        let k = entities.partition_point(|e| e.span.end <= open);
        if let Some(k) = k.checked_sub(1)
            && open - entities[k].span.end <= 2
        {
            found.push((role, open, k));
        }
    }
    // Field lines: a role, a colon, a name.
    let mut start = 0;
    for line in s.split_inclusive('\n') {
        let (at, end) = (start, start + line.len());
        start = end;
        let t = line.trim_start();
        let lead = at + (line.len() - t.len());
        let Some(colon) = t.get(..24.min(t.len())).and_then(|h| h.find(':')) else {
            continue;
        };
        let label = t[..colon].trim_end();
        let Some(role) = role_of(&crate::text::lower(label)) else {
            continue;
        };
        let from = lead + colon + 1;
        let k = entities.partition_point(|e| e.span.start < from);
        if entities.get(k).is_some_and(|e| e.span.end <= end) {
            found.push((role, from, k));
        }
    }
    found.sort_by_key(|&(_, at, _)| at);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityKind;
    use crate::extract::attribution::refs::Class;

    fn company(s: &str, name: &'static str) -> EntityHit<'static> {
        let start = s.find(name).expect("the name");
        EntityHit {
            span: start..start + name.len(),
            canonical: name,
            kind: EntityKind::Company,
            from_lexicon: false,
        }
    }

    fn party(s: &str, names: &[&'static str], role: &str) -> Option<&'static str> {
        let entities: Vec<_> = names.iter().map(|n| company(s, n)).collect();
        let at = s.rfind(role).expect("the reference");
        let a = Anaphor {
            span: at - 3..at + role.len(),
            class: Class::Company,
            head: at..at + role.len(),
        };
        let found = parties(s, &entities);
        field_party(s, &entities, || &found, &a).map(|k| entities[k].canonical)
    }

    #[test]
    fn a_field_line_or_a_definition_names_the_party_of_a_role() {
        let s = "Applicant: Corvel Data Ltd\nWard: Ashby\n\nThe applicant is a subsidiary of \
                 Fennick Digital. The applicant states a cost of £1.4 billion.";
        assert_eq!(
            party(s, &["Corvel Data Ltd", "Fennick Digital"], "applicant"),
            Some("Corvel Data Ltd")
        );
        let s = "déposée par la société Corvel SAS (ci-après « le pétitionnaire ») auprès de \
                 RTE. Le coût est estimé par le pétitionnaire à 850 M€.";
        assert_eq!(
            party(s, &["Corvel SAS", "RTE"], "pétitionnaire"),
            Some("Corvel SAS")
        );
        // A role no field nor definition gives; a word that names no party's role.
        let s = "Corvel SAS et RTE signent. Le pétitionnaire paiera 850 M€.";
        assert_eq!(party(s, &["Corvel SAS", "RTE"], "pétitionnaire"), None);
        let s = "Company: Corvel SAS\n\nThe company pays £1.4 billion.";
        assert_eq!(party(s, &["Corvel SAS"], "company"), None);
    }
}
