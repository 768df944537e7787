//! The windows and modals over the app, each drawn from the workspace as it is: the
//! corrections window, the small dialogs (actor form, auto-coding, attributes, memo, coder
//! name), the codebook's dialogs, the file overlays and the app's own file browser. A dialog
//! draws a copy of its draft and emits what the analyst typed; the shell applies it.

use super::ViewState;
use crate::ui::{codebook, files};
use crate::workspace::command::Command;
use crate::workspace::core::Workspace;

/// Draws whichever windows and modals are open; returns what the analyst asked.
pub(super) fn show(ctx: &egui::Context, ws: &Workspace, view: &mut ViewState) -> Vec<Command> {
    let (lang, book) = (ws.lang, ws.project.book());
    let mut commands = Vec::new();
    // Which corrections name mentions no longer found: worked out only while it is shown.
    let missing = if ws.corrections_open {
        ws.missing_mentions()
    } else {
        Vec::new()
    };
    commands.extend(crate::ui::corrections_window::show(
        ctx,
        ws.corrections_open,
        book,
        &missing,
        &ws.docs,
        lang,
    ));
    if let Some(form) = &ws.actor_form {
        commands.extend(crate::ui::actor_form::show(ctx, form, lang));
    }
    if let Some(draft) = &ws.autocode {
        commands.extend(crate::ui::autocode::show(ctx, draft, book, &ws.docs, lang));
    }
    if let Some((_, rows)) = &ws.attributes_dialog {
        commands.extend(crate::ui::attributes_dialog::show(ctx, rows, lang));
    }
    if let Some((target, draft)) = &ws.memo_dialog {
        commands.extend(crate::ui::memo_dialog::show(
            ctx, *target, draft, book, lang,
        ));
    }
    if let Some(draft) = &ws.coder_prompt {
        commands.extend(crate::ui::coder_prompt::show(ctx, draft, lang));
    }
    commands.extend(codebook::dialogs::show(ctx, &ws.codebook, book, lang));
    commands.extend(files::show_overlays(ctx, lang, &ws.files));
    commands.extend(view.browser.show(ctx, lang, ws.files.browse.as_ref()));
    commands
}
