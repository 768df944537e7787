//! Writing a file atomically, the one way Vigie writes every file: a temp file in the same folder,
//! written and flushed to disk, renamed over the target, then the folder flushed too, so that the
//! target is always either the old file or the whole new one, even if the power goes.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file could not be written; the old file (if any) is unchanged and no temp file is left.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct WriteError {
    /// The file that was to be written.
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

impl From<WriteError> for std::io::Error {
    fn from(e: WriteError) -> std::io::Error {
        std::io::Error::new(e.source.kind(), e)
    }
}

/// Writes `bytes` to `path`, replacing the file there (its permissions are kept).
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with(path, Mode::Replace, |f| f.write_all(bytes))
}

/// Writes `bytes` to a new file at `path`; fails (`AlreadyExists`) rather than replace one.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with(path, Mode::New, |f| f.write_all(bytes))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Replace,
    New,
}

/// The one implementation: `fill` writes the content into the temp file. On any error the temp
/// file is removed (dropping it deletes it) and `path` is untouched.
fn write_with(
    path: &Path,
    mode: Mode,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let err = |source: std::io::Error| WriteError {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let prefix = format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    fill(tmp.as_file_mut()).map_err(err)?;
    // A temp file is private (0600); the new file keeps the permissions of the one it replaces,
    // or gets the usual ones for a document.
    let perms = match std::fs::metadata(path) {
        Ok(m) if mode == Mode::Replace => Some(m.permissions()),
        _ => default_permissions(),
    };
    if let Some(p) = perms {
        tmp.as_file().set_permissions(p).map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    match mode {
        Mode::Replace => tmp.persist(path).map_err(|e| err(e.error))?,
        Mode::New => tmp.persist_noclobber(path).map_err(|e| err(e.error))?,
    };
    sync_dir(dir);
    Ok(())
}

/// Makes the rename itself durable. Best effort: the file is already in place, and some
/// platforms (Windows) and file systems cannot open or flush a folder.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Read/write for the owner, read for the others (unix), what a new document usually gets.
#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names in `dir`, sorted.
    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a.vigie");
        write(&file, b"old, and longer than the new one").expect("first write");
        write(&file, b"new").expect("second write");
        assert_eq!(std::fs::read(&file).expect("read"), b"new");
        assert_eq!(names(dir.path()), ["a.vigie"]);
    }

    #[test]
    fn a_write_that_fails_midway_leaves_the_old_file_and_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("chart.svg");
        write(&file, b"<svg>old</svg>").expect("write");
        let e = write_with(&file, Mode::Replace, |f| {
            f.write_all(b"<svg>ha")?;
            Err(std::io::Error::other("disk full"))
        })
        .expect_err("the write fails");
        assert_eq!(e.path, file);
        assert!(e.to_string().ends_with("chart.svg: disk full"), "{e}");
        assert_eq!(std::fs::read(&file).expect("read"), b"<svg>old</svg>");
        assert_eq!(names(dir.path()), ["chart.svg"]);
    }

    #[test]
    fn write_new_never_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("article.txt");
        write_new(&file, b"first").expect("new file");
        let e = write_new(&file, b"second").expect_err("the file exists");
        assert_eq!(e.source.kind(), std::io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&file).expect("read"), b"first");
        assert_eq!(names(dir.path()), ["article.txt"]);
    }

    #[test]
    fn a_missing_folder_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("no/such/folder/x.csv");
        let e = write(&file, b"x").expect_err("no folder");
        assert_eq!(e.source.kind(), std::io::ErrorKind::NotFound);
        assert!(e.to_string().contains("x.csv"), "{e}");
        assert!(names(dir.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_or_usual() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        let file = dir.path().join("p.vigie");
        write(&file, b"1").expect("write");
        assert_eq!(mode(&file), 0o644);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        write(&file, b"2").expect("write");
        assert_eq!(mode(&file), 0o600);
    }
}
