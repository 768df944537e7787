//! Amounts whose unit a heading gives: "## Investissements annoncés (en milliards d'euros)"
//! then "- France : 109", or a table under "(in $bn)". Each bare number of the list's items (or
//! the table's rows) is an amount in that unit.

use super::number::{Num, parse_digits};
use crate::extract::{FigureHit, FigureKind};
use crate::text::Lang;

/// How many lines after the heading its unit reaches (a list or a table, not the article).
const LIST_REACH: usize = 40;

/// Adds to `out` (sorted, disjoint) the bare numbers of list items and table rows under a line
/// that gives a money unit in brackets.
pub fn add(s: &str, lang: Lang, out: &mut Vec<FigureHit>) {
    // Every unit heading holds a bracket: most texts are answered here.
    if memchr::memchr(b'(', s.as_bytes()).is_none() {
        return;
    }
    let mut found = Vec::new();
    let mut lines = line_spans(s).peekable();
    while let Some(line) = lines.next() {
        let Some((scale, unit)) = heading_unit(&s[line.clone()]) else {
            continue;
        };
        let mut items = 0;
        // A table's rows (a web page's table stands each row apart with a blank line), and
        // its columns whose header gives a unit of their own ("Capacity (MW)").
        let mut rows = false;
        let mut other_unit: Vec<bool> = Vec::new();
        for next in lines.by_ref().take(LIST_REACH) {
            let t = s[next.clone()].trim();
            if t.is_empty() {
                // Blank lines may stand between the heading and the list, not inside it.
                if items > 0 && !rows {
                    break;
                }
                continue;
            }
            if t.starts_with('|') {
                let cells = crate::text::table::cells(s, next.clone());
                if !rows {
                    other_unit = cells
                        .iter()
                        .map(|c| column_unit(&s[c.clone()]).is_some())
                        .collect();
                }
                rows = true;
                items += 1;
                for (col, c) in cells.into_iter().enumerate() {
                    if !other_unit.get(col).copied().unwrap_or(false)
                        && let Some(fig) = bare_number(s, c, lang, (FigureKind::Money, unit, scale))
                    {
                        found.push(fig);
                    }
                }
                continue;
            }
            if rows {
                break;
            }
            if !(t.starts_with(['-', '*', '•', '|'])) {
                // "Chiffre d'affaires      684,2      522,3      +31,0 %": a table aligned
                // with spaces, each bare number of its columns an amount.
                let cells = aligned_cells(s, next.clone());
                if cells.is_empty() {
                    // "Chiffre d'affaires : 11,8 (consensus : 11,2)": a key-figures box.
                    let Some(amounts) = key_figures::colon_amounts(s, next, lang, scale, unit)
                    else {
                        break;
                    };
                    items += 1;
                    found.extend(amounts);
                    continue;
                }
                items += 1;
                found.extend(
                    cells
                        .into_iter()
                        .filter_map(|c| bare_number(s, c, lang, (FigureKind::Money, unit, scale))),
                );
                continue;
            }
            items += 1;
            if let Some(fig) = item_amount(s, next, lang, scale, unit) {
                found.push(fig);
            }
        }
    }
    add_uncovered(out, found);
}

/// Adds to `out` (sorted, disjoint) the figures of `found` that no figure of `out` covers.
pub(super) fn add_uncovered(out: &mut Vec<FigureHit>, mut found: Vec<FigureHit>) {
    if found.is_empty() {
        return;
    }
    found.retain(|f| {
        let k = out.partition_point(|o| o.span.end <= f.span.start);
        out.get(k).is_none_or(|o| o.span.start >= f.span.end)
    });
    out.extend(found);
    out.sort_by_key(|f| f.span.start);
}

/// The byte ranges of the text's lines, without their line breaks (the pieces of
/// `s.split('\n')`, their breaks found with the vectorised memchr).
pub(super) fn line_spans(s: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', s.as_bytes())
        .chain(std::iter::once(s.len()))
        .map(move |end| {
            let r = start..end;
            start = end + 1;
            r
        })
}

