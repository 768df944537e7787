//! Amounts that take their meaning from a neighbour: ranges ("entre 30 et 50 milliards d'euros",
//! "$60 billion to $65 billion", "$30-50bn") become one figure with min and max, and a bare
//! amount that details a money figure ("dont 15 milliards", "of which 4 billion") borrows its
//! currency.

use super::context::{self, Marker};
use super::lex::{prefix_ci, prev_word_lower, skip_de, skip_spaces, word_ci};
use super::{FigureKind, Item};

/// Merges neighbouring amounts joined by a range connector.
pub fn ranges(s: &str, items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut it = items.into_iter().peekable();
    while let Some(a) = it.next() {
        if let Some(b) = it.peek()
            && let Some(m) = merge(s, &a, b)
        {
            it.next();
            out.push(m);
            continue;
        }
        out.push(a);
    }
    out
}

/// The connector between two amounts, if they form a range.
fn connected(s: &str, a: &Item, b: &Item) -> bool {
    if a.span.end > b.span.start {
        return false;
    }
    if b.span.start - a.span.end > 6 {
        return false;
    }
    let gap = s[a.span.end..b.span.start].trim_matches(' ');
    // The word before the first amount, read only for the connectors that need it.
    let before = || prev_word_lower(s, a.span.start).map(|(_, w)| w);
    match gap {
        "-" | "–" | "—" => true,
        "to" => before().as_deref() != Some("from"),
        "à" | "a" => true,
        "et" | "and" => matches!(before().as_deref(), Some("entre" | "between")),
        _ => false,
    }
}

fn merge(s: &str, a: &Item, b: &Item) -> Option<Item> {
    if a.range.is_some() || b.range.is_some() || !connected(s, a, b) {
        return None;
    }
    let (kind, unit, unit_mult) = match (a.kind, b.kind) {
        (Some(x), Some(y)) if x == y && a.unit == b.unit => (x, a.unit, b.unit_mult),
        (None, Some(y)) => (y, b.unit, b.unit_mult),
        (Some(x), None) if b.has_scale => (x, a.unit, a.unit_mult),
        _ => return None,
    };
    if a.num.year_like && !a.has_scale {
        return None;
    }
    // "30 à 50 milliards": the first amount borrows the second's scale.
    let a_mult = if a.has_scale { a.mult } else { b.mult };
    let a_umult = if a.kind.is_some() {
        a.unit_mult
    } else {
        unit_mult
    };
    let b_umult = if b.kind.is_some() {
        b.unit_mult
    } else {
        unit_mult
    };
    let lo = a.num.scaled(a_mult * a_umult);
    let hi = b.num.scaled(b.mult * b_umult);
    if lo.partial_cmp(&hi) != Some(std::cmp::Ordering::Less) || hi > lo * 1000.0 {
        return None;
    }
    Some(Item {
        span: a.span.start..b.span.end,
        kind: Some(kind),
        unit,
        num: b.num,
        mult: b.mult,
        unit_mult,
        has_scale: true,
        word_scale: b.word_scale,
        range: Some((lo, hi)),
    })
}

/// Gives a bare amount after "dont" / "of which" / "including" / "(" the currency of the money
/// figure it details in the same sentence.
pub fn inherit(s: &str, items: &mut [Item]) {
    for i in 1..items.len() {
        if items[i].kind.is_some() || !items[i].word_scale || !ends_bare(s, items[i].span.end) {
            continue;
        }
        let Some((m, _, _)) = context::marker_before(s, items[i].span.start) else {
            continue;
        };
        if !matches!(m, Marker::Part | Marker::Paren | Marker::Restate) {
            continue;
        }
        let start = items[i].span.start;
        let Some(prev) = items[..i]
            .iter()
            .rev()
            .find(|p| p.kind == Some(FigureKind::Money))
        else {
            continue;
        };
        if !context::same_sentence(s, prev.span.end, start, 300) {
            continue;
        }
        let unit = prev.unit;
        items[i].kind = Some(FigureKind::Money);
        items[i].unit = unit;
    }
}

