//! Draws the app: top bar (undo/redo, legend, search, language and theme), article list,
//! mentions panel, reader and status bar; and reads the app-wide keyboard shortcuts.

use super::{Command, Status, VigieApp};
use crate::i18n::{Lang, Strings};
use crate::ui::reader::{self, ReaderView};
use crate::ui::{codebook, files, legend, mentions_panel, search_bar, sidebar, tag_menu};
use crate::workspace::search;
use egui::{CentralPanel, Key, KeyboardShortcut, Modifiers, Panel};

impl VigieApp {
    /// Draws the whole app in `ui` and applies what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let s = self.tr();
        let mut commands = Vec::new();
        self.files_frame(ui.ctx());
        Panel::top("menu-bar").show(ui, |ui| {
            let (lang, corrections_open) = (self.lang, self.corrections_open);
            let charts_open = self.charts.open;
            let extra = |ui: &mut egui::Ui| {
                let mut out = Vec::new();
                ui.separator();
                let cs = lang.charts();
                for (open, name) in [(false, cs.reader), (true, cs.charts)] {
                    if ui.selectable_label(charts_open == open, name).clicked() {
                        out.push(Command::Charts(crate::ui::charts::ChartsCommand::Show(
                            open,
                        )));
                    }
                }
                ui.separator();
                if ui
                    .selectable_label(corrections_open, lang.correct().corrections)
                    .on_hover_text(lang.correct().window)
                    .clicked()
                {
                    out.push(Command::ToggleCorrections);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    out.extend(theme_switch(ui, s));
                    ui.separator();
                    out.extend(lang_switch(ui, lang));
                });
                out
            };
            commands.extend(files::menu_bar(
                ui,
                self.lang,
                &self.files,
                &self.project,
                extra,
            ));
        });
        Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                commands.extend(legend::show(ui, s, self.visibility));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // Right to left: the search row reads left to right inside its own group.
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let q = &self.search;
                        commands.extend(search_bar::show(ui, s, &q.query, q.hits.len(), q.current));
                    });
                });
            });
        });
        if let Some(status) = &self.status {
            Panel::bottom("status").show(ui, |ui| {
                commands.extend(status_bar(ui, self.lang, status));
            });
        }
        commands.extend(files::panels(
            ui,
            self.lang,
            &self.files,
            &self.project,
            &self.docs,
        ));
        Panel::left("articles")
            .resizable(true)
            .default_size(320.0)
            .size_range(200.0..=600.0)
            .show(ui, |ui| {
                let tags = self.project.book().counts_by_article();
                let list = &mut self.files.list;
                let (docs, lang) = (&self.docs, self.lang);
                commands.extend(sidebar::show(ui, docs, self.selected, lang, &tags, list));
            });
        if self.codebook.open {
            Panel::right("codebook")
                .resizable(true)
                .default_size(340.0)
                .size_range(240.0..=700.0)
                .show(ui, |ui| {
                    let (st, p, d) = (&mut self.codebook, &self.project, &self.docs);
                    commands.extend(codebook::panel(ui, st, p, d, self.lang));
                });
        }
        let tag_target = self.tag_target();
        if let Some(panel) = &self.mentions_panel {
            Panel::right("mentions")
                .resizable(true)
                .default_size(360.0)
                .size_range(240.0..=700.0)
                .show(ui, |ui| {
                    commands.extend(mentions_panel::show(ui, panel, &self.docs, s));
                });
        }
        if self.charts.open {
            CentralPanel::default().show(ui, |ui| {
                commands.extend(crate::ui::charts::show(ui, self));
            });
        } else {
            CentralPanel::default().show(ui, |ui| {
                match self.selected.and_then(|i| self.docs.get(i).map(|d| (i, d))) {
                    Some((i, doc)) => {
                        let book = self.project.book();
                        let open = self.codebook.open;
                        let target = tag_target.as_ref();
                        commands.extend(tag_menu::toolbar(ui, book, target, open, self.lang));
                        let hits = search::hits_of(&self.search.hits, i);
                        let view = ReaderView {
                            index: i,
                            doc,
                            s,
                            lang: self.lang,
                            project: &self.project,
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
        }
        commands.extend(crate::ui::corrections_window::show(
            ui.ctx(),
            &mut self.corrections_open,
            self.project.book(),
            &self.docs,
            self.lang,
        ));
        if let Some(form) = &mut self.actor_form {
            commands.extend(crate::ui::actor_form::show(ui.ctx(), form, self.lang));
        }
        let book = self.project.book();
        commands.extend(codebook::dialogs::show(
            ui.ctx(),
            &mut self.codebook,
            book,
            self.lang,
        ));
        commands.extend(files::show_overlays(ui.ctx(), self.lang, &mut self.files));
        commands.extend(files::shortcuts(ui.ctx(), &self.files));
        if !self.files.modal_open() {
            if self.codebook.dialog.is_none() {
                commands.extend(tag_menu::number_keys(ui.ctx(), book, tag_target.as_ref()));
            }
            commands.extend(shortcuts(ui.ctx()));
        }
        for c in commands {
            self.apply(c);
        }
        self.flush_viewport(ui.ctx());
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

impl VigieApp {
    /// The selection in the shown article, as a passage to tag.
    fn tag_target(&self) -> Option<tag_menu::Target> {
        let sel = self.selection.as_ref()?;
        let doc = self
            .docs
            .get(sel.article)
            .filter(|_| self.selected == Some(sel.article))?;
        Some(tag_menu::Target {
            article: doc.id,
            range: sel.range.clone(),
        })
    }
}

/// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo — unless a text field has the keyboard (it
/// has its own undo).
fn shortcuts(ctx: &egui::Context) -> Vec<Command> {
    if ctx.egui_wants_keyboard_input() {
        return Vec::new();
    }
    let redo = [
        KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
    ];
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    ctx.input_mut(|i| {
        // The shift variant first: consuming Ctrl+Z would also match Ctrl+Shift+Z.
        if redo.iter().any(|k| i.consume_shortcut(k)) {
            vec![Command::Redo]
        } else if i.consume_shortcut(&undo) {
            vec![Command::Undo]
        } else {
            Vec::new()
        }
    })
}

/// The status message, in the error colour when it is one, with a button to dismiss it.
fn status_bar(ui: &mut egui::Ui, lang: Lang, status: &Status) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        let text = egui::RichText::new(&status.text);
        let text = if status.error {
            text.color(ui.visuals().error_fg_color)
        } else {
            text
        };
        ui.label(text);
        if ui.small_button(lang.edit().dismiss).clicked() {
            command = Some(Command::DismissStatus);
        }
    });
    command
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
