//! A total's breakdown told without a marker on every item: "un plan de 2,5 milliards, dont
//! 1,25 milliard de l'État. Bpifrance apportera 1 milliard, et les 250 millions restants …" —
//! the amounts after a total that, with its marked parts, add up to it are all its parts.

use super::context::holds_blank_line;
use crate::extract::{FigureHit, Link, LinkKind};
use crate::text::AnyOf;
use std::sync::LazyLock;

/// How far after a total (bytes) its breakdown is read.
const REACH: usize = 600;
/// How far a breakdown of three items or more is read, past blank lines.
const FAR_REACH: usize = 2000;

/// Marks as parts of a total the unmarked amounts of a run after it that, with the parts
/// already marked, add up to it (within half a percent).
pub fn complete(s: &str, figs: &mut [FigureHit]) {
    // The totals with a part marked after them: only theirs may count parts marked before a
    // run (most figures have none).
    let mut parted = vec![false; figs.len()];
    for f in figs.iter() {
        if let Some(l) = f.link.filter(|l| l.how == LinkKind::Part) {
            parted[l.of] = true;
        }
    }
    // Whether each figure's sentence announces a breakdown, read once when first asked.
    let announced_at: Vec<std::cell::OnceCell<bool>> = vec![Default::default(); figs.len()];
    for p in 0..figs.len() {
        let total = &figs[p];
        // (A part may have parts of its own: "$6bn from the fund … $2bn at closing and the
        // remaining $4bn later".)
        // (A total restating a headline is broken down all the same: "The Cabinet approved an
        // outlay of ₹22,000 crore … i. … ₹12,400 crore".)
        let linked = total.link.is_some();
        if !(total.in_totals || linked) || total.value <= 0.0 {
            continue;
        }
        // A part of the total, or of an item of the run ("les 250 millions restants" read as
        // the rest of the item before): the breakdown's own marker.
        let has_part = |j: usize, run: &[usize]| {
            figs[j]
                .link
                .is_some_and(|l| l.how == LinkKind::Part && (l.of == p || run.contains(&l.of)))
        };
        // The run may open after other amounts of the same unit ("a €20bn fund … the four
        // projects: €13.5bn, €11bn, €9.3bn and €7.2bn"): each start is tried, the first that
        // adds up wins.
        let mut starts = figs
            .iter()
            .enumerate()
            .skip(p + 1)
            .take_while(|(_, f)| f.span.start <= total.span.end + FAR_REACH)
            .filter(|(_, f)| f.kind == total.kind && f.unit == total.unit && f.link.is_none())
            .map(|(j, _)| j)
            .take(MAX_STARTS)
            .enumerate();
        let Some(run) = starts.find_map(|(k, from)| {
            let announced =
                |j: usize| *announced_at[j].get_or_init(|| announced(s, figs[j].span.start));
            // (Alone first; then with the parts marked before it, when it has some.)
            [false, true]
                .into_iter()
                .filter(|&with_before| !with_before || parted[p])
                .find_map(|with_before| {
                    run_from(s, figs, p, from, with_before, &has_part, &announced)
                })
                .filter(|r| k == 0 || r.len() >= 3)
        }) else {
            continue;
        };
        for j in run {
            figs[j].in_totals = false;
            figs[j].link = Some(Link {
                of: p,
                how: LinkKind::Part,
            });
        }
    }
}

/// Marks as parts of a total the amounts of a list or a table right before it that add up to
/// it (within half a percent, three items or more): "| Hanau | 1 200 | … | Brindisi | 900 |
/// ¶ À elles cinq, ces installations totaliseront 5 GW", a table's "Total" row.
pub fn complete_before(s: &str, figs: &mut [FigureHit]) {
    // Whether each figure stands in a list or a table, read once when first asked.
    let listed: Vec<std::cell::OnceCell<bool>> = vec![Default::default(); figs.len()];
    let in_list =
        |figs: &[FigureHit], j: usize| *listed[j].get_or_init(|| list_line(s, figs[j].span.start));
    for p in 1..figs.len() {
        let total = &figs[p];
        if !(total.in_totals || total.link.is_some()) || total.value <= 0.0 {
            continue;
        }
        // (An item of the list itself is no total of those before it, but its "Total" row.)
        if in_list(figs, p) && !total_row(s, total.span.start) {
            continue;
        }
        let mut sum = 0.0;
        let mut run = Vec::new();
        for j in (0..p).rev() {
            let f = &figs[j];
            if f.span.end + FAR_REACH < total.span.start {
                break;
            }
            if f.kind != total.kind || f.unit != total.unit {
                continue;
            }
            // Only the items of a list or a table, counted, smaller, and no range.
            if !in_list(figs, j)
                || f.link.is_some()
                || f.value >= total.value
                || f.value_max.is_some()
            {
                break;
            }
            sum += f.value;
            run.push(j);
            if adds_up(sum, total.value) || sum > total.value {
                break;
            }
        }
        if run.len() < 3 || !adds_up(sum, total.value) {
            continue;
        }
        for j in run {
            figs[j].in_totals = false;
            figs[j].link = Some(Link {
                of: p,
                how: LinkKind::Part,
            });
        }
    }
}

