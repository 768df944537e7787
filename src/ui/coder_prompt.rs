//! The coder-name dialog (Edit ▸ Coder name…): the name every new tag records as its coder.
//! Draws a copy of the workspace's draft and sends back what the analyst typed.

use crate::i18n::Lang;
use crate::workspace::command::Command;
use egui::{Button, Key, RichText};

/// Draws the dialog over `current` (the draft); returns what was typed, then what the analyst
/// asked for.
pub fn show(ctx: &egui::Context, current: &str, lang: Lang) -> Vec<Command> {
    let e = lang.edit();
    let mut out = Vec::new();
    let mut draft = current.to_string();
    egui::Modal::new(egui::Id::unique("coder-prompt")).show(ctx, |ui| {
        ui.heading(e.coder_title);
        ui.label(RichText::new(e.coder_help).weak());
        let label = ui.label(e.coder_label);
        let edit = ui
            .add(egui::TextEdit::singleline(&mut draft).desired_width(320.0))
            .labelled_by(label.id);
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        ui.horizontal(|ui| {
            if ui.add(Button::new(e.ok)).clicked() || enter {
                out.push(Command::SubmitCoderPrompt);
            }
            if ui.button(e.cancel).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(Command::CloseCoderPrompt);
            }
        });
    });
    if draft != current {
        out.insert(0, Command::EditCoderPrompt(draft));
    }
    out
}
