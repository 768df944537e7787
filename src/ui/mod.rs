//! The desktop app (egui/eframe): draws state and emits commands.

/// Opens the main window.
pub fn run() -> anyhow::Result<()> {
    anyhow::bail!("the desktop app is not built yet")
}
