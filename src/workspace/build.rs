//! Making a workspace: on documents, on articles already analysed, on a project (new, opened
//! from disk, the bundled seeds), and at the app's start.

use crate::corpus::Document;
use crate::extract::Lexicon;
use crate::i18n::Lang;
use crate::project::Project;
use crate::workspace::Article;
use crate::workspace::charts::ChartsState;
use crate::workspace::codebook::CodebookState;
use crate::workspace::command::Theme;
use crate::workspace::core::Workspace;
use crate::workspace::effects::Files;
use crate::workspace::mentions::MentionIndex;
use crate::workspace::state::{SearchState, Visibility};
use std::path::PathBuf;

impl Workspace {
    /// A new, unsaved project of `docs` (with one lexicon built here); the first is shown.
    pub fn new(docs: Vec<Document>) -> Workspace {
        let lexicon = Lexicon::builtin();
        let docs: Vec<Article> = docs
            .into_iter()
            .map(|d| Article::new(d, &lexicon))
            .collect();
        Workspace::from_loaded(docs)
    }

    /// A new, unsaved project of articles already analysed (with nothing to save yet).
    pub fn from_loaded(mut docs: Vec<Article>) -> Workspace {
        let lang = Lang::from_env();
        let mut project = Project::new(lang.edit().untitled);
        for d in &mut docs {
            let path = std::path::Path::new(&d.doc.path);
            d.id = match project.add_article_file(path, &d.doc.text) {
                Ok(id) => id,
                // Twice the same path: both views share the one article.
                Err(_) => project
                    .book()
                    .corpus
                    .iter()
                    .find(|a| project.article_path(a.id).as_deref() == Some(path))
                    .map_or(d.id, |a| a.id),
            };
        }
        project.start_clean();
        Workspace::with_project(project, docs, lang)
    }

    /// The workspace on a project whose articles are `docs` (read and analysed with the
    /// built-in lexicon); the project's corrections and lexicon additions are applied here.
    pub fn with_project(project: Project, docs: Vec<Article>, lang: Lang) -> Workspace {
        let mut ws = Workspace::build(project, docs, lang, Files::default(), Lexicon::builtin());
        ws.after_book_change();
        ws
    }

    /// The workspace on a project opened from disk whose articles `docs` were analysed with
    /// the project's own lexicon; `files` carries over (dialogs, recent list, problems).
    pub fn with_opened_project(
        project: Project,
        docs: Vec<Article>,
        lang: Lang,
        files: Files,
    ) -> Workspace {
        let base = Lexicon::builtin();
        let mut ws = Workspace::build(project, docs, lang, files, base);
        ws.lexicon_additions = ws.project.book().lexicon_additions.clone();
        ws.lexicon = ws.project.lexicon(&ws.base_lexicon);
        ws.after_book_change();
        ws.restore_view();
        ws
    }

    fn build(
        project: Project,
        docs: Vec<Article>,
        lang: Lang,
        files: Files,
        base_lexicon: Lexicon,
    ) -> Workspace {
        Workspace {
            selected: (!docs.is_empty()).then(|| article_from_env(docs.len())),
            mentions: MentionIndex::new(&docs),
            duplicates: Vec::new(),
            docs,
            theme: theme_from_env(),
            lang,
            selection: None,
            visibility: Visibility::default(),
            mentions_panel: None,
            search: SearchState::default(),
            status: None,
            actor_form: None,
            coder_prompt: None,
            autocode: None,
            memo_dialog: None,
            attributes_dialog: None,
            corrections_open: false,
            codebook: CodebookState::default(),
            files,
            charts: ChartsState::new(lang),
            lexicon: base_lexicon.clone(),
            base_lexicon,
            lexicon_additions: Vec::new(),
            project,
            reveals: Vec::new(),
            generation: 0,
        }
    }

    /// The workspace on the bundled seed articles, as a new unsaved project (first run).
    pub fn with_seeds() -> Workspace {
        let lang = Lang::from_env();
        let project = Project::with_seeds(lang.edit().untitled);
        let lexicon = Lexicon::builtin();
        let seeds = crate::corpus::bundled_seeds();
        let docs = project
            .book()
            .corpus
            .iter()
            .filter_map(|a| {
                let crate::project::ArticleSource::Bundled(name) = &a.source else {
                    return None;
                };
                let d = seeds.iter().find(|d| d.file_name() == name)?;
                Some(Article::new(d.clone(), &lexicon).with_id(a.id))
            })
            .collect();
        Workspace::with_project(project, docs, lang)
    }

    /// The workspace at start: the project at `arg` if given, else the bundled seeds as an
    /// unsaved project, with unsaved work of a previous session offered for recovery.
    pub fn startup(files: Files, arg: Option<PathBuf>) -> Workspace {
        let lang = Lang::from_env();
        match arg {
            Some(path) => {
                let project = Project::new(lang.edit().untitled);
                let mut ws = Workspace::with_opened_project(project, Vec::new(), lang, files);
                ws.open_path(path, true);
                ws
            }
            None => {
                let mut ws = Workspace::with_seeds();
                ws.files = files;
                ws.files.recovery_offer = ws.files.places.as_ref().and_then(|p| p.offer(None));
                ws
            }
        }
    }
}

/// `VIGIE_ARTICLE=i` opens article `i` at start (screenshots); else the first one.
fn article_from_env(len: usize) -> usize {
    std::env::var("VIGIE_ARTICLE")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&i| i < len)
        .unwrap_or(0)
}

/// `VIGIE_THEME=light|dark` forces a theme at start (screenshots); else the app follows the
/// system.
fn theme_from_env() -> Option<Theme> {
    match std::env::var("VIGIE_THEME").ok()?.as_str() {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        _ => None,
    }
}
