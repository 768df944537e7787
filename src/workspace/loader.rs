//! Background loading: a project's articles being read after it was opened, or files being
//! added. The UI polls a job every frame; the work happens on other threads, so the window
//! never freezes, and a dropped or cancelled job stops its workers. Both jobs run on the one
//! loader of `corpus::loader`.

use crate::corpus::Document;
use crate::corpus::loader::{self, LoadEvent, LoadHandle};
use crate::extract::{Extraction, Lexicon};
use crate::interchange::qdpx::{self, ImportReport};
use crate::project::{ArticleId, ArticleSource, Project, TagId};
use crate::workspace::Article;
use crate::workspace::state::Problem;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Work under way.
pub enum Job {
    Open(Box<OpenJob>),
    Import(ImportJob),
    /// A `.qdpx` being read into a new project.
    Qdpx(QdpxJob),
}

impl Job {
    /// Files done and to do.
    pub fn progress(&self) -> (usize, usize) {
        match self {
            Job::Open(j) => (j.done, j.total),
            Job::Import(j) => (j.done, j.total),
            Job::Qdpx(_) => (0, 1),
        }
    }

    pub fn cancel(&mut self) {
        match self {
            Job::Open(j) => j.handle.cancel(),
            Job::Import(j) => j.handle.cancel(),
            Job::Qdpx(j) => j.cancel(),
        }
    }
}

/// A project just opened, whose articles are being read and analysed.
pub struct OpenJob {
    pub project: Project,
    /// Whether the project had unsaved changes before its articles were re-anchored (a
    /// recovered project does).
    pub was_dirty: bool,
    pub docs: Vec<Article>,
    pub problems: Vec<Problem>,
    /// Tags that were not found again in their article's current text.
    pub orphans: Vec<TagId>,
    pub done: usize,
    pub total: usize,
    /// The articles' ids, in the order the loader reports them.
    ids: Vec<ArticleId>,
    /// How many articles the loader has reported (loaded or failed).
    reported: usize,
    handle: LoadHandle,
}

impl OpenJob {
    /// The opened project and what reading its articles gave (the job is left empty).
    pub fn take(&mut self) -> (Project, Vec<Article>, Vec<Problem>) {
        let project = std::mem::replace(&mut self.project, Project::new(""));
        let docs = std::mem::take(&mut self.docs);
        (project, docs, std::mem::take(&mut self.problems))
    }
}

impl OpenJob {
    /// Starts reading `project`'s articles (analysed with the project's lexicon) with the one
    /// background loader.
    pub fn start(project: Project) -> OpenJob {
        // An article outside the project's folder is only read with the analyst's consent.
        let sources: Vec<(ArticleId, ArticleSource, bool)> = project
            .book()
            .corpus
            .iter()
            .map(|a| (a.id, a.source.clone(), project.may_read(a.id)))
            .collect();
        let ids = sources.iter().map(|(id, _, _)| *id).collect();
        let total = sources.len();
        let lexicon = project.book().lexicon(&Lexicon::builtin());
        let handle = loader::spawn_items(
            sources,
            Arc::new(lexicon),
            |(_, source, _)| match source {
                ArticleSource::Path(p) | ArticleSource::Bundled(p) => p.clone(),
            },
            |(_, source, allowed)| {
                if !allowed {
                    return Err(crate::corpus::Unreadable::Outside);
                }
                crate::workspace::article::read_source(source)
            },
        );
        OpenJob {
            was_dirty: project.is_dirty(),
            project,
            docs: Vec::new(),
            problems: Vec::new(),
            orphans: Vec::new(),
            done: 0,
            total,
            ids,
            reported: 0,
            handle,
        }
    }

    /// Stops reading: the reader is cancelled and not waited for, and every article not
    /// reported yet is listed as not read.
    pub fn stop(&mut self) {
        self.handle.cancel();
        for &id in self.ids.get(self.reported..).unwrap_or_default() {
            let path = match self.project.book().article(id).map(|a| &a.source) {
                Some(ArticleSource::Path(p) | ArticleSource::Bundled(p)) => p.clone(),
                None => continue,
            };
            self.problems.push(Problem {
                path,
                reason: crate::corpus::Unreadable::Cancelled.into(),
                article: Some(id),
            });
        }
        self.reported = self.ids.len();
    }

