//! The coder-name dialog (Edit ▸ Coder name…): the name every new tag records as its coder.

use crate::i18n::Lang;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::{Button, Key, RichText};

/// Draws the dialog over `draft`; returns what the analyst asked for.
pub fn show(ctx: &egui::Context, draft: &mut String, lang: Lang) -> Vec<Command> {
    let e = lang.edit();
    let mut out = Vec::new();
    egui::Modal::new(egui::Id::unique("coder-prompt")).show(ctx, |ui| {
        ui.heading(e.coder_title);
        ui.label(RichText::new(e.coder_help).weak());
        let label = ui.label(e.coder_label);
        let edit = ui
            .add(egui::TextEdit::singleline(draft).desired_width(320.0))
            .labelled_by(label.id);
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if ui.add(Button::new(e.ok)).clicked() || enter {
                out.push(Command::Edit(Edit::SetCoder(draft.clone())));
                out.push(Command::CloseCoderPrompt);
            }
            if ui.button(e.cancel).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(Command::CloseCoderPrompt);
            }
        });
    });
    out
}
