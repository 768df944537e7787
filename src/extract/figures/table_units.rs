//! Amounts whose unit a table's column header gives: "| Site | Capacity (MW) |" then
//! "| Abilene | 1,200 |", or "| Pays | Processeurs |" then "| France | 120 000 |", or its
//! corner cell ("| $m | FY25 |"). Each bare number of such a column is a figure in that unit.

use crate::extract::{FigureHit, FigureKind};
use crate::text::{Lang, table};

/// Adds to `out` (sorted, disjoint) the bare numbers of table columns whose header gives a
/// unit.
pub fn add(s: &str, lang: Lang, out: &mut Vec<FigureHit>) {
    let (tabs, spaces, bars) = (
        memchr::memchr(b'\t', s.as_bytes()).is_some(),
        memchr::memmem::find(s.as_bytes(), b"   ").is_some(),
        memchr::memmem::find(s.as_bytes(), b"| ").is_some(),
    );
    if !(tabs || spaces || bars) {
        return;
    }
    let currency = text_currency(out);
    if tabs {
        add_tab_separated(s, lang, currency, out);
    }
    if spaces {
        add_space_aligned(s, lang, currency, out);
    }
    if !bars {
        return;
    }
    let lines: Vec<_> = super::list_units::line_spans(s).collect();
    let table_line = |r: &std::ops::Range<usize>| table::is_row(&s[r.clone()]);
    let rule_line = |r: &std::ops::Range<usize>| table::is_rule(&s[r.clone()]);
    let blank = |r: &std::ops::Range<usize>| s[r.clone()].trim().is_empty();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        if !table_line(&lines[i]) {
            i += 1;
            continue;
        }
        // A Markdown table's header stands over a rule; a web page's table, rendered a row a
        // paragraph, has no rule: its header is a row without digits over rows.
        let ruled = rule_line(&lines[i + 1]);
        let header = table::cells(s, lines[i].clone());
        let next_row = (i + 1..lines.len()).find(|&k| !blank(&lines[k]));
        let unruled = !ruled
            && table::unruled_header(s, lines[i].clone())
            && next_row.is_some_and(|k| table_line(&lines[k]) && !rule_line(&lines[k]));
        if !(ruled || unruled) {
            i += 1;
            continue;
        }
        let around = Around::of(s, &lines, i, currency);
        let units = header_units(s, &header, around, true);
        let mut k = if ruled { i + 2 } else { i + 1 };
        while k < lines.len() {
            if unruled && blank(&lines[k]) {
                k += 1;
                continue;
            }
            if !table_line(&lines[k]) {
                break;
            }
            for (col, cell) in table::cells(s, lines[k].clone()).into_iter().enumerate() {
                let Some(Some(unit)) = units.get(col) else {
                    continue;
                };
                if let Some(f) = super::list_units::bare_number(s, cell.clone(), lang, *unit) {
                    found.push(f);
                } else {
                    scale_signed_cell(s, cell, *unit, out);
                }
            }
            k += 1;
        }
        i = k.max(i + 1);
    }
    super::list_units::add_uncovered(out, found);
}

/// "| $ 2,140 |" under "(in millions)": a cell's amount with its sign but no scale word of its
/// own takes the header's scale (a filing's table sets "$" apart in the cell).
fn scale_signed_cell(s: &str, cell: std::ops::Range<usize>, unit: Unit, out: &mut [FigureHit]) {
    let (FigureKind::Money, _, scale) = unit else {
        return;
    };
    if scale <= 1.0 {
        return;
    }
    let first = out.partition_point(|f| f.span.start < cell.start);
    let Some(f) = out.get_mut(first) else { return };
    if f.span.end > cell.end
        || f.kind != FigureKind::Money
        || s[f.span.clone()].contains(|c: char| c.is_alphabetic())
        || !s[cell.start..f.span.start]
            .trim_matches([' ', '*'])
            .is_empty()
        || !s[f.span.end..cell.end].trim_matches([' ', '*']).is_empty()
    {
        return;
    }
    // (A row of per-share amounts keeps its dollars: "(in millions, except per share data)";
    // read only for a cell that would be scaled.)
    let row = crate::text::lower(&s[crate::text::table::line_at(s, cell.start)]);
    if ["per share", "par action", "eps", "bpa"]
        .iter()
        .any(|w| row.contains(w))
    {
        return;
    }
    f.value *= scale;
    f.value_min = f.value_min.map(|v| v * scale);
    f.value_max = f.value_max.map(|v| v * scale);
}

/// The units of a header row's cells: their own, or the corner cell's for the columns after it.
/// `around`: what the table's surroundings give, its caption's unit and the text's currency.
fn header_units(
    s: &str,
    header: &[std::ops::Range<usize>],
    around: Around,
    first_is_label: bool,
) -> Vec<Option<Unit>> {
    // "| $m | Q3 FY25 | Consensus |": the corner cell gives the unit of every column that gives
    // none of its own; "| (in millions) | Fiscal 2026 |" gives a scale in the text's currency;
    // a caption above the table gives one to the whole table.
    let corner = header.first().and_then(|c| {
        let c = &s[c.clone()];
        super::list_units::corner_unit(c).or_else(|| {
            let scale = super::list_units::bare_scale(c)?;
            Some((FigureKind::Money, around.currency?, scale))
        })
    });
    let fill = corner.or(around.caption);
    header
        .iter()
        .enumerate()
        .map(|(k, c)| {
            super::list_units::column_unit(&s[c.clone()])
                .or(fill.filter(|_| k > 0 || !first_is_label))
        })
        .collect()
}

