//! Axis scales and labels: the divisor and unit label a chart's values are shown in
//! ("Md€", "GW", "k puces" in French; "bn €", "GW", "k chips" in English), and numbers written
//! the way each language writes them.

use crate::extract::FigureKind;
use crate::i18n::Lang;

/// Values are shown divided by `div`, in `label` units.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    pub div: f64,
    pub label: String,
}

fn symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "JPY" => "¥",
        _ => return None,
    })
}

/// The scale for values up to `max` of a `kind` chart in `unit` (an ISO code for money).
pub fn scale(kind: FigureKind, unit: &str, max: f64, locale: Lang) -> Scale {
    let max = if max.is_finite() { max.abs() } else { 0.0 };
    let pick = |steps: &[(f64, String)]| -> Scale {
        let (div, label) = steps
            .iter()
            .find(|(d, _)| max >= *d)
            .or(steps.last())
            .cloned()
            .unwrap_or((1.0, String::new()));
        Scale { div, label }
    };
    match kind {
        FigureKind::Money => {
            let fr = locale == Lang::Fr;
            let money = |prefix_fr: &str, prefix_en: &str| match (symbol(unit), fr) {
                (Some(s), true) => format!("{prefix_fr}{s}"),
                (Some(s), false) => format!("{prefix_en}{s}").trim().to_string(),
                (None, true) => format!("{prefix_fr} {unit}").trim().to_string(),
                (None, false) => format!("{prefix_en}{unit}").trim().to_string(),
            };
            pick(&[
                (1e9, money("Md", "bn ")),
                (1e6, money("M", "m ")),
                (1e3, money("k", "k ")),
                (0.0, money("", "")),
            ])
        }
        FigureKind::Chips => {
            let chips = if locale == Lang::Fr { "puces" } else { "chips" };
            pick(&[
                (1e6, format!("M {chips}")),
                (1e3, format!("k {chips}")),
                (0.0, chips.to_string()),
            ])
        }
        FigureKind::Power | FigureKind::Flops => {
            let u = if kind == FigureKind::Power {
                "W"
            } else {
                "FLOP/s"
            };
            pick(&[
                (1e18, format!("E{u}")),
                (1e15, format!("P{u}")),
                (1e12, format!("T{u}")),
                (1e9, format!("G{u}")),
                (1e6, format!("M{u}")),
                (1e3, format!("k{u}")),
                (0.0, u.to_string()),
            ])
        }
    }
}

/// `v` with at most two decimals (trailing zeros dropped), thousands grouped with a thin space,
/// decimal comma in French: `11.7` → `11,7`, `1500` → `1 500`.
pub fn number(v: f64, locale: Lang) -> String {
    number_with(v, 2, locale)
}

/// [`number`] with at most `decimals` decimals.
pub fn number_with(v: f64, decimals: usize, locale: Lang) -> String {
    if !v.is_finite() {
        return "?".into();
    }
    let fixed = format!("{:.decimals$}", v.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if v < 0.0 && (int != "0" || !frac.is_empty()) {
        out.push('-');
    }
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(if locale == Lang::Fr { ',' } else { '.' });
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_unit_size_and_language() {
        let s = scale(FigureKind::Money, "EUR", 1.17e10, Lang::Fr);
        assert_eq!((s.div, s.label.as_str()), (1e9, "Md€"));
        assert_eq!(
            scale(FigureKind::Money, "USD", 5e11, Lang::En).label,
            "bn $"
        );
        assert_eq!(
            scale(FigureKind::Money, "CNY", 5e7, Lang::Fr).label,
            "M CNY"
        );
        assert_eq!(
            scale(FigureKind::Money, "CNY", 5e7, Lang::En).label,
            "m CNY"
        );
        assert_eq!(
            scale(FigureKind::Chips, "chips", 18_000.0, Lang::Fr).label,
            "k puces"
        );
        assert_eq!(
            scale(FigureKind::Chips, "chips", 500.0, Lang::En).label,
            "chips"
        );
        assert_eq!(scale(FigureKind::Power, "W", 1.4e9, Lang::En).label, "GW");
        assert_eq!(
            scale(FigureKind::Flops, "FLOP/s", 2e18, Lang::Fr).label,
            "EFLOP/s"
        );
        assert_eq!(scale(FigureKind::Power, "W", f64::NAN, Lang::En).label, "W");
    }

    #[test]
    fn numbers_read_as_in_each_language() {
        assert_eq!(number(11.7, Lang::Fr), "11,7");
        assert_eq!(number(11.7, Lang::En), "11.7");
        assert_eq!(number(1500.0, Lang::En), "1\u{202F}500");
        assert_eq!(number(-0.001, Lang::En), "0");
        assert_eq!(number(2.0, Lang::Fr), "2");
    }
}
