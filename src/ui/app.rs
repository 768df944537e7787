//! The app state and the one place it changes: views emit [`Command`]s, [`VigieApp::apply`]
//! applies them.

use super::document::LoadedDoc;
use super::reader::ReaderState;
use super::screenshot::ScreenshotRequest;
use super::{fonts, legend, reader, sidebar};
use crate::corpus::Document;
use crate::extract::Lexicon;
use egui::{CentralPanel, Panel};

/// Everything the user can ask of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show article `i` of the list.
    Select(usize),
    /// Switch between the light and dark themes.
    SetTheme(egui::Theme),
}

/// The desktop app.
pub struct VigieApp {
    pub docs: Vec<LoadedDoc>,
    pub selected: Option<usize>,
    /// The theme asked for, if any (else egui follows the system).
    pub theme: Option<egui::Theme>,
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
            docs,
            theme: theme_from_env(),
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

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(i) if i < self.docs.len() => self.selected = Some(i),
            Command::Select(_) => {}
            Command::SetTheme(t) => self.theme = Some(t),
        }
    }

    /// Draws the whole app in `ui` and applies what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong("Vigie");
                ui.separator();
                legend::show(ui);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    commands.extend(theme_switch(ui));
                });
            });
        });
        Panel::left("articles")
            .resizable(true)
            .default_size(320.0)
            .size_range(200.0..=600.0)
            .show(ui, |ui| {
                commands.extend(sidebar::show(ui, &self.docs, self.selected));
            });
        CentralPanel::default().show(ui, |ui| {
            match self.selected.and_then(|i| self.docs.get(i).map(|d| (i, d))) {
                Some((i, doc)) => reader::show(ui, i, doc, &mut self.reader),
                None => {
                    ui.label("No article.");
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
fn theme_switch(ui: &mut egui::Ui) -> Option<Command> {
    let current = ui.ctx().theme();
    let mut command = None;
    for (theme, name) in [(egui::Theme::Dark, "Dark"), (egui::Theme::Light, "Light")] {
        if ui.selectable_label(current == theme, name).clicked() {
            command = Some(Command::SetTheme(theme));
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
mod tests {
    use super::*;

    fn doc(name: &str) -> Document {
        Document {
            path: name.into(),
            text: "Texte.".into(),
            title: None,
            date: None,
        }
    }

    #[test]
    fn commands_change_state_and_bad_indexes_are_ignored() {
        let mut app = VigieApp::new(vec![doc("a"), doc("b")]);
        assert_eq!(app.selected, Some(0));
        app.apply(Command::Select(1));
        assert_eq!(app.selected, Some(1));
        app.apply(Command::Select(7));
        assert_eq!(app.selected, Some(1));
        app.apply(Command::SetTheme(egui::Theme::Light));
        assert_eq!(app.theme, Some(egui::Theme::Light));
        assert_eq!(VigieApp::new(Vec::new()).selected, None);
    }
}