/// The scale and currency a short bracket on a heading or a line closing on ":" gives:
/// "(in billions of euros)", "(en milliards d'euros)", "($bn)", "(Md€)".
fn heading_unit(line: &str) -> Option<(f64, &'static str)> {
    // (A title in bold or italics: "**Tableau 1 – … (en millions d'euros)**".)
    let t = line.trim().trim_matches(['*', '_']).trim();
    // A long title is one when its unit closes it.
    let heading = t.starts_with('#') || t.ends_with(':') || t.len() <= 80 || t.ends_with(')');
    // A web page's table caption opening on its unit, however long: "En millions d'euros –
    // comptes consolidés non audités, …".
    let opens = |p: &str| t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    // (The unit right after: "In 2025 Nvidia earned $130bn" opens on no unit.)
    let caption = ["en ", "in ", "amounts in ", "montants en "]
        .iter()
        .find(|p| opens(p))
        .is_some_and(|p| {
            let next = t[p.len()..].split([' ', '\'', '’']).next().unwrap_or("");
            [
                "millions",
                "milliards",
                "milliers",
                "billions",
                "thousands",
                "euros",
                "dollars",
                "$",
                "€",
                "£",
                "us$",
                "m€",
                "k€",
            ]
            .iter()
            .any(|w| next.eq_ignore_ascii_case(w))
        });
    // (A table's header row gives its columns' units, not one for the whole table.)
    // (Nor does a header row parted by tabs or runs of spaces.)
    if !(heading || caption) || t.starts_with('|') || t.contains('\t') || t.contains("   ") {
        return None;
    }
    if caption {
        let end = t.find(['–', '—', ',', ';', '(', ':']).unwrap_or(t.len());
        let end = t[..end].find(" - ").unwrap_or(end);
        if let Some(u) = bracket_unit(t[..end].trim_end_matches('.')) {
            return Some(u);
        }
    }
    if !heading {
        return None;
    }
    let open = t.rfind('(')?;
    let close = open + t[open..].find(')')?;
    bracket_unit(&t[open + 1..close])
}

/// The money unit a table's caption gives in brackets ("Tableau 1 – Principaux agrégats (en
/// milliers d'euros)").
pub(super) fn caption_unit(line: &str) -> Option<(FigureKind, &'static str, f64)> {
    heading_unit(line).map(|(scale, unit)| (FigureKind::Money, unit, scale))
}

/// The scale a table's corner cell gives without a currency ("(in millions)", "en milliers").
pub(super) fn bare_scale(cell: &str) -> Option<f64> {
    let t = crate::text::lower(cell.trim().trim_start_matches('(').trim_end_matches(')'));
    let t = t
        .strip_prefix("in ")
        .or_else(|| t.strip_prefix("en "))
        .unwrap_or(&t);
    match t.trim() {
        "thousands" | "milliers" => Some(1e3),
        "millions" => Some(1e6),
        "billions" | "milliards" => Some(1e9),
        _ => None,
    }
}

