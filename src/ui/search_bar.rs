//! The search box of the top bar: Ctrl+F focuses it, typing searches the corpus, Enter /
//! Shift+Enter and F3 / Shift+F3 move to the next / previous hit, "n of N" counts them, Esc
//! empties it.

use crate::i18n::Strings;
use crate::workspace::command::Command;
use egui::{Button, Key, Modifiers, RichText, TextEdit};

/// Id of the search box (to focus it).
pub fn box_id() -> egui::Id {
    egui::Id::unique("vigie-search-box")
}

/// Draws the search box; returns what the user asked.
pub fn show(
    ui: &mut egui::Ui,
    s: &Strings,
    query: &str,
    hits: usize,
    current: Option<usize>,
) -> Vec<Command> {
    let mut out = Vec::new();
    let (focus, back_f3, next_f3) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::COMMAND, Key::F),
            i.consume_key(Modifiers::SHIFT, Key::F3),
            i.consume_key(Modifiers::NONE, Key::F3),
        )
    });
    let mut q = query.to_owned();
    let label = ui.label(s.search);
    let response = ui
        .add(
            TextEdit::singleline(&mut q)
                .id(box_id())
                .hint_text(s.search_hint)
                .desired_width(220.0),
        )
        .labelled_by(label.id);
    if focus {
        response.request_focus();
    }
    let esc =
        (response.has_focus() || response.lost_focus()) && ui.input(|i| i.key_pressed(Key::Escape));
    if esc && !query.is_empty() {
        // Esc empties the box (and the hits go).
        out.push(Command::SetQuery(String::new()));
    } else if response.changed() {
        out.push(Command::SetQuery(q));
    }
    let enter = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    if enter {
        let shift = ui.input(|i| i.modifiers.shift);
        out.push(Command::SearchStep { forward: !shift });
        // Keep typing / pressing Enter without clicking back into the box.
        response.request_focus();
    }
    if back_f3 {
        out.push(Command::SearchStep { forward: false });
    } else if next_f3 {
        out.push(Command::SearchStep { forward: true });
    }
    let enabled = hits > 0;
    if ui
        .add_enabled(enabled, Button::new("↑"))
        .on_hover_text(s.previous)
        .clicked()
    {
        out.push(Command::SearchStep { forward: false });
    }
    if ui
        .add_enabled(enabled, Button::new("↓"))
        .on_hover_text(s.next)
        .clicked()
    {
        out.push(Command::SearchStep { forward: true });
    }
    if !query.trim().is_empty() {
        let count = match (hits, current) {
            (0, _) => s.no_hit.to_owned(),
            (n, Some(i)) => s.n_of(i + 1, n),
            (n, None) => s.n_of(0, n),
        };
        ui.label(RichText::new(count).weak());
    }
    out
}
