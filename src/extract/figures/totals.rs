//! The `in_totals` flag: a figure that restates another ("380 milliards de yuans (environ 53
//! milliards de dollars)", "£20bn ($25bn)", "soit X", "or about $X") or is a part of it
//! ("dont 15 milliards", "of which $4bn", "including $3bn for") is kept out of sums.

use super::changes::{changed_to, compared, dated, mark_changes};
use super::context::{self, Marker};
use super::shares::{
    REST_BEFORE, SHARE_AFTER, WHOLE_AFTER, alone_before, clause_opens_share, colon_after,
    inclusion_sentence, part_opening_sentence, share_named_before, stage_amount, stage_sentence,
};
use crate::extract::{FigureHit, FigureKind};
use crate::extract::{Link, LinkKind, amount_words};
use crate::text;

/// Longest gap (bytes) between a figure and the opening parenthesis of its restatement.
const PAREN_GAP: usize = 40;
/// Longest gap between a figure and a part or restatement of it.
const SENTENCE_GAP: usize = 300;

/// Sets `in_totals = false` on restatements and parts; the others stay true.
pub fn mark(s: &str, figs: &mut [FigureHit]) {
    mark_changes(s, figs);
    // Where the qualifiers before each figure start: read once, for totals and for markers.
    let skips: Vec<(usize, bool)> = figs
        .iter()
        .map(|f| context::skip_qualifiers_back(s, f.span.start))
        .collect();
    super::running::mark_totals(s, figs, &skips);
    for j in 1..figs.len() {
        let Some((marker, mstart, qualified)) = context::marker_before_skipped(s, skips[j])
            .or_else(|| context::part_clause_before(s, figs[j].span.start))
        else {
            mark_part_without_marker(s, figs, j);
            continue;
        };
        if compared(s, mstart, &figs[j]) {
            continue;
        }
        // Only a figure near enough can be restated (see `same_sentence` below): the search
        // starts there, not at the top of the text.
        let lo = near_from(figs, j, mstart.saturating_sub(SENTENCE_GAP));
        let Some(mut p) = figs[lo..j]
            .iter()
            .rposition(|p| p.kind == figs[j].kind)
            .map(|p| lo + p)
        else {
            continue;
        };
        // The reach is read from the nearest figure of the kind, the value when skipped.
        let near_end = figs[p].span.end;
        // "raising $20bn. The round would value it at $200bn. Of the total, $12.5bn …": a
        // value has no parts; the part is of the amount before it, when near.
        if marker == Marker::Part
            && amount_words::valuation_before(s, figs[p].span.start)
            && let Some(q) = figs[..p].iter().rposition(|q| {
                q.kind == figs[j].kind && q.span.end + SENTENCE_GAP >= figs[p].span.start
            })
            && !amount_words::valuation_before(s, figs[q].span.start)
        {
            p = q;
        }
        // "220 millions d'euros (environ 240 millions de dollars). Le tour comprend 180
        // millions": a part is of the amount a conversion restates, not of the conversion.
        if marker == Marker::Part
            && let Some(l) = figs[p].link.filter(|l| l.how == LinkKind::Restates)
            && figs[l.of].unit == figs[j].unit
        {
            p = l.of;
        }
        let prev = &figs[p];
        let max = if marker == Marker::Paren {
            PAREN_GAP
        } else {
            SENTENCE_GAP
        };
        // "… un plan de 2 milliards. Dont 500 millions …": a part may open the next sentence.
        let mut reach = match marker {
            Marker::Part => part_opening_sentence(s, mstart).unwrap_or(mstart),
            _ => mstart,
        };
        // A verb of inclusion with no amount before it in its sentence: the whole is a larger
        // amount of the same unit in the sentence before.
        if marker == Marker::Part
            && let Some(stop) = inclusion_sentence(s, mstart)
            && near_end <= stop
            && prev.unit == figs[j].unit
            && prev.value > figs[j].value
        {
            reach = stop;
        }
        if !context::same_sentence(s, near_end, reach, max) {
            // "… 10 milliards. Le premier tiers, soit 3,3 milliards, …": a marker with nothing
            // before it in its sentence may still stand after a stage or a share.
            mark_part_without_marker(s, figs, j);
            continue;
        }
        let restates = match marker {
            Marker::Part | Marker::Restate | Marker::Paren => true,
            Marker::Or => qualified || prev.unit != figs[j].unit,
        };
        if restates {
            figs[j].in_totals = false;
            let how = match marker {
                Marker::Part => LinkKind::Part,
                _ => LinkKind::Restates,
            };
            figs[j].link = Some(Link { of: p, how });
        }
    }
    super::running::mark_totals_after(s, figs);
    super::detail_rows::mark(s, figs);
    super::breakdown::complete(s, figs);
    super::breakdown::complete_before(s, figs);
    super::sums::complete_lists(s, figs);
    super::sums::complete_columns(s, figs);
    super::sums::complete_joined(s, figs);
    super::list_parts::mark(s, figs);
}

