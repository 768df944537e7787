//! The codebook screen: the right panel listing themes (colour, passage count, one level of
//! sub-themes) with their actions. Its state and rules are `workspace::codebook`.
//!
//! The modal dialogs (create, edit, merge, delete, memo) live in `dialogs`; the list of a
//! theme's passages in `retrieval`. Each draws the workspace's codebook state as it is and
//! emits `CodebookCommand`s.

pub mod dialogs;
pub mod retrieval;

use crate::i18n::Lang;
use crate::project::{Book, Project};
use crate::ui::style::swatch;
use crate::workspace::Article;
use crate::workspace::codebook::{CodebookState, KEYED, Tab, ordered};
use crate::workspace::command::CodebookCommand;
use crate::workspace::command::Command;
use egui::{RichText, ScrollArea};

/// Draws the panel; returns what the analyst asked.
pub fn panel(
    ui: &mut egui::Ui,
    state: &CodebookState,
    project: &Project,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.tags();
    let mut out = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(s.codebook);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(lang.tr().close).clicked() {
                out.push(Command::Codebook(CodebookCommand::Toggle));
            }
        });
    });
    ui.horizontal(|ui| {
        for (tab, name) in [(Tab::Themes, s.themes_tab), (Tab::Passages, s.passages_tab)] {
            if ui.selectable_label(state.tab == tab, name).clicked() {
                out.push(Command::Codebook(CodebookCommand::SetTab(tab)));
            }
        }
    });
    ui.separator();
    match state.tab {
        Tab::Themes => out.extend(themes(ui, state, project.book(), lang)),
        Tab::Passages => out.extend(retrieval::show(ui, state, project.book(), docs, lang)),
    }
    out
}

/// The theme list and the picked theme's actions; returns what the analyst asked.
fn themes(ui: &mut egui::Ui, state: &CodebookState, book: &Book, lang: Lang) -> Vec<Command> {
    let s = lang.tags();
    let mut out = Vec::new();
    let mut ask = |c: CodebookCommand| out.push(Command::Codebook(c));
    if ui.button(s.new_theme).clicked() {
        ask(CodebookCommand::NewTheme);
    }
    ui.add_space(4.0);
    let list = ordered(book);
    if list.is_empty() {
        ui.label(RichText::new(s.no_themes).weak());
        return out;
    }
    let counts = book.counts_by_theme(true);
    ScrollArea::vertical()
        .id_salt("codebook-themes")
        .max_height(ui.available_height() * 0.7)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (n, (t, depth)) in list.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.add_space(*depth as f32 * 18.0);
                    swatch(ui, t.color);
                    let picked = state.theme == Some(t.id);
                    let r = ui.selectable_label(picked, &t.name);
                    let r = match &t.description {
                        Some(d) => r.on_hover_text(d),
                        None => r,
                    };
                    if r.clicked() {
                        ask(CodebookCommand::Pick(t.id));
                    }
                    if r.double_clicked() {
                        ask(CodebookCommand::SetTab(Tab::Passages));
                    }
                    let count = counts.get(&t.id).copied().unwrap_or(0);
                    ui.label(RichText::new(format!("({count})")).weak());
                    if n < KEYED {
                        ui.label(RichText::new(format!("[{}]", n + 1)).weak().small())
                            .on_hover_text(format!("{} {}", s.key, n + 1));
                    }
                });
            }
        });
    let Some(t) = state.picked(book) else {
        return out;
    };
    ui.separator();
    ui.horizontal(|ui| {
        swatch(ui, t.color);
        ui.strong(&t.name);
    });
    if let Some(d) = &t.description {
        ui.label(RichText::new(d).weak());
    }
    ui.label((s.n_passages)(counts.get(&t.id).copied().unwrap_or(0)));
    let id = t.id;
    ui.horizontal_wrapped(|ui| {
        if ui.button(s.show_passages).clicked() {
            ask(CodebookCommand::SetTab(Tab::Passages));
        }
        if ui.button(s.edit).clicked() {
            ask(CodebookCommand::EditTheme(id));
        }
        let others = book.themes.len() > 1;
        if ui.add_enabled(others, egui::Button::new(s.merge)).clicked() {
            ask(CodebookCommand::AskMerge(id));
        }
        if ui.button(s.delete).clicked() {
            ask(CodebookCommand::AskDelete(id));
        }
    });
    out
}
