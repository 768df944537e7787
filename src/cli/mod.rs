//! The batch command line: `vigie extract [--json] PATH...` (see `shared/contracts/extract.md`),
//! `vigie chart` (see [`chart`]), and `vigie export` / `vigie import` (see [`interchange`]).

pub mod agreement;
pub mod chart;
pub mod codebook;
pub mod interchange;
pub mod report;

use crate::corpus::{self, Document};
use crate::extract::{self, Extraction, Lexicon};
use rayon::prelude::*;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// The contract's output, `"schema": 1`.
#[derive(Debug, Serialize)]
pub struct Report {
    pub schema: u32,
    pub documents: Vec<DocumentReport>,
    pub errors: Vec<FileError>,
}

#[derive(Debug, Serialize)]
pub struct DocumentReport {
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    /// For a binary format (PDF, Word): the article text read out of the file, which the
    /// offsets point into. Text formats carry none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(flatten)]
    pub extraction: Extraction,
}

#[derive(Debug, Serialize)]
pub struct FileError {
    pub path: String,
    pub reason: String,
}

/// How `vigie extract` writes its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The contract's JSON.
    Json,
    /// A summary for a person reading a terminal.
    Text,
}

/// How many files are analysed (in parallel) before their reports are written: bounds the memory
/// held to one chunk's reports, whatever the size of the corpus.
fn chunk_len() -> usize {
    rayon::current_num_threads() * 16
}

/// Loads every path (folders expanded) and runs the engine on each article, in parallel.
/// Fails only when a path given by the user cannot be read at all.
pub fn run_extract(paths: &[PathBuf], lexicon: &Lexicon) -> Result<Report, String> {
    let files = corpus::collect_paths(paths)?;
    let mut report = Report {
        schema: 1,
        documents: Vec::new(),
        errors: Vec::new(),
    };
    for r in files
        .par_iter()
        .map(|p| process(p, lexicon))
        .collect::<Vec<_>>()
    {
        match r {
            Ok(d) => report.documents.push(d),
            Err(e) => report.errors.push(e),
        }
    }
    Ok(report)
}

/// Runs the engine on `files` and writes each document's report as soon as its chunk is done,
/// in the order of `files`; the errors come last. Nothing but one chunk is held in memory.
pub fn stream_extract(
    files: &[PathBuf],
    lexicon: &Lexicon,
    format: Format,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut w = ReportWriter::start(format, out)?;
    let mut errors = Vec::new();
    for chunk in files.chunks(chunk_len()) {
        // A huge article frees each block's working memory in turn: from then on, freed pages
        // go back to the system soon (between chunks, while no worker allocates).
        if chunk
            .iter()
            .any(|p| std::fs::metadata(p).is_ok_and(|m| extract::read_in_blocks(m.len())))
        {
            crate::allocator::before_huge_text();
        }
        let results: Vec<_> = chunk.par_iter().map(|p| process(p, lexicon)).collect();
        for r in results {
            match r {
                Ok(d) => w.document(&d)?,
                Err(e) => errors.push(e),
            }
        }
    }
    w.finish(&errors)
}

/// Loads one file and runs the engine on it. A fault of the engine on one article (a panic)
/// is reported as that file's error; the other files are still processed.
fn process(path: &std::path::Path, lexicon: &Lexicon) -> Result<DocumentReport, FileError> {
    let display = corpus::display_path(path);
    let error = |reason: String| FileError {
        path: corpus::display_path(path),
        reason,
    };
    match corpus::load_with_source(path, display) {
        Ok(loaded) => std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            report_for_source(loaded, lexicon)
        }))
        .map_err(|_| error("the engine failed on this article (an internal error)".into())),
        Err(e) => Err(error(e.to_string())),
    }
}

/// Runs the engine on one loaded document.
pub fn report_for(doc: Document, lexicon: &Lexicon) -> DocumentReport {
    let extraction = extract::extract_contract(&doc.engine_text(), lexicon);
    DocumentReport {
        path: doc.path,
        title: doc.title,
        date: doc.date,
        content: None,
        extraction,
    }
}

