//! HTML metadata: the headline a page declares (meta tags, JSON-LD, `<title>`, `<h1>`); its
//! date is read in `dates`.

use super::furniture::is_dropped;
use scraper::{Html, Selector};
use serde_json::Value;
use std::sync::LazyLock;

fn selector(css: &str) -> Selector {
    // The selectors below are constants; a parse failure is a bug caught by the tests.
    Selector::parse(css).expect("valid CSS selector")
}

static TITLE_META: LazyLock<Selector> = LazyLock::new(|| {
    selector(r#"meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]"#)
});
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));

/// The headline: `og:title` (or `twitter:title`), JSON-LD `headline`, the `<title>` without its
/// site-name suffix, or the first visible `<h1>`.
pub fn title(doc: &Html) -> Option<String> {
    doc.select(&TITLE_META)
        .filter_map(|m| clean(m.attr("content")?))
        .next()
        .or_else(|| json_ld(doc, "headline").and_then(|s| clean(&s)))
        .or_else(|| {
            let t = doc.select(&TITLE).next()?;
            clean(&strip_site_name(&t.text().collect::<String>()))
        })
        .or_else(|| {
            doc.select(&H1)
                .filter(|h| !is_dropped(h))
                .find_map(|h| clean(&h.text().collect::<String>()))
        })
}

/// The first string value of `key` in the page's JSON-LD blocks (searched depth first, so the
/// article object's own field wins over nested ones). Blocks that are not valid JSON are skipped.
pub(super) fn json_ld(doc: &Html, key: &str) -> Option<String> {
    doc.select(&JSON_LD).find_map(|script| {
        let raw: String = script.text().collect();
        let value: Value = serde_json::from_str(raw.trim()).ok()?;
        find_key(&value, key)
    })
}

fn find_key(v: &Value, key: &str) -> Option<String> {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(s)) = map.get(key) {
                return Some(s.clone());
            }
            map.values().find_map(|x| find_key(x, key))
        }
        Value::Array(items) => items.iter().find_map(|x| find_key(x, key)),
        _ => None,
    }
}

/// "Headline - Site" → "Headline": drops up to two short trailing segments after a spaced
/// separator, as long as a headline of several words remains.
fn strip_site_name(title: &str) -> String {
    let mut t = title.trim();
    for _ in 0..2 {
        let cut = [" | ", " - ", " – ", " — ", " · ", " :: "]
            .iter()
            .filter_map(|sep| t.rfind(sep).map(|i| (i, sep.len())))
            .max_by_key(|&(i, _)| i);
        let Some((i, len)) = cut else { break };
        let (head, tail) = (&t[..i], &t[i + len..]);
        let short_tail = tail.chars().count() <= 40 && tail.split_whitespace().count() <= 5;
        if !short_tail || head.split_whitespace().count() < 3 {
            break;
        }
        t = head.trim();
    }
    t.to_string()
}

/// White space collapsed; `None` when nothing is left.
fn clean(s: &str) -> Option<String> {
    let out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Html {
        Html::parse_document(html)
    }

    #[test]
    fn og_title_wins_then_title_without_site_name_then_h1() {
        let og = page(
            r#"<head><title>Autre - Site</title><meta property="og:title" content=" Le  vrai titre "></head>"#,
        );
        assert_eq!(title(&og).as_deref(), Some("Le vrai titre"));
        let t = page("<title>Nvidia invests in French AI startups | Le Journal</title>");
        assert_eq!(
            title(&t).as_deref(),
            Some("Nvidia invests in French AI startups")
        );
        let h1 = page("<body><nav><h1>Logo</h1></nav><h1>Gros titre</h1></body>");
        assert_eq!(title(&h1).as_deref(), Some("Gros titre"));
        assert_eq!(title(&page("<body><p>Rien</p></body>")), None);
        let j = page(
            r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
            "headline":"Titre JSON","datePublished":"2024-03-03"}]}</script>"#,
        );
        assert_eq!(title(&j).as_deref(), Some("Titre JSON"));
    }
}
