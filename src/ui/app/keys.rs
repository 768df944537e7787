//! App-wide keys and clicks about the selection and the article list: Esc and a click on
//! nothing end the selection (then Esc empties the search); Ctrl+T opens the "tag with…"
//! picker; Down/Up move through the article list.

use crate::ui::reader::ReaderState;
use crate::workspace::command::Command;
use crate::workspace::core::Workspace;
use egui::{Key, KeyboardShortcut, Modifiers};

/// What ends the selection this frame: Esc (when no text field has the keyboard), or a press
/// of the primary button on no clickable widget (empty space anywhere in the window).
pub fn end_selection(ctx: &egui::Context, has_selection: bool) -> Option<Command> {
    if !has_selection {
        return None;
    }
    let esc = !ctx.egui_wants_keyboard_input() && ctx.input(|i| i.key_pressed(Key::Escape));
    let pressed_on_nothing =
        ctx.input(|i| i.pointer.primary_pressed()) && ctx.viewport(|v| v.hits.click.is_none());
    (esc || pressed_on_nothing).then_some(Command::SetSelection(None))
}

/// Ctrl+T: true when the "tag with…" picker should open (a selection to tag, no text field
/// holding the keyboard).
pub fn open_picker(ctx: &egui::Context, can_tag: bool) -> bool {
    can_tag
        && !ctx.egui_wants_keyboard_input()
        && ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::T)))
}

/// Opens the "tag with…" picker on Ctrl+T and draws it while there is a passage to tag.
pub fn picker(
    ctx: &egui::Context,
    ws: &Workspace,
    reader: &mut ReaderState,
    target: Option<&crate::ui::reader::tag_menu::Target>,
) -> Vec<Command> {
    let modal = ws.files.modal_open() || ws.codebook.dialog.is_some();
    if reader.picker.is_none() && !modal && open_picker(ctx, target.is_some()) {
        reader.picker = Some(Default::default());
    }
    let (Some(picker), Some(target)) = (reader.picker.as_mut(), target) else {
        reader.picker = None;
        return Vec::new();
    };
    let book = ws.project.book();
    let out = crate::ui::reader::picker::show(ctx, picker, book, target, ws.lang);
    if out.close {
        reader.picker = None;
    }
    out.commands
}

/// Down/Up (no text field holding the keyboard): the next or previous article of the list as
/// shown (`visible`, filtered and sorted), from the one shown.
pub fn list_step(ctx: &egui::Context, visible: &[usize], shown: Option<usize>) -> Option<Command> {
    if ctx.egui_wants_keyboard_input() || visible.is_empty() {
        return None;
    }
    let (down, up) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
        )
    });
    if down == up {
        return None;
    }
    let at = shown.and_then(|s| visible.iter().position(|&v| v == s));
    let next = match (at, down) {
        (None, _) => 0,
        (Some(a), true) => (a + 1).min(visible.len() - 1),
        (Some(a), false) => a.saturating_sub(1),
    };
    let i = visible[next];
    (Some(i) != shown).then_some(Command::Select(i))
}

/// Esc with no text field holding the keyboard and no selection to end: empties the search.
pub fn esc_clears_search(ctx: &egui::Context, has_selection: bool, query: &str) -> Option<Command> {
    (!has_selection
        && !query.is_empty()
        && !ctx.egui_wants_keyboard_input()
        && ctx.input(|i| i.key_pressed(Key::Escape)))
    .then(|| Command::SetQuery(String::new()))
}
