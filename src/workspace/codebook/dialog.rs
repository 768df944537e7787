//! The codebook's modal dialogs as data: create or edit a theme, merge it into another, delete
//! it, a tag's memo — their fields as being edited, and what confirming each one does to the
//! project ([`Dialog::confirm`]). `ui::codebook::dialogs` draws them and emits
//! `CodebookCommand`s; [`super::CodebookState::apply`] carries those out.

use crate::i18n::tags::TagStrings;
use crate::project::{Book, Children, Rgb, TagId, ThemeId};
use crate::workspace::edit::Edit;

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

/// What confirming a dialog does.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// Nothing: it cannot be confirmed yet (a name that cannot be saved, no theme to merge
    /// into); it stays open.
    Blocked,
    /// It closes without changing the project (an unchanged memo, a theme or tag gone).
    Close,
    /// It closes and this edit runs (one undo step).
    Run(Box<Edit>),
}

impl Dialog {
    /// What confirming the dialog does, over `book` as it is.
    pub fn confirm(&self, book: &Book) -> Confirm {
        match self {
            Dialog::Theme { editing, draft, .. } => {
                if name_problem(book, draft, *editing).is_some() {
                    return Confirm::Blocked;
                }
                let [r, g, b] = draft.color;
                let (name, color) = (draft.name.trim().to_string(), Rgb(r, g, b));
                Confirm::Run(Box::new(match *editing {
                    None => Edit::CreateTheme {
                        name,
                        color,
                        parent: draft.parent,
                    },
                    Some(id) => Edit::UpdateTheme {
                        id,
                        name,
                        color,
                        description: draft.description.clone(),
                        parent: draft.parent,
                    },
                }))
            }
            Dialog::Merge { from, into } => match (book.theme(*from), *into) {
                (None, _) => Confirm::Close,
                (Some(_), None) => Confirm::Blocked,
                (Some(_), Some(into)) => {
                    Confirm::Run(Box::new(Edit::MergeTheme { from: *from, into }))
                }
            },
            Dialog::Delete {
                id,
                move_to,
                children,
            } => {
                if book.theme(*id).is_none() {
                    return Confirm::Close;
                }
                // Passages cannot move to a theme deleted with them.
                let move_to = move_to.filter(|m| !doomed(book, *id, *children, *m));
                Confirm::Run(Box::new(Edit::DeleteTheme {
                    id: *id,
                    move_to,
                    children: *children,
                }))
            }
            Dialog::Memo { tag, text, .. } => match book.tag(*tag) {
                Some(t) if t.memo != *text => Confirm::Run(Box::new(Edit::SetMemo {
                    tag: *tag,
                    memo: text.clone(),
                })),
                _ => Confirm::Close,
            },
        }
    }
}

/// Whether theme `x` goes when theme `id` is deleted (itself, or a sub-theme deleted too).
pub fn doomed(book: &Book, id: ThemeId, children: Children, x: ThemeId) -> bool {
    x == id
        || (children == Children::DeleteToo && book.theme(x).is_some_and(|t| t.parent == Some(id)))
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
        let c = super::palette::next_colour(book);
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

/// Why a theme draft cannot be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// A sibling has this name already.
    Taken,
}

impl NameProblem {
    /// What the analyst is told.
    pub fn text(self, s: &'static TagStrings) -> &'static str {
        match self {
            NameProblem::Empty => s.name_empty,
            NameProblem::Taken => s.name_taken,
        }
    }
}

/// Why the draft cannot be saved, if it cannot (the model checks again).
pub fn name_problem(
    book: &Book,
    draft: &ThemeDraft,
    editing: Option<ThemeId>,
) -> Option<NameProblem> {
    let name = draft.name.trim().to_lowercase();
    if name.is_empty() {
        return Some(NameProblem::Empty);
    }
    let taken = book.themes.iter().any(|t| {
        t.parent == draft.parent && Some(t.id) != editing && t.name.to_lowercase() == name
    });
    taken.then_some(NameProblem::Taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_must_be_new_among_siblings() {
        let mut b = Book::new();
        let a = b.create_theme("Chips", Rgb(1, 2, 3), None).expect("theme");
        let mut d = ThemeDraft::new(&b);
        assert_eq!(name_problem(&b, &d, None), Some(NameProblem::Empty));
        d.name = "  chips ".into();
        assert_eq!(name_problem(&b, &d, None), Some(NameProblem::Taken));
        // Editing the theme itself: its own name is fine.
        assert_eq!(name_problem(&b, &d, Some(a)), None);
        // Under another parent, the name is free.
        d.parent = Some(a);
        assert_eq!(name_problem(&b, &d, None), None);
    }

    #[test]
    fn confirming_runs_one_edit_or_waits_for_what_is_missing() {
        let mut b = Book::new();
        let a = b.create_theme("Chips", Rgb(1, 2, 3), None).expect("theme");
        let sub = b.create_theme("GPU", Rgb(3, 2, 1), Some(a)).expect("theme");
        let mut draft = ThemeDraft::new(&b);
        let new = |draft: &ThemeDraft| Dialog::Theme {
            editing: None,
            draft: draft.clone(),
            focused: true,
        };
        assert_eq!(new(&draft).confirm(&b), Confirm::Blocked);
        draft.name = " Énergie ".into();
        let Confirm::Run(edit) = new(&draft).confirm(&b) else {
            panic!("a new theme");
        };
        let Edit::CreateTheme { name, .. } = *edit else {
            panic!("a new theme");
        };
        assert_eq!(name, "Énergie");
        let merge = Dialog::Merge {
            from: a,
            into: None,
        };
        assert_eq!(merge.confirm(&b), Confirm::Blocked);
        // Deleting a theme with its sub-themes: its passages cannot move to one of them.
        let delete = Dialog::Delete {
            id: a,
            move_to: Some(sub),
            children: Children::DeleteToo,
        };
        assert_eq!(
            delete.confirm(&b),
            Confirm::Run(Box::new(Edit::DeleteTheme {
                id: a,
                move_to: None,
                children: Children::DeleteToo
            }))
        );
        let gone = Dialog::Memo {
            tag: TagId(9),
            text: "x".into(),
            focused: true,
        };
        assert_eq!(gone.confirm(&b), Confirm::Close);
    }
}
