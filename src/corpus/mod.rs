//! Corpus: loads articles (plain text, Markdown, HTML, PDF, Word) from disk or from the bundled
//! seeds, decodes them, and reads their title and date.

pub mod article;
pub mod binary;
pub mod decode;
pub mod docx;
pub mod html;
pub mod loader;
pub mod md;
pub mod md_code;
pub mod meta;
pub mod pdf;
pub mod unreadable;

pub use article::FormatError;
pub use decode::DecodeError;
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
pub use unreadable::Unreadable;

/// One article as decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Where it came from: a path as given, or `seeds/<file>` for the bundled corpus.
    pub path: String,
    pub text: String,
    pub title: Option<String>,
    /// ISO `YYYY-MM-DD` when the article states its own date.
    pub date: Option<String>,
}

/// The five sample articles embedded in the binary.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_3107907732e939eb.txt",
        include_str!("../../seeds/000_3107907732e939eb.txt"),
    ),
    (
        "001_e98aa20c2b61b0f9.txt",
        include_str!("../../seeds/001_e98aa20c2b61b0f9.txt"),
    ),
    (
        "002_1383256328f99a43.txt",
        include_str!("../../seeds/002_1383256328f99a43.txt"),
    ),
    (
        "003_9a10009aa8f4357c.txt",
        include_str!("../../seeds/003_9a10009aa8f4357c.txt"),
    ),
    (
        "004_01fd2c4ac2c7a2e6.txt",
        include_str!("../../seeds/004_01fd2c4ac2c7a2e6.txt"),
    ),
];

impl Document {
    /// A document from decoded text: reads its title and date.
    pub fn new(path: String, text: String) -> Document {
        Document {
            title: meta::title(&text),
            date: meta::date(&text),
            path,
            text,
        }
    }

    /// The text the engine reads: the text itself, except that a Markdown article's code
    /// blocks are blanked (same chars count, so offsets hold for the text shown).
    pub fn engine_text(&self) -> std::borrow::Cow<'_, str> {
        let md = self
            .path
            .rsplit_once('.')
            .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("md"));
        if md {
            md_code::engine_text(&self.text)
        } else {
            std::borrow::Cow::Borrowed(&self.text)
        }
    }

    /// The file name, for display when the article has no title.
    pub fn file_name(&self) -> &str {
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }
}

/// The bundled seeds as documents.
pub fn bundled_seeds() -> Vec<Document> {
    SEEDS
        .iter()
        .map(|(name, text)| {
            Document::new(
                format!("seeds/{name}"),
                text.trim_start_matches('\u{feff}').to_string(),
            )
        })
        .collect()
}

/// File extensions read as articles.
pub const SUPPORTED_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "pdf", "docx"];

/// Why a path could not be loaded; shown to the analyst as is.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("no article text in this web page")]
    NoText,
    #[error(transparent)]
    Format(#[from] FormatError),
    /// A device, a pipe, a socket: never read.
    #[error("not a regular file (a device, a pipe or a socket)")]
    NotAFile,
}

impl From<crate::safe_read::ReadError> for LoadError {
    fn from(e: crate::safe_read::ReadError) -> LoadError {
        use crate::safe_read::ReadError as R;
        match e {
            R::Io(e) => LoadError::Io(e),
            R::NotRegular => LoadError::NotAFile,
            R::TooLarge { size, .. } => {
                LoadError::Decode(DecodeError::TooLarge(size.div_ceil(1 << 20)))
            }
        }
    }
}

impl From<LoadError> for Unreadable {
    fn from(e: LoadError) -> Unreadable {
        match e {
            LoadError::Io(e) => Unreadable::Io(e.to_string()),
            LoadError::Decode(e) => Unreadable::Decode(e),
            LoadError::NoText => Unreadable::NoText,
            LoadError::Format(e) => Unreadable::Format(e),
            LoadError::NotAFile => Unreadable::NotAFile,
        }
    }
}

/// One article as loaded for the batch output: the document and, for a web page, the map from
/// its article text back onto the page (whose offsets the output gives).
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub doc: Document,
    pub source: Option<html::SourceMap>,
    /// Read out of a binary file (PDF, Word): the output carries the text as `content`, which
    /// its offsets point into.
    pub binary: bool,
}

/// Reads and decodes one file. `display` is the path as it should be reported. HTML pages
/// (`.html`, `.htm`) become their article text; PDF and Word files the text read out of them
/// (see [`binary`]); Markdown keeps its text and takes its title from a leading `# Title`;
/// anything else is read as plain text.
pub fn load_file(path: &Path, display: String) -> Result<Document, LoadError> {
    load(path, display, false).map(|l| l.doc)
}