/// The parts' sum is the total, within half a percent.
pub(super) fn adds_up(sum: f64, total: f64) -> bool {
    (sum - total).abs() <= total * 0.005
}

/// Words before a total that say it is shared or overall ("un investissement conjoint de").
const JOINT: &[&str] = &[
    "conjoint", "commun", "joint", "combined", "together", "ensemble", "total", "global",
];

/// How many later amounts may open a breakdown of one total.
const MAX_STARTS: usize = 6;

/// The run of amounts from figure `from` that adds up to total `p` (within half a percent),
/// when it is a breakdown: marked, or of three items or more; `with_before`, with the parts of
/// `p` marked before `from`.
fn run_from(
    s: &str,
    figs: &[FigureHit],
    p: usize,
    from: usize,
    with_before: bool,
    has_part: &dyn Fn(usize, &[usize]) -> bool,
    announced: &dyn Fn(usize) -> bool,
) -> Option<Vec<usize>> {
    let total = &figs[p];
    // ("Of the total, $950 million will go to … Another $420 million … and $230 million":
    // the parts marked before the run's start count towards the total.)
    let before: Vec<usize> = (p + 1..from)
        .filter(|_| with_before)
        .filter(|&j| {
            figs[j]
                .link
                .is_some_and(|l| l.how == LinkKind::Part && l.of == p)
        })
        .collect();
    let mut sum: f64 = before.iter().map(|&j| figs[j].value).sum();
    let mut run = Vec::new();
    let mut marked = !before.is_empty();
    // Past the reach or a blank line, only a breakdown of three items or more that adds up
    // (a list, a table under its total) is one.
    let mut far = false;
    // (The reach is read from the last part marked before the run: "Of the total, $950
    // million …" in a paragraph after the total's.)
    let anchor = before.last().map_or(total.span.end, |&j| figs[j].span.end);
    let mut read_to = anchor;
    let mut column = None;
    for (j, f) in figs.iter().enumerate().skip(from) {
        // Beyond the reach, only the items of a list or a table.
        // (A breakdown announced as one, "se répartit en trois volets :", reads on in prose.)
        if f.span.start > anchor + FAR_REACH
            || (f.span.start > anchor + REACH && !list_line(s, f.span.start) && !announced(j))
        {
            break;
        }
        far |= f.span.start > anchor + REACH
            || holds_blank_line(&s[read_to.min(f.span.start)..f.span.start]);
        read_to = f.span.end;
        // ("… who can apply for up to $2 million each": an amount each of several gets is no
        // item of the breakdown.)
        if f.kind != total.kind
            || f.unit != total.unit
            || crate::extract::amount_words::distributive(s, f.span.end)
        {
            continue;
        }
        // (A table's run reads down one column: a row's amount and its valuation beside it
        // add up to nothing, and a cell of another column ends the run.)
        if table_row(s, f.span.start) {
            let at = f.span.start;
            let col = crate::text::table::column_of(s, crate::text::table::line_at(s, at), at);
            match column {
                None => column = Some(col),
                Some(c) if c != col => break,
                _ => {}
            }
        }
        // Only amounts counted or already parts of this total; a larger one ends the run, and
        // so does a range ("between $115bn and $120bn" adds up to nothing exactly).
        if f.value >= total.value
            || (f.link.is_some() && !has_part(j, &run))
            || f.value_max.is_some()
        {
            break;
        }
        marked |= has_part(j, &run);
        sum += f.value;
        run.push(j);
        if adds_up(sum, total.value) || sum > total.value {
            break;
        }
    }
    let whole = adds_up(sum, total.value);
    // Two unmarked amounts after their total, within reach, that add up to it exactly ("un
    // investissement de 3,2 milliards. Ottawa fournira 2 milliards et Québec, 1,2 milliard";
    // "MGX et Orange vont investir 8 milliards … ¶ MGX apportera 5,2 milliards et Orange
    // 2,8") break it down too, across a blank line.
    // (Only a total said to be joint or overall, or two parties' before it; not in a table,
    // whose rows may add up by chance.)
    let pair = run.len() == 2
        && (sum - total.value).abs() <= total.value * 1e-9
        && run
            .iter()
            .all(|&j| figs[j].span.start <= total.span.end + REACH)
        && shared_total(s, total)
        && !run.iter().any(|&j| table_row(s, figs[j].span.start));
    // (With the parts marked before it, only a run near them: no blank line, within reach.)
    (whole && (marked && !far || pair || run.len() >= 3 && before.is_empty())).then_some(run)
}

