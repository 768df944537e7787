//! Files and projects in the app: the File menu's commands (new, open, save, import), the
//! dialogs behind a trait, the recent list, autosave and recovery, background loading with
//! its progress bar, and the Problems panel. Every file side effect of the UI happens here, in
//! [`VigieApp::apply_file`](crate::ui::VigieApp::apply_file) and the frame's poll.

pub mod dialogs;
mod export;
mod flows;
mod import;
pub mod interchange;
pub mod jobs;
pub mod recent;
pub mod recovery;
mod save;
mod view;

pub use dialogs::{Dialogs, NoDialogs, RfdDialogs};
pub use recovery::Places;
pub use view::{menu_bar, panels, shortcuts, show_overlays};

use crate::project::ArticleId;
use crate::ui::sidebar::ListState;
use jobs::Job;
use recent::Recent;
use std::collections::HashSet;
use std::path::PathBuf;

/// What the analyst can ask of files and projects.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCommand {
    /// A new, empty project (asks first when there are unsaved changes).
    New,
    /// Pick a project with the dialog, then open it.
    Open,
    /// Open this project file (asks first when there are unsaved changes).
    OpenPath(PathBuf),
    /// Open the backup of a project that would not open.
    OpenBackup {
        backup: PathBuf,
        original: PathBuf,
    },
    Save,
    /// Pick where to save with the dialog.
    SaveAs,
    SaveTo(PathBuf),
    AddFolder,
    AddFiles,
    /// Add these files and folders to the project (in the background).
    AddPaths(Vec<PathBuf>),
    /// Show the in-app path prompt.
    Prompt(PromptKind),
    ClosePrompt,
    CancelLoad,
    /// Answer to the recovery offer.
    Recover,
    DiscardRecovery,
    /// Answer to "unsaved changes".
    Confirm(Answer),
    DismissOpenError,
    ToggleProblems,
    ClearProblems,
    /// Write the recovery file now (what the autosave timer does).
    Autosave,
    Quit,
    SetFilter(String),
    SetSort(crate::ui::sidebar::Sort),
    /// Export the chart being edited: pick where with the dialog.
    ExportChart(crate::ui::charts::ChartFormat),
    /// Export the chart being edited to this file.
    ExportChartTo(crate::ui::charts::ChartFormat, PathBuf),
    /// File ▸ Export: pick where with the dialog.
    Export(interchange::ExportKind),
    ExportTo(interchange::ExportKind, PathBuf),
    /// File ▸ Import ▸ REFI-QDA: pick the file with the dialog.
    ImportQdpx,
    ImportQdpxFrom(PathBuf),
}

/// What the path prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Open,
    SaveTo,
    Add,
    /// Where to export the chart being edited.
    ExportChart(crate::ui::charts::ChartFormat),
    /// Where File ▸ Export writes.
    Export(interchange::ExportKind),
    /// The `.qdpx` to import.
    ImportQdpx,
}

/// Answers to "save the unsaved changes first?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Save,
    DontSave,
    Cancel,
}

/// The in-app path prompt (a modal with one labelled path field).
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    pub kind: PromptKind,
    pub text: String,
}

/// A project that would not open: what the analyst is told, and its backup if any.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenFailure {
    pub path: PathBuf,
    pub message: String,
    pub backup: Option<PathBuf>,
}

/// Unsaved work found at start (or when opening): a recovery file newer than its project.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryOffer {
    pub recovery: PathBuf,
    /// The project it stands in for (`None`: a project never saved).
    pub project: Option<PathBuf>,
}

/// A file or article that could not be read, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    pub reason: String,
    /// Set for an article of the project (it stays in the project).
    pub article: Option<ArticleId>,
}

/// The app's file state.
pub struct Files {
    pub dialogs: Box<dyn Dialogs>,
    /// Where the recent list and recovery files live (`None`: nowhere, nothing is kept).
    pub places: Option<Places>,
    pub recent: Recent,
    pub prompt: Option<PathPrompt>,
    pub open_error: Option<OpenFailure>,
    pub recovery_offer: Option<RecoveryOffer>,
    /// A command waiting for the answer to "unsaved changes".
    pub confirm: Option<FileCommand>,
    pub job: Option<Job>,
    pub problems: Vec<Problem>,
    pub show_problems: bool,
    /// Articles of the project that could not be read (not retried on every edit).
    pub unreadable: HashSet<ArticleId>,
    /// Seconds between autosaves of a dirty project.
    pub autosave_every: f64,
    pub(crate) last_autosave: Option<f64>,
    /// True once quitting was confirmed: the next close request goes through.
    pub allow_close: bool,
    pub(crate) viewport: Vec<egui::ViewportCommand>,
    pub(crate) title: String,
    /// The article list's filter and sort.
    pub list: ListState,
}

impl Default for Files {
    fn default() -> Self {
        Files {
            dialogs: Box::new(NoDialogs),
            places: None,
            recent: Recent::default(),
            prompt: None,
            open_error: None,
            recovery_offer: None,
            confirm: None,
            job: None,
            problems: Vec::new(),
            show_problems: false,
            unreadable: HashSet::new(),
            autosave_every: 60.0,
            last_autosave: None,
            allow_close: false,
            viewport: Vec::new(),
            title: String::new(),
            list: ListState::default(),
        }
    }
}

impl Files {
    /// Real dialogs and the per-user folders (what `vigie` runs with).
    pub fn user() -> Files {
        let places = Places::user();
        Files {
            recent: places
                .as_ref()
                .map(|p| Recent::load(&p.recent_file()))
                .unwrap_or_default(),
            places,
            dialogs: Box::new(RfdDialogs),
            ..Files::default()
        }
    }

    /// Fake dialogs and folders of the caller's choosing (tests).
    pub fn with(dialogs: Box<dyn Dialogs>, places: Places) -> Files {
        Files {
            recent: Recent::load(&places.recent_file()),
            places: Some(places),
            dialogs,
            ..Files::default()
        }
    }

    /// True while articles are being read in the background.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// True when a modal of this module is open (shortcuts of the app wait).
    pub fn modal_open(&self) -> bool {
        self.prompt.is_some()
            || self.open_error.is_some()
            || self.recovery_offer.is_some()
            || self.confirm.is_some()
    }

    /// Remembers `path` on top of the recent list (and writes the list).
    fn remember(&mut self, path: PathBuf) {
        self.recent.push(path);
        self.write_recent();
    }

    fn write_recent(&self) {
        if let Some(p) = &self.places {
            // A recent list that cannot be written is not worth bothering the analyst.
            let _ = self.recent.save(&p.recent_file());
        }
    }
}

/// `name` as a file name stem: letters, digits and `-` kept, the rest `_` (never empty).
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stem = stem.trim_matches('_');
    if stem.is_empty() {
        "vigie".to_string()
    } else {
        stem.to_string()
    }
}
