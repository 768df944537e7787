//! REFI-QDA codebooks (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`): the codebook alone, as
//! Taguette, QualCoder and MAXQDA exchange it. Export writes the project's themes (categories
//! as `isCodable="false"`); import adds codes to a project's codebook — a theme already there
//! (same name, same parent) is reused, never doubled.

use super::read::code;
use super::xml::{self, Code};
use super::{ImportReport, LeftOut, QdpxError, export, names};
use crate::project::{Book, EditError, Project, Rgb, ThemeId};
use roxmltree::Document;
use std::collections::HashMap;

/// The colour for a code that has none (Taguette's have none): the codebook's next colour.
pub type Colour<'a> = &'a dyn Fn(&Book) -> Rgb;

/// The project's codebook as a `.qdc` document (names made unique, as for QualCoder).
pub fn export_codebook(project: &Project) -> Result<(Vec<u8>, Vec<String>), QdpxError> {
    let mut codes = export::theme_codes(project);
    if codes.is_empty() {
        return Err(QdpxError::Malformed(
            "the codebook has no themes to export".into(),
        ));
    }
    let renamed = names::make_unique(&mut codes);
    let bytes = xml::write_codebook(&codes).map_err(|e| QdpxError::Archive(e.to_string()))?;
    Ok((bytes, renamed))
}

/// The codes of a `.qdc` document (or of a `.qde` project's codebook).
pub fn read_codebook(bytes: &[u8]) -> Result<Vec<Code>, QdpxError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| QdpxError::Xml(format!("not UTF-8 ({e})")))?
        .trim_start_matches('\u{feff}');
    let doc = Document::parse(text).map_err(|e| QdpxError::Xml(e.to_string()))?;
    let root = doc.root_element();
    let book = match root.tag_name().name() {
        "CodeBook" => Some(root),
        "Project" => root
            .children()
            .find(|c| c.is_element() && c.tag_name().name() == "CodeBook"),
        other => {
            return Err(QdpxError::Malformed(format!(
                "the root element is <{other}>, not <CodeBook>"
            )));
        }
    };
    let taguette = book
        .and_then(|b| b.attribute("origin"))
        .is_some_and(|o| o.trim_start().starts_with("Taguette"));
    let Some(codes) = book.and_then(|b| {
        b.children()
            .find(|c| c.is_element() && c.tag_name().name() == "Codes")
    }) else {
        return Ok(Vec::new());
    };
    let codes: Vec<Code> = codes
        .children()
        .filter(|c| c.is_element() && c.tag_name().name() == "Code")
        .map(|c| code(c, 1))
        .collect::<Result<_, _>>()?;
    // Taguette writes its tags flat, nested by dots in their names.
    Ok(if taguette { nest_dotted(codes) } else { codes })
}

/// Adds `codes` to the project's codebook in one undoable edit: each code becomes a theme
/// (nested one level, as Vigie's codebook is; deeper codes go under their top-level ancestor),
/// unless a theme of that name already sits under the same parent, which is reused.
pub fn add_codes(
    project: &mut Project,
    codes: &[Code],
    colour: Colour,
) -> Result<ImportReport, QdpxError> {
    let mut report = ImportReport::default();
    project
        .edit(|b| -> Result<(), EditError> {
            for c in codes {
                add(b, c, None, 0, colour, &mut report)?;
            }
            Ok(())
        })
        .map_err(|e| QdpxError::Malformed(e.to_string()))?;
    Ok(report)
}

fn add(
    b: &mut Book,
    c: &Code,
    parent: Option<ThemeId>,
    depth: usize,
    colour: Colour,
    report: &mut ImportReport,
) -> Result<(), EditError> {
    let name = match c.name.trim() {
        "" => "(unnamed)",
        n => n,
    };
    // A category below the top level would be an empty sub-theme: its codes go up instead.
    if depth >= 1 && !c.codable {
        report
            .left_out
            .push(LeftOut::CodebookCategoryFlattened { name: name.into() });
        for k in &c.children {
            add(b, k, parent, depth, colour, report)?;
        }
        return Ok(());
    }
    if depth >= 2 {
        report
            .left_out
            .push(LeftOut::CodebookCodeRaised { name: name.into() });
    }
    let lower = name.to_lowercase();
    let existing = b
        .themes
        .iter()
        .find(|t| t.parent == parent && t.name.to_lowercase() == lower)
        .map(|t| t.id);
    let id = match existing {
        Some(id) => {
            report
                .left_out
                .push(LeftOut::ThemeKept { name: name.into() });
            id
        }
        None => {
            // The code's GUID is kept (a later exchange recognises the theme) unless taken.
            let keep_guid = uuid::Uuid::parse_str(&c.guid).is_ok()
                && !b.themes.iter().any(|t| t.guid == c.guid);
            let rgb = c.color.unwrap_or_else(|| colour(b));
            let id = b.create_theme(name, rgb, parent)?;
            if let Some(t) = b.themes.iter_mut().find(|t| t.id == id) {
                t.description = c.description.clone();
                t.category = !c.codable;
                if keep_guid {
                    t.guid = c.guid.clone();
                }
            }
            report.themes += 1;
            id
        }
    };
    let below = if depth == 0 { Some(id) } else { parent };
    for k in &c.children {
        add(b, k, below, depth + 1, colour, report)?;
    }
    Ok(())
}

/// Taguette's flat tags nested (its CSV and `.qdc` codebooks): `A.B` goes under `A` when there is a tag `A` (deeper tags
/// under their top-level ancestor, named by the rest of their path); otherwise the dot is part
/// of the name ("U.S. policy"). Codes that already have children are left as they are.
pub fn nest_dotted(flat: Vec<Code>) -> Vec<Code> {
    if flat.iter().any(|c| !c.children.is_empty()) {
        return flat;
    }
    let index: HashMap<String, usize> = flat
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.clone(), i))
        .collect();
    let names: Vec<String> = flat.iter().map(|c| c.name.clone()).collect();
    let mut codes: Vec<Code> = Vec::new();
    // Row → (its top-level code in `codes`, that code's row).
    let mut placed: HashMap<usize, (usize, usize)> = HashMap::new();
    for (i, mut code) in flat.into_iter().enumerate() {
        let parent = names[i]
            .rsplit_once('.')
            .and_then(|(p, _)| index.get(p).copied())
            .filter(|&p| p != i)
            .and_then(|p| placed.get(&p).copied());
        match parent {
            Some((top, top_row)) => {
                let prefix = format!("{}.", names[top_row]);
                if let Some(short) = names[i].strip_prefix(&prefix) {
                    code.name = short.to_string();
                }
                codes[top].children.push(code);
                placed.insert(i, (top, top_row));
            }
            None => {
                placed.insert(i, (codes.len(), i));
                codes.push(code);
            }
        }
    }
    codes
}