/// Parts that no marker word announces: a breakdown after a colon ("920 milliards : 70
/// milliards en 2022, 260 milliards …"), the next item of a list of parts ("including $39bn
/// for X and $11bn for Y"), and a share of a total given before ("$30bn of the total", "the
/// remaining $10bn").
fn mark_part_without_marker(s: &str, figs: &mut [FigureHit], j: usize) {
    let f = &figs[j];
    // Figures ending more than `max` bytes before `f` are never in its sentence's reach: each
    // search starts at the first that may be (linear over a text, not quadratic).
    let same_kind_before = |max: usize| {
        let lo = near_from(figs, j, f.span.start.saturating_sub(max));
        figs[lo..j]
            .iter()
            .rposition(|p| {
                p.kind == f.kind && context::same_sentence(s, p.span.end, f.span.start, max)
            })
            .map(|p| lo + p)
    };
    // A breakdown after "<total> :".
    let lo = near_from(figs, j, f.span.start.saturating_sub(300));
    let colon = figs[lo..j]
        .iter()
        .rposition(|p| {
            p.kind == f.kind
                && colon_after(s, p.span.end)
                && context::same_sentence(s, p.span.end, f.span.start, 300)
        })
        .map(|p| lo + p);
    // The next item of a list whose first item is a part; a valuation after the parts
    // ("dont 1,3 milliard apportés par X, pour une valorisation de 11,7 milliards") is none.
    let listed = same_kind_before(80).filter(|&p| {
        figs[p]
            .link
            .is_some_and(|l| l.how == LinkKind::Part && l.of != j)
            && !amount_words::valuation_before(s, f.span.start)
            && {
                text::with_lower(&s[figs[p].span.end..f.span.start], |gap| {
                    [" and ", " et ", ", "].iter().any(|w| gap.contains(w))
                })
            }
    });
    let after = s[f.span.end..]
        .get(..24.min(s.len() - f.span.end))
        .unwrap_or_default();
    // Read only when no colon or list gives the whole.
    // "to $93bn, from $85bn previously": the figure it replaces.
    // "expand its investment to $65bn from $40bn": the amount a change replaces, when no date
    // makes it another period's fact ("to $35bn from $29bn a year earlier").
    let replaced = || {
        let from = crate::text::with_lower_tail(s, f.span.start, 14, |before| {
            // (A currency sign may stand between.)
            let before = before.trim_end_matches(|c: char| !c.is_alphanumeric());
            before.ends_with(" from") || before.ends_with(" contre")
        });
        from && ([" previously", " earlier", " auparavant", " précédemment"]
            .iter()
            .any(|w| after.starts_with(w))
            || (changed_to(s, figs, j) && !dated(after)))
    };
    // "6.6 gigawatts by 2034, up from less than 300 megawatts today", "porté à 33 000 GPU
    // contre 26 000": a capacity or a fleet grows, and the amount it had is part of the new one
    // (money in another year is another year's fact).
    let grown_from = || {
        matches!(f.kind, FigureKind::Power | FigureKind::Chips)
            && crate::text::with_lower_tail(s, f.span.start, 40, |before| {
                let before = before.trim_end_matches(|c: char| !c.is_alphanumeric());
                let before = [
                    "less than",
                    "more than",
                    "about",
                    "around",
                    "roughly",
                    "some",
                    "près de",
                    "environ",
                ]
                .iter()
                .find_map(|q| before.strip_suffix(q))
                .unwrap_or(before)
                .trim_end();
                before.ends_with(" from") || before.ends_with(" contre")
            })
    };
    let share = || {
        replaced()
            || grown_from()
            || SHARE_AFTER
                .iter()
                .chain(WHOLE_AFTER)
                .any(|w| after.starts_with(w))
            || clause_opens_share(s, f.span.start)
            || alone_before(s, f.span.start)
            // "will deploy 50,000 of the chips": a share of the count given before.
            // (Each word opens on a space: tried at the amount's few spaces only.)
            || {
                let span = s[f.span.clone()].as_bytes();
                memchr::memchr_iter(b' ', span).any(|i| {
                    [" of the ", " of those ", " de ces "]
                        .iter()
                        .any(|w| span[i..].starts_with(w.as_bytes()))
                })
            }
            || crate::text::with_lower_tail(s, f.span.start, 64, |before| {
                REST_BEFORE
                    .iter()
                    .any(|w| before.ends_with(w) && *w != "les")
                    || (before.ends_with(" les") && after.starts_with(" restant"))
                    || share_named_before(before)
            })
    };
    let whole = if let Some(p) = colon {
        Some(p)
    } else if let Some(p) = listed {
        figs[p].link.map(|l| l.of)
    } else if share() || stage_amount(s, f) || stage_sentence(s, f.span.start) {
        // The nearest larger amount of the same unit given before, in the paragraph (or the
        // one before, for a paragraph opening on "Of the total, …").
        let from = f.span.start.saturating_sub(1500);
        let para =
            memchr::memrchr(b'\n', &s.as_bytes()[from..f.span.start]).map_or(from, |i| from + i);
        let named_total = WHOLE_AFTER.iter().any(|w| after.starts_with(w))
            || crate::text::with_lower_tail(s, f.span.start, 32, share_named_before);
        // (A stage's sentence may open the paragraph after the whole's.)
        let para = if named_total
            || clause_opens_share(s, f.span.start)
            || stage_sentence(s, f.span.start)
        {
            let b = s.as_bytes()[from..para].trim_ascii_end();
            memchr::memrchr(b'\n', b).map_or(from, |i| from + i)
        } else {
            para
        };
        let lo = figs[..j].partition_point(|p| p.span.start < para);
        figs[lo..j]
            .iter()
            .rposition(|p| {
                p.kind == f.kind && p.unit == f.unit && p.value > f.value && !valuation_near(s, p)
            })
            .map(|p| lo + p)
    } else {
        None
    };
    if let Some(of) = whole {
        figs[j].in_totals = false;
        figs[j].link = Some(Link {
            of,
            how: LinkKind::Part,
        });
    }
}

/// The first of `figs[..j]` ending at or after `from` (figures are sorted and disjoint, so their
/// ends are sorted too).
fn near_from(figs: &[FigureHit], j: usize, from: usize) -> usize {
    figs[..j].partition_point(|p| p.span.end < from)
}

/// A valuation is no total that money is a share of ("valued at $300bn").
fn valuation_near(s: &str, f: &FigureHit) -> bool {
    let near = text::around(s, f.span.start.saturating_sub(40), f.span.end + 12);
    text::with_lower(near, amount_words::says_valuation)
}

#[cfg(test)]
pub(super) mod tests;
