//! Charts of money and compute per actor: aggregation of the corpus's figures (only those that
//! count in totals, after corrections, exact repeats counted once, ranges kept as low/high),
//! currency conversion at dated rates, and export to SVG, PNG and CSV. No GUI types here: the
//! app draws the same [`Chart`] with egui_plot, and `vigie chart` writes it from the command line.

pub mod aggregate;
pub mod csv;
pub mod input;
pub mod png;
pub mod rates;
pub mod scale;
pub mod svg;
pub mod text;

pub use aggregate::{Bar, Chart, Source, aggregate};
pub use input::ChartArticle;
pub use rates::default_rates;
pub use scale::Scale;

/// Writes an export atomically: a temp file in the same folder, then a rename, so a reader
/// never sees half a file and a failed write leaves the old one. Errors name the path.
pub fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<(), String> {
    let err = |e: std::io::Error| format!("{}: {e}", path.display());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(err)?;
    std::io::Write::write_all(&mut tmp, bytes).map_err(err)?;
    // A temp file is private; an export is a document like any other.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode());
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
