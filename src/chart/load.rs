//! Builds a [`ChartCorpus`] outside the app: from a folder of articles (or the bundled seeds)
//! run through the engine, or from a project file with its lexicon additions, corrections,
//! tags and themes applied — what `vigie chart` draws from.

use super::input::{ChartArticle, ChartCorpus};
use crate::corpus::{self, Document};
use crate::extract::{Lexicon, extract};
use crate::project::{ArticleId, ChartSpec, Project};
use rayon::prelude::*;
use std::path::Path;

/// A corpus ready to chart, what could not be read, and the project's saved charts.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: ChartCorpus,
    /// `path: reason` for every article that could not be read.
    pub problems: Vec<String>,
    pub charts: Vec<ChartSpec>,
    /// The lexicon the articles were read with.
    pub lexicon: Option<Lexicon>,
}

/// The articles of `dir` (files and folders), or the bundled seeds when `dir` is `seeds` and
/// no such path exists.
pub fn from_corpus(dir: &Path, lexicon: &Lexicon) -> Result<Loaded, String> {
    let docs: Vec<Result<Document, String>> = if !dir.exists() && dir == Path::new("seeds") {
        corpus::bundled_seeds().into_iter().map(Ok).collect()
    } else {
        let files = corpus::collect_paths(&[dir.to_path_buf()])?;
        files
            .par_iter()
            .map(|p| {
                let display = corpus::display_path(p);
                corpus::load_file(p, display.clone()).map_err(|e| format!("{display}: {e}"))
            })
            .collect()
    };
    let mut loaded = Loaded {
        corpus: ChartCorpus {
            name: dir.display().to_string(),
            ..ChartCorpus::default()
        },
        ..Loaded::default()
    };
    let analysed: Vec<Result<ChartArticle, String>> = docs
        .into_par_iter()
        .enumerate()
        .map(|(i, d)| d.map(|d| article(ArticleId(i as u64 + 1), d, lexicon, None)))
        .collect();
    for a in analysed {
        match a {
            Ok(a) => loaded.corpus.articles.push(a),
            Err(e) => loaded.problems.push(e),
        }
    }
    Ok(loaded)
}

/// The articles of the project file `path`, read with the project's lexicon and corrections.
pub fn from_project(path: &Path, base: &Lexicon) -> Result<Loaded, String> {
    let project = Project::open(path).map_err(|e| e.to_string())?;
    Ok(from_open_project(
        &project,
        &path.display().to_string(),
        base,
    ))
}

/// The articles of an open project (named `name` in exports), read from disk or the bundled
/// seeds with the project's lexicon and corrections.
pub fn from_open_project(project: &Project, name: &str, base: &Lexicon) -> Loaded {
    let lexicon = project.lexicon(base);
    let book = project.book();
    let read: Vec<(ArticleId, Result<String, String>)> = book
        .corpus
        .par_iter()
        .map(|a| (a.id, project.article_text(a.id).map_err(|e| e.to_string())))
        .collect();
    let mut loaded = Loaded {
        corpus: ChartCorpus {
            name: name.to_string(),
            tags: book.tags.clone(),
            themes: book.themes.clone(),
            ..ChartCorpus::default()
        },
        charts: book.charts.clone(),
        ..Loaded::default()
    };
    let analysed: Vec<Result<ChartArticle, String>> = read
        .into_par_iter()
        .map(|(id, text)| {
            let text = text?;
            let shown = match project.article_path(id) {
                Some(p) => corpus::display_path(&p),
                None => display_bundled(project, id),
            };
            Ok(article(
                id,
                Document::new(shown, text),
                &lexicon,
                Some(project),
            ))
        })
        .collect();
    for a in analysed {
        match a {
            Ok(a) => loaded.corpus.articles.push(a),
            Err(e) => loaded.problems.push(e),
        }
    }
    loaded.lexicon = Some(lexicon);
    loaded
}

fn display_bundled(project: &Project, id: ArticleId) -> String {
    match project.book().article(id).map(|a| &a.source) {
        Some(crate::project::ArticleSource::Bundled(name)) => format!("seeds/{name}"),
        _ => id.to_string(),
    }
}

/// Runs the engine (and the project's corrections) on one document.
fn article(
    id: ArticleId,
    doc: Document,
    lexicon: &Lexicon,
    project: Option<&Project>,
) -> ChartArticle {
    let mut extraction = extract(&doc.text, lexicon);
    if let Some(p) = project {
        p.apply(id, &mut extraction);
    }
    ChartArticle {
        id,
        title: doc
            .title
            .clone()
            .unwrap_or_else(|| doc.file_name().to_string()),
        date: doc.date,
        text: doc.text,
        extraction,
    }
}
