//! A Word part's XML: parsed without DTD (no entity expands), with bounded nodes and depth, and
//! read by local names whatever the namespace (Word's transitional and strict ones alike).

use super::traverse::{Edge, traverse};
use crate::corpus::article::FormatError;
use roxmltree::{Document, Node, ParsingOptions};

/// Most XML nodes in one part.
const MAX_NODES: u32 = 4_000_000;
/// Deepest XML nesting.
pub const MAX_DEPTH: usize = 256;

fn err(why: impl ToString) -> FormatError {
    FormatError::Docx(why.to_string())
}

/// Parses a part's XML (no DTD, bounded nodes and depth).
pub fn parse(xml: &str) -> Result<Document<'_>, FormatError> {
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(xml, options).map_err(err)?;
    let mut depth = 0usize;
    for edge in traverse(doc.root()) {
        match edge {
            Edge::Open(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(FormatError::TooDeep(MAX_DEPTH));
                }
            }
            Edge::Close(_) => depth -= 1,
        }
    }
    Ok(doc)
}

/// An attribute by its local name (`w:val` → `val`), whatever its namespace.
pub fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}
