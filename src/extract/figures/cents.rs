//! Sub-units after a whole amount: "3 dollars 50 cents", "thirteen dollars and forty-five
//! cents", "15 dollars 50", "treize euros et quarante-cinq cents".

use super::lex::{skip_spaces, word_ci};
use super::{number, words};
use crate::text::Lang;

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": the sub-unit
/// after a whole amount written with a currency word or code. Returns the end and the fraction.
pub fn cents(s: &str, i: usize, lang: Lang) -> Option<(usize, f64)> {
    let mut k = skip_spaces(s, i, 1);
    if k == i {
        return None;
    }
    if let Some(e) = word_ci(s, k, "and").or_else(|| word_ci(s, k, "et")) {
        k = skip_spaces(s, e, 1);
    }
    let first = s.as_bytes().get(k)?;
    let n = if first.is_ascii_digit() {
        number::parse_digits(s, k, lang).filter(|n| n.end - n.start <= 2)?
    } else {
        words::parse_words(s, k, lang)?
    };
    let v = n.mant / n.div;
    if n.div != 1.0 || !(1.0..100.0).contains(&v) {
        return None;
    }
    let after = skip_spaces(s, n.end, 1);
    let unit = ["cents", "cent", "centimes", "centime", "pence"]
        .iter()
        .find_map(|w| word_ci(s, after, w));
    if let Some(e) = unit {
        return Some((e, v / 100.0));
    }
    let c = s[after..].chars().next();
    let tail_ok = c
        .is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '%' | '-' | '$' | '€' | '£'))
        || word_ci(s, after, "more").is_some();
    tail_ok.then_some((n.end, v / 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_after_whole_amounts() {
        fn c(s: &str, l: Lang) -> Option<(&str, f64)> {
            cents(s, 0, l).map(|(e, v)| (&s[..e], v))
        }
        assert_eq!(c(" 50 cents.", Lang::English), Some((" 50 cents", 0.5)));
        assert_eq!(
            c(" and forty-five cents", Lang::English),
            Some((" and forty-five cents", 0.45))
        );
        assert_eq!(
            c(" et quarante-cinq cents.", Lang::French),
            Some((" et quarante-cinq cents", 0.45))
        );
        assert_eq!(c(" 50.", Lang::French), Some((" 50", 0.5)));
        assert_eq!(c(" 20 times", Lang::English), None);
        assert_eq!(c(", 50 of them", Lang::English), None);
        assert_eq!(c(" 500.", Lang::English), None);
    }
}
