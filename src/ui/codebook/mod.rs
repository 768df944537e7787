//! The theme codebook: the right panel listing themes (colour, passage count, one level of
//! sub-themes) with their actions, the view state behind it, and the pure rules it follows
//! (codebook order, which themes get the keys 1–9, the default colour of a new theme).
//!
//! The modal dialogs (create, edit, merge, delete, memo) live in `dialogs`; the list of a
//! theme's passages in `ui::retrieval`.

pub mod dialogs;

use super::app::Command;
use super::retrieval;
use crate::i18n::Lang;
use crate::project::{Book, Children, Project, Rgb, TagId, Theme, ThemeId};
use crate::workspace::Article;
use dialogs::{Dialog, ThemeDraft};
use egui::{Color32, RichText, ScrollArea, Sense, vec2};

/// Distinct colours that read well as underlines and light fills on both themes (Okabe–Ito
/// and Tableau hues).
pub const PALETTE: [Rgb; 12] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0x8E, 0x6C, 0x8A),
    Rgb(0xB0, 0x7A, 0xA1),
    Rgb(0x59, 0xA1, 0x4F),
    Rgb(0xED, 0xC9, 0x48),
    Rgb(0x9C, 0x75, 0x5F),
    Rgb(0xE1, 0x57, 0x59),
];

/// Themes that get a number key (1–9).
pub const KEYED: usize = 9;

/// The colour of the next new theme: the first palette colour no theme uses yet, else the
/// palette again in turn.
pub fn next_colour(book: &Book) -> Rgb {
    PALETTE
        .iter()
        .copied()
        .find(|c| book.themes.iter().all(|t| t.color != *c))
        .unwrap_or(PALETTE[book.themes.len() % PALETTE.len()])
}

/// The themes in codebook order: each top-level theme followed by its sub-themes, with their
/// depth (0 or 1). A sub-theme whose parent is missing is listed at the top level.
pub fn ordered(book: &Book) -> Vec<(&Theme, usize)> {
    let top = |t: &Theme| t.parent.is_none_or(|p| book.theme(p).is_none());
    let mut out = Vec::with_capacity(book.themes.len());
    for t in book.themes.iter().filter(|t| top(t)) {
        out.push((t, 0));
        out.extend(book.children(t.id).map(|c| (c, 1)));
    }
    out
}

/// The themes tagged by the keys 1–9, in codebook order.
pub fn keyed(book: &Book) -> Vec<&Theme> {
    ordered(book)
        .into_iter()
        .map(|(t, _)| t)
        .take(KEYED)
        .collect()
}

/// A project colour as an egui colour.
pub fn color32(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Which list the panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Themes,
    Passages,
}

/// What the codebook panel keeps between frames.
#[derive(Debug, Default)]
pub struct CodebookState {
    pub open: bool,
    pub tab: Tab,
    /// The theme picked in the codebook (its actions and passages are shown).
    pub theme: Option<ThemeId>,
    /// The open modal dialog, if any.
    pub dialog: Option<Dialog>,
}

/// What other views ask of the codebook.
#[derive(Debug, Clone, PartialEq)]
pub enum CodebookCommand {
    /// Show or hide the panel.
    Toggle,
    /// Open the panel on the passages of this theme.
    ShowPassages(ThemeId),
    /// Open the memo dialog of this tag.
    EditMemo(TagId),
}

impl CodebookState {
    pub fn apply(&mut self, command: CodebookCommand, book: &Book) {
        match command {
            CodebookCommand::Toggle => self.open = !self.open,
            CodebookCommand::ShowPassages(t) => {
                self.open = true;
                self.tab = Tab::Passages;
                self.theme = Some(t);
            }
            CodebookCommand::EditMemo(tag) => {
                if let Some(t) = book.tag(tag) {
                    self.dialog = Some(Dialog::Memo {
                        tag,
                        text: t.memo.clone(),
                        focused: false,
                    });
                }
            }
        }
    }

    /// The picked theme, if it still exists.
    pub fn picked<'b>(&self, book: &'b Book) -> Option<&'b Theme> {
        book.theme(self.theme?)
    }
}

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

/// A small square of the theme's colour.
pub fn swatch(ui: &mut egui::Ui, c: Rgb) {
    let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color32(c));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn book_with(names: &[(&str, Option<usize>)]) -> Book {
        let mut b = Book::new();
        let mut ids = Vec::new();
        for (name, parent) in names {
            let p = parent.map(|i| ids[i]);
            let c = next_colour(&b);
            ids.push(b.create_theme(name, c, p).expect("theme"));
        }
        b
    }

    #[test]
    fn sub_themes_follow_their_parent_and_keys_take_the_first_nine() {
        let b = book_with(&[("A", None), ("B", None), ("A1", Some(0)), ("B1", Some(1))]);
        let names: Vec<(&str, usize)> = ordered(&b)
            .into_iter()
            .map(|(t, d)| (t.name.as_str(), d))
            .collect();
        assert_eq!(names, [("A", 0), ("A1", 1), ("B", 0), ("B1", 1)]);
        let many: Vec<(String, Option<usize>)> = (0..12).map(|i| (format!("T{i}"), None)).collect();
        let many: Vec<(&str, Option<usize>)> = many.iter().map(|(n, p)| (n.as_str(), *p)).collect();
        let b = book_with(&many);
        let keyed: Vec<&str> = keyed(&b).iter().map(|t| t.name.as_str()).collect();
        assert_eq!(keyed.len(), 9);
        assert_eq!(keyed[0], "T0");
        assert_eq!(keyed[8], "T8");
    }

    #[test]
    fn new_themes_get_distinct_colours_then_cycle() {
        let b = book_with(&[("A", None), ("B", None), ("C", None)]);
        let colours: Vec<Rgb> = b.themes.iter().map(|t| t.color).collect();
        assert_eq!(colours, PALETTE[..3]);
        let names: Vec<String> = (0..PALETTE.len()).map(|i| format!("T{i}")).collect();
        let names: Vec<(&str, Option<usize>)> = names.iter().map(|n| (n.as_str(), None)).collect();
        let full = book_with(&names);
        // Every colour used: the palette starts again.
        assert_eq!(next_colour(&full), PALETTE[0]);
        // A freed colour is reused first.
        let mut b = b;
        let second = b.themes[1].id;
        b.delete_theme(second, None, Children::Promote)
            .expect("delete");
        assert_eq!(next_colour(&b), PALETTE[1]);
    }

    #[test]
    fn a_memo_command_opens_the_dialog_with_the_current_memo() {
        let mut st = CodebookState::default();
        st.apply(CodebookCommand::EditMemo(TagId(99)), &Book::new());
        assert!(st.dialog.is_none());
        st.apply(CodebookCommand::ShowPassages(ThemeId(3)), &Book::new());
        assert!(st.open);
        assert_eq!(st.tab, Tab::Passages);
        assert_eq!(st.theme, Some(ThemeId(3)));
    }
}
