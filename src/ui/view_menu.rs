//! The View menu: what the reader shows beside its text (the coding stripes).

use crate::i18n::Lang;
use crate::workspace::command::Command;
use crate::workspace::state::Visibility;

/// The View menu in the menu bar; returns what was toggled.
pub fn show(ui: &mut egui::Ui, lang: Lang, vis: Visibility) -> Vec<Command> {
    let s = lang.stripes();
    let mut out = Vec::new();
    ui.menu_button(s.view, |ui| {
        let mut on = vis.stripes;
        if ui
            .checkbox(&mut on, s.coding_stripes)
            .on_hover_text(s.coding_stripes_hover)
            .changed()
        {
            out.push(Command::ToggleStripes);
        }
    });
    out
}
