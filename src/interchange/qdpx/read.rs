//! Reads `project.qde` into plain structures, checking what the schema requires (GUIDs, names,
//! integer positions): a file that breaks those rules is refused whole.

use super::QdpxError;
use super::xml::Code;
use crate::project::Rgb;
use roxmltree::{Document, Node};
use std::collections::HashMap;

/// What the import needs from `project.qde`.
#[derive(Debug, Default)]
pub struct Parsed {
    pub name: String,
    pub created: Option<String>,
    pub codes: Vec<Code>,
    pub sources: Vec<ParsedSource>,
    /// Note GUID → its text.
    pub notes: HashMap<String, String>,
    /// What the import leaves out (see [`super::leftovers`]).
    pub leftovers: Vec<super::LeftOut>,
    /// The project's memo (its `Description`).
    pub memo: String,
    /// Variable GUID → name.
    pub variables: HashMap<String, String>,
    /// User GUID → name: the coders of passages (Vigie's own project user left out).
    pub users: HashMap<String, String>,
}

#[derive(Debug)]
pub struct ParsedSource {
    pub guid: String,
    pub name: String,
    pub kind: SourceKind,
    pub selections: Vec<ParsedSelection>,
    /// Codings of the whole source (not of a passage).
    pub whole_codings: usize,
    /// Passages coded on a page or picture (`PDFSelection`, `PictureSelection`...), which have
    /// no place in a text.
    pub other_selections: usize,
    /// Set when the text is the plain-text `Representation` of another kind of source: that
    /// kind (`PDF`...).
    pub represents: Option<String>,
    pub created: Option<String>,
    /// The source's variable values: (variable GUID, value as text).
    pub values: Vec<(String, String)>,
    /// The source's memo: its `Description`, and the notes it refers to (GUIDs).
    pub memo: Option<String>,
    pub memo_notes: Vec<String>,
}

#[derive(Debug)]
pub enum SourceKind {
    Text {
        plain_path: Option<String>,
        inline: Option<String>,
    },
    /// Not plain text: the element's name (`PDFSource`, ...).
    Other(String),
}

#[derive(Debug)]
pub struct ParsedSelection {
    pub guid: String,
    pub name: String,
    pub start: u64,
    pub end: u64,
    pub created: Option<String>,
    /// (coding GUID, code GUID, note GUIDs of the coding).
    pub codings: Vec<(String, String, Vec<String>)>,
    pub notes: Vec<String>,
    pub description: Option<String>,
    /// The GUID of the user who coded it.
    pub user: Option<String>,
}

fn malformed(what: impl Into<String>) -> QdpxError {
    QdpxError::Malformed(what.into())
}

fn children<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> Option<Node<'a, 'i>> {
    children(n, name).next()
}

fn text_of(n: Node, name: &'static str) -> Option<String> {
    child(n, name).map(|c| c.text().unwrap_or_default().to_string())
}

/// A required attribute.
fn req(n: Node, attr: &str) -> Result<String, QdpxError> {
    n.attribute(attr).map(str::to_string).ok_or_else(|| {
        malformed(format!(
            "a <{}> (line {}) has no {attr}",
            n.tag_name().name(),
            n.document().text_pos_at(n.range().start).row
        ))
    })
}

/// A required GUID attribute (the schema's pattern: a UUID, braces allowed).
fn guid(n: Node, attr: &str) -> Result<String, QdpxError> {
    let g = req(n, attr)?;
    let bare = g.trim().trim_start_matches('{').trim_end_matches('}');
    uuid::Uuid::parse_str(bare)
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| malformed(format!("{g:?} is not a GUID")))
}

fn position(n: Node, attr: &str) -> Result<u64, QdpxError> {
    let v = req(n, attr)?;
    v.trim()
        .parse()
        .map_err(|_| malformed(format!("{attr}={v:?} is not a position")))
}

fn note_refs(n: Node) -> Result<Vec<String>, QdpxError> {
    children(n, "NoteRef")
        .map(|r| guid(r, "targetGUID"))
        .collect()
}

/// Parses and checks `project.qde`.
pub fn parse(bytes: &[u8]) -> Result<Parsed, QdpxError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| QdpxError::Xml(format!("not UTF-8 ({e})")))?
        .trim_start_matches('\u{feff}');
    let doc = Document::parse(text).map_err(|e| QdpxError::Xml(e.to_string()))?;
    let root = doc.root_element();
    if root.tag_name().name() != "Project" {
        return Err(malformed(format!(
            "the root element is <{}>, not <Project>",
            root.tag_name().name()
        )));
    }
    let mut parsed = Parsed {
        name: req(root, "name")?,
        created: root.attribute("creationDateTime").map(str::to_string),
        leftovers: super::leftovers::list(root),
        ..Parsed::default()
    };
    if let Some(codes) = child(root, "CodeBook").and_then(|b| child(b, "Codes")) {
        parsed.codes = children(codes, "Code")
            .map(|c| code(c, 1))
            .collect::<Result<_, _>>()?;
    }
    parsed.users = users(root);
    parsed.memo = text_of(root, "Description").unwrap_or_default();
    parsed.variables = child(root, "Variables")
        .into_iter()
        .flat_map(|v| children(v, "Variable"))
        .filter_map(|v| {
            let guid = v.attribute("guid").and_then(bare_guid)?;
            Some((guid, v.attribute("name")?.trim().to_string()))
        })
        .collect();
    if let Some(notes) = child(root, "Notes") {
        for n in children(notes, "Note") {
            let text = text_of(n, "PlainTextContent")
                .or_else(|| text_of(n, "Description"))
                .unwrap_or_default();
            parsed.notes.insert(guid(n, "guid")?, text);
        }
    }
    if let Some(sources) = child(root, "Sources") {
        for s in sources.children().filter(Node::is_element) {
            parsed.sources.push(source(s)?);
        }
    }
    Ok(parsed)
}

