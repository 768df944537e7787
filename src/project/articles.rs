//! The corpus of a project: adding articles by path or bundled seed, hashing their text.

use super::errors::EditError;
use super::model::{Article, ArticleId, ArticleSource, Book, new_guid};
use super::time::Timestamp;
use crate::corpus::SEEDS;

/// `sha256:<hex>` of an article's text as decoded (the algorithm named, so it can change).
pub fn content_hash(text: &str) -> String {
    format!("sha256:{}", crate::corpus::content_hash(text))
}

/// The text of a bundled seed as Vigie decodes it (byte-order mark dropped).
pub fn bundled_text(name: &str) -> Option<&'static str> {
    SEEDS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.trim_start_matches('\u{feff}'))
}

impl Book {
    /// Adds an article whose text (as decoded) is `text`.
    pub fn add_article(
        &mut self,
        source: ArticleSource,
        text: &str,
    ) -> Result<ArticleId, EditError> {
        if let ArticleSource::Bundled(name) = &source
            && bundled_text(name).is_none()
        {
            return Err(EditError::NoSeed(name.clone()));
        }
        if self.corpus.iter().any(|a| a.source == source) {
            return Err(EditError::DuplicateArticle);
        }
        let id = ArticleId(self.fresh_id());
        self.corpus.push(Article {
            id,
            guid: new_guid(),
            source,
            hash: content_hash(text),
            added: Some(Timestamp::now()),
            memo: String::new(),
            attributes: Default::default(),
        });
        Ok(id)
    }

    /// Removes an article and its tags and corrections. Returns how many tags went with it.
    pub fn remove_article(&mut self, id: ArticleId) -> Result<usize, EditError> {
        self.article(id).ok_or(EditError::NoArticle(id))?;
        self.corpus.retain(|a| a.id != id);
        let n = self.tags.len();
        self.tags.retain(|t| t.article != id);
        self.corrections.retain(|c| c.article() != Some(id));
        for c in &mut self.charts {
            c.filters.articles.retain(|a| *a != id);
        }
        Ok(n - self.tags.len())
    }

    /// The article that comes from `source`, if any.
    pub fn article_by_source(&self, source: &ArticleSource) -> Option<&Article> {
        self.corpus.iter().find(|a| a.source == *source)
    }
}
