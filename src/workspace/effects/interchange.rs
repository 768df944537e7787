//! File ▸ Export and File ▸ Import: the project as REFI-QDA (`.qdpx`), its passages and
//! figures as CSV or JSON, and a `.qdpx` from another tool opened as a new project. Where to
//! comes from the dialog, else from the pre-filled path prompt.

use crate::interchange::{self, qdpx};
use crate::workspace::article::chart_corpus;
use crate::workspace::command::{ExportKind, PromptKind};
use crate::workspace::core::Workspace;
use crate::workspace::loader::{Job, QdpxJob, QdpxOutcome};
use crate::workspace::state::{PathPrompt, Problem};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file name suggested for a project named `name`.
fn suggested(kind: ExportKind, name: &str) -> String {
    let stem = super::file_stem(name);
    let what = match kind {
        ExportKind::Qdpx | ExportKind::QdpxActors => "",
        ExportKind::TagsCsv | ExportKind::TagsJson => "_passages",
        ExportKind::FiguresCsv | ExportKind::FiguresJson => "_figures",
        ExportKind::CodebookCsv | ExportKind::CodebookQdc => "_codebook",
        ExportKind::ReportHtml | ExportKind::ReportMd => "_report",
    };
    format!("{stem}{what}.{}", kind.ext())
}

/// `path` ending in `.ext` (added when missing).
fn with_ext(path: &Path, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        return path.to_path_buf();
    }
    let mut s = path.as_os_str().to_owned();
    s.push(".");
    s.push(ext);
    PathBuf::from(s)
}

impl Workspace {
    fn default_dir(&self) -> PathBuf {
        self.project
            .dir()
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default()
    }

    pub(super) fn export_dialog(&mut self, kind: ExportKind) {
        let suggested = suggested(kind, self.project.name());
        match self.files.dialogs.export_file(&suggested, kind.ext()) {
            Some(p) => self.export_to(kind, &p),
            None => {
                self.files.prompt = Some(PathPrompt {
                    kind: PromptKind::Export(kind),
                    text: self.default_dir().join(suggested).display().to_string(),
                })
            }
        }
    }

    pub(super) fn export_to(&mut self, kind: ExportKind, path: &Path) {
        let path = with_ext(path, kind.ext());
        let s = self.lang.interchange();
        let book = self.project.book();
        let result: Result<String, String> = match kind {
            ExportKind::Qdpx | ExportKind::QdpxActors => {
                let texts: HashMap<_, _> = self
                    .docs
                    .iter()
                    .map(|d| (d.id, d.doc.text.clone()))
                    .collect();
                let options = match kind {
                    ExportKind::QdpxActors => {
                        qdpx::ExportOptions::with_engine(&chart_corpus(&self.docs, book, ""))
                    }
                    _ => qdpx::ExportOptions::default(),
                };
                qdpx::export(&self.project, &texts, &path, &options)
                    .map(|r| {
                        let mut msg = format!("{} {}", s.exported, path.display());
                        if !r.skipped.is_empty() {
                            msg.push_str(&format!(" ({} {})", r.skipped.len(), s.skipped));
                        }
                        msg
                    })
                    .map_err(|e| e.to_string())
            }
            _ => {
                let bytes = match kind {
                    ExportKind::TagsCsv => {
                        interchange::csv::tags(&interchange::rows::tag_rows(&self.project))
                            .map_err(|e| e.to_string())
                    }
                    ExportKind::ReportHtml | ExportKind::ReportMd => {
                        let (lexicon, lang) = (&self.lexicon, self.lang);
                        let name = |c: &str| crate::i18n::actor_name(lexicon, c, lang).to_string();
                        let md = interchange::report::markdown(
                            &chart_corpus(&self.docs, book, ""),
                            self.project.name(),
                            interchange::report::ReportOptions { theme: None, lang },
                            &name,
                        );
                        Ok(match kind {
                            ExportKind::ReportHtml => {
                                interchange::report::html(&md, self.project.name()).into_bytes()
                            }
                            _ => md.into_bytes(),
                        })
                    }
                    ExportKind::CodebookCsv => interchange::taguette::codebook_csv(&self.project)
                        .map_err(|e| e.to_string()),
                    ExportKind::CodebookQdc => qdpx::export_codebook(&self.project)
                        .map(|(bytes, _)| bytes)
                        .map_err(|e| e.to_string()),
                    ExportKind::TagsJson => interchange::json::tags(
                        self.project.name(),
                        &interchange::rows::tag_rows(&self.project),
                    )
                    .map_err(|e| e.to_string()),
                    _ => {
                        let (lexicon, lang) = (&self.lexicon, self.lang);
                        let name = |c: &str| crate::i18n::actor_name(lexicon, c, lang).to_string();
                        let rows = interchange::rows::figure_rows(
                            &self.project,
                            &chart_corpus(&self.docs, book, ""),
                            &name,
                        );
                        if kind == ExportKind::FiguresCsv {
                            interchange::csv::figures(&rows).map_err(|e| e.to_string())
                        } else {
                            interchange::json::figures(self.project.name(), &rows)
                                .map_err(|e| e.to_string())
                        }
                    }
                };
                bytes
                    .and_then(|b| crate::atomic_file::write(&path, &b).map_err(|e| e.to_string()))
                    .map(|()| format!("{} {}", s.exported, path.display()))
            }
        };
        match result {
            Ok(msg) => self.inform(msg),
            Err(e) => self.report_error(format!("{}: {e}", s.export_failed)),
        }
    }

