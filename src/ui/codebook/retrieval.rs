//! Retrieval: every passage tagged with the picked theme (and its sub-themes, for a parent)
//! across the corpus, grouped by article with its quote and memo; clicking a passage jumps
//! to it in the reader.

use crate::i18n::Lang;
use crate::project::{ArticleId, Book, Tag, ThemeId};
use crate::ui::style::swatch;
use crate::workspace::Article;
use crate::workspace::codebook::{CodebookState, ordered};
use crate::workspace::command::CodebookCommand;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::{ComboBox, RichText, ScrollArea};
use std::collections::{BTreeMap, HashMap};

/// `text` cut to at most `max` chars (an ellipsis marks the cut), on one line.
pub fn short(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one_line.char_indices().nth(max) {
        Some((b, _)) => format!("{}…", &one_line[..b]),
        None => one_line,
    }
}

/// The passages of `theme` (and of its sub-themes, for a top-level theme) grouped by article
/// in corpus order (`docs` order), each group in text order, with the article's index in
/// `docs`. Passages of articles the app does not hold are left out.
pub fn grouped<'b>(book: &'b Book, theme: ThemeId, docs: &[Article]) -> Vec<(usize, Vec<&'b Tag>)> {
    let top = book.theme(theme).is_some_and(|t| t.parent.is_none());
    let index: HashMap<ArticleId, usize> =
        docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut groups: BTreeMap<usize, Vec<&Tag>> = BTreeMap::new();
    for t in book.tags_for_theme(theme, top) {
        if let Some(&i) = index.get(&t.article) {
            groups.entry(i).or_default().push(t);
        }
    }
    groups
        .into_iter()
        .map(|(i, mut v)| {
            v.sort_by_key(|t| (t.start, t.end, t.id));
            (i, v)
        })
        .collect()
}

/// Draws the Passages tab; returns what the analyst asked.
pub fn show(
    ui: &mut egui::Ui,
    state: &CodebookState,
    book: &Book,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.tags();
    let mut out = Vec::new();
    let current = state.picked(book).map_or("—", |t| t.name.as_str());
    let mut picked = state.theme;
    ComboBox::from_label(s.theme)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (t, depth) in ordered(book) {
                ui.horizontal(|ui| {
                    ui.add_space(depth as f32 * 12.0);
                    swatch(ui, t.color);
                    ui.selectable_value(&mut picked, Some(t.id), &t.name);
                });
            }
        });
    if let Some(id) = picked.filter(|_| picked != state.theme) {
        out.push(Command::Codebook(CodebookCommand::Pick(id)));
    }
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
    fn passages_are_grouped_by_article_in_corpus_order_with_sub_themes() {
        use crate::corpus::Document;
        use crate::extract::Extraction;
        use crate::project::{ArticleSource, Rgb};
        let texts = [
            "Premier article, assez long.",
            "Second article, tout aussi long.",
        ];
        let mut book = Book::new();
        let mut docs = Vec::new();
        for (n, text) in texts.iter().enumerate() {
            let id = book
                .add_article(ArticleSource::Path(format!("/tmp/{n}.txt")), text)
                .expect("article");
            let d = Document {
                path: format!("{n}"),
                text: (*text).into(),
                title: None,
                date: None,
            };
            docs.push(Article::with_extraction(d, Extraction::default()).with_id(id));
        }
        let (a, b) = (docs[0].id, docs[1].id);
        let top = book.create_theme("Top", Rgb(1, 1, 1), None).expect("theme");
        let sub = book
            .create_theme("Sub", Rgb(2, 2, 2), Some(top))
            .expect("theme");
        let t1 = book.add_tag(top, b, texts[1], 10..15).expect("tag");
        let t2 = book.add_tag(sub, b, texts[1], 0..5).expect("tag");
        let t3 = book.add_tag(top, a, texts[0], 3..9).expect("tag");
        let ids = |g: &[(usize, Vec<&Tag>)]| -> Vec<(usize, Vec<crate::project::TagId>)> {
            g.iter()
                .map(|(i, v)| (*i, v.iter().map(|t| t.id).collect()))
                .collect()
        };
        // The parent lists its sub-theme's passages too; articles in corpus order.
        assert_eq!(
            ids(&grouped(&book, top, &docs)),
            [(0, vec![t3]), (1, vec![t2, t1])]
        );
        assert_eq!(ids(&grouped(&book, sub, &docs)), [(1, vec![t2])]);
        // An article the app does not hold: its passages are left out.
        assert_eq!(ids(&grouped(&book, top, &docs[..1])), [(0, vec![t3])]);
    }

    #[test]
    fn quotes_are_shortened_on_one_line() {
        assert_eq!(short("a\n\nb  c", 10), "a b c");
        assert_eq!(short("Étés chauds", 4), "Étés…");
        assert_eq!(short("", 4), "");
    }
}
