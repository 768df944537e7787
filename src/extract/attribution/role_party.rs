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
/// definition gives it ("la société NormaCalc SAS (ci-après « le pétitionnaire »)").
pub(super) fn field_party(s: &str, entities: &[EntityHit], a: &Anaphor) -> Option<usize> {
    let head = crate::text::lower(s.get(a.head.clone())?);
    if !PARTY_ROLES.contains(&head.as_str()) {
        return None;
    }
    defined_party(s, entities, a, &head).or_else(|| field_line_party(s, entities, a, &head))
}

/// How far after "(ci-après", "(hereinafter" the role is looked for, and how far before the
/// bracket its name may end (bytes).
const DEFINITION_REACH: usize = 48;

/// The name a definition in brackets gives the role: "X (ci-après « le pétitionnaire »)",
/// "X (hereinafter the "Borrower")", "X (the "Issuer")".
fn defined_party(s: &str, entities: &[EntityHit], a: &Anaphor, head: &str) -> Option<usize> {
    let before = &s[..a.span.start];
    for (open, _) in before.match_indices('(') {
        let inner = &before[open + 1..];
        let inner = &inner[..inner.floor_char_boundary(DEFINITION_REACH.min(inner.len()))];
        let inner = &inner[..inner.find(')').unwrap_or(inner.len())];
        let lower = crate::text::lower(inner);
        let defines = [
            "ci-après",
            "hereinafter",
            "the \"",
            "the “",
            "le « ",
            "la « ",
        ]
        .iter()
        .any(|w| lower.starts_with(w));
        if !defines || !lower.split(|c: char| !c.is_alphabetic()).any(|w| w == head) {
            continue;
        }
        let k = entities.partition_point(|e| e.span.end <= open);
        let e = entities.get(k.checked_sub(1)?)?;
        if open - e.span.end <= 2 && fits(a.class, e.kind) {
            return Some(k - 1);
        }
    }
    None
}

/// The name a field line before gives the role ("Applicant: X").
fn field_line_party(s: &str, entities: &[EntityHit], a: &Anaphor, head: &str) -> Option<usize> {
    let mut start = 0;
    for line in s[..a.span.start].split_inclusive('\n') {
        let at = start;
        start += line.len();
        let t = line.trim_start();
        let lead = at + (line.len() - t.len());
        let Some(label) = t.get(..head.len()) else {
            continue;
        };
        if crate::text::lower(label) != head {
            continue;
        }
        let rest = &t[head.len()..];
        let Some(value) = rest.trim_start().strip_prefix(':') else {
            continue;
        };
        let from = lead + head.len() + (rest.len() - value.len());
        let k = entities.partition_point(|e| e.span.start < from);
        if let Some(e) = entities.get(k)
            && e.span.end <= start
            && fits(a.class, e.kind)
        {
            return Some(k);
        }
    }
    None
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
        field_party(s, &entities, &a).map(|k| entities[k].canonical)
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
