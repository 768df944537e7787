//! The app state and the one place it changes: views emit [`Command`]s, [`VigieApp::apply`]
//! applies them.

use super::document::LoadedDoc;
use super::i18n::{Lang, Strings};
use super::mentions::MentionIndex;
use super::mentions_panel::{self, MentionsPanel};
use super::reader::{ReaderState, ReaderView};
use super::screenshot::ScreenshotRequest;
use super::search::{self, Folded, Hit};
use super::selection::Selection;
use super::style::Visibility;
use super::{fonts, legend, reader, search_bar, sidebar};
use crate::corpus::Document;
use crate::extract::{EntityKind, Lexicon};
use egui::{CentralPanel, Panel};
use std::ops::Range;

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
    pub docs: Vec<LoadedDoc>,
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
    reader: ReaderState,
    screenshot: Option<ScreenshotRequest>,
}

impl VigieApp {
    /// Runs the engine on `docs` (with one lexicon built here) and selects the first article.
    pub fn new(docs: Vec<Document>) -> VigieApp {
        let lexicon = Lexicon::builtin();
        let docs: Vec<LoadedDoc> = docs
            .into_iter()
            .map(|d| LoadedDoc::new(d, &lexicon))
            .collect();
        VigieApp::from_loaded(docs)
    }

    /// An app over articles already analysed.
    pub fn from_loaded(docs: Vec<LoadedDoc>) -> VigieApp {
        VigieApp {
            selected: (!docs.is_empty()).then(|| article_from_env(docs.len())),
            mentions: MentionIndex::new(&docs),
            docs,
            theme: theme_from_env(),
            lang: Lang::from_env(),
            selection: None,
            visibility: Visibility::default(),
            mentions_panel: None,
            search: SearchState::default(),
            reader: ReaderState::default(),
            screenshot: ScreenshotRequest::from_env(),
        }
    }

    /// The app on the bundled seed articles.
    pub fn with_seeds() -> VigieApp {
        VigieApp::new(crate::corpus::bundled_seeds())
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

    /// Draws the whole app in `ui` and applies what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let s = self.tr();
        let mut commands = Vec::new();
        Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong("Vigie");
                ui.separator();
                commands.extend(legend::show(ui, s, self.visibility));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    commands.extend(theme_switch(ui, s));
                    ui.separator();
                    commands.extend(lang_switch(ui, self.lang));
                    ui.separator();
                    // Right to left: the search row reads left to right inside its own group.
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let q = &self.search;
                        commands.extend(search_bar::show(ui, s, &q.query, q.hits.len(), q.current));
                    });
                });
            });
        });
        Panel::left("articles")
            .resizable(true)
            .default_size(320.0)
            .size_range(200.0..=600.0)
            .show(ui, |ui| {
                commands.extend(sidebar::show(ui, &self.docs, self.selected, s));
            });
        if let Some(panel) = &self.mentions_panel {
            Panel::right("mentions")
                .resizable(true)
                .default_size(360.0)
                .size_range(240.0..=700.0)
                .show(ui, |ui| {
                    commands.extend(mentions_panel::show(ui, panel, &self.docs, s));
                });
        }
        CentralPanel::default().show(ui, |ui| {
            match self.selected.and_then(|i| self.docs.get(i).map(|d| (i, d))) {
                Some((i, doc)) => {
                    let hits = search::hits_of(&self.search.hits, i);
                    let view = ReaderView {
                        index: i,
                        doc,
                        s,
                        vis: self.visibility,
                        mentions: &self.mentions,
                        selection: self
                            .selection
                            .as_ref()
                            .filter(|sel| sel.article == i)
                            .map(|sel| &sel.range),
                        hits,
                        current_hit: self
                            .search
                            .current
                            .and_then(|c| self.search.hits.get(c))
                            .filter(|h| h.article == i),
                    };
                    commands.extend(reader::show(ui, &view, &mut self.reader));
                }
                None => {
                    ui.label(s.no_article);
                }
            }
        });
        for c in commands {
            self.apply(c);
        }
        if let Some(theme) = self.theme
            && ui.ctx().theme() != theme
        {
            ui.ctx().set_theme(theme);
        }
        if let Some(req) = &mut self.screenshot {
            req.tick(ui.ctx());
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

/// `VIGIE_THEME=light|dark` forces a theme at start (screenshots); else egui follows the system.
fn theme_from_env() -> Option<egui::Theme> {
    match std::env::var("VIGIE_THEME").ok()?.as_str() {
        "light" => Some(egui::Theme::Light),
        "dark" => Some(egui::Theme::Dark),
        _ => None,
    }
}

/// Light/Dark buttons (egui's own theme buttons use emoji the bundled fonts lack).
fn theme_switch(ui: &mut egui::Ui, s: &Strings) -> Option<Command> {
    let current = ui.ctx().theme();
    let mut command = None;
    for (theme, name) in [(egui::Theme::Dark, s.dark), (egui::Theme::Light, s.light)] {
        if ui.selectable_label(current == theme, name).clicked() {
            command = Some(Command::SetTheme(theme));
        }
    }
    command
}

/// FR/EN buttons (drawn right to left).
fn lang_switch(ui: &mut egui::Ui, current: Lang) -> Option<Command> {
    let mut command = None;
    for lang in Lang::ALL.into_iter().rev() {
        if ui
            .selectable_label(current == lang, lang.code())
            .on_hover_text(lang.tr().language)
            .clicked()
        {
            command = Some(Command::SetLang(lang));
        }
    }
    command
}

impl eframe::App for VigieApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        VigieApp::ui(self, ui);
    }
}

#[cfg(test)]
mod tests;
