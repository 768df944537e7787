//! Background loading: a project's articles being read after it was opened, or files being
//! added. The UI polls a job every frame; the work happens on other threads, so the window
//! never freezes, and a dropped or cancelled job stops its workers.

use crate::corpus::Document;
use crate::corpus::loader::{self, LoadEvent, LoadHandle};
use crate::extract::{Extraction, Lexicon};
use crate::project::{ArticleId, ArticleSource, Project, TagId};
use crate::workspace::Article;
use crate::workspace::state::Problem;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};

/// Work under way.
pub enum Job {
    Open(Box<OpenJob>),
    Import(ImportJob),
}

impl Job {
    /// Files done and to do.
    pub fn progress(&self) -> (usize, usize) {
        match self {
            Job::Open(j) => (j.done, j.total),
            Job::Import(j) => (j.done, j.total),
        }
    }

    pub fn cancel(&self) {
        match self {
            Job::Open(j) => j.cancel.store(true, Ordering::Relaxed),
            Job::Import(j) => j.handle.cancel(),
        }
    }
}

/// One article read for an opened project.
enum ArticleEvent {
    Loaded(Box<Article>),
    Failed {
        id: ArticleId,
        path: String,
        reason: crate::corpus::Unreadable,
    },
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
    events: Receiver<ArticleEvent>,
    cancel: Arc<AtomicBool>,
}

impl OpenJob {
    /// The opened project and what reading its articles gave (the job is left empty).
    pub fn take(&mut self) -> (Project, Vec<Article>, Vec<Problem>) {
        let project = std::mem::replace(&mut self.project, Project::new(""));
        let docs = std::mem::take(&mut self.docs);
        (project, docs, std::mem::take(&mut self.problems))
    }
}

impl Drop for OpenJob {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

impl OpenJob {
    /// Starts reading `project`'s articles (analysed with the project's lexicon).
    pub fn start(project: Project) -> OpenJob {
        let (tx, events) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        let sources: Vec<(ArticleId, ArticleSource)> = project
            .book()
            .corpus
            .iter()
            .map(|a| (a.id, a.source.clone()))
            .collect();
        let total = sources.len();
        let book = project.book().clone();
        let spawned = std::thread::Builder::new()
            .name("vigie-open".into())
            .spawn(move || {
                let lexicon = book.lexicon(&Lexicon::builtin());
                for (id, source) in sources {
                    if flag.load(Ordering::Relaxed) {
                        return;
                    }
                    let path = match &source {
                        ArticleSource::Path(p) | ArticleSource::Bundled(p) => p.clone(),
                    };
                    let work = || {
                        crate::workspace::article::read_source(&source)
                            .map(|d| Article::new(d, &lexicon).with_id(id))
                    };
                    let event = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)) {
                        Ok(Ok(doc)) => ArticleEvent::Loaded(Box::new(doc)),
                        Ok(Err(reason)) => ArticleEvent::Failed { id, path, reason },
                        Err(_) => ArticleEvent::Failed {
                            id,
                            path,
                            reason: crate::corpus::Unreadable::Internal,
                        },
                    };
                    if tx.send(event).is_err() {
                        return;
                    }
                }
            });
        let mut job = OpenJob {
            was_dirty: project.is_dirty(),
            project,
            docs: Vec::new(),
            problems: Vec::new(),
            orphans: Vec::new(),
            done: 0,
            total,
            events,
            cancel,
        };
        if let Err(e) = spawned {
            job.total = 0;
            job.problems.push(Problem {
                path: String::new(),
                reason: crate::corpus::Unreadable::Other(format!(
                    "cannot start reading the articles: {e}"
                )),
                article: None,
            });
        }
        job
    }

    /// Takes in what the worker sent; true once every article has been dealt with.
    pub fn poll(&mut self) -> bool {
        for event in self.events.try_iter() {
            self.done += 1;
            match event {
                ArticleEvent::Loaded(doc) => {
                    if let Some(report) = self.project.sync_article(doc.id, &doc.doc.text) {
                        self.orphans.extend(report.orphans);
                    }
                    self.docs.push(*doc);
                }
                ArticleEvent::Failed { id, path, reason } => self.problems.push(Problem {
                    path,
                    reason,
                    article: Some(id),
                }),
            }
        }
        self.done >= self.total
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
                    reason,
                    article: None,
                }),
                LoadEvent::Finished => finished = true,
            }
        }
        // A loader whose thread is gone without a word has finished too.
        finished || ended
    }
}
