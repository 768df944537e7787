//! The auto-coding preview (Edit ▸ Auto-code): how many passages, the first few, the theme to
//! tag them with; "Tag them" places them all in one undoable step.

use crate::i18n::Lang;
use crate::project::Book;
use crate::workspace::Article;
use crate::workspace::autocode::AutoCodeDraft;
use crate::workspace::codebook::taggable;
use crate::workspace::command::Command;
use egui::{ComboBox, Key, RichText};

/// Passages shown in the preview.
const SHOWN: usize = 6;

/// Draws the preview of `draft`; returns what the analyst asked for.
pub fn show(
    ctx: &egui::Context,
    draft: &AutoCodeDraft,
    book: &Book,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.autocode();
    let mut out = Vec::new();
    egui::Modal::new(egui::Id::unique("autocode")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(s.title);
        let n = draft.candidates.len();
        if n == 0 {
            ui.label(s.nothing);
        } else {
            ui.label(format!("{n} {}", s.will_tag));
            for c in draft.candidates.iter().take(SHOWN) {
                if let Some(d) = docs.iter().find(|d| d.id == c.article) {
                    let quote = d.char_slice(c.range.clone());
                    let short: String = quote.chars().take(140).collect();
                    ui.label(RichText::new(format!("« {short} » — {}", d.title())).weak());
                }
            }
            if n > SHOWN {
                ui.label(RichText::new(format!("… {} {}", n - SHOWN, s.more)).weak());
            }
        }
        let themes = taggable(book);
        if themes.is_empty() {
            ui.label(s.no_theme);
        } else {
            let current = draft
                .theme
                .and_then(|id| book.theme(id))
                .map_or("—", |t| t.name.as_str());
            let mut theme = draft.theme;
            ComboBox::from_label(s.theme)
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for t in themes {
                        ui.selectable_value(&mut theme, Some(t.id), &t.name);
                    }
                });
            if theme != draft.theme {
                out.push(Command::SetAutoCodeTheme(theme));
            }
        }
        ui.horizontal(|ui| {
            let can = n > 0 && draft.theme.is_some();
            if ui.add_enabled(can, egui::Button::new(s.tag)).clicked() {
                out.push(Command::ConfirmAutoCode);
            }
            if ui.button(s.cancel).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                out.push(Command::CloseAutoCode);
            }
        });
    });
    out
}