/// True when nothing after a bare amount names what it counts ("15 milliards pour la recherche",
/// not "15 millions d'utilisateurs").
fn ends_bare(s: &str, end: usize) -> bool {
    let k = skip_spaces(s, end, 1);
    let Some(c) = s[k..].chars().next() else {
        return true;
    };
    if !c.is_alphabetic() {
        return true;
    }
    if skip_de(s, k).is_some() || prefix_ci(s, k, "d'").is_some() {
        return false;
    }
    const LINKS: &[&str] = &[
        "pour",
        "for",
        "à",
        "au",
        "aux",
        "en",
        "in",
        "par",
        "by",
        "sur",
        "on",
        "dans",
        "into",
        "qui",
        "which",
        "that",
        "et",
        "and",
        "to",
        "vers",
        "from",
        "will",
        "are",
        "is",
        "sont",
        "seront",
        "iront",
        "go",
        "going",
        "destinés",
        "earmarked",
        "allocated",
        "devraient",
        "should",
        "ont",
        "have",
        "has",
        "a",
        "ira",
        "proviendront",
        "come",
        "doivent",
        "must",
        "over",
        "sur",
        "with",
        "avec",
    ];
    LINKS.iter().any(|w| word_ci(s, k, w).is_some())
}

#[cfg(test)]
mod tests {
    use crate::extract::NormText;
    use crate::extract::figures::find;

    /// (span text, value, min, max, unit)
    type Fig = (String, f64, Option<f64>, Option<f64>, String);

    fn figs(s: &str) -> Vec<Fig> {
        let n = NormText::new(s);
        find(&n)
            .into_iter()
            .map(|f| {
                (
                    n.as_str()[f.span].to_string(),
                    f.value,
                    f.value_min,
                    f.value_max,
                    f.unit,
                )
            })
            .collect()
    }

    #[test]
    fn french_ranges() {
        let got = figs("Le plan coûtera entre 30 et 50 milliards d'euros selon le ministère.");
        assert_eq!(
            got,
            vec![(
                "30 et 50 milliards d'euros".into(),
                40e9,
                Some(30e9),
                Some(50e9),
                "EUR".into()
            )]
        );
        let got = figs("Il faudrait de 30 à 50 milliards de dollars pour la France.");
        assert_eq!(got[0].0, "30 à 50 milliards de dollars");
        assert_eq!(got[0].2, Some(30e9));
    }

    #[test]
    fn english_ranges() {
        let got = figs("Meta will spend $60 billion to $65 billion on capex in the year.");
        assert_eq!(
            got,
            vec![(
                "$60 billion to $65 billion".into(),
                62.5e9,
                Some(60e9),
                Some(65e9),
                "USD".into()
            )]
        );
        let got = figs("The company could raise $30-50bn from the investors.");
        assert_eq!(
            got,
            vec![(
                "$30-50bn".into(),
                40e9,
                Some(30e9),
                Some(50e9),
                "USD".into()
            )]
        );
        let got = figs("It is worth between $1bn and $2bn to the fund.");
        assert_eq!(got[0].0, "$1bn and $2bn");
        let got = figs("The sales rose from $1.17 billion to $2 billion in the year.");
        assert_eq!(got.len(), 2);
        let got = figs("The site will draw 1-2 GW of power from the grid.");
        assert_eq!(
            got,
            vec![("1-2 GW".into(), 1.5e9, Some(1e9), Some(2e9), "W".into())]
        );
    }

    #[test]
    fn bare_parts_borrow_the_currency() {
        let got = figs(
            "La France investira 20 milliards d'euros, dont 15 milliards pour les centres de données.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[1].0.as_str(), got[1].1, got[1].4.as_str()),
            ("15 milliards", 15e9, "EUR")
        );
        let got = figs("The fund holds $10bn, of which 4 billion will go to chips.");
        assert_eq!((got[1].0.as_str(), got[1].4.as_str()), ("4 billion", "USD"));
        let got = figs("DeepSeek a 20 millions d'euros, dont 15 millions d'utilisateurs.");
        assert_eq!(got.len(), 1);
        let got = figs("Il y a 15 milliards pour la recherche.");
        assert!(got.is_empty());
    }
}
