//! Draws the app over a read-only workspace: top bar (undo/redo, legend, search, language and
//! theme), article list, codebook and mentions panels, reader or charts, status bar; reads the
//! app-wide keyboard shortcuts. Returns the commands; the shell applies them.

use super::ViewState;
use crate::i18n::{Lang, Strings};
use crate::ui::reader::tag_menu;
use crate::ui::reader::{self, ReaderView};
use crate::ui::{codebook, files, legend, mentions_panel, search_bar, sidebar};
use crate::workspace::command::{ChartsCommand, Command, Theme};
use crate::workspace::core::Workspace;
use crate::workspace::search;
use crate::workspace::state::Status;
use egui::{CentralPanel, Key, KeyboardShortcut, Modifiers, Panel};

/// Draws the whole app in `ui` over the workspace as it is; returns what the analyst asked.
pub(super) fn draw(ui: &mut egui::Ui, ws: &Workspace, view: &mut ViewState) -> Vec<Command> {
    let mut commands = Vec::new();
    if ws.files.browse.is_some() {
        // The file browser is a window of its own: the app behind it waits, greyed.
        ui.disable();
    }
    commands.extend(bars(ui, ws));
    commands.extend(files::panels(ui, ws.lang, &ws.files, &ws.project, &ws.docs));
    Panel::left("articles")
        .resizable(true)
        .default_size(320.0)
        .size_range(200.0..=600.0)
        .show(ui, |ui| {
            commands.extend(sidebar::show(
                ui,
                &ws.docs,
                &ws.duplicates,
                ws.selected,
                ws.lang,
                ws.project.book(),
                &ws.files.list,
                &mut view.list,
            ));
        });
    if ws.codebook.open {
        Panel::right("codebook")
            .resizable(true)
            .default_size(340.0)
            .size_range(240.0..=700.0)
            .show(ui, |ui| {
                let (st, p, d) = (&ws.codebook, &ws.project, &ws.docs);
                commands.extend(codebook::panel(ui, st, p, d, ws.lang));
            });
    }
    let tag_target = tag_target(ws);
    if let Some(panel) = &ws.mentions_panel {
        Panel::right("mentions")
            .resizable(true)
            .default_size(360.0)
            .size_range(240.0..=700.0)
            .show(ui, |ui| {
                commands.extend(mentions_panel::show(
                    ui,
                    panel,
                    &ws.docs,
                    ws.tr(),
                    crate::i18n::actor_name(&ws.lexicon, &panel.name, ws.lang),
                ));
            });
    }
    CentralPanel::default().show(ui, |ui| {
        if ws.charts.open {
            let (bars, axis) = (&mut view.bar_rects, &mut view.axis_rect);
            commands.extend(crate::ui::charts::show(ui, ws, bars, axis));
        } else {
            commands.extend(centre(ui, ws, view, tag_target.as_ref()));
        }
    });
    commands.extend(super::windows::show(ui.ctx(), ws, view));
    commands.extend(keys(ui.ctx(), ws, view, tag_target.as_ref()));
    commands
}

/// The menu bar, the top bar (legend, search) and the status bar.
fn bars(ui: &mut egui::Ui, ws: &Workspace) -> Vec<Command> {
    let s = ws.tr();
    let mut commands = Vec::new();
    Panel::top("menu-bar").show(ui, |ui| {
        let (lang, corrections_open) = (ws.lang, ws.corrections_open);
        let charts_open = ws.charts.open;
        let vis = ws.visibility;
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
        commands.extend(files::menu_bar(ui, ws.lang, &ws.files, &ws.project, extra));
    });
    Panel::top("top-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            commands.extend(legend::show(ui, s, ws.visibility));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // Right to left: the search row reads left to right inside its own group.
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    let q = &ws.search;
                    commands.extend(search_bar::show(ui, s, &q.query, q.hits.len(), q.current));
                });
            });
        });
    });
    if let Some(status) = &ws.status {
        Panel::bottom("status").show(ui, |ui| {
            commands.extend(status_bar(ui, ws.lang, status));
        });
    }
    commands
}

/// The reader in the centre: the article shown with its tag toolbar, or a word saying there
/// is none.
fn centre(
    ui: &mut egui::Ui,
    ws: &Workspace,
    view: &mut ViewState,
    target: Option<&tag_menu::Target>,
) -> Vec<Command> {
    let Some((i, doc)) = ws.selected.and_then(|i| ws.docs.get(i).map(|d| (i, d))) else {
        ui.label(ws.tr().no_article);
        return Vec::new();
    };
    let book = ws.project.book();
    let mut commands = tag_menu::toolbar(ui, book, target, ws.codebook.open, ws.lang);
    let hits = search::hits_of(&ws.search.hits, i);
    let reader_view = ReaderView {
        index: i,
        doc,
        s: ws.tr(),
        lang: ws.lang,
        project: &ws.project,
        vis: ws.visibility,
        mentions: &ws.mentions,
        lexicon: &ws.lexicon,
        selection: ws
            .selection
            .as_ref()
            .filter(|sel| sel.article == i)
            .map(|sel| &sel.range),
        hits,
        current_hit: ws
            .search
            .current
            .and_then(|c| ws.search.hits.get(c))
            .filter(|h| h.article == i),
    };
    commands.extend(reader::show(ui, &reader_view, &mut view.reader));
    commands
}

/// The app-wide keys: end the selection, Esc empties the search, Down/Up through the list, the
/// "tag with…" picker, the number keys, undo and redo.
fn keys(
    ctx: &egui::Context,
    ws: &Workspace,
    view: &mut ViewState,
    target: Option<&tag_menu::Target>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    commands.extend(files::shortcuts(ctx, &ws.files));
    let picking = view.reader.picker.is_some();
    let has_selection = ws.selection.is_some();
    commands.extend(super::keys::end_selection(ctx, has_selection && !picking));
    if !picking && !ws.files.modal_open() {
        let query = &ws.search.query;
        commands.extend(super::keys::esc_clears_search(ctx, has_selection, query));
        let book = ws.project.book();
        let visible = ws.files.list.visible(&ws.docs, book, &mut view.list);
        commands.extend(super::keys::list_step(ctx, &visible, ws.selected));
    }
    commands.extend(super::keys::picker(ctx, ws, &mut view.reader, target));
    if !ws.files.modal_open() {
        if ws.codebook.dialog.is_none() {
            let book = ws.project.book();
            commands.extend(tag_menu::number_keys(ctx, book, target));
        }
        commands.extend(shortcuts(ctx));
    }
    commands
}

/// The selection in the shown article, as a passage to tag.
fn tag_target(ws: &Workspace) -> Option<tag_menu::Target> {
    let sel = ws.selection.as_ref()?;
    let doc = ws
        .docs
        .get(sel.article)
        .filter(|_| ws.selected == Some(sel.article))?;
    Some(tag_menu::Target {
        article: doc.id,
        range: sel.range.clone(),
    })
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
pub(super) fn egui_theme(t: Theme) -> egui::Theme {
    match t {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    }
}
