//! The analyst's project: one local `*.vigie` file holding the corpus, the theme codebook, tagged
//! passages, corrections to the engine, lexicon additions, saved charts and the view state, with
//! undo/redo, atomic saves, backups, recovery files and migration from older versions.
//!
//! Everything the analyst edits lives in a [`Book`]; the UI changes it only through
//! [`Project::edit`] (e.g. `project.edit(|b| b.create_theme("Chips", Rgb(200, 40, 40), None))`),
//! which records a snapshot for [`Project::undo`]. No GUI types here.

pub mod anchor;
pub mod articles;
pub mod bulk;
pub mod charts;
pub mod claim_corrections;
pub mod correction;
pub mod corrections;
pub mod errors;
mod file;
mod history;
pub mod ids;
pub mod migrate;
pub mod model;
pub mod paths;
mod replacing;
pub mod supersede;
pub mod tags;
pub mod themes;
pub mod time;

pub use anchor::{Placement, ReanchorReport};
pub use articles::content_hash;
pub use charts::{ChartFilters, ChartSpec, CurrencyRates, ViewState};
pub use claim_corrections::missing_mentions;
pub use correction::{Correction, SpanKey};
pub use corrections::ApplyReport;
pub use errors::{EditError, OpenError, SaveError};
pub use file::{FORMAT, VERSION, backup_path, discard_recovery, recovery_is_newer};
pub use ids::{ArticleId, Guid, TagId, ThemeId, derived_guid, new_guid};
pub use model::{Article, ArticleSource, Book, Rgb, Tag, Theme};
pub use supersede::{Decision, Replaced};
pub use themes::Children;
pub use time::Timestamp;

use crate::extract::{Extraction, Lexicon};
use history::History;
use std::path::{Path, PathBuf};

/// An open project.
#[derive(Debug, Clone)]
pub struct Project {
    name: String,
    /// Identifies the project when it is exported (REFI-QDA users and codings derive from it).
    guid: Guid,
    created: Timestamp,
    modified: Timestamp,
    /// Article paths are absolute in memory, relative to the project file on disk.
    book: Book,
    /// What the reader shows; saved with the project, never dirty, never undone.
    pub view: ViewState,
    path: Option<PathBuf>,
    history: History,
    meta_dirty: bool,
    /// Articles of the opened file that lie outside its folder (an absolute path, `..`, a link
    /// out of it) and that the analyst has not yet agreed to read: never read until then.
    outside: Vec<ArticleId>,
}

/// Why an article's text could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("There is no article with id {0} in this project.")]
    Missing(ArticleId),
    #[error("{0}: outside the project's folder, not read without consent")]
    Outside(String),
    #[error("{path}: {source}")]
    Load {
        path: String,
        source: crate::corpus::LoadError,
    },
}

impl Project {
    /// A new, empty, never-saved project.
    pub fn new(name: &str) -> Project {
        let now = Timestamp::now();
        Project {
            name: name.to_string(),
            guid: new_guid(),
            created: now,
            modified: now,
            book: Book::new(),
            view: ViewState::default(),
            path: None,
            history: History::default(),
            meta_dirty: true,
            outside: Vec::new(),
        }
    }

    /// The bundled seeds as a new, never-saved project with nothing to save yet (what the app
    /// opens on first run).
    pub fn with_seeds(name: &str) -> Project {
        let mut p = Project::new(name);
        for (file, _) in crate::corpus::SEEDS {
            // Every name in SEEDS is bundled: this cannot fail (a failure would only leave the
            // seed out).
            let _ = p.add_bundled(file);
        }
        p.start_clean();
        p
    }

    /// Makes the current state the starting point: nothing to undo and nothing unsaved.
    pub fn start_clean(&mut self) {
        self.history = History::default();
        self.meta_dirty = false;
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn set_name(&mut self, name: &str) {
        if self.name != name {
            self.name = name.to_string();
            self.meta_dirty = true;
        }
    }

    pub fn created(&self) -> Timestamp {
        self.created
    }

    /// Sets the creation time (a project imported from another tool keeps its original date).
    pub(crate) fn set_created(&mut self, created: Timestamp) {
        if self.created != created {
            self.created = created;
            self.meta_dirty = true;
        }
    }

    /// The project's stable GUID (persisted; derived from the creation time for files written
    /// before it existed, and saved from then on).
    pub fn guid(&self) -> &str {
        &self.guid
    }

    /// When the project file was last written.
    pub fn modified(&self) -> Timestamp {
        self.modified
    }

    /// The project file, once saved or opened.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The folder article paths are stored relative to.
    pub fn dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    /// Everything the analyst edits (read only; change it with [`Project::edit`]).
    pub fn book(&self) -> &Book {
        &self.book
    }

    /// Runs one edit on the book. If it changed anything, it becomes one undo step.
    pub fn edit<R>(&mut self, f: impl FnOnce(&mut Book) -> R) -> R {
        let before = self.book.clone();
        let r = f(&mut self.book);
        if self.book != before {
            self.history.push(before);
        }
        r
    }

    /// Undoes the last edit; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.book)
    }

