//! Binary article formats (PDF, Word `.docx`): which files they are, and reading one with its
//! reader. Each reader caps what a hostile file can cost; a panic in one becomes an error.

use super::article::{Article, FormatError};
use super::{docx, pdf};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

/// File extensions read as binary article formats.
pub const EXTENSIONS: &[&str] = &["pdf", "docx"];

/// The binary format of a path, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Docx,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Format::Pdf),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }

    /// Reads a file's bytes as this format. A panic in a parser becomes an error for this
    /// file (the parsers are third-party code meeting untrusted input).
    pub fn read(self, bytes: &[u8]) -> Result<Article, FormatError> {
        let read = AssertUnwindSafe(|| match self {
            Format::Pdf => pdf::read(bytes),
            Format::Docx => docx::read(bytes),
        });
        catch_unwind(read).unwrap_or_else(|_| {
            let why = "the parser stopped on malformed data".to_string();
            Err(match self {
                Format::Pdf => FormatError::Pdf(why),
                Format::Docx => FormatError::Docx(why),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of(Path::new("a/B.PDF")), Some(Format::Pdf));
        assert_eq!(Format::of(Path::new("b.docx")), Some(Format::Docx));
        assert_eq!(Format::of(Path::new("b.doc")), None);
    }

    #[test]
    fn garbage_is_an_error_for_both_formats_not_a_panic() {
        for bytes in [&b""[..], b"%PDF-1.7\n", b"PK\x03\x04junk", &[0xFF; 64]] {
            assert!(matches!(Format::Pdf.read(bytes), Err(FormatError::Pdf(_))));
            assert!(matches!(
                Format::Docx.read(bytes),
                Err(FormatError::Docx(_))
            ));
        }
    }
}
