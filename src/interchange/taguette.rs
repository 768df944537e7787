//! Taguette's codebook as CSV, as Taguette 1.5 writes and reads it: one row per tag with the
//! columns `tag` (Taguette also reads `name` or `path`), `description`, `number of highlights`
//! and `number of documents`; a sub-theme is written `Parent.Child`, Taguette's way of nesting
//! a tag. Read back as codes for [`super::qdpx::add_codes`]; the same nesting is rebuilt
//! from the flat `.qdc` codebooks Taguette writes ([`qdpx::nest_dotted`]).

use super::qdpx::{self, Code};
use crate::project::Project;
use std::collections::{HashMap, HashSet};

/// The header Taguette writes.
pub const HEADER: [&str; 4] = [
    "tag",
    "description",
    "number of highlights",
    "number of documents",
];

/// The project's codebook in Taguette's CSV shape.
pub fn codebook_csv(project: &Project) -> Result<Vec<u8>, csv::Error> {
    let book = project.book();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    let mut count: HashMap<_, usize> = HashMap::new();
    let mut documents: HashMap<_, HashSet<_>> = HashMap::new();
    for t in &book.tags {
        *count.entry(t.theme).or_default() += 1;
        documents.entry(t.theme).or_default().insert(t.article);
    }
    let top = |t: &crate::project::Theme| t.parent.is_none_or(|p| book.theme(p).is_none());
    for t in book.themes.iter().filter(|t| top(t)) {
        let rows = std::iter::once((t.name.clone(), t)).chain(
            book.children(t.id)
                .map(|k| (format!("{}.{}", t.name, k.name), k)),
        );
        for (path, theme) in rows {
            w.write_record([
                path.as_str(),
                theme.description.as_deref().unwrap_or_default(),
                &count.get(&theme.id).copied().unwrap_or(0).to_string(),
                &documents.get(&theme.id).map_or(0, HashSet::len).to_string(),
            ])?;
        }
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// The codes of a Taguette codebook CSV: the `tag` (or `path`) column names each code, the
/// `description` column (if any) describes it. `A.B` nests under `A` when the file also has a
/// tag `A`; otherwise the dot is part of the name (as in "U.S. policy").
pub fn read_codebook_csv(bytes: &[u8]) -> Result<Vec<Code>, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| "the file is not UTF-8 text".to_string())?
        .trim_start_matches('\u{feff}');
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = r.headers().map_err(|e| e.to_string())?.clone();
    let col = |names: &[&str]| {
        headers
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
    };
    let tag = col(&["tag", "path", "name"])
        .ok_or_else(|| "the file has no \"tag\" (or \"path\") column".to_string())?;
    let description = col(&["description"]);
    let mut rows: Vec<(String, Option<String>)> = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        let name = rec.get(tag).unwrap_or_default().trim();
        if name.is_empty() {
            continue;
        }
        let d = description
            .and_then(|i| rec.get(i))
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_string);
        rows.push((name.to_string(), d));
    }
    let codes = rows
        .into_iter()
        .map(|(name, description)| Code {
            guid: uuid::Uuid::new_v4().hyphenated().to_string(),
            name,
            codable: true,
            color: None,
            description,
            notes: Vec::new(),
            children: Vec::new(),
        })
        .collect();
    Ok(qdpx::nest_dotted(codes))
}
