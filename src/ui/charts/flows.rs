//! Who backs whom: one row per backer → recipient flow, largest first, with a bar as long as
//! its amount; a click on a name selects that actor's bar in the chart per actor.

use crate::chart::Chart;
use crate::chart::flows::Flow;
use crate::chart::scale::{number, scale};
use crate::i18n::Lang;
use crate::workspace::command::{ChartsCommand, Command};
use egui::{Color32, RichText};

/// Draws the flows; returns what the analyst asked.
pub fn show(
    ui: &mut egui::Ui,
    chart: &Chart,
    flows: &[Flow],
    lang: Lang,
    name: &dyn Fn(&str) -> String,
) -> Vec<Command> {
    let s = lang.charts();
    let mut out = Vec::new();
    ui.label(RichText::new(s.flows).heading());
    if flows.is_empty() {
        ui.label(s.no_flow);
        return out;
    }
    let max = flows.iter().map(|f| f.value).fold(0.0, f64::max);
    let sc = scale(chart.kind, &chart.unit, max, lang);
    ui.label(RichText::new(&sc.label).weak());
    let ink = ui.visuals().strong_text_color();
    egui::ScrollArea::vertical()
        .id_salt("chart-flows")
        .auto_shrink(false)
        .show(ui, |ui| {
            egui::Grid::new("flows-grid").striped(true).show(ui, |ui| {
                for f in flows {
                    for (k, actor) in [&f.backer, &f.recipient].into_iter().enumerate() {
                        if k == 1 {
                            ui.label("→");
                        }
                        if ui.link(name(actor)).clicked() {
                            out.push(Command::Charts(ChartsCommand::SetFlows(false)));
                            out.push(Command::Charts(ChartsCommand::SelectBar(Some(
                                actor.clone(),
                            ))));
                        }
                    }
                    let w = (f.value / max.max(f64::MIN_POSITIVE) * 240.0).max(2.0) as f32;
                    let (rect, _) =
                        ui.allocate_exact_size(egui::vec2(240.0, 12.0), egui::Sense::hover());
                    let bar = egui::Rect::from_min_size(rect.min, egui::vec2(w, 12.0));
                    ui.painter()
                        .rect_filled(bar, 2.0, Color32::from_rgb(0x56, 0xB4, 0xE9));
                    ui.label(RichText::new(number(f.value / sc.div, lang)).color(ink));
                    ui.end_row();
                }
            });
        });
    out
}
