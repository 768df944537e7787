//! The one place the workspace touches files and dialogs: the file state ([`Files`]: dialogs
//! behind a trait, per-user places, the recent list, background loads, prompts, problems,
//! autosave), and the flows that use it — new, open (with recovery and backup), save, import,
//! exports (`flows`, `save`, `import`, `export`, `interchange`, `recent`, `recovery`), and
//! where each asks (`browse`: the native dialog, else the app's own browser).

mod browse;
mod codebook_io;
pub mod dialogs;
mod export;
mod flows;
mod import;
pub mod interchange;
pub mod recent;
pub mod recovery;
mod save;

use crate::project::{ArticleId, Project};
use crate::workspace::command::FileCommand;
use crate::workspace::effects::dialogs::{Dialogs, NoDialogs};
use crate::workspace::effects::recent::Recent;
use crate::workspace::effects::recovery::Places;
use crate::workspace::loader::Job;
use crate::workspace::state::{
    BrowseRequest, ImportSummary, ListState, OpenFailure, Problem, RecoveryOffer, WindowRequest,
};
use std::collections::HashSet;
use std::path::PathBuf;

/// The app's file state.
pub struct Files {
    pub dialogs: Box<dyn Dialogs>,
    /// Where the recent list and recovery files live (`None`: nowhere, nothing is kept).
    pub places: Option<Places>,
    pub recent: Recent,
    /// What the app's file browser is asked, while it is shown.
    pub browse: Option<BrowseRequest>,
    /// The folder of the last file or folder chosen (where the browser starts next).
    pub last_dir: Option<PathBuf>,
    /// A command waiting for the project to be saved where the browser says.
    pub(crate) after_save: Option<FileCommand>,
    /// What the last `.qdpx` import took and left out, until closed.
    pub import_report: Option<ImportSummary>,
    pub open_error: Option<OpenFailure>,
    pub recovery_offer: Option<RecoveryOffer>,
    /// A command waiting for the answer to "unsaved changes".
    pub confirm: Option<FileCommand>,
    /// A project being opened that names articles outside its folder, waiting for the
    /// analyst's consent to read them.
    pub outside_consent: Option<Box<Project>>,
    pub job: Option<Job>,
    pub problems: Vec<Problem>,
    /// What a `.qdpx` import left out, listed again once the project it made has opened (opening
    /// lists that project's own problems in place of the old ones).
    pub(crate) carried: Vec<Problem>,
    pub show_problems: bool,
    /// Articles of the project that could not be read (not retried on every edit).
    pub unreadable: HashSet<ArticleId>,
    /// Seconds between autosaves of a dirty project.
    pub autosave_every: f64,
    pub(crate) last_autosave: Option<f64>,
    /// True once quitting was confirmed: the next close request goes through.
    pub allow_close: bool,
    pub(crate) window: Vec<WindowRequest>,
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
            browse: None,
            last_dir: None,
            after_save: None,
            import_report: None,
            open_error: None,
            recovery_offer: None,
            confirm: None,
            outside_consent: None,
            job: None,
            problems: Vec::new(),
            carried: Vec::new(),
            show_problems: false,
            unreadable: HashSet::new(),
            autosave_every: 60.0,
            last_autosave: None,
            allow_close: false,
            window: Vec::new(),
            title: String::new(),
            list: ListState::default(),
        }
    }
}

impl Files {
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
        self.browse.is_some()
            || self.import_report.is_some()
            || self.open_error.is_some()
            || self.recovery_offer.is_some()
            || self.confirm.is_some()
            || self.outside_consent.is_some()
    }

    /// Remembers `path` on top of the recent list (and writes the list).
    pub(crate) fn remember(&mut self, path: PathBuf) {
        self.recent.push(path);
        self.write_recent();
    }

    pub(crate) fn write_recent(&self) {
        if let Some(p) = &self.places {
            // A recent list that cannot be written is not worth bothering the analyst.
            let _ = self.recent.save(&p.recent_file());
        }
    }
}

/// `name` as a file name stem: what no common file system forbids is kept (letters, spaces,
/// accents, punctuation), path separators, reserved and control characters become `_`; never
/// empty, no leading or trailing space, dot or `_`.
pub fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| {
            if c.is_control() || r#"<>:"/\|?*"#.contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let stem = stem.trim_matches(|c: char| c == '_' || c == '.' || c.is_whitespace());
    if stem.is_empty() {
        "vigie".to_string()
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests {
    use crate::workspace::effects::file_stem;

    #[test]
    fn a_file_stem_keeps_what_file_systems_allow_and_never_leaves_the_folder() {
        assert_eq!(file_stem("Sans titre"), "Sans titre");
        assert_eq!(
            file_stem("Veille IA (Europe), déc."),
            "Veille IA (Europe), déc"
        );
        assert_eq!(file_stem("a/../b\\c:d"), "a_.._b_c_d");
        assert_eq!(file_stem(".."), "vigie");
        assert_eq!(file_stem("  \n "), "vigie");
    }
}
