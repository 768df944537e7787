//! Reports for a colleague without Vigie: a theme's retrieved passages (with their article,
//! date, coder and memo) and the co-occurrence tables (themes × actors, themes × themes),
//! written as Markdown and, through `pulldown-cmark`, as a standalone HTML page.

use crate::chart::input::ChartCorpus;
use crate::i18n::Lang;
use crate::project::{Tag, Theme, ThemeId};
use std::collections::{BTreeSet, HashMap};

/// Actors shown as columns of the themes × actors table.
const TOP_ACTORS: usize = 12;

/// What a report covers.
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions {
    /// One theme (with its sub-themes), or every theme.
    pub theme: Option<ThemeId>,
    pub lang: Lang,
}

/// `text` with Markdown's special characters escaped, on one line.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The themes a report covers, in codebook order (a top theme, then its sub-themes).
fn covered(corpus: &ChartCorpus, only: Option<ThemeId>) -> Vec<&Theme> {
    let top = |t: &Theme| {
        t.parent
            .is_none_or(|p| corpus.themes.iter().all(|x| x.id != p))
    };
    let mut out = Vec::new();
    for t in corpus.themes.iter().filter(|t| top(t)) {
        let kids = corpus.themes.iter().filter(|k| k.parent == Some(t.id));
        for x in std::iter::once(t).chain(kids) {
            if only.is_none_or(|o| o == x.id || x.parent == Some(o)) {
                out.push(x);
            }
        }
    }
    out
}

/// The report as Markdown. `actor_name` gives an actor's name in the report's language.
pub fn markdown(
    corpus: &ChartCorpus,
    project: &str,
    opts: ReportOptions,
    actor_name: &dyn Fn(&str) -> String,
) -> String {
    let s = opts.lang.report();
    let themes = covered(corpus, opts.theme);
    let articles: HashMap<_, _> = corpus.articles.iter().map(|a| (a.id, a)).collect();
    let mut out = format!("# {} — {}\n\n", md(project), s.title);
    for t in &themes {
        let mut tags: Vec<&Tag> = corpus
            .tags
            .iter()
            .filter(|g| g.theme == t.id && !g.orphan)
            .collect();
        tags.sort_by_key(|g| (g.article, g.start));
        out.push_str(&format!(
            "## {} ({} {})\n\n",
            md(&t.name),
            tags.len(),
            if tags.len() == 1 {
                s.passage
            } else {
                s.passages
            }
        ));
        if let Some(d) = t.description.as_deref().filter(|d| !d.trim().is_empty()) {
            out.push_str(&format!("*{}*\n\n", md(d)));
        }
        if !t.memo.trim().is_empty() {
            out.push_str(&format!("**{}** : {}\n\n", s.memo, md(&t.memo)));
        }
        if tags.is_empty() {
            out.push_str(&format!("{}\n\n", s.no_passages));
        }
        for g in tags {
            let (title, date) = articles
                .get(&g.article)
                .map_or(("?", None), |a| (a.title.as_str(), a.date.as_deref()));
            out.push_str(&format!("> {}\n>\n", md(&g.quote)));
            let mut cite = format!("> — *{}*, {}", md(title), date.unwrap_or(s.undated));
            if !g.coder.trim().is_empty() {
                cite.push_str(&format!(", {} {}", s.coder, md(&g.coder)));
            }
            out.push_str(&cite);
            out.push_str("\n\n");
            if !g.memo.trim().is_empty() {
                out.push_str(&format!("**{}** : {}\n\n", s.memo, md(&g.memo)));
            }
        }
    }
    out.push_str(&themes_actors(corpus, &themes, opts.lang, actor_name));
    out.push_str(&themes_themes(corpus, &themes, opts.lang));
    out.push_str(&themes_by_attribute(corpus, &themes, opts.lang));
    let (open, close) = s.quotes;
    out.push_str(&format!(
        "---\n\n*{} {open}{}{close}.*\n",
        s.generated,
        md(project)
    ));
    out
}

/// A Markdown table: a header row and rows.
fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = format!("| {} |\n", header.join(" | "));
    out.push_str(&format!(
        "|{}\n",
        header
            .iter()
            .enumerate()
            .map(|(i, _)| if i == 0 { " --- |" } else { " ---: |" })
            .collect::<String>()
    ));
    for r in rows {
        out.push_str(&format!("| {} |\n", r.join(" | ")));
    }
    out.push('\n');
    out
}

/// Passages of each theme naming each of the most named actors.
fn themes_actors(
    corpus: &ChartCorpus,
    themes: &[&Theme],
    lang: Lang,
    actor_name: &dyn Fn(&str) -> String,
) -> String {
    let s = lang.report();
    let articles: HashMap<_, _> = corpus.articles.iter().map(|a| (a.id, a)).collect();
    // (theme, actor) → passages; actor → passages.
    let mut cell: HashMap<(ThemeId, &str), usize> = HashMap::new();
    let mut total: HashMap<&str, usize> = HashMap::new();
    for t in themes {
        for g in corpus.tags.iter().filter(|g| g.theme == t.id && !g.orphan) {
            let Some(a) = articles.get(&g.article) else {
                continue;
            };
            let named: BTreeSet<&str> = a
                .extraction
                .entities
                .iter()
                .filter(|e| g.start <= e.start && e.end <= g.end)
                .map(|e| e.canonical.as_str())
                .collect();
            for actor in named {
                *cell.entry((t.id, actor)).or_default() += 1;
                *total.entry(actor).or_default() += 1;
            }
        }
    }
    if total.is_empty() {
        return String::new();
    }
    let mut actors: Vec<(&str, usize)> = total.into_iter().collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    actors.truncate(TOP_ACTORS);
    let header: Vec<String> = std::iter::once(s.theme.to_string())
        .chain(actors.iter().map(|(a, _)| md(&actor_name(a))))
        .collect();
    let rows: Vec<Vec<String>> = themes
        .iter()
        .map(|t| {
            std::iter::once(md(&t.name))
                .chain(
                    actors
                        .iter()
                        .map(|(a, _)| cell.get(&(t.id, a)).copied().unwrap_or(0).to_string()),
                )
                .collect()
        })
        .collect();
    format!(
        "## {}\n\n{}\n\n{}",
        s.themes_actors,
        s.themes_actors_help,
        table(&header, &rows)
    )
}

