//! Undo/redo: a snapshot of the [`Book`] before each edit, and revision numbers for `dirty`.

use super::model::Book;

/// Edits kept for undo.
const LIMIT: usize = 200;

#[derive(Debug, Clone, Default)]
pub(crate) struct History {
    undo: Vec<(u64, Book)>,
    redo: Vec<(u64, Book)>,
    /// Revision of the current book; every edit makes a new one.
    rev: u64,
    next_rev: u64,
    /// Revision last written to the project file.
    saved: u64,
}

impl History {
    /// Records that `before` (at the current revision) was replaced by an edit.
    pub fn push(&mut self, before: Book) {
        self.undo.push((self.rev, before));
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.next_rev += 1;
        self.rev = self.next_rev;
    }

    /// Swaps `book` with the state before the last edit; false when there is none.
    pub fn undo(&mut self, book: &mut Book) -> bool {
        let Some((rev, b)) = self.undo.pop() else {
            return false;
        };
        self.redo.push((self.rev, std::mem::replace(book, b)));
        self.rev = rev;
        true
    }

    /// Swaps `book` with the state the last undo left; false when there is none.
    pub fn redo(&mut self, book: &mut Book) -> bool {
        let Some((rev, b)) = self.redo.pop() else {
            return false;
        };
        self.undo.push((self.rev, std::mem::replace(book, b)));
        self.rev = rev;
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn mark_saved(&mut self) {
        self.saved = self.rev;
    }

    /// Forgets that the current state was ever saved (e.g. loaded from a recovery file).
    pub fn mark_unsaved(&mut self) {
        self.next_rev += 1;
        self.saved = self.next_rev;
    }

    pub fn is_saved(&self) -> bool {
        self.saved == self.rev
    }
}
