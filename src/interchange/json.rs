//! Tags and figures as JSON for scripts: `{"format": "vigie-tags", "version": 1, "project":
//! name, "tags": [...]}` (and `vigie-figures` / `"figures"`), one object per row.

use super::rows::{FigureRow, TagRow};
use serde::Serialize;

/// The `"version"` of both documents.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Tags<'a> {
    format: &'static str,
    version: u32,
    project: &'a str,
    tags: &'a [TagRow],
}

#[derive(Serialize)]
struct Figures<'a> {
    format: &'static str,
    version: u32,
    project: &'a str,
    figures: &'a [FigureRow],
}

/// Pretty JSON of tag rows.
pub fn tags(project: &str, rows: &[TagRow]) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec_pretty(&Tags {
        format: "vigie-tags",
        version: VERSION,
        project,
        tags: rows,
    })
}

/// Pretty JSON of figure rows.
pub fn figures(project: &str, rows: &[FigureRow]) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec_pretty(&Figures {
        format: "vigie-figures",
        version: VERSION,
        project,
        figures: rows,
    })
}
