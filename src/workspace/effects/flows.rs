//! The file flows: new, open (with recovery and backup), save, save as, import, autosave and
//! quitting; what the workspace does with files on every frame.

use crate::project::{OpenError, Project, discard_recovery, paths};
use crate::workspace::Article;
use crate::workspace::command::{Answer, BrowseKind, FileCommand};
use crate::workspace::core::Workspace;
use crate::workspace::loader::{Job, OpenJob};
use crate::workspace::state::{OpenFailure, WindowRequest};
use std::path::{Path, PathBuf};

impl Workspace {
    /// Applies one file command (the dialogs it needs are opened here).
    pub fn apply_file(&mut self, command: FileCommand) {
        self.run_file(command, false);
    }

    fn run_file(&mut self, command: FileCommand, mut confirmed: bool) {
        use FileCommand as F;
        // An answer of the app's browser closes it, and carries the consent to leave unsaved
        // changes given before it opened.
        if Self::answers_browser(&command)
            && let Some(asked) = self.files.browse.take()
        {
            confirmed |= asked.confirmed;
        }
        let guarded = matches!(
            command,
            F::New | F::Open | F::OpenPath(_) | F::Quit | F::ImportQdpx | F::ImportQdpxFrom(_)
        );
        if guarded && !confirmed && self.project.is_dirty() {
            self.files.confirm = Some(command);
            return;
        }
        self.note_last_dir(&command);
        match command {
            F::New => {
                if self.refuse_when_busy() {
                    return;
                }
                let project = Project::new(self.lang.edit().untitled);
                self.replace_project(project, Vec::new());
                self.files.problems.clear();
                self.files.carried.clear();
                self.files.unreadable.clear();
            }
            F::Open => {
                if let Some(p) = self.ask(BrowseKind::Open, |d, _| d.open_project()) {
                    self.run_file(F::OpenPath(p), true);
                }
            }
            F::OpenPath(p) => self.open_path(p, true),
            F::OpenBackup { backup, original } => {
                self.files.open_error = None;
                match Project::open_recovery(&backup, &original) {
                    Ok(project) => self.start_open(project),
                    Err(e) => self.show_open_error(backup, &e),
                }
            }
            F::Save => {
                self.save();
            }
            F::SaveAs => {
                self.save_as_dialog();
            }
            F::SaveTo(p) => {
                let pending = self.files.after_save.take();
                if self.save_to(p)
                    && let Some(pending) = pending
                {
                    self.run_file(pending, true);
                }
            }
            F::AddFolder => {
                if let Some(p) = self.ask(BrowseKind::Add, |d, _| d.open_folder()) {
                    self.start_import(vec![p]);
                }
            }
            F::AddFiles => {
                if let Some(v) = self.ask(BrowseKind::AddFiles, |d, _| d.add_files()) {
                    self.start_import(v);
                }
            }
            F::AddPaths(v) => self.start_import(v),
            F::ExportChart(format) => self.export_chart_dialog(format),
            F::ExportChartTo(format, path) => self.export_chart_to(format, &path),
            F::Export(kind) => self.export_dialog(kind),
            F::ExportTo(kind, path) => self.export_to(kind, &path),
            F::ImportQdpx => self.import_dialog(),
            F::ImportQdpxFrom(path) => self.import_where(path),
            F::ImportQdpxInto { archive, folder } => self.import_into(&archive, &folder),
            F::CloseImportReport => self.files.import_report = None,
            F::ImportCodebook => self.import_codebook_dialog(),
            F::ImportCodebookFrom(path) => self.import_codebook_from(&path),
            F::Browse(kind) => self.open_browser(kind),
            F::CloseBrowser => {
                self.files.browse = None;
                self.files.after_save = None;
            }
            F::CancelLoad => self.cancel_load(),
            F::Recover => self.recover(),
            F::DiscardRecovery => {
                if let Some(offer) = self.files.recovery_offer.take() {
                    let _ = discard_recovery(&offer.recovery);
                    if let Some(p) = offer.project {
                        self.open_path(p, false);
                    }
                }
            }
            F::Confirm(answer) => {
                let Some(pending) = self.files.confirm.take() else {
                    return;
                };
                match answer {
                    Answer::Save if self.save() => self.run_file(pending, true),
                    // Saved once the browser says where.
                    Answer::Save if self.files.browse.is_some() => {
                        self.files.after_save = Some(pending);
                    }
                    Answer::Save | Answer::Cancel => {}
                    Answer::DontSave => {
                        self.discard_own_recovery();
                        self.run_file(pending, true);
                    }
                }
            }
            F::AllowOutside(yes) => {
                if let Some(mut project) = self.files.outside_consent.take() {
                    if yes {
                        project.allow_outside();
                    }
                    self.read_articles(*project);
                }
            }
            F::DismissOpenError => self.files.open_error = None,
            F::ToggleProblems => self.files.show_problems = !self.files.show_problems,
            F::ClearProblems => self.files.problems.retain(|p| p.article.is_some()),
            F::Autosave => self.autosave(),
            F::Quit => {
                self.discard_own_recovery();
                self.files.allow_close = true;
                self.files.window.push(WindowRequest::Close);
            }
            F::SetFilter(q) => self.files.list.filter = q,
            F::SetSort(s) => self.files.list.sort = s,
        }
        if confirmed && let Some(asked) = &mut self.files.browse {
            asked.confirmed = true;
        }
    }

    /// What the workspace does with files on every frame at time `now` (seconds): takes in
    /// background loads, autosaves a dirty project when it is time.
    pub fn tick(&mut self, now: f64) {
        self.poll_job();
        self.autosave_tick(now);
    }

