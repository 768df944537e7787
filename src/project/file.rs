//! The `*.vigie` file: versioned JSON, atomic saves with a `.bak` of the previous version,
//! recovery files, and opening with clear errors (through [`migrate`](super::migrate)).

use super::charts::ViewState;
use super::errors::{OpenError, SaveError};
use super::history::History;
use super::model::{ArticleSource, Book, derived_guid};
use super::time::Timestamp;
use super::{Project, migrate, paths};
use crate::atomic_file;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The `"format"` field of every project file.
pub const FORMAT: &str = "vigie-project";
/// The format version this Vigie writes (and the newest it reads).
/// Version 3 adds optional fields that a version-2 Vigie would drop when saving (claim
/// corrections, categories, coders, memos on the project, articles and themes, article
/// attributes): it must say "newer version" instead of opening and losing them. Version 4
/// adds actor-kind corrections and the record of corrections a later one replaced, which a
/// version-3 Vigie would drop the same way.
pub const VERSION: u64 = 4;

/// The on-disk layout of version 2.
#[derive(Serialize, Deserialize)]
struct FileV2 {
    format: String,
    version: u64,
    name: String,
    /// Absent from files written before Vigie exported projects.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    guid: String,
    created: Timestamp,
    modified: Timestamp,
    /// Set in recovery files: the project file they stand in for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recovery_of: Option<String>,
    #[serde(flatten)]
    book: Book,
    #[serde(default)]
    view: ViewState,
}

/// Rewrites every article path of `book` with `f`.
fn map_paths(book: &Book, f: impl Fn(&str) -> String) -> Book {
    let mut b = book.clone();
    for a in &mut b.corpus {
        if let ArticleSource::Path(p) = &mut a.source {
            *p = f(p);
        }
    }
    b
}

/// The largest project file Vigie opens (a 100 000-tag project is about 60 MB).
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Version 2 as read: the book's fields spelled out rather than flattened, so that reading never
/// buffers the whole file as a JSON tree (unknown fields are skipped, not kept): memory stays in
/// proportion to what the project holds, whatever junk the file carries.
#[derive(Deserialize)]
struct FileV2In {
    name: String,
    #[serde(default)]
    guid: String,
    created: Timestamp,
    modified: Timestamp,
    #[serde(default)]
    recovery_of: Option<String>,
    #[serde(default)]
    corpus: Vec<super::model::Article>,
    #[serde(default)]
    themes: Vec<super::model::Theme>,
    #[serde(default)]
    tags: Vec<super::model::Tag>,
    #[serde(default)]
    corrections: Vec<super::correction::Correction>,
    #[serde(default)]
    lexicon_additions: Vec<crate::extract::lexicon::Actor>,
    #[serde(default)]
    replaced: Vec<super::supersede::Replaced>,
    #[serde(default)]
    charts: Vec<super::charts::ChartSpec>,
    #[serde(default)]
    coder: String,
    #[serde(default)]
    memo: String,
    #[serde(default)]
    next_id: Option<u64>,
    #[serde(default)]
    view: ViewState,
}

impl FileV2In {
    fn into_file(self) -> FileV2 {
        FileV2 {
            format: FORMAT.to_string(),
            version: VERSION,
            name: self.name,
            guid: self.guid,
            created: self.created,
            modified: self.modified,
            recovery_of: self.recovery_of,
            book: Book {
                corpus: self.corpus,
                themes: self.themes,
                tags: self.tags,
                corrections: self.corrections,
                lexicon_additions: self.lexicon_additions,
                replaced: self.replaced,
                charts: self.charts,
                coder: self.coder,
                memo: self.memo,
                next_id: self.next_id.unwrap_or(1),
            },
            view: self.view,
        }
    }
}

/// The two fields read first; everything else is skipped without being kept.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

