//! From laid-out lines to an article: drops the headers and footers repeated on most pages,
//! groups lines into paragraphs (by spacing, size and short last lines), mends words hyphenated
//! at a line end, joins a paragraph cut by a page break, and finds a heading-like first line.

use super::layout::Line;
use std::collections::{HashMap, HashSet};

/// How many lines at the top and at the bottom of a page may be running headers or footers.
const EDGE_LINES: usize = 2;
/// Longest word looked at when mending a hyphen, in characters.
const MAX_WORD: usize = 64;
/// Longest heading, in characters.
const MAX_HEADING_CHARS: usize = 250;

/// The article text (paragraphs separated by a blank line) and its heading, if a first-page
/// paragraph stands out by its size.
#[derive(Debug, Default, PartialEq)]
pub struct Assembled {
    pub text: String,
    pub heading: Option<String>,
}

/// One paragraph: its lines and its largest font size.
struct Paragraph {
    lines: Vec<String>,
    size: f32,
}

pub fn assemble(pages: Vec<Vec<Line>>) -> Assembled {
    let pages = drop_running_lines(pages);
    let body_size = body_size(&pages);
    let mut paras: Vec<Paragraph> = Vec::new();
    let mut heading = None;
    for (n, page) in pages.iter().enumerate() {
        let mut page_paras = paragraphs(page);
        if n == 0 {
            heading = page_paras
                .iter()
                .find(|p| p.size >= body_size * 1.15)
                .map(|p| p.lines.join(" "))
                .filter(|h| h.chars().count() <= MAX_HEADING_CHARS);
        }
        // A paragraph cut by the page break goes on.
        if let (Some(last), Some(first)) = (paras.last_mut(), page_paras.first())
            && continues(last, first)
        {
            let first = page_paras.remove(0);
            last.lines.extend(first.lines);
        }
        paras.extend(page_paras);
    }
    let words = word_forms(&paras);
    let text = paras
        .iter()
        .map(|p| join_lines(&p.lines, &words))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Assembled { text, heading }
}

