//! Shared set-up of the headless app tests: the real app in a kittest harness, in English, and
//! the pointer gestures the reader tests share.

use egui::accesskit::Role;
use egui::{Event, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::ui::VigieApp;

/// The app in a 1400×900 harness with the bundled font, English labels (whatever the machine's
/// locale), after three frames.
pub fn harness(mut app: VigieApp) -> Harness<'static, VigieApp> {
    app.ws.lang = vigie::i18n::Lang::En;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(VigieApp::setup)
        .build_ui_state(|ui, app: &mut VigieApp| app.ui(ui), app);
    h.run_steps(3);
    h
}

/// Where the reader drew the paragraph that reads `text`.
pub fn para_rect(h: &Harness<'static, VigieApp>, text: &str) -> egui::Rect {
    h.get_by_role_and_label(Role::Label, text).rect()
}

/// A primary button press (or release) at `pos`, with `modifiers` held, then a frame.
pub fn press(h: &mut Harness<'static, VigieApp>, pos: Pos2, pressed: bool, modifiers: Modifiers) {
    h.event(Event::ModifiersChanged(modifiers));
    h.event(Event::PointerMoved(pos));
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers,
    });
    h.run_steps(1);
}

/// Right-clicks the start of the paragraph that reads `para`.
pub fn right_click_on(h: &mut Harness<'static, VigieApp>, para: &str) {
    let pos: Pos2 = para_rect(h, para).min + vec2(8.0, 8.0);
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(1);
    }
    h.run_steps(2);
}

/// Clicks through the Edit menu: `path` ends with the item clicked, the ones before are
/// submenus hovered.
pub fn edit_menu(h: &mut Harness<'static, VigieApp>, path: &[&str]) {
    h.get_by_label("Edit").click();
    h.run_steps(2);
    for (i, item) in path.iter().enumerate() {
        if i + 1 < path.len() {
            h.get_by_label(item).hover();
        } else {
            h.get_by_label(item).click();
        }
        h.run_steps(2);
    }
    h.run_steps(2);
}
