//! File ▸ Export and File ▸ Import: the project as REFI-QDA (`.qdpx`), its passages and
//! figures as CSV or JSON, and a `.qdpx` from another tool opened as a new project. Where to
//! comes from the dialog, else from the app's browser, pre-filled; an imported project is named
//! after its archive and saved in the folder the analyst chose.

use crate::interchange::{self, qdpx};
use crate::workspace::article::chart_corpus;
use crate::workspace::command::{BrowseKind, ExportKind};
use crate::workspace::core::Workspace;
use crate::workspace::loader::{Job, QdpxJob, QdpxOutcome};
use crate::workspace::state::{ImportSummary, Problem, Why};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file name suggested for a project named `name`.
pub(super) fn suggested(kind: ExportKind, name: &str) -> String {
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
    pub(super) fn export_dialog(&mut self, kind: ExportKind) {
        let suggested = suggested(kind, self.project.name());
        if let Some(p) = self.ask(BrowseKind::Export(kind), |d, _| {
            d.export_file(&suggested, kind.ext())
        }) {
            self.export_to(kind, &p);
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
                        if !r.left_out.is_empty() {
                            msg.push_str(&format!(" ({} {})", r.left_out.len(), s.skipped));
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
        if let Some(p) = self.ask(BrowseKind::ImportQdpx, |d, _| d.open_file("qdpx")) {
            self.import_where(p);
        }
    }

    /// Asks which folder the project imported from `archive` goes in (next to the archive at
    /// first); nothing is written before the answer.
    pub(super) fn import_where(&mut self, archive: PathBuf) {
        let kind = BrowseKind::QdpxFolder(archive.clone());
        if let Some(folder) = self.ask(kind, |d, r| d.choose_folder(&r.dir)) {
            self.import_into(&archive, &folder);
        }
    }

    /// Imports `archive` (read in the background) as a new project saved in `folder`, named
    /// after the archive (`Foo.qdpx`: `Foo.vigie`), its sources written as text files in a
    /// folder beside it (`Foo_sources`); names already taken get a number (`Foo (2)`).
    pub(super) fn import_into(&mut self, archive: &Path, folder: &Path) {
        if self.refuse_when_busy() {
            return;
        }
        let (project, sources) = free_names(folder, &archive_stem(archive));
        let mut job = QdpxJob::start(archive.to_path_buf(), sources);
        job.save_as = Some(project);
        self.files.job = Some(Job::Qdpx(job));
    }

    /// Takes in a finished `.qdpx` import: the new project, named after the archive, is saved
    /// where asked and opens (its articles read in the background); what it took and left out
    /// is shown until closed (and left out also listed in Problems).
    pub(super) fn finish_qdpx(
        &mut self,
        path: &Path,
        save_as: Option<PathBuf>,
        outcome: QdpxOutcome,
    ) {
        let s = self.lang.interchange();
        match outcome {
            Ok((mut project, report)) => {
                let shown = path.display().to_string();
                // Listed now (if opening fails, they stay) and again once the project is open.
                self.files.carried = (report.left_out.iter())
                    .map(|item| Problem {
                        path: shown.clone(),
                        reason: Why::LeftOut(item.clone()),
                        article: None,
                    })
                    .collect();
                self.files
                    .problems
                    .extend(self.files.carried.iter().cloned());
                project.set_name(&archive_stem(path));
                let saved = save_as.and_then(|target| match project.save_as(&target) {
                    Ok(()) => {
                        self.files.remember(target.clone());
                        Some(target)
                    }
                    Err(e) => {
                        let msg = format!("{}: {e}", self.lang.files().cannot_save);
                        self.report_error(msg);
                        None
                    }
                });
                self.inform(format!(
                    "{} {shown}: {} articles, {} themes, {} passages",
                    s.imported, report.articles, report.themes, report.tags
                ));
                self.files.import_report = Some(ImportSummary {
                    archive: path.to_path_buf(),
                    project: saved,
                    report,
                });
                self.start_open(project);
            }
            Err(e) => self.report_error(format!("{}: {e}", s.import_failed)),
        }
    }
}

/// The archive's name without its extension (`import` when it has none).
fn archive_stem(archive: &Path) -> String {
    archive
        .file_stem()
        .map_or_else(|| "import".into(), |s| s.to_string_lossy().into_owned())
}

/// The project file and sources folder for `stem` in `folder`: `stem.vigie` and
/// `stem_sources`, or with the first number that makes both new (`stem (2).vigie`…).
fn free_names(folder: &Path, stem: &str) -> (PathBuf, PathBuf) {
    let folder = crate::project::paths::absolute(folder);
    (1..)
        .map(|n| match n {
            1 => stem.to_string(),
            n => format!("{stem} ({n})"),
        })
        .map(|name| {
            (
                folder.join(format!("{name}.vigie")),
                folder.join(format!("{name}_sources")),
            )
        })
        .find(|(p, d)| !p.exists() && !d.exists())
        .expect("some number is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_extensions() {
        assert_eq!(
            suggested(ExportKind::TagsCsv, "Veille « IA »"),
            "Veille « IA »_passages.csv"
        );
        assert_eq!(suggested(ExportKind::Qdpx, ""), "vigie.qdpx");
        assert_eq!(archive_stem(Path::new("/t/Foo.qdpx")), "Foo");
        assert_eq!(with_ext(Path::new("/t/a"), "qdpx"), Path::new("/t/a.qdpx"));
        assert_eq!(
            with_ext(Path::new("/t/a.QDPX"), "qdpx"),
            Path::new("/t/a.QDPX")
        );
    }
}
