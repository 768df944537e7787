//! `vigie codebook --project FILE --import|--export FILE`: a project's codebook exchanged alone,
//! as Taguette's CSV (`.csv`) or a REFI-QDA codebook (`.qdc`), chosen by the file's extension.

use crate::atomic_file;
use crate::interchange::codebook::{CodebookFormat, format_of, read};
use crate::interchange::{qdpx, taguette};
use crate::project::Project;
use std::path::Path;

/// Writes the project's codebook to `out`; returns the lines to print.
pub fn run_export(project: &Path, out: &Path) -> Result<Vec<String>, String> {
    let format = format_of(out)?;
    let project = Project::open(project).map_err(|e| e.to_string())?;
    let (bytes, renamed) = match format {
        CodebookFormat::TaguetteCsv => (
            taguette::codebook_csv(&project).map_err(|e| e.to_string())?,
            Vec::new(),
        ),
        CodebookFormat::Qdc => qdpx::export_codebook(&project).map_err(|e| e.to_string())?,
    };
    atomic_file::write(out, &bytes).map_err(|e| e.to_string())?;
    let mut lines = vec![format!(
        "wrote {} ({} themes)",
        out.display(),
        project.book().themes.len()
    )];
    lines.extend(renamed.into_iter().map(|r| format!("renamed {r}")));
    Ok(lines)
}

/// Adds the codebook in `file` to the project at `project` and saves it; returns the lines
/// to print.
pub fn run_import(project_path: &Path, file: &Path) -> Result<Vec<String>, String> {
    let codes = read(file)?;
    let mut project = Project::open(project_path).map_err(|e| e.to_string())?;
    let report = qdpx::add_codes(
        &mut project,
        &codes,
        &crate::workspace::codebook::next_colour,
    )
    .map_err(|e| e.to_string())?;
    project.save().map_err(|e| e.to_string())?;
    let mut lines = vec![format!(
        "added {} themes to {}",
        report.themes,
        project_path.display()
    )];
    let en = crate::i18n::Lang::En;
    lines.extend(
        report
            .left_out
            .iter()
            .map(|s| format!("note: {}", en.left_out(s))),
    );
    Ok(lines)
}