/// Runs the engine on one loaded article; a web page's spans are mapped back onto the page, so
/// that offsets are into the file as decoded and `text` is the page's slice, markup included. A
/// PDF or Word file's report carries the text read out of it as `content`.
pub fn report_for_source(loaded: corpus::Loaded, lexicon: &Lexicon) -> DocumentReport {
    let content = loaded.binary.then(|| loaded.doc.text.clone());
    let mut report = report_for(loaded.doc, lexicon);
    report.content = content;
    if let Some(map) = &loaded.source {
        map_onto_page(&mut report.extraction, map);
    }
    report
}

/// Rewrites every span of an extraction made on a web page's article text into a span of the
/// page itself.
pub fn map_onto_page(extraction: &mut Extraction, map: &corpus::html::SourceMap) {
    let remap = |text: &mut String, start: &mut usize, end: &mut usize| {
        let span = map.span(*start, *end);
        (*start, *end) = (span.start, span.end);
        span.text.clone_into(text);
    };
    for e in &mut extraction.entities {
        remap(&mut e.text, &mut e.start, &mut e.end);
    }
    for f in &mut extraction.figures {
        remap(&mut f.text, &mut f.start, &mut f.end);
    }
}

/// Writes the report as the contract's JSON.
pub fn write_json(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    write_report(report, Format::Json, out)
}

/// Writes the report for a person reading a terminal.
pub fn write_text(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    write_report(report, Format::Text, out)
}

fn write_report(report: &Report, format: Format, out: &mut impl Write) -> std::io::Result<()> {
    let mut w = ReportWriter::start(format, out)?;
    for d in &report.documents {
        w.document(d)?;
    }
    w.finish(&report.errors)
}

/// Writes a report piece by piece: the opening, each document as it comes, then the errors.
/// The JSON is `{"schema":1,"documents":[...],"errors":[...]}` with one document per line.
struct ReportWriter<'a, W: Write> {
    out: &'a mut W,
    format: Format,
    documents: usize,
}

impl<'a, W: Write> ReportWriter<'a, W> {
    fn start(format: Format, out: &'a mut W) -> std::io::Result<Self> {
        if format == Format::Json {
            write!(out, "{{\"schema\":1,\"documents\":[")?;
        }
        Ok(ReportWriter {
            out,
            format,
            documents: 0,
        })
    }

    fn document(&mut self, d: &DocumentReport) -> std::io::Result<()> {
        match self.format {
            Format::Json => {
                self.out
                    .write_all(if self.documents == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut *self.out, d)?;
            }
            Format::Text => write_text_document(d, self.out)?,
        }
        self.documents += 1;
        Ok(())
    }

    fn finish(self, errors: &[FileError]) -> std::io::Result<()> {
        match self.format {
            Format::Json => {
                let nl = if self.documents == 0 { "" } else { "\n" };
                write!(self.out, "{nl}],\"errors\":")?;
                serde_json::to_writer(&mut *self.out, errors)?;
                writeln!(self.out, "}}")
            }
            Format::Text => {
                for e in errors {
                    writeln!(self.out, "!! {}: {}", e.path, e.reason)?;
                }
                Ok(())
            }
        }
    }
}

/// One document of the terminal summary.
fn write_text_document(d: &DocumentReport, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "== {}", d.path)?;
    writeln!(
        out,
        "   title: {}\n   date:  {}",
        d.title.as_deref().unwrap_or("-"),
        d.date.as_deref().unwrap_or("-")
    )?;
    let mut names: Vec<(&str, &str)> = d
        .extraction
        .entities
        .iter()
        .map(|e| (e.canonical.as_str(), e.kind.as_str()))
        .collect();
    names.sort();
    names.dedup();
    writeln!(out, "   actors ({}):", names.len())?;
    for (name, kind) in names {
        writeln!(out, "     {name} [{kind}]")?;
    }
    writeln!(out, "   figures ({}):", d.extraction.figures.len())?;
    for f in &d.extraction.figures {
        writeln!(
            out,
            "     {:<40} {:>20} {:<7} {:<24} {:<10} {}",
            format!("«{}»", f.text),
            format_value(f.value),
            f.unit,
            f.actor.as_deref().unwrap_or("(no actor)"),
            f.role.map_or("", |r| r.as_str()),
            if f.in_totals { "" } else { "(not in totals)" }
        )?;
    }
    Ok(())
}

