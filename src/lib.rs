//! Vigie: read AI-geopolitics news, find actors and money/compute figures, and say whose they are.
//!
//! The core (`corpus`, `extract`, `project`, `chart`) has no GUI dependency; the desktop app
//! lives in `ui` behind the default `gui` feature. Every file Vigie writes goes through
//! [`atomic_file`]; every file it did not write is read through [`safe_read`].

pub mod agreement;
pub mod allocator;
pub mod atomic_file;
pub mod chart;
pub mod claims;
pub mod cli;
pub mod corpus;
pub mod extract;
pub mod fonts;
pub mod i18n;
pub mod interchange;
pub mod project;
pub mod safe_read;
pub mod text;
pub mod workspace;

#[cfg(feature = "gui")]
pub mod ui;
