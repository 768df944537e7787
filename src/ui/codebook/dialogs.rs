//! The codebook's modal dialogs: create or edit a theme, merge it into another, delete it
//! (moving or deleting its passages, promoting or deleting its sub-themes), and a tag's memo.
//! Each emits one `Command::Edit` when confirmed; Escape or Cancel closes it.

use crate::i18n::Lang;
use crate::i18n::tags::TagStrings;
use crate::project::{Book, Children, Rgb, TagId, ThemeId};
use crate::ui::style::swatch;
use crate::workspace::codebook::{CodebookState, Dialog, ThemeDraft, name_problem, ordered};
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::{ComboBox, Id, Key, Modal, RichText, TextEdit};

/// Draws the open dialog, if any; returns the edit it confirmed.
pub fn show(
    ctx: &egui::Context,
    state: &mut CodebookState,
    book: &Book,
    lang: Lang,
) -> Vec<Command> {
    let Some(dialog) = state.dialog.as_mut() else {
        return Vec::new();
    };
    let s = lang.tags();
    let mut done = false;
    let mut out = Vec::new();
    let modal = Modal::new(Id::unique("codebook-dialog")).show(ctx, |ui| {
        ui.set_width(380.0);
        let (edit, close) = match dialog {
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
        out.extend(edit.map(Command::Edit));
        done = close;
    });
    if done || modal.should_close() {
        state.dialog = None;
    }
    out
}

/// Save/Create and Cancel; returns (confirmed, cancelled).
fn buttons(ui: &mut egui::Ui, ok: &str, enabled: bool, s: &TagStrings) -> (bool, bool) {
    let mut r = (false, false);
    ui.horizontal(|ui| {
        r.0 = ui.add_enabled(enabled, egui::Button::new(ok)).clicked();
        r.1 = ui.button(s.cancel).clicked();
    });
    r
}

fn theme(
    ui: &mut egui::Ui,
    book: &Book,
    editing: Option<ThemeId>,
    d: &mut ThemeDraft,
    focused: &mut bool,
    s: &'static TagStrings,
) -> (Option<Edit>, bool) {
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
    let problem = name_problem(book, d, editing, s);
    if let Some(p) = problem {
        ui.label(RichText::new(p).color(ui.visuals().warn_fg_color));
    }
    let ok = if editing.is_some() { s.save } else { s.create };
    let (confirm, cancel) = buttons(ui, ok, problem.is_none(), s);
    if !(confirm || (enter && problem.is_none())) {
        return (None, cancel);
    }
    let color = Rgb(d.color[0], d.color[1], d.color[2]);
    let edit = match editing {
        None => Edit::CreateTheme {
            name: d.name.trim().to_string(),
            color,
            parent: d.parent,
        },
        Some(id) => Edit::UpdateTheme {
            id,
            name: d.name.trim().to_string(),
            color,
            description: d.description.clone(),
            parent: d.parent,
        },
    };
    (Some(edit), true)
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
) -> (Option<Edit>, bool) {
    let Some(t) = book.theme(from) else {
        return (None, true);
    };
    ui.heading(s.merge_title);
    ui.horizontal(|ui| {
        swatch(ui, t.color);
        ui.strong(&t.name);
    });
    theme_combo(ui, s.merge_into, book, into, None, |id| id != from);
    ui.label(RichText::new(s.merge_explain).weak());
    let (confirm, cancel) = buttons(ui, s.confirm_merge, into.is_some(), s);
    match (*into, confirm) {
        (Some(into), true) => (Some(Edit::MergeTheme { from, into }), true),
        _ => (None, cancel),
    }
}

fn delete(
    ui: &mut egui::Ui,
    book: &Book,
    id: ThemeId,
    move_to: &mut Option<ThemeId>,
    children: &mut Children,
    s: &TagStrings,
) -> (Option<Edit>, bool) {
    let Some(t) = book.theme(id) else {
        return (None, true);
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
    let doomed = |x: ThemeId| x == id || (*children == Children::DeleteToo && kids.contains(&x));
    if move_to.is_some_and(doomed) {
        *move_to = None;
    }
    theme_combo(
        ui,
        s.move_passages_to,
        book,
        move_to,
        Some(s.delete_passages),
        |x| !doomed(x),
    );
    let n = book.tags.iter().filter(|tag| doomed(tag.theme)).count();
    let target = move_to.and_then(|m| book.theme(m)).map(|m| m.name.as_str());
    ui.label((s.delete_effect)(n, target));
    let (confirm, cancel) = buttons(ui, s.confirm_delete, true, s);
    if confirm {
        let edit = Edit::DeleteTheme {
            id,
            move_to: *move_to,
            children: *children,
        };
        return (Some(edit), true);
    }
    (None, cancel)
}

fn memo(
    ui: &mut egui::Ui,
    book: &Book,
    tag: TagId,
    text: &mut String,
    focused: &mut bool,
    s: &TagStrings,
) -> (Option<Edit>, bool) {
    let Some(t) = book.tag(tag) else {
        return (None, true);
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
    let (confirm, cancel) = buttons(ui, s.save, true, s);
    if confirm {
        let edit = (t.memo != *text).then(|| Edit::SetMemo {
            tag,
            memo: text.clone(),
        });
        return (edit, true);
    }
    (None, cancel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tags::EN;

    #[test]
    fn names_must_be_new_among_siblings() {
        let mut b = Book::new();
        let a = b.create_theme("Chips", Rgb(1, 2, 3), None).expect("theme");
        let mut d = ThemeDraft::new(&b);
        assert_eq!(name_problem(&b, &d, None, &EN), Some(EN.name_empty));
        d.name = "  chips ".into();
        assert_eq!(name_problem(&b, &d, None, &EN), Some(EN.name_taken));
        // Editing the theme itself: its own name is fine.
        assert_eq!(name_problem(&b, &d, Some(a), &EN), None);
        // Under another parent, the name is free.
        d.parent = Some(a);
        assert_eq!(name_problem(&b, &d, None, &EN), None);
    }
}