/// Parses a project file's bytes (paths still as stored). Errors carry no backup yet.
fn parse(bytes: &[u8]) -> Result<FileV2, OpenError> {
    // A byte-order mark is what some editors put before JSON: not a reason to refuse it.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let Some(first) = first else {
        return Err(OpenError::Truncated { backup: None });
    };
    // Junk is refused at its first byte, before anything is parsed.
    if *first != b'{' {
        return Err(OpenError::Foreign {
            found: None,
            backup: None,
        });
    }
    let corrupt = |detail: String| OpenError::Corrupt {
        detail,
        backup: None,
    };
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_eof() {
            OpenError::Truncated { backup: None }
        } else if e.is_data() {
            OpenError::Foreign {
                found: None,
                backup: None,
            }
        } else {
            corrupt(e.to_string())
        }
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(OpenError::Foreign {
            found: header.format,
            backup: None,
        });
    }
    let version = header
        .version
        .filter(|&v| v >= 1)
        .ok_or_else(|| corrupt("it has no valid format version".into()))?;
    if version > VERSION {
        return Err(OpenError::Newer {
            found: version,
            supported: VERSION,
            backup: None,
        });
    }
    // Version 2 and 3 files read as the current version (which only adds optional fields).
    if version >= 2 {
        return serde_json::from_slice::<FileV2In>(bytes)
            .map(FileV2In::into_file)
            .map_err(|e| corrupt(e.to_string()));
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string()))?;
    let value = migrate::migrate(value, version).map_err(corrupt)?;
    serde_json::from_value(value).map_err(|e| corrupt(e.to_string()))
}

/// Reads a project file, never more than [`MAX_BYTES`], regular files only.
fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    Ok(crate::safe_read::read(path, MAX_BYTES)?)
}

/// A quick check that `bytes` are a whole project file of a version this Vigie reads (decides
/// whether the file being replaced is worth keeping as the backup).
fn is_project(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice::<Header>(bytes).is_ok_and(|h| {
        h.format.as_deref() == Some(FORMAT) && h.version.is_some_and(|v| (1..=VERSION).contains(&v))
    })
}

/// The backup of a project file (`name.vigie.bak`), when it exists and opens.
pub fn backup_path(project: &Path) -> Option<PathBuf> {
    let mut name = project.file_name()?.to_os_string();
    name.push(".bak");
    let bak = project.with_file_name(name);
    let bytes = read_file(&bak).ok()?;
    parse(&bytes).ok().map(|_| bak)
}

/// True when `recovery` exists, opens, and was written after `project` (or `project` is gone).
pub fn recovery_is_newer(project: &Path, recovery: &Path) -> bool {
    let mtime = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(rec) = mtime(recovery) else {
        return false;
    };
    if mtime(project).is_some_and(|p| p >= rec) {
        return false;
    }
    read_file(recovery).is_ok_and(|b| parse(&b).is_ok())
}

