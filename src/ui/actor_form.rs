//! The form that declares an actor for the project's lexicon (canonical name, kind, English
//! name, aliases), opened from the reader's right-click menu or the corrections window. Draws
//! a copy of the workspace's form and sends back what the analyst typed.

use crate::extract::EntityKind;
use crate::i18n::Lang;
use crate::workspace::actor_form::ActorForm;
use crate::workspace::command::Command;

/// Draws the form as a modal; returns what was typed, then the command of OK or Cancel
/// (Escape cancels).
pub fn show(ctx: &egui::Context, current: &ActorForm, lang: Lang) -> Vec<Command> {
    let c = lang.correct();
    let s = lang.tr();
    let mut command = None;
    let mut form = current.clone();
    let modal = egui::Modal::new(egui::Id::unique("actor-form")).show(ctx, |ui| {
        ui.set_width(360.0);
        ui.heading(c.declare_title);
        egui::Grid::new("actor-form-grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                let l = ui.label(c.canonical);
                ui.text_edit_singleline(&mut form.canonical)
                    .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(c.english_name);
                ui.text_edit_singleline(&mut form.en).labelled_by(l.id);
                ui.end_row();
                ui.label(c.kind);
                egui::ComboBox::from_id_salt("actor-form-kind")
                    .selected_text(s.kind(form.kind))
                    .show_ui(ui, |ui| {
                        for k in EntityKind::ALL {
                            ui.selectable_value(&mut form.kind, k, s.kind(k));
                        }
                    });
                ui.end_row();
                let l = ui.label(format!("{}\n({})", c.aliases, c.aliases_hint));
                ui.add(egui::TextEdit::multiline(&mut form.aliases).desired_rows(3))
                    .labelled_by(l.id);
                ui.end_row();
            });
        ui.separator();
        ui.horizontal(|ui| {
            let named = form.actor().is_some();
            if ui.add_enabled(named, egui::Button::new(c.ok)).clicked() {
                command = Some(Command::SubmitActorForm);
            }
            if ui.button(c.cancel).clicked() {
                command = Some(Command::CloseActorForm);
            }
        });
    });
    if modal.should_close() && command.is_none() {
        command = Some(Command::CloseActorForm);
    }
    let typed = (form != *current).then_some(Command::EditActorForm(form));
    typed.into_iter().chain(command).collect()
}
