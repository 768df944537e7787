//! Walks an XML tree in document order as open and close edges, without recursion (a hostile
//! file's nesting cannot overflow the stack).

use roxmltree::Node;

/// Entering or leaving a node.
#[derive(Debug, Clone, Copy)]
pub enum Edge<'a, 'i> {
    Open(Node<'a, 'i>),
    Close(Node<'a, 'i>),
}

/// The edges of `root`'s subtree, `root` included, in document order.
pub fn traverse<'a, 'i>(root: Node<'a, 'i>) -> Traverse<'a, 'i> {
    Traverse {
        root,
        next: Some(Edge::Open(root)),
    }
}

pub struct Traverse<'a, 'i> {
    root: Node<'a, 'i>,
    next: Option<Edge<'a, 'i>>,
}

impl<'a, 'i> Iterator for Traverse<'a, 'i> {
    type Item = Edge<'a, 'i>;

    fn next(&mut self) -> Option<Edge<'a, 'i>> {
        let edge = self.next.take()?;
        self.next = match edge {
            Edge::Open(n) => Some(match n.first_child() {
                Some(c) => Edge::Open(c),
                None => Edge::Close(n),
            }),
            Edge::Close(n) if n.id() == self.root.id() => None,
            Edge::Close(n) => match n.next_sibling() {
                Some(s) => Some(Edge::Open(s)),
                None => n.parent().map(Edge::Close),
            },
        };
        Some(edge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_come_in_document_order_and_stay_in_the_subtree() {
        let doc = roxmltree::Document::parse("<r><a><b/>t</a><c/></r>").unwrap();
        let a = doc.descendants().find(|n| n.has_tag_name("a")).unwrap();
        let names: Vec<String> = traverse(a)
            .map(|e| match e {
                Edge::Open(n) => format!("+{}", n.tag_name().name()),
                Edge::Close(n) => format!("-{}", n.tag_name().name()),
            })
            .collect();
        assert_eq!(names, vec!["+a", "+b", "-b", "+", "-", "-a"]);
    }
}
