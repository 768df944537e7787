//! Picking the claim to merge a claim with: the chart's other claims, nearest amount first,
//! filtered by actor, figure or number; a click merges the two (one correction, undoable).

use crate::chart::Chart;
use crate::i18n::Lang;
use crate::workspace::command::{ChartsCommand, Command};
use crate::workspace::edit::Edit;
use egui::RichText;

/// At most this many claims are offered at once (the filter finds the others).
const SHOWN: usize = 40;

/// Draws the list of claims claim `id` may be merged with; returns what the analyst asked.
pub fn show(ui: &mut egui::Ui, chart: &Chart, id: usize, filter: &str, lang: Lang) -> Vec<Command> {
    let s = lang.charts();
    let mut out = Vec::new();
    let Some(this) = chart.claims.iter().find(|c| c.id == id) else {
        return out;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            let l = ui.label(s.merge_filter);
            let mut text = filter.to_string();
            let r = ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(220.0))
                .labelled_by(l.id);
            if r.changed() {
                out.push(Command::Charts(ChartsCommand::SetMergeFilter(text)));
            }
            if ui.small_button(lang.tr().close).clicked() {
                out.push(Command::Charts(ChartsCommand::PickMerge(None)));
            }
        });
        let candidates = chart.merge_candidates(id, filter);
        if candidates.is_empty() {
            ui.label(RichText::new(s.no_other_claim).weak());
        }
        for c in candidates.into_iter().take(SHOWN) {
            let actor = if c.label.is_empty() { "—" } else { &c.label };
            let text = format!("{} {} · {actor} · « {} »", s.claim, c.id, c.text);
            if ui.button(text).clicked() {
                let mut mentions = this.mentions.clone();
                mentions.extend(c.mentions.iter().cloned());
                out.push(Command::Edit(Edit::MergeClaims(mentions)));
            }
        }
    });
    out
}