/// What a table's surroundings say of its unit.
#[derive(Clone, Copy)]
struct Around {
    /// The unit its caption gives in brackets, on the line above its header (or the one
    /// above a blank line).
    caption: Option<Unit>,
    /// The text's currency: the unit of most of its money figures.
    currency: Option<&'static str>,
}

impl Around {
    fn of(
        s: &str,
        lines: &[std::ops::Range<usize>],
        header: usize,
        currency: Option<&'static str>,
    ) -> Self {
        let mut caption = None;
        let mut k = header;
        for _ in 0..2 {
            let Some(up) = k.checked_sub(1) else { break };
            k = up;
            let t = s[lines[k].clone()].trim();
            if !t.is_empty() {
                caption = super::list_units::caption_unit(t);
                break;
            }
        }
        Around { caption, currency }
    }
}

/// The currency of at least two thirds of the money figures in `out`, when there are two or more.
fn text_currency(out: &[FigureHit]) -> Option<&'static str> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for f in out.iter().filter(|f| f.kind == FigureKind::Money) {
        *counts.entry(f.unit.as_str()).or_default() += 1;
    }
    let total: usize = counts.values().sum();
    let (&top, &n) = counts.iter().max_by_key(|(_, n)| **n)?;
    (n >= 2 && 3 * n >= 2 * total)
        .then(|| {
            super::currency::ISO_UPPER
                .iter()
                .copied()
                .find(|c| *c == top)
        })
        .flatten()
}

type Unit = (FigureKind, &'static str, f64);

/// A table pasted as tab-separated lines ("Projet\tCapacité (MW)\tInvestissement (M USD)",
/// then "Campus Bình Dương\t80\t640"): its first line is the header, every line after it
/// with as many cells a row.
fn add_tab_separated(
    s: &str,
    lang: Lang,
    currency: Option<&'static str>,
    out: &mut Vec<FigureHit>,
) {
    let lines: Vec<_> = super::list_units::line_spans(s).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        let row = |r: &std::ops::Range<usize>| table::is_tab_row(&s[r.clone()]);
        if !(row(&lines[i]) && row(&lines[i + 1])) {
            i += 1;
            continue;
        }
        let header = table::tab_cells(s, lines[i].clone());
        let units = header_units(s, &header, Around::of(s, &lines, i, currency), true);
        let mut k = i + 1;
        while k < lines.len() && row(&lines[k]) {
            let cells = table::tab_cells(s, lines[k].clone());
            if cells.len() == header.len() {
                for (cell, unit) in cells.into_iter().zip(&units) {
                    if let Some(unit) = unit
                        && let Some(f) = super::list_units::bare_number(s, cell, lang, *unit)
                    {
                        found.push(f);
                    }
                }
            }
            k += 1;
        }
        i = k;
    }
    super::list_units::add_uncovered(out, found);
}

/// A table aligned with spaces ("Project    Sponsor    Capacity (MW)    Cost (US$ million)",
/// then a row per line): its first line is the header when it gives a column a unit, and each
/// row's cell takes the column of the header cell it overlaps most (a row may leave a cell
/// blank, as a "Total" row does).
fn add_space_aligned(
    s: &str,
    lang: Lang,
    currency: Option<&'static str>,
    out: &mut Vec<FigureHit>,
) {
    let lines: Vec<_> = super::list_units::line_spans(s).collect();
    let col = |line: &std::ops::Range<usize>, at: usize| s[line.start..at].chars().count();
    let columns = |line: &std::ops::Range<usize>| -> Vec<(usize, usize, std::ops::Range<usize>)> {
        // (A row parted by tabs is read by its cells' order, not their place.)
        if table::is_tab_row(&s[line.clone()]) {
            return Vec::new();
        }
        super::list_units::aligned_cells(s, line.clone())
            .into_iter()
            .map(|c| (col(line, c.start), col(line, c.end), c))
            .collect()
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < lines.len() {
        let header = columns(&lines[i]);
        // A header indented past the rows' labels ("      2024     2025") has no label cell.
        let first_is_label = header.first().is_some_and(|h| h.0 == 0);
        let units = header_units(
            s,
            &header.iter().map(|h| h.2.clone()).collect::<Vec<_>>(),
            Around::of(s, &lines, i, currency),
            first_is_label,
        );
        if header.len() < 3 || units.iter().all(Option::is_none) {
            i += 1;
            continue;
        }
        let mut k = i + 1;
        while k < lines.len() {
            let row = columns(&lines[k]);
            if row.len() < 2 {
                break;
            }
            for (a, b, cell) in row {
                // The header cell this one overlaps most.
                let overlap = |h: &(usize, usize, std::ops::Range<usize>)| {
                    b.min(h.1.max(h.0 + 1)).saturating_sub(a.max(h.0))
                };
                let best = (0..header.len())
                    .max_by_key(|&h| overlap(&header[h]))
                    .filter(|&h| overlap(&header[h]) > 0);
                if let Some(Some(unit)) = best.map(|h| &units[h])
                    && let Some(f) = super::list_units::bare_number(s, cell, lang, *unit)
                {
                    found.push(f);
                }
            }
            k += 1;
        }
        i = k.max(i + 1);
    }
    super::list_units::add_uncovered(out, found);
}

#[cfg(test)]
mod tests;
