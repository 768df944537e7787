//! Adding articles: files and folders read in the background, then added to the project as
//! one undo step; unreadable files go to the Problems list, duplicates are skipped.

use crate::corpus::is_supported;
use crate::project::{ArticleSource, content_hash, paths};
use crate::workspace::Article;
use crate::workspace::core::Workspace;
use crate::workspace::loader::{ImportJob, Job};
use crate::workspace::mentions::MentionIndex;
use crate::workspace::state::Problem;
use std::path::{Path, PathBuf};

impl Workspace {
    pub(super) fn start_import(&mut self, inputs: Vec<PathBuf>) {
        if self.refuse_when_busy() {
            return;
        }
        let mut paths = Vec::new();
        let mut problems = Vec::new();
        for p in inputs {
            let p = paths::absolute(&p);
            if p.is_file() && !is_supported(&p) {
                problems.push(Problem {
                    path: crate::corpus::display_path(&p),
                    reason: crate::corpus::Unreadable::NotAnArticle.into(),
                    article: None,
                });
            } else {
                paths.push(p);
            }
        }
        let lexicon = self.lexicon().clone();
        self.files.job = Some(Job::Import(ImportJob::start(paths, lexicon, problems)));
    }

    /// Adds what an import read to the project, as one undo step.
    pub(super) fn finish_import(&mut self, j: ImportJob) {
        let cancelled = j.is_cancelled();
        let mut added = Vec::new();
        let mut duplicates = 0;
        let loaded = j.loaded;
        self.project.edit(|b| {
            for (doc, extraction) in loaded {
                let source = ArticleSource::Path(paths::to_stored(None, Path::new(&doc.path)));
                let hash = content_hash(&doc.text);
                if b.corpus
                    .iter()
                    .any(|a| a.source == source || a.hash == hash)
                {
                    duplicates += 1;
                    continue;
                }
                match b.add_article(source, &doc.text) {
                    Ok(id) => added.push(Article::with_extraction(doc, extraction).with_id(id)),
                    Err(_) => duplicates += 1,
                }
            }
        });
        let first = self.docs.len();
        let n = added.len();
        self.docs.extend(added);
        self.after_book_change();
        if n > 0 {
            self.mentions = MentionIndex::new(&self.docs);
            self.selected = Some(first);
        }
        let problems = j.problems.len();
        self.files.problems.extend(j.problems);
        self.files.show_problems |= problems > 0;
        let fs = self.lang.files();
        let mut msg = if n == 0 {
            fs.nothing_added.to_string()
        } else {
            format!("{n} {}", fs.added)
        };
        if duplicates > 0 {
            msg.push_str(&format!(" · {duplicates} {}", fs.duplicates));
        }
        if problems > 0 {
            msg.push_str(&format!(" · {problems} {}", fs.problems.to_lowercase()));
        }
        if cancelled {
            msg = format!("{} {msg}", fs.cancelled);
        }
        self.inform(msg);
    }
}
