//! The `in_totals` flag: a figure that restates another ("380 milliards de yuans (environ 53
//! milliards de dollars)", "£20bn ($25bn)", "soit X", "or about $X") or is a part of it
//! ("dont 15 milliards", "of which $4bn", "including $3bn for") is kept out of sums.

use super::changes::{changed_to, compared, dated, mark_changes};
use super::context::{self, Marker};
use super::shares::{
    REST_BEFORE, SHARE_AFTER, WHOLE_AFTER, clause_opens_share, colon_after, inclusion_sentence,
    part_opening_sentence, stage_amount,
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
    mark_totals(s, figs, &skips);
    for j in 1..figs.len() {
        let Some((marker, mstart, qualified)) = context::marker_before_skipped(s, skips[j]) else {
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
    super::breakdown::complete(s, figs);
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
            // "will deploy 50,000 of the chips": a share of the count given before.
            || [" of the ", " of those ", " de ces "]
                .iter()
                .any(|w| s[f.span.clone()].contains(w))
            || crate::text::with_lower_tail(s, f.span.start, 32, |before| {
                REST_BEFORE
                    .iter()
                    .any(|w| before.ends_with(w) && *w != "les")
                    || (before.ends_with(" les") && after.starts_with(" restant"))
            })
    };
    let whole = if let Some(p) = colon {
        Some(p)
    } else if let Some(p) = listed {
        figs[p].link.map(|l| l.of)
    } else if share() || stage_amount(s, f) {
        // The nearest larger amount of the same unit given before, in the paragraph (or the
        // one before, for a paragraph opening on "Of the total, …").
        let from = f.span.start.saturating_sub(1500);
        let para =
            memchr::memrchr(b'\n', &s.as_bytes()[from..f.span.start]).map_or(from, |i| from + i);
        let named_total = WHOLE_AFTER.iter().any(|w| after.starts_with(w));
        let para = if named_total || clause_opens_share(s, f.span.start) {
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

/// Words right before an amount that make it the total of the amounts before it in its
/// sentence ("bringing its total commitment to $8bn", "portant le total à 10 milliards").
const TOTAL_BEFORE: &[&str] = &[
    "total commitment to",
    "total investment to",
    "total to",
    "le total à",
    "au total à",
    "a total of",
    "in total",
    "au total",
    "total de",
    "cumulé à",
    "cumulée à",
];

/// "$4bn more …, bringing its total commitment to $8bn": the amounts before a stated total in
/// its sentence are parts of it.
fn mark_totals(s: &str, figs: &mut [FigureHit], skips: &[(usize, bool)]) {
    // Sentences opening on a total are rare: the text is searched for their words once.
    let may_open_total = super::recap::may_hold_recap(s);
    for j in 1..figs.len() {
        let (at, _) = skips[j];
        let total = may_end_total_before(s, at)
            && crate::text::with_lower_tail(s, at, 64, |before| {
                TOTAL_BEFORE.iter().any(|t| before.ends_with(t)) || running_total(before)
            });
        // "Au total, les deux ordres de gouvernement apportent donc 1 G$": a sentence opening
        // on a total sums the amounts of the paragraphs before it.
        let opening = !total && may_open_total && super::recap::recap_opening(s, at).is_some();
        if opening {
            sum_before(s, figs, j, OPENING_REACH);
            continue;
        }
        if !total {
            continue;
        }
        let counts = |whole: &FigureHit, part: &FigureHit| {
            part.kind == whole.kind
                && part.unit == whole.unit
                && part.in_totals
                && part.value < whole.value
        };
        let mut sum = 0.0;
        let mut p = j;
        while p > 0 {
            p -= 1;
            let (whole, part) = (&figs[j], &figs[p]);
            if !context::same_sentence(s, part.span.end, whole.span.start, 300) {
                p += 1;
                break;
            }
            if counts(whole, part) {
                sum += part.value;
                figs[p].in_totals = false;
                figs[p].link = Some(Link {
                    of: j,
                    how: LinkKind::Part,
                });
            }
        }
        // "In 2024, Google announced $1bn. Today we're adding $1.6bn, bringing our total to
        // $2.6bn": amounts of the sentences before, in the paragraph, that complete the sum.
        if sum > 0.0 && sum < figs[j].value * (1.0 - 0.005) {
            complete_sum(s, figs, j, p, sum, EARLIER_REACH, false);
        }
    }
}

/// The amounts before `figs[j]` (from `figs[..p]`, nearest first, within `reach` bytes and —
/// unless `past_blank` — its paragraph) that, with `sum` already counted, make up its value
/// (within half a percent) become its parts; otherwise none does.
fn complete_sum(
    s: &str,
    figs: &mut [FigureHit],
    j: usize,
    p: usize,
    sum: f64,
    reach: usize,
    past_blank: bool,
) -> bool {
    let whole = &figs[j];
    let tolerance = whole.value * 0.005;
    let mut earlier = Vec::new();
    let mut acc = sum;
    for q in (0..p).rev() {
        let part = &figs[q];
        if part.span.end + reach < whole.span.start
            || (!past_blank && s[part.span.end..whole.span.start].contains("\n\n"))
        {
            break;
        }
        if part.kind == whole.kind
            && part.unit == whole.unit
            && part.in_totals
            && part.value < whole.value
            && acc + part.value <= whole.value + tolerance
        {
            acc += part.value;
            earlier.push(q);
            if (acc - whole.value).abs() <= tolerance {
                break;
            }
        }
    }
    // Two amounts at least, when none was counted in the total's own sentence.
    let enough = sum > 0.0 || earlier.len() >= 2;
    if !enough || (acc - whole.value).abs() > tolerance {
        return false;
    }
    for q in earlier {
        figs[q].in_totals = false;
        figs[q].link = Some(Link {
            of: j,
            how: LinkKind::Part,
        });
    }
    true
}

/// "Au total, …": the amounts before that make up the total, across paragraphs.
fn sum_before(s: &str, figs: &mut [FigureHit], j: usize, reach: usize) {
    if figs[j].in_totals {
        complete_sum(s, figs, j, j, 0.0, reach, true);
    }
}

/// How far before a sentence opening on a total (bytes) its amounts are read.
const OPENING_REACH: usize = 1200;

/// How far before a running total's sentence (bytes) the amounts completing it are read.
const EARLIER_REACH: usize = 400;

/// Verbs that bring a running total to a new amount ("bringing", "portant").
const BRINGING: &[&str] = &[
    "bringing", "taking", "raising", "lifting", "brings", "takes", "portant", "porte", "portera",
    "porté", "portent",
];

/// "bringing the total funding for the campus to", "portant le montant total des aides à": a
/// running total named in a few words before "to" / "à", after a verb that brings it there.
fn running_total(before: &str) -> bool {
    let t = before.trim_end();
    let Some(rest) = t.strip_suffix(" to").or_else(|| t.strip_suffix(" à")) else {
        return false;
    };
    // "total" (or the count, capacity, fleet it totals) among the last five words, a bringing
    // verb among the three before it.
    let mut words = rest.split_whitespace().rev();
    words.by_ref().take(5).any(|w| RUNNING.contains(&w))
        && words.take(3).any(|w| BRINGING.contains(&w))
}

/// Nouns of a running total ("bringing the number available to 52,000").
const RUNNING: &[&str] = &[
    "total",
    "number",
    "count",
    "capacity",
    "fleet",
    "nombre",
    "capacité",
    "parc",
    "montant",
];

/// False when the text before `at` cannot end, lower-cased, with a [`TOTAL_BEFORE`] entry: its
/// last char (white space aside) is ASCII and lower-cases to no entry's last letter (a
/// non-ASCII byte, maybe other white space, answers true). An ASCII
/// char lower-cases to one ASCII char, so the lower-cased text ends with it.
fn may_end_total_before(s: &str, at: usize) -> bool {
    let last = s.as_bytes()[..at.min(s.len())]
        .iter()
        .rev()
        // `char::is_whitespace` for ASCII: the ASCII white space and the vertical tab.
        .find(|&&c| !(c.is_ascii_whitespace() || c == 0x0B));
    match last {
        Some(&c) if c.is_ascii() => TOTAL_BEFORE
            .iter()
            .any(|t| t.as_bytes().last() == Some(&c.to_ascii_lowercase())),
        _ => true,
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
mod tests;
