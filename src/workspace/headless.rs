//! The command line's way into a workspace: a folder of articles (or the bundled seeds), or a
//! project file with its lexicon additions, corrections, tags and themes applied, read into the
//! same [`Article`]s the app shows — what `vigie chart` and `vigie export` draw from.

use crate::chart::input::ChartCorpus;
use crate::corpus::{self, Document};
use crate::extract::Lexicon;
use crate::project::{ArticleId, Book, ChartSpec, Project};
use crate::workspace::article::{self, Article, chart_corpus};
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
    let analysed: Vec<Result<Article, String>> = docs
        .into_par_iter()
        .enumerate()
        .map(|(i, d)| d.map(|d| Article::new(d, lexicon).with_id(ArticleId(i as u64 + 1))))
        .collect();
    let (articles, problems) = split(analysed);
    let mut corpus = chart_corpus(&articles, &Book::default(), "");
    corpus.name = dir.display().to_string();
    Ok(Loaded {
        corpus,
        problems,
        ..Loaded::default()
    })
}

/// The articles of the project file `path`, read with the project's lexicon and corrections,
/// named in charts the way the app names them. Articles outside the project's folder are read
/// only when `allow_outside` says so (otherwise the project is refused, naming them).
pub fn from_project(path: &Path, allow_outside: bool, base: &Lexicon) -> Result<Loaded, String> {
    let project = open_project(path, allow_outside)?;
    let mut loaded = from_open_project(&project, project.name(), base);
    loaded.corpus.name = article::corpus_name(project.name(), loaded.corpus.articles.len());
    Ok(loaded)
}

/// Opens the project file `path` for the command line. A project file is untrusted: when some
/// of its articles lie outside its folder, it is refused (naming them) unless `allow_outside`.
pub fn open_project(path: &Path, allow_outside: bool) -> Result<Project, String> {
    let mut project = Project::open(path).map_err(|e| e.to_string())?;
    if allow_outside {
        project.allow_outside();
    }
    let outside: Vec<String> = project
        .outside()
        .iter()
        .filter_map(|&id| project.article_path(id))
        .map(|p| corpus::display_path(&p))
        .collect();
    if outside.is_empty() {
        return Ok(project);
    }
    let n = outside.len();
    let mut shown = outside.into_iter().take(5).collect::<Vec<_>>().join(", ");
    if n > 5 {
        shown.push_str(", …");
    }
    Err(format!(
        "{}: {n} article(s) lie outside the project's folder ({shown}); they are not read \
         without your consent: check them, then give --allow-outside to read them",
        path.display()
    ))
}

/// The articles of an open project (named `name` in exports), read from disk or the bundled
/// seeds with the project's lexicon and corrections.
pub fn from_open_project(project: &Project, name: &str, base: &Lexicon) -> Loaded {
    let (articles, problems, lexicon) = read_project(project, base);
    let mut corpus = chart_corpus(&articles, project.book(), "");
    corpus.name = name.to_string();
    Loaded {
        corpus,
        problems,
        charts: project.book().charts.clone(),
        lexicon: Some(lexicon),
    }
}

/// Every readable article of `project`, read and analysed as the app reads them (the
/// project's lexicon, then its corrections), in the project's order; `path: reason` for the
/// others; and the lexicon used.
pub fn read_project(project: &Project, base: &Lexicon) -> (Vec<Article>, Vec<String>, Lexicon) {
    let lexicon = project.lexicon(base);
    let book = project.book();
    let analysed: Vec<Result<Article, String>> = book
        .corpus
        .par_iter()
        .map(|a| {
            if !project.may_read(a.id) {
                return Err(format!(
                    "{}: {}",
                    source_name(&a.source),
                    corpus::Unreadable::Outside
                ));
            }
            let doc = article::read_source(&a.source).map_err(|e| match &a.source {
                crate::project::ArticleSource::Path(p) => format!("{p}: {e}"),
                crate::project::ArticleSource::Bundled(_) => e.to_string(),
            })?;
            let mut article = Article::new(doc, &lexicon).with_id(a.id);
            article.correct(project);
            Ok(article)
        })
        .collect();
    let (articles, problems) = split(analysed);
    (articles, problems, lexicon)
}

fn source_name(source: &crate::project::ArticleSource) -> &str {
    match source {
        crate::project::ArticleSource::Path(p) | crate::project::ArticleSource::Bundled(p) => p,
    }
}

fn split(all: Vec<Result<Article, String>>) -> (Vec<Article>, Vec<String>) {
    let mut articles = Vec::with_capacity(all.len());
    let mut problems = Vec::new();
    for a in all {
        match a {
            Ok(a) => articles.push(a),
            Err(e) => problems.push(e),
        }
    }
    (articles, problems)
}