    /// Redoes the last undone edit; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.book)
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// True when there are changes not yet saved to the project file.
    pub fn is_dirty(&self) -> bool {
        self.meta_dirty || !self.history.is_saved()
    }

    /// Adds an article file (any path; stored relative to the project file).
    pub fn add_article_file(&mut self, path: &Path, text: &str) -> Result<ArticleId, EditError> {
        let source = ArticleSource::Path(paths::to_stored(None, path));
        self.edit(|b| b.add_article(source, text))
    }

    /// Adds one of the bundled seeds by file name (e.g. `000_3107907732e939eb.txt`).
    pub fn add_bundled(&mut self, name: &str) -> Result<ArticleId, EditError> {
        let text = articles::bundled_text(name).ok_or_else(|| EditError::NoSeed(name.into()))?;
        self.edit(|b| b.add_article(ArticleSource::Bundled(name.to_string()), text))
    }

    /// Where an article file is now (`None` for bundled seeds and unknown ids).
    pub fn article_path(&self, id: ArticleId) -> Option<PathBuf> {
        match &self.book.article(id)?.source {
            ArticleSource::Path(p) => Some(PathBuf::from(p)),
            ArticleSource::Bundled(_) => None,
        }
    }

    /// The articles of the opened project file that lie outside its folder and may not be read
    /// yet (see [`Project::allow_outside`]).
    pub fn outside(&self) -> &[ArticleId] {
        &self.outside
    }

    /// The analyst agrees to read the articles outside the project's folder.
    pub fn allow_outside(&mut self) {
        self.outside.clear();
    }

    /// False for an article outside the project's folder the analyst has not agreed to read.
    pub fn may_read(&self, id: ArticleId) -> bool {
        !self.outside.contains(&id)
    }

    /// Reads an article's current text (from disk or the bundled seeds); an article outside the
    /// project's folder only once allowed.
    pub fn article_text(&self, id: ArticleId) -> Result<String, ArticleError> {
        let a = self.book.article(id).ok_or(ArticleError::Missing(id))?;
        if let ArticleSource::Path(p) = &a.source
            && !self.may_read(id)
        {
            return Err(ArticleError::Outside(p.clone()));
        }
        match &a.source {
            ArticleSource::Bundled(name) => articles::bundled_text(name)
                .map(str::to_string)
                .ok_or(ArticleError::Missing(id)),
            ArticleSource::Path(p) => crate::corpus::load_file(Path::new(p), p.clone())
                .map(|d| d.text)
                .map_err(|source| ArticleError::Load {
                    path: p.clone(),
                    source,
                }),
        }
    }

    /// Brings an article's tags in line with its current `text`: when the text changed since
    /// it was hashed, every tag is re-anchored (see [`anchor`]) and the hash updated. Returns
    /// what happened to the tags (`None` for an unknown article).
    pub fn sync_article(&mut self, id: ArticleId, text: &str) -> Option<ReanchorReport> {
        let hash = content_hash(text);
        let same = self.book.article(id)?.hash == hash;
        Some(self.edit(|b| {
            let anchorer = anchor::Anchorer::new(text);
            let tags = b.tags.iter_mut().filter(|t| {
                t.article == id && (!same || (t.before.is_empty() && t.after.is_empty()))
            });
            let report = anchorer.place_all(tags);
            if let Some(a) = b.corpus.iter_mut().find(|a| a.id == id) {
                a.hash = hash;
            }
            report
        }))
    }

    /// Applies the project's corrections to a fresh extraction of an article.
    pub fn apply(&self, article: ArticleId, ex: &mut Extraction) -> ApplyReport {
        self.book.apply(article, ex)
    }

    /// The project's lexicon: `base` plus the analyst's actors and aliases.
    pub fn lexicon(&self, base: &Lexicon) -> Lexicon {
        self.book.lexicon(base)
    }
}
