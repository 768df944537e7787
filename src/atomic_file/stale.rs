//! The temp files of interrupted writes: named `.<file>.<6 random>.tmp` beside the file, and
//! cleared at the next write (or opening) once old enough not to belong to a write under way.

use std::path::Path;
use std::time::{Duration, SystemTime};

/// The end of every temp file's name.
pub(super) const SUFFIX: &str = ".tmp";
/// Random characters in a temp file's name.
pub(super) const RAND_LEN: usize = 6;
/// A temp file older than this is left over from a write that never finished (a save of a very
/// large project takes seconds).
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// The start of the temp files' names for `target`.
pub(super) fn prefix(target: &Path) -> String {
    format!(
        ".{}.",
        target.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// True for a name Vigie gives the temp files of `target` (prefix, random part, suffix).
fn is_temp_name(name: &str, prefix: &str) -> bool {
    name.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(SUFFIX))
        .is_some_and(|r| r.len() == RAND_LEN && r.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Removes the temp files left beside `target` by writes that were interrupted (a crash, a
/// kill, a power cut): regular files of Vigie's temp naming for `target`, older than a few
/// minutes. Best effort: a file that cannot be removed stays. Returns how many were removed.
pub fn clear_stale(target: &Path) -> usize {
    clear_older_than(target, STALE_AFTER)
}

pub(super) fn clear_older_than(target: &Path, age: Duration) -> usize {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let prefix = prefix(target);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !is_temp_name(&name.to_string_lossy(), &prefix) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: only regular files are removed.
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|a| a >= age);
        if meta.is_file() && old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}
