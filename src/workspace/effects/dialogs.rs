//! The system file dialogs, behind a trait: the app uses rfd (XDG portal on Linux), tests a
//! scripted fake. Every dialog returns `None` when cancelled or when there is no dialog at all
//! (no portal): the in-app path prompt is always there as the other way in.

use std::path::{Path, PathBuf};

/// Asks the analyst for files and folders.
pub trait Dialogs {
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
    /// Where to write an export (`suggested` is a file name ending in `.ext`).
    fn export_file(&mut self, suggested: &str, ext: &str) -> Option<PathBuf> {
        let _ = (suggested, ext);
        None
    }
}

/// No dialogs at all (the default until the app installs real ones): every call is a cancel.
#[derive(Debug, Default)]
pub struct NoDialogs;

impl Dialogs for NoDialogs {
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