/// A GUID in the canonical form (lower case, no braces), if it is one.
fn bare_guid(g: &str) -> Option<String> {
    let bare = g.trim().trim_start_matches('{').trim_end_matches('}');
    uuid::Uuid::parse_str(bare)
        .ok()
        .map(|u| u.hyphenated().to_string())
}

/// The project's users by GUID. A file Vigie wrote names its own project user "Vigie": passages
/// it created have no coder, so that user is left out.
fn users(root: Node) -> HashMap<String, String> {
    let vigie = root
        .attribute("origin")
        .is_some_and(|o| o.starts_with("Vigie"));
    let own = root.attribute("creatingUserGUID").and_then(bare_guid);
    child(root, "Users")
        .into_iter()
        .flat_map(|u| children(u, "User"))
        .filter_map(|u| {
            let guid = u.attribute("guid").and_then(bare_guid)?;
            let name = u.attribute("name")?.trim().to_string();
            let ours = vigie && own.as_ref() == Some(&guid);
            (!name.is_empty() && !ours).then_some((guid, name))
        })
        .collect()
}

/// Codes nested deeper than this are refused: no codebook needs it, and reading deeper would
/// risk the stack.
pub const MAX_CODE_DEPTH: usize = 100;

pub(super) fn code(n: Node, depth: usize) -> Result<Code, QdpxError> {
    if depth > MAX_CODE_DEPTH {
        return Err(malformed(format!(
            "codes are nested more than {MAX_CODE_DEPTH} levels deep"
        )));
    }
    Ok(Code {
        guid: guid(n, "guid")?,
        name: req(n, "name")?,
        codable: n.attribute("isCodable").is_none_or(|v| v.trim() != "false"),
        color: n.attribute("color").and_then(rgb),
        description: text_of(n, "Description").filter(|d| !d.trim().is_empty()),
        notes: note_refs(n)?,
        children: children(n, "Code")
            .map(|c| code(c, depth + 1))
            .collect::<Result<_, _>>()?,
    })
}

/// `#rrggbb` or `#rgb`.
fn rgb(s: &str) -> Option<Rgb> {
    let h = s.trim().strip_prefix('#')?;
    if !h.is_ascii() {
        return None;
    }
    let c = |s: &str| u8::from_str_radix(s, 16).ok();
    match h.len() {
        6 => Some(Rgb(c(&h[0..2])?, c(&h[2..4])?, c(&h[4..6])?)),
        3 => {
            let d = |i: usize| c(&h[i..i + 1]).map(|v| v * 17);
            Some(Rgb(d(0)?, d(1)?, d(2)?))
        }
        _ => None,
    }
}

fn source(n: Node) -> Result<ParsedSource, QdpxError> {
    let element = n.tag_name().name();
    // A PDF (or other) source may carry its text as a plain-text `Representation`: that text
    // and the passages coded in it are imported as a text article.
    let (text, represents) = match (element, child(n, "Representation")) {
        ("TextSource", _) => (Some(n), None),
        (_, Some(r)) => (
            Some(r),
            Some(
                element
                    .strip_suffix("Source")
                    .unwrap_or(element)
                    .to_string(),
            ),
        ),
        _ => (None, None),
    };
    let kind = match text {
        Some(t) => SourceKind::Text {
            plain_path: t.attribute("plainTextPath").map(str::to_string),
            inline: text_of(t, "PlainTextContent"),
        },
        None => SourceKind::Other(element.to_string()),
    };
    let mut selections = Vec::new();
    for s in text
        .into_iter()
        .flat_map(|t| children(t, "PlainTextSelection"))
    {
        let mut codings = Vec::new();
        for c in children(s, "Coding") {
            let code = child(c, "CodeRef")
                .ok_or_else(|| malformed("a <Coding> has no <CodeRef>"))
                .and_then(|r| guid(r, "targetGUID"))?;
            codings.push((guid(c, "guid")?, code, note_refs(c)?));
        }
        selections.push(ParsedSelection {
            guid: guid(s, "guid")?,
            name: s.attribute("name").unwrap_or_default().to_string(),
            start: position(s, "startPosition")?,
            end: position(s, "endPosition")?,
            created: s.attribute("creationDateTime").map(str::to_string),
            codings,
            notes: note_refs(s)?,
            description: text_of(s, "Description").filter(|d| !d.trim().is_empty()),
            user: s.attribute("creatingUser").and_then(bare_guid),
        });
    }
    let other_selections = n
        .children()
        .filter(|c| {
            c.is_element()
                && c.tag_name().name().ends_with("Selection")
                && c.tag_name().name() != "PlainTextSelection"
        })
        .count();
    Ok(ParsedSource {
        guid: guid(n, "guid")?,
        name: n.attribute("name").unwrap_or_default().to_string(),
        kind,
        selections,
        whole_codings: children(n, "Coding").count()
            + text
                .filter(|t| *t != n)
                .map_or(0, |t| children(t, "Coding").count()),
        other_selections,
        represents,
        created: n.attribute("creationDateTime").map(str::to_string),
        values: children(n, "VariableValue")
            .filter_map(|v| {
                let var = child(v, "VariableRef")?
                    .attribute("targetGUID")
                    .and_then(bare_guid)?;
                let value = v
                    .children()
                    .find(|c| c.is_element() && c.tag_name().name().ends_with("Value"))?
                    .text()
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                Some((var, value))
            })
            .collect(),
        memo: text_of(n, "Description"),
        memo_notes: note_refs(n)?,
    })
}
