//! The reader's pointer and keyboard: drag to select (across paragraphs; whole words unless
//! Alt is held), shift-click to extend, double-click for a word, Ctrl+C to copy, click an
//! entity to list its mentions.

use super::placed::{Placed, ReaderView, char_at, char_under};
use crate::workspace::command::Command;
use crate::workspace::selection::{Selection, snap_range, word_at};
use egui::{Event, Key, Pos2, Response, Vec2};

/// Selection gesture state, kept between frames.
#[derive(Debug, Default)]
pub struct InputState {
    /// Article and char where the selection is anchored (the fixed end).
    anchor: Option<(usize, usize)>,
    dragging: bool,
}

impl InputState {
    pub fn dragging(&self) -> bool {
        self.dragging
    }
}

/// Distance from the viewport's edge where a drag starts scrolling, and the speed.
const EDGE: f32 = 24.0;
const EDGE_SPEED: f32 = 14.0;

/// Handles the reader's gestures for this frame; `background` is the text area's response.
pub fn handle(
    ui: &egui::Ui,
    background: &Response,
    view: &ReaderView<'_>,
    placed: &[Placed],
    st: &mut InputState,
) -> Vec<Command> {
    let mut out = Vec::new();
    let (pos, pressed, down, shift, free) = ui.input(|i| {
        (
            i.pointer.interact_pos(),
            i.pointer.primary_pressed(),
            i.pointer.primary_down(),
            i.modifiers.shift,
            i.modifiers.alt,
        )
    });
    let index = view.index;
    // Whole words, unless Alt is held.
    let between = |a: usize, b: usize| {
        let sel = Selection::between(index, a, b)?;
        if free {
            return Some(sel);
        }
        let doc = view.doc;
        let range = snap_range(&doc.paragraphs, |i| doc.paragraph_text(i), sel.range);
        Some(Selection { range, ..sel })
    };
    let at = pos.and_then(|p| char_at(view, placed, p));
    let double = background.double_clicked()
        || (background.clicked()
            && ui.input(|i| {
                i.pointer
                    .button_double_clicked(egui::PointerButton::Primary)
            }));

    if double && !shift {
        if let Some(c) = at {
            let i = crate::workspace::selection::paragraph_of_char(&view.doc.paragraphs, c);
            if let Some(p) = view.doc.paragraphs.get(i) {
                let w = word_at(view.doc.paragraph_text(i), c - p.char_start);
                let (a, b) = (p.char_start + w.start, p.char_start + w.end);
                st.anchor = Some((index, a));
                out.push(Command::SetSelection(Selection::between(index, a, b)));
            }
        }
        st.dragging = false;
    } else if pressed && background.is_pointer_button_down_on() {
        if let Some(c) = at {
            let anchor = match (shift, view.selection) {
                (true, Some(sel)) => match st.anchor {
                    Some((a, x)) if a == index && (x == sel.start || x == sel.end) => x,
                    _ => sel.start,
                },
                _ => c,
            };
            st.anchor = Some((index, anchor));
            st.dragging = true;
            out.push(Command::SetSelection(between(anchor, c)));
        }
    } else if st.dragging && down {
        if let (Some(c), Some((a, anchor))) = (at, st.anchor)
            && a == index
        {
            let sel = between(anchor, c);
            if sel.as_ref().map(|s| &s.range) != view.selection {
                out.push(Command::SetSelection(sel));
            }
        }
        if let Some(p) = pos {
            auto_scroll(ui, p);
        }
    }
    if !down {
        st.dragging = false;
    }

    if background.clicked()
        && !shift
        && let Some(name) = pos.and_then(|p| entity_at(view, placed, p))
    {
        out.push(Command::ShowMentions(name));
    }
    if let Some(sel) = view.selection
        && wants_copy(ui)
    {
        out.push(Command::Copy {
            article: index,
            range: sel.clone(),
            cite: false,
        });
    }
    out
}

/// True when the user asked to copy and no text field has the keyboard.
fn wants_copy(ui: &egui::Ui) -> bool {
    !ui.ctx().egui_wants_keyboard_input()
        && ui.input(|i| {
            i.events.iter().any(|e| {
                matches!(e, Event::Copy)
                    || matches!(e, Event::Key { key: Key::C, pressed: true, modifiers, .. }
                        if modifiers.command)
            })
        })
}

/// Scrolls when a drag reaches the top or bottom edge of the viewport.
fn auto_scroll(ui: &egui::Ui, pos: Pos2) {
    let clip = ui.clip_rect();
    let dy = if pos.y < clip.top() + EDGE {
        EDGE_SPEED
    } else if pos.y > clip.bottom() - EDGE {
        -EDGE_SPEED
    } else {
        return;
    };
    ui.scroll_with_delta(Vec2::new(0.0, dy));
    ui.ctx().request_repaint();
}

/// The canonical name of the shown entity whose glyphs are under `pos`.
fn entity_at(view: &ReaderView<'_>, placed: &[Placed], pos: Pos2) -> Option<String> {
    let pl = placed.iter().find(|pl| pl.rect.contains(pos))?;
    let c = char_under(&pl.galley, pos - pl.rect.min)?;
    let seg = view.doc.paragraphs.get(pl.i)?.segment_at_char(c)?;
    let e = view.doc.extraction.entities.get(seg.marks.entity?)?;
    view.vis.shows(e.kind).then(|| e.canonical.clone())
}
