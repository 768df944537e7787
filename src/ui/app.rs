//! The eframe shell: a [`Workspace`] (the app's model) plus what only the window keeps — the
//! reader's scroll and layout caches, where chart bars were drawn, a screenshot request, the
//! file browser being shown. Views
//! emit commands; [`VigieApp::apply`] hands them to the workspace and moves the reader to
//! what the workspace asked to reveal.

use super::fonts;
use super::reader::ReaderState;
use super::screenshot::ScreenshotRequest;
use crate::corpus::Document;
use crate::i18n::Lang;
use crate::project::Project;
use crate::workspace::Article;
use crate::workspace::command::Command;
use crate::workspace::core::Workspace;
use crate::workspace::effects::Files;
use std::path::PathBuf;

mod frame;
mod keys;
mod view;

/// The desktop app.
pub struct VigieApp {
    /// The app's model: everything views read (also through `Deref`).
    pub ws: Workspace,
    pub(crate) reader: ReaderState,
    /// Where each chart bar was drawn last frame (actor, screen rect), for clicks and tests.
    pub bar_rects: Vec<(String, egui::Rect)>,
    /// Where the bar chart's value axis was drawn last frame (pinned under the bars).
    pub axis_rect: Option<egui::Rect>,
    screenshot: Option<ScreenshotRequest>,
    /// The app's own file browser, while the workspace asks through it.
    browser: super::files::Browser,
    /// Where copies go (egui's clipboard only, unless [`VigieApp::with_system_clipboard`]).
    clipboard: super::clipboard::SystemClipboard,
    /// The workspace generation the view state belongs to.
    generation: u64,
}

impl std::ops::Deref for VigieApp {
    type Target = Workspace;
    fn deref(&self) -> &Workspace {
        &self.ws
    }
}

impl std::ops::DerefMut for VigieApp {
    fn deref_mut(&mut self) -> &mut Workspace {
        &mut self.ws
    }
}

impl VigieApp {
    /// The app on a workspace.
    pub fn on(ws: Workspace) -> VigieApp {
        VigieApp {
            generation: ws.generation,
            ws,
            reader: ReaderState::default(),
            bar_rects: Vec::new(),
            axis_rect: None,
            screenshot: ScreenshotRequest::from_env(),
            browser: super::files::Browser::default(),
            clipboard: Default::default(),
        }
    }

    /// The app that saves a screenshot to `path` once settled and closes (what
    /// `VIGIE_SCREENSHOT` asks).
    pub fn with_screenshot(mut self, path: PathBuf) -> VigieApp {
        self.screenshot = Some(ScreenshotRequest::to(path));
        self
    }

    /// The app in a window: copies with an HTML form go to the system clipboard.
    pub fn with_system_clipboard(mut self) -> VigieApp {
        self.clipboard = super::clipboard::SystemClipboard::system();
        self
    }

    /// A new, unsaved project of `docs`; see [`Workspace::new`].
    pub fn new(docs: Vec<Document>) -> VigieApp {
        VigieApp::on(Workspace::new(docs))
    }

    /// A new, unsaved project of articles already analysed.
    pub fn from_loaded(docs: Vec<Article>) -> VigieApp {
        VigieApp::on(Workspace::from_loaded(docs))
    }

    /// The app on a project whose articles are `docs`; see [`Workspace::with_project`].
    pub fn with_project(project: Project, docs: Vec<Article>, lang: Lang) -> VigieApp {
        VigieApp::on(Workspace::with_project(project, docs, lang))
    }

    /// The app on the bundled seed articles, as a new unsaved project (first run).
    pub fn with_seeds() -> VigieApp {
        VigieApp::on(Workspace::with_seeds())
    }

    /// The app at start; see [`Workspace::startup`].
    pub fn startup(files: Files, arg: Option<PathBuf>) -> VigieApp {
        VigieApp::on(Workspace::startup(files, arg))
    }

    /// Installs fonts and style in a fresh context.
    pub fn setup(ctx: &egui::Context) {
        fonts::install(ctx);
        super::style::install(ctx);
    }

    /// Paragraph galleys currently cached by the reader (what has been laid out).
    pub fn cached_layouts(&self) -> usize {
        self.reader.layouts.cached()
    }

    /// Applies one command to the workspace, then brings the view in line with it.
    pub fn apply(&mut self, command: Command) {
        self.ws.apply(command);
        self.follow_workspace();
    }

    /// Drops the view state of a project that was replaced, and moves the reader to what the
    /// workspace asked to reveal.
    fn follow_workspace(&mut self) {
        if self.generation != self.ws.generation {
            self.generation = self.ws.generation;
            self.reader = ReaderState::default();
            self.bar_rects.clear();
        }
        for r in self.ws.take_reveals() {
            self.reader.scroll_to(r.article, r.range.start);
            if r.flash {
                self.reader.flash(r.article, r.range);
            }
        }
    }
}

impl eframe::App for VigieApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        VigieApp::ui(self, ui);
    }
}

#[cfg(test)]
mod tests;