/// The scale and currency a short text names ("in billions of euros", "$bn", "Md€").
fn bracket_unit(text: &str) -> Option<(f64, &'static str)> {
    let inner = crate::text::lower(text);
    if inner.len() > 40 {
        return None;
    }
    let has = |w: &[&str]| w.iter().any(|x| inner.contains(x));
    // "(M USD)", "(en M FCFA)": a scale letter standing as a word of its own.
    let word = |w: &str| inner.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
    let scale = if has(&[
        "trillion", "billion", "milliard", "bn", "md", "mrd", "$b", "€b", "£b",
    ]) {
        if has(&["trillion"]) { 1e12 } else { 1e9 }
    } else if has(&["million", "mn", "m€", "m$", "$m", "€m", "£m"]) || word("m") {
        1e6
    } else if has(&["milliers", "thousand", "k€", "k$", "$k", "€k", "£k"]) || word("keur") {
        1e3
    } else if matches!(
        inner
            .trim()
            .trim_start_matches("en ")
            .trim_start_matches("in "),
        "euros" | "€" | "eur" | "dollars" | "us dollars" | "$" | "us$" | "usd"
    ) || inner.split(',').next().is_some_and(|c| {
        matches!(
            c.trim(),
            "nz$" | "a$" | "c$" | "s$" | "hk$" | "us$" | "€" | "$" | "£"
        )
    }) {
        // "(en euros)", "(NZ$, excl. GST)": amounts written out in full.
        1.0
    } else {
        return None;
    };
    // A dollar's country first: "NZ$", "A$", "C$", "S$", "HK$".
    let dollar = ["nz$", "a$", "au$", "c$", "ca$", "s$", "hk$"]
        .iter()
        .zip(["NZD", "AUD", "AUD", "CAD", "CAD", "SGD", "HKD"])
        .find(|(q, _)| {
            inner
                .match_indices(**q)
                .any(|(k, _)| !inner[..k].ends_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(_, iso)| iso);
    let unit = if let Some(iso) = dollar {
        iso
    } else if has(&["euro", "€", "eur"]) {
        "EUR"
    } else if has(&["dollar", "$", "usd"]) {
        "USD"
    } else if has(&["£", "pound", "livre", "gbp"]) {
        "GBP"
    } else if has(&["yuan", "cny", "rmb"]) {
        "CNY"
    } else if has(&["yen", "¥", "jpy"]) {
        "JPY"
    } else if has(&["ariary"]) || word("ar") || word("mga") {
        "MGA"
    } else if has(&["fcfa", "francs cfa"]) {
        "XOF"
    } else if has(&["dong", "vnd"]) {
        "VND"
    } else {
        return None;
    };
    Some((scale, unit))
}

/// The item's amount: its last number, standing alone (after ":" or in the last table cell),
/// not a year.
fn item_amount(
    s: &str,
    line: std::ops::Range<usize>,
    lang: Lang,
    scale: f64,
    unit: &'static str,
) -> Option<FigureHit> {
    let t = &s[line.clone()];
    let b = t.as_bytes();
    // The last digit run of the line, back to its start.
    let end = b.iter().rposition(u8::is_ascii_digit)? + 1;
    let mut start = end;
    while start > 0 && (b[start - 1].is_ascii_digit() || matches!(b[start - 1], b'.' | b',')) {
        start -= 1;
    }
    while !b[start].is_ascii_digit() {
        start += 1;
    }
    // Standing alone: after ":" or a cell border, and nothing but a cell border after it.
    let lead = t[..start].trim_end();
    let tail = t[end..].trim();
    let alone = (lead.ends_with(':') || lead.ends_with('|')) && (tail.is_empty() || tail == "|");
    if !alone {
        return None;
    }
    let num = parse_digits(s, line.start + start, lang)?;
    if num.end != line.start + end || num.year_like {
        return None;
    }
    counted(&num, FigureKind::Money, scale, unit)
}

/// The kind, unit and multiplier a column header gives, if any ("Capacity (MW)", "GPU",
/// "Coût (Md€)").
pub(super) fn column_unit(header: &str) -> Option<(FigureKind, &'static str, f64)> {
    let h = crate::text::lower(header);
    let words: Vec<&str> = h
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(&["mw", "megawatts", "mégawatts"]) {
        Some((FigureKind::Power, "W", 1e6))
    } else if has(&["gw", "gigawatts"]) {
        Some((FigureKind::Power, "W", 1e9))
    } else if has(&[
        "gpu",
        "gpus",
        "puces",
        "processeurs",
        "accélérateurs",
        "accelerators",
        "chips",
        "processors",
    ]) {
        Some((FigureKind::Chips, "chips", 1.0))
    } else {
        // "Coût (Md€)": a money column.
        heading_unit(header).map(|(scale, unit)| (FigureKind::Money, unit, scale))
    }
}

/// The money unit a table's corner cell gives alone ("$m", "€bn", "(£m)", "In $m", "M€").
pub(super) fn corner_unit(cell: &str) -> Option<(FigureKind, &'static str, f64)> {
    let t = cell.trim().trim_start_matches('(').trim_end_matches(')');
    let t = t
        .strip_prefix("in ")
        .or_else(|| t.strip_prefix("In "))
        .or_else(|| t.strip_prefix("en "))
        .or_else(|| t.strip_prefix("En "))
        .unwrap_or(t);
    if t.is_empty() || t.len() > 12 {
        return None;
    }
    bracket_unit(t).map(|(scale, unit)| (FigureKind::Money, unit, scale))
}

/// The cells of a line aligned with spaces ("EBITDA ajusté      251,3      180,6"): the runs
/// of text between gaps of two spaces or more, when there is such a gap after the line's
/// first word (or between tabs); none otherwise.
pub(super) fn aligned_cells(s: &str, line: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let t = &s[line.clone()];
    // "Systèmes de calcul et de stockage\t790": a table pasted with tabs.
    if crate::text::table::is_tab_row(t) {
        return crate::text::table::tab_cells(s, line);
    }
    let lead = t.len() - t.trim_start().len();
    if !t[lead..].trim_end().contains("  ") {
        return Vec::new();
    }
    let mut cells = Vec::new();
    let mut at = lead;
    let end = t.trim_end().len();
    while at < end {
        let gap = t[at..end].find("  ").map_or(end, |k| at + k);
        cells.push(line.start + at..line.start + gap);
        at = gap;
        while at < end && t.as_bytes()[at] == b' ' {
            at += 1;
        }
    }
    cells
}

/// The cell's number, when the cell holds nothing else (spaces aside) and is no year: a
/// figure of the kind and unit its column or caption gives ("684,2", not "2025" nor
/// "+31,0 %").
pub(super) fn bare_number(
    s: &str,
    cell: std::ops::Range<usize>,
    lang: Lang,
    (kind, unit, mult): (FigureKind, &'static str, f64),
) -> Option<FigureHit> {
    let t = &s[cell.clone()];
    // "**2,400**": a total row's bold marks are no part of the number.
    let lead = t.len() - t.trim_start_matches([' ', '*']).len();
    let at = cell.start + lead;
    if !s[at..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let num = parse_digits(s, at, lang)?;
    if s.get(num.end..cell.end)
        .is_none_or(|t| !t.trim().trim_matches('*').is_empty())
        || num.year_like
    {
        return None;
    }
    counted(&num, kind, mult, unit)
}

/// The figure a bare number makes once a unit given elsewhere (a heading, a column header)
/// scales it: counted in totals, linked to nothing.
pub(super) fn counted(
    num: &Num,
    kind: FigureKind,
    scale: f64,
    unit: &'static str,
) -> Option<FigureHit> {
    let value = num.mant * scale / num.div;
    value.is_finite().then(|| FigureHit {
        span: num.start..num.end,
        kind,
        value,
        value_min: None,
        value_max: None,
        unit: unit.to_string(),
        in_totals: true,
        link: None,
    })
}

mod key_figures;
#[cfg(test)]
mod tests;
