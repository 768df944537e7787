//! The codebook screen: the right panel listing themes (colour, passage count, one level of
//! sub-themes) with their actions. Its state and rules are `workspace::codebook`.
//!
//! The modal dialogs (create, edit, merge, delete, memo) live in `dialogs`; the list of a
//! theme's passages in `retrieval`.

pub mod dialogs;
pub mod retrieval;

use crate::i18n::Lang;
use crate::project::{Book, Children, Project};
use crate::ui::style::swatch;
use crate::workspace::Article;
use crate::workspace::codebook::{CodebookState, Dialog, KEYED, Tab, ThemeDraft, ordered};
use crate::workspace::command::CodebookCommand;
use crate::workspace::command::Command;
use egui::{RichText, ScrollArea};

/// Draws the panel; returns what the analyst asked.
pub fn panel(
    ui: &mut egui::Ui,
    state: &mut CodebookState,
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
                state.tab = tab;
            }
        }
    });
    ui.separator();
    match state.tab {
        Tab::Themes => themes(ui, state, project.book(), lang),
        Tab::Passages => out.extend(retrieval::show(ui, state, project.book(), docs, lang)),
    }
    out
}

/// The theme list and the picked theme's actions.
fn themes(ui: &mut egui::Ui, state: &mut CodebookState, book: &Book, lang: Lang) {
    let s = lang.tags();
    if ui.button(s.new_theme).clicked() {
        state.dialog = Some(Dialog::Theme {
            editing: None,
            draft: ThemeDraft::new(book),
            focused: false,
        });
    }
    ui.add_space(4.0);
    let list = ordered(book);
    if list.is_empty() {
        ui.label(RichText::new(s.no_themes).weak());
        return;
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
                        state.theme = Some(t.id);
                    }
                    if r.double_clicked() {
                        state.tab = Tab::Passages;
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
        return;
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
            state.tab = Tab::Passages;
        }
        if ui.button(s.edit).clicked() {
            state.dialog = ThemeDraft::of(book, id).map(|draft| Dialog::Theme {
                editing: Some(id),
                draft,
                focused: false,
            });
        }
        let others = book.themes.len() > 1;
        if ui.add_enabled(others, egui::Button::new(s.merge)).clicked() {
            state.dialog = Some(Dialog::Merge {
                from: id,
                into: None,
            });
        }
        if ui.button(s.delete).clicked() {
            state.dialog = Some(Dialog::Delete {
                id,
                move_to: None,
                children: Children::Promote,
            });
        }
    });
}
