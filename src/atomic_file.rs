//! Writing a file atomically, the one way Vigie writes every file: a temp file in the same folder,
//! written and flushed to disk, renamed over the target, then the folder flushed too, so that the
//! target is always either the old file or the whole new one, even if the power goes.
//!
//! A symbolic link is written through (its final target is replaced, the link stays), and only
//! a regular file (or nothing) is ever replaced: never a device, a pipe or a folder. Temp files
//! of a save that was interrupted are cleared at the next write to the same file
//! ([`clear_stale`]).

mod stale;
#[cfg(test)]
mod tests;

pub use stale::clear_stale;

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

/// Writes `bytes` to `path`, replacing the file there (its permissions are kept). When `path` is
/// a symbolic link, the file it leads to is replaced.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with(path, Mode::Replace, |f| f.write_all(bytes), &Disk)
}

/// Writes `bytes` to a new file at `path`; fails (`AlreadyExists`) rather than replace one.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with(path, Mode::New, |f| f.write_all(bytes), &Disk)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Replace,
    New,
}

/// The steps that make a write durable, behind a trait so that a test can record their order
/// (write, flush the file, rename, flush the folder) and fail if one goes missing.
trait Steps {
    /// Flushes the temp file's content to disk.
    fn sync_file(&self, file: &File) -> std::io::Result<()>;
    /// Renames the temp file over (or, for a new file, to) `target`.
    fn rename(
        &self,
        tmp: tempfile::NamedTempFile,
        target: &Path,
        mode: Mode,
    ) -> std::io::Result<()>;
    /// Flushes the folder, which makes the rename itself durable.
    fn sync_dir(&self, dir: &Path);
}

/// The real steps.
struct Disk;

impl Steps for Disk {
    fn sync_file(&self, file: &File) -> std::io::Result<()> {
        file.sync_all()
    }

    fn rename(
        &self,
        tmp: tempfile::NamedTempFile,
        target: &Path,
        mode: Mode,
    ) -> std::io::Result<()> {
        match mode {
            Mode::Replace => tmp.persist(target).map(drop).map_err(|e| e.error),
            Mode::New => tmp.persist_noclobber(target).map(drop).map_err(|e| e.error),
        }
    }

    /// Best effort: the file is already in place, and some platforms (Windows) and file systems
    /// cannot open or flush a folder.
    fn sync_dir(&self, dir: &Path) {
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

/// Symbolic links followed at most (a loop of links is an error, not a hang).
const MAX_LINKS: usize = 40;

/// The file a write to `path` replaces: `path` itself, or the final target of the symbolic
/// links it is. Refuses (`InvalidInput`) anything that exists and is not a regular file.
fn destination(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let meta = match std::fs::symlink_metadata(&p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(p),
            other => other?,
        };
        if meta.file_type().is_symlink() {
            let to = std::fs::read_link(&p)?;
            p = match p.parent() {
                Some(dir) if to.is_relative() => dir.join(to),
                _ => to,
            };
        } else if meta.is_file() {
            return Ok(p);
        } else {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "not a regular file: Vigie only replaces files (not devices, pipes or folders)",
            ));
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        "too many symbolic links",
    ))
}

/// The one implementation: `fill` writes the content into the temp file. On any error the temp
/// file is removed (dropping it deletes it) and `path` is untouched.
fn write_with(
    path: &Path,
    mode: Mode,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
    steps: &dyn Steps,
) -> Result<(), WriteError> {
    let err = |source: std::io::Error| WriteError {
        path: path.to_path_buf(),
        source,
    };
    // A new file is never written through a link (`persist_noclobber` refuses any name taken).
    let target = match mode {
        Mode::Replace => destination(path).map_err(err)?,
        Mode::New => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    clear_stale(&target);
    let mut tmp = tempfile::Builder::new()
        .prefix(&stale::prefix(&target))
        .suffix(stale::SUFFIX)
        .rand_bytes(stale::RAND_LEN)
        .tempfile_in(dir)
        .map_err(err)?;
    fill(tmp.as_file_mut()).map_err(err)?;
    // A temp file is private (0600); the new file keeps the permissions of the one it replaces,
    // or gets the usual ones for a document.
    let perms = match std::fs::metadata(&target) {
        Ok(m) if mode == Mode::Replace => Some(m.permissions()),
        _ => default_permissions(),
    };
    if let Some(p) = perms {
        tmp.as_file().set_permissions(p).map_err(err)?;
    }
    steps.sync_file(tmp.as_file()).map_err(err)?;
    steps.rename(tmp, &target, mode).map_err(err)?;
    steps.sync_dir(dir);
    Ok(())
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
