//! The app's model, without egui: what the desktop app shows and the command line reads.
//!
//! [`Workspace`] (in `core`) holds the open project, its [`Article`]s and what the app shows
//! about them; `build` makes one, `apply` is the one place its state changes (with `forms`, what
//! the small dialogs open and submit, and the codebook's own handler), `sync` keeps the
//! articles in line with the project's book, `viewstate` keeps what was shown in the project,
//! and `effects` is the one place files and dialogs are touched. `command` holds every command
//! as plain data, `state` the small state types. `loader` reads articles in the background,
//! `headless` is the command line's way in. The pure models behind the views: `search`,
//! `mentions`, `selection`, `citation` (what a copy puts on the clipboard), `annot` (highlight segments), `edit` (every change to a project),
//! `charts`, `codebook` and `actor_form`.

pub mod actor_form;
pub mod annot;
pub mod apply;
pub mod article;
pub mod autocode;
pub mod build;
pub mod charts;
pub mod citation;
pub mod codebook;
pub mod command;
pub mod core;
pub mod edit;
pub mod effects;
mod forms;
pub mod headless;
pub mod loader;
pub mod mentions;
pub mod search;
pub mod selection;
pub mod state;
pub mod sync;
pub mod viewstate;

pub use article::Article;
pub use command::Command;
pub use core::Workspace;
