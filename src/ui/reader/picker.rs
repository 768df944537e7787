//! The "tag with…" picker (Ctrl+T with a selection): a filter box that has the keyboard, the
//! taggable themes whose name matches (case and accents folded), Up/Down to move, Enter or a
//! click to tag the selection, Esc to close. For codebooks past the nine number keys.

use super::tag_menu::Target;
use crate::i18n::Lang;
use crate::project::Book;
use crate::ui::style::swatch;
use crate::workspace::codebook::taggable_matching;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::{Key, RichText};

/// The open picker: what is typed and which match is highlighted.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Picker {
    pub filter: String,
    pub at: usize,
}

/// What the picker asks this frame.
#[derive(Debug, Default)]
pub struct Outcome {
    pub commands: Vec<Command>,
    /// Close the picker (a theme was picked, or Esc).
    pub close: bool,
}

/// Draws the picker for the passage `target`.
pub fn show(
    ctx: &egui::Context,
    picker: &mut Picker,
    book: &Book,
    target: &Target,
    lang: Lang,
) -> Outcome {
    let s = lang.select();
    let mut out = Outcome::default();
    let themes = taggable_matching(book, &picker.filter);
    let (up, down, enter) = ctx.input(|i| {
        (
            i.key_pressed(Key::ArrowUp),
            i.key_pressed(Key::ArrowDown),
            i.key_pressed(Key::Enter),
        )
    });
    if down {
        picker.at = (picker.at + 1).min(themes.len().saturating_sub(1));
    }
    if up {
        picker.at = picker.at.saturating_sub(1);
    }
    picker.at = picker.at.min(themes.len().saturating_sub(1));
    let mut chosen = None;
    let modal = egui::Modal::new(egui::Id::unique("tag-picker")).show(ctx, |ui| {
        ui.set_width(340.0);
        ui.heading(s.picker_title);
        let label = ui.label(s.picker_filter);
        let before = picker.filter.clone();
        let edit = ui
            .add(egui::TextEdit::singleline(&mut picker.filter).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if picker.filter != before {
            picker.at = 0;
        }
        if !edit.has_focus() && !edit.lost_focus() {
            edit.request_focus();
        }
        ui.label(RichText::new(s.picker_hint).weak().small());
        ui.separator();
        if themes.is_empty() {
            let none = match crate::workspace::codebook::taggable(book).is_empty() {
                true => lang.tags().no_themes,
                false => s.picker_none,
            };
            ui.label(RichText::new(none).weak());
        }
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for (n, t) in themes.iter().enumerate() {
                    ui.horizontal(|ui| {
                        swatch(ui, t.color);
                        let r = ui.selectable_label(n == picker.at, &t.name);
                        if n == picker.at && (up || down) {
                            r.scroll_to_me(None);
                        }
                        if r.clicked() {
                            chosen = Some(t.id);
                        }
                    });
                }
            });
    });
    if enter && let Some(t) = themes.get(picker.at) {
        chosen = Some(t.id);
    }
    if let Some(theme) = chosen {
        out.commands.push(Command::Edit(Edit::AddTag {
            article: target.article,
            range: target.range.clone(),
            theme,
        }));
        out.close = true;
    }
    if modal.should_close() || ctx.input(|i| i.key_pressed(Key::Escape)) {
        out.close = true;
    }
    out
}
