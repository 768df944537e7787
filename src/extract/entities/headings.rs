//! Which lines are headings, by line index: Markdown headings, section titles in capitals and
//! Title Case lines ("Le Retard Européen et la Course à la Puissance de Calcul"), whose
//! capitals say nothing of a name.

use super::ctx::Ctx;
use super::nearby::{near, written_lower};
use super::tokens::Token;
use crate::text::table::line_start_within;

/// Title Case heading lines ("Le Retard Européen et la Course à la Puissance de Calcul"), by
/// line index: most long words capitalised.
pub fn heading_lines(cx: &Ctx) -> Vec<bool> {
    let n_lines = cx.toks.last().map_or(0, |t| t.line as usize + 1);
    let mut out = vec![false; n_lines];
    // Four chars or more: under four bytes never, from sixteen bytes always.
    let long_word = |t: &Token| {
        let n = t.end - t.start;
        !(t.initial || t.web || !t.shape.has_alpha())
            && n >= 4
            && (n >= 16 || t.text(cx.s).chars().count() >= 4)
    };
    // Tokens come line by line: one line at a time, and only short lines with two capitalised
    // words count their lower-case content words.
    for line in cx.toks.chunk_by(|a, b| a.line == b.line) {
        // A Markdown heading ("## In Brief", "# Top Stories"), whatever its case, and a line
        // that is one bold label alone ("**The Scoop**", "**Know More**").
        if let Some(t) = line.first()
            && (markdown_heading(cx.s, t.start) || bold_label(cx.s, t.start))
            && let Some(h) = out.get_mut(t.line as usize)
        {
            *h = true;
            continue;
        }
        // A section title in capitals ("CHIPS", "IN THIS ISSUE"): no lower-case letter at all.
        // (Or a sentence in capitals opening the line, as a disclaimer's "ALL RATINGS ARE
        // SUBJECT TO CERTAIN LIMITATIONS …".)
        // (Its unit in brackets may be in lower case: "LES CHIFFRES DU TRIMESTRE (en
        // milliards de dollars)".)
        let head = match (line.first(), line.last()) {
            (Some(a), Some(b)) if cx.s[b.end..].starts_with(')') => {
                memchr::memchr(b'(', &cx.s.as_bytes()[a.start..b.end]).map_or(line, |k| {
                    &line[..line.partition_point(|t| t.start < a.start + k)]
                })
            }
            _ => line,
        };
        let shouted = line.len() <= 8
            && (head.len() >= 2 || head.len() == line.len())
            && head.iter().all(|t| !t.shape.has_lower())
            && head
                .iter()
                .any(|t| t.shape.has_alpha() && t.end - t.start >= 3)
            || line.len() > 8
                && line[..8]
                    .iter()
                    .all(|t| t.shape.has_alpha() && !t.shape.has_lower());
        if shouted && let Some(h) = line.first().and_then(|t| out.get_mut(t.line as usize)) {
            *h = true;
            continue;
        }
        // A table row ("| Netweb Technologies | 1,600 | Nvidia H100 |") is cells of data, no
        // title.
        if line.len() > 30 || line.first().is_some_and(|t| table_row(cx.s, t.start)) {
            continue;
        }
        // ("\n\nChip Orders\n\n": a short line standing alone between blank lines counts
        // its first word too, which opens no sentence there.)
        // (A byline, "Édith Kouamé", stands alone too: the last word must be a common one,
        // written in lower case nearby.)
        let alone = line.len() <= 4
            && line.first().zip(line.last()).is_some_and(|(a, b)| {
                cx.s[..a.start].ends_with("\n\n")
                    && cx.s[b.end..].starts_with("\n\n")
                    && written_lower(near(cx.s, b.start), &cx.low[b.start..b.end])
            });
        // "Jio Platforms: 3,500 GPUs", "Région Normandie : 12 M€": a list item's label and
        // its figure, no title (not a form's "Decision Date: 12 May").
        if let (Some(a), Some(b)) = (line.first(), line.last())
            && let Some(k) = memchr::memchr(b':', &cx.s.as_bytes()[a.start..b.end])
            && figure_after_label(&cx.s[a.start + k + 1..b.end])
        {
            continue;
        }
        let caps = line
            .iter()
            .enumerate()
            .filter(|&(k, t)| {
                t.shape.first_upper()
                    && (long_word(t)
                        || (alone && k == 0 && t.initial && !t.web && t.end - t.start >= 4))
            })
            .count();
        if caps < 2 {
            continue;
        }
        // "Witnesses: Dr Helen Marsh, Director, Department for …; Gareth Pryce, Chief
        // Executive, ….": a list of names and titles (a semicolon, or three commas) closed by
        // a full stop is no title.
        if let (Some(a), Some(b)) = (line.first(), line.last()) {
            let text = &cx.s[a.start..b.end];
            let list =
                text.contains("; ") || memchr::memchr_iter(b',', text.as_bytes()).count() >= 3;
            if list && cx.s[b.end..].starts_with('.') {
                continue;
            }
        }
        let lower = line
            .iter()
            .filter(|t| {
                !t.shape.first_upper()
                    && t.shape.has_lower()
                    && long_word(t)
                    && !cx.cues.is_stop(t.text(cx.s))
            })
            .count();
        // Only function words stay lower-case in a Title Case heading.
        if let Some(h) = line.first().and_then(|t| out.get_mut(t.line as usize)) {
            *h = lower == 0 || lower * 6 <= caps;
        }
    }
    out
}

