//! The serialisable records of a project: articles, themes, tags and the undoable `Book`.

use super::charts::ChartSpec;
use super::correction::Correction;
pub use super::ids::{ArticleId, Guid, TagId, ThemeId, derived_guid, new_guid};
use super::time::Timestamp;
use crate::extract::lexicon::Actor;
use serde::{Deserialize, Serialize};

/// Where an article's text comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleSource {
    /// A file, relative to the project file's folder with `/` separators (absolute while the
    /// project has never been saved, or when on another drive).
    Path(String),
    /// One of the seeds bundled with Vigie, by file name (`vigie::corpus::SEEDS`).
    Bundled(String),
}

/// One article of the corpus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    /// Kept when the article travels to another tool (REFI-QDA sources). Files written before
    /// it existed get one derived from the project's GUID and the id when opened (see
    /// [`derived_guid`]), saved from then on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guid: Guid,
    pub source: ArticleSource,
    /// `sha256:<hex>` of the text as decoded, when it was last read.
    pub hash: String,
    /// When the article joined the project (REFI-QDA sources carry it); unknown for articles
    /// added before Vigie kept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<Timestamp>,
    /// The analyst's memo on the whole article.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub memo: String,
    /// Attributes of the article (outlet, country, author, language, or the analyst's own):
    /// name → value. REFI-QDA exchanges them as text variables of the source.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub attributes: std::collections::BTreeMap<String, String>,
}

/// A colour, red/green/blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// A theme of the codebook, nested at most one level (`parent` is a top-level theme).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: ThemeId,
    pub guid: Guid,
    pub name: String,
    pub color: Rgb,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<ThemeId>,
    /// A category: it groups sub-themes and cannot be tagged itself (REFI-QDA's
    /// `isCodable="false"`, as QualCoder and NVivo write their categories).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub category: bool,
    /// The analyst's memo on the theme (its description says what it means; the memo keeps
    /// notes on how it is used).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub memo: String,
}

/// A tagged passage: chars `[start, end)` of the article text exactly as decoded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    pub id: TagId,
    pub guid: Guid,
    pub theme: ThemeId,
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
    /// The tagged text (the slice `[start, end)` when the tag was placed).
    pub quote: String,
    /// Up to [`CONTEXT_CHARS`] chars before and after the passage, to find it again.
    #[serde(default)]
    pub before: String,
    #[serde(default)]
    pub after: String,
    #[serde(default)]
    pub memo: String,
    pub created: Timestamp,
    /// True when the passage could not be found in the article's current text; the tag stays in
    /// the project (with its last known range) until the analyst deals with it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphan: bool,
    /// Who tagged the passage (the project's coder name when the tag was placed; empty when
    /// unknown). REFI-QDA exports carry it as the selection's user.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub coder: String,
}

/// Chars of context kept on each side of a tagged passage.
pub const CONTEXT_CHARS: usize = 40;

/// Everything the analyst edits, under undo/redo: one snapshot per edit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Book {
    #[serde(default)]
    pub corpus: Vec<Article>,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// Actors the analyst added to the lexicon (merged into the base by canonical name).
    #[serde(default)]
    pub lexicon_additions: Vec<Actor>,
    /// Corrections and declarations that later, contradicting ones replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaced: Vec<super::supersede::Replaced>,
    #[serde(default)]
    pub charts: Vec<ChartSpec>,
    /// The name of whoever codes in this project, set once: every new tag records it (see
    /// [`Tag::coder`]); two coders' projects of one corpus are compared with
    /// [`crate::agreement`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub coder: String,
    /// The analyst's memo on the whole project.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub memo: String,
    /// The next id handed out (articles, themes and tags share one counter).
    #[serde(default = "first_id")]
    pub next_id: u64,
}

fn first_id() -> u64 {
    1
}

impl Book {
    /// An empty book.
    pub fn new() -> Book {
        Book {
            next_id: 1,
            ..Book::default()
        }
    }

    /// A fresh id, never handed out before in this project.
    pub(crate) fn fresh_id(&mut self) -> u64 {
        // Guard against a hand-edited file whose counter lags behind its ids.
        let max = self
            .corpus
            .iter()
            .map(|a| a.id.0)
            .chain(self.themes.iter().map(|t| t.id.0))
            .chain(self.tags.iter().map(|t| t.id.0))
            .max()
            .unwrap_or(0);
        let id = self.next_id.max(max + 1);
        self.next_id = id + 1;
        id
    }

    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.corpus.iter().find(|a| a.id == id)
    }

    pub fn theme(&self, id: ThemeId) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn tag(&self, id: TagId) -> Option<&Tag> {
        self.tags.iter().find(|t| t.id == id)
    }
}
