//! Tagging the selected passage: the toolbar row above the reader (one button per theme, the
//! first nine numbered), the keys 1–9, and the reader's right-click section ("Tag with ▸",
//! and the memo and removal of the passages under the pointer).

use super::placed::MenuTarget;
use super::placed::ReaderView;
use crate::i18n::Lang;
use crate::project::{ArticleId, Book, ThemeId};
use crate::ui::style::swatch;
use crate::workspace::codebook::{KEYED, keyed, ordered, taggable};
use crate::workspace::command::CodebookCommand;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::{Key, Modifiers, RichText};
use std::ops::Range;

/// The number keys, in order.
const KEYS: [Key; KEYED] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The passage to tag: the selection, in the shown article (by project id).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub article: ArticleId,
    pub range: Range<usize>,
}

fn tag(target: &Target, theme: ThemeId) -> Command {
    Command::Edit(Edit::AddTag {
        article: target.article,
        range: target.range.clone(),
        theme,
    })
}

/// The toolbar row: the codebook toggle, then one button per theme tagging the selection.
pub fn toolbar(
    ui: &mut egui::Ui,
    book: &Book,
    target: Option<&Target>,
    codebook_open: bool,
    lang: Lang,
) -> Vec<Command> {
    let s = lang.tags();
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        if ui.selectable_label(codebook_open, s.codebook).clicked() {
            out.push(Command::Codebook(CodebookCommand::Toggle));
        }
        ui.separator();
        let themes = taggable(book);
        if themes.is_empty() {
            ui.label(RichText::new(s.no_themes).weak());
            return;
        }
        ui.label(s.tag_selection);
        for (n, t) in themes.iter().enumerate() {
            let text = match n < KEYED {
                true => format!("{} {}", n + 1, t.name),
                false => t.name.clone(),
            };
            let b = egui::Button::new(text)
                .stroke(egui::Stroke::new(1.5, crate::ui::style::color32(t.color)));
            let r = ui.add_enabled(target.is_some(), b);
            let r = if target.is_none() {
                r.on_disabled_hover_text(s.select_to_tag)
            } else if n < KEYED {
                r.on_hover_text(format!("{} {}", s.key, n + 1))
            } else {
                r
            };
            if r.clicked()
                && let Some(target) = target
            {
                out.push(tag(target, t.id));
            }
        }
    });
    out
}

/// Keys 1–9 tag the selection with the first nine themes — only with a selection in the shown
/// article and no text field holding the keyboard.
pub fn number_keys(ctx: &egui::Context, book: &Book, target: Option<&Target>) -> Vec<Command> {
    let Some(target) = target else {
        return Vec::new();
    };
    if ctx.egui_wants_keyboard_input() {
        return Vec::new();
    }
    let themes = keyed(book);
    ctx.input_mut(|i| {
        themes
            .iter()
            .zip(KEYS)
            .find(|(_, k)| i.consume_key(Modifiers::NONE, *k))
            .map(|(t, _)| tag(target, t.id))
            .into_iter()
            .collect()
    })
}

/// The tagging section of the reader's right-click menu.
pub fn menu_section(ui: &mut egui::Ui, t: &MenuTarget, view: &ReaderView<'_>) -> Vec<Command> {
    let s = view.lang.tags();
    let book = view.project.book();
    let mut out = Vec::new();
    let themes = ordered(book);
    if let Some(sel) = &t.selection
        && !themes.is_empty()
    {
        let target = Target {
            article: view.doc.id,
            range: sel.clone(),
        };
        ui.menu_button(s.tag_with, |ui| {
            let mut n = 0;
            for (th, depth) in &themes {
                ui.horizontal(|ui| {
                    ui.add_space(*depth as f32 * 12.0);
                    swatch(ui, th.color);
                    if th.category {
                        // A category groups the themes under it; it is not a tag.
                        ui.label(RichText::new(&th.name).weak());
                        return;
                    }
                    n += 1;
                    let n = n - 1;
                    let mut b = egui::Button::new(&th.name);
                    if n < KEYED {
                        b = b.shortcut_text(format!("{}", n + 1));
                    }
                    if ui.add(b).clicked() {
                        out.push(tag(&target, th.id));
                        ui.close();
                    }
                });
            }
        });
    }

    // The passages under the pointer.
    let under: Vec<_> = t
        .char
        .map(|c| {
            book.tags_for_article(view.doc.id)
                .into_iter()
                .filter(|tag| !tag.orphan && (tag.start..tag.end).contains(&c))
                .collect()
        })
        .unwrap_or_default();
    for tag in under {
        let Some(theme) = book.theme(tag.theme) else {
            continue;
        };
        ui.separator();
        ui.horizontal(|ui| {
            swatch(ui, theme.color);
            ui.label(RichText::new(&theme.name).strong());
        });
        ui.push_id(tag.id.0, |ui| {
            if ui.button(s.edit_memo).clicked() {
                out.push(Command::Codebook(CodebookCommand::EditMemo(tag.id)));
                ui.close();
            }
            if ui.button(s.remove_tag).clicked() {
                out.push(Command::Edit(Edit::RemoveTag(tag.id)));
                ui.close();
            }
        });
    }
    out
}
