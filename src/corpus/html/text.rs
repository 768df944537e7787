//! HTML body text: picks the article's container (and the page's headline when it stands before
//! it) and has it rendered as plain paragraphs ([`render`](super::render)).

use super::furniture::{drops, is_dropped};
use super::render::render;
use super::source::Origins;
use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// The article's text: the largest `<article>` when it holds a fair share of the page, else
/// `<main>` (or `role=main`), else the body. Paragraphs are separated by a blank line, `<br>` is
/// a line break.
pub fn article_text(doc: &Html) -> String {
    with_headline(doc, None).0
}

/// The article's text and, for each of its chars, the char range of the page it came from
/// (empty, right after the previous char, for the breaks and spaces the extraction inserts).
pub(super) fn article_text_mapped(doc: &Html, origins: &Origins) -> (String, Vec<(u32, u32)>) {
    with_headline(doc, Some(origins))
}

/// The article's container rendered, after the page's headline when the container holds none
/// ("<header><h1>…</h1></header><article>…": the headline is the article's too).
fn with_headline(doc: &Html, origins: Option<&Origins>) -> (String, Vec<(u32, u32)>) {
    let root = article_root(doc);
    let (text, spans) = render(root, origins);
    let Some(h1) = headline_before(doc, root) else {
        return (text, spans);
    };
    let (head, head_spans) = render(*h1, origins);
    let head = head.trim_end();
    if head.trim().is_empty() || text.starts_with(head) {
        return (text, spans);
    }
    let n = head.chars().count();
    let mut out = String::with_capacity(head.len() + 2 + text.len());
    out.push_str(head);
    out.push_str("\n\n");
    out.push_str(&text);
    let mut all = Vec::new();
    if origins.is_some() {
        all.reserve(n + 2 + spans.len());
        all.extend_from_slice(&head_spans[..n.min(head_spans.len())]);
        // The inserted break stands right after the headline's last char.
        let end = all.last().map_or(0, |&(_, e)| e);
        all.extend([(end, end), (end, end)]);
        all.extend(spans);
    }
    (out, all)
}

/// The page's first `<h1>` before the article's container, when the container holds none and
/// the heading is no page furniture.
fn headline_before<'a>(doc: &'a Html, root: NodeRef<'a, Node>) -> Option<ElementRef<'a>> {
    let root_el = ElementRef::wrap(root)?;
    if matches!(root_el.value().name(), "body" | "html")
        || root_el
            .descendent_elements()
            .any(|e| e.value().name() == "h1")
    {
        return None;
    }
    doc.root_element()
        .descendent_elements()
        .take_while(|e| e.id() != root.id())
        .find(|e| e.value().name() == "h1" && !is_dropped(e))
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
            "Le titre\n\nUn premier paragraphe\nsuite\n\nun\n\ndeux\n\n| a | b |"
        );
    }

    #[test]
    fn a_layout_table_is_no_row() {
        let t = text(
            "<body><table><tr><td><p>Premier paragraphe.</p><p>Second.</p></td>\
             <td>Marge</td></tr></table></body>",
        );
        assert_eq!(t, "Premier paragraphe.\n\nSecond.\n\nMarge");
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
