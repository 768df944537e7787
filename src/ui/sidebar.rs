//! The article list: one selectable entry per article (title, date, counts of actors, figures
//! and tags, source file, the article it duplicates), a filter on title, file name, full text
//! and attribute values (case- and accent-insensitive) and a sort by date, title or order of addition.

use crate::i18n::Lang;
use crate::workspace::Article;
use crate::workspace::command::Command;
use crate::workspace::command::FileCommand;
use crate::workspace::command::Sort;
use crate::workspace::state::{ListCache, ListState};
use egui::{Button, RichText, ScrollArea, TextEdit};

/// What one entry of the list reads: its text is made from these alone, and the entry-height
/// cache is keyed by their hash, so an entry out of view costs no text formatting.
#[derive(Hash)]
struct Entry<'a> {
    title: &'a str,
    date: Option<&'a str>,
    actors: usize,
    figures: usize,
    tags: usize,
    file: &'a str,
    /// The article this one repeats: exactly (true) or nearly, and its title.
    duplicate_of: Option<(bool, &'a str)>,
    lang: Lang,
}

impl<'a> Entry<'a> {
    fn of(d: &'a Article, tags: usize, duplicate_of: Option<(bool, &'a str)>, lang: Lang) -> Self {
        Entry {
            title: d.title(),
            date: d.doc.date.as_deref(),
            actors: d.actor_count(),
            figures: d.figure_count(),
            tags,
            file: d.doc.file_name(),
            duplicate_of,
            lang,
        }
    }

    /// "title\ndate · N actors · M figures · K tags\nfile", then the article it duplicates.
    /// (The file line is left out when the title is the file name.)
    fn text(&self) -> String {
        let (s, fs) = (self.lang.tr(), self.lang.files());
        let mut label = format!(
            "{}\n{} · {} · {} · {}",
            self.title,
            self.date.unwrap_or(s.undated),
            s.actors_n(self.actors),
            s.figures_n(self.figures),
            crate::i18n::counted(self.tags, fs.tag_one, fs.tags),
        );
        if self.title != self.file {
            label.push('\n');
            label.push_str(self.file);
        }
        if let Some((exact, of)) = self.duplicate_of {
            let what = if exact {
                fs.duplicate_of
            } else {
                fs.near_duplicate_of
            };
            label.push_str(&format!("\n≡ {what} « {of} »"));
        }
        label
    }
}

/// Draws the list; returns the commands of the analyst's clicks and typing.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut egui::Ui,
    docs: &[Article],
    duplicates: &[Option<crate::claims::Duplicate>],
    selected: Option<usize>,
    lang: Lang,
    book: &crate::project::Book,
    list: &ListState,
    cache: &mut ListCache,
) -> Vec<Command> {
    let tags = &book.counts_by_article();
    let s = lang.tr();
    let fs = lang.files();
    let mut out = Vec::new();
    ui.heading(s.articles);
    let visible = list.visible(docs, book, cache);
    let count = if visible.len() == docs.len() {
        format!("{} {}", docs.len(), s.in_corpus)
    } else {
        format!("{} {} {}", visible.len(), fs.shown_of, docs.len())
    };
    ui.label(RichText::new(count).weak());
    ui.horizontal(|ui| {
        let label = ui.label(fs.filter);
        let mut q = list.filter.clone();
        let r = ui
            .add(
                TextEdit::singleline(&mut q)
                    .hint_text(fs.filter_hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if r.changed() {
            out.push(Command::File(FileCommand::SetFilter(q)));
        }
    });
    ui.horizontal(|ui| {
        ui.label(fs.sort_by);
        for (sort, name) in [
            (Sort::Added, fs.by_order),
            (Sort::Date, fs.by_date),
            (Sort::Title, fs.by_title),
        ] {
            if ui.selectable_label(list.sort == sort, name).clicked() {
                out.push(Command::File(FileCommand::SetSort(sort)));
            }
        }
    });
    ui.separator();
    ScrollArea::vertical()
        .id_salt("article-list")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 6.0;
            let gap = ui.spacing().item_spacing.y;
            // Entries out of view take the height they had when last drawn (same text, same
            // width) instead of being laid out, and a run of them is one allocation: long
            // lists cost only what is on screen.
            let mut skipped: Option<f32> = None;
            let width = ui.available_width();
            for i in visible {
                let d = &docs[i];
                let duplicate_of = duplicates
                    .get(i)
                    .copied()
                    .flatten()
                    .and_then(|dup| Some((dup.exact, docs.get(dup.of)?.title())));
                let tags = tags.get(&d.id).copied().unwrap_or(0);
                let entry = Entry::of(d, tags, duplicate_of, lang);
                let key = ui.scope_id().with(("entry", d.id));
                let shape = {
                    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
                    BuildHasherDefault::<DefaultHasher>::default()
                        .hash_one((&entry, (width * 2.0) as i64))
                };
                let known = ui
                    .data(|m| m.get_temp::<(u64, f32)>(key))
                    .and_then(|(was, h)| (was == shape).then_some(h));
                if let Some(h) = known {
                    let top = ui.cursor().min + egui::vec2(0.0, skipped.map_or(0.0, |s| s + gap));
                    let rect = egui::Rect::from_min_size(top, egui::vec2(width, h));
                    if !ui.is_rect_visible(rect) {
                        skipped = Some(skipped.map_or(h, |s| s + gap + h));
                        continue;
                    }
                }
                if let Some(h) = skipped.take() {
                    ui.allocate_space(egui::vec2(width, h));
                }
                let button = Button::selectable(selected == Some(i), entry.text())
                    .wrap()
                    .min_size(egui::vec2(width, 0.0));
                let r = ui.add(button).on_hover_text(&d.doc.path);
                ui.data_mut(|m| m.insert_temp(key, (shape, r.rect.height())));
                if r.clicked() {
                    out.push(Command::Select(i));
                }
            }
            if let Some(h) = skipped {
                ui.allocate_space(egui::vec2(width, h));
            }
        });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::extract::Extraction;
    use crate::project::ArticleId;

    fn doc(id: u64, title: &str, date: Option<&str>, text: &str) -> Article {
        let d = Document {
            path: format!("{title}.txt"),
            text: text.into(),
            title: Some(title.into()),
            date: date.map(Into::into),
        };
        Article::with_extraction(d, Extraction::default()).with_id(ArticleId(id))
    }

    #[test]
    fn filter_folds_case_and_accents_over_title_and_text() {
        let docs = [
            doc(1, "Énergie", Some("2025-01-02"), "Les centrales."),
            doc(2, "Puces", None, "TSMC et la Corée."),
            doc(3, "Zéro", Some("2025-03-01"), "rien"),
        ];
        let mut l = ListState::default();
        let mut cache = ListCache::default();
        assert_eq!(
            l.visible(&docs, &Default::default(), &mut cache),
            vec![0, 1, 2]
        );
        l.filter = "energie".into();
        assert_eq!(l.visible(&docs, &Default::default(), &mut cache), vec![0]);
        l.filter = "COREE".into();
        assert_eq!(l.visible(&docs, &Default::default(), &mut cache), vec![1]);
        l.filter = "absent".into();
        assert!(l.visible(&docs, &Default::default(), &mut cache).is_empty());
        l.filter.clear();
        l.sort = Sort::Date;
        assert_eq!(
            l.visible(&docs, &Default::default(), &mut cache),
            vec![2, 0, 1]
        );
        l.sort = Sort::Title;
        assert_eq!(
            l.visible(&docs, &Default::default(), &mut cache),
            vec![0, 1, 2]
        );
    }
}
