//! The strings the app's bar view draws around a computed chart (its scale, the line under the
//! title, each bar's value, the actor list, the footer), made once per chart and language so
//! that a frame formats no number.

use super::model::Chart;
use super::scale::{Scale, number, scale};
use super::text::{describe_filters, footer_notes, title_line};
use crate::i18n::Lang;

/// What the bar view writes around `chart`; see [`captions`].
#[derive(Debug, Clone, PartialEq)]
pub struct Captions {
    /// The unit the bars are read in ("Md€", "GW"…) and what values are divided by.
    pub scale: Scale,
    /// "Money per actor — in bn € (converted to EUR)".
    pub title: String,
    /// Per bar, in the chart's order: its value in the scale ("12.5 bn €").
    pub values: Vec<String>,
    /// Per bar: its entry in the actor list ("OpenAI — 12.5 bn € (10–15)").
    pub list: Vec<String>,
    /// The corpus and the filters.
    pub filters: String,
    /// Rates used, how claims count, what was left out.
    pub footer: Vec<String>,
}

/// The captions of `chart` in `locale`.
pub fn captions(chart: &Chart, locale: Lang) -> Captions {
    let sc = scale(chart.kind, &chart.unit, chart.max_value(), locale);
    let (div, unit) = (sc.div, sc.label.as_str());
    let values: Vec<String> = chart
        .bars
        .iter()
        .map(|b| format!("{} {unit}", number(b.value / div, locale)))
        .collect();
    let list = chart
        .bars
        .iter()
        .zip(&values)
        .map(|(b, value)| {
            let mut text = format!("{} — {value}", b.label);
            if b.high > b.low {
                text.push_str(&format!(
                    " ({}–{})",
                    number(b.low / div, locale),
                    number(b.high / div, locale)
                ));
            }
            text
        })
        .collect();
    Captions {
        title: title_line(chart, unit, locale),
        values,
        list,
        filters: describe_filters(chart, locale),
        footer: footer_notes(chart, locale),
        scale: sc,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Bar;

    fn bar(label: &str, value: f64, low: f64, high: f64) -> Bar {
        Bar {
            actor: label.into(),
            label: label.into(),
            kind: None,
            value,
            low,
            high,
            claims: 1,
            sources: vec![],
        }
    }

    #[test]
    fn values_and_list_entries_are_in_the_chart_scale_and_language() {
        let chart = Chart {
            name: String::new(),
            kind: crate::extract::FigureKind::Money,
            unit: "EUR".into(),
            bars: vec![
                bar("OpenAI", 12.5e9, 10e9, 15e9),
                bar("Mistral", 2e9, 2e9, 2e9),
            ],
            rates: None,
            unconverted: vec![],
            unattributed: vec![],
            claims: vec![],
            hidden_bars: 3,
            filters: Default::default(),
            theme_names: vec![],
            corpus: "seeds".into(),
        };
        let en = captions(&chart, Lang::En);
        let unit = en.scale.label.clone();
        assert_eq!(en.scale.div, 1e9);
        assert_eq!(en.values, [format!("12.5 {unit}"), format!("2 {unit}")]);
        assert_eq!(
            en.list,
            [
                format!("OpenAI — 12.5 {unit} (10–15)"),
                format!("Mistral — 2 {unit}")
            ]
        );
        assert_eq!(en.title, title_line(&chart, &unit, Lang::En));
        assert_eq!(en.footer, footer_notes(&chart, Lang::En));
        assert_eq!(en.filters, describe_filters(&chart, Lang::En));
        let fr = captions(&chart, Lang::Fr);
        assert_eq!(fr.values[0], format!("12,5 {}", fr.scale.label));
        assert_ne!(fr.footer, en.footer);
    }
}
