//! HTML body text: picks the article's container and turns it into plain paragraphs, dropping
//! page furniture (scripts, navigation, hidden elements) and collapsing white space.

use super::furniture::{drops, is_dropped};
use super::source::Origins;
use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node};

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
    render(article_root(doc), None).0
}

/// The article's text and, for each of its chars, the char range of the page it came from
/// (empty, right after the previous char, for the breaks and spaces the extraction inserts).
pub(super) fn article_text_mapped(doc: &Html, origins: &Origins) -> (String, Vec<(u32, u32)>) {
    render(article_root(doc), Some(origins))
}

/// The element whose text is the article (see [`article_text`]).
fn article_root(doc: &Html) -> NodeRef<'_, Node> {
    let root = doc.root_element();
    let body = first(root, |e| e.name() == "body").unwrap_or(root);
    let body_len = render(*body, None).0.len();
    let best_article = outermost_articles(root)
        .into_iter()
        .map(|e| (render(*e, None).0.len(), e))
        .max_by_key(|(len, _)| *len);
    if let Some((len, article)) = best_article
        && len > 0
        && len * 5 >= body_len
    {
        return *article;
    }
    let main = first(root, |e| {
        e.name() == "main"
            || e.attr("role")
                .is_some_and(|r| r.eq_ignore_ascii_case("main"))
    });
    if let Some(main) = main {
        let len = render(*main, None).0.len();
        if len > 0 && len * 5 >= body_len {
            return *main;
        }
    }
    *body
}

/// The `<article>` elements under `root` outside page furniture and outside any other such
/// `<article>`, in one walk of the page. An article inside another has no more text than it, so
/// only these can be the largest; rendering each nested one too cost the square of the nesting
/// depth. Whether an element is furniture is asked only of the articles' ancestors, once each.
fn outermost_articles(root: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut found = Vec::new();
    // The open elements, each with "it or an ancestor is furniture" once known.
    let mut open: Vec<(ElementRef, Option<bool>)> = Vec::new();
    // Open elements being skipped: inside an article found, or inside furniture.
    let mut skipping = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(n) => {
                let Some(e) = ElementRef::wrap(n) else {
                    continue;
                };
                if skipping > 0 {
                    skipping += 1;
                } else if e.value().name() == "article" {
                    skipping = 1;
                    if !ancestors_dropped(&mut open) && !drops(&e) {
                        found.push(e);
                    }
                } else {
                    open.push((e, None));
                }
            }
            Edge::Close(n) => {
                if !n.value().is_element() {
                    continue;
                }
                if skipping > 0 {
                    skipping -= 1;
                } else {
                    open.pop();
                }
            }
        }
    }
    found
}

/// True when one of the `open` elements is furniture; fills in the answers not known yet, from
/// the last known one down.
fn ancestors_dropped(open: &mut [(ElementRef, Option<bool>)]) -> bool {
    let known = open.iter().rposition(|(_, d)| d.is_some());
    let mut dropped = known.and_then(|k| open[k].1).unwrap_or(false);
    for (e, d) in &mut open[known.map_or(0, |k| k + 1)..] {
        dropped = dropped || drops(e);
        *d = Some(dropped);
    }
    dropped
}

/// The first element under `root` (in document order) that `pred` accepts.
fn first<'a>(
    root: ElementRef<'a>,
    pred: impl Fn(&scraper::node::Element) -> bool,
) -> Option<ElementRef<'a>> {
    root.descendent_elements()
        .find(|e| pred(e.value()) && !is_dropped(e))
}

/// Plain text of the subtree under `node`, with the page range of each char when `origins` is
/// given (else an empty list).
fn render(node: NodeRef<Node>, origins: Option<&Origins>) -> (String, Vec<(u32, u32)>) {
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
                    w.open(e.name());
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
}

impl Writer<'_> {
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
                } else if self.space {
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

    // Boxes the page names as furniture (see `furniture`).
    fn in_body(body: &str) -> String {
        text(&format!("<body>{body}</body>"))
    }

    #[test]
    fn boxes_named_as_furniture_are_dropped() {
        let t = in_body(
            "<article><p class=\"breadcrumb\"><a>Accueil</a> › Rubrique</p><h1>Titre</h1>\
             <p>Premier paragraphe du texte.</p>\
             <aside class=\"read-also\">Lire aussi</aside>\
             <div class=\"tw-newsletter-inline\"><p>La lettre du jeudi</p></div>\
             <figure class=\"inline-ad\"><figcaption>Publicité</figcaption></figure>\
             <div id=\"cookie-bar\">Nous utilisons des cookies</div>\
             <p>Second paragraphe du texte.</p>\
             <p class=\"post-tags\">Sujets : <a>Un</a>, <a>Deux</a></p></article>",
        );
        assert_eq!(
            t,
            "Titre\n\nPremier paragraphe du texte.\n\nSecond paragraphe du texte."
        );
    }

    #[test]
    fn lists_of_links_are_dropped_but_prose_with_links_is_not() {
        let t = in_body(
            "<div class=\"post\"><h1>Titre</h1>\
             <p>Un <a>lien</a> dans une phrase assez longue, puis <a>un autre</a>.</p>\
             <div class=\"box\"><p>À lire</p><ul><li><a>Un autre article sur un sujet voisin</a></li>\
             <li><a>Et encore un autre article</a></li></ul></div>\
             <p>Fin du texte.</p></div>",
        );
        assert_eq!(
            t,
            "Titre\n\nUn lien dans une phrase assez longue, puis un autre.\n\nFin du texte."
        );
    }

    #[test]
    fn a_wrapper_named_like_furniture_that_holds_the_headline_is_kept() {
        let t = in_body(
            "<div class=\"layout with-sidebar\"><h1>Titre</h1><p>Le texte.</p>\
             <div class=\"sidebar\">Les plus lus</div></div>",
        );
        assert_eq!(t, "Titre\n\nLe texte.");
    }

    #[test]
    fn inline_elements_are_never_dropped_by_their_class() {
        let t =
            in_body("<p>Un <a class=\"tag\">mot</a> et <span class=\"ad\">un autre</span>.</p>");
        assert_eq!(t, "Un mot et un autre.");
    }
}
