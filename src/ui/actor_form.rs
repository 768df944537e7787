//! The form that declares an actor for the project's lexicon (canonical name, kind, English
//! name, aliases), opened from the reader's right-click menu or the corrections window.

use crate::extract::EntityKind;
use crate::i18n::Lang;
use crate::workspace::actor_form::ActorForm;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;

/// Draws the form as a modal; returns the command of OK or Cancel (Escape cancels).
pub fn show(ctx: &egui::Context, form: &mut ActorForm, lang: Lang) -> Option<Command> {
    let c = lang.correct();
    let s = lang.tr();
    let mut command = None;
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
            let actor = form.actor();
            if ui
                .add_enabled(actor.is_some(), egui::Button::new(c.ok))
                .clicked()
                && let Some(a) = actor
            {
                command = Some(Command::SubmitActorForm(Edit::DeclareActor(a)));
            }
            if ui.button(c.cancel).clicked() {
                command = Some(Command::CloseActorForm);
            }
        });
    });
    if modal.should_close() && command.is_none() {
        command = Some(Command::CloseActorForm);
    }
    command
}
