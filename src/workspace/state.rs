//! The workspace's state as plain data: the status message, the search, which highlights are
//! shown, the article list's filter, the path prompt, a project that would not open, the
//! recovery offer, the Problems list, and what the views must show or the window must do next.

use crate::extract::EntityKind;
use crate::project::{ArticleId, Book};
use crate::workspace::Article;
use crate::workspace::command::{BrowseKind, Sort};
use crate::workspace::search::{Folded, Hit, fold};
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::ops::Range;
use std::path::PathBuf;

/// A message for the analyst in the status bar (an edit that failed, a file saved…).
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// The state of the corpus search.
#[derive(Debug, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    /// Index into `hits` of the current hit.
    pub current: Option<usize>,
    /// Folded copies of the articles, made on the first search.
    pub(crate) folded: Vec<Folded>,
}

/// What the reader must bring into view: article `article`'s char `range`, flashed or not.
/// The workspace asks; the reader (view state) does it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reveal {
    pub article: usize,
    pub range: Range<usize>,
    pub flash: bool,
}

/// What the window must do (the app's shell sends it to the window).
#[derive(Debug, Clone, PartialEq)]
pub enum WindowRequest {
    /// Close the window (after "Quit").
    Close,
    /// Put this on the clipboard.
    Copy(crate::workspace::citation::Clip),
}

/// What the reader shows: which highlights (the legend's toggles), and the coding stripes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visibility {
    /// Indexed like [`EntityKind::ALL`].
    pub kinds: [bool; 6],
    pub figures: bool,
    /// The coding stripes beside the reader's text (View ▸ Coding stripes).
    pub stripes: bool,
}

impl Default for Visibility {
    fn default() -> Self {
        Visibility {
            kinds: [true; 6],
            figures: true,
            stripes: true,
        }
    }
}

impl Visibility {
    pub fn shows(&self, kind: EntityKind) -> bool {
        let i = EntityKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[i]
    }

    pub fn toggle(&mut self, kind: EntityKind) {
        if let Some(i) = EntityKind::ALL.iter().position(|k| *k == kind) {
            self.kinds[i] = !self.kinds[i];
        }
    }
}

/// The list's filter and sort.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ListState {
    pub filter: String,
    pub sort: Sort,
}

/// The folded texts the list's filter searches, made once per article (and once per change of
/// an article's attributes): a cache, kept by whoever draws the list, not part of the model.
#[derive(Debug, Default)]
pub struct ListCache {
    folded: HashMap<ArticleId, (usize, String)>,
    /// Each article's attribute values, folded, with the hash of the attributes they come from.
    folded_attributes: HashMap<ArticleId, (u64, String)>,
}

impl ListState {
    /// Indexes into `docs` of the entries to show, in order. The filter matches an article's
    /// title, file, text and attribute values (outlet, country… from `book`); `cache` keeps
    /// their folded forms between calls.
    pub fn visible(&self, docs: &[Article], book: &Book, cache: &mut ListCache) -> Vec<usize> {
        let needle = fold(self.filter.trim());
        let mut out: Vec<usize> = if needle.is_empty() {
            (0..docs.len()).collect()
        } else {
            // Attribute values are folded once per change of the attributes (hash), not every
            // frame.
            let attributes: HashMap<ArticleId, &std::collections::BTreeMap<String, String>> = book
                .corpus
                .iter()
                .filter(|a| !a.attributes.is_empty())
                .map(|a| (a.id, &a.attributes))
                .collect();
            (0..docs.len())
                .filter(|&i| {
                    let d = &docs[i];
                    let key = d.doc.text.len();
                    let entry = cache
                        .folded
                        .entry(d.id)
                        .or_insert_with(|| (usize::MAX, String::new()));
                    if entry.0 != key {
                        // Title, source file (path) and text.
                        let (title, path) = (fold(d.title()), fold(&d.doc.path));
                        *entry = (key, format!("{title}\n{path}\n{}", fold(&d.doc.text)));
                    }
                    entry.1.contains(&needle)
                        || attributes.get(&d.id).is_some_and(|a| {
                            let hash = BuildHasherDefault::<DefaultHasher>::default().hash_one(a);
                            let (was, folded) = cache
                                .folded_attributes
                                .entry(d.id)
                                .or_insert_with(|| (!hash, String::new()));
                            if *was != hash {
                                let values: Vec<&str> = a.values().map(String::as_str).collect();
                                *was = hash;
                                *folded = fold(&values.join("\n"));
                            }
                            folded.contains(&needle)
                        })
                })
                .collect()
        };
        match self.sort {
            Sort::Added => {}
            Sort::Title => out.sort_by_cached_key(|&i| fold(docs[i].title())),
            Sort::Date => out.sort_by(|&a, &b| {
                let (da, db) = (&docs[a].doc.date, &docs[b].doc.date);
                match (da, db) {
                    (Some(x), Some(y)) => y.cmp(x),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
            }),
        }
        out
    }
}

/// What the app's own file browser is asked (shown when there is no native dialog): for
/// what, starting in which folder, with which file name.
#[derive(Debug, Clone, PartialEq)]
pub struct BrowseRequest {
    pub kind: BrowseKind,
    pub dir: PathBuf,
    /// The file name offered (empty when picking).
    pub name: String,
    /// The analyst already agreed to leave the project's unsaved changes (not asked again).
    pub confirmed: bool,
}

/// What a `.qdpx` import took and left out, shown until the analyst closes it.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportSummary {
    pub archive: PathBuf,
    /// Where the new project was saved (`None`: it could not be).
    pub project: Option<PathBuf>,
    pub report: crate::interchange::qdpx::ImportReport,
}

/// A project that would not open: what the analyst is told, and its backup if any.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenFailure {
    pub path: PathBuf,
    pub message: String,
    pub backup: Option<PathBuf>,
}

/// Unsaved work found at start (or when opening): a recovery file newer than its project.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryOffer {
    pub recovery: PathBuf,
    /// The project it stands in for (`None`: a project never saved).
    pub project: Option<PathBuf>,
}

/// A file or article that could not be read, or something an import left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub path: String,
    /// Why, as data: the view words it in the interface language.
    pub reason: Why,
    /// Set for an article of the project (it stays in the project).
    pub article: Option<ArticleId>,
}

/// Why a file is listed in Problems, kept as data so it is worded in the language the analyst
/// reads when the list is drawn, not in the one active when it was found.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// A file that gave no article.
    Unreadable(crate::corpus::Unreadable),
    /// Something a `.qdpx` or codebook import could not take as it was.
    LeftOut(crate::interchange::qdpx::LeftOut),
}

impl From<crate::corpus::Unreadable> for Why {
    fn from(r: crate::corpus::Unreadable) -> Self {
        Why::Unreadable(r)
    }
}

impl Why {
    /// In `lang`, for the Problems list.
    pub fn worded(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Why::Unreadable(r) => crate::i18n::errors::unreadable(r, lang),
            Why::LeftOut(item) => lang.left_out(item),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visibility_toggles_one_kind() {
        let mut v = Visibility::default();
        v.toggle(EntityKind::Place);
        assert!(!v.shows(EntityKind::Place));
        assert!(v.shows(EntityKind::Person));
        v.toggle(EntityKind::Place);
        assert_eq!(v, Visibility::default());
    }
}