/// Headers and footers: a line among the top or bottom lines of a page whose text, digits
/// aside, is at the top or bottom of most pages (all of them for a two-page file).
fn drop_running_lines(pages: Vec<Vec<Line>>) -> Vec<Vec<Line>> {
    if pages.len() < 2 {
        return pages;
    }
    let key = |l: &Line| -> String {
        let t: String = l
            .text
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let edges = |page: &[Line]| -> Vec<usize> {
        let mut order: Vec<usize> = (0..page.len()).collect();
        order.sort_by(|&a, &b| page[b].y.total_cmp(&page[a].y));
        let n = order.len().min(EDGE_LINES);
        let mut out: Vec<usize> = order[..n].to_vec();
        out.extend(order[order.len() - n..].iter().copied());
        out.sort_unstable();
        out.dedup();
        out
    };
    let mut count: HashMap<String, usize> = HashMap::new();
    for page in &pages {
        let keys: HashSet<String> = edges(page).into_iter().map(|i| key(&page[i])).collect();
        for k in keys {
            *count.entry(k).or_default() += 1;
        }
    }
    let needed = if pages.len() == 2 {
        2
    } else {
        pages.len() / 2 + 1
    };
    pages
        .into_iter()
        .map(|page| {
            let drop: HashSet<usize> = edges(&page)
                .into_iter()
                .filter(|&i| count.get(&key(&page[i])).is_some_and(|&c| c >= needed))
                .collect();
            page.into_iter()
                .enumerate()
                .filter(|(i, _)| !drop.contains(i))
                .map(|(_, l)| l)
                .collect()
        })
        .collect()
}

/// The most common font size of the text, weighted by characters.
fn body_size(pages: &[Vec<Line>]) -> f32 {
    let mut by_size: HashMap<u32, usize> = HashMap::new();
    for l in pages.iter().flatten() {
        *by_size.entry((l.size * 10.0).round() as u32).or_default() += l.text.chars().count();
    }
    by_size
        .into_iter()
        .max_by_key(|&(size, n)| (n, std::cmp::Reverse(size)))
        .map_or(0.0, |(size, _)| size as f32 / 10.0)
}

/// A page's lines grouped into paragraphs, in the order drawn.
fn paragraphs(page: &[Line]) -> Vec<Paragraph> {
    let pitch = line_pitch(page);
    let right = page.iter().map(|l| l.right).fold(f32::MIN, f32::max);
    let left = page.iter().map(|l| l.x).fold(f32::MAX, f32::min);
    let width = (right - left).max(1.0);
    let mut out: Vec<Paragraph> = Vec::new();
    let mut prev: Option<&Line> = None;
    for line in page {
        let text = line.text.trim();
        if text.is_empty() {
            continue;
        }
        let new = match prev {
            None => true,
            Some(p) => {
                let gap = p.y - line.y;
                let size_change = (p.size - line.size).abs() > 0.15 * p.size.max(line.size);
                let ends = p
                    .text
                    .trim_end()
                    .ends_with(['.', '!', '?', ':', '»', '"', '”']);
                let short = p.right < right - 0.15 * width;
                let hyphen = p.text.trim_end().ends_with(['-', '\u{2010}', '\u{AD}']);
                let very_short = p.right < right - 0.4 * width && !hyphen;
                let indented = line.x > left + line.size;
                let capital = text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
                gap <= 0.0
                    || gap > pitch.map_or(p.size * 1.8, |d| d * 1.35)
                    || size_change
                    || ends && (short || indented)
                    || very_short && capital
            }
        };
        if new {
            out.push(Paragraph {
                lines: Vec::new(),
                size: 0.0,
            });
        }
        if let Some(p) = out.last_mut() {
            p.lines.push(text.to_string());
            p.size = p.size.max(line.size);
        }
        prev = Some(line);
    }
    out
}

/// The usual distance between two lines of a paragraph on this page: the most common gap
/// between consecutive lines of the same size that could be lines of one paragraph.
fn line_pitch(page: &[Line]) -> Option<f32> {
    let mut gaps: HashMap<u32, usize> = HashMap::new();
    for w in page.windows(2) {
        let gap = w[0].y - w[1].y;
        // Wider gaps are between paragraphs or blocks, not lines.
        if gap > 0.0 && gap < 2.5 * w[0].size && (w[0].size - w[1].size).abs() < 0.5 {
            *gaps.entry((gap * 4.0).round() as u32).or_default() += 1;
        }
    }
    gaps.into_iter()
        .max_by_key(|&(g, n)| (n, std::cmp::Reverse(g)))
        .map(|(g, _)| g as f32 / 4.0)
}

/// True when `next` (first on its page) carries on `last` (last on the page before): `last`
/// does not end a sentence and `next` starts in lower case.
fn continues(last: &Paragraph, next: &Paragraph) -> bool {
    let (Some(end), Some(start)) = (last.lines.last(), next.lines.first()) else {
        return false;
    };
    !end.trim_end()
        .ends_with(['.', '!', '?', ':', '»', '"', '”'])
        && start.chars().next().is_some_and(char::is_lowercase)
        && (last.size - next.size).abs() < 0.5
}

/// Every word of the text as written, lower-cased, hyphenated words included whole: tells a
/// compound ("long-term") from a word broken at a line end.
fn word_forms(paras: &[Paragraph]) -> HashSet<String> {
    paras
        .iter()
        .flat_map(|p| p.lines.iter())
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '-')))
        .filter(|w| !w.is_empty() && !w.ends_with('-'))
        .map(str::to_lowercase)
        .collect()
}

/// A paragraph's lines as one: a space between lines, except after a hyphen that breaks a word
/// at the line end ("techno-" + "logie" → "technologie"). The hyphen stays when the next line
/// starts with a capital or a digit ("Franco-" + "Allemand"), or when the document writes the
/// hyphenated form elsewhere and never the joined one.
fn join_lines(lines: &[String], words: &HashSet<String>) -> String {
    let mut out = String::new();
    for line in lines {
        let line = line.trim();
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        let soft = out.ends_with('\u{AD}');
        let hyphen = out.ends_with(['-', '\u{2010}']);
        let before = out
            .trim_end_matches(['-', '\u{2010}', '\u{AD}'])
            .chars()
            .next_back();
        let next = line.chars().next();
        if soft {
            out.pop();
            out.push_str(line);
        } else if hyphen && before.is_some_and(char::is_alphabetic) && next.is_some() {
            let head = last_word(&out);
            let tail = first_word(line);
            let joined =
                format!("{}{}", head.trim_end_matches(['-', '\u{2010}']), tail).to_lowercase();
            let compound = format!("{head}{tail}").to_lowercase();
            let keep = next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || words.contains(&compound) && !words.contains(&joined);
            if !keep {
                out.pop();
            }
            out.push_str(line);
        } else {
            out.push(' ');
            out.push_str(line);
        }
    }
    out
}

/// The word `s` ends with (its last [`MAX_WORD`] characters at most: a hostile "word" of
/// a million hyphenated lines costs no more than a real one).
fn last_word(s: &str) -> &str {
    let mut start = s.len();
    for (i, c) in s.char_indices().rev().take(MAX_WORD) {
        if !(c.is_alphanumeric() || c == '-' || c == '\u{2010}') {
            break;
        }
        start = i;
    }
    &s[start..]
}

