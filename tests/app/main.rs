//! The app's integration tests: the real desktop app driven headless with egui_kittest, as one
//! test binary (each file linked on its own cost a link of egui and the whole crate per file).
//! The core's tests are the other binary, `tests/core`.
#![cfg(feature = "gui")]

mod common;
mod files_common;

mod ui_app;
mod ui_autocode;
mod ui_browser;
mod ui_charts;
mod ui_claims;
mod ui_codebook_io;
mod ui_coders;
mod ui_contradict;
mod ui_correct;
mod ui_files;
mod ui_fonts;
mod ui_formats;
mod ui_forms;
mod ui_hostile;
mod ui_identity;
mod ui_import;
mod ui_interchange;
mod ui_reader;
mod ui_search;
mod ui_select;
mod ui_select_keys;
mod ui_stripes;
mod ui_tags;
mod ui_undated;
