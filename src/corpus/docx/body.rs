//! A Word document's text: walks `document.xml` (and the notes parts) in order, one paragraph
//! per `w:p` (table cells and text boxes included, alternative content read once), list items
//! with their marker, note references as `[n]`; the notes follow the body as `[n] text`.

use super::styles::{Numbering, Role, Styles};
use super::traverse::{Edge, traverse};
use super::xml::attr;
use roxmltree::{Document, Node};
use std::collections::HashMap;

/// How many leading paragraphs may hold a heading that titles the document.
const HEADING_PARAGRAPHS: usize = 8;

/// What the walk yields.
pub struct Output {
    pub text: String,
    /// The first paragraph in the Title style.
    pub title: Option<String>,
    /// The first heading among the leading paragraphs.
    pub heading: Option<String>,
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    style: Option<String>,
    num: Option<String>,
    level: u8,
}

pub struct Reader<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    paras: Vec<String>,
    title: Option<String>,
    heading: Option<String>,
    /// Note number by (kind, id), in the order the body refers to them.
    refs: HashMap<(String, String), usize>,
    notes: Vec<(usize, String)>,
}

impl<'s> Reader<'s> {
    pub fn new(styles: &'s Styles, numbering: Numbering) -> Self {
        Reader {
            styles,
            numbering,
            paras: Vec::new(),
            title: None,
            heading: None,
            refs: HashMap::new(),
            notes: Vec::new(),
        }
    }

    /// Reads the main document's paragraphs.
    pub fn read_body(&mut self, doc: &Document) {
        let body = doc
            .descendants()
            .find(|n| n.tag_name().name() == "body")
            .unwrap_or_else(|| doc.root());
        for para in self.walk(body) {
            let role = para.style.as_deref().and_then(|s| self.styles.role(s));
            let marker = match &para.num {
                Some(num) => self.numbering.marker(num, para.level),
                None => None,
            };
            let text = tidy(&para.text);
            if text.is_empty() {
                continue;
            }
            match role {
                Some(Role::Title) if self.title.is_none() => self.title = Some(text.clone()),
                Some(Role::Heading(_))
                    if self.heading.is_none() && self.paras.len() < HEADING_PARAGRAPHS =>
                {
                    self.heading = Some(text.clone())
                }
                _ => {}
            }
            self.paras
                .push(format!("{}{text}", marker.unwrap_or_default()));
        }
    }

    /// Reads the notes (`kind` "footnote" or "endnote") the body refers to.
    pub fn read_notes(&mut self, doc: &Document, kind: &str) {
        for note in doc.descendants().filter(|n| n.tag_name().name() == kind) {
            let Some(&n) =
                attr(note, "id").and_then(|id| self.refs.get(&(kind.to_string(), id.to_string())))
            else {
                continue;
            };
            let text = self
                .walk(note)
                .iter()
                .map(|p| tidy(&p.text))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            if !text.is_empty() {
                self.notes.push((n, text));
            }
        }
    }

    pub fn finish(mut self) -> Output {
        self.notes.sort_by_key(|n| n.0);
        let notes = self.notes.into_iter().map(|(n, t)| format!("[{n}] {t}"));
        let text = self
            .paras
            .into_iter()
            .chain(notes)
            .collect::<Vec<_>>()
            .join("\n\n");
        Output {
            text,
            title: self.title,
            heading: self.heading,
        }
    }

    /// The paragraphs under `root`, in document order (a paragraph inside another, as in a
    /// text box, comes before the one that holds it ends).
    fn walk(&mut self, root: Node) -> Vec<Para> {
        let mut done = Vec::new();
        let mut open: Vec<Para> = Vec::new();
        // Inside a subtree whose text is not read.
        let mut skip = 0usize;
        for edge in traverse(root) {
            match edge {
                Edge::Open(_) if skip > 0 => skip += 1,
                Edge::Close(_) if skip > 0 => skip -= 1,
                Edge::Open(n) if n.is_element() => {
                    let name = n.tag_name().name();
                    match name {
                        // The fallback copy of alternative content; text moved elsewhere by a
                        // tracked change (it is read where it now stands).
                        "Fallback" | "moveFrom" => skip = 1,
                        "p" => open.push(Para::default()),
                        _ => self.open(n, name, open.last_mut()),
                    }
                }
                Edge::Close(n) if n.is_element() && n.tag_name().name() == "p" => {
                    if let Some(p) = open.pop() {
                        done.push(p);
                    }
                }
                _ => {}
            }
        }
        done
    }

    /// What one element inside a paragraph adds to it.
    fn open(&mut self, n: Node, name: &str, para: Option<&mut Para>) {
        let Some(p) = para else { return };
        match name {
            "t" => p.text.push_str(n.text().unwrap_or("")),
            "tab" if n.parent().is_some_and(|p| p.tag_name().name() == "r") => p.text.push('\t'),
            "br" | "cr" => p.text.push('\n'),
            "noBreakHyphen" => p.text.push('-'),
            "pStyle" => p.style = attr(n, "val").map(str::to_string),
            "numId" => p.num = attr(n, "val").map(str::to_string),
            "ilvl" => p.level = attr(n, "val").and_then(|v| v.parse().ok()).unwrap_or(0),
            "footnoteReference" | "endnoteReference" => {
                let kind = name.trim_end_matches("Reference").to_string();
                if let Some(id) = attr(n, "id") {
                    let next = self.refs.len() + 1;
                    let k = *self.refs.entry((kind, id.to_string())).or_insert(next);
                    p.text.push_str(&format!("[{k}]"));
                }
            }
            _ => {}
        }
    }
}

/// A paragraph's text without leading or trailing blanks, and no blank lines inside (a blank
/// line separates paragraphs).
fn tidy(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
