//! `vigie export --project FILE --format qdpx|csv|json [--what tags|figures] --out FILE` and
//! `vigie import --qdpx FILE --out NEW.vigie`: the interchange formats from the command line.

use crate::atomic_file;
use crate::extract::Lexicon;
use crate::interchange::{self, qdpx};
use crate::project::{ArticleId, Project};
use crate::workspace::headless;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Qdpx,
    Csv,
    Json,
}

/// What a CSV or JSON export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum What {
    #[default]
    Tags,
    Figures,
}

impl Format {
    pub fn parse(s: &str) -> Option<Format> {
        match s.trim().to_ascii_lowercase().as_str() {
            "qdpx" => Some(Format::Qdpx),
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

impl What {
    pub fn parse(s: &str) -> Option<What> {
        match s.trim().to_ascii_lowercase().as_str() {
            "tags" => Some(What::Tags),
            "figures" => Some(What::Figures),
            _ => None,
        }
    }
}

/// What to export and where.
#[derive(Debug, Clone)]
pub struct ExportArgs {
    pub project: PathBuf,
    /// Read the project's articles that lie outside its folder.
    pub allow_outside: bool,
    pub format: Format,
    pub what: What,
    /// `.qdpx` only: also export the engine's actors and their mentions.
    pub actors: bool,
    /// The language figures name their actors in.
    pub lang: crate::i18n::Lang,
    pub out: PathBuf,
}

/// Runs an export; returns the lines to print (a summary, then what was left out).
pub fn run_export(args: &ExportArgs, base: &Lexicon) -> Result<Vec<String>, String> {
    let project = headless::open_project(&args.project, args.allow_outside)?;
    let out = &args.out;
    let written = |what: String| format!("wrote {} ({what})", out.display());
    let write = |bytes: Vec<u8>| atomic_file::write(out, &bytes).map_err(|e| e.to_string());
    match (args.format, args.what) {
        (Format::Qdpx, _) => {
            let mut lines = Vec::new();
            let (texts, opts) = if args.actors {
                let loaded = headless::from_open_project(&project, project.name(), base);
                lines.extend(loaded.problems.iter().map(|p| format!("skipped {p}")));
                let texts = loaded
                    .corpus
                    .articles
                    .iter()
                    .map(|a| (a.id, a.text.clone()))
                    .collect();
                (texts, qdpx::ExportOptions::with_engine(&loaded.corpus))
            } else {
                (texts(&project, &mut lines), qdpx::ExportOptions::default())
            };
            let r = qdpx::export(&project, &texts, out, &opts).map_err(|e| e.to_string())?;
            let mut summary = format!(
                "{} articles, {} themes, {} tags",
                r.sources, r.codes, r.tags
            );
            if args.actors {
                summary.push_str(&format!(", {} actor mentions", r.mentions));
            }
            lines.insert(0, written(summary));
            lines.extend(r.left_out.iter().map(left_out));
            Ok(lines)
        }
        (f, What::Tags) => {
            let rows = interchange::rows::tag_rows(&project);
            let bytes = match f {
                Format::Json => {
                    interchange::json::tags(project.name(), &rows).map_err(|e| e.to_string())?
                }
                _ => interchange::csv::tags(&rows).map_err(|e| e.to_string())?,
            };
            write(bytes)?;
            Ok(vec![written(format!("{} tags", rows.len()))])
        }
        (f, What::Figures) => {
            let loaded = headless::from_open_project(&project, project.name(), base);
            let lexicon = loaded.lexicon.as_ref().unwrap_or(base);
            let name = |c: &str| crate::i18n::actor_name(lexicon, c, args.lang).to_string();
            let rows = interchange::rows::figure_rows(&project, &loaded.corpus, &name);
            let bytes = match f {
                Format::Json => {
                    interchange::json::figures(project.name(), &rows).map_err(|e| e.to_string())?
                }
                _ => interchange::csv::figures(&rows).map_err(|e| e.to_string())?,
            };
            write(bytes)?;
            let mut lines = vec![written(format!("{} figures", rows.len()))];
            lines.extend(loaded.problems.iter().map(|p| format!("skipped {p}")));
            Ok(lines)
        }
    }
}

/// Each article's text (those that cannot be read are listed in `problems`).
fn texts(project: &Project, problems: &mut Vec<String>) -> HashMap<ArticleId, String> {
    let mut out = HashMap::new();
    for a in &project.book().corpus {
        match project.article_text(a.id) {
            Ok(t) => {
                out.insert(a.id, t);
            }
            Err(e) => problems.push(format!("skipped {e}")),
        }
    }
    out
}

/// Imports `qdpx` as a new project saved at `out` (which must not exist yet); the articles'
/// text files go next to it. Returns the lines to print.
pub fn run_import(qdpx_path: &Path, out: &Path) -> Result<Vec<String>, String> {
    if out.exists() {
        return Err(format!(
            "{} already exists: choose a new file for the imported project",
            out.display()
        ));
    }
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let (mut project, report) = qdpx::import(qdpx_path, dir).map_err(|e| e.to_string())?;
    let saved = std::fs::create_dir_all(dir)
        .map_err(|e| format!("Cannot create {}: {e}.", dir.display()))
        .and_then(|()| project.save_as(out).map_err(|e| e.to_string()));
    if let Err(e) = saved {
        for f in &report.files {
            let _ = std::fs::remove_file(f);
        }
        return Err(format!("{e} Nothing was imported."));
    }
    let mut lines = vec![format!(
        "wrote {} ({} articles, of which {} bundled seeds; {} themes; {} tags; {} text files)",
        out.display(),
        report.articles,
        report.bundled,
        report.themes,
        report.tags,
        report.files.len()
    )];
    lines.extend(report.left_out.iter().map(left_out));
    Ok(lines)
}

/// A line saying what an import or export left out (in English, as the rest of the output).
fn left_out(item: &qdpx::LeftOut) -> String {
    format!("left out {}", crate::i18n::Lang::En.left_out(item))
}
