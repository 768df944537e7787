//! Shared set-up of the headless app tests: the real app in a kittest harness, in English.

use egui_kittest::Harness;
use vigie::ui::VigieApp;

/// The app in a 1400×900 harness with the bundled font, English labels (whatever the machine's
/// locale), after three frames.
pub fn harness(mut app: VigieApp) -> Harness<'static, VigieApp> {
    app.lang = vigie::i18n::Lang::En;
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_context_setup(VigieApp::setup)
        .build_ui_state(|ui, app: &mut VigieApp| app.ui(ui), app);
    h.run_steps(3);
    h
}
