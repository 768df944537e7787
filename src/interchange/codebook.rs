//! A codebook file from another tool — Taguette's CSV (`.csv`) or a REFI-QDA codebook
//! (`.qdc`) — told apart by its extension and read with a size cap, as codes for
//! [`super::qdpx::add_codes`].

use super::{qdpx, taguette};
use std::path::Path;

/// Largest codebook file read (a codebook of thousands of themes is well under 1 MiB).
const MAX_BYTES: u64 = 16 << 20;

/// The two codebook formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodebookFormat {
    TaguetteCsv,
    Qdc,
}

impl CodebookFormat {
    /// The format of a file, by its extension.
    pub fn of(path: &Path) -> Option<CodebookFormat> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(CodebookFormat::TaguetteCsv),
            "qdc" | "xml" => Some(CodebookFormat::Qdc),
            _ => None,
        }
    }
}

pub fn format_of(path: &Path) -> Result<CodebookFormat, String> {
    CodebookFormat::of(path).ok_or_else(|| {
        format!(
            "{}: a codebook is a Taguette CSV (.csv) or a REFI-QDA codebook (.qdc)",
            path.display()
        )
    })
}

/// The codes of a codebook file (Taguette CSV or `.qdc`).
pub fn read(file: &Path) -> Result<Vec<qdpx::Code>, String> {
    let format = format_of(file)?;
    let meta =
        std::fs::metadata(file).map_err(|e| format!("Cannot read {}: {e}.", file.display()))?;
    if !meta.is_file() || meta.len() > MAX_BYTES {
        return Err(format!(
            "{} is not a codebook file (not a regular file, or larger than {} MiB)",
            file.display(),
            MAX_BYTES >> 20
        ));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("Cannot read {}: {e}.", file.display()))?;
    match format {
        CodebookFormat::TaguetteCsv => taguette::read_codebook_csv(&bytes)
            .map_err(|e| format!("{}: not a Taguette codebook: {e}", file.display())),
        CodebookFormat::Qdc => qdpx::read_codebook(&bytes).map_err(|e| e.to_string()),
    }
}
