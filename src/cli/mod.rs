//! The batch command line: `vigie extract [--json] PATH...` (see `shared/contracts/extract.md`),
//! `vigie chart` (see [`chart`]), and `vigie export` / `vigie import` (see [`interchange`]).

pub mod chart;
pub mod interchange;

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
    #[serde(flatten)]
    pub extraction: Extraction,
}

#[derive(Debug, Serialize)]
pub struct FileError {
    pub path: String,
    pub reason: String,
}

/// Loads every path (folders expanded) and runs the engine on each article, in parallel.
/// Fails only when a path given by the user cannot be read at all.
pub fn run_extract(paths: &[PathBuf], lexicon: &Lexicon) -> Result<Report, String> {
    let files = corpus::collect_paths(paths)?;
    let results: Vec<Result<DocumentReport, FileError>> = files
        .par_iter()
        .map(|p| {
            let display = corpus::display_path(p);
            corpus::load_with_source(p, display.clone())
                .map(|loaded| report_for_source(loaded, lexicon))
                .map_err(|e| FileError {
                    path: display,
                    reason: e.to_string(),
                })
        })
        .collect();
    let mut report = Report {
        schema: 1,
        documents: Vec::new(),
        errors: Vec::new(),
    };
    for r in results {
        match r {
            Ok(d) => report.documents.push(d),
            Err(e) => report.errors.push(e),
        }
    }
    Ok(report)
}

/// Runs the engine on one loaded document.
pub fn report_for(doc: Document, lexicon: &Lexicon) -> DocumentReport {
    let extraction = extract::extract(&doc.text, lexicon);
    DocumentReport {
        path: doc.path,
        title: doc.title,
        date: doc.date,
        extraction,
    }
}

/// Runs the engine on one loaded article; a web page's spans are mapped back onto the page, so
/// that offsets are into the file as decoded and `text` is the page's slice, markup included.
pub fn report_for_source(loaded: corpus::Loaded, lexicon: &Lexicon) -> DocumentReport {
    let mut report = report_for(loaded.doc, lexicon);
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
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

/// Writes the report for a person reading a terminal.
pub fn write_text(report: &Report, out: &mut impl Write) -> std::io::Result<()> {
    for d in &report.documents {
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
                "     {:<40} {:>20} {:<7} {:<24} {}",
                format!("«{}»", f.text),
                format_value(f.value),
                f.unit,
                f.actor.as_deref().unwrap_or("(no actor)"),
                if f.in_totals { "" } else { "(not in totals)" }
            )?;
        }
    }
    for e in &report.errors {
        writeln!(out, "!! {}: {}", e.path, e.reason)?;
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
}