/// The line holding `at` opens with '|' (a Markdown table's row) before its first word.
fn table_row(s: &str, at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
    crate::text::table::is_row(&s[start..at])
}

/// The line holding `at` opens with '#' (ATX heading marks before its first word).
fn bold_label(s: &str, at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &s.as_bytes()[at..]).map_or(s.len(), |i| at + i);
    let line = s[start..end].trim();
    line.len() <= 60
        && line.len() > 4
        && line.starts_with("**")
        && line.ends_with("**")
        && !line[2..line.len() - 2].contains("**")
        && !line.ends_with(".**")
}

fn markdown_heading(s: &str, at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
    let lead = s[start..at].trim_start();
    lead.starts_with('#') && lead.trim_start_matches('#').trim().is_empty()
}

/// How far a run-in heading's label reaches around a name in it (bytes).
const LABEL_REACH: usize = 100;

/// Whether `span` lies in a paragraph's run-in heading: the Title Case words that open a line
/// and close on a colon before a sentence ("Contracted Backlog Supports Visibility: Vantor
/// reported …", "Heavy Capex, Negative FCF: The company …"). A speaker's label ("Priya Nair:")
/// opens on a first name or a title, and stays a name.
pub fn in_run_in_label(cx: &Ctx, first: usize, span: &std::ops::Range<usize>) -> bool {
    // A label is a few words: the line's start, its colon and the sentence after it are looked
    // for in a window of [`LABEL_REACH`] bytes around the name, not over the whole line.
    let s = cx.s;
    let b = s.as_bytes();
    let Some(start) = line_start_within(s, span.start, LABEL_REACH) else {
        return false;
    };
    // (No colon before the name: the label is the line's first run of words.)
    if b[start..span.start].contains(&b':') {
        return false;
    }
    let to = s.floor_char_boundary((span.end + LABEL_REACH).min(b.len()));
    let Some(colon) = memchr::memmem::find(&b[span.end..to], b": ").map(|i| span.end + i) else {
        return false;
    };
    // A sentence of thirty bytes or more after the colon, on the same line.
    let sentence_end = (colon + 30).min(b.len());
    if sentence_end - colon < 30 || b[start..sentence_end].contains(&b'\n') {
        return false;
    }
    let line_end = memchr::memchr(b'\n', &b[colon..to]).map_or(to, |i| colon + i);
    let label = &s[start..colon];
    let words: Vec<&str> = label.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let function = |w: &str| matches!(w, "and" | "of" | "the" | "&" | "et" | "de" | "des" | "du");
    if !(2..=6).contains(&words.len())
        || !words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || function(w))
        || label.bytes().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    // The label's first token: no first name, no title.
    let k = cx.toks[..=first].partition_point(|t| t.start < start);
    let f = cx.flags(k.min(first));
    let after = s[colon + 2..line_end].trim_start();
    f & (super::cues::flag::FIRST_NAME | super::cues::flag::PERSON_TITLE) == 0
        && after.starts_with(char::is_uppercase)
}

/// Units a list item's figure is written with, after its label's colon.
const LABEL_UNITS: &[&str] = &[
    "$",
    "€",
    "£",
    "¥",
    "₹",
    "₦",
    "GPU",
    "MW",
    "GW",
    "million",
    "billion",
    "crore",
    "milliard",
    "Md",
    "M€",
    "bn",
    "puces",
    "chips",
    "accelerators",
    "accélérateurs",
    "flops",
];

/// The text after a label's colon is a figure alone: a digit within its first six chars, a
/// unit of figures, and four words at most ("Big Tech Capex: $400 Billion Spending Spree Lifts
/// Nvidia Shares" is a headline).
fn figure_after_label(rest: &str) -> bool {
    let rest = rest.trim();
    rest.chars().take(6).any(|c| c.is_ascii_digit())
        && rest.split_whitespace().count() <= 4
        && LABEL_UNITS.iter().any(|u| rest.contains(u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labels_figure_has_a_digit_and_a_unit() {
        assert!(figure_after_label(" 1,800 GPUs"));
        assert!(figure_after_label(" 12 M€"));
        assert!(!figure_after_label(" 12 May 2026"));
        assert!(!figure_after_label(" 25-1234"));
        assert!(!figure_after_label(" Operating and Financial Review"));
        assert!(!figure_after_label(
            " $400 Billion Spending Spree Lifts Nvidia Shares"
        ));
    }
}
