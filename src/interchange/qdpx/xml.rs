//! Writes `project.qde`: the REFI-QDA XML of a project already mapped to the standard's terms
//! (elements in the order `Project.xsd` requires; escaping by `quick-xml`).

use crate::project::Rgb;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io;

/// The schema's namespace.
pub const NAMESPACE: &str = "urn:QDA-XML:project:1.0";

/// The codebook schema's namespace (`.qdc`).
pub const CODEBOOK_NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";

/// A project in the standard's terms, ready to write.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub name: String,
    /// `xsd:dateTime` values.
    pub created: String,
    pub modified: String,
    /// The project's user (GUID): who created the project, its sources and notes.
    pub user: String,
    pub user_name: String,
    /// The coders of passages besides the project's user: (GUID, name).
    pub coders: Vec<(String, String)>,
    pub codes: Vec<Code>,
    pub sources: Vec<Source>,
    pub notes: Vec<Note>,
    /// The project's memo (the project's `Description`).
    pub memo: String,
    /// The articles' attribute names as text variables: (GUID, name).
    pub variables: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Code {
    pub guid: String,
    pub name: String,
    pub codable: bool,
    pub color: Option<Rgb>,
    pub description: Option<String>,
    /// The GUIDs of the notes holding the code's memo (`NoteRef`; a project only, the codebook
    /// schema has no notes).
    pub notes: Vec<String>,
    pub children: Vec<Code>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub guid: String,
    pub name: String,
    /// The file name inside `sources/`.
    pub file: String,
    /// `xsd:dateTime`: when the article joined the project.
    pub created: String,
    /// The article's memo (the source's `Description`).
    pub memo: String,
    /// The article's attributes: (variable GUID, text value).
    pub values: Vec<(String, String)>,
    /// UTF-8 with `\n` line endings.
    pub text: String,
    pub selections: Vec<Selection>,
}

