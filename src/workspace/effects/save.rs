//! Saving: save, save as (dialog or the app's browser), the recovery file written by autosave and
//! discarded by a clean save or quit.

use crate::project::{discard_recovery, paths};
use crate::workspace::command::BrowseKind;
use crate::workspace::core::Workspace;
use std::path::{Path, PathBuf};

impl Workspace {
    /// Saves to the project's file, or asks where; true when saved.
    pub(super) fn save(&mut self) -> bool {
        match self.project.path().map(Path::to_path_buf) {
            Some(p) => self.save_to(p),
            None => self.save_as_dialog(),
        }
    }

    /// Asks where to save (the native dialog, else the app's browser: then nothing is saved
    /// yet); true when saved.
    pub(super) fn save_as_dialog(&mut self) -> bool {
        let chosen = self.ask(BrowseKind::SaveTo, |d, r| {
            d.save_project_as(&r.name, Some(&r.dir))
        });
        chosen.is_some_and(|p| self.save_to(p))
    }

    pub(super) fn save_to(&mut self, path: PathBuf) -> bool {
        let mut path = paths::absolute(&path);
        if path.extension().is_none_or(|e| e != "vigie") {
            let mut s = path.into_os_string();
            s.push(".vigie");
            path = PathBuf::from(s);
        }
        let untitled = crate::i18n::Lang::ALL
            .iter()
            .any(|l| l.edit().untitled == self.project.name() || self.project.name().is_empty());
        if untitled && let Some(stem) = path.file_stem() {
            self.project.set_name(&stem.to_string_lossy());
        }
        let old_recovery = self.recovery_file();
        self.store_view();
        match self.project.save_as(&path) {
            Ok(()) => {
                if let Some(old) = old_recovery {
                    let _ = discard_recovery(&old);
                }
                self.discard_own_recovery();
                self.files.remember(path.clone());
                let msg = format!("{} {}", self.lang.files().saved_to, path.display());
                self.inform(msg);
                true
            }
            Err(e) => {
                let msg = format!("{}: {e}", self.lang.files().cannot_save);
                self.report_error(msg);
                false
            }
        }
    }

    fn recovery_file(&self) -> Option<PathBuf> {
        let places = self.files.places.as_ref()?;
        Some(places.recovery_file(self.project.path()))
    }

    pub(super) fn discard_own_recovery(&mut self) {
        if let Some(f) = self.recovery_file() {
            let _ = discard_recovery(&f);
        }
    }

    pub(super) fn autosave(&mut self) {
        if self.files.places.is_none() {
            return;
        }
        self.store_view();
        let Some(places) = &self.files.places else {
            return;
        };
        if let Err(e) = places.autosave(&self.project) {
            let msg = format!("{}: {e}", self.lang.files().cannot_save);
            self.report_error(msg);
        }
    }

    /// Writes the recovery file when the project has been dirty for `autosave_every` seconds.
    pub(super) fn autosave_tick(&mut self, now: f64) {
        if self.files.places.is_none() || !self.project.is_dirty() {
            self.files.last_autosave = None;
            return;
        }
        let since = *self.files.last_autosave.get_or_insert(now);
        if now - since >= self.files.autosave_every {
            self.autosave();
            self.files.last_autosave = Some(now);
        }
    }
}
