//! Amounts that take their meaning from the amount beside them: ranges ("entre 30 et 50
//! milliards d'euros", "$60 billion to $65 billion", "$30-50bn") become one figure with min and
//! max, and of a pair ("4 096 et 9 216 puces") the bare first one borrows the second's unit.

use super::context;
use super::item::Item;
use super::lex::prev_word_lower;

/// Merges neighbouring amounts joined by a range connector; of two amounts that are a change
/// ("passer de 300 à 480 MW") or a coordination ("4 096 et 9 216 puces"), the bare first one
/// borrows the second's unit.
pub fn ranges(s: &str, items: Vec<Item>) -> Vec<Item> {
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    let mut it = items.into_iter().peekable();
    while let Some(a) = it.next() {
        if let Some(b) = it.peek()
            && link(s, &a, b) == Link::Range
            && let Some(m) = merge(&a, b)
        {
            it.next();
            out.push(m);
            continue;
        }
        out.push(a);
    }
    // Right to left, so that a list passes the unit on: "1 200, 3 400 et 5 600 puces".
    for i in (1..out.len()).rev() {
        let (head, tail) = out.split_at_mut(i);
        let (a, b) = (&mut head[i - 1], &tail[0]);
        if link(s, a, b) == Link::Pair {
            borrow_unit(a, b);
        }
    }
    out
}

/// How two neighbouring amounts relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    None,
    /// One figure from min to max.
    Range,
    /// Two figures of one unit: a change ("from 300 to 480 MW") or a coordination.
    Pair,
}

/// The connector between two amounts.
fn link(s: &str, a: &Item, b: &Item) -> Link {
    if a.span.end > b.span.start || b.span.start - a.span.end > 6 {
        return Link::None;
    }
    let gap = s[a.span.end..b.span.start].trim_matches(' ');
    // The word before the first amount, read only for the connectors that need it.
    let before = || prev_word_lower(s, a.span.start);
    let change = || {
        before().is_some_and(|(st, w)| matches!(w.as_str(), "from" | "de") && after_change(s, st))
    };
    match gap {
        "-" | "–" | "—" => Link::Range,
        "to" | "à" | "a" if change() => Link::Pair,
        "to" | "à" | "a" => Link::Range,
        "et" | "and" if matches!(before(), Some((_, w)) if w == "entre" || w == "between") => {
            Link::Range
        }
        "et" | "and" | "," => Link::Pair,
        _ => Link::None,
    }
}

/// Verb stems of a change of amount ("porter", "relevé", "passera", "increased", "rose").
const CHANGE_STEMS: &[&str] = &[
    "port", "relev", "pass", "augment", "hauss", "rehauss", "abaiss", "baiss", "rédui", "redui",
    "ramen", "doubl", "tripl", "multipli", "grimp", "bondi", "chut", "étend", "increas", "rais",
    "grow", "grew", "rise", "rose", "risen", "rising", "expand", "boost", "lift", "climb", "jump",
    "doubl", "cut", "reduc", "lower", "decreas", "fell", "fall", "drop", "went", "upgrad", "scal",
    "ramp", "taking", "takes", "took", "bring", "brought",
];

/// True when a verb of change stands among the few words before `i`, in the same sentence:
/// "relever la capacité de", "increase its capacity from".
fn after_change(s: &str, i: usize) -> bool {
    let mut k = i;
    for _ in 0..8 {
        let Some((st, w)) = prev_word_lower(s, k) else {
            return false;
        };
        if !context::same_sentence(s, st, i, 200) {
            return false;
        }
        if CHANGE_STEMS.iter().any(|p| w.starts_with(p)) {
            return true;
        }
        k = st;
    }
    false
}

/// A bare amount paired with a figure takes its unit, and its scale if it has none ("4 et 5
/// milliards d'euros", "from 300 to 480 MW").
fn borrow_unit(a: &mut Item, b: &Item) {
    let Some(kind) = b.kind else { return };
    if a.kind.is_some() || a.num.year_like && !a.has_scale || b.range.is_some() {
        return;
    }
    let a_mult = if a.has_scale { a.mult } else { b.mult };
    let (x, y) = (a.num.scaled(a_mult), b.num.scaled(b.mult));
    // At most three orders of magnitude apart: a pair, not a count beside an amount.
    if !(x * 1000.0 >= y && x <= y * 1000.0) {
        return;
    }
    if !a.has_scale {
        (a.mult, a.has_scale, a.word_scale) = (b.mult, b.has_scale, b.word_scale);
    }
    a.kind = Some(kind);
    a.unit = b.unit;
    a.unit_mult = b.unit_mult;
}

fn merge(a: &Item, b: &Item) -> Option<Item> {
    if a.range.is_some() || b.range.is_some() {
        return None;
    }
    let (kind, unit, unit_mult) = match (a.kind, b.kind) {
        (Some(x), Some(y)) if x == y && a.unit == b.unit => (x, a.unit, b.unit_mult),
        (None, Some(y)) => (y, b.unit, b.unit_mult),
        (Some(x), None) if b.has_scale => (x, a.unit, a.unit_mult),
        _ => return None,
    };
    if a.num.year_like && !a.has_scale {
        return None;
    }
    // "30 à 50 milliards": the first amount borrows the second's scale.
    let a_mult = if a.has_scale { a.mult } else { b.mult };
    let a_umult = if a.kind.is_some() {
        a.unit_mult
    } else {
        unit_mult
    };
    let b_umult = if b.kind.is_some() {
        b.unit_mult
    } else {
        unit_mult
    };
    let lo = a.num.scaled(a_mult * a_umult);
    let hi = b.num.scaled(b.mult * b_umult);
    if lo.partial_cmp(&hi) != Some(std::cmp::Ordering::Less) || hi > lo * 1000.0 {
        return None;
    }
    Some(Item {
        span: a.span.start..b.span.end,
        kind: Some(kind),
        unit,
        num: b.num,
        mult: b.mult,
        unit_mult,
        has_scale: true,
        word_scale: b.word_scale,
        range: Some((lo, hi)),
    })
}

#[cfg(test)]
pub(super) mod tests;