    /// Takes in what the loader sent; true once every article has been dealt with.
    pub fn poll(&mut self) -> bool {
        let ended = self.handle.is_finished();
        let mut finished = false;
        for event in self.handle.try_iter() {
            match event {
                LoadEvent::Progress { done, .. } => self.done = done,
                LoadEvent::Loaded { doc, extraction } => {
                    let id = self.ids.get(self.reported).copied().unwrap_or(ArticleId(0));
                    self.reported += 1;
                    let doc = Article::with_extraction(doc, extraction).with_id(id);
                    if let Some(report) = self.project.sync_article(doc.id, &doc.doc.text) {
                        self.orphans.extend(report.orphans);
                    }
                    self.docs.push(doc);
                }
                LoadEvent::Problem { path, reason } => {
                    // A problem of the loader itself has no path and no article.
                    let article = (!path.is_empty()).then(|| self.ids.get(self.reported));
                    let article = article.flatten().copied();
                    self.reported += usize::from(article.is_some());
                    self.problems.push(Problem {
                        path,
                        reason: reason.into(),
                        article,
                    });
                }
                LoadEvent::Finished => finished = true,
            }
        }
        finished || ended
    }
}

/// Files being added to the project.
pub struct ImportJob {
    handle: LoadHandle,
    pub loaded: Vec<(Document, Extraction)>,
    pub problems: Vec<Problem>,
    pub done: usize,
    pub total: usize,
}

impl ImportJob {
    /// Starts reading `paths` (files and folders), analysed with `lexicon`.
    pub fn start(paths: Vec<PathBuf>, lexicon: Lexicon, problems: Vec<Problem>) -> ImportJob {
        ImportJob {
            handle: loader::spawn(paths, Arc::new(lexicon)),
            loaded: Vec::new(),
            problems,
            done: 0,
            total: 0,
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.handle.is_cancelled()
    }

    /// Takes in what the loader sent; true once it has finished (or was cancelled).
    pub fn poll(&mut self) -> bool {
        // Checked first: once the thread is gone, everything it sent is drained below.
        let ended = self.handle.is_finished();
        let mut finished = false;
        for event in self.handle.try_iter() {
            match event {
                LoadEvent::Progress { done, total } => (self.done, self.total) = (done, total),
                LoadEvent::Loaded { doc, extraction } => self.loaded.push((doc, extraction)),
                LoadEvent::Problem { path, reason } => self.problems.push(Problem {
                    path,
                    reason: reason.into(),
                    article: None,
                }),
                LoadEvent::Finished => finished = true,
            }
        }
        // A loader whose thread is gone without a word has finished too.
        finished || ended
    }
}

/// What a `.qdpx` import gives: the new project and what was left out, or why it failed.
pub type QdpxOutcome = Result<(Project, ImportReport), String>;

/// A `.qdpx` being read on a thread of its own, so that a large or hostile file never stalls
/// (or, by a panic, brings down) the window.
pub struct QdpxJob {
    /// The `.qdpx` being read.
    pub path: PathBuf,
    /// Where the new project is saved once read (`None`: left unsaved).
    pub save_as: Option<PathBuf>,
    /// Set by Cancel: the import stops before writing anything if it can still.
    stop: Arc<AtomicBool>,
    outcome: Receiver<QdpxOutcome>,
}

impl QdpxJob {
    /// Starts importing `path`, its sources written as text files in `dest`.
    pub fn start(path: PathBuf, dest: PathBuf) -> QdpxJob {
        let (tx, outcome) = mpsc::channel();
        let from = path.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let spawned = std::thread::Builder::new()
            .name("vigie-qdpx".into())
            .spawn(move || {
                let r = catch_unwind(AssertUnwindSafe(|| {
                    qdpx::import_unless(&from, &dest, &stopped)
                }));
                let _ = tx.send(match r {
                    Ok(Ok(Some(r))) => Ok(r),
                    Ok(Ok(None)) => Err("cancelled".into()),
                    Ok(Err(e)) => Err(e.to_string()),
                    Err(_) => {
                        Err("internal error while reading this file (please report it)".into())
                    }
                });
            });
        if let Err(e) = spawned {
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Err(e.to_string()));
            return QdpxJob {
                path,
                save_as: None,
                stop,
                outcome: rx,
            };
        }
        QdpxJob {
            path,
            save_as: None,
            stop,
            outcome,
        }
    }

    /// Stops the import before it writes anything, if it has not yet (its result is then
    /// dropped by the workspace).
    pub fn cancel(&self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// The outcome once the import has ended (`None` while it runs).
    pub fn poll(&self) -> Option<QdpxOutcome> {
        match self.outcome.try_recv() {
            Ok(o) => Some(o),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the import stopped".into())),
        }
    }
}
