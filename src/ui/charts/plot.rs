//! Draws a computed chart with egui_plot: one horizontal bar per actor (largest on top),
//! coloured by actor kind with a legend, whiskers for ranges, values in the chart's scale
//! ("Md€", "GW"…), a log axis on demand; long lists of actors scroll above a value axis pinned
//! in view; the footer (corpus, filters, rates, what was left out) and a list of the actors,
//! which like the bars select one.

use crate::chart::Chart;
use crate::chart::captions::Captions;
use crate::chart::scale::number;
use crate::chart::svg::kind_rgb;
use crate::chart::text::kind_name;
use crate::i18n::Lang;
use crate::workspace::command::ChartsCommand;
use crate::workspace::command::Command;
use egui::{Color32, Rect, RichText};
use egui_plot::{Bar, BarChart, Line, Plot, PlotPoint, uniform_grid_spacer};

/// Height of one bar's row, in points.
const ROW: f32 = 30.0;

fn charts(c: ChartsCommand) -> Command {
    Command::Charts(c)
}

/// Maps values to the plot's x (log10 on a log scale).
#[derive(Debug, Clone, Copy)]
struct XMap {
    log: bool,
    /// On a log scale, bars start at this power of ten.
    base: f64,
    div: f64,
}

impl XMap {
    fn new(chart: &Chart, div: f64) -> XMap {
        let base = chart
            .min_positive()
            .map_or(0.0, |min| (min / div).log10().floor());
        XMap {
            log: chart.filters.log_scale,
            base,
            div,
        }
    }

    fn x(&self, v: f64) -> f64 {
        let v = v / self.div;
        if self.log {
            if v > 0.0 {
                v.log10().max(self.base)
            } else {
                self.base
            }
        } else {
            v
        }
    }

    fn origin(&self) -> f64 {
        if self.log { self.base } else { 0.0 }
    }

    /// The value an x grid mark stands for, in the scale's unit.
    fn value(&self, x: f64) -> f64 {
        if self.log { 10f64.powf(x) } else { x }
    }
}

/// Height of the pinned value axis under the bars (tick labels and the unit), in points.
const AXIS: f32 = 46.0;

/// What the chart view drew: where each bar is and where the value axis is, on screen.
#[derive(Debug, Clone, Default)]
pub struct Drawn {
    pub bars: Vec<(String, Rect)>,
    pub axis: Option<Rect>,
}

/// Draws the chart with its `captions` (made with it, in `lang`); returns the commands and
/// where the bars and the axis are on screen. Long lists of actors scroll above a value axis
/// that stays in view.
pub fn show(
    ui: &mut egui::Ui,
    chart: &Chart,
    captions: &Captions,
    selected: Option<&str>,
    lang: Lang,
) -> (Vec<Command>, Drawn) {
    let s = lang.charts();
    let locale = lang;
    let mut out = Vec::new();
    let sc = &captions.scale;
    ui.heading(&chart.name);
    ui.label(RichText::new(&captions.title).weak());
    let mut drawn = Drawn::default();
    if chart.bars.is_empty() {
        ui.add_space(20.0);
        ui.label(s.no_bar);
    } else {
        // The bars get what the legend, the actor list and the footer leave (they scroll on
        // their own below the axis).
        let avail = ui.available_height();
        let below = (avail * 0.25).clamp(60.0, 160.0);
        let most = (avail - AXIS - below).max(3.0 * ROW);
        let mut frame = None;
        egui::ScrollArea::vertical()
            .id_salt("chart-bars-scroll")
            .max_height(most)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                let (rects, f) = bars(
                    ui,
                    chart,
                    selected,
                    &captions.values,
                    sc.div,
                    locale,
                    &mut out,
                );
                drawn.bars = rects;
                frame = Some(f);
            });
        drawn.axis = frame.map(|f| axis(ui, chart, f, &sc.label, sc.div, locale));
    }
    egui::ScrollArea::vertical()
        .id_salt("chart-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            if !chart.bars.is_empty() {
                legend(ui, chart, locale);
                ui.label(RichText::new(s.click_bar).weak().small());
                actor_list(ui, chart, selected, &captions.list, &mut out);
            }
            ui.add_space(8.0);
            ui.label(RichText::new(&captions.filters).small().weak());
            for line in &captions.footer {
                ui.label(RichText::new(line).small().weak());
            }
        });
    (out, drawn)
}

