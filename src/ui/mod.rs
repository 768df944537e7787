//! The desktop app (egui/eframe): draws state and emits commands.
//!
//! `app` holds the state and applies commands; `sidebar`, `reader`, `legend`, `search_bar` and
//! `mentions_panel` draw; `codebook`, `retrieval`, `tag_menu` and `tag_marks` are the theme
//! codebook, tagging and the tags drawn in the reader; `correct_menu`, `corrections_window` and
//! `actor_form` correct the engine; `annot`, `layout` and `galleys` turn an extraction into
//! cached, highlighted paragraph layouts; `selection`, `search` and `mentions` are the pure
//! models behind them; `files` does everything with project and article files (menus, dialogs,
//! background loads, autosave); every visible string is in `crate::i18n`.

pub mod actor_form;
pub mod app;
pub mod charts;
pub mod codebook;
pub mod correct_menu;
pub mod corrections_window;
pub mod files;
pub mod fonts;
pub mod galleys;
pub mod hover;
pub mod layout;
pub mod legend;
pub mod mentions_panel;
pub mod overlay;
pub mod reader;
pub mod reader_input;
pub mod reader_menu;
pub mod retrieval;
pub mod screenshot;
pub mod search_bar;
pub mod sidebar;
pub mod style;
pub mod tag_marks;
pub mod tag_menu;

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
            Ok(Box::new(VigieApp::startup(files::user_files(), project)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// Opens the desktop app on the bundled articles (or unsaved work to recover).
pub fn run() -> anyhow::Result<()> {
    run_with(None)
}
