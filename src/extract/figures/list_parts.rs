//! The items of a list under a line that gives their total ("The £170 million will fund five
//! centres:" then "- Manchester: £31 million …"): each item's amount of that unit is a part of
//! the total, whether or not the items add up to it.

use super::breakdown::list_line;
use crate::extract::{FigureHit, Link, LinkKind};

/// How far back (bytes) from an item the list's opening line is looked for.
const REACH: usize = 2000;

/// Marks as parts the amounts on list lines whose list opens on a line ending with a colon
/// that holds a larger amount of the same kind and unit.
pub fn mark(s: &str, figs: &mut [FigureHit]) {
    // Most texts have no list opened by a colon: checked once.
    if !s.contains(":\n") && !s.contains(": \n") {
        return;
    }
    for j in 0..figs.len() {
        let f = &figs[j];
        if !f.in_totals || f.link.is_some() || !list_line(s, f.span.start) {
            continue;
        }
        let Some(intro) = opening_line(s, f.span.start) else {
            continue;
        };
        // The largest amount of the unit on the opening line.
        let lo = figs.partition_point(|p| p.span.start < intro.start);
        let whole = (lo..j)
            .take_while(|&p| figs[p].span.end <= intro.end)
            .filter(|&p| {
                let p = &figs[p];
                p.kind == f.kind && p.unit == f.unit && p.value > f.value
            })
            .max_by(|&a, &b| figs[a].value.total_cmp(&figs[b].value));
        if let Some(of) = whole {
            figs[j].in_totals = false;
            figs[j].link = Some(Link {
                of,
                how: LinkKind::Part,
            });
        }
    }
}

/// The line that opens the list holding `at`, when it ends with a colon: the first line above
/// the list's items (blank lines aside) that is no item, within [`REACH`].
fn opening_line(s: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let floor = s.floor_char_boundary(at.saturating_sub(REACH));
    let mut end = s[..at].rfind('\n')?;
    loop {
        if end < floor {
            return None;
        }
        let start = s[..end].rfind('\n').map_or(0, |i| i + 1);
        let line = s[start..end].trim();
        if !line.is_empty() && !list_line(s, end) {
            return line.ends_with(':').then_some(start..end);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
}