/// Passages of one theme overlapping a passage of another (row theme's passages counted).
fn themes_themes(corpus: &ChartCorpus, themes: &[&Theme], lang: Lang) -> String {
    if themes.len() < 2 {
        return String::new();
    }
    let s = lang.report();
    let mut by_article: HashMap<_, Vec<&Tag>> = HashMap::new();
    for g in corpus.tags.iter().filter(|g| !g.orphan) {
        by_article.entry(g.article).or_default().push(g);
    }
    let count = |a: ThemeId, b: ThemeId| {
        corpus
            .tags
            .iter()
            .filter(|g| g.theme == a && !g.orphan)
            .filter(|g| {
                by_article.get(&g.article).is_some_and(|others| {
                    others
                        .iter()
                        .any(|o| o.theme == b && o.start < g.end && g.start < o.end)
                })
            })
            .count()
    };
    let header: Vec<String> = std::iter::once(s.theme.to_string())
        .chain(themes.iter().map(|t| md(&t.name)))
        .collect();
    let rows: Vec<Vec<String>> = themes
        .iter()
        .map(|a| {
            std::iter::once(md(&a.name))
                .chain(themes.iter().map(|b| {
                    if a.id == b.id {
                        "—".to_string()
                    } else {
                        count(a.id, b.id).to_string()
                    }
                }))
                .collect()
        })
        .collect();
    format!(
        "## {}\n\n{}\n\n{}",
        s.themes_themes,
        s.themes_themes_help,
        table(&header, &rows)
    )
}

/// For each attribute of the articles, passages of each theme per value (the most frequent
/// values as columns).
fn themes_by_attribute(corpus: &ChartCorpus, themes: &[&Theme], lang: Lang) -> String {
    let s = lang.report();
    let names: BTreeSet<&str> = corpus
        .attributes
        .values()
        .flat_map(|m| m.keys().map(String::as_str))
        .collect();
    let mut out = String::new();
    for name in names {
        let value_of = |a| corpus.attributes.get(&a).and_then(|m| m.get(name));
        let mut cell: HashMap<(ThemeId, &str), usize> = HashMap::new();
        let mut total: HashMap<&str, usize> = HashMap::new();
        for t in themes {
            for g in corpus.tags.iter().filter(|g| g.theme == t.id && !g.orphan) {
                if let Some(v) = value_of(g.article) {
                    *cell.entry((t.id, v.as_str())).or_default() += 1;
                    *total.entry(v.as_str()).or_default() += 1;
                }
            }
        }
        if total.is_empty() {
            continue;
        }
        let mut values: Vec<(&str, usize)> = total.into_iter().collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        values.truncate(TOP_ACTORS);
        let header: Vec<String> = std::iter::once(s.theme.to_string())
            .chain(values.iter().map(|(v, _)| md(v)))
            .collect();
        let rows: Vec<Vec<String>> = themes
            .iter()
            .map(|t| {
                std::iter::once(md(&t.name))
                    .chain(
                        values
                            .iter()
                            .map(|(v, _)| cell.get(&(t.id, *v)).copied().unwrap_or(0).to_string()),
                    )
                    .collect()
            })
            .collect();
        out.push_str(&format!(
            "## {} {}\n\n{}\n\n{}",
            s.themes_by,
            md(name),
            s.themes_by_help,
            table(&header, &rows)
        ));
    }
    out
}

/// A standalone HTML page of a Markdown report (UTF-8, light styles, printable).
pub fn html(markdown: &str, title: &str) -> String {
    use pulldown_cmark::Event;
    // Raw HTML is shown as text, never passed through (a report holds quotes from the web).
    let parser = pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES)
        .map(|e| match e {
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            e => e,
        });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, parser);
    let mut escaped = String::new();
    // The title goes into an element: escaped by the crate's escaper, like the body.
    pulldown_cmark_escape::escape_html(&mut escaped, title).ok();
    format!(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{escaped}</title>\n\
         <style>body{{font-family:sans-serif;max-width:52em;margin:2em auto;line-height:1.45}}\
         blockquote{{border-left:3px solid #999;margin:1em 0;padding:0 1em;color:#333}}\
         table{{border-collapse:collapse}}td,th{{border:1px solid #bbb;padding:.2em .5em}}\
         </style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_specials_in_quotes_are_escaped() {
        assert_eq!(md("*x* | [a](b)\nc"), "\\*x\\* \\| \\[a\\](b) c");
        let page = html("# A & B\n\n> <script>", "A & <B>");
        assert!(page.contains("<title>A &amp; &lt;B&gt;</title>"), "{page}");
        assert!(!page.contains("<script>"), "{page}");
    }
}
