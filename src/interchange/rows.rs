//! One flat row per tag or per figure, for the CSV and JSON exports.

use crate::chart::input::ChartCorpus;
use crate::project::{ArticleId, ArticleSource, Project, Tag, paths};
use crate::text::{CharIndex, sentences};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

/// A tagged passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TagRow {
    /// The theme's name.
    pub theme: String,
    /// The parent theme's name, for a sub-theme.
    pub parent: Option<String>,
    /// The article: its path relative to the project file, or `seeds/<file>`.
    pub article: String,
    /// Chars `[start, end)` of the article's text as decoded.
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub memo: String,
    /// True when the passage was not found in the article's current text.
    pub orphan: bool,
}

/// A figure found by the engine, with the project's corrections applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureRow {
    pub actor: Option<String>,
    pub kind: String,
    /// The figure as written in the article.
    pub text: String,
    pub value: f64,
    pub unit: String,
    pub in_totals: bool,
    /// For money: what the amount is to its actor ("spend", "funding", "valuation", …).
    pub role: Option<String>,
    /// For money: the other side of the transfer, when the text names it.
    pub counterpart: Option<String>,
    pub article: String,
    /// The sentence the figure is in.
    pub sentence: String,
}

/// How an article is named in exports: its path relative to the project file, or
/// `seeds/<file>` for a bundled seed.
pub fn article_label(project: &Project, id: ArticleId) -> String {
    match project.book().article(id).map(|a| &a.source) {
        Some(ArticleSource::Bundled(name)) => format!("seeds/{name}"),
        Some(ArticleSource::Path(p)) => paths::to_stored(project.dir(), Path::new(p)),
        None => id.to_string(),
    }
}

/// Every tag of the project, article by article in text order; then the tags of an article
/// the project no longer has (named by its id, marked orphan), never silently left out.
pub fn tag_rows(project: &Project) -> Vec<TagRow> {
    let book = project.book();
    let mut by_article: HashMap<ArticleId, Vec<&Tag>> = HashMap::new();
    for t in &book.tags {
        by_article.entry(t.article).or_default().push(t);
    }
    let row = |t: &Tag, article: String| {
        let theme = book.theme(t.theme);
        TagRow {
            theme: theme.map(|x| x.name.clone()).unwrap_or_default(),
            parent: theme
                .and_then(|x| x.parent)
                .and_then(|p| book.theme(p))
                .map(|p| p.name.clone()),
            article,
            start: t.start,
            end: t.end,
            quote: t.quote.clone(),
            memo: t.memo.clone(),
            orphan: t.orphan,
        }
    };
    let by_position = |v: &mut Vec<&Tag>| v.sort_by_key(|t| (t.start, t.end, t.id));
    let mut rows = Vec::new();
    for a in &book.corpus {
        let Some(mut tags) = by_article.remove(&a.id) else {
            continue;
        };
        by_position(&mut tags);
        let article = article_label(project, a.id);
        rows.extend(tags.into_iter().map(|t| row(t, article.clone())));
    }
    let mut homeless: Vec<&Tag> = by_article.into_values().flatten().collect();
    homeless.sort_by_key(|t| (t.article, t.start, t.end, t.id));
    rows.extend(homeless.into_iter().map(|t| TagRow {
        orphan: true,
        ..row(t, format!("missing article {}", t.article))
    }));
    rows
}

/// Every figure of a corpus loaded from `project` (see
/// [`crate::workspace::headless::from_open_project`]), actors named by `name` (the interface
/// language's name of an identity).
pub fn figure_rows(
    project: &Project,
    corpus: &ChartCorpus,
    name: &dyn Fn(&str) -> String,
) -> Vec<FigureRow> {
    let mut rows = Vec::new();
    for a in &corpus.articles {
        let article = article_label(project, a.id);
        let chars = CharIndex::new(&a.text);
        let sents = sentences(&a.text);
        for f in &a.extraction.figures {
            let byte = chars.byte_offset(&a.text, f.start);
            let sentence = sents
                .iter()
                .find(|r| r.start <= byte && byte < r.end.max(r.start + 1))
                .and_then(|r| a.text.get(r.clone()))
                .unwrap_or(&f.text);
            rows.push(FigureRow {
                actor: f.actor.as_deref().map(name),
                kind: f.kind.as_str().to_string(),
                text: f.text.clone(),
                value: f.value,
                unit: f.unit.clone(),
                in_totals: f.in_totals,
                role: f.role.map(|r| r.as_str().to_string()),
                counterpart: f.counterpart.as_deref().map(name),
                article: article.clone(),
                sentence: sentence.trim().to_string(),
            });
        }
    }
    rows
}
