//! The codebook's model: the panel's state (open, tab, picked theme, open dialog and its
//! draft), the commands that change it, and the pure rules it follows (codebook order, which
//! themes get the keys 1–9, the default colour of a new theme). The dialogs as data are in
//! `dialog`. `ui::codebook` draws it all.

mod dialog;
mod palette;

pub use dialog::{Confirm, Dialog, NameProblem, ThemeDraft, doomed, name_problem};
pub use palette::{PALETTE, next_colour};

use crate::project::{Book, Children, TagId, Theme, ThemeId};
use crate::workspace::edit::Edit;

/// Themes that get a number key (1–9).
pub const KEYED: usize = 9;

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

/// What the views ask of the codebook (`Command::Codebook`).
#[derive(Debug, Clone, PartialEq)]
pub enum CodebookCommand {
    /// Show or hide the panel.
    Toggle,
    /// Open the panel on the passages of this theme.
    ShowPassages(ThemeId),
    /// Open the memo dialog of this tag.
    EditMemo(TagId),
    /// Show this list in the panel.
    SetTab(Tab),
    /// Pick this theme: its actions and passages are shown.
    Pick(ThemeId),
    /// Open the dialog that creates a theme.
    NewTheme,
    /// Open the dialog that edits this theme.
    EditTheme(ThemeId),
    /// Open the dialog that merges this theme into another.
    AskMerge(ThemeId),
    /// Open the dialog that deletes this theme.
    AskDelete(ThemeId),
    /// Replace the open dialog's fields (what the analyst typed or picked).
    SetDialog(Dialog),
    /// Confirm the open dialog: see [`Dialog::confirm`].
    Confirm,
    /// Close the open dialog without changing the project.
    CloseDialog,
}

impl CodebookState {
    /// Carries out a command; returns the edit of the project it asks for, if any (the
    /// workspace runs it as one undo step).
    pub fn apply(&mut self, command: CodebookCommand, book: &Book) -> Option<Edit> {
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
            CodebookCommand::SetTab(tab) => self.tab = tab,
            CodebookCommand::Pick(id) => self.theme = Some(id),
            CodebookCommand::NewTheme => {
                self.dialog = Some(Dialog::Theme {
                    editing: None,
                    draft: ThemeDraft::new(book),
                    focused: false,
                });
            }
            CodebookCommand::EditTheme(id) => {
                if let Some(draft) = ThemeDraft::of(book, id) {
                    self.dialog = Some(Dialog::Theme {
                        editing: Some(id),
                        draft,
                        focused: false,
                    });
                }
            }
            CodebookCommand::AskMerge(from) => {
                if book.theme(from).is_some() {
                    self.dialog = Some(Dialog::Merge { from, into: None });
                }
            }
            CodebookCommand::AskDelete(id) => {
                if book.theme(id).is_some() {
                    self.dialog = Some(Dialog::Delete {
                        id,
                        move_to: None,
                        children: Children::Promote,
                    });
                }
            }
            CodebookCommand::SetDialog(d) => {
                if self.dialog.is_some() {
                    self.dialog = Some(d);
                }
            }
            CodebookCommand::Confirm => {
                let confirm = self.dialog.as_ref().map(|d| d.confirm(book));
                match confirm {
                    None | Some(Confirm::Blocked) => {}
                    Some(Confirm::Close) => self.dialog = None,
                    Some(Confirm::Run(edit)) => {
                        self.dialog = None;
                        return Some(*edit);
                    }
                }
            }
            CodebookCommand::CloseDialog => self.dialog = None,
        }
        None
    }

    /// The picked theme, if it still exists.
    pub fn picked<'b>(&self, book: &'b Book) -> Option<&'b Theme> {
        book.theme(self.theme?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Rgb;

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

    #[test]
    fn a_dialog_opens_takes_what_is_typed_and_confirms_to_one_edit() {
        let mut st = CodebookState::default();
        let book = Book::new();
        assert_eq!(st.apply(CodebookCommand::NewTheme, &book), None);
        let Some(Dialog::Theme { mut draft, .. }) = st.dialog.clone() else {
            panic!("the new-theme dialog");
        };
        // Not ready without a name: it stays open.
        assert_eq!(st.apply(CodebookCommand::Confirm, &book), None);
        assert!(st.dialog.is_some());
        draft.name = "Puces".into();
        let typed = Dialog::Theme {
            editing: None,
            draft,
            focused: true,
        };
        st.apply(CodebookCommand::SetDialog(typed), &book);
        let edit = st.apply(CodebookCommand::Confirm, &book);
        assert!(
            matches!(&edit, Some(Edit::CreateTheme { name, .. }) if name == "Puces"),
            "{edit:?}"
        );
        assert!(st.dialog.is_none());
        // A draft for a dialog closed meanwhile is dropped.
        st.apply(
            CodebookCommand::SetDialog(Dialog::Merge {
                from: ThemeId(1),
                into: None,
            }),
            &book,
        );
        assert!(st.dialog.is_none());
        st.apply(CodebookCommand::NewTheme, &book);
        assert_eq!(st.apply(CodebookCommand::CloseDialog, &book), None);
        assert!(st.dialog.is_none());
    }
}
