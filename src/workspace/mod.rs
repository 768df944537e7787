//! The app's model, without egui: what the desktop app shows and the command line reads. The
//! project's articles read and analysed ([`article`]), the command line's way in
//! ([`headless`]), and the pure models behind the views: [`search`], [`mentions`],
//! [`selection`], [`annot`] (highlight segments) and [`edit`] (every change to a project).

pub mod annot;
pub mod article;
pub mod edit;
pub mod headless;
pub mod mentions;
pub mod search;
pub mod selection;

pub use article::Article;
