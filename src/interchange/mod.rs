//! Interchange: moving a project's work to other tools and back — REFI-QDA projects (`.qdpx`,
//! read by NVivo, ATLAS.ti, MAXQDA, QualCoder), and CSV or JSON tables of tags and figures for
//! spreadsheets and scripts.
//!
//! - [`qdpx::export`] / [`qdpx::import`]: the whole project (articles, themes, tags, memos).
//! - [`qdpx::export_codebook`] / [`qdpx::read_codebook`], [`taguette`]: the codebook alone, as a
//!   REFI-QDA `.qdc` or Taguette's CSV, added to a project with [`qdpx::add_codes`].
//! - [`rows::tag_rows`] / [`rows::figure_rows`]: one flat row per tag or per figure, written by
//!   [`csv::tags`], [`csv::figures`], [`json::tags`] and [`json::figures`].
//!
//! Every file is written atomically: see [`crate::atomic_file`].

pub mod codebook;
pub mod csv;
pub mod json;
pub mod qdpx;
pub mod report;
pub mod rows;
pub mod taguette;
