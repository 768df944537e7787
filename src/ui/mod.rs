//! The desktop app (egui/eframe), egui only: draws a read-only [`crate::workspace::Workspace`]
//! plus its own view state, and emits commands the workspace applies.
//!
//! Grouped by screen: `app` is the eframe shell (the workspace, the reader's view state, the
//! frame); `reader/` the article with its highlights, gestures, menus and tags; `codebook/`
//! the themes panel, its dialogs and a theme's passages; `charts/` the Charts view; `files/`
//! the File menu, the Problems panel, modals and the native dialogs. Beside them: `sidebar`
//! (article list), `legend`, `search_bar`, `mentions_panel`, `corrections_window`,
//! `actor_form`, `view_menu`, `style` (colours), `fonts`, `clipboard` and `screenshot`.

pub mod actor_form;
pub mod app;
pub mod attributes_dialog;
pub mod autocode;
pub mod charts;
pub mod clipboard;
pub mod codebook;
pub mod coder_prompt;
pub mod corrections_window;
pub mod files;
pub mod fonts;
pub mod legend;
pub mod memo_dialog;
pub mod mentions_panel;
pub mod reader;
pub mod screenshot;
pub mod search_bar;
pub mod sidebar;
pub mod style;
pub mod view_menu;

pub use app::VigieApp;

/// Opens the desktop app: on the project file `project` if given, else on the bundled
/// articles as an unsaved project (offering to recover unsaved work of a previous session).
pub fn run_with(project: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Vigie")
            .with_inner_size([1400.0, 900.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Vigie",
        options,
        Box::new(|cc| {
            VigieApp::setup(&cc.egui_ctx);
            Ok(Box::new(
                VigieApp::startup(files::user_files(), project).with_system_clipboard(),
            ))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// Opens the desktop app on the bundled articles (or unsaved work to recover).
pub fn run() -> anyhow::Result<()> {
    run_with(None)
}