/// [`load_file`], with the source map of a web page.
pub fn load_with_source(path: &Path, display: String) -> Result<Loaded, LoadError> {
    load(path, display, true)
}

fn load(path: &Path, display: String, map: bool) -> Result<Loaded, LoadError> {
    // Regular files only, opened without blocking, never more than the cap.
    let bytes = crate::safe_read::read(path, decode::MAX_BYTES)?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if let Some(format) = binary::Format::of(path) {
        let a = format.read(&bytes)?;
        let doc = Document {
            path: display,
            text: a.text,
            title: a.title,
            date: a.date,
        };
        return Ok(Loaded {
            doc,
            source: None,
            binary: true,
        });
    }
    if html::is_html_path(path) {
        let decoded = html::decode(&bytes)?;
        drop(bytes);
        let (page, source) = if map {
            let (page, source) = html::parse_mapped(decoded);
            (page, Some(source))
        } else {
            (html::parse(&decoded), None)
        };
        if page.text.trim().is_empty() {
            return Err(LoadError::NoText);
        }
        let doc = Document {
            path: display,
            text: page.text,
            title: page.title,
            date: page.date,
        };
        return Ok(Loaded {
            doc,
            source,
            binary: false,
        });
    }
    let (text, _) = decode::decode_owned(bytes)?;
    let doc = if ext.as_deref() == Some("md") {
        Document {
            path: display,
            title: md::title(&text),
            date: md::date(&text),
            text,
        }
    } else {
        Document::new(display, text)
    };
    Ok(Loaded {
        doc,
        source: None,
        binary: false,
    })
}

/// The SHA-256 of an article's text, as lowercase hex: tells whether a file changed since a
/// project last read it.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        // Writing to a String cannot fail.
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Expands the paths given by the user: files as they are, folders into every supported article
/// inside (recursively, sorted by path). Fails on a path that does not exist or cannot be listed.
pub fn collect_paths(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for input in inputs {
        let meta = std::fs::metadata(input).map_err(|e| format!("{}: {}", input.display(), e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(input, &mut found, &mut HashSet::new())
                .map_err(|e| format!("{}: {}", input.display(), e))?;
            found.sort();
            out.extend(found);
        } else {
            out.push(input.clone());
        }
    }
    Ok(out)
}

/// Collects the supported files under `dir`. Each folder is visited once (by its canonical
/// path), so a symbolic link back to a parent cannot loop.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>) -> std::io::Result<()> {
    if !seen.insert(std::fs::canonicalize(dir)?) {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out, seen)?;
        } else if is_supported(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// True for files whose extension Vigie reads as an article.
pub fn is_supported(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SUPPORTED_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// A path for reports: forward slashes, as the user would type it.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn load_errors_keep_their_wording_as_data() {
        use super::{DecodeError, LoadError, Unreadable};
        for e in [
            LoadError::Decode(DecodeError::Empty),
            LoadError::Decode(DecodeError::Binary),
            LoadError::Decode(DecodeError::TooLarge(51)),
            LoadError::NoText,
            LoadError::NotAFile,
            LoadError::Io(std::io::Error::other("disk on fire")),
        ] {
            let english = e.to_string();
            assert_eq!(Unreadable::from(e).to_string(), english);
        }
    }

    use super::*;

    #[test]
    fn seeds_are_bundled_with_titles() {
        let docs = bundled_seeds();
        assert_eq!(docs.len(), 5);
        assert!(docs.iter().all(|d| !d.text.starts_with('\u{feff}')));
        assert_eq!(docs[0].date.as_deref(), Some("2025-07-09"));
        assert!(
            docs[1]
                .title
                .as_deref()
                .is_some_and(|t| t.contains("Autonomie"))
        );
    }

    #[test]
    fn folders_expand_to_sorted_supported_files() {
        let dir = std::env::temp_dir().join(format!("vigie-collect-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in ["b.txt", "a.md", "c.png", "sub/d.TXT"] {
            std::fs::write(dir.join(f), "x y").unwrap();
        }
        let got = collect_paths(std::slice::from_ref(&dir)).unwrap();
        let names: Vec<String> = got
            .iter()
            .map(|p| {
                p.strip_prefix(&dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        assert_eq!(names, vec!["a.md", "b.txt", "sub/d.TXT"]);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).unwrap();
            assert_eq!(collect_paths(std::slice::from_ref(&dir)).unwrap(), got);
        }
        assert!(collect_paths(&[dir.join("missing")]).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn content_hash_is_sha256_hex() {
        assert_eq!(
            content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_ne!(content_hash("abc"), content_hash("abd"));
    }
}
