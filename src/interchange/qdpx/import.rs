//! Import: a `.qdpx` becomes a new project — plain-text sources become articles (files written
//! next to it, or bundled seeds), codes become themes, coded selections become tags. Everything
//! is read and checked first; files are written last, and removed again if one write fails.

use super::read::{self, Parsed, ParsedSource, SourceKind};
use super::{ImportReport, LeftOut, QdpxError, SourceWhy, archive::Archive, codebook, lines};
use crate::atomic_file;
use crate::corpus::SEEDS;
use crate::project::articles::bundled_text;
use crate::project::{ArticleSource, Project, Timestamp, paths};
use std::collections::HashSet;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};

/// A source accepted for import.
pub(super) struct Accepted {
    pub guid: String,
    pub label: String,
    pub source: ArticleSource,
    /// The text as the archive holds it, and with `\n` line endings (what the article becomes).
    pub raw: String,
    pub norm: lines::Normalized,
    /// Index into `Parsed::sources`.
    pub index: usize,
}

/// Files to write: (path, text).
type Writes = Vec<(PathBuf, String)>;

/// Reads the `.qdpx` at `path` into a new, unsaved project whose articles are text files
/// written in `dest_dir` (created if needed; existing files are never overwritten — an identical
/// one is reused) or bundled seeds. On error nothing is written.
pub fn import(path: &Path, dest_dir: &Path) -> Result<(Project, ImportReport), QdpxError> {
    let never = std::sync::atomic::AtomicBool::new(false);
    import_unless(path, dest_dir, &never).map(|r| r.expect("never stopped"))
}

/// [`import`], unless `stop` is set before the text files are written: then `None`, and
/// nothing is written (what a cancelled import in the app needs).
pub fn import_unless(
    path: &Path,
    dest_dir: &Path,
    stop: &std::sync::atomic::AtomicBool,
) -> Result<Option<(Project, ImportReport)>, QdpxError> {
    let io = |source| QdpxError::Io {
        path: path.to_path_buf(),
        source,
    };
    // A regular file only, opened without blocking (never a pipe or a device).
    let file = crate::safe_read::open(path).map_err(|e| io(e.into()))?;
    let (project, mut report, dest, writes) = plan(BufReader::new(file), dest_dir)?;
    if stop.load(std::sync::atomic::Ordering::SeqCst) {
        return Ok(None);
    }
    report.files = write_files(&dest, &writes)?;
    Ok(Some((project, report)))
}

/// Reads a `.qdpx` archive from memory as [`import`] does, without writing the text files
/// (what a fuzzer or a preview needs).
pub fn import_dry(bytes: &[u8], dest_dir: &Path) -> Result<(Project, ImportReport), QdpxError> {
    plan(std::io::Cursor::new(bytes), dest_dir).map(|(p, r, _, _)| (p, r))
}

/// Everything [`import`] does but writing the files: the project, the report, and the files to
/// write in the (absolute) destination folder.
fn plan<R: Read + Seek>(
    reader: R,
    dest_dir: &Path,
) -> Result<(Project, ImportReport, PathBuf, Writes), QdpxError> {
    let mut archive = Archive::open(reader)?;
    let parsed = read::parse(&archive.project_xml()?)?;
    let mut report = ImportReport {
        left_out: parsed.leftovers.clone(),
        ..ImportReport::default()
    };
    let dest = paths::absolute(dest_dir);
    let (accepted, writes) = sources(&parsed, &mut archive, &dest, &mut report)?;
    let name = match parsed.name.trim() {
        "" => "Imported project",
        n => n,
    };
    let mut project = Project::new(name);
    if let Some(t) = parsed.created.as_deref().and_then(Timestamp::parse) {
        project.set_created(t);
    }
    codebook::build(&mut project, &parsed, &accepted, &mut report)?;
    report.articles = accepted.len();
    Ok((project, report, dest, writes))
}

