//! A party a filing, a decision or a planning report names by its role ("the applicant", "le
//! pétitionnaire", "the issuer"): the name its field line or its definition gives.

use super::refs::Anaphor;
use super::refwords::PARTY_HEADS;
use super::subject::fits;
use crate::extract::EntityHit;

/// "The applicant" after a line "Applicant: Hollowbrook Data Centres Ltd", "le demandeur"
/// after "Demandeur : Vantor SAS": the name a field line before gives the role; or the name a
/// definition gives it ("la société NormaCalc SAS (ci-après « le pétitionnaire »)"). The
/// nearest before the reference; `parties` gives [`super::role_defs::parties`] of the text, read once and only
/// for a role's reference.
pub(super) fn field_party<'p>(
    s: &str,
    entities: &[EntityHit],
    parties: impl FnOnce() -> &'p [(usize, usize, usize)],
    a: &Anaphor,
) -> Option<usize> {
    let head = s.get(a.head.clone())?;
    let role = PARTY_HEADS
        .iter()
        .position(|r| r.len() == head.len() && crate::text::lower(head) == *r)?;
    parties()
        .iter()
        .rev()
        .find(|&&(r, at, k)| r == role && at < a.span.start && fits(a.class, entities[k].kind))
        .map(|&(_, _, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityKind;
    use crate::extract::attribution::refs::Class;
    use crate::extract::attribution::role_defs::parties;

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
