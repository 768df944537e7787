//! What a chart is computed from: each article's id, title, date, text and its extraction
//! after the project's corrections, plus the project's tags and themes for theme filters and
//! its corrections to claims (split, merge, canonical mention).

use crate::extract::Extraction;
use crate::project::{ArticleId, Correction, Tag, Theme};

/// One article as a chart sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartArticle {
    pub id: ArticleId,
    pub title: String,
    /// ISO `YYYY-MM-DD`, when the article states it.
    pub date: Option<String>,
    pub text: String,
    /// The engine's output with the analyst's corrections applied.
    pub extraction: Extraction,
}

/// Everything a chart may draw on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartCorpus {
    pub articles: Vec<ChartArticle>,
    pub tags: Vec<Tag>,
    pub themes: Vec<Theme>,
    /// Names the corpus in the export footer ("seeds", a folder, a project file).
    pub name: String,
    /// The analyst's corrections to claims, in the order they were made (other corrections
    /// are already applied to the extractions).
    pub corrections: Vec<Correction>,
    /// Each article's attributes (outlet, country...), for reports' crosstabs.
    pub attributes:
        std::collections::HashMap<ArticleId, std::collections::BTreeMap<String, String>>,
}

impl ChartCorpus {
    /// Whether chars `[start, end)` of `article` lie inside a passage tagged with one of
    /// `themes` (or with a sub-theme of one of them).
    pub fn in_themes(
        &self,
        article: ArticleId,
        start: usize,
        end: usize,
        themes: &[crate::project::ThemeId],
    ) -> bool {
        self.tags.iter().any(|t| {
            t.article == article
                && !t.orphan
                && t.start <= start
                && end <= t.end
                && (themes.contains(&t.theme)
                    || self.themes.iter().any(|th| {
                        th.id == t.theme && th.parent.is_some_and(|p| themes.contains(&p))
                    }))
        })
    }
}