/// The x range both the bars and the pinned axis show: from the origin to the largest value,
/// with room on the right for the value labels.
fn x_range(map: &XMap, chart: &Chart) -> (f64, f64) {
    let end = map.x(chart.max_value());
    (map.origin(), end + (end - map.origin()) * 0.22)
}

/// The value axis under the bars, aligned on their plot area (`frame`): a plot of no data
/// with the same x range, drawn outside the bars' scroll area so it stays in view.
fn axis(
    ui: &mut egui::Ui,
    chart: &Chart,
    frame: Rect,
    unit_label: &str,
    div: f64,
    locale: Lang,
) -> Rect {
    let map = XMap::new(chart, div);
    let (x0, x1) = x_range(&map, chart);
    let (row, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), AXIS), egui::Sense::hover());
    let rect = Rect::from_x_y_ranges(frame.x_range(), row.y_range());
    let plot = Plot::new(("chart-axis", &chart.name))
        .height(AXIS)
        .width(rect.width())
        .show_axes([true, false])
        .show_grid(false)
        .show_background(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(x0)
        .include_x(x1)
        .include_y(0.0)
        .include_y(1.0)
        .x_axis_label(unit_label.to_string())
        .x_axis_formatter(move |mark, _| number(map.value(mark.value), locale))
        .label_formatter(|_| None);
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
        plot.show(ui, |_| {});
    });
    rect
}

/// The bars (no x axis: [`axis`] draws it, pinned), each followed by its value (`values`,
/// one per bar); returns where each bar is and the plot area.
fn bars(
    ui: &mut egui::Ui,
    chart: &Chart,
    selected: Option<&str>,
    values: &[String],
    div: f64,
    locale: Lang,
    out: &mut Vec<Command>,
) -> (Vec<(String, Rect)>, Rect) {
    let n = chart.bars.len();
    let map = XMap::new(chart, div);
    let y_of = |i: usize| (n - 1 - i) as f64;
    let labels: Vec<String> = chart.bars.iter().map(|b| b.label.clone()).collect();
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4);
    let (x0, x1) = x_range(&map, chart);
    let plot = Plot::new(("chart", &chart.name))
        .height(n as f32 * ROW + 24.0)
        .show_axes([false, true])
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .include_x(x0)
        .include_x(x1)
        .include_y(-0.6)
        .include_y(n as f64 - 0.4)
        .y_axis_min_width((longest as f32 * 7.5).clamp(60.0, 260.0))
        .y_grid_spacer(uniform_grid_spacer(|_| [1.0, 1.0e6, 1.0e7]))
        .y_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() > 1e-6 || i < 0.0 || i as usize >= n {
                return String::new();
            }
            labels.get(n - 1 - i as usize).cloned().unwrap_or_default()
        })
        .label_formatter(|_| None);
    let kinds = chart.kinds();
    // Value labels and whiskers in the theme's strong text colour: legible on light and dark.
    let ink = ui.visuals().strong_text_color();
    let response = plot.show(ui, |p| {
        for kind in &kinds {
            let [r, g, b] = kind_rgb(*kind);
            let fill = Color32::from_rgb(r, g, b);
            let items: Vec<Bar> = chart
                .bars
                .iter()
                .enumerate()
                .filter(|(_, bar)| bar.kind == *kind)
                .map(|(i, bar)| {
                    let from = map.origin();
                    let stroke = if selected == Some(bar.actor.as_str()) {
                        egui::Stroke::new(2.5, Color32::BLACK)
                    } else {
                        egui::Stroke::new(0.6, Color32::from_gray(60))
                    };
                    Bar::new(y_of(i), map.x(bar.value) - from)
                        .base_offset(from)
                        .width(0.62)
                        .fill(fill)
                        .stroke(stroke)
                        .name(&bar.label)
                })
                .collect();
            p.bar_chart(
                BarChart::new(kind_name(*kind, locale), items)
                    .horizontal()
                    .color(fill)
                    .allow_hover(false),
            );
        }
        for (i, bar) in chart
            .bars
            .iter()
            .enumerate()
            .filter(|(_, b)| b.high > b.low)
        {
            let y = y_of(i);
            let (lo, hi) = (map.x(bar.low), map.x(bar.high));
            let whisker = vec![
                [lo, y - 0.15],
                [lo, y + 0.15],
                [lo, y],
                [hi, y],
                [hi, y - 0.15],
                [hi, y + 0.15],
            ];
            p.line(Line::new("", whisker).color(ink).width(1.4));
        }
        for (i, (bar, text)) in chart.bars.iter().zip(values).enumerate() {
            let x = map.x(bar.high.max(bar.value));
            p.text(
                egui_plot::Text::new("", PlotPoint::new(x, y_of(i)), format!("  {text}"))
                    .anchor(egui::Align2::LEFT_CENTER)
                    .color(ink),
            );
        }
    });
    let t = &response.transform;
    let rects: Vec<(String, Rect)> = chart
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = y_of(i);
            let a = t.position_from_point(&PlotPoint::new(map.origin(), y - 0.31));
            let z = t.position_from_point(&PlotPoint::new(map.x(b.value), y + 0.31));
            (b.actor.clone(), Rect::from_two_pos(a, z))
        })
        .collect();
    if response.response.clicked()
        && let Some(pos) = response.response.interact_pointer_pos()
    {
        let hit = rects
            .iter()
            .find(|(_, r)| r.expand2(egui::vec2(0.0, 2.0)).contains(pos));
        out.push(Command::Charts(ChartsCommand::SelectBar(
            hit.map(|(a, _)| a.clone()),
        )));
    }
    (rects, *t.frame())
}

