//! Keeps what the app shows in line with the project's book after every edit, undo and redo:
//! articles added or removed, the lexicon rebuilt and articles re-analysed when the analyst's
//! additions change, corrections re-applied, highlights and mention counts refreshed; which
//! corrections name mentions no longer found.

use crate::corpus::Document;
use crate::project::{ArticleId, ArticleSource, Project};
use crate::workspace::Article;
use crate::workspace::core::Workspace;
use crate::workspace::mentions::MentionIndex;
use crate::workspace::mentions::MentionsPanel;

impl Workspace {
    /// Brings `docs`, the lexicon, the highlights and the mention index in line with the book.
    pub(crate) fn after_book_change(&mut self) {
        let corpus_changed = self.sync_corpus();
        let additions = &self.project.book().lexicon_additions;
        let relex = *additions != self.lexicon_additions;
        if relex {
            self.lexicon_additions = additions.clone();
            self.lexicon = self.project.lexicon(&self.base_lexicon);
            for d in &mut self.docs {
                d.reanalyse(&self.lexicon);
            }
        }
        let mut changed = corpus_changed || relex;
        for d in &mut self.docs {
            changed |= d.correct(&self.project);
        }
        if changed {
            self.mentions = MentionIndex::new(&self.docs);
            if let Some(p) = &self.mentions_panel {
                let name = p.name.clone();
                self.mentions_panel = Some(MentionsPanel::new(name, &self.mentions, &self.docs));
            }
        }
        if corpus_changed || self.duplicates.len() != self.docs.len() {
            let texts: Vec<&str> = self.docs.iter().map(|d| d.doc.text.as_str()).collect();
            self.duplicates = crate::claims::find_duplicates(&texts);
        }
        // Tags may have changed: every cached layout is redrawn.
        self.bump_annotations();
        // Claims may be numbered anew: the list of claims to merge with closes.
        self.charts.merging = None;
    }

    /// For each of the book's corrections, how many of the figure mentions it names are no
    /// longer in the articles read (0 for one that still applies, and for entity corrections).
    pub fn missing_mentions(&self) -> Vec<usize> {
        let by_id: std::collections::HashMap<ArticleId, &Article> =
            self.docs.iter().map(|d| (d.id, d)).collect();
        let figures_of = |id| by_id.get(&id).map(|d| d.raw.figures.as_slice());
        self.project
            .book()
            .corrections
            .iter()
            .map(|c| crate::project::missing_mentions(c, figures_of))
            .collect()
    }

    /// Drops articles the book no longer has and reads the ones it gained (an undone removal,
    /// a redone import). Returns true when `docs` changed.
    fn sync_corpus(&mut self) -> bool {
        let book = self.project.book();
        let before = self.docs.len();
        self.docs.retain(|d| book.article(d.id).is_some());
        let mut changed = self.docs.len() != before;
        let missing: Vec<ArticleId> = book
            .corpus
            .iter()
            .map(|a| a.id)
            .filter(|id| self.docs.iter().all(|d| d.id != *id))
            // Articles that could not be read when the project was opened are in the Problems
            // list; they are not read again on every edit.
            .filter(|id| !self.files.unreadable.contains(id))
            .collect();
        for id in missing {
            match read_article(&self.project, id) {
                Ok(doc) => {
                    self.docs.push(Article::new(doc, &self.lexicon).with_id(id));
                    changed = true;
                }
                Err(e) => self.report_error(e),
            }
        }
        if changed {
            // Keep the project's order.
            let order = |id: ArticleId| book_position(&self.project, id);
            self.docs.sort_by_key(|d| order(d.id));
            self.search = Default::default();
            self.selection = None;
            self.selected = match self.selected {
                _ if self.docs.is_empty() => None,
                Some(i) => Some(i.min(self.docs.len() - 1)),
                None => Some(0),
            };
        }
        changed
    }
}

fn book_position(project: &Project, id: ArticleId) -> usize {
    project
        .book()
        .corpus
        .iter()
        .position(|a| a.id == id)
        .unwrap_or(usize::MAX)
}

/// Reads one article of the project as a document (title and date included).
pub fn read_article(project: &Project, id: ArticleId) -> Result<Document, String> {
    let article = project
        .book()
        .article(id)
        .ok_or_else(|| format!("no article {id}"))?;
    if !project.may_read(id) {
        let name = match &article.source {
            ArticleSource::Path(p) | ArticleSource::Bundled(p) => p,
        };
        return Err(format!("{name}: {}", crate::corpus::Unreadable::Outside));
    }
    crate::workspace::article::read_source(&article.source).map_err(|e| match &article.source {
        ArticleSource::Path(p) => format!("{p}: {e}"),
        ArticleSource::Bundled(_) => e.to_string(),
    })
}