    /// The window's close button was pressed: true when the close must wait for the answer to
    /// "unsaved changes" (asked here).
    pub fn close_requested(&mut self) -> bool {
        if self.files.allow_close {
            return false;
        }
        if self.project.is_dirty() {
            self.files.confirm = Some(FileCommand::Quit);
            true
        } else {
            self.discard_own_recovery();
            false
        }
    }

    /// The title the window should have ("• name — Vigie" when there are unsaved changes).
    pub fn wanted_title(&self) -> String {
        format!(
            "{}{} — Vigie",
            if self.project.is_dirty() { "• " } else { "" },
            self.project.name()
        )
    }

    pub(super) fn refuse_when_busy(&mut self) -> bool {
        let busy = self.files.is_busy();
        if busy {
            self.report_error(self.lang.files().busy);
        }
        busy
    }

    /// Shows `project` with its articles `docs` (already analysed with its lexicon).
    fn replace_project(&mut self, project: Project, docs: Vec<Article>) {
        let files = std::mem::take(&mut self.files);
        let (theme, visibility) = (self.theme, self.visibility);
        let generation = self.generation.wrapping_add(1);
        *self = Workspace::with_opened_project(project, docs, self.lang, files);
        self.theme = theme;
        self.visibility = visibility;
        self.generation = generation;
    }

    pub(crate) fn open_path(&mut self, path: PathBuf, offer_recovery: bool) {
        if self.refuse_when_busy() {
            return;
        }
        let path = paths::absolute(&path);
        self.files.carried.clear();
        if offer_recovery
            && let Some(offer) = self
                .files
                .places
                .as_ref()
                .and_then(|p| p.offer(Some(&path)))
        {
            self.files.recovery_offer = Some(offer);
            return;
        }
        match Project::open(&path) {
            Ok(project) => {
                self.files.remember(path);
                self.start_open(project);
            }
            Err(e) => {
                // A project that is gone leaves the recent list; a damaged one stays.
                if let OpenError::Io { source, .. } = &e
                    && source.kind() == std::io::ErrorKind::NotFound
                {
                    self.files.recent.remove(&path);
                    self.files.write_recent();
                }
                self.show_open_error(path, &e);
            }
        }
    }

    fn show_open_error(&mut self, path: PathBuf, e: &OpenError) {
        self.files.open_error = Some(OpenFailure {
            path,
            message: crate::i18n::errors::open(e, self.lang),
            backup: e.backup().map(Path::to_path_buf),
        });
    }

    /// Reads an opened project's articles, once the analyst has agreed to read those outside
    /// its folder (if any).
    pub(super) fn start_open(&mut self, project: Project) {
        if project.outside().is_empty() {
            self.read_articles(project);
        } else {
            self.files.outside_consent = Some(Box::new(project));
        }
    }

    fn read_articles(&mut self, project: Project) {
        self.files.job = Some(Job::Open(Box::new(OpenJob::start(project))));
    }

    fn recover(&mut self) {
        let Some(offer) = self.files.recovery_offer.take() else {
            return;
        };
        let opened = match &offer.project {
            Some(p) => Project::open_recovery(&offer.recovery, p),
            // A never-saved project: its recovery must not become its file.
            None => Project::open(&offer.recovery).map(|r| {
                let mut p = Project::new("");
                p.edit(|b| *b = r.book().clone());
                p.view = r.view.clone();
                p.start_clean();
                p.set_name(r.name());
                p
            }),
        };
        match opened {
            Ok(project) => self.start_open(project),
            Err(e) => self.show_open_error(offer.recovery, &e),
        }
    }

    fn cancel_load(&mut self) {
        match &mut self.files.job {
            // The project opens at once with the articles read so far (its reader stops, never
            // waited for); the others are listed as not read.
            Some(Job::Open(_)) => {
                if let Some(Job::Open(mut j)) = self.files.job.take() {
                    j.poll();
                    j.stop();
                    self.finish_open(j);
                    self.inform(self.lang.files().cancelled);
                }
            }
            // Articles read so far are still added.
            Some(job @ Job::Import(_)) => job.cancel(),
            // The file being read is let go, told to stop before it writes its sources (nothing
            // is written unless it already was); its result is dropped when it comes.
            Some(Job::Qdpx(j)) => {
                j.cancel();
                self.files.job = None;
                self.inform(self.lang.files().cancelled);
            }
            None => {}
        }
    }

    fn poll_job(&mut self) {
        let done = match &mut self.files.job {
            Some(Job::Open(j)) => j.poll(),
            Some(Job::Import(j)) => j.poll(),
            Some(Job::Qdpx(j)) => {
                let Some(outcome) = j.poll() else { return };
                let (path, save_as) = (j.path.clone(), j.save_as.clone());
                self.files.job = None;
                self.finish_qdpx(&path, save_as, outcome);
                return;
            }
            None => false,
        };
        if !done {
            return;
        }
        match self.files.job.take() {
            Some(Job::Open(j)) => self.finish_open(j),
            Some(Job::Import(j)) => self.finish_import(j),
            Some(Job::Qdpx(_)) | None => {}
        }
    }

    /// Makes the project whose articles were read the current one.
    fn finish_open(&mut self, mut j: Box<OpenJob>) {
        let was_dirty = j.was_dirty;
        let (mut project, docs, mut problems) = j.take();
        problems.append(&mut self.files.carried);
        if !was_dirty {
            // Re-anchoring on open is part of opening, not an edit to undo or save.
            project.start_clean();
        }
        let name = project.name().to_string();
        self.files.unreadable = problems.iter().filter_map(|p| p.article).collect();
        self.files.problems = problems;
        self.replace_project(project, docs);
        let orphans = self.project.book().orphans().len();
        self.files.show_problems = !self.files.problems.is_empty() || orphans > 0;
        self.inform(format!("{} {name}", self.lang.files().opened));
        self.files.title.clear();
    }
}
