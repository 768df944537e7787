//! Detail rows of a table: a row whose label opens with "dont" / "of which" ("| dont cloud
//! privé | 354 M€ | 328 M€ |") holds parts of the amounts in the same columns of the row it
//! details.

use crate::extract::{FigureHit, Link, LinkKind};
use crate::text::table;

/// Marks each amount of a detail row as a part of the amount in its column of the row above
/// it details (same kind and unit, larger).
pub fn mark(s: &str, figs: &mut [FigureHit]) {
    if !table::any_rows(s) {
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
        let Some(col) = table::column_of(s, row.clone(), figs[j].span.start) else {
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
