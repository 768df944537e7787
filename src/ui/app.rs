//! The eframe shell: a [`Workspace`] (the app's model) plus what only the window keeps
//! ([`ViewState`]: the reader's scroll and layout caches, where chart bars were drawn, the file
//! browser, the article list's folded texts), a screenshot request and the clipboard.
//!
//! Each frame the shell runs the workspace's file work (`frame`), brings the chart the Charts
//! view reads up to date, and hands `view::draw` the workspace read-only (`&Workspace`) with
//! the view state; the views emit commands, and [`VigieApp::apply`] — the one place the window
//! changes the workspace — hands them to it and moves the reader to what it asked to reveal.

use super::fonts;
use super::screenshot::ScreenshotRequest;
use crate::corpus::Document;
use crate::i18n::Lang;
use crate::project::{Project, ThemeId};
use crate::workspace::Article;
use crate::workspace::codebook::{Dialog, Tab};
use crate::workspace::command::Command;
use crate::workspace::core::Workspace;
use crate::workspace::effects::Files;
use std::mem::{Discriminant, discriminant};
use std::path::PathBuf;

mod frame;
mod keys;
mod view;
mod view_state;
mod windows;

pub use view_state::ViewState;

/// The desktop app.
pub struct VigieApp {
    /// The app's model, also read through `Deref`. Views get it read-only; the shell changes
    /// it through [`VigieApp::apply`] and the frame's file work. (Tests set it up directly.)
    pub ws: Workspace,
    /// What only the window keeps between frames.
    pub view: ViewState,
    screenshot: Option<ScreenshotRequest>,
    /// Where copies go (egui's clipboard only, unless [`VigieApp::with_system_clipboard`]).
    clipboard: super::clipboard::SystemClipboard,
    /// The workspace generation the view state belongs to.
    generation: u64,
}

/// Read-only: there is no `DerefMut`, so code holding the app cannot change the workspace by
/// the way.
impl std::ops::Deref for VigieApp {
    type Target = Workspace;
    fn deref(&self) -> &Workspace {
        &self.ws
    }
}

impl VigieApp {
    /// The app on a workspace.
    pub fn on(ws: Workspace) -> VigieApp {
        VigieApp {
            generation: ws.generation,
            ws,
            view: ViewState::default(),
            screenshot: ScreenshotRequest::from_env(),
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
        self.view.reader.layouts.cached()
    }

    /// Draws the whole app in `ui` and applies what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.files_frame(ui.ctx());
        if self.ws.charts.open {
            // Computed again only when something it reads changed.
            self.ws.chart();
        }
        let commands = view::draw(ui, &self.ws, &mut self.view);
        let before = (!commands.is_empty()).then(|| Layout::of(&self.ws));
        for c in commands {
            self.apply(c);
        }
        if before.is_some_and(|b| b != Layout::of(&self.ws)) {
            // A dialog or the codebook panel changed: drawn again before the frame is shown,
            // so what the click opened appears with it.
            ui.ctx()
                .request_discard("a dialog or panel opened, closed or changed");
        }
        self.end_frame(ui.ctx());
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
            self.view.forget_project();
        }
        for r in self.ws.take_reveals() {
            self.view.reader.scroll_to(r.article, r.range.start);
            if r.flash {
                self.view.reader.flash(r.article, r.range);
            }
        }
    }
}

/// What the views lay out differently when it changes: the codebook panel's list and picked
/// theme, which dialog is open. Applying a command that changes it redraws the frame (egui's
/// `request_discard`, meant for layout changes); other commands show on the next frame.
#[derive(PartialEq)]
struct Layout {
    codebook: (bool, Tab, Option<ThemeId>, Option<Discriminant<Dialog>>),
    open: [bool; 6],
}

impl Layout {
    fn of(ws: &Workspace) -> Layout {
        let c = &ws.codebook;
        Layout {
            codebook: (c.open, c.tab, c.theme, c.dialog.as_ref().map(discriminant)),
            open: [
                ws.corrections_open,
                ws.actor_form.is_some(),
                ws.attributes_dialog.is_some(),
                ws.memo_dialog.is_some(),
                ws.autocode.is_some(),
                ws.coder_prompt.is_some(),
            ],
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
