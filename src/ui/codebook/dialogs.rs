//! The codebook's modal dialogs: create or edit a theme, merge it into another, delete it
//! (moving or deleting its passages, promoting or deleting its sub-themes), and a tag's memo.
//! Each edits a copy of the workspace's dialog and sends it back when it changed; confirmed, it
//! emits `CodebookCommand::Confirm` (the model makes the one edit, see `Dialog::confirm`);
//! Escape or Cancel closes it.

use crate::i18n::Lang;
use crate::i18n::tags::TagStrings;
use crate::project::{Book, Children, TagId, ThemeId};
use crate::ui::style::swatch;
use crate::workspace::codebook::{
    CodebookState, Dialog, ThemeDraft, doomed, name_problem, ordered,
};
use crate::workspace::command::{CodebookCommand, Command};
use egui::{ComboBox, Id, Key, Modal, RichText, TextEdit};

/// What the analyst did in a dialog this frame.
#[derive(Default)]
struct Asked {
    confirm: bool,
    cancel: bool,
}

/// Draws the open dialog, if any, over a copy of its fields; returns what was typed or picked,
/// then Confirm or CloseDialog.
pub fn show(ctx: &egui::Context, state: &CodebookState, book: &Book, lang: Lang) -> Vec<Command> {
    let Some(current) = &state.dialog else {
        return Vec::new();
    };
    let s = lang.tags();
    let mut dialog = current.clone();
    let mut asked = Asked::default();
    let modal = Modal::new(Id::unique("codebook-dialog")).show(ctx, |ui| {
        ui.set_width(380.0);
        asked = match &mut dialog {
            Dialog::Theme {
                editing,
                draft,
                focused,
            } => theme(ui, book, *editing, draft, focused, s),
            Dialog::Merge { from, into } => merge(ui, book, *from, into, s),
            Dialog::Delete {
                id,
                move_to,
                children,
            } => delete(ui, book, *id, move_to, children, s),
            Dialog::Memo { tag, text, focused } => memo(ui, book, *tag, text, focused, s),
        };
    });
    let mut out = Vec::new();
    if dialog != *current {
        out.push(CodebookCommand::SetDialog(dialog));
    }
    if asked.confirm {
        out.push(CodebookCommand::Confirm);
    } else if asked.cancel || modal.should_close() {
        out.push(CodebookCommand::CloseDialog);
    }
    out.into_iter().map(Command::Codebook).collect()
}

/// Save/Create and Cancel.
fn buttons(ui: &mut egui::Ui, ok: &str, enabled: bool, s: &TagStrings) -> Asked {
    let mut r = Asked::default();
    ui.horizontal(|ui| {
        r.confirm = ui.add_enabled(enabled, egui::Button::new(ok)).clicked();
        r.cancel = ui.button(s.cancel).clicked();
    });
    r
}

/// The dialog's theme or tag is gone: it closes.
const GONE: Asked = Asked {
    confirm: false,
    cancel: true,
};

fn theme(
    ui: &mut egui::Ui,
    book: &Book,
    editing: Option<ThemeId>,
    d: &mut ThemeDraft,
    focused: &mut bool,
    s: &'static TagStrings,
) -> Asked {
    ui.heading(if editing.is_some() {
        s.edit_title
    } else {
        s.new_title
    });
    let label = ui.label(s.name);
    let name = ui.add(TextEdit::singleline(&mut d.name).desired_width(f32::INFINITY));
    let name = name.labelled_by(label.id);
    if !*focused {
        name.request_focus();
        *focused = true;
    }
    let enter = name.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    ui.horizontal(|ui| {
        let label = ui.label(s.colour);
        ui.color_edit_button_srgb(&mut d.color)
            .labelled_by(label.id);
    });
    let label = ui.label(s.description);
    ui.add(TextEdit::multiline(&mut d.description).desired_rows(3))
        .labelled_by(label.id);
    // A theme with sub-themes stays at the top level (one level of nesting).
    let has_children = editing.is_some_and(|id| book.children(id).next().is_some());
    if !has_children {
        let parents: Vec<_> = ordered(book)
            .into_iter()
            .filter(|(t, depth)| *depth == 0 && Some(t.id) != editing)
            .map(|(t, _)| t)
            .collect();
        let current = d
            .parent
            .and_then(|p| book.theme(p))
            .map_or(s.no_parent, |t| t.name.as_str());
        ComboBox::from_label(s.parent)
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut d.parent, None, s.no_parent);
                for t in parents {
                    ui.selectable_value(&mut d.parent, Some(t.id), &t.name);
                }
            });
    }
    let problem = name_problem(book, d, editing).map(|p| p.text(s));
    if let Some(p) = problem {
        ui.label(RichText::new(p).color(ui.visuals().warn_fg_color));
    }
    let ok = if editing.is_some() { s.save } else { s.create };
    let mut asked = buttons(ui, ok, problem.is_none(), s);
    asked.confirm |= enter && problem.is_none();
    asked
}