/// One swatch and name per actor kind shown.
fn legend(ui: &mut egui::Ui, chart: &Chart, locale: Lang) {
    let kinds = chart.kinds();
    ui.horizontal_wrapped(|ui| {
        for k in kinds {
            let [r, g, b] = kind_rgb(k);
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, Color32::from_rgb(r, g, b));
            ui.label(kind_name(k, locale));
            ui.add_space(8.0);
        }
    });
}

/// The actors as a list (keyboard and screen-reader friendly), each with its entry of
/// `entries` (one per bar): each selects its bar.
fn actor_list(
    ui: &mut egui::Ui,
    chart: &Chart,
    selected: Option<&str>,
    entries: &[String],
    out: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        for (b, text) in chart.bars.iter().zip(entries) {
            let on = selected == Some(b.actor.as_str());
            if ui.selectable_label(on, text.as_str()).clicked() {
                let next = (!on).then(|| b.actor.clone());
                out.push(charts(ChartsCommand::SelectBar(next)));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_axis_maps_values_to_decades_from_the_smallest() {
        let chart = Chart {
            name: String::new(),
            kind: crate::extract::FigureKind::Money,
            unit: "EUR".into(),
            bars: vec![],
            rates: None,
            unconverted: vec![],
            unattributed: vec![],
            claims: vec![],
            hidden_bars: 0,
            filters: crate::project::ChartFilters {
                log_scale: true,
                ..Default::default()
            },
            theme_names: vec![],
            corpus: String::new(),
        };
        let m = XMap {
            log: true,
            base: 0.0,
            div: 1e9,
        };
        assert_eq!(m.x(10e9), 1.0);
        assert_eq!(m.x(0.0), 0.0);
        assert_eq!(m.value(2.0), 100.0);
        let mut lin = XMap::new(&chart, 1e9);
        lin.log = false;
        assert_eq!(lin.base, 0.0);
        assert_eq!(lin.value(2.0), 2.0);
    }
}
