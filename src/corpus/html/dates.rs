//! The date a web page gives itself, as ISO `YYYY-MM-DD`: what its markup declares (meta tags
//! whatever their case, JSON-LD, `<time>`, `itemprop`), else what its headers and bylines say
//! ("Publié le 14/02/2025"). Dates are read as ISO, in words, as RFC 2822 (`Wed, 09 Jul 2025
//! 08:00:00 GMT`, through `jiff`) or as numbers (day or month first by the page's language).

use super::furniture::is_dropped;
use super::head::json_ld;
use crate::corpus::meta;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use std::sync::LazyLock;

fn selector(css: &str) -> Selector {
    // The selectors below are constants; a parse failure is a bug caught by the tests.
    Selector::parse(css).expect("valid CSS selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| selector("meta[content]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time"));
static ITEMPROP: LazyLock<Selector> = LazyLock::new(|| selector("[itemprop]"));
static HEADER: LazyLock<Selector> = LazyLock::new(|| selector("header"));
static CLASSED: LazyLock<Selector> = LazyLock::new(|| selector("[class], [id]"));
static HTML: LazyLock<Selector> = LazyLock::new(|| selector("html[lang]"));
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{2,4})\b").expect("valid date regex")
});

/// Meta tags of a publication date (`name`, `property` or `itemprop`, any case), the most
/// telling first.
const META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "published-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
    "citation_publication_date",
    "citation_date",
    "sailthru.date",
    "parsely-pub-date",
    "date",
];

/// Words of a `class` or `id` that mark a byline or a dateline.
const DATE_WORDS: &[&str] = &[
    "date",
    "dateline",
    "byline",
    "published",
    "publication",
    "pubdate",
    "posted",
    "timestamp",
];

/// Most chars of a header or byline searched for a date.
const HEADER_CHARS: usize = 600;

/// Longest text of an element whose class says date or byline (a longer one is a container).
const DATELINE_BYTES: usize = 300;

/// In what order a page writes a numeric date's day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    DayFirst,
    MonthFirst,
    /// English outside the United States, or no language: only unambiguous dates.
    Unknown,
}

/// What the page's markup declares, strongest first; `None` when it declares nothing.
pub fn declared(doc: &Html) -> Option<String> {
    let order = order(doc);
    meta_date(doc, order)
        .or_else(|| json_ld(doc, "datePublished").and_then(|s| parse(&s, order)))
        .or_else(|| time_date(doc, order))
        .or_else(|| {
            doc.select(&ITEMPROP)
                .filter(|e| {
                    e.attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
                })
                .find_map(|e| {
                    let text: String = e.text().collect();
                    let v = e.attr("content").or(e.attr("datetime")).unwrap_or(&text);
                    parse(v, order)
                })
        })
}

/// What the article's own header or byline says (a `<header>` inside `<article>` or
/// `<main>`, an element whose class or id says date or byline).
pub fn article_header(doc: &Html) -> Option<String> {
    let order = order(doc);
    let in_article = |e: &ElementRef| {
        e.ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| matches!(a.value().name(), "article" | "main"))
    };
    doc.select(&HEADER)
        .filter(in_article)
        .chain(doc.select(&CLASSED).filter(|e| {
            is_dateline(e)
                && !is_dropped(e)
                && e.text().map(str::len).sum::<usize>() <= DATELINE_BYTES
        }))
        .find_map(|e| in_text(&e, order))
}

/// What any other header of the page says (a site's masthead may carry today's date: read
/// after the article's own text).
pub fn page_header(doc: &Html) -> Option<String> {
    let order = order(doc);
    doc.select(&HEADER).find_map(|e| in_text(&e, order))
}

/// The date in an element's text, if any.
fn in_text(e: &ElementRef, order: Order) -> Option<String> {
    let text: String = e
        .text()
        .collect::<String>()
        .chars()
        .take(HEADER_CHARS)
        .collect();
    meta::find_date(&text)
        .map(|(d, _)| d)
        .or_else(|| numeric(&text, order))
}

/// Whether an element's class or id names a date or byline (word by word).
fn is_dateline(e: &ElementRef) -> bool {
    let el = e.value();
    let words = el.attr("class").into_iter().chain(el.attr("id"));
    words
        .flat_map(|v| v.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|w| DATE_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d)))
}

/// The best dated meta tag (the earliest key of [`META_KEYS`]).
fn meta_date(doc: &Html, order: Order) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for m in doc.select(&META) {
        let el = m.value();
        let rank = ["property", "name", "itemprop"]
            .iter()
            .filter_map(|a| el.attr(a))
            .filter_map(|k| {
                META_KEYS
                    .iter()
                    .position(|x| k.trim().eq_ignore_ascii_case(x))
            })
            .min();
        let Some(rank) = rank else { continue };
        if best.as_ref().is_some_and(|(r, _)| *r <= rank) {
            continue;
        }
        if let Some(d) = el.attr("content").and_then(|c| parse(c, order)) {
            best = Some((rank, d));
        }
    }
    best.map(|(_, d)| d)
}

/// The first `<time>` outside page furniture (one marked as the publication first): its
/// `datetime`, else its text.
fn time_date(doc: &Html, order: Order) -> Option<String> {
    let times: Vec<ElementRef> = doc.select(&TIME).filter(|t| !is_dropped(t)).collect();
    let marked = times.iter().filter(|t| {
        t.attr("pubdate").is_some()
            || t.attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"))
    });
    marked.chain(times.iter()).find_map(|t| {
        t.attr("datetime")
            .and_then(|d| parse(d, order))
            .or_else(|| parse(&t.text().collect::<String>(), order))
    })
}

