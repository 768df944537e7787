//! REFI-QDA projects (`.qdpx`): a ZIP holding `project.qde` (XML, namespace
//! `urn:QDA-XML:project:1.0`) and the sources as UTF-8 plain text under `sources/`.
//!
//! How Vigie maps onto the standard:
//! - articles ↔ `TextSource` (text written with `\n` line endings, `sources/<guid>.txt`);
//! - themes ↔ `Code` (sub-themes nested, colours as `#rrggbb`, descriptions kept);
//! - tags ↔ `PlainTextSelection` + `Coding` (positions in code points, end exclusive);
//! - memos ↔ `Note` referenced by the selection (`NoteRef`), a theme's by its `Code`;
//! - the project's name and dates ↔ the `Project` element; one `User` ("Vigie").
//!
//! GUIDs are stable: themes, tags, articles and the project keep persisted GUIDs; the user,
//! codings, notes and engine mentions get GUIDs derived from them (UUID v5), so the same object
//! has the same GUID in every export.
//!
//! Optionally ([`ExportOptions::mentions`]) the engine's actors are exported as a separate code
//! branch "Actors ▸ Company ▸ OpenAI" with their mentions as selections. That branch is marked
//! ([`ENGINE_MARK`] in its description) and left out when Vigie imports the file again.

mod actors;
mod archive;
mod codebook;
mod export;
mod import;
mod left_out;
mod leftovers;
mod lines;
mod names;
mod qdc;
mod read;
mod types;
mod xml;

pub use export::{export, export_bytes};
pub use import::{import, import_dry, import_unless};
pub use left_out::{LeftOut, SourceWhy};
pub use lines::{Normalized, normalize};
pub use qdc::{add_codes, export_codebook, nest_dotted, read_codebook};
pub use types::{ENGINE_MARK, ExportOptions, ExportReport, ImportReport, QdpxError};
pub use xml::Code;
