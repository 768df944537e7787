//! The system file dialogs, behind a trait: the app uses rfd (XDG portal on Linux), tests a
//! scripted fake. A dialog returns `None` when cancelled; when there is no dialog at all (no
//! portal: [`Dialogs::available`] is false) the workspace asks through the app's own file
//! browser instead (`Files::browse`).

use std::path::{Path, PathBuf};

/// Asks the analyst for files and folders.
pub trait Dialogs {
    /// False when there is no native dialog at all (no desktop portal): then none is asked,
    /// the app's own file browser stands in.
    fn available(&mut self) -> bool {
        true
    }
    /// The folder the next dialog starts in (the workspace's choice: the project's folder,
    /// the last used, home).
    fn start_in(&mut self, dir: &Path) {
        let _ = dir;
    }
    /// A `*.vigie` project to open.
    fn open_project(&mut self) -> Option<PathBuf>;
    /// Where to save the project (`suggested` is a file name).
    fn save_project_as(&mut self, suggested: &str, dir: Option<&Path>) -> Option<PathBuf>;
    /// A folder of articles to add.
    fn open_folder(&mut self) -> Option<PathBuf>;
    /// Article files to add.
    fn add_files(&mut self) -> Option<Vec<PathBuf>>;
    /// A file to read, of extension `ext`.
    fn open_file(&mut self, ext: &str) -> Option<PathBuf> {
        let _ = ext;
        None
    }
    /// A folder to put something in, starting in `dir`.
    fn choose_folder(&mut self, dir: &Path) -> Option<PathBuf> {
        let _ = dir;
        self.open_folder()
    }
    /// Where to write an export (`suggested` is a file name ending in `.ext`).
    fn export_file(&mut self, suggested: &str, ext: &str) -> Option<PathBuf> {
        let _ = (suggested, ext);
        None
    }
}

/// No dialogs at all (the default until the app installs real ones): unavailable, every
/// call is a cancel.
#[derive(Debug, Default)]
pub struct NoDialogs;

impl Dialogs for NoDialogs {
    fn available(&mut self) -> bool {
        false
    }
    fn open_project(&mut self) -> Option<PathBuf> {
        None
    }
    fn save_project_as(&mut self, _: &str, _: Option<&Path>) -> Option<PathBuf> {
        None
    }
    fn open_folder(&mut self) -> Option<PathBuf> {
        None
    }
    fn add_files(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
}