/// The day/month order of the page's language (`<html lang>`).
fn order(doc: &Html) -> Order {
    let lang = doc
        .select(&HTML)
        .next()
        .and_then(|h| h.attr("lang"))
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if lang.is_empty() {
        Order::Unknown
    } else if lang == "en-us" {
        Order::MonthFirst
    } else if lang.starts_with("en") {
        Order::Unknown
    } else {
        Order::DayFirst
    }
}

/// A date value: ISO or in words, RFC 2822, `YYYYMMDD`, or numeric.
fn parse(s: &str, order: Order) -> Option<String> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    meta::parse_date(s)
        .or_else(|| {
            let z = jiff::fmt::rfc2822::parse(s).ok()?;
            let d = z.date();
            meta::iso_date(
                u32::try_from(d.year()).ok(),
                u32::try_from(d.month()).ok(),
                u32::try_from(d.day()).ok(),
            )
        })
        .or_else(|| {
            let b = s.as_bytes();
            if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
            meta::iso_date(n(0..4), n(4..6), n(6..8))
        })
        .or_else(|| numeric(s, order))
}

/// The first numeric date in `s`: `2025/06/07`, or `14/02/2025` and `14.02.2025` (day or
/// month first by `order` when both read as either).
fn numeric(s: &str, order: Order) -> Option<String> {
    NUMERIC.captures_iter(s).find_map(|c| {
        let num = |i| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let (a, b, y) = (num(1)?, num(2)?, num(3)?);
        if c[1].len() == 4 {
            return meta::iso_date(Some(a), Some(b), Some(y));
        }
        if c[3].len() != 4 {
            return None;
        }
        let day_first = match (a > 12, b > 12, order) {
            (true, _, _) => true,
            (false, true, _) => false,
            (false, false, Order::DayFirst) => true,
            (false, false, Order::MonthFirst) => false,
            (false, false, Order::Unknown) => return None,
        };
        let (d, m) = if day_first { (a, b) } else { (b, a) };
        meta::iso_date(Some(y), Some(m), Some(d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Html {
        Html::parse_document(html)
    }

    #[test]
    fn numbers_follow_the_page_language() {
        assert_eq!(
            numeric("le 14/02/2025", Order::Unknown).as_deref(),
            Some("2025-02-14")
        );
        assert_eq!(numeric("03/04/2025", Order::Unknown), None);
        assert_eq!(
            numeric("03/04/2025", Order::DayFirst).as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(
            numeric("03/04/2025", Order::MonthFirst).as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(
            numeric("2025/06/07", Order::Unknown).as_deref(),
            Some("2025-06-07")
        );
        assert_eq!(numeric("v1.2.3", Order::DayFirst), None);
        assert_eq!(numeric("14/02/25", Order::DayFirst), None);
    }

    #[test]
    fn meta_keys_in_any_case_the_most_telling_first() {
        let p = page(
            r#"<html lang="fr"><head><meta name="date" content="2020-01-01">
            <meta name="DC.date" content="2025-04-02"></head></html>"#,
        );
        assert_eq!(declared(&p).as_deref(), Some("2025-04-02"));
        let p = page(r#"<meta name="PubDate" content="20250607">"#);
        assert_eq!(declared(&p).as_deref(), Some("2025-06-07"));
        let p = page(r#"<meta name="date" content="Wed, 09 Jul 2025 23:00:00 -0500">"#);
        assert_eq!(declared(&p).as_deref(), Some("2025-07-09"));
        let p = page(r#"<meta name="description" content="2025-01-01 news">"#);
        assert_eq!(declared(&p), None);
    }

    #[test]
    fn headers_and_bylines() {
        let p = page(
            r#"<html lang="fr"><body><header class="site"><p>Mardi 3 décembre 2026</p></header>
            <article><header><h1>Titre</h1><span>Publié le 03/04/2025</span></header>
            <p>Texte.</p></article></body></html>"#,
        );
        assert_eq!(declared(&p), None);
        assert_eq!(article_header(&p).as_deref(), Some("2025-04-03"));
        assert_eq!(page_header(&p).as_deref(), Some("2026-12-03"));
        let p = page(r#"<div class="post-byline">By Ann Lee, March 4, 2025</div>"#);
        assert_eq!(article_header(&p).as_deref(), Some("2025-03-04"));
    }

    #[test]
    fn dates_from_meta_json_ld_and_time() {
        let m =
            page(r#"<meta property="article:published_time" content="2025-07-09T08:00:00+02:00">"#);
        assert_eq!(declared(&m).as_deref(), Some("2025-07-09"));
        let j = page(
            r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
            "headline":"Titre JSON","datePublished":"2024-03-03"}]}</script>"#,
        );
        assert_eq!(declared(&j).as_deref(), Some("2024-03-03"));
        let t = page(
            r#"<body><aside><time datetime="2020-01-01">old</time></aside>
            <time datetime="2025-02-10">10 février</time></body>"#,
        );
        assert_eq!(declared(&t).as_deref(), Some("2025-02-10"));
        let broken = page(r#"<script type="application/ld+json">{"datePublished":</script>"#);
        assert_eq!(declared(&broken), None);
    }
}
