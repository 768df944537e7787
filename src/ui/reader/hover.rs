//! What the reader says about a highlight under the pointer: an entity's canonical name and
//! kind and number of mentions in the corpus, a figure's normalised value, actor and whether it
//! counts in totals.

use crate::extract::{Extraction, Figure};
use crate::i18n::{EN, Strings};
use crate::ui::style::kind_color;
use crate::workspace::annot::Marks;
use crate::workspace::mentions::MentionIndex;
use crate::workspace::state::Visibility;
use egui::RichText;

/// `1234567.0` → `"1 234 567"` (U+202F between groups); up to 3 decimals, zeros trimmed.
fn group_thousands(v: f64) -> String {
    crate::chart::scale::number_with(v, 3, crate::i18n::Lang::En)
}

/// A short scaled form: `11.7 billion` for amounts and counts, SI prefixes for W and FLOP/s.
fn scaled(v: f64, unit: &str, s: &Strings) -> Option<String> {
    let a = v.abs();
    let si = matches!(unit, "W" | "FLOP/s");
    let steps: &[(f64, &str)] = if si {
        &[
            (1e18, "E"),
            (1e15, "P"),
            (1e12, "T"),
            (1e9, "G"),
            (1e6, "M"),
            (1e3, "k"),
        ]
    } else {
        &[(1e12, s.trillion), (1e9, s.billion), (1e6, s.million)]
    };
    let &(div, name) = steps.iter().find(|(d, _)| a >= *d)?;
    let x = v / div;
    let num = format!("{x:.2}");
    let num = num.trim_end_matches('0').trim_end_matches('.');
    Some(if si {
        format!("{num} {name}{unit}")
    } else {
        format!("{num} {name} {unit}")
    })
}

/// A value with its unit, e.g. `11 700 000 000 EUR (11.7 billion EUR)`.
pub fn format_value(v: f64, unit: &str) -> String {
    format_value_in(v, unit, &EN)
}

/// [`format_value`] with the scale words of `s`.
pub fn format_value_in(v: f64, unit: &str, s: &Strings) -> String {
    if !v.is_finite() {
        return format!("? {unit}");
    }
    let full = format!("{} {unit}", group_thousands(v));
    match scaled(v, unit, s) {
        Some(s) => format!("{full} ({s})"),
        None => full,
    }
}

/// The value line of a figure, ranges shown as `min – max`.
pub fn figure_value(f: &Figure, s: &Strings) -> String {
    match (f.value_min, f.value_max) {
        (Some(lo), Some(hi)) => format!(
            "{} – {}",
            format_value_in(lo, &f.unit, s),
            format_value_in(hi, &f.unit, s)
        ),
        _ => format_value_in(f.value, &f.unit, s),
    }
}

/// The marks of a run that are shown (hidden kinds and figures are dropped).
pub fn visible_marks(marks: Marks, x: &Extraction, vis: Visibility) -> Marks {
    Marks {
        entity: marks
            .entity
            .filter(|&i| x.entities.get(i).is_some_and(|e| vis.shows(e.kind))),
        figure: marks.figure.filter(|_| vis.figures),
    }
}

/// The tooltip body for the (visible) marks under the pointer.
pub fn tooltip_ui(
    ui: &mut egui::Ui,
    x: &Extraction,
    marks: Marks,
    s: &Strings,
    mentions: &MentionIndex,
    name: &dyn Fn(&str) -> String,
) {
    if let Some(e) = marks.entity.and_then(|i| x.entities.get(i)) {
        ui.label(RichText::new(name(&e.canonical)).strong());
        ui.horizontal(|ui| {
            ui.label(RichText::new("■").color(kind_color(e.kind)));
            ui.label(s.kind(e.kind));
        });
        ui.label(crate::i18n::counted(
            mentions.count(&e.canonical),
            s.mention_in_corpus,
            s.mentions_in_corpus,
        ));
        ui.label(RichText::new(s.click_for_mentions).weak().small());
    }
    if marks.entity.is_some() && marks.figure.is_some() {
        ui.separator();
    }
    if let Some(f) = marks.figure.and_then(|i| x.figures.get(i)) {
        ui.label(RichText::new(figure_value(f, s)).strong());
        ui.label(format!("{} ({})", s.figure_kind(f.kind), s.figure));
        ui.label(format!(
            "{}: {}",
            s.actor,
            f.actor.as_deref().map_or(s.no_actor.to_string(), name)
        ));
        if let Some(role) = f.role {
            ui.label(format!("{}: {}", s.role, s.role_name(role)));
        }
        if let Some(c) = &f.counterpart {
            ui.label(format!("{}: {}", s.counterpart, name(c)));
        }
        ui.label(format!(
            "{}: {}",
            s.in_totals,
            if f.in_totals { s.yes } else { s.no }
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::FigureKind;

    #[test]
    fn values_are_grouped_and_scaled() {
        assert_eq!(
            format_value(11_700_000_000.0, "EUR"),
            "11\u{202F}700\u{202F}000\u{202F}000 EUR (11.7 billion EUR)"
        );
        assert_eq!(format_value(12_000.0, "chips"), "12\u{202F}000 chips");
        assert_eq!(
            format_value(1.5e9, "W"),
            "1\u{202F}500\u{202F}000\u{202F}000 W (1.5 GW)"
        );
        assert!(format_value(2.0e18, "FLOP/s").ends_with("(2 EFLOP/s)"));
        assert_eq!(format_value(999.0, "USD"), "999 USD");
        assert_eq!(format_value(2.5, "GBP"), "2.5 GBP");
        assert_eq!(format_value(0.9999999, "USD"), "1 USD");
        assert_eq!(format_value(-1234.5, "EUR"), "-1\u{202F}234.5 EUR");
        assert_eq!(format_value(f64::NAN, "USD"), "? USD");
    }

    #[test]
    fn ranges_show_both_ends() {
        let f = Figure {
            text: "entre 30 et 50 milliards d'euros".into(),
            start: 0,
            end: 31,
            kind: FigureKind::Money,
            value: 40e9,
            value_min: Some(30e9),
            value_max: Some(50e9),
            unit: "EUR".into(),
            actor: None,
            in_totals: true,
            role: None,
            counterpart: None,
            restates: None,
        };
        let s = figure_value(&f, &EN);
        assert!(s.contains("(30 billion EUR) – "), "{s}");
        assert!(s.ends_with("(50 billion EUR)"), "{s}");
        let fr = figure_value(&f, &crate::i18n::FR);
        assert!(fr.ends_with("(50 milliards EUR)"), "{fr}");
    }
}
