//! Stated totals: an amount named as the total ("bringing its total commitment to $8bn",
//! "portant le total à 10 milliards", "Au total, …", "soit 21,5 M€ au total") holds the amounts
//! before it that make it up.

use super::context;
use crate::extract::{FigureHit, Link, LinkKind};

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
pub(super) fn mark_totals(s: &str, figs: &mut [FigureHit], skips: &[(usize, bool)]) {
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
/// (within half a percent) become its parts; otherwise none does. An amount between them may
/// be left out only when it details one taken before it in its sentence.
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
    // The amounts that may count, nearest first.
    let mut candidates = Vec::new();
    for q in (0..p).rev() {
        let part = &figs[q];
        if part.span.end + reach < whole.span.start
            || (!past_blank && context::holds_blank_line(&s[part.span.end..whole.span.start]))
            || candidates.len() == MAX_CANDIDATES
        {
            break;
        }
        if part.kind == whole.kind
            && part.unit == whole.unit
            && part.in_totals
            && part.value < whole.value
        {
            candidates.push(q);
        }
    }
    // The nearest amounts that make up the rest, taken greedily first and, when another amount
    // between them details one of them ("550 MW, dont 180 MW, … 400 MW … 70 MW. Au total,
    // 1,02 GW"), with that one left out.
    let values: Vec<f64> = candidates.iter().map(|&q| figs[q].value).collect();
    let mut chosen = Vec::new();
    if !subset_sum(&values, 0, whole.value - sum, tolerance, &mut chosen) {
        return false;
    }
    // Two amounts at least, when none was counted in the total's own sentence.
    if sum <= 0.0 && chosen.len() < 2 {
        return false;
    }
    // An amount left out between the ones taken must detail one taken before it in its
    // sentence ("550 MW, dont 180 MW"), not be another fact (revenue between two rounds).
    let last = chosen.last().copied().unwrap_or(0);
    for k in (0..last).filter(|k| !chosen.contains(k)) {
        let q = &figs[candidates[k]];
        let details = chosen.iter().any(|&c| {
            let c = &figs[candidates[c]];
            c.span.end <= q.span.start
                && q.value < c.value
                && context::same_sentence(s, c.span.end, q.span.start, 300)
        });
        if !details {
            return false;
        }
    }
    for k in chosen {
        let q = candidates[k];
        figs[q].in_totals = false;
        figs[q].link = Some(Link {
            of: j,
            how: LinkKind::Part,
        });
    }
    true
}

/// How many amounts before a total its sum is made up from, at most.
const MAX_CANDIDATES: usize = 12;

/// Indices into `values[from..]` (nearest first, each taken before it is left out) that add
/// up to `rest` within `tolerance`, pushed onto `chosen`.
fn subset_sum(
    values: &[f64],
    from: usize,
    rest: f64,
    tolerance: f64,
    chosen: &mut Vec<usize>,
) -> bool {
    if rest.abs() <= tolerance && !chosen.is_empty() {
        return true;
    }
    for k in from..values.len() {
        if values[k] <= rest + tolerance {
            chosen.push(k);
            if subset_sum(values, k + 1, rest - values[k], tolerance, chosen) {
                return true;
            }
            chosen.pop();
        }
    }
    false
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
        && words
            .take(3)
            .any(|w| super::stages::BRINGING.contains(&w) || super::stages::LIFTING.contains(&w))
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

#[cfg(test)]
mod tests;

/// Words right after an amount that state it as the sum of those before it ("soit 21,5 M€ au
/// total", "$3.2bn in all").
const TOTAL_AFTER: &[&str] = &[
    " au total",
    " en tout",
    " au cumul",
    " in total",
    " in all",
    " altogether",
    " combined",
];

/// "L'agglomération apporte 4,5 M€, la Région 15 M€ et le Département 2 M€, soit 21,5 M€ au
/// total": an amount stated as the total after it, when the amounts before it in its sentence
/// add up to it, counts; they are its parts (whatever marker stood before it).
pub(super) fn mark_totals_after(s: &str, figs: &mut [FigureHit]) {
    for j in 1..figs.len() {
        let after =
            &s[figs[j].span.end..s.floor_char_boundary((figs[j].span.end + 16).min(s.len()))];
        if !TOTAL_AFTER.iter().any(|w| {
            after
                .get(..w.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(w))
        }) {
            continue;
        }
        let whole = &figs[j];
        let mut sum = 0.0;
        let mut parts = Vec::new();
        for p in (0..j).rev() {
            let part = &figs[p];
            if !context::same_sentence(s, part.span.end, whole.span.start, 300) {
                break;
            }
            if part.kind == whole.kind && part.unit == whole.unit && part.value < whole.value {
                sum += part.value;
                parts.push(p);
            }
        }
        if parts.len() < 2 || (sum - whole.value).abs() > whole.value * 0.005 {
            continue;
        }
        for p in parts {
            figs[p].in_totals = false;
            figs[p].link = Some(Link {
                of: j,
                how: LinkKind::Part,
            });
        }
        figs[j].in_totals = true;
        figs[j].link = None;
    }
}
