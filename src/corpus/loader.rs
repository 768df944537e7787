//! Background loading, the one loader of the app and the CLI: reads and analyses a set of
//! files and folders, or a project's articles, on worker threads and reports progress,
//! documents and problems over a channel the UI polls.
//!
//! Documents and problems come out in path order (sorted, duplicates removed) whatever order
//! the workers finish in; `Progress` counts completions as they happen.

use super::{Document, Unreadable, display_path, is_supported, load_file};
use crate::extract::{Extraction, Lexicon, extract};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryIter};
use std::thread::JoinHandle;

/// What the loader reports.
#[derive(Debug)]
pub enum LoadEvent {
    /// `done` of `total` files have been read and analysed (sent after each one).
    Progress { done: usize, total: usize },
    /// One article, read and analysed.
    Loaded {
        doc: Document,
        extraction: Extraction,
    },
    /// A path that could not be loaded, and why.
    Problem { path: String, reason: Unreadable },
    /// The last event: everything was loaded, or the load was cancelled.
    Finished,
}

/// A load under way. Dropping it cancels the load.
pub struct LoadHandle {
    events: Receiver<LoadEvent>,
    cancel: Arc<AtomicBool>,
    worker: Option<JoinHandle<()>>,
}

impl LoadHandle {
    /// The events received so far, without blocking.
    pub fn try_iter(&self) -> TryIter<'_, LoadEvent> {
        self.events.try_iter()
    }

    /// Blocks for the next event; `None` once the loader has stopped and every event was read.
    pub fn recv(&self) -> Option<LoadEvent> {
        self.events.recv().ok()
    }

    /// Asks the workers to stop: files not yet started are skipped and no further document is
    /// reported; `Finished` still comes.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// True once the background thread has stopped (its events may still be unread).
    pub fn is_finished(&self) -> bool {
        self.worker.as_ref().is_none_or(JoinHandle::is_finished)
    }
}

impl Drop for LoadHandle {
    fn drop(&mut self) {
        // The worker notices and stops; the UI thread never waits for it.
        self.cancel();
    }
}

/// Starts loading `paths` (files, and folders expanded recursively to their supported files).
pub fn spawn(paths: Vec<PathBuf>, lexicon: Arc<Lexicon>) -> LoadHandle {
    spawn_with_notify(paths, lexicon, || {})
}

/// Like [`spawn`], calling `notify` after each event is sent (a UI asks for a repaint there).
pub fn spawn_with_notify(
    paths: Vec<PathBuf>,
    lexicon: Arc<Lexicon>,
    notify: impl Fn() + Send + Sync + 'static,
) -> LoadHandle {
    start(notify, move |out| run(&paths, &lexicon, out))
}

/// Starts reading and analysing `items` (a project's articles, say) in their order: `read`
/// turns one into a document, `name` names it in a problem; errors and panics become problems.
pub fn spawn_items<T>(
    items: Vec<T>,
    lexicon: Arc<Lexicon>,
    name: impl Fn(&T) -> String + Send + Sync + 'static,
    read: impl Fn(&T) -> Result<Document, Unreadable> + Send + Sync + 'static,
) -> LoadHandle
where
    T: Send + Sync + 'static,
{
    start(
        || {},
        move |out| {
            each_in_order(&items, out, |item| {
                guarded(name(item), || {
                    let doc = read(item)?;
                    let extraction = extract(&doc.engine_text(), &lexicon);
                    Ok((doc, extraction))
                })
            })
        },
    )
}

/// Runs `job` on the loader thread, then says `Finished` (a panic becomes a problem first).
fn start(
    notify: impl Fn() + Send + Sync + 'static,
    job: impl FnOnce(&Out) + Send + 'static,
) -> LoadHandle {
    let (tx, events) = mpsc::channel();
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let worker = std::thread::Builder::new()
        .name("vigie-loader".into())
        .spawn(move || {
            let out = Out {
                tx,
                notify: &notify,
                cancel: &flag,
            };
            if catch_unwind(AssertUnwindSafe(|| job(&out))).is_err() {
                out.send(LoadEvent::Problem {
                    path: String::new(),
                    reason: Unreadable::Internal,
                });
            }
            out.send(LoadEvent::Finished);
        });
    LoadHandle {
        events,
        cancel,
        // Without a thread there is nothing to wait for: the channel is closed, `recv` says so.
        worker: worker.ok(),
    }
}

/// The sending side: stops talking once the load is cancelled or nobody listens.
struct Out<'a> {
    tx: Sender<LoadEvent>,
    notify: &'a (dyn Fn() + Send + Sync),
    cancel: &'a AtomicBool,
}

impl Out<'_> {
    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    fn send(&self, event: LoadEvent) {
        let last = matches!(event, LoadEvent::Finished);
        if (last || !self.cancelled()) && self.tx.send(event).is_err() {
            self.cancel.store(true, Ordering::Relaxed);
        }
        (self.notify)();
    }
}

/// One file's outcome: the article, or its path and what went wrong.
type Outcome = Result<(Document, Extraction), (String, Unreadable)>;

fn run(inputs: &[PathBuf], lexicon: &Lexicon, out: &Out) {
    let (files, problems) = expand(inputs);
    for (path, reason) in problems {
        out.send(LoadEvent::Problem { path, reason });
    }
    each_in_order(&files, out, |path| process(path, lexicon));
}

