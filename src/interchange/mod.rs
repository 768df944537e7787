//! Interchange: moving a project's work to other tools and back — REFI-QDA projects (`.qdpx`,
//! read by NVivo, ATLAS.ti, MAXQDA, QualCoder), and CSV or JSON tables of tags and figures for
//! spreadsheets and scripts.
//!
//! - [`qdpx::export`] / [`qdpx::import`]: the whole project (articles, themes, tags, memos).
//! - [`rows::tag_rows`] / [`rows::figure_rows`]: one flat row per tag or per figure, written by
//!   [`csv::tags`], [`csv::figures`], [`json::tags`] and [`json::figures`].
//!
//! Every file is written atomically (a temp file, then a rename): see [`write_file`].

pub mod csv;
pub mod json;
pub mod qdpx;
pub mod rows;

use std::path::Path;

/// Writes `bytes` to `path` so that `path` is always either the old or the new file.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), crate::project::SaveError> {
    crate::project::write_atomic(path, bytes)
}
