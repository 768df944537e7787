//! The app state and the one place it changes: views emit [`Command`]s, [`VigieApp::apply`]
//! applies them.

use super::actor_form::ActorForm;
use super::codebook::{CodebookCommand, CodebookState};
use super::files::{FileCommand, Files};
use super::fonts;
use super::mentions_panel::MentionsPanel;
use super::reader::ReaderState;
use super::screenshot::ScreenshotRequest;
use super::style::Visibility;
use crate::corpus::Document;
use crate::extract::lexicon::Actor;
use crate::extract::{EntityKind, Lexicon};
use crate::i18n::{Lang, Strings};
use crate::project::Project;
use crate::workspace::Article;
use crate::workspace::edit::Edit;
use crate::workspace::mentions::MentionIndex;
use crate::workspace::search::{self, Folded, Hit};
use crate::workspace::selection::Selection;
use std::ops::Range;

mod sync;
mod view;
mod viewstate;

/// Everything the user can ask of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show article `i` of the list.
    Select(usize),
    /// Switch between the light and dark themes.
    SetTheme(egui::Theme),
    /// Switch the language of the interface.
    SetLang(Lang),
    /// Replace the text selection (`None` clears it).
    SetSelection(Option<Selection>),
    /// Show or hide the highlights of one entity kind.
    ToggleKind(EntityKind),
    /// Show or hide the figure highlights.
    ToggleFigures,
    /// Open the panel of every mention of this canonical name.
    ShowMentions(String),
    CloseMentions,
    /// Open article `article`, bring its chars `range` into view and flash them.
    JumpTo {
        article: usize,
        range: Range<usize>,
    },
    /// Search the corpus for this text.
    SetQuery(String),
    /// Move to the next (or previous) search hit.
    SearchStep {
        forward: bool,
    },
    /// Change the project (themes, tags, corrections, lexicon): one undo step.
    Edit(Edit),
    Undo,
    Redo,
    /// Hide the status message.
    DismissStatus,
    /// Open the form that declares an actor.
    OpenActorForm(ActorForm),
    /// Run the actor form's edit and close it.
    SubmitActorForm(Edit),
    CloseActorForm,
    /// Show or hide the corrections and lexicon window.
    ToggleCorrections,
    /// Show the codebook, a theme's passages, a memo dialog.
    Codebook(CodebookCommand),
    /// Files and projects: new, open, save, import, recovery, quit.
    File(FileCommand),
    /// The Charts view.
    Charts(crate::ui::charts::ChartsCommand),
}

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
    folded: Vec<Folded>,
}

/// The desktop app.
pub struct VigieApp {
    /// The open project: corpus, themes, tags, corrections (all edits go through it).
    pub project: Project,
    /// The project's articles, read and analysed, in the order of the project's corpus.
    pub docs: Vec<Article>,
    pub selected: Option<usize>,
    /// The theme asked for, if any (else egui follows the system).
    pub theme: Option<egui::Theme>,
    pub lang: Lang,
    /// The selected passage, if any.
    pub selection: Option<Selection>,
    /// Which highlights are shown.
    pub visibility: Visibility,
    pub mentions: MentionIndex,
    /// The open mentions panel, if any.
    pub mentions_panel: Option<MentionsPanel>,
    pub search: SearchState,
    /// The last message for the analyst, if not dismissed.
    pub status: Option<Status>,
    /// The actor form, while open.
    pub actor_form: Option<ActorForm>,
    /// Whether the corrections and lexicon window is open.
    pub corrections_open: bool,
    /// The codebook panel and its dialogs.
    pub codebook: CodebookState,
    /// Dialogs, recent projects, background loads, problems, autosave (see `ui::files`).
    pub files: Files,
    /// The Charts view.
    pub charts: crate::ui::charts::ChartsState,
    /// The built-in lexicon, and the project's (built-in plus the analyst's additions).
    base_lexicon: Lexicon,
    pub(crate) lexicon: Lexicon,
    /// The lexicon additions `lexicon` was built with.
    lexicon_additions: Vec<Actor>,
    reader: ReaderState,
    screenshot: Option<ScreenshotRequest>,
}

