//! The attributes dialog (Edit ▸ Attributes of this article…): name and value rows — outlet,
//! country, author, language, or the analyst's own — saved in one undoable edit. Draws a copy
//! of the workspace's rows and sends back what the analyst typed.

use crate::i18n::Lang;
use crate::workspace::command::Command;
use egui::Key;

/// Draws the dialog over `current` (its rows of name and value); returns what was typed, then
/// what the analyst asked for.
pub fn show(ctx: &egui::Context, current: &[(String, String)], lang: Lang) -> Vec<Command> {
    let e = lang.edit();
    let mut out = Vec::new();
    let mut rows = current.to_vec();
    egui::Modal::new(egui::Id::unique("attributes-dialog")).show(ctx, |ui| {
        ui.heading(e.attributes.trim_end_matches('…'));
        let mut remove = None;
        egui::Grid::new("attributes-grid")
            .num_columns(3)
            .show(ui, |ui| {
                let name_label = ui.label(e.attribute_name).id;
                let value_label = ui.label(e.attribute_value).id;
                ui.end_row();
                for (i, (name, value)) in rows.iter_mut().enumerate() {
                    ui.add(egui::TextEdit::singleline(name).desired_width(140.0))
                        .labelled_by(name_label);
                    ui.add(egui::TextEdit::singleline(value).desired_width(280.0))
                        .labelled_by(value_label);
                    if ui.small_button("✕").clicked() {
                        remove = Some(i);
                    }
                    ui.end_row();
                }
            });
        if let Some(i) = remove {
            rows.remove(i);
        }
        if ui.button(e.add_attribute).clicked() {
            rows.push((String::new(), String::new()));
        }
        ui.horizontal(|ui| {
            if ui.button(e.ok).clicked() {
                out.push(Command::SubmitAttributes);
            }
            if ui.button(e.cancel).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(Command::CloseAttributes);
            }
        });
    });
    if rows != current {
        out.insert(0, Command::EditAttributes(rows));
    }
    out
}
