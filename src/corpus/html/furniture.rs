//! Page furniture: the elements of a web page that are never article text (scripts, navigation,
//! hidden elements, cookie banners, "read also" and related-links boxes, newsletter and share
//! boxes, tag lists, ads), told apart by element type, ARIA role, class/id words and link density. Its tests go through
//! the article text it shapes (`text.rs`).

use scraper::node::Element;
use scraper::{ElementRef, Node};

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

/// Words of a `class` or `id` that mark a box as page furniture. Compound names are matched
/// word by word ("read-also", "cookie-bar") and joined ("readalso", "lireaussi").
const FURNITURE_WORDS: &[&str] = &[
    "breadcrumb",
    "breadcrumbs",
    "cookie",
    "cookies",
    "consent",
    "cmp",
    "gdpr",
    "onetrust",
    "newsletter",
    "newsletters",
    "subscribe",
    "related",
    "readalso",
    "readmore",
    "seealso",
    "lireaussi",
    "alireaussi",
    "share",
    "sharing",
    "social",
    "tags",
    "keywords",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "pub",
    "publicite",
    "sponsored",
    "promo",
    "outbrain",
    "taboola",
    "comments",
    "sidebar",
    "widget",
    "topbar",
    "menu",
    "navbar",
    "popular",
    "mostread",
    "trending",
    "recommended",
    "recirculation",
    "popup",
];

/// Containers that the class/id words and the link density may drop. Inline elements (a link in
/// a sentence) and the article's own containers never are.
const BOXES: &[&str] = &[
    "div", "section", "p", "ul", "ol", "dl", "li", "table", "figure", "header",
];

/// Share of a box's letters inside links from which a box of several links is a list of links
/// (related articles, tags, most read), not prose.
const LINK_DENSITY: f32 = 0.7;

/// True when `e` or one of its ancestors is dropped, so a container found inside page furniture
/// is not taken for the article.
pub(super) fn is_dropped(e: &ElementRef) -> bool {
    e.ancestors()
        .chain(std::iter::once(**e))
        .filter_map(ElementRef::wrap)
        .any(|e| drops(&e))
}

/// True when an element's subtree is not article text.
pub(super) fn drops(e: &ElementRef) -> bool {
    let el = e.value();
    drops_by_markup(el) || (BOXES.contains(&el.name()) && is_furniture_box(e))
}

/// Element types, hidden elements and ARIA roles that are never article text.
fn drops_by_markup(e: &Element) -> bool {
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

/// A box named as furniture by its class or id, or made of links; never one that holds the
/// headline (a page wrapper with a "with-sidebar" class is still the page).
fn is_furniture_box(e: &ElementRef) -> bool {
    let el = e.value();
    let named = [el.attr("class"), el.attr("id")]
        .into_iter()
        .flatten()
        .any(names_furniture);
    (named || is_link_list(e)) && !holds_headline(e)
}

/// True when a class or id value has a furniture word.
fn names_furniture(value: &str) -> bool {
    value.split_ascii_whitespace().any(|name| {
        let lower = name.to_ascii_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().any(|w| FURNITURE_WORDS.contains(w))
            || words
                .windows(2)
                .any(|p| FURNITURE_WORDS.contains(&format!("{}{}", p[0], p[1]).as_str()))
    })
}

/// A box of two links or more whose letters are mostly link text.
fn is_link_list(e: &ElementRef) -> bool {
    let mut links = 0;
    for d in e.descendent_elements() {
        if d.value().name() == "a" {
            links += 1;
        }
    }
    if links < 2 {
        return false;
    }
    let (mut all, mut linked) = (0usize, 0usize);
    for n in e.descendants() {
        let Node::Text(t) = n.value() else { continue };
        let letters = t.chars().filter(|c| c.is_alphanumeric()).count();
        all += letters;
        if n.ancestors()
            .take_while(|a| a.id() != e.id())
            .any(|a| a.value().as_element().is_some_and(|a| a.name() == "a"))
        {
            linked += letters;
        }
    }
    all > 0 && linked as f32 >= LINK_DENSITY * all as f32
}

/// True when the box holds the page's headline or an article.
fn holds_headline(e: &ElementRef) -> bool {
    e.descendent_elements()
        .any(|d| matches!(d.value().name(), "h1" | "article" | "main"))
}
