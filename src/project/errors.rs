//! What can go wrong with a project, in words an analyst understands.

use super::ids::{ArticleId, TagId, ThemeId};
use std::path::{Path, PathBuf};

/// An edit the project refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("There is no theme with id {0}.")]
    NoTheme(ThemeId),
    #[error("There is no tag with id {0}.")]
    NoTag(TagId),
    #[error("There is no article with id {0} in this project.")]
    NoArticle(ArticleId),
    #[error("A theme needs a name.")]
    EmptyName,
    #[error("There is already a theme called {0:?} here.")]
    DuplicateName(String),
    #[error("Themes nest one level only: {0:?} is already inside another theme.")]
    TooDeep(String),
    #[error("A theme cannot be merged into or moved to itself or one of its own sub-themes.")]
    SelfTarget,
    #[error("The passage {start}..{end} is not inside the article (it has {len} characters).")]
    BadRange {
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("This article is already in the project.")]
    DuplicateArticle,
    #[error("{0:?} is a category: it groups themes and cannot tag a passage itself.")]
    Category(String),
    #[error("{0:?} is not one of the articles bundled with Vigie.")]
    NoSeed(String),
}

/// Why a project file could not be opened. Nothing on disk was changed.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("Cannot read {path}: {source}.{}", hint(backup))]
    Io {
        path: PathBuf,
        source: std::io::Error,
        backup: Option<PathBuf>,
    },
    #[error(
        "This project file is empty or cut short (Vigie or the computer may have stopped while \
         it was being written).{}",
        hint(backup)
    )]
    Truncated { backup: Option<PathBuf> },
    #[error("This project file is damaged ({detail}).{}", hint(backup))]
    Corrupt {
        detail: String,
        backup: Option<PathBuf>,
    },
    #[error("This is not a Vigie project file{}.{}", found.as_ref().map(|f| format!(" (it says it is {f:?})")).unwrap_or_default(), hint(backup))]
    Foreign {
        found: Option<String>,
        backup: Option<PathBuf>,
    },
    #[error(
        "This file was made by a newer Vigie (format version {found}); this version reads up to \
         {supported}. Update Vigie to open it."
    )]
    Newer {
        found: u64,
        supported: u64,
        backup: Option<PathBuf>,
    },
}

impl OpenError {
    /// The backup of this project (`name.vigie.bak`), when it exists and opens.
    pub fn backup(&self) -> Option<&Path> {
        match self {
            OpenError::Io { backup, .. }
            | OpenError::Truncated { backup }
            | OpenError::Corrupt { backup, .. }
            | OpenError::Foreign { backup, .. }
            | OpenError::Newer { backup, .. } => backup.as_deref(),
        }
    }

    pub(crate) fn set_backup(&mut self, path: Option<PathBuf>) {
        match self {
            OpenError::Io { backup, .. }
            | OpenError::Truncated { backup }
            | OpenError::Corrupt { backup, .. }
            | OpenError::Foreign { backup, .. }
            | OpenError::Newer { backup, .. } => *backup = path,
        }
    }
}

fn hint(backup: &Option<PathBuf>) -> String {
    match backup {
        Some(p) => format!(
            " A backup from the previous save can be opened: {}",
            p.display()
        ),
        None => String::new(),
    }
}

/// Why a project could not be saved. The file on disk is unchanged (or, for the backup step,
/// still the previous version).
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("Cannot save to {path}: {source}.")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("This project has never been saved: choose where to save it.")]
    NoPath,
    #[error("Cannot write the project: {0}.")]
    Encode(#[from] serde_json::Error),
}

impl From<crate::atomic_file::WriteError> for SaveError {
    fn from(e: crate::atomic_file::WriteError) -> SaveError {
        SaveError::Io {
            path: e.path,
            source: e.source,
        }
    }
}