/// A combo box of themes (swatch and name), `none` first when given.
fn theme_combo(
    ui: &mut egui::Ui,
    label: &str,
    book: &Book,
    value: &mut Option<ThemeId>,
    none: Option<&str>,
    allowed: impl Fn(ThemeId) -> bool,
) {
    let current = value
        .and_then(|v| book.theme(v))
        .map(|t| t.name.as_str())
        .or(none)
        .unwrap_or("—");
    ComboBox::from_label(label)
        .selected_text(current)
        .show_ui(ui, |ui| {
            if let Some(none) = none {
                ui.selectable_value(value, None, none);
            }
            for (t, depth) in ordered(book) {
                if !allowed(t.id) {
                    continue;
                }
                ui.horizontal(|ui| {
                    ui.add_space(depth as f32 * 12.0);
                    swatch(ui, t.color);
                    ui.selectable_value(value, Some(t.id), &t.name);
                });
            }
        });
}

fn merge(
    ui: &mut egui::Ui,
    book: &Book,
    from: ThemeId,
    into: &mut Option<ThemeId>,
    s: &TagStrings,
) -> Asked {
    let Some(t) = book.theme(from) else {
        return GONE;
    };
    ui.heading(s.merge_title);
    ui.horizontal(|ui| {
        swatch(ui, t.color);
        ui.strong(&t.name);
    });
    theme_combo(ui, s.merge_into, book, into, None, |id| id != from);
    ui.label(RichText::new(s.merge_explain).weak());
    buttons(ui, s.confirm_merge, into.is_some(), s)
}

fn delete(
    ui: &mut egui::Ui,
    book: &Book,
    id: ThemeId,
    move_to: &mut Option<ThemeId>,
    children: &mut Children,
    s: &TagStrings,
) -> Asked {
    let Some(t) = book.theme(id) else {
        return GONE;
    };
    ui.heading(s.delete_title);
    ui.horizontal(|ui| {
        swatch(ui, t.color);
        ui.strong(&t.name);
    });
    let kids: Vec<ThemeId> = book.children(id).map(|c| c.id).collect();
    if !kids.is_empty() {
        ui.label((s.n_subthemes)(kids.len()));
        ui.radio_value(children, Children::Promote, s.children_promote);
        ui.radio_value(children, Children::DeleteToo, s.children_delete);
    }
    let goes = |x: ThemeId| doomed(book, id, *children, x);
    if move_to.is_some_and(goes) {
        *move_to = None;
    }
    theme_combo(
        ui,
        s.move_passages_to,
        book,
        move_to,
        Some(s.delete_passages),
        |x| !goes(x),
    );
    let n = book.tags.iter().filter(|tag| goes(tag.theme)).count();
    let target = move_to.and_then(|m| book.theme(m)).map(|m| m.name.as_str());
    ui.label((s.delete_effect)(n, target));
    buttons(ui, s.confirm_delete, true, s)
}

fn memo(
    ui: &mut egui::Ui,
    book: &Book,
    tag: TagId,
    text: &mut String,
    focused: &mut bool,
    s: &TagStrings,
) -> Asked {
    let Some(t) = book.tag(tag) else {
        return GONE;
    };
    ui.heading(s.memo);
    if let Some(theme) = book.theme(t.theme) {
        ui.horizontal(|ui| {
            swatch(ui, theme.color);
            ui.strong(&theme.name);
        });
    }
    ui.label(RichText::new(crate::ui::codebook::retrieval::short(&t.quote, 300)).italics());
    let label = ui.label(s.memo);
    let field = ui
        .add(
            TextEdit::multiline(text)
                .desired_rows(5)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if !*focused {
        field.request_focus();
        *focused = true;
    }
    buttons(ui, s.save, true, s)
}
