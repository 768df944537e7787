//! The desktop app (egui/eframe): draws state and emits commands.