/// Runs `work` on every item in parallel and reports the outcomes in the items' order, with
/// progress as they complete.
fn each_in_order<T: Sync>(items: &[T], out: &Out, work: impl Fn(&T) -> Outcome + Sync) {
    let total = items.len();
    out.send(LoadEvent::Progress { done: 0, total });
    let (done_tx, done_rx) = mpsc::channel::<(usize, Outcome)>();
    let work = &work;
    std::thread::scope(|s| {
        s.spawn(move || {
            items
                .par_iter()
                .enumerate()
                .for_each_with(done_tx, |tx, (i, item)| {
                    if out.cancelled() {
                        return;
                    }
                    let _ = tx.send((i, work(item)));
                });
        });
        let mut order = Reorder::new();
        for (n, (i, outcome)) in done_rx.into_iter().enumerate() {
            out.send(LoadEvent::Progress { done: n + 1, total });
            for outcome in order.push(i, outcome) {
                out.send(match outcome {
                    Ok((doc, extraction)) => LoadEvent::Loaded { doc, extraction },
                    Err((path, reason)) => LoadEvent::Problem { path, reason },
                });
            }
        }
    });
}

/// Loads and analyses one file; a panic anywhere in it becomes a problem for that file.
fn process(path: &Path, lexicon: &Lexicon) -> Outcome {
    let display = display_path(path);
    guarded(display.clone(), || {
        let doc = load_file(path, display)?;
        let extraction = extract(&doc.engine_text(), lexicon);
        Ok((doc, extraction))
    })
}

/// Runs `work` for the file shown as `display`, turning its error or its panic into a problem.
fn guarded(
    display: String,
    work: impl FnOnce() -> Result<(Document, Extraction), Unreadable>,
) -> Outcome {
    match catch_unwind(AssertUnwindSafe(work)) {
        Ok(Ok(pair)) => Ok(pair),
        Ok(Err(reason)) => Err((display, reason)),
        Err(_) => Err((display, Unreadable::Internal)),
    }
}

/// Hands results back in index order: holds each one until all those before it have come.
struct Reorder<T> {
    next: usize,
    waiting: BTreeMap<usize, T>,
}

impl<T> Reorder<T> {
    fn new() -> Self {
        Reorder {
            next: 0,
            waiting: BTreeMap::new(),
        }
    }

    /// Stores result `i` and returns every result now ready, in order.
    fn push(&mut self, i: usize, item: T) -> Vec<T> {
        self.waiting.insert(i, item);
        let mut ready = Vec::new();
        while let Some(item) = self.waiting.remove(&self.next) {
            ready.push(item);
            self.next += 1;
        }
        ready
    }
}

/// Expands the inputs into the files to load (sorted, without duplicates) and the problems met
/// on the way (a missing path, an unreadable folder); unlike `collect_paths`, one bad input
/// does not stop the others.
fn expand(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<(String, Unreadable)>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Err(e) => problems.push((display_path(input), Unreadable::Io(e.to_string()))),
            Ok(m) if m.is_dir() => walk(input, &mut files, &mut problems, &mut seen),
            Ok(_) => files.push(input.clone()),
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<(String, Unreadable)>,
    seen: &mut HashSet<PathBuf>,
) {
    let listing = std::fs::canonicalize(dir).and_then(|canon| {
        let fresh = seen.insert(canon);
        Ok(if fresh {
            Some(std::fs::read_dir(dir)?)
        } else {
            None
        })
    });
    let entries = match listing {
        Ok(Some(entries)) => entries,
        Ok(None) => return,
        Err(e) => {
            problems.push((display_path(dir), Unreadable::Folder(e.to_string())));
            return;
        }
    };
    for entry in entries {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, files, problems, seen);
                } else if is_supported(&path) {
                    files.push(path);
                }
            }
            Err(e) => problems.push((display_path(dir), Unreadable::Folder(e.to_string()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reorder_releases_results_in_index_order() {
        let mut r = Reorder::new();
        assert!(r.push(2, 'c').is_empty());
        assert!(r.push(1, 'b').is_empty());
        assert_eq!(r.push(0, 'a'), vec!['a', 'b', 'c']);
        assert_eq!(r.push(4, 'e'), Vec::<char>::new());
        assert_eq!(r.push(3, 'd'), vec!['d', 'e']);
    }

    #[test]
    fn a_panic_becomes_a_problem_for_that_file() {
        let got = guarded("a.txt".into(), || panic!("boom"));
        let (path, reason) = got.expect_err("a panic is a problem");
        assert_eq!(path, "a.txt");
        assert_eq!(reason, Unreadable::Internal);
        let got = guarded("b.txt".into(), || {
            Err(Unreadable::Decode(crate::corpus::DecodeError::Empty))
        });
        assert_eq!(
            got.err(),
            Some((
                "b.txt".into(),
                Unreadable::Decode(crate::corpus::DecodeError::Empty)
            ))
        );
    }

    #[test]
    fn missing_inputs_are_problems_not_failures() {
        let (files, problems) = expand(&[PathBuf::from("/definitely/not/here.txt")]);
        assert!(files.is_empty());
        assert_eq!(problems.len(), 1);
        assert!(matches!(problems[0].1, Unreadable::Io(_)));
        assert!(problems[0].1.to_string().starts_with("cannot read"));
    }
}
