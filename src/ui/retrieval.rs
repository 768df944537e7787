//! Retrieval: every passage tagged with the picked theme (and its sub-themes, for a parent)
//! across the corpus, grouped by article with its quote and memo; clicking a passage jumps
//! to it in the reader.

use super::app::Command;
use super::codebook::{CodebookCommand, CodebookState, ordered, swatch};
use super::document::LoadedDoc;
use super::edit::Edit;
use super::i18n::Lang;
use crate::project::{Book, Tag};
use egui::{ComboBox, RichText, ScrollArea};

/// `text` cut to at most `max` chars (an ellipsis marks the cut), on one line.
pub fn short(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((b, _)) => format!("{}…", &one_line[..b]),
        None => one_line,
    }
}

/// The passages of the picked theme grouped by article, in corpus order (`docs` order), each
/// group in text order; with the index of the article in `docs`.
pub fn grouped<'b>(
    book: &'b Book,
    theme: crate::project::ThemeId,
    docs: &[LoadedDoc],
) -> Vec<(usize, Vec<&'b Tag>)> {
    let top = book.theme(theme).is_some_and(|t| t.parent.is_none());
    let tags = book.tags_for_theme(theme, top);
    let mut out: Vec<(usize, Vec<&Tag>)> = docs
        .iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let mut v: Vec<&Tag> = tags.iter().copied().filter(|t| t.article == d.id).collect();
            v.sort_by_key(|t| (t.start, t.end, t.id));
            (!v.is_empty()).then_some((i, v))
        })
        .collect();
    out.sort_by_key(|(i, _)| *i);
    out
}

/// Draws the Passages tab; returns what the analyst asked.
pub fn show(
    ui: &mut egui::Ui,
    state: &mut CodebookState,
    book: &Book,
    docs: &[LoadedDoc],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.tags();
    let mut out = Vec::new();
    let current = state.picked(book).map_or("—", |t| t.name.as_str());
    ComboBox::from_label(s.theme)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (t, depth) in ordered(book) {
                ui.horizontal(|ui| {
                    ui.add_space(depth as f32 * 12.0);
                    swatch(ui, t.color);
                    ui.selectable_value(&mut state.theme, Some(t.id), &t.name);
                });
            }
        });
    let Some(theme) = state.picked(book) else {
        ui.label(RichText::new(s.pick_theme).weak());
        return out;
    };
    let groups = grouped(book, theme.id, docs);
    let total: usize = groups.iter().map(|(_, v)| v.len()).sum();
    if total == 0 {
        ui.label(RichText::new(s.no_passages).weak());
        return out;
    }
    ui.label((s.n_in_articles)(total, groups.len()));
    ui.separator();
    ScrollArea::vertical()
        .id_salt("codebook-passages")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, tags) in &groups {
                let Some(doc) = docs.get(*i) else { continue };
                ui.add_space(4.0);
                ui.label(RichText::new(format!("{} ({})", doc.title(), tags.len())).strong());
                for tag in tags {
                    ui.push_id(tag.id.0, |ui| out.extend(passage(ui, book, *i, tag, lang)));
                }
            }
        });
    out
}

/// One passage: its quote (a button that jumps to it), theme when it is a sub-theme's, memo
/// and actions.
fn passage(ui: &mut egui::Ui, book: &Book, article: usize, tag: &Tag, lang: Lang) -> Vec<Command> {
    let s = lang.tags();
    let mut out = Vec::new();
    ui.horizontal(|ui| {
        if let Some(t) = book.theme(tag.theme) {
            swatch(ui, t.color);
        }
        let quote = egui::Button::new(short(&tag.quote, 280))
            .wrap()
            .frame(false);
        let r = ui.add_enabled(!tag.orphan, quote);
        if r.clicked() {
            out.push(Command::JumpTo {
                article,
                range: tag.start..tag.end,
            });
        }
    });
    if tag.orphan {
        ui.label(RichText::new(s.not_found).weak().small());
    }
    if !tag.memo.is_empty() {
        ui.label(RichText::new(&tag.memo).italics().weak());
    }
    ui.horizontal(|ui| {
        if ui.small_button(s.edit_memo).clicked() {
            out.push(Command::Codebook(CodebookCommand::EditMemo(tag.id)));
        }
        if ui.small_button(s.remove_tag).clicked() {
            out.push(Command::Edit(Edit::RemoveTag(tag.id)));
        }
    });
    ui.add_space(2.0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_shortened_on_one_line() {
        assert_eq!(short("a\n\nb  c", 10), "a b c");
        assert_eq!(short("Étés chauds", 4), "Étés…");
        assert_eq!(short("", 4), "");
    }
}
