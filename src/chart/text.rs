//! The words of a chart in French and English: the line under the title, kind names, and the
//! footer naming the corpus, the filters, the rates used and what was left out.

use super::model::Chart;
use crate::extract::{EntityKind, FigureKind};
use crate::i18n::Lang;
use crate::i18n::kinds::{KIND_NAMES_EN, KIND_NAMES_FR};
use std::collections::BTreeSet;

fn fr(locale: Lang) -> bool {
    locale == Lang::Fr
}

/// "Money per actor — in bn € (converted to EUR)".
pub fn title_line(chart: &Chart, scale_label: &str, locale: Lang) -> String {
    let what = match (chart.kind, fr(locale)) {
        (FigureKind::Money, true) => "Montants par acteur",
        (FigureKind::Money, false) => "Money per actor",
        (FigureKind::Chips, true) => "Puces par acteur",
        (FigureKind::Chips, false) => "Chips per actor",
        (FigureKind::Power, true) => "Puissance électrique par acteur",
        (FigureKind::Power, false) => "Power capacity per actor",
        (FigureKind::Flops, true) => "Puissance de calcul par acteur",
        (FigureKind::Flops, false) => "Compute per actor",
    };
    let mut line = if fr(locale) {
        format!("{what} — en {scale_label}")
    } else {
        format!("{what} — in {scale_label}")
    };
    if chart.kind == FigureKind::Money {
        line.push_str(&if fr(locale) {
            format!(" (converti en {})", chart.unit)
        } else {
            format!(" (converted to {})", chart.unit)
        });
    }
    line
}

/// The name of an actor kind ("other" when unknown).
pub fn kind_name(kind: Option<EntityKind>, locale: Lang) -> &'static str {
    let (names, other) = if fr(locale) {
        (KIND_NAMES_FR, "Autre")
    } else {
        (KIND_NAMES_EN, "Other")
    };
    kind.and_then(|k| EntityKind::ALL.iter().position(|x| *x == k))
        .map_or(other, |i| names[i])
}

/// "Corpus: seeds (5 articles) · Filters: none".
pub fn describe_filters(chart: &Chart, locale: Lang) -> String {
    let f = &chart.filters;
    let fr = fr(locale);
    let mut parts = Vec::new();
    if !chart.theme_names.is_empty() {
        let label = if fr { "thèmes" } else { "themes" };
        parts.push(format!("{label} {}", chart.theme_names.join(", ")));
    }
    if !f.articles.is_empty() {
        parts.push(format!("{} articles", f.articles.len()));
    }
    if f.date_from.is_some() || f.date_to.is_some() {
        let undated = match (f.include_undated, fr) {
            (false, _) => "",
            (true, true) => " + sans date",
            (true, false) => " + undated",
        };
        parts.push(format!(
            "dates {}…{}{undated}",
            f.date_from.as_deref().unwrap_or(""),
            f.date_to.as_deref().unwrap_or("")
        ));
    }
    for (name, value) in &f.attributes {
        parts.push(format!("{name} = {value}"));
    }
    if !f.actor_kinds.is_empty() {
        let kinds: Vec<&str> = f
            .actor_kinds
            .iter()
            .map(|k| kind_name(Some(*k), locale))
            .collect();
        parts.push(kinds.join(", "));
    }
    if let Some(n) = f.top_n {
        parts.push(format!("top {n}"));
    }
    if f.log_scale {
        parts.push(if fr { "échelle log" } else { "log scale" }.to_string());
    }
    let none = if fr { "aucun" } else { "none" };
    let filters = if parts.is_empty() {
        none.to_string()
    } else {
        parts.join(", ")
    };
    if fr {
        format!("Corpus : {} · Filtres : {filters}", chart.corpus)
    } else {
        format!("Corpus: {} · Filters: {filters}", chart.corpus)
    }
}

/// The rates actually used, what counts, and what was left out.
pub fn footer_notes(chart: &Chart, locale: Lang) -> Vec<String> {
    let fr = fr(locale);
    let mut out = Vec::new();
    if let Some(rates) = &chart.rates {
        let used: BTreeSet<&str> = chart
            .bars
            .iter()
            .flat_map(|b| &b.sources)
            .map(|s| s.figure.unit.as_str())
            .filter(|u| *u != chart.unit)
            .collect();
        let pairs: Vec<String> = used
            .iter()
            .filter_map(|c| {
                let r = rates.rates.get(*c)?;
                Some(format!("1 {c} = {} {}", number_sig(*r, locale), chart.unit))
            })
            .collect();
        if !pairs.is_empty() {
            out.push(if fr {
                format!("Taux de change ({}) : {}", rates.date, pairs.join(" ; "))
            } else {
                format!("Exchange rates ({}): {}", rates.date, pairs.join("; "))
            });
        }
    }
    out.push(if fr {
        "Chaque fait compte une fois, quel que soit le nombre d’articles ou de phrases qui le \
         rapportent (même acteur, même rôle, même montant à 5\u{a0}% près), après corrections\u{202f}; \
         les fourchettes au milieu, bornes indiquées."
            .to_string()
    } else {
        "Each claim counts once, however many articles or sentences report it (same actor, role \
         and amount within 5 %), after corrections; ranges at their midpoint, bounds shown."
            .to_string()
    });
    let mut left = Vec::new();
    if !chart.unattributed.is_empty() {
        let n = chart.unattributed.len();
        left.push(if fr {
            format!("{n} chiffre(s) sans acteur")
        } else {
            format!("{n} figure(s) with no actor")
        });
    }
    if !chart.unconverted.is_empty() {
        let n = chart.unconverted.len();
        left.push(if fr {
            format!("{n} montant(s) dans une devise sans taux")
        } else {
            format!("{n} amount(s) in a currency with no rate")
        });
    }
    if chart.hidden_bars > 0 {
        let n = chart.hidden_bars;
        left.push(if fr {
            format!("{n} acteur(s) au-delà du top")
        } else {
            format!("{n} actor(s) beyond the top")
        });
    }
    if !left.is_empty() {
        out.push(if fr {
            format!("Non représentés : {}.", left.join(", "))
        } else {
            format!("Not shown: {}.", left.join(", "))
        });
    }
    out
}

/// A rate with four significant digits.
fn number_sig(v: f64, locale: Lang) -> String {
    if !(v.is_finite() && v > 0.0) {
        return "?".into();
    }
    let digits = (3 - v.log10().floor() as i32).clamp(0, 8) as usize;
    let s = format!("{v:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if locale == Lang::Fr {
        s.replace('.', ",")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_read_with_four_digits() {
        assert_eq!(number_sig(0.848032, Lang::Fr), "0,848");
        assert_eq!(number_sig(1.1792, Lang::En), "1.179");
        assert_eq!(number_sig(169.95, Lang::En), "169.9");
        assert_eq!(number_sig(1595.5, Lang::En), "1596");
        assert_eq!(number_sig(0.0, Lang::En), "?");
        assert_eq!(kind_name(None, Lang::Fr), "Autre");
        assert_eq!(kind_name(Some(EntityKind::Company), Lang::En), "Company");
    }
}
