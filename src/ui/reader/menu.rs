//! The reader's right-click menu: what was under the pointer when it opened (the selection, an
//! entity, a figure) and the sections that act on it — tagging the selection with a theme
//! (`tag_menu`) and correcting the engine (`correct_menu`).

use super::placed::ReaderView;
use super::placed::{MenuTarget, Placed, char_at};
use crate::workspace::command::Command;
use egui::Pos2;

/// What was under `pos` when the menu was asked for.
pub fn capture(view: &ReaderView<'_>, placed: &[Placed], pos: Pos2) -> MenuTarget {
    let char = char_at(view, placed, pos);
    let marks = placed
        .iter()
        .find(|pl| pl.rect.contains(pos))
        .and_then(|pl| {
            let c = super::placed::char_under(&pl.galley, pos - pl.rect.min)?;
            let seg = view.doc.paragraphs.get(pl.i)?.segment_at_char(c)?;
            Some(super::hover::visible_marks(
                seg.marks,
                &view.doc.extraction,
                view.vis,
            ))
        });
    MenuTarget {
        article: view.index,
        char,
        entity: marks.and_then(|m| m.entity),
        figure: marks.and_then(|m| m.figure),
        selection: view.selection.cloned(),
    }
}

/// Draws the menu's sections; returns what the analyst picked.
pub fn show(ui: &mut egui::Ui, target: &MenuTarget, view: &ReaderView<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    if let Some(sel) = &target.selection {
        let items = [(view.s.copy, false), (view.lang.select().copy_cited, true)];
        for (label, cite) in items {
            if ui.button(label).clicked() {
                out.push(Command::Copy {
                    article: target.article,
                    range: sel.clone(),
                    cite,
                });
                ui.close();
            }
        }
    }
    out.extend(super::tag_menu::menu_section(ui, target, view));
    if target.entity.is_some() || target.figure.is_some() || target.selection.is_some() {
        ui.separator();
    }
    out.extend(super::correct_menu::items(ui, target, view));
    out
}
