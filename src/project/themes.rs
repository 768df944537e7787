//! The codebook: creating, renaming, recolouring, merging and deleting themes (one level deep).

use super::errors::EditError;
use super::model::{Book, Rgb, Theme, ThemeId, new_guid};

/// What happens to a deleted theme's sub-themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Children {
    /// They become top-level themes and keep their passages.
    Promote,
    /// They are deleted too; their passages follow the parent's (moved or deleted).
    DeleteToo,
}

impl Book {
    /// Adds a theme (under `parent`, a top-level theme, when given).
    pub fn create_theme(
        &mut self,
        name: &str,
        color: Rgb,
        parent: Option<ThemeId>,
    ) -> Result<ThemeId, EditError> {
        let name = self.check_name(name, parent, None)?;
        if let Some(p) = parent {
            self.check_parent(p)?;
        }
        let id = ThemeId(self.fresh_id());
        self.themes.push(Theme {
            id,
            guid: new_guid(),
            name,
            color,
            description: None,
            parent,
            category: false,
            memo: String::new(),
        });
        Ok(id)
    }

    pub fn rename_theme(&mut self, id: ThemeId, name: &str) -> Result<(), EditError> {
        let parent = self.theme(id).ok_or(EditError::NoTheme(id))?.parent;
        let name = self.check_name(name, parent, Some(id))?;
        self.theme_mut(id)?.name = name;
        Ok(())
    }

    pub fn recolor_theme(&mut self, id: ThemeId, color: Rgb) -> Result<(), EditError> {
        self.theme_mut(id)?.color = color;
        Ok(())
    }

    /// Sets (or, with an empty text, clears) a theme's description.
    pub fn describe_theme(&mut self, id: ThemeId, description: &str) -> Result<(), EditError> {
        let d = description.trim();
        self.theme_mut(id)?.description = (!d.is_empty()).then(|| d.to_string());
        Ok(())
    }

    /// Moves a theme under `parent` (a top-level theme) or, with `None`, to the top level.
    pub fn set_theme_parent(
        &mut self,
        id: ThemeId,
        parent: Option<ThemeId>,
    ) -> Result<(), EditError> {
        let name = self.theme(id).ok_or(EditError::NoTheme(id))?.name.clone();
        if let Some(p) = parent {
            if p == id {
                return Err(EditError::SelfTarget);
            }
            self.check_parent(p)?;
            if self.themes.iter().any(|t| t.parent == Some(id)) {
                return Err(EditError::TooDeep(name));
            }
        }
        self.check_name(&name, parent, Some(id))?;
        self.theme_mut(id)?.parent = parent;
        Ok(())
    }

    /// The sub-themes of `id`.
    pub fn children(&self, id: ThemeId) -> impl Iterator<Item = &Theme> {
        self.themes.iter().filter(move |t| t.parent == Some(id))
    }

    /// Merges `from` into `into`: its passages move to `into`, its sub-themes go under `into`
    /// (or under `into`'s parent when `into` is itself a sub-theme), and `from` disappears.
    /// A passage tagged with both themes keeps one tag (memos are joined).
    pub fn merge_theme(&mut self, from: ThemeId, into: ThemeId) -> Result<(), EditError> {
        let a = self.theme(from).ok_or(EditError::NoTheme(from))?.clone();
        let b = self.theme(into).ok_or(EditError::NoTheme(into))?;
        let b_parent = b.parent;
        if from == into {
            return Err(EditError::SelfTarget);
        }
        // A category takes no passages: merging a theme with tags into it would tag it.
        if b.category && self.tags.iter().any(|t| t.theme == from) {
            return Err(EditError::Category(b.name.clone()));
        }
        // A sub-theme of `from` that absorbs it takes its place.
        if b_parent == Some(from) {
            self.theme_mut(into)?.parent = a.parent;
        }
        let b_parent = self.theme(into).ok_or(EditError::NoTheme(into))?.parent;
        let new_parent = b_parent.or(Some(into));
        let moved: Vec<ThemeId> = self
            .children(from)
            .map(|t| t.id)
            .filter(|&t| t != into)
            .collect();
        for t in &mut self.themes {
            if moved.contains(&t.id) {
                t.parent = new_parent;
            }
        }
        // A moved sub-theme named like one already there merges into it.
        for m in moved {
            let Some(name) = self.theme(m).map(|t| t.name.to_lowercase()) else {
                continue;
            };
            let twin = self
                .themes
                .iter()
                .find(|t| t.id != m && t.parent == new_parent && t.name.to_lowercase() == name)
                .map(|t| t.id);
            if let Some(twin) = twin {
                self.retag(m, twin);
                self.themes.retain(|t| t.id != m);
            }
        }
        self.retag(from, into);
        self.themes.retain(|t| t.id != from);
        self.dedupe_tags();
        Ok(())
    }

    /// Deletes a theme. Its passages move to `move_to` or, with `None`, are deleted; `children`
    /// says what happens to its sub-themes. Returns how many passages were moved or deleted.
    pub fn delete_theme(
        &mut self,
        id: ThemeId,
        move_to: Option<ThemeId>,
        children: Children,
    ) -> Result<usize, EditError> {
        self.theme(id).ok_or(EditError::NoTheme(id))?;
        let mut doomed = vec![id];
        if children == Children::DeleteToo {
            doomed.extend(self.children(id).map(|t| t.id));
        }
        if let Some(m) = move_to {
            self.theme(m).ok_or(EditError::NoTheme(m))?;
            if doomed.contains(&m) {
                return Err(EditError::SelfTarget);
            }
        }
        for t in &mut self.themes {
            if t.parent == Some(id) {
                t.parent = None;
            }
        }
        let touched = self
            .tags
            .iter()
            .filter(|t| doomed.contains(&t.theme))
            .count();
        match move_to {
            Some(m) => {
                for tag in &mut self.tags {
                    if doomed.contains(&tag.theme) {
                        tag.theme = m;
                    }
                }
                self.dedupe_tags();
            }
            None => self.tags.retain(|t| !doomed.contains(&t.theme)),
        }
        self.themes.retain(|t| !doomed.contains(&t.id));
        // Charts that filtered on a deleted theme forget it.
        for c in &mut self.charts {
            c.filters.themes.retain(|t| !doomed.contains(t));
        }
        Ok(touched)
    }

    fn retag(&mut self, from: ThemeId, into: ThemeId) {
        for tag in &mut self.tags {
            if tag.theme == from {
                tag.theme = into;
            }
        }
    }

    fn theme_mut(&mut self, id: ThemeId) -> Result<&mut Theme, EditError> {
        self.themes
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(EditError::NoTheme(id))
    }

    /// `parent` can hold sub-themes: it exists and is top-level.
    fn check_parent(&self, parent: ThemeId) -> Result<(), EditError> {
        let p = self.theme(parent).ok_or(EditError::NoTheme(parent))?;
        if p.parent.is_some() {
            return Err(EditError::TooDeep(p.name.clone()));
        }
        Ok(())
    }

    /// A trimmed, non-empty name that no sibling already uses (case-insensitively).
    fn check_name(
        &self,
        name: &str,
        parent: Option<ThemeId>,
        except: Option<ThemeId>,
    ) -> Result<String, EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        let lower = name.to_lowercase();
        if self
            .themes
            .iter()
            .any(|t| t.parent == parent && Some(t.id) != except && t.name.to_lowercase() == lower)
        {
            return Err(EditError::DuplicateName(name.to_string()));
        }
        Ok(name.to_string())
    }
}
