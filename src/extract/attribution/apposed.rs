//! Names that only describe another one: the complement of a relation noun in an apposition
//! ("the Schwarz Group, the owner of Lidl, …", "Schwarz Digits, filiale du groupe
//! propriétaire de Lidl, …", "the company, Nvidia's main supplier of HBM, …").

use crate::extract::EntityHit;

/// Nouns and participles that relate the name they govern to the one the apposition
/// describes (lower case; matched as whole words).
const RELATIONS: &[&str] = &[
    "owner",
    "owners",
    "parent",
    "unit",
    "subsidiary",
    "division",
    "arm",
    "affiliate",
    "spin-off",
    "spinoff",
    "supplier",
    "customer",
    "client",
    "rival",
    "competitor",
    "backer",
    "investor",
    "shareholder",
    "partner",
    "owned",
    "backed",
    "controlled",
    "propriétaire",
    "mère",
    "filiale",
    "branche",
    "fournisseur",
    "concurrent",
    "actionnaire",
    "partenaire",
    "investisseur",
    "détenue",
    "détenu",
    "contrôlée",
    "contrôlé",
    "soutenue",
    "soutenu",
    "adossée",
    "adossé",
];

/// Words that may stand between a relation noun and the name it governs.
const LINKS: &[&str] = &[
    "of", "to", "in", "by", "the", "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’",
    "à", "au", "aux", "par",
];

/// Whether `w` is one of [`RELATIONS`].
fn relation(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    RELATIONS.iter().any(|r| w.eq_ignore_ascii_case(r))
}

/// Whether the apposition closes on a comma within a few words after `at` ("Lidl
/// supermarket chain, which …").
fn closes_soon(s: &str, at: usize) -> bool {
    let end = s.floor_char_boundary((at + 64).min(s.len()));
    let rest = &s[at..end];
    rest.find([',', ')']).is_some_and(|k| {
        !rest[..k].contains(['.', ';']) && rest[..k].split_whitespace().count() <= 4
    })
}

/// Whether `e` is the name a relation noun governs inside an apposition between commas: it
/// describes the name before the apposition and owns none of the sentence's figures.
pub fn related_in_apposition(s: &str, e: &EntityHit) -> bool {
    let from = s.floor_char_boundary(e.span.start.saturating_sub(72));
    let before = &s[from..e.span.start];
    // "…, the owner of the Lidl …" / "…, filiale numérique du groupe propriétaire de Lidl"
    if let Some(k) = crate::text::rfind_comma(before) {
        let seg = &before[k + 2..];
        if !seg.is_empty()
            && !seg.contains(['.', ';', ':'])
            && seg.split_whitespace().nth(8).is_none()
        {
            // The relation noun, then only links up to the name ("owner of the").
            let mut back = seg.split_whitespace().rev();
            let mut tail = 0;
            let noun = back.find(|w| {
                let link = LINKS.iter().any(|l| w.eq_ignore_ascii_case(l));
                tail += usize::from(link);
                !link
            });
            if tail > 0 && noun.is_some_and(relation) && closes_soon(s, e.span.end) {
                return true;
            }
        }
    }
    // "the company, Nvidia's main supplier of HBM, said": a possessive opening the apposition.
    if before.ends_with(", ") {
        let after = &s[e.span.end..s.floor_char_boundary((e.span.end + 48).min(s.len()))];
        if let Some(rest) = after
            .strip_prefix("'s ")
            .or_else(|| after.strip_prefix("’s "))
        {
            let upto = rest.find([',', '.', ';']).unwrap_or(rest.len());
            let words: Vec<&str> = rest[..upto].split_whitespace().collect();
            return rest[upto..].starts_with(',')
                && words.len() <= 5
                && words.iter().take(3).any(|w| relation(w));
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityKind;

    fn at<'a>(s: &'a str, name: &'a str) -> EntityHit<'a> {
        let start = s.find(name).unwrap();
        EntityHit {
            span: start..start + name.len(),
            canonical: name,
            kind: EntityKind::Company,
            from_lexicon: true,
        }
    }

    #[test]
    fn a_name_governed_by_a_relation_noun_in_an_apposition_only_describes() {
        for (s, name) in [
            (
                "led by Deutsche Telekom and the Schwarz Group, the owner of the Lidl supermarket chain, which wants a 1.5GW site",
                "Lidl",
            ),
            (
                "l'allemand Schwarz Digits, filiale numérique du groupe propriétaire de Lidl, prévoit d'investir 11 milliards",
                "Lidl",
            ),
            (
                "The company, Nvidia's main supplier of HBM, said it would raise spending",
                "Nvidia",
            ),
            ("Free, filiale d'Iliad, investira 3 milliards", "Iliad"),
        ] {
            assert!(related_in_apposition(s, &at(s, name)), "{s}");
        }
    }

    #[test]
    fn a_subject_or_a_plain_complement_is_not_described() {
        for (s, name) in [
            ("Microsoft, Google and Lidl will spend $3bn", "Lidl"),
            (
                "In a statement, Nvidia's chief executive said it would spend $5bn",
                "Nvidia",
            ),
            (
                "the fund, which owns Lidl, will invest €2bn in the site",
                "Lidl",
            ),
            ("Orange, qui a racheté Lidl, investira 2 milliards", "Lidl"),
        ] {
            assert!(!related_in_apposition(s, &at(s, name)), "{s}");
        }
    }
}
