//! Renders a page's subtree as plain paragraphs: page furniture dropped, white space
//! collapsed, and, when asked, the page range each char came from.

use super::furniture::drops;
use super::source::Origins;
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Node};

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "div",
    "tr",
    "table",
    "caption",
    "thead",
    "tbody",
    "blockquote",
    "section",
    "article",
    "main",
    "header",
    "figure",
    "figcaption",
    "pre",
    "address",
    "hr",
    "details",
    "summary",
    "body",
    "center",
];

/// Table cells and similar: inline, but never glued to their neighbour.
const SPACED: &[&str] = &["td", "th", "img", "wbr"];

/// Plain text of the subtree under `node`, with the page range of each char when `origins` is
/// given (else an empty list).
pub(super) fn render(node: NodeRef<Node>, origins: Option<&Origins>) -> (String, Vec<(u32, u32)>) {
    let mut w = Writer {
        origins,
        ..Writer::default()
    };
    // Depth of the dropped subtree being skipped, counted in open elements.
    let mut skipping = 0usize;
    // Open `<article>` elements around the current node; a `<header>` inside one is kept.
    let mut in_article = 0usize;
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) => {
                    let page_header = e.name() == "header" && in_article == 0 && n != node;
                    if skipping > 0 || page_header || ElementRef::wrap(n).is_some_and(|e| drops(&e))
                    {
                        skipping += 1;
                        continue;
                    }
                    if e.name() == "article" {
                        in_article += 1;
                    }
                    let span = e
                        .attr("colspan")
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .map_or(1, |n| n.clamp(1, 50));
                    w.open(e.name(), span);
                }
                Node::Text(t) if skipping == 0 => w.text(t, n.id()),
                _ => {}
            },
            Edge::Close(n) => {
                if let Node::Element(e) = n.value() {
                    if skipping > 0 {
                        skipping -= 1;
                        continue;
                    }
                    if e.name() == "article" {
                        in_article = in_article.saturating_sub(1);
                    }
                    w.close(e.name());
                }
            }
        }
    }
    (w.out, w.spans)
}

/// Accumulates paragraphs with collapsed white space.
#[derive(Default)]
struct Writer<'a> {
    out: String,
    /// A space is due before the next visible character of the current paragraph.
    space: bool,
    /// Where the due space came from, when it stands for white space of the page.
    space_src: Option<(u32, u32)>,
    /// A break is due before the next visible character: 1 = line break, 2 = blank line.
    pending_break: u8,
    /// When mapping: where the text nodes sit in the page, and each output char's page range.
    origins: Option<&'a Origins>,
    spans: Vec<(u32, u32)>,
    /// Cells opened in the current table row (`None` outside a row).
    row: Option<usize>,
    /// How many cell borders are due before the next visible char (empty cells keep their
    /// place: "| 2027 | | 40 |"), when a cell is open.
    cell: Option<usize>,
    /// Cells the open one spans beyond itself (`colspan`), whose borders come after it.
    spanned: usize,
    /// Whether the current row has shown a char (it is closed by " |").
    row_shown: bool,
}

impl Writer<'_> {
    fn open(&mut self, name: &str, colspan: usize) {
        // A table row reads as a Markdown row: "| Brookfield | France | 20 milliards |".
        if name == "tr" {
            self.line_break(2);
            self.row = Some(0);
            self.row_shown = false;
        } else if let ("td" | "th", Some(n)) = (name, self.row) {
            let due = if n == 0 {
                0
            } else {
                self.cell.unwrap_or(0) + 1 + self.spanned
            };
            self.cell = Some(due);
            self.spanned = colspan - 1;
            self.row = Some(n + 1);
        } else if name == "br" {
            self.line_break(1);
        } else if BLOCKS.contains(&name) {
            // Paragraphs inside a cell: a layout table, whose cells are no row's.
            if self.row.is_some() {
                self.row = None;
                self.cell = None;
                self.spanned = 0;
                self.row_shown = false;
            }
            self.line_break(2);
        } else if SPACED.contains(&name) {
            self.space = true;
        }
    }

    fn close(&mut self, name: &str) {
        if name == "tr" {
            if self.row_shown {
                self.insert(" |");
            }
            self.row = None;
            self.cell = None;
            self.spanned = 0;
            self.line_break(2);
        } else if BLOCKS.contains(&name) {
            self.line_break(2);
        } else if SPACED.contains(&name) {
            self.space = true;
        }
    }

    /// Appends chars the page does not have, each an empty range after the previous char.
    fn insert(&mut self, t: &str) {
        self.out.push_str(t);
        for _ in t.chars() {
            self.push_inserted();
        }
    }

    fn line_break(&mut self, kind: u8) {
        self.pending_break = self.pending_break.max(kind);
        self.space = false;
        self.space_src = None;
    }

    fn text(&mut self, t: &str, node: NodeId) {
        for (k, c) in t.chars().enumerate() {
            let src = || self.origins.and_then(|o| o.range(node, k));
            // NBSP and the narrow spaces are kept: French typography uses them inside figures.
            if c.is_ascii_whitespace() || c == '\r' {
                if !self.space || self.space_src.is_none() {
                    self.space_src = src();
                }
                self.space = true;
                continue;
            }
            if c.is_control() || c == '\u{feff}' {
                continue;
            }
            // A paragraph does not start with a non-breaking or narrow space (`<p>&nbsp;</p>`).
            if c.is_whitespace() && (self.out.is_empty() || self.pending_break > 0) {
                continue;
            }
            let src = src();
            if !self.out.is_empty() {
                if self.pending_break > 0 {
                    let breaks = if self.pending_break >= 2 {
                        "\n\n"
                    } else {
                        "\n"
                    };
                    self.out.push_str(breaks);
                    for _ in 0..breaks.len() {
                        self.push_inserted();
                    }
                } else if self.space && self.cell.is_none() {
                    self.out.push(' ');
                    match self.space_src {
                        Some(s) if self.origins.is_some() => self.spans.push(s),
                        _ => self.push_inserted(),
                    }
                }
            }
            self.pending_break = 0;
            self.space = false;
            self.space_src = None;
            if let Some(due) = self.cell.take() {
                // A row's first cell opens its line ("| "); a border stands before each cell
                // after it, empty ones included.
                if !self.row_shown {
                    self.insert("|");
                }
                for _ in 0..due {
                    self.insert(" |");
                }
                self.insert(" ");
                self.row_shown = true;
            }
            self.out.push(c);
            if self.origins.is_some() {
                let prev = self.spans.last().map_or((0, 0), |s| (s.1, s.1));
                self.spans.push(src.unwrap_or(prev));
            }
        }
    }

    /// Records an inserted char (a break or a space the page does not have) as an empty range
    /// right after the previous char.
    fn push_inserted(&mut self) {
        if self.origins.is_some() {
            let end = self.spans.last().map_or(0, |s| s.1);
            self.spans.push((end, end));
        }
    }
}
