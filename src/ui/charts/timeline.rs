//! The chart over time: one stacked column per month or quarter (an "undated" column last),
//! one colour per actor, with egui_plot; the legend names the actors.

use crate::chart::Chart;
use crate::chart::scale::{number, scale};
use crate::chart::timeline::Timeline;
use crate::i18n::Lang;
use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Legend, Plot};

/// Draws the timeline of `chart`.
pub fn show(ui: &mut egui::Ui, chart: &Chart, t: &Timeline, lang: Lang) {
    let s = lang.charts();
    let (t, columns) = t.drawn(lang);
    let sc = scale(chart.kind, &chart.unit, t.max_stack(), lang);
    ui.label(RichText::new(&chart.name).heading());
    ui.label(RichText::new(&sc.label).weak());
    if t.undated_claims > 0 {
        ui.label(format!("{} {}", t.undated_claims, s.undated_claims));
    }
    let labels = columns.clone();
    let div = sc.div;
    Plot::new(("timeline", &chart.name))
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_axis_formatter(move |m, _| {
            let i = m.value.round();
            if (m.value - i).abs() < 1e-6 && i >= 0.0 {
                labels.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_axis_formatter(move |m, _| number(m.value / div, lang))
        .show(ui, |plot| {
            let mut drawn: Vec<BarChart> = Vec::new();
            for (i, series) in t.series.iter().enumerate() {
                let [r, g, b] = t.series_rgb(i);
                let bars: Vec<Bar> = (0..columns.len())
                    .map(|c| {
                        let v = series.values.get(c).copied().unwrap_or(series.undated);
                        Bar::new(c as f64, v)
                            .width(0.7)
                            .fill(Color32::from_rgb(r, g, b))
                    })
                    .collect();
                let refs: Vec<&BarChart> = drawn.iter().collect();
                let chart = BarChart::new(series.label.clone(), bars)
                    .color(Color32::from_rgb(r, g, b))
                    .stack_on(&refs);
                drawn.push(chart);
            }
            for c in drawn {
                plot.bar_chart(c);
            }
        });
}