/// The plain-text sources and the files to write for them.
fn sources<R: Read + Seek>(
    parsed: &Parsed,
    archive: &mut Archive<R>,
    dest: &Path,
    report: &mut ImportReport,
) -> Result<(Vec<Accepted>, Writes), QdpxError> {
    let mut accepted = Vec::new();
    let mut writes: Writes = Vec::new();
    let mut taken: HashSet<String> = HashSet::new();
    let mut seeds_used: HashSet<&str> = HashSet::new();
    for (index, s) in parsed.sources.iter().enumerate() {
        let label = if s.name.trim().is_empty() {
            s.guid.clone()
        } else {
            s.name.clone()
        };
        let decoded = source_bytes(s, archive)?
            .and_then(|b| crate::corpus::decode::decode(&b).map_err(SourceWhy::Decode));
        let raw = match decoded {
            Ok((t, _)) => t,
            Err(why) => {
                report.left_out.push(LeftOut::Source {
                    label,
                    why,
                    passages: s.selections.len() + s.whole_codings + s.other_selections,
                });
                continue;
            }
        };
        let norm = lines::normalize(&raw);
        let seed = SEEDS
            .iter()
            .map(|(n, _)| *n)
            .find(|n| !seeds_used.contains(n) && bundled_text(n) == Some(norm.text.as_str()));
        let source = if let Some(seed) = seed {
            seeds_used.insert(seed);
            report.bundled += 1;
            ArticleSource::Bundled(seed.to_string())
        } else {
            let (file, new) = file_for(dest, &label, &norm.text, &mut taken);
            if new {
                writes.push((file.clone(), norm.text.clone()));
            }
            ArticleSource::Path(paths::to_stored(None, &file))
        };
        accepted.push(Accepted {
            guid: s.guid.clone(),
            label,
            source,
            raw,
            norm,
            index,
        });
    }
    Ok((accepted, writes))
}

/// A source's bytes, or why it is not imported.
fn source_bytes<R: Read + Seek>(
    s: &ParsedSource,
    archive: &mut Archive<R>,
) -> Result<Result<Vec<u8>, SourceWhy>, QdpxError> {
    let (plain_path, inline) = match &s.kind {
        SourceKind::Text { plain_path, inline } => (plain_path, inline),
        SourceKind::Other(el) => {
            let what = el.strip_suffix("Source").unwrap_or(el);
            return Ok(Err(SourceWhy::NotText(what.to_string())));
        }
    };
    match (plain_path, inline) {
        (Some(p), _) => match p.strip_prefix("internal://") {
            Some(file) => Ok(archive
                .source(file)?
                .ok_or_else(|| SourceWhy::Missing(file.to_string()))),
            None => Ok(Err(SourceWhy::External(p.clone()))),
        },
        (None, Some(text)) => Ok(Ok(text.clone().into_bytes())),
        (None, None) => Ok(Err(SourceWhy::NoPlainText)),
    }
}

/// Where a source's text goes in `dest`: `<name>.txt`, or `<name>-2.txt`... when taken by
/// another file. An existing file with the same text is reused (`false`: nothing to write).
fn file_for(dest: &Path, label: &str, text: &str, taken: &mut HashSet<String>) -> (PathBuf, bool) {
    let base = label
        .strip_suffix(".txt")
        .or_else(|| label.strip_suffix(".TXT"))
        .unwrap_or(label);
    let mut stem: String = base
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || " -_.,()'".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    stem = stem.trim_matches(['.', ' ']).to_string();
    if stem.is_empty() {
        stem = "source".into();
    }
    let mut n = 0;
    loop {
        n += 1;
        let name = if n == 1 {
            format!("{stem}.txt")
        } else {
            format!("{stem}-{n}.txt")
        };
        if taken.contains(&name.to_lowercase()) {
            continue;
        }
        let path = dest.join(&name);
        // An existing file is compared, read as any outside file (a FIFO there is skipped).
        let cap = text.len() as u64;
        let new = match crate::safe_read::read(&path, cap) {
            Ok(existing) if existing == text.as_bytes() => false,
            Ok(_) => continue,
            Err(_) if path.exists() => continue,
            Err(_) => true,
        };
        taken.insert(name.to_lowercase());
        return (path, new);
    }
}

/// Writes the new files (never over an existing one); on a failure, removes those written.
fn write_files(dest: &Path, writes: &[(PathBuf, String)]) -> Result<Vec<PathBuf>, QdpxError> {
    let mut done: Vec<PathBuf> = Vec::new();
    let fail = |path: &Path, source, done: &[PathBuf]| {
        for p in done {
            let _ = std::fs::remove_file(p);
        }
        QdpxError::Write {
            path: path.to_path_buf(),
            source,
        }
    };
    if !writes.is_empty() {
        std::fs::create_dir_all(dest).map_err(|e| fail(dest, e, &done))?;
    }
    for (path, text) in writes {
        // Atomic: a failed write leaves no partial file behind.
        match atomic_file::write_new(path, text.as_bytes()) {
            Ok(()) => done.push(path.clone()),
            Err(e) => return Err(fail(path, e.source, &done)),
        }
    }
    Ok(done)
}
