//! The native file dialogs (rfd: the XDG portal on Linux) behind the workspace's
//! [`Dialogs`] trait, each starting in the folder the workspace chose.

use crate::workspace::effects::dialogs::Dialogs;
use std::path::{Path, PathBuf};

/// The native dialogs (rfd).
#[derive(Debug, Default)]
pub struct RfdDialogs {
    /// Where the next dialog starts.
    dir: Option<PathBuf>,
}

const PROJECT_EXT: [&str; 1] = ["vigie"];

impl RfdDialogs {
    /// A dialog starting in the folder asked last.
    fn dialog(&self) -> rfd::FileDialog {
        let d = rfd::FileDialog::new();
        match &self.dir {
            Some(dir) => d.set_directory(dir),
            None => d,
        }
    }
}

impl Dialogs for RfdDialogs {
    fn available(&mut self) -> bool {
        super::portal::available()
    }

    fn start_in(&mut self, dir: &Path) {
        self.dir = Some(dir.to_path_buf());
    }

    fn open_project(&mut self) -> Option<PathBuf> {
        self.dialog().add_filter("Vigie", &PROJECT_EXT).pick_file()
    }

    fn save_project_as(&mut self, suggested: &str, dir: Option<&Path>) -> Option<PathBuf> {
        let mut d = self
            .dialog()
            .add_filter("Vigie", &PROJECT_EXT)
            .set_file_name(suggested);
        if let Some(dir) = dir {
            d = d.set_directory(dir);
        }
        d.save_file()
    }

    fn open_folder(&mut self) -> Option<PathBuf> {
        self.dialog().pick_folder()
    }

    fn choose_folder(&mut self, dir: &Path) -> Option<PathBuf> {
        rfd::FileDialog::new().set_directory(dir).pick_folder()
    }

    fn add_files(&mut self) -> Option<Vec<PathBuf>> {
        self.dialog()
            .add_filter("Articles", crate::corpus::SUPPORTED_EXTENSIONS)
            .pick_files()
    }

    fn open_file(&mut self, ext: &str) -> Option<PathBuf> {
        self.dialog()
            .add_filter(ext.to_uppercase(), &[ext])
            .pick_file()
    }

    fn export_file(&mut self, suggested: &str, ext: &str) -> Option<PathBuf> {
        self.dialog()
            .add_filter(ext.to_uppercase(), &[ext])
            .set_file_name(suggested)
            .save_file()
    }
}