impl VigieApp {
    /// A new, unsaved project of `docs` (with one lexicon built here); the first is shown.
    pub fn new(docs: Vec<Document>) -> VigieApp {
        let lexicon = Lexicon::builtin();
        let docs: Vec<Article> = docs
            .into_iter()
            .map(|d| Article::new(d, &lexicon))
            .collect();
        VigieApp::from_loaded(docs)
    }

    /// A new, unsaved project of articles already analysed (with nothing to save yet).
    pub fn from_loaded(mut docs: Vec<Article>) -> VigieApp {
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
        VigieApp::with_project(project, docs, lang)
    }

    /// The app on a project whose articles are `docs` (read and analysed with the built-in
    /// lexicon); the project's corrections and lexicon additions are applied here.
    pub fn with_project(project: Project, docs: Vec<Article>, lang: Lang) -> VigieApp {
        let mut app = VigieApp::build(project, docs, lang, Files::default(), Lexicon::builtin());
        app.after_book_change();
        app
    }

    /// The app on a project opened from disk whose articles `docs` were analysed with the
    /// project's own lexicon; `files` carries over (dialogs, recent list, problems).
    pub fn with_opened_project(
        project: Project,
        docs: Vec<Article>,
        lang: Lang,
        files: Files,
    ) -> VigieApp {
        let base = Lexicon::builtin();
        let mut app = VigieApp::build(project, docs, lang, files, base);
        app.lexicon_additions = app.project.book().lexicon_additions.clone();
        app.lexicon = app.project.lexicon(&app.base_lexicon);
        app.after_book_change();
        app.restore_view();
        app
    }

    fn build(
        project: Project,
        docs: Vec<Article>,
        lang: Lang,
        files: Files,
        base_lexicon: Lexicon,
    ) -> VigieApp {
        VigieApp {
            selected: (!docs.is_empty()).then(|| article_from_env(docs.len())),
            mentions: MentionIndex::new(&docs),
            docs,
            theme: theme_from_env(),
            lang,
            selection: None,
            visibility: Visibility::default(),
            mentions_panel: None,
            search: SearchState::default(),
            status: None,
            actor_form: None,
            corrections_open: false,
            codebook: CodebookState::default(),
            files,
            charts: crate::ui::charts::ChartsState::new(lang),
            lexicon: base_lexicon.clone(),
            base_lexicon,
            lexicon_additions: Vec::new(),
            project,
            reader: ReaderState::default(),
            screenshot: ScreenshotRequest::from_env(),
        }
    }

    /// The app on the bundled seed articles, as a new unsaved project (first run).
    pub fn with_seeds() -> VigieApp {
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
        VigieApp::with_project(project, docs, lang)
    }

    /// The project's lexicon (built-in plus the analyst's additions).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The article with project id `id`: its index in `docs` and the article.
    pub fn doc_by_id(&self, id: crate::project::ArticleId) -> Option<(usize, &Article)> {
        self.docs.iter().enumerate().find(|(_, d)| d.id == id)
    }

    /// Installs fonts and style in a fresh context.
    pub fn setup(ctx: &egui::Context) {
        fonts::install(ctx);
    }

    /// Paragraph galleys currently cached by the reader (what has been laid out).
    pub fn cached_layouts(&self) -> usize {
        self.reader.layouts.cached()
    }

