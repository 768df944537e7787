//! The article list: one selectable entry per article with its title, date and counts.

use super::app::Command;
use super::document::LoadedDoc;
use super::i18n::Strings;
use egui::{Button, RichText, ScrollArea};

/// Draws the list; returns the command of a click, if any.
pub fn show(
    ui: &mut egui::Ui,
    docs: &[LoadedDoc],
    selected: Option<usize>,
    s: &Strings,
) -> Option<Command> {
    let mut command = None;
    ui.heading(s.articles);
    ui.label(RichText::new(format!("{} {}", docs.len(), s.in_corpus)).weak());
    ui.separator();
    ScrollArea::vertical()
        .id_salt("article-list")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 6.0;
            for (i, d) in docs.iter().enumerate() {
                let line = format!(
                    "{}\n{} · {} {} · {} {}",
                    d.title(),
                    d.doc.date.as_deref().unwrap_or(s.undated),
                    d.actor_count(),
                    s.actors,
                    d.figure_count(),
                    s.figures
                );
                let button = Button::selectable(selected == Some(i), line)
                    .wrap()
                    .min_size(egui::vec2(ui.available_width(), 0.0));
                if ui.add(button).on_hover_text(&d.doc.path).clicked() {
                    command = Some(Command::Select(i));
                }
            }
        });
    command
}
