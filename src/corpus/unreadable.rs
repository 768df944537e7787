//! Why a file gives no article, as data: the command line prints it in English (`Display`), the
//! app words it in the analyst's language (`i18n::errors`).

use super::article::FormatError;
use super::decode::DecodeError;

/// Why a file (or a folder) gave no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    /// The system's message.
    #[error("cannot read: {0}")]
    Io(String),
    #[error("cannot list folder: {0}")]
    Folder(String),
    /// Empty, binary or too large.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    #[error("no article text in this web page")]
    NoText,
    #[error("{0} is not bundled with this Vigie")]
    NotBundled(String),
    /// A PDF or Word file that gave no article.
    #[error(transparent)]
    Format(#[from] FormatError),
    #[error("not an article file (.txt, .md, .html, .htm, .pdf, .docx)")]
    NotAnArticle,
    /// A device, a pipe or a socket named like an article.
    #[error("not a regular file (a device, a pipe or a socket)")]
    NotAFile,
    /// An article of a project file that lies outside the project's folder, not read without
    /// the analyst's consent.
    #[error("outside the project's folder: not read without your consent")]
    Outside,
    /// Not read because the analyst cancelled the reading.
    #[error("not read: the reading was cancelled")]
    Cancelled,
    #[error("internal error while analysing this article (please report it)")]
    Internal,
}