/// A total said to be joint or overall, or whose sentence names two givers ("MGX et Orange
/// vont investir 8 milliards", "a $2bn loan will come from KDB and Shinhan"): its sentence,
/// up to 100 bytes before the amount and to its end after it.
pub(super) fn shared_total(s: &str, total: &FigureHit) -> bool {
    let before = crate::text::with_lower_tail(s, total.span.start, 100, |b| {
        let b = after_last_stop(b);
        JOINT.iter().any(|w| b.contains(w)) || b.contains(" et ") || b.contains(" and ")
    });
    before || {
        let end = s.floor_char_boundary((total.span.end + 200).min(s.len()));
        let after = &s[total.span.end..end];
        let stop = after.find(". ").into_iter().chain(after.find('\n')).min();
        let after = &after[..stop.unwrap_or(after.len())];
        after.contains(" and ") || after.contains(" et ")
    }
}

/// Verbs announcing a breakdown, in lower case (searched together, built once).
static BREAKDOWN_VERBS: LazyLock<AnyOf> = LazyLock::new(|| {
    AnyOf::new(&[
        "se répart",
        "se décompose",
        "se ventile",
        "breaks down",
        "broken down",
        "is split",
        "split into",
        "divided into",
    ])
});

/// The sentence holding `at` announces a breakdown before it ("Le crédit se répartit en trois
/// volets : …", "The money breaks down as follows: …").
fn announced(s: &str, at: usize) -> bool {
    let from = s.floor_char_boundary(at.saturating_sub(300));
    let before = &s[from..at];
    let sentence = after_last_stop(before);
    // (The verbs stand inside the sentence, in lower case: the text is read as it is.)
    BREAKDOWN_VERBS.found_in(sentence.as_bytes())
}

/// What follows the last '.' or line end of `t` (all of it without one): its last sentence,
/// found with memrchr rather than a char-by-char split.
fn after_last_stop(t: &str) -> &str {
    memchr::memrchr2(b'.', b'\n', t.as_bytes()).map_or(t, |k| &t[k + 1..])
}

/// The line holding `at` is a list's or a table's total ("| **Total** | …", "- Total : …",
/// "Ensemble\t9,1").
pub(super) fn total_row(s: &str, at: usize) -> bool {
    let start = s[..at].rfind('\n').map_or(0, |i| i + 1);
    crate::text::with_lower(&s[start..at], |l| {
        l.contains("total") || l.contains("ensemble")
    })
}

/// The line holding `at` is a table row.
pub(super) fn table_row(s: &str, at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
    crate::text::table::is_row(&s[start..at])
}

/// The line holding `at` is an item of a list or a table row ("- …", "| … |", "2. …", "iii.
/// …", "b) …").
pub(super) fn list_line(s: &str, at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..at]).map_or(0, |i| i + 1);
    list_item(&s[start..at])
}

/// [`list_line`] of a line read up to an amount on it.
pub(super) fn list_item(line: &str) -> bool {
    let line = line.trim_start();
    if line.starts_with(['|', '-', '*', '•', '–', '—']) {
        return true;
    }
    // A numbered item: digits, a roman numeral or one letter, then "." or ")" and a space;
    // or French law's "1°", "2°".
    let mark = line.split([' ', '\t']).next().unwrap_or("");
    let Some(num) = mark.strip_suffix(['.', ')', '°']) else {
        return false;
    };
    !num.is_empty()
        && (num.bytes().all(|b| b.is_ascii_digit())
            || (num.len() <= 5 && num.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
            || (num.len() == 1 && num.bytes().all(|b| b.is_ascii_lowercase())))
}

#[cfg(test)]
mod tests;
