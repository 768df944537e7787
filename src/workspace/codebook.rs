//! The codebook's model: the panel's state (open, tab, picked theme, open dialog and its
//! draft), the dialogs as data, and the pure rules it follows (codebook order, which themes
//! get the keys 1–9, the default colour of a new theme). `ui::codebook` draws it.

use crate::i18n::tags::TagStrings;
use crate::project::{Book, Children, Rgb, TagId, Theme, ThemeId};
use crate::workspace::command::CodebookCommand;

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

/// The themes a passage can be tagged with (categories left out), in codebook order.
pub fn taggable(book: &Book) -> Vec<&Theme> {
    ordered(book)
        .into_iter()
        .map(|(t, _)| t)
        .filter(|t| !t.category)
        .collect()
}

/// The themes tagged by the keys 1–9, in codebook order.
pub fn keyed(book: &Book) -> Vec<&Theme> {
    let mut themes = taggable(book);
    themes.truncate(KEYED);
    themes
}

/// The taggable themes whose name holds `query` (case and accents folded: "economie" finds
/// "Économie"), in codebook order; all of them for an empty query.
pub fn taggable_matching<'a>(book: &'a Book, query: &str) -> Vec<&'a Theme> {
    let needle = crate::workspace::search::fold(query.trim());
    taggable(book)
        .into_iter()
        .filter(|t| needle.is_empty() || crate::workspace::search::fold(&t.name).contains(&needle))
        .collect()
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

/// The open dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    /// Create a theme (`editing: None`) or edit one.
    Theme {
        editing: Option<ThemeId>,
        draft: ThemeDraft,
        /// The name field has been given the keyboard once.
        focused: bool,
    },
    Merge {
        from: ThemeId,
        into: Option<ThemeId>,
    },
    Delete {
        id: ThemeId,
        move_to: Option<ThemeId>,
        children: Children,
    },
    Memo {
        tag: TagId,
        text: String,
        focused: bool,
    },
}

/// A theme's fields as being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeDraft {
    pub name: String,
    pub color: [u8; 3],
    pub description: String,
    pub parent: Option<ThemeId>,
}

impl ThemeDraft {
    /// A blank theme in the next palette colour.
    pub fn new(book: &Book) -> ThemeDraft {
        let c = next_colour(book);
        ThemeDraft {
            name: String::new(),
            color: [c.0, c.1, c.2],
            description: String::new(),
            parent: None,
        }
    }

    /// Theme `id` as it is.
    pub fn of(book: &Book, id: ThemeId) -> Option<ThemeDraft> {
        let t = book.theme(id)?;
        Some(ThemeDraft {
            name: t.name.clone(),
            color: [t.color.0, t.color.1, t.color.2],
            description: t.description.clone().unwrap_or_default(),
            parent: t.parent,
        })
    }
}

/// Why the draft cannot be saved, if it cannot (the model checks again).
pub fn name_problem(
    book: &Book,
    draft: &ThemeDraft,
    editing: Option<ThemeId>,
    s: &'static TagStrings,
) -> Option<&'static str> {
    let name = draft.name.trim().to_lowercase();
    if name.is_empty() {
        return Some(s.name_empty);
    }
    let taken = book.themes.iter().any(|t| {
        t.parent == draft.parent && Some(t.id) != editing && t.name.to_lowercase() == name
    });
    taken.then_some(s.name_taken)
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
