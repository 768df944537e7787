//! What a `.qdpx` holds that Vigie does not import — cases, sets, links,
//! graphs, free notes (journals) — counted, so an import lists it instead
//! of dropping it silently.

use super::LeftOut;
use roxmltree::Node;
use std::collections::HashSet;

fn elements<'a, 'i>(n: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    n.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

/// One item per kind of thing left out of an import of the project rooted at `root`.
pub fn list(root: Node) -> Vec<LeftOut> {
    let mut out = Vec::new();
    let mut say = |n: usize, what: fn(usize) -> LeftOut| {
        if n > 0 {
            out.push(what(n));
        }
    };
    let count = |group: &'static str, item: &'static str| {
        elements(root, group)
            .flat_map(|g| elements(g, item))
            .count()
    };
    say(count("Cases", "Case"), LeftOut::Cases);
    say(count("Sets", "Set"), LeftOut::Sets);
    say(count("Links", "Link"), LeftOut::Links);
    say(count("Graphs", "Graph"), LeftOut::Graphs);
    let sources: Vec<Node> = elements(root, "Sources")
        .flat_map(|s| s.children().filter(Node::is_element))
        .collect();
    // Notes no passage, source or code refers to (a code's notes are its theme's memo):
    // journals, and memos on what is listed above.
    let codes = root
        .descendants()
        .filter(|c| c.is_element() && c.tag_name().name() == "Code");
    let on_passages: HashSet<String> = root
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "PlainTextSelection")
        .flat_map(|s| s.descendants())
        .chain(sources.iter().flat_map(|s| elements(*s, "NoteRef")))
        .chain(codes.flat_map(|c| elements(c, "NoteRef")))
        .filter(|n| n.is_element() && n.tag_name().name() == "NoteRef")
        .filter_map(|n| n.attribute("targetGUID"))
        .map(|g| {
            g.trim()
                .trim_start_matches('{')
                .trim_end_matches('}')
                .to_lowercase()
        })
        .collect();
    let free = elements(root, "Notes")
        .flat_map(|n| elements(n, "Note"))
        .filter(|n| {
            let g = n.attribute("guid").unwrap_or_default();
            let g = g.trim().trim_start_matches('{').trim_end_matches('}');
            !on_passages.contains(&g.to_lowercase())
        })
        .count();
    say(free, LeftOut::FreeNotes);
    out
}
