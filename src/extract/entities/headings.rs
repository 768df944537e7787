//! Which lines are headings, by line index: Markdown headings, section titles in capitals and
//! Title Case lines ("Le Retard Européen et la Course à la Puissance de Calcul"), whose
//! capitals say nothing of a name.

use super::ctx::Ctx;
use super::tokens::Token;

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
        // A Markdown heading ("## In Brief", "# Top Stories"), whatever its case.
        if let Some(t) = line.first()
            && markdown_heading(cx.s, t.start)
            && let Some(h) = out.get_mut(t.line as usize)
        {
            *h = true;
            continue;
        }
        // A section title in capitals ("CHIPS", "IN THIS ISSUE"): no lower-case letter at all.
        let shouted = line.len() <= 8
            && line.iter().all(|t| !t.shape.has_lower())
            && line
                .iter()
                .any(|t| t.shape.has_alpha() && t.end - t.start >= 3);
        if shouted && let Some(h) = line.first().and_then(|t| out.get_mut(t.line as usize)) {
            *h = true;
            continue;
        }
        // A table row ("| Netweb Technologies | 1,600 | Nvidia H100 |") is cells of data, no
        // title.
        if line.len() > 30 || line.first().is_some_and(|t| table_row(cx.s, t.start)) {
            continue;
        }
        let caps = line
            .iter()
            .filter(|t| t.shape.first_upper() && long_word(t))
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
fn markdown_heading(s: &str, at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
    let lead = s[start..at].trim_start();
    lead.starts_with('#') && lead.trim_start_matches('#').trim().is_empty()
}
