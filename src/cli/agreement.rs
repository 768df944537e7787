//! `vigie agree --a FILE --b FILE [--out FILE.csv]`: intercoder agreement of two projects of the
//! same corpus, per theme (characters coded by each, agreement, Cohen's kappa).

use crate::agreement::{self, Agreement};
use crate::project::Project;
use std::path::Path;

/// The header of the CSV.
pub const HEADER: [&str; 7] = [
    "theme",
    "chars_a",
    "chars_b",
    "chars_both",
    "chars_total",
    "agreement",
    "kappa",
];

fn rows(a: &Agreement) -> Vec<[String; 7]> {
    a.themes
        .iter()
        .map(|t| {
            [
                t.theme.clone(),
                t.a.to_string(),
                t.b.to_string(),
                t.both.to_string(),
                t.total.to_string(),
                format!("{:.3}", t.agreement()),
                t.kappa().map_or_else(String::new, |k| format!("{k:.3}")),
            ]
        })
        .collect()
}

/// Compares two projects; prints a table (or writes a CSV to `out`). Returns the lines to print.
pub fn run(a: &Path, b: &Path, out: Option<&Path>) -> Result<Vec<String>, String> {
    let open = |p: &Path| Project::open(p).map_err(|e| format!("{}: {e}", p.display()));
    let (pa, pb) = (open(a)?, open(b)?);
    let len = |p: &Project, id| p.article_text(id).ok().map(|t| t.chars().count());
    let result = agreement::compare(&pa, &pb, &len);
    if result.articles == 0 {
        return Err(
            "the two projects have no article in common (same text): nothing to compare".into(),
        );
    }
    let mut lines = vec![format!(
        "{} articles in common{}",
        result.articles,
        match result.unmatched {
            0 => String::new(),
            n => format!(", {n} in one project only (left out)"),
        }
    )];
    let rows = rows(&result);
    match out {
        Some(path) => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(HEADER).map_err(|e| e.to_string())?;
            for r in &rows {
                w.write_record(r).map_err(|e| e.to_string())?;
            }
            let bytes = w.into_inner().map_err(|e| e.to_string())?;
            crate::atomic_file::write(path, &bytes).map_err(|e| e.to_string())?;
            lines.push(format!("wrote {} ({} themes)", path.display(), rows.len()));
        }
        None => {
            lines.push(HEADER.join("\t"));
            lines.extend(rows.iter().map(|r| r.join("\t")));
        }
    }
    Ok(lines)
}
