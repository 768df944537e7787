//! Where a file action asks: the native dialog when there is one, else the app's own file
//! browser (`Files::browse`, drawn by the UI, whose answer comes back as the same command the
//! dialog would have led to) — both pre-filled with a sensible folder and file name.

use crate::workspace::command::{BrowseKind, FileCommand};
use crate::workspace::core::Workspace;
use crate::workspace::effects::dialogs::Dialogs;
use crate::workspace::state::BrowseRequest;
use std::path::{Path, PathBuf};

/// The user's home folder, if known.
fn home() -> Option<PathBuf> {
    std::env::home_dir().filter(|h| h.is_dir())
}

impl Workspace {
    /// Asks the native dialog for `kind` (through `native`, given the pre-filled request), or
    /// when there is none, opens the app's browser: `None` then, as on a cancel.
    pub(super) fn ask<T>(
        &mut self,
        kind: BrowseKind,
        native: impl FnOnce(&mut dyn Dialogs, &BrowseRequest) -> Option<T>,
    ) -> Option<T> {
        let request = self.browse_request(kind);
        if self.files.dialogs.available() {
            self.files.dialogs.start_in(&request.dir);
            native(self.files.dialogs.as_mut(), &request)
        } else {
            self.files.browse = Some(request);
            None
        }
    }

    /// Opens the app's browser for `kind`, whatever the native dialogs.
    pub(super) fn open_browser(&mut self, kind: BrowseKind) {
        self.files.browse = Some(self.browse_request(kind));
    }

    /// `kind` with its folder and file name: the project's folder, else the last folder used
    /// (this session, else the latest recent project's), else home (for picking a file to read:
    /// the last folder first); the project's name.
    pub(crate) fn browse_request(&self, kind: BrowseKind) -> BrowseRequest {
        let project_dir = self.project.dir().map(Path::to_path_buf);
        // The last folder used, this session or (the latest recent project's) before.
        let last = self
            .files
            .last_dir
            .clone()
            .or_else(|| {
                let latest = self.files.recent.paths.first()?;
                latest.parent().map(Path::to_path_buf)
            })
            .filter(|d| d.is_dir());
        let dir = match &kind {
            BrowseKind::QdpxFolder(archive) => archive.parent().map(Path::to_path_buf),
            BrowseKind::Open | BrowseKind::ImportQdpx | BrowseKind::ImportCodebook => {
                last.or(project_dir)
            }
            _ => project_dir.or(last),
        }
        .filter(|d| !d.as_os_str().is_empty())
        .or_else(home)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default();
        let stem = super::file_stem(self.project.name());
        let name = match &kind {
            BrowseKind::SaveTo => format!("{stem}.vigie"),
            BrowseKind::Export(k) => super::interchange::suggested(*k, self.project.name()),
            BrowseKind::ExportChart(f) => {
                format!("{}.{}", super::file_stem(&self.charts.spec.name), f.ext())
            }
            _ => String::new(),
        };
        BrowseRequest {
            kind,
            dir,
            name,
            confirmed: false,
        }
    }

    /// True for the commands the app's browser answers with.
    pub(super) fn answers_browser(command: &FileCommand) -> bool {
        use FileCommand as F;
        matches!(
            command,
            F::OpenPath(_)
                | F::SaveTo(_)
                | F::AddPaths(_)
                | F::ExportChartTo(..)
                | F::ExportTo(..)
                | F::ImportQdpxFrom(_)
                | F::ImportCodebookFrom(_)
                | F::ImportQdpxInto { .. }
        )
    }

    /// Remembers the folder of what `command` names, where the browser starts next.
    pub(super) fn note_last_dir(&mut self, command: &FileCommand) {
        use FileCommand as F;
        let path = match command {
            F::OpenPath(p)
            | F::SaveTo(p)
            | F::ExportChartTo(_, p)
            | F::ExportTo(_, p)
            | F::ImportQdpxFrom(p)
            | F::ImportCodebookFrom(p) => p.parent(),
            F::AddPaths(v) => v.first().and_then(|p| p.parent()),
            F::ImportQdpxInto { folder, .. } => Some(folder.as_path()),
            _ => None,
        };
        if let Some(dir) = path.filter(|d| !d.as_os_str().is_empty()) {
            self.files.last_dir = Some(crate::project::paths::absolute(dir));
        }
    }
}
