//! App-wide keys and clicks about the selection and the article list: Esc and a click on
//! nothing end the selection.

use crate::workspace::command::Command;
use egui::Key;

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
