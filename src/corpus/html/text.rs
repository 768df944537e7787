//! HTML body text: picks the article's container and turns it into plain paragraphs, dropping
//! page furniture (scripts, navigation, hidden elements) and collapsing white space.

use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// Elements whose whole subtree is never article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "aside", "form",
    "iframe", "object", "embed", "canvas", "button", "select", "textarea", "input", "dialog",
    "head", "title", "meta", "link",
];

/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alert",
];

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

/// The article's text: the largest `<article>` when it holds a fair share of the page, else
/// `<main>` (or `role=main`), else the body. Paragraphs are separated by a blank line, `<br>` is
/// a line break.
pub fn article_text(doc: &Html) -> String {
    let root = doc.root_element();
    let body = first(root, |e| e.name() == "body").unwrap_or(root);
    let body_text = render(*body);
    let best_article = root
        .descendent_elements()
        .filter(|e| e.value().name() == "article" && !is_dropped(e))
        .map(|e| render(*e))
        .max_by_key(|t| t.len());
    if let Some(text) = best_article
        && !text.is_empty()
        && text.len() * 5 >= body_text.len()
    {
        return text;
    }
    let main = first(root, |e| {
        e.name() == "main"
            || e.attr("role")
                .is_some_and(|r| r.eq_ignore_ascii_case("main"))
    });
    if let Some(main) = main {
        let text = render(*main);
        if !text.is_empty() && text.len() * 5 >= body_text.len() {
            return text;
        }
    }
    body_text
}

/// The first element under `root` (in document order) that `pred` accepts.
fn first<'a>(
    root: ElementRef<'a>,
    pred: impl Fn(&scraper::node::Element) -> bool,
) -> Option<ElementRef<'a>> {
    root.descendent_elements()
        .find(|e| pred(e.value()) && !is_dropped(e))
}

/// True when `e` or one of its ancestors is dropped, so a container found inside page furniture
/// is not taken for the article.
pub(super) fn is_dropped(e: &ElementRef) -> bool {
    e.ancestors()
        .chain(std::iter::once(**e))
        .filter_map(|n| n.value().as_element())
        .any(drops)
}

/// True when an element's subtree is not article text. A `<header>` is furniture only at page
/// level: inside an `<article>` it holds the headline and the dateline.
fn drops(e: &scraper::node::Element) -> bool {
    let name = e.name();
    if DROPPED.contains(&name) {
        return true;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(role) = e.attr("role")
        && DROPPED_ROLES
            .iter()
            .any(|r| role.trim().eq_ignore_ascii_case(r))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let compact: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if compact.contains("display:none") || compact.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Plain text of the subtree under `node`.
fn render(node: NodeRef<Node>) -> String {
    let mut w = Writer::default();
    // Depth of the dropped subtree being skipped, counted in open elements.
    let mut skipping = 0usize;
    // Open `<article>` elements around the current node; a `<header>` inside one is kept.
    let mut in_article = 0usize;
    for edge in node.traverse() {
        match edge {
            Edge::Open(n) => match n.value() {
                Node::Element(e) => {
                    let page_header = e.name() == "header" && in_article == 0 && n != node;
                    if skipping > 0 || drops(e) || page_header {
                        skipping += 1;
                        continue;
                    }
                    if e.name() == "article" {
                        in_article += 1;
                    }
                    w.open(e.name());
                }
                Node::Text(t) if skipping == 0 => w.text(t),
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
    w.finish()
}

/// Accumulates paragraphs with collapsed white space.
#[derive(Default)]
struct Writer {
    out: String,
    /// A space is due before the next visible character of the current paragraph.
    space: bool,
    /// A break is due before the next visible character: 1 = line break, 2 = blank line.
    pending_break: u8,
}

impl Writer {
    fn open(&mut self, name: &str) {
        if name == "br" {
            self.line_break(1);
        } else if BLOCKS.contains(&name) {
            self.line_break(2);
        } else if SPACED.contains(&name) {
            self.space = true;
        }
    }

    fn close(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.line_break(2);
        } else if SPACED.contains(&name) {
            self.space = true;
        }
    }

    fn line_break(&mut self, kind: u8) {
        self.pending_break = self.pending_break.max(kind);
        self.space = false;
    }

    fn text(&mut self, t: &str) {
        for c in t.chars() {
            // NBSP and the narrow spaces are kept: French typography uses them inside figures.
            if c.is_ascii_whitespace() || c == '\r' {
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
            if !self.out.is_empty() {
                if self.pending_break > 0 {
                    let breaks = if self.pending_break >= 2 {
                        "\n\n"
                    } else {
                        "\n"
                    };
                    self.out.push_str(breaks);
                } else if self.space {
                    self.out.push(' ');
                }
            }
            self.pending_break = 0;
            self.space = false;
            self.out.push(c);
        }
    }

    fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        article_text(&Html::parse_document(html))
    }

    #[test]
    fn blocks_become_paragraphs_and_inline_spacing_is_sane() {
        let t = text(
            "<body><h1>Le  titre</h1><p>Un <b>premier</b>\n  paragraphe<br>suite</p>\
             <ul><li>un</li><li>deux</li></ul><table><tr><td>a</td><td>b</td></tr></table></body>",
        );
        assert_eq!(
            t,
            "Le titre\n\nUn premier paragraphe\nsuite\n\nun\n\ndeux\n\na b"
        );
    }

    #[test]
    fn furniture_and_hidden_elements_are_dropped() {
        let t = text(
            "<body><header>Menu du site</header><div role=navigation>Accueil</div>\
             <p>Corps visible.</p><p hidden>caché</p><p style='display: none'>caché</p>\
             <span aria-hidden=true>icône</span><script>var x = 1;</script>\
             <style>p{}</style><footer>© Journal</footer></body>",
        );
        assert_eq!(t, "Corps visible.");
    }

    #[test]
    fn spacer_paragraphs_leave_no_trace_but_inner_nbsp_stays() {
        let t = text("<body><p>&nbsp;</p><p>Un&nbsp;texte</p><p>\u{202f} </p><p>Fin</p></body>");
        assert_eq!(t, "Un\u{a0}texte\n\nFin");
    }

    #[test]
    fn article_header_is_kept_but_page_header_is_not() {
        let t = text(
            "<body><header>Journal</header><article><header><h1>Titre</h1>\
             <time>3 mars 2025</time></header><p>Le texte de l'article est ici.</p>\
             <footer>Partager</footer></article></body>",
        );
        assert_eq!(t, "Titre\n\n3 mars 2025\n\nLe texte de l'article est ici.");
    }

    #[test]
    fn main_is_preferred_when_there_is_no_article() {
        let t = text(
            "<body><div class=menu>Rubriques Monde Économie</div>\
             <main><p>Le texte principal de la page, assez long pour compter.</p></main></body>",
        );
        assert_eq!(t, "Le texte principal de la page, assez long pour compter.");
    }

    #[test]
    fn a_small_teaser_article_does_not_hide_the_page() {
        let body = "Un long texte hors de tout article. ".repeat(20);
        let t = text(&format!(
            "<body><div>{body}</div><article><p>Brève</p></article></body>"
        ));
        assert!(t.starts_with("Un long texte"));
        assert!(t.ends_with("Brève"));
    }
}