fn first_word(s: &str) -> &str {
    let mut end = 0;
    for (i, c) in s.char_indices().take(MAX_WORD) {
        if !(c.is_alphanumeric() || c == '-') {
            break;
        }
        end = i + c.len_utf8();
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f32) -> Line {
        Line {
            text: text.into(),
            x: 72.0,
            right: 72.0 + 6.0 * text.chars().count() as f32,
            y,
            size: 11.0,
        }
    }

    fn join(lines: &[&str], elsewhere: &[&str]) -> String {
        let lines: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
        let words = elsewhere.iter().map(|s| s.to_string()).collect();
        join_lines(&lines, &words)
    }

    #[test]
    fn line_end_hyphens_are_mended_and_real_compounds_kept() {
        assert_eq!(
            join(&["la techno-", "logie avance"], &[]),
            "la technologie avance"
        );
        assert_eq!(
            join(&["l'axe franco-", "Allemand tient"], &[]),
            "l'axe franco-Allemand tient"
        );
        assert_eq!(
            join(&["a long-", "term plan"], &["long-term"]),
            "a long-term plan"
        );
        assert_eq!(
            join(&["a long-", "term plan"], &["long-term", "longterm"]),
            "a longterm plan"
        );
        assert_eq!(join(&["le COVID-", "19 a"], &[]), "le COVID-19 a");
        assert_eq!(join(&["soft\u{AD}", "ware"], &[]), "software");
        assert_eq!(join(&["fin -", "début"], &[]), "fin - début");
    }

    #[test]
    fn many_hyphenated_lines_cost_linear_time() {
        let lines = vec!["ab-".to_string(); 200_000];
        let start = std::time::Instant::now();
        let out = join_lines(&lines, &HashSet::new());
        assert_eq!(out.len(), 400_001);
        // Quadratic, it took many minutes; linear, a fraction of a second even unoptimised.
        assert!(start.elapsed().as_secs() < 10);
    }

    #[test]
    fn running_headers_and_page_numbers_are_dropped() {
        let page = |n: usize, body: &str| {
            vec![
                line("Le Monde Tech — rapport annuel", 800.0),
                line(body, 700.0),
                line(&format!("Page {n} sur 3"), 40.0),
            ]
        };
        let pages = vec![
            page(1, "Premier."),
            page(2, "Deuxième."),
            page(3, "Troisième."),
        ];
        let out = assemble(pages);
        assert_eq!(out.text, "Premier.\n\nDeuxième.\n\nTroisième.");
    }

    #[test]
    fn a_line_on_one_page_only_is_kept() {
        let pages = vec![
            vec![line("Titre du rapport", 800.0), line("Corps un.", 700.0)],
            vec![
                line("Autre chose en haut", 800.0),
                line("Corps deux.", 700.0),
            ],
            vec![
                line("Encore autre chose", 800.0),
                line("Corps trois.", 700.0),
            ],
        ];
        let out = assemble(pages);
        assert!(
            out.text.starts_with("Titre du rapport\n\nCorps un."),
            "{}",
            out.text
        );
    }

    #[test]
    fn paragraphs_split_on_wide_gaps_and_carry_over_page_breaks() {
        let p1 = vec![
            line("Premier paragraphe, ligne un", 700.0),
            line("qui continue ici.", 686.0),
            line("Second paragraphe qui passe", 650.0),
            line("à la page", 636.0),
        ];
        let p2 = vec![line("suivante sans rupture.", 700.0)];
        let out = assemble(vec![p1, p2]);
        assert_eq!(
            out.text,
            "Premier paragraphe, ligne un qui continue ici.\n\n\
             Second paragraphe qui passe à la page suivante sans rupture."
        );
    }

    #[test]
    fn a_short_dateline_is_its_own_paragraph() {
        let long = "Mistral AI a levé 600 millions d’euros auprès de ses investisseurs,";
        let page = vec![
            line("12 mars 2025", 700.0),
            line(long, 686.0),
            line(long, 672.0),
            line("dit-on.", 658.0),
        ];
        let out = assemble(vec![page]);
        assert_eq!(out.text, format!("12 mars 2025\n\n{long} {long} dit-on."));
    }

    #[test]
    fn a_larger_first_line_is_the_heading() {
        let mut big = line("Nvidia et la course aux puces", 780.0);
        big.size = 20.0;
        let body = "Le corps du texte, plus long que le titre, comme toujours.";
        let out = assemble(vec![vec![big, line(body, 700.0)]]);
        assert_eq!(
            out.heading.as_deref(),
            Some("Nvidia et la course aux puces")
        );
        assert_eq!(out.text, format!("Nvidia et la course aux puces\n\n{body}"));
    }
}