/// Deletes a recovery file (after a save, or when the analyst declines it). Missing is fine.
pub fn discard_recovery(recovery: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(recovery) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

impl Project {
    /// Opens a project file. On error nothing on disk is touched, and the error says whether a
    /// backup can be opened instead.
    pub fn open(path: &Path) -> Result<Project, OpenError> {
        // Temp files left by a save that was interrupted are of no use to anyone.
        atomic_file::clear_stale(path);
        let mut bak = path.as_os_str().to_os_string();
        bak.push(".bak");
        atomic_file::clear_stale(Path::new(&bak));
        Project::open_as(path, path).map(|mut p| {
            p.history.mark_saved();
            p.meta_dirty = false;
            p
        })
    }

    /// Opens a recovery file standing in for the project file `project` (which may not exist):
    /// the result belongs to `project` and is dirty until saved.
    pub fn open_recovery(recovery: &Path, project: &Path) -> Result<Project, OpenError> {
        let mut p = Project::open_as(recovery, project)?;
        p.history.mark_unsaved();
        p.meta_dirty = true;
        Ok(p)
    }

    fn open_as(file: &Path, project: &Path) -> Result<Project, OpenError> {
        let with_backup = |mut e: OpenError| {
            e.set_backup(backup_path(file));
            e
        };
        let bytes = read_file(file).map_err(|source| {
            with_backup(OpenError::Io {
                path: file.to_path_buf(),
                source,
                backup: None,
            })
        })?;
        Project::from_bytes(&bytes, project).map_err(with_backup)
    }

    /// A project from the bytes of a project file, as if read from `project` (article paths
    /// are relative to its folder). Nothing is read from disk but the paths' kind (to tell the
    /// articles outside the project's folder).
    pub fn from_bytes(bytes: &[u8], project: &Path) -> Result<Project, OpenError> {
        let f = parse(bytes)?;
        let project = paths::absolute(project);
        let dir = project.parent().map(Path::to_path_buf);
        // Files from before GUIDs were stored get derived ones: the same at every opening until
        // the next save stores them.
        let guid = if f.guid.is_empty() {
            derived_guid("", &format!("vigie-project:{}", f.created.0))
        } else {
            f.guid
        };
        let mut book = map_paths(&f.book, |p| {
            paths::to_stored(None, &paths::resolve(dir.as_deref(), p))
        });
        for a in book.corpus.iter_mut().filter(|a| a.guid.is_empty()) {
            a.guid = derived_guid(&guid, &format!("article:{}", a.id));
        }
        // A project file may come from anywhere: its paths are not trusted to leave its folder.
        let outside = book
            .corpus
            .iter()
            .filter(|a| match (&a.source, dir.as_deref()) {
                (ArticleSource::Path(p), Some(dir)) => !paths::is_inside(dir, Path::new(p)),
                (ArticleSource::Path(_), None) => true,
                (ArticleSource::Bundled(_), _) => false,
            })
            .map(|a| a.id)
            .collect();
        Ok(Project {
            name: f.name,
            guid,
            created: f.created,
            modified: f.modified,
            book,
            view: f.view,
            path: Some(project),
            history: History::default(),
            meta_dirty: false,
            outside,
        })
    }

    /// The file's bytes with article paths relative to `dir`.
    fn encode(
        &self,
        dir: Option<&Path>,
        modified: Timestamp,
        recovery_of: Option<String>,
    ) -> Result<Vec<u8>, SaveError> {
        let file = FileV2 {
            format: FORMAT.to_string(),
            version: VERSION,
            name: self.name.clone(),
            guid: self.guid.clone(),
            created: self.created,
            modified,
            recovery_of,
            book: map_paths(&self.book, |p| paths::to_stored(dir, Path::new(p))),
            view: self.view.clone(),
        };
        Ok(serde_json::to_vec_pretty(&file)?)
    }

    /// Saves to the project's file (see [`Project::save_as`]).
    pub fn save(&mut self) -> Result<(), SaveError> {
        let path = self.path.clone().ok_or(SaveError::NoPath)?;
        self.save_as(&path)
    }

    /// Saves atomically to `path`, which becomes the project's file. A previous valid project
    /// file there is first kept as `path.bak`.
    pub fn save_as(&mut self, path: &Path) -> Result<(), SaveError> {
        let path = paths::absolute(path);
        let modified = Timestamp::now();
        let bytes = self.encode(path.parent(), modified, None)?;
        if let Ok(old) = read_file(&path)
            && is_project(&old)
        {
            let mut bak = path.clone().into_os_string();
            bak.push(".bak");
            atomic_file::write(Path::new(&bak), &old)?;
        }
        atomic_file::write(&path, &bytes)?;
        self.modified = modified;
        self.path = Some(path);
        self.history.mark_saved();
        self.meta_dirty = false;
        Ok(())
    }

    /// Writes a recovery copy to `path` (chosen by the UI) without touching the project file,
    /// its backup or the dirty flag.
    pub fn save_recovery(&self, path: &Path) -> Result<(), SaveError> {
        let of = self
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned());
        let bytes = self.encode(self.dir(), Timestamp::now(), of)?;
        Ok(atomic_file::write(path, &bytes)?)
    }
}