/// A value with thousands separators and no needless decimals.
pub fn format_value(v: f64) -> String {
    let whole = v.trunc() as i128;
    let mut digits = whole.abs().to_string();
    let mut i = digits.len() as isize - 3;
    while i > 0 {
        digits.insert(i as usize, ' ');
        i -= 3;
    }
    let frac = v.fract().abs();
    let sign = if v < 0.0 { "-" } else { "" };
    if frac > 1e-9 {
        let f = format!("{frac:.3}");
        format!(
            "{sign}{digits}{}",
            f.trim_start_matches('0').trim_end_matches('0')
        )
    } else {
        format!("{sign}{digits}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_grouped_by_thousands() {
        assert_eq!(format_value(11_700_000_000.0), "11 700 000 000");
        assert_eq!(format_value(24_000.0), "24 000");
        assert_eq!(format_value(2.5), "2.5");
    }

    #[test]
    fn unreadable_files_are_reported_and_the_rest_processed() {
        let dir = std::env::temp_dir().join(format!("vigie-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), "Un article sur la Chine.").unwrap();
        std::fs::write(dir.join("b.txt"), b"\x00\x01\x02binary").unwrap();
        let report = run_extract(std::slice::from_ref(&dir), &Lexicon::empty()).unwrap();
        assert_eq!(report.documents.len(), 1);
        assert_eq!(report.errors.len(), 1);
        assert!(report.errors[0].path.ends_with("b.txt"));
        assert!(report.errors[0].reason.contains("not UTF-8"));
        let mut json = Vec::new();
        write_json(&report, &mut json).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        assert_eq!(v["schema"], 1);
        assert!(v["documents"][0]["entities"].is_array());
        assert!(run_extract(&[dir.join("nope")], &Lexicon::empty()).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_stream_writes_the_contract_json_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        // More files than one chunk, so that several chunks are written one after the other.
        let n = chunk_len() * 2 + 3;
        for i in 0..n {
            let body = format!("Article {i} : la Chine investit {i} milliards de dollars.");
            std::fs::write(dir.path().join(format!("a{i:04}.txt")), body).unwrap();
        }
        std::fs::write(dir.path().join("a0001.bin.txt"), b"\x00\x01binary").unwrap();
        let files = corpus::collect_paths(&[dir.path().to_path_buf()]).unwrap();
        let mut streamed = Vec::new();
        stream_extract(&files, &Lexicon::empty(), Format::Json, &mut streamed).unwrap();
        assert!(streamed.starts_with(b"{\"schema\":1,\"documents\":[\n{\"path\":"));
        let v: serde_json::Value = serde_json::from_slice(&streamed).unwrap();
        assert_eq!(v["schema"], 1);
        let paths: Vec<&str> = v["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths.len(), n);
        assert!(paths.windows(2).all(|w| w[0] < w[1]), "not in path order");
        assert!(
            v["documents"][5]["figures"][0]["text"]
                .as_str()
                .unwrap()
                .starts_with("5 milliards")
        );
        assert_eq!(v["errors"].as_array().unwrap().len(), 1);
        // The same bytes as the whole report written at once.
        let mut whole = Vec::new();
        write_json(
            &run_extract(&[dir.path().to_path_buf()], &Lexicon::empty()).unwrap(),
            &mut whole,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(whole).unwrap()
        );
    }

    #[test]
    fn an_empty_report_is_valid_json() {
        let mut out = Vec::new();
        stream_extract(&[], &Lexicon::empty(), Format::Json, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"schema\":1,\"documents\":[],\"errors\":[]}\n"
        );
    }
}
