//! The bundled font draws what the articles contain and egui's default font does not.

use egui_kittest::Harness;
use vigie::ui::VigieApp;

/// "États‑Unis" with U+2011 (non-breaking hyphen), and a figure with U+202F.
const SAMPLE: &str = "Les États\u{2011}Unis investissent 12\u{202F}000 € — « fin ».";

#[test]
fn bundled_font_draws_the_non_breaking_hyphen() {
    // The harness panics on any glyph no installed font has.
    let mut h = Harness::builder()
        .with_context_setup(VigieApp::setup)
        .build_ui(|ui| {
            ui.label(SAMPLE);
        });
    h.run();
}

#[test]
#[should_panic(expected = "U+2011")]
fn default_font_lacks_the_non_breaking_hyphen() {
    let mut h = Harness::builder().build_ui(|ui| {
        ui.label(SAMPLE);
    });
    h.run();
}
