//! The issuer a filing or a regulated release defines: "Héliade (… ) (la « Société »)",
//! "Tianshu Holdings Limited (the "Company")". Its defined words, capitalised ("la Société",
//! "the Company", "the Group"), name it wherever they stand, and what the release states with
//! no one named is its own.

use crate::extract::{EntityHit, EntityKind};
use std::ops::Range;

pub use crate::extract::entities::DEFINED;

/// The entity the text defines as "la « Société »" or "the "Company"": the name standing right
/// before the bracket that holds the definition (other brackets between them aside, "Héliade
/// (Euronext Paris – HLD) (la « Société »)"). Entity index of that mention.
pub fn defined(s: &str, entities: &[EntityHit]) -> Option<usize> {
    crate::extract::entities::defined_name_ends(s)
        .into_iter()
        .find_map(|end| {
            let k = entities.partition_point(|e| e.span.end <= end);
            let e = entities.get(k.checked_sub(1)?)?;
            // ("Cierzo Compute S.L. ('the beneficiary')": an abbreviation's full stop aside.)
            let ends = e.span.end == end || s.get(e.span.end..end) == Some(".");
            (ends && !matches!(e.kind, EntityKind::Place | EntityKind::Person)).then_some(k - 1)
        })
        .or_else(|| letterhead(s, entities))
}

/// How far into the text a filing's letterhead is looked for (bytes).
const LETTERHEAD_REACH: usize = 1500;

/// A firm named in capitals on a line of its own and closed by its legal form ("TIANSHU
/// COMPUTING HOLDINGS LIMITED"), near the top of a text that calls it "the Company": a
/// filing's letterhead names its issuer.
fn letterhead(s: &str, entities: &[EntityHit]) -> Option<usize> {
    let end = entities.partition_point(|e| e.span.start < LETTERHEAD_REACH);
    let k = (0..end).find(|&k| {
        let e = &entities[k];
        e.kind == EntityKind::Company
            && super::voice::capitals_line(s, e)
            && s[e.span.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(crate::extract::entities::legal_form)
    })?;
    let defined_word = DEFINED.iter().any(|w| {
        s.match_indices(w)
            .any(|(at, _)| names_issuer(s, at..at + w.len()))
    });
    defined_word.then_some(k)
}

/// The reference's head word is one of the defined words, capitalised as a defined term is
/// ("la Société", "the Company"): not a sentence's first word, nor a name's ("Société
/// Générale").
pub fn names_issuer(s: &str, head: Range<usize>) -> bool {
    let w = &s[head.clone()];
    let before = s[..head.start].trim_end();
    let next = s[head.end..].trim_start_matches(' ');
    DEFINED.contains(&w)
        && !(before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']))
        && !next.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(s: &str, name: &str, kind: EntityKind) -> EntityHit<'static> {
        let at = s.find(name).unwrap();
        EntityHit {
            span: at..at + name.len(),
            canonical: name.to_string().leak(),
            kind,
            from_lexicon: false,
        }
    }

    #[test]
    fn the_name_before_the_definitions_bracket_is_the_issuer() {
        let s = "Lannion – Héliade (Euronext Paris – HLD) (la « Société » et, avec ses \
                 filiales, le « Groupe »), opérateur, annonce …";
        let es = [
            hit(s, "Lannion", EntityKind::Place),
            hit(s, "Héliade", EntityKind::Company),
            hit(s, "Euronext Paris", EntityKind::Company),
        ];
        assert_eq!(defined(s, &es), Some(1));
        let s = "Orbis Holdings Limited (the \"Company\") announces a placing.";
        let es = [hit(s, "Orbis Holdings Limited", EntityKind::Company)];
        assert_eq!(defined(s, &es), Some(0));
        // A word in quotes that defines nothing, or no bracket: no issuer.
        let s = "Orbis, a \"Company\" of the year, grew.";
        let es = [hit(s, "Orbis", EntityKind::Company)];
        assert_eq!(defined(s, &es), None);
    }

    #[test]
    fn a_capitalised_defined_word_past_a_determiner_names_the_issuer() {
        let s = "Le conseil de la Société a décidé. The company said. The Company said. \
                 Company shares fell. La Société Générale arrange.";
        let all = |w: &str| -> Vec<Range<usize>> {
            s.match_indices(w).map(|(k, _)| k..k + w.len()).collect()
        };
        let societe = all("Société");
        assert!(names_issuer(s, societe[0].clone()));
        assert!(!names_issuer(s, societe[1].clone()));
        assert!(!names_issuer(s, all("company")[0].clone()));
        let company = all("Company");
        assert!(names_issuer(s, company[0].clone()));
        assert!(!names_issuer(s, company[1].clone()));
    }

    #[test]
    fn a_decision_defines_its_beneficiary_in_single_quotes() {
        let s = "The beneficiary is Quantil Compute S.L. ('the beneficiary'), a company.";
        let e = [hit(s, "Quantil Compute S.L", EntityKind::Company)];
        assert_eq!(defined(s, &e), Some(0));
        // Not in quotes: no definition.
        let s = "The beneficiary is Quantil Compute S.L. (the beneficiary), a company.";
        let e = [hit(s, "Quantil Compute S.L", EntityKind::Company)];
        assert_eq!(defined(s, &e), None);
    }
}
