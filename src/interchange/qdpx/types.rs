//! What `.qdpx` export and import take and give back: options, reports and errors.

use super::LeftOut;
use crate::extract::Entity;
use crate::project::ArticleId;
use std::collections::HashMap;
use std::path::PathBuf;

/// Written in the description of the engine's code branch, so that an import skips it.
pub const ENGINE_MARK: &str = "[vigie:engine]";

/// What to export besides the analyst's work.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// The engine's actor mentions per article (chars of the text as decoded), exported as the
    /// "Actors" code branch; empty for none. See [`ExportOptions::with_engine`].
    pub mentions: HashMap<ArticleId, Vec<Entity>>,
}

impl ExportOptions {
    /// The mentions found by the engine (with the project's corrections) in a loaded corpus,
    /// e.g. from [`crate::workspace::headless::from_open_project`].
    pub fn with_engine(corpus: &crate::chart::input::ChartCorpus) -> ExportOptions {
        ExportOptions {
            mentions: corpus
                .articles
                .iter()
                .map(|a| (a.id, a.extraction.entities.clone()))
                .collect(),
        }
    }
}

/// What an export wrote and what it left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    pub sources: usize,
    pub codes: usize,
    /// Tags written as coded selections.
    pub tags: usize,
    /// Tags re-anchored because their article's text changed since they were placed.
    pub reanchored: usize,
    pub mentions: usize,
    /// Codes renamed so that every name is unique across the codebook (see `names`).
    pub renamed: Vec<String>,
    /// Each article or tag left out, and why.
    pub left_out: Vec<LeftOut>,
}

/// What an import brought in and what it left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub articles: usize,
    /// Articles that are one of Vigie's bundled seeds (referenced as bundled, no file written).
    pub bundled: usize,
    pub themes: usize,
    pub tags: usize,
    /// Text files written next to the new project.
    pub files: Vec<PathBuf>,
    /// Each source, code, selection or coding left out (or taken otherwise), and why.
    pub left_out: Vec<LeftOut>,
}

/// Why a `.qdpx` could not be written or read. An import that fails writes nothing.
#[derive(Debug, thiserror::Error)]
pub enum QdpxError {
    #[error("Cannot read {path}: {source}.")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("This is not a readable REFI-QDA archive (.qdpx): {0}.")]
    Archive(String),
    #[error("The archive has no project.qde: it is not a REFI-QDA project.")]
    NoProjectXml,
    #[error("{entry} in the archive is too large ({size} bytes; at most {limit}).")]
    TooLarge {
        entry: String,
        size: u64,
        limit: u64,
    },
    #[error("project.qde is not well-formed XML: {0}.")]
    Xml(String),
    #[error("project.qde does not follow the REFI-QDA schema: {0}.")]
    Malformed(String),
    #[error("Cannot write {path}: {source}. Nothing was imported.")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Save(#[from] crate::project::SaveError),
}