    /// The strings of the current language.
    pub fn tr(&self) -> &'static Strings {
        self.lang.tr()
    }

    /// The selected text, if any.
    pub fn selected_text(&self) -> Option<&str> {
        let s = self.selection.as_ref()?;
        Some(self.docs.get(s.article)?.char_slice(s.range.clone()))
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(i) if i < self.docs.len() => self.selected = Some(i),
            Command::Select(_) => {}
            Command::SetTheme(t) => self.theme = Some(t),
            Command::SetLang(l) => self.lang = l,
            Command::SetSelection(s) => {
                self.selection = s.filter(|s| s.article < self.docs.len());
            }
            Command::ToggleKind(k) => {
                self.visibility.toggle(k);
                self.bump_annotations();
            }
            Command::ToggleFigures => {
                self.visibility.figures = !self.visibility.figures;
                self.bump_annotations();
            }
            Command::ShowMentions(name) => {
                self.mentions_panel = Some(MentionsPanel::new(name, &self.mentions, &self.docs));
            }
            Command::CloseMentions => self.mentions_panel = None,
            Command::JumpTo { article, range } if article < self.docs.len() => {
                self.selected = Some(article);
                self.reader.scroll_to(article, range.start);
                self.reader.flash(article, range);
            }
            Command::JumpTo { .. } => {}
            Command::SetQuery(q) => self.set_query(q),
            Command::SearchStep { forward } => {
                let s = &mut self.search;
                s.current = search::step(s.current, s.hits.len(), forward);
                self.show_current_hit();
            }
            Command::Edit(e) => self.run_edit(e),
            Command::Undo => {
                if self.project.undo() {
                    self.after_book_change();
                } else {
                    self.inform(self.lang.edit().nothing_to_undo);
                }
            }
            Command::Redo => {
                if self.project.redo() {
                    self.after_book_change();
                } else {
                    self.inform(self.lang.edit().nothing_to_redo);
                }
            }
            Command::DismissStatus => self.status = None,
            Command::OpenActorForm(f) => self.actor_form = Some(f),
            Command::SubmitActorForm(e) => {
                self.actor_form = None;
                self.run_edit(e);
            }
            Command::CloseActorForm => self.actor_form = None,
            Command::ToggleCorrections => self.corrections_open = !self.corrections_open,
            Command::Codebook(c) => self.codebook.apply(c, self.project.book()),
            Command::File(c) => self.apply_file(c),
            Command::Charts(c) => self.apply_charts(c),
        }
    }

    /// The lexicon's own (French) canonical name of an actor the reader may show under its
    /// English name.
    fn lexicon_canonical(&self, shown: &str) -> String {
        self.lexicon
            .actors()
            .iter()
            .find(|a| a.canonical != shown && a.en.as_deref() == Some(shown))
            .map_or_else(|| shown.to_string(), |a| a.canonical.clone())
    }

    /// Shows a message in the status bar.
    pub fn inform(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    /// Shows an error in the status bar.
    pub fn report_error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    fn run_edit(&mut self, edit: Edit) {
        let edit = match edit {
            Edit::AddAlias {
                canonical,
                kind,
                alias,
            } => Edit::AddAlias {
                canonical: self.lexicon_canonical(&canonical),
                kind,
                alias,
            },
            e => e,
        };
        let docs = &self.docs;
        let text_of = |id| -> Option<&str> {
            docs.iter()
                .find(|d| d.id == id)
                .map(|d| d.doc.text.as_str())
        };
        match self.project.edit(|b| edit.run(b, text_of)) {
            Ok(()) => self.after_book_change(),
            Err(e) => {
                let msg = format!("{}: {e}", self.lang.edit().cannot);
                self.report_error(msg);
            }
        }
    }

    /// Layouts depend on what is shown: every cached galley must be rebuilt.
    fn bump_annotations(&mut self) {
        for d in &mut self.docs {
            d.annotation_version = d.annotation_version.wrapping_add(1);
        }
    }

    fn set_query(&mut self, query: String) {
        let s = &mut self.search;
        if s.folded.len() != self.docs.len() {
            s.folded = self.docs.iter().map(|d| Folded::new(&d.doc.text)).collect();
        }
        s.hits = search::search(&s.folded, &query);
        s.query = query;
        // The first hit from the top of the article being read.
        s.current = search::first_from(&s.hits, self.selected.unwrap_or(0), 0);
        self.show_current_hit();
    }

    fn show_current_hit(&mut self) {
        let Some(h) = self.search.current.and_then(|i| self.search.hits.get(i)) else {
            return;
        };
        self.selected = Some(h.article);
        self.reader.scroll_to(h.article, h.range.start);
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

/// `VIGIE_THEME=light|dark` forces a theme at start (screenshots); else egui follows the system.
fn theme_from_env() -> Option<egui::Theme> {
    match std::env::var("VIGIE_THEME").ok()?.as_str() {
        "light" => Some(egui::Theme::Light),
        "dark" => Some(egui::Theme::Dark),
        _ => None,
    }
}

impl eframe::App for VigieApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        VigieApp::ui(self, ui);
    }
}

#[cfg(test)]
mod tests;