#[derive(Debug, Clone)]
pub struct Selection {
    pub guid: String,
    pub name: String,
    /// Code points of the source text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub created: String,
    pub codings: Vec<Coding>,
    pub notes: Vec<String>,
    /// Who coded it (a user's GUID).
    pub user: String,
    /// The passage's memo, also written as a `Note` (`notes`): QualCoder reads a coding memo
    /// from here, NVivo and MAXQDA from the note.
    pub description: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Coding {
    pub guid: String,
    pub code: String,
    pub created: String,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub guid: String,
    pub name: String,
    pub text: String,
    pub created: String,
}

/// `#rrggbb`.
pub fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// A value for an XML attribute: line breaks and tabs become spaces (parsers would turn them into
/// spaces anyway), so that what is read back is what was written.
fn attr(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The XML of `doc`.
pub fn write(doc: &Doc) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let origin = format!("Vigie {}", env!("CARGO_PKG_VERSION"));
    let user = doc.user.as_str();
    w.create_element("Project")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("name", &attr(&doc.name)),
            ("origin", &origin),
            ("creatingUserGUID", user),
            ("creationDateTime", &doc.created),
            ("modifyingUserGUID", user),
            ("modifiedDateTime", &doc.modified),
        ])
        .write_inner_content(|w| {
            w.create_element("Users").write_inner_content(|w| {
                w.create_element("User")
                    .with_attributes([("guid", user), ("name", &attr(&doc.user_name))])
                    .write_empty()?;
                for (guid, name) in &doc.coders {
                    w.create_element("User")
                        .with_attributes([("guid", guid.as_str()), ("name", &attr(name))])
                        .write_empty()?;
                }
                Ok(())
            })?;
            if !doc.codes.is_empty() {
                w.create_element("CodeBook").write_inner_content(|w| {
                    w.create_element("Codes").write_inner_content(|w| {
                        doc.codes.iter().try_for_each(|c| write_code(w, c))
                    })?;
                    Ok(())
                })?;
            }
            if !doc.variables.is_empty() {
                w.create_element("Variables").write_inner_content(|w| {
                    for (guid, name) in &doc.variables {
                        w.create_element("Variable")
                            .with_attributes([
                                ("guid", guid.as_str()),
                                ("name", &attr(name)),
                                ("typeOfVariable", "Text"),
                            ])
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            }
            if !doc.sources.is_empty() {
                w.create_element("Sources").write_inner_content(|w| {
                    doc.sources
                        .iter()
                        .try_for_each(|s| write_source(w, s, user))
                })?;
            }
            if !doc.notes.is_empty() {
                w.create_element("Notes").write_inner_content(|w| {
                    doc.notes.iter().try_for_each(|n| write_note(w, n, user))
                })?;
            }
            if !doc.memo.trim().is_empty() {
                w.create_element("Description")
                    .write_text_content(BytesText::new(&doc.memo))?;
            }
            Ok(())
        })?;
    Ok(w.into_inner())
}

/// A `.qdc` codebook of `codes` (namespace `urn:QDA-XML:codebook:1.0`).
pub fn write_codebook(codes: &[Code]) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let origin = format!("Vigie {}", env!("CARGO_PKG_VERSION"));
    w.create_element("CodeBook")
        .with_attributes([("xmlns", CODEBOOK_NAMESPACE), ("origin", origin.as_str())])
        .write_inner_content(|w| {
            w.create_element("Codes")
                .write_inner_content(|w| codes.iter().try_for_each(|c| write_code(w, c)))?;
            Ok(())
        })?;
    Ok(w.into_inner())
}

fn write_code(w: &mut Writer<Vec<u8>>, c: &Code) -> io::Result<()> {
    let color = c.color.map(hex);
    let mut el = w.create_element("Code").with_attributes([
        ("guid", c.guid.as_str()),
        ("name", &attr(&c.name)),
        ("isCodable", if c.codable { "true" } else { "false" }),
    ]);
    if let Some(color) = &color {
        el = el.with_attribute(("color", color.as_str()));
    }
    if c.description.is_none() && c.notes.is_empty() && c.children.is_empty() {
        el.write_empty()?;
        return Ok(());
    }
    el.write_inner_content(|w| {
        if let Some(d) = &c.description {
            w.create_element("Description")
                .write_text_content(BytesText::new(d))?;
        }
        for n in &c.notes {
            w.create_element("NoteRef")
                .with_attribute(("targetGUID", n.as_str()))
                .write_empty()?;
        }
        c.children.iter().try_for_each(|k| write_code(w, k))
    })?;
    Ok(())
}

fn write_source(w: &mut Writer<Vec<u8>>, s: &Source, user: &str) -> io::Result<()> {
    let path = format!("internal://{}", s.file);
    let el = w.create_element("TextSource").with_attributes([
        ("guid", s.guid.as_str()),
        ("name", &attr(&s.name)),
        ("plainTextPath", &path),
        ("creatingUser", user),
        ("creationDateTime", &s.created),
    ]);
    if s.selections.is_empty() && s.memo.trim().is_empty() && s.values.is_empty() {
        el.write_empty()?;
        return Ok(());
    }
    el.write_inner_content(|w| {
        if !s.memo.trim().is_empty() {
            w.create_element("Description")
                .write_text_content(BytesText::new(&s.memo))?;
        }
        s.selections.iter().try_for_each(|sel| {
            w.create_element("PlainTextSelection")
                .with_attributes([
                    ("guid", sel.guid.as_str()),
                    ("name", &attr(&sel.name)),
                    ("startPosition", &sel.start.to_string()),
                    ("endPosition", &sel.end.to_string()),
                    ("creatingUser", sel.user.as_str()),
                    ("creationDateTime", &sel.created),
                ])
                .write_inner_content(|w| {
                    if let Some(d) = &sel.description {
                        w.create_element("Description")
                            .write_text_content(BytesText::new(d))?;
                    }
                    for c in &sel.codings {
                        w.create_element("Coding")
                            .with_attributes([
                                ("guid", c.guid.as_str()),
                                ("creatingUser", sel.user.as_str()),
                                ("creationDateTime", &c.created),
                            ])
                            .write_inner_content(|w| {
                                w.create_element("CodeRef")
                                    .with_attribute(("targetGUID", c.code.as_str()))
                                    .write_empty()?;
                                Ok(())
                            })?;
                    }
                    for n in &sel.notes {
                        w.create_element("NoteRef")
                            .with_attribute(("targetGUID", n.as_str()))
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            Ok::<(), io::Error>(())
        })?;
        for (guid, value) in &s.values {
            w.create_element("VariableValue").write_inner_content(|w| {
                w.create_element("VariableRef")
                    .with_attribute(("targetGUID", guid.as_str()))
                    .write_empty()?;
                w.create_element("TextValue")
                    .write_text_content(BytesText::new(value))?;
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn write_note(w: &mut Writer<Vec<u8>>, n: &Note, user: &str) -> io::Result<()> {
    w.create_element("Note")
        .with_attributes([
            ("guid", n.guid.as_str()),
            ("name", &attr(&n.name)),
            ("creatingUser", user),
            ("creationDateTime", &n.created),
        ])
        .write_inner_content(|w| {
            w.create_element("PlainTextContent")
                .write_text_content(BytesText::new(&n.text))?;
            Ok(())
        })?;
    Ok(())
}