    pub(super) fn import_dialog(&mut self) {
        match self.files.dialogs.open_file("qdpx") {
            Some(p) => self.import_from(&p),
            None => {
                self.files.prompt = Some(PathPrompt {
                    kind: PromptKind::ImportQdpx,
                    text: String::new(),
                })
            }
        }
    }

    /// Opens a `.qdpx` as a new, unsaved project, read in the background; its sources are
    /// written as text files in a folder named after it, beside it.
    pub(super) fn import_from(&mut self, path: &Path) {
        if self.refuse_when_busy() {
            return;
        }
        let stem = path
            .file_stem()
            .map_or_else(|| "import".into(), |s| s.to_string_lossy().into_owned());
        let dest = path
            .parent()
            .unwrap_or(Path::new("."))
            .join(format!("{stem}_sources"));
        self.files.job = Some(Job::Qdpx(QdpxJob::start(path.to_path_buf(), dest)));
    }

    /// Takes in a finished `.qdpx` import: the new project opens (its articles read in the
    /// background), what was left out is listed in Problems.
    pub(super) fn finish_qdpx(&mut self, path: &Path, outcome: QdpxOutcome) {
        let s = self.lang.interchange();
        match outcome {
            Ok((project, report)) => {
                let shown = path.display().to_string();
                for why in &report.skipped {
                    self.files.problems.push(Problem {
                        path: shown.clone(),
                        reason: crate::corpus::Unreadable::Other(why.clone()),
                        article: None,
                    });
                }
                self.start_open(project);
                self.inform(format!(
                    "{} {shown}: {} articles, {} themes, {} passages",
                    s.imported, report.articles, report.themes, report.tags
                ));
            }
            Err(e) => self.report_error(format!("{}: {e}", s.import_failed)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_extensions() {
        assert_eq!(
            suggested(ExportKind::TagsCsv, "Veille « IA »"),
            "Veille___IA_passages.csv"
        );
        assert_eq!(suggested(ExportKind::Qdpx, ""), "vigie.qdpx");
        assert_eq!(with_ext(Path::new("/t/a"), "qdpx"), Path::new("/t/a.qdpx"));
        assert_eq!(
            with_ext(Path::new("/t/a.QDPX"), "qdpx"),
            Path::new("/t/a.QDPX")
        );
    }
}
