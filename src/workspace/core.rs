//! The workspace: the open project, its articles read and analysed, and everything the app
//! shows about them, as data. Views read it and emit commands; `apply` (in `apply.rs`) and the
//! file flows (in `effects/`) are the only places it changes.

use crate::extract::Lexicon;
use crate::extract::lexicon::Actor;
use crate::i18n::{Lang, Strings};
use crate::project::{ArticleId, Project};
use crate::workspace::Article;
use crate::workspace::actor_form::ActorForm;
use crate::workspace::charts::ChartsState;
use crate::workspace::codebook::CodebookState;
use crate::workspace::command::Theme;
use crate::workspace::effects::Files;
use crate::workspace::mentions::{MentionIndex, MentionsPanel};
use crate::workspace::selection::Selection;
use crate::workspace::state::{Reveal, SearchState, Status, Visibility};

/// The app's model.
pub struct Workspace {
    /// The open project: corpus, themes, tags, corrections (all edits go through it).
    pub project: Project,
    /// The project's articles, read and analysed, in the order of the project's corpus.
    pub docs: Vec<Article>,
    pub selected: Option<usize>,
    /// The theme asked for, if any (else the app follows the system).
    pub theme: Option<Theme>,
    pub lang: Lang,
    /// The selected passage, if any.
    pub selection: Option<Selection>,
    /// Which highlights are shown.
    pub visibility: Visibility,
    pub mentions: MentionIndex,
    /// For each article, the earlier one it repeats (same text, or the same wire under another
    /// header): listed as such; its claims count once anyway.
    pub duplicates: Vec<Option<crate::claims::Duplicate>>,
    /// The open mentions panel, if any.
    pub mentions_panel: Option<MentionsPanel>,
    pub search: SearchState,
    /// The last message for the analyst, if not dismissed.
    pub status: Option<Status>,
    /// The actor form, while open.
    pub actor_form: Option<ActorForm>,
    /// The attributes dialog (the article, its rows of name and value), while open.
    pub attributes_dialog: Option<(crate::project::ArticleId, Vec<(String, String)>)>,
    /// The memo dialog (what the memo is about, its draft), while open.
    pub memo_dialog: Option<(crate::workspace::edit::MemoTarget, String)>,
    /// The auto-coding preview, while open.
    pub autocode: Option<crate::workspace::autocode::AutoCodeDraft>,
    /// The coder-name dialog's draft, while open.
    pub coder_prompt: Option<String>,
    /// Whether the corrections and lexicon window is open.
    pub corrections_open: bool,
    /// The codebook panel and its dialogs.
    pub codebook: CodebookState,
    /// Dialogs, recent projects, background loads, problems, autosave (see `effects`).
    pub files: Files,
    /// The Charts view.
    pub charts: ChartsState,
    /// The built-in lexicon, and the project's (built-in plus the analyst's additions).
    pub(crate) base_lexicon: Lexicon,
    pub(crate) lexicon: Lexicon,
    /// The lexicon additions `lexicon` was built with.
    pub(crate) lexicon_additions: Vec<Actor>,
    /// What the reader must bring into view next (taken by the app's shell).
    pub(crate) reveals: Vec<Reveal>,
    /// Bumped whenever another project replaces this one: views drop what they cached.
    pub generation: u64,
}

impl Workspace {
    /// The project's lexicon (built-in plus the analyst's additions).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The article with project id `id`: its index in `docs` and the article.
    pub fn doc_by_id(&self, id: ArticleId) -> Option<(usize, &Article)> {
        self.docs.iter().enumerate().find(|(_, d)| d.id == id)
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

    /// What the reader must bring into view, oldest first (the list is emptied).
    pub fn take_reveals(&mut self) -> Vec<Reveal> {
        std::mem::take(&mut self.reveals)
    }

    /// What the window must do, oldest first (the list is emptied).
    pub fn take_window_requests(&mut self) -> Vec<crate::workspace::state::WindowRequest> {
        std::mem::take(&mut self.files.window)
    }

    /// The window title the app asks for ("• name — Vigie" when there are unsaved changes).
    pub fn window_title(&self) -> &str {
        &self.files.title
    }
}
