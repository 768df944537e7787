//! Draws the app: top bar (undo/redo, legend, search, language and theme), article list,
//! mentions panel, reader and status bar; and reads the app-wide keyboard shortcuts.

use super::VigieApp;
use crate::i18n::{Lang, Strings};
use crate::ui::reader::tag_menu;
use crate::ui::reader::{self, ReaderView};
use crate::ui::{codebook, files, legend, mentions_panel, search_bar, sidebar};
use crate::workspace::command::{ChartsCommand, Command, Theme};
use crate::workspace::search;
use crate::workspace::state::Status;
use egui::{CentralPanel, Key, KeyboardShortcut, Modifiers, Panel};

impl VigieApp {
    /// Draws the whole app in `ui` and applies what the user asked.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let s = self.tr();
        let mut commands = Vec::new();
        self.files_frame(ui.ctx());
        if self.ws.files.browse.is_some() {
            // The file browser is a window of its own: the app behind it waits, greyed.
            ui.disable();
        }
        Panel::top("menu-bar").show(ui, |ui| {
            let (lang, corrections_open) = (self.ws.lang, self.ws.corrections_open);
            let charts_open = self.ws.charts.open;
            let vis = self.ws.visibility;
            let extra = |ui: &mut egui::Ui| {
                let mut out = crate::ui::view_menu::show(ui, lang, vis);
                ui.separator();
                let cs = lang.charts();
                for (open, name) in [(false, cs.reader), (true, cs.charts)] {
                    if ui.selectable_label(charts_open == open, name).clicked() {
                        out.push(Command::Charts(ChartsCommand::Show(open)));
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
                self.ws.lang,
                &self.ws.files,
                &self.ws.project,
                extra,
            ));
        });
        Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                commands.extend(legend::show(ui, s, self.ws.visibility));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    // Right to left: the search row reads left to right inside its own group.
                    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                        let q = &self.ws.search;
                        commands.extend(search_bar::show(ui, s, &q.query, q.hits.len(), q.current));
                    });
                });
            });
        });
        if let Some(status) = &self.ws.status {
            Panel::bottom("status").show(ui, |ui| {
                commands.extend(status_bar(ui, self.ws.lang, status));
            });
        }
        commands.extend(files::panels(
            ui,
            self.ws.lang,
            &self.ws.files,
            &self.ws.project,
            &self.ws.docs,
        ));
        Panel::left("articles")
            .resizable(true)
            .default_size(320.0)
            .size_range(200.0..=600.0)
            .show(ui, |ui| {
                let book = self.ws.project.book();
                let list = &mut self.ws.files.list;
                let (docs, lang) = (&self.ws.docs, self.ws.lang);
                let dups = &self.ws.duplicates;
                commands.extend(sidebar::show(
                    ui,
                    docs,
                    dups,
                    self.ws.selected,
                    lang,
                    book,
                    list,
                ));
            });
        if self.ws.codebook.open {
            Panel::right("codebook")
                .resizable(true)
                .default_size(340.0)
                .size_range(240.0..=700.0)
                .show(ui, |ui| {
                    let (st, p, d) = (&mut self.ws.codebook, &self.ws.project, &self.ws.docs);
                    commands.extend(codebook::panel(ui, st, p, d, self.ws.lang));
                });
        }
        let tag_target = self.tag_target();
        if let Some(panel) = &self.ws.mentions_panel {
            Panel::right("mentions")
                .resizable(true)
                .default_size(360.0)
                .size_range(240.0..=700.0)
                .show(ui, |ui| {
                    commands.extend(mentions_panel::show(
                        ui,
                        panel,
                        &self.ws.docs,
                        s,
                        crate::i18n::actor_name(&self.ws.lexicon, &panel.name, self.ws.lang),
                    ));
                });
        }
        if self.ws.charts.open {
            self.ws.chart();
            CentralPanel::default().show(ui, |ui| {
                commands.extend(crate::ui::charts::show(
                    ui,
                    &self.ws,
                    &mut self.bar_rects,
                    &mut self.axis_rect,
                ));
            });
        } else {
            CentralPanel::default().show(ui, |ui| {
                match self
                    .ws
                    .selected
                    .and_then(|i| self.ws.docs.get(i).map(|d| (i, d)))
                {
                    Some((i, doc)) => {
                        let book = self.ws.project.book();
                        let open = self.ws.codebook.open;
                        let target = tag_target.as_ref();
                        commands.extend(tag_menu::toolbar(ui, book, target, open, self.ws.lang));
                        let hits = search::hits_of(&self.ws.search.hits, i);
                        let view = ReaderView {
                            index: i,
                            doc,
                            s,
                            lang: self.ws.lang,
                            project: &self.ws.project,
                            vis: self.ws.visibility,
                            mentions: &self.ws.mentions,
                            lexicon: &self.ws.lexicon,
                            selection: self
                                .ws
                                .selection
                                .as_ref()
                                .filter(|sel| sel.article == i)
                                .map(|sel| &sel.range),
                            hits,
                            current_hit: self
                                .ws
                                .search
                                .current
                                .and_then(|c| self.ws.search.hits.get(c))
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
        // Which corrections name mentions no longer found: worked out only while it is shown.
        let missing = if self.ws.corrections_open {
            self.ws.missing_mentions()
        } else {
            Vec::new()
        };
        commands.extend(crate::ui::corrections_window::show(
            ui.ctx(),
            &mut self.ws.corrections_open,
            self.ws.project.book(),
            &missing,
            &self.ws.docs,
            self.ws.lang,
        ));
        if let Some(form) = &mut self.ws.actor_form {
            commands.extend(crate::ui::actor_form::show(ui.ctx(), form, self.ws.lang));
        }
        if let Some(draft) = &mut self.ws.autocode {
            commands.extend(crate::ui::autocode::show(
                ui.ctx(),
                draft,
                self.ws.project.book(),
                &self.ws.docs,
                self.ws.lang,
            ));
        }
        if let Some((article, rows)) = &mut self.ws.attributes_dialog {
            commands.extend(crate::ui::attributes_dialog::show(
                ui.ctx(),
                *article,
                rows,
                self.ws.lang,
            ));
        }
        if let Some((target, draft)) = &mut self.ws.memo_dialog {
            commands.extend(crate::ui::memo_dialog::show(
                ui.ctx(),
                *target,
                draft,
                self.ws.project.book(),
                self.ws.lang,
            ));
        }
        if let Some(draft) = &mut self.ws.coder_prompt {
            commands.extend(crate::ui::coder_prompt::show(ui.ctx(), draft, self.ws.lang));
        }
        let book = self.ws.project.book();
        commands.extend(codebook::dialogs::show(
            ui.ctx(),
            &mut self.ws.codebook,
            book,
            self.ws.lang,
        ));
        commands.extend(files::show_overlays(ui.ctx(), self.ws.lang, &self.ws.files));
        let browse = self.ws.files.browse.as_ref();
        commands.extend(self.browser.show(ui.ctx(), self.ws.lang, browse));
        commands.extend(files::shortcuts(ui.ctx(), &self.ws.files));
        let picking = self.reader.picker.is_some();
        let has_selection = self.ws.selection.is_some();
        commands.extend(super::keys::end_selection(
            ui.ctx(),
            has_selection && !picking,
        ));
        if !picking && !self.ws.files.modal_open() {
            let query = &self.ws.search.query;
            commands.extend(super::keys::esc_clears_search(
                ui.ctx(),
                has_selection,
                query,
            ));
            let visible = self
                .ws
                .files
                .list
                .visible(&self.ws.docs, self.ws.project.book());
            commands.extend(super::keys::list_step(ui.ctx(), &visible, self.ws.selected));
        }
        commands.extend(self.picker(ui.ctx(), tag_target.as_ref()));
        if !self.ws.files.modal_open() {
            if self.ws.codebook.dialog.is_none() {
                let book = self.ws.project.book();
                commands.extend(tag_menu::number_keys(ui.ctx(), book, tag_target.as_ref()));
            }
            commands.extend(shortcuts(ui.ctx()));
        }
        for c in commands {
            self.apply(c);
        }
        self.flush_window(ui.ctx());
        if let Some(theme) = self.ws.theme.map(egui_theme)
            && ui.ctx().theme() != theme
        {
            ui.ctx().set_theme(theme);
        }
        if let Some(req) = &mut self.screenshot {
            req.tick(ui.ctx());
            if req.finished() && !self.ws.files.allow_close {
                // Closes without asking, whatever dialog is open.
                self.ws.files.allow_close = true;
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

impl VigieApp {
    /// The selection in the shown article, as a passage to tag.
    fn tag_target(&self) -> Option<tag_menu::Target> {
        let sel = self.ws.selection.as_ref()?;
        let doc = self
            .ws
            .docs
            .get(sel.article)
            .filter(|_| self.ws.selected == Some(sel.article))?;
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
    for (theme, name) in [(Theme::Dark, s.dark), (Theme::Light, s.light)] {
        if ui
            .selectable_label(current == egui_theme(theme), name)
            .clicked()
        {
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

/// The egui theme of a workspace theme.
fn egui_theme(t: Theme) -> egui::Theme {
    match t {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    }
}
