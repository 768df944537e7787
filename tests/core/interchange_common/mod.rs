//! Shared helpers of the interchange tests: the sample project, temp folders, archive entries,
//! schema validation with xmllint, and comparing two projects' work.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use vigie::project::{ArticleId, Project};

pub const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample.vigie");
pub const XSD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/refi-qda/Project.xsd"
);

pub fn sample() -> Project {
    Project::open(Path::new(SAMPLE)).unwrap()
}

/// Every article's text.
pub fn texts(p: &Project) -> HashMap<ArticleId, String> {
    p.book()
        .corpus
        .iter()
        .map(|a| (a.id, p.article_text(a.id).unwrap()))
        .collect()
}

/// A folder removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let d = std::env::temp_dir().join(format!("vigie-ix-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        TempDir(d)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One entry of a ZIP.
pub fn entry(zip: &[u8], name: &str) -> Vec<u8> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
    let mut out = Vec::new();
    z.by_name(name).unwrap().read_to_end(&mut out).unwrap();
    out
}

/// A ZIP of `(name, bytes)` entries.
pub fn make_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        z.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// Validates an XML file against the REFI-QDA project schema (needs `xmllint`, Debian package
/// `libxml2-utils`).
pub fn xmllint(file: &Path) {
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", XSD])
        .arg(file)
        .output()
        .expect("xmllint is needed to validate exports (apt install libxml2-utils)");
    assert!(
        out.status.success(),
        "{} does not validate:\n{}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The chars of the first occurrence of `passage` in `text`.
pub fn char_range(text: &str, passage: &str) -> std::ops::Range<usize> {
    let b = text.find(passage).expect(passage);
    let start = text[..b].chars().count();
    start..start + passage.chars().count()
}

/// "Parent ▸ Child" (name, colour, description) of every theme, sorted.
pub fn theme_paths(p: &Project) -> Vec<String> {
    let b = p.book();
    let mut v: Vec<String> = b
        .themes
        .iter()
        .map(|t| {
            let parent = t.parent.and_then(|x| b.theme(x)).map(|x| x.name.as_str());
            format!(
                "{parent:?} ▸ {} {:?} {:?} {}",
                t.name, t.color, t.description, t.guid
            )
        })
        .collect();
    v.sort();
    v
}

/// Same themes (GUID, name, colour, description, parent) and same tags (GUID, theme, article,
/// range, quote, memo, date), matched by GUID.
pub fn assert_same_work(p: &Project, q: &Project) {
    assert_eq!(theme_paths(p), theme_paths(q));
    let key = |x: &Project| {
        let b = x.book();
        let mut v: Vec<String> = b
            .tags
            .iter()
            .map(|t| {
                format!(
                    "{} {} {} {}..{} {:?} {:?} {}",
                    t.guid,
                    b.theme(t.theme).map(|x| x.guid.as_str()).unwrap_or("?"),
                    b.article(t.article).map(|x| x.guid.as_str()).unwrap_or("?"),
                    t.start,
                    t.end,
                    t.quote,
                    t.memo,
                    t.created.to_iso()
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(p), key(q));
    assert_eq!(p.book().tags.len(), q.book().tags.len());
}
