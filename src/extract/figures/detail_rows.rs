//! Detail rows of a table: a row whose label opens with "dont" / "of which" ("| dont cloud
//! privé | 354 M€ | 328 M€ |") holds parts of the amounts in the same columns of the row it
//! details.

use crate::extract::{FigureHit, Link, LinkKind};
use crate::text::table;

/// Marks each amount of a detail row as a part of the amount in its column of the row above
/// it details (same kind and unit, larger).
pub fn mark(s: &str, figs: &mut [FigureHit]) {
    // Tables are rare: the text is searched for a bar once.
    if memchr::memchr(b'|', s.as_bytes()).is_none() {
        return;
    }
    for j in 0..figs.len() {
        if !figs[j].in_totals || figs[j].link.is_some() {
            continue;
        }
        let Some((row, above)) = table::row_and_detailed(s, figs[j].span.start) else {
            continue;
        };
        if row == above {
            continue;
        }
        let column = |at: usize, line: &std::ops::Range<usize>| {
            table::cells(s, line.clone())
                .iter()
                .position(|c| c.start <= at && at < c.end)
        };
        let Some(col) = column(figs[j].span.start, &row) else {
            continue;
        };
        let Some(cell) = table::cells(s, above.clone()).get(col).cloned() else {
            continue;
        };
        let whole = figs[..j].iter().rposition(|p| {
            cell.start <= p.span.start
                && p.span.end <= cell.end
                && p.kind == figs[j].kind
                && p.unit == figs[j].unit
                && p.value > figs[j].value
        });
        if let Some(p) = whole {
            figs[j].in_totals = false;
            figs[j].link = Some(Link {
                of: p,
                how: LinkKind::Part,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::figures::totals::tests::flags;

    #[test]
    fn a_detail_row_holds_parts_of_the_row_above() {
        let got = flags(
            "| M€ | S1 2026 | S1 2025 |\n|---|---:|---:|\n| Chiffre d'affaires | 561 M€ | 515 M€ \
             |\n| dont cloud privé | 354 M€ | 328 M€ |\n| dont cloud public | 108 M€ | 92 M€ |\n| \
             EBITDA | 228 M€ | 206 M€ |\n",
        );
        let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
        assert_eq!(
            flat,
            vec![true, true, false, false, false, false, true, true],
            "{got:?}"
        );
    }
}
