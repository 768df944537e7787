//! Parts found by their sum alone: a list's items that add up exactly to a total stated before
//! them, however far back, a table's cells that add up to its total row, column by column, and
//! the amounts a sentence joins with "and" that add up to one given just before them.

use super::breakdown::{adds_up, list_item, table_row, total_row};
use super::context::holds_blank_line;
use crate::extract::{FigureHit, Link, LinkKind};

/// A table's total row ("| **Total** | 290 | 570 |", "Ensemble\t9,1\t11,5"): each of its
/// cells is the total of the cells above it in its column, when they add up to it (within half
/// a percent, two cells or more); they are its parts.
pub fn complete_columns(s: &str, figs: &mut [FigureHit]) {
    use crate::text::table;
    if !table::any_rows(s) {
        return;
    }
    let line_of = |at: usize| table::line_at(s, at);
    let column = |at: usize| table::column_of(s, line_of(at), at);
    for p in 0..figs.len() {
        let at = figs[p].span.start;
        if !table_row(s, at) || !total_row(s, at) || figs[p].link.is_some() {
            continue;
        }
        let Some(col) = column(at) else {
            continue;
        };
        // Up the table's rows, the amounts of the same column.
        let mut run = Vec::new();
        let mut sum = 0.0;
        let mut top = line_of(at).start;
        // (A table's column is read up at most 200 amounts.)
        for j in (p.saturating_sub(200)..p).rev() {
            let f = &figs[j];
            let line = line_of(f.span.start);
            // (Rows must follow one another: a line that is no row ends the table.)
            let between = &s[line.end.min(top)..top];
            if between
                .lines()
                .filter(|l| !l.trim().is_empty())
                .any(|l| !table::is_row(l))
            {
                break;
            }
            top = line.start;
            if !table_row(s, f.span.start) {
                break;
            }
            if f.kind != figs[p].kind
                || f.unit != figs[p].unit
                || column(f.span.start) != Some(col)
                || f.link.is_some()
            {
                continue;
            }
            sum += f.value;
            run.push(j);
        }
        if run.len() >= 2 && adds_up(sum, figs[p].value) {
            for j in run {
                figs[j].in_totals = false;
                figs[j].link = Some(Link {
                    of: p,
                    how: LinkKind::Part,
                });
            }
        }
    }
}

/// How far before a list (bytes) the total its items add up to exactly may stand.
const LIST_TOTAL_REACH: usize = 6000;

/// Marks as parts the items of a list that add up exactly to a total stated before it, however
/// far back in the article: "des sanctions d'un montant total de 1 050 000 euros" … "– 450 000
/// euros à l'encontre de X ; – 150 000 euros …". Each item holds one amount of the total's
/// kind and unit; two items are enough, the sum being exact.
pub fn complete_lists(s: &str, figs: &mut [FigureHit]) {
    // Where each figure's line starts, found once over the text (figures come in text order).
    let mut starts = Vec::with_capacity(figs.len());
    let mut from = 0;
    let mut line = 0;
    for f in figs.iter() {
        let at = f.span.start.max(from);
        if let Some(k) = memchr::memrchr(b'\n', &s.as_bytes()[from..at]) {
            line = from + k + 1;
        }
        starts.push(line);
        from = at;
    }
    let line_of = |i: usize| starts[i];
    // Whether each figure's line is a list's item, read when first asked.
    let listed: Vec<std::cell::OnceCell<bool>> = vec![Default::default(); figs.len()];
    let item = |i: usize, figs: &[FigureHit]| {
        *listed[i].get_or_init(|| list_item(&s[line_of(i)..figs[i].span.start]))
    };
    let mut j = 0;
    while j < figs.len() {
        // A run of list items on consecutive lines, one amount each, of one kind and unit
        // (a table's rows have their own totals).
        // (A run opens on its line's first amount, never on a second one.)
        let second = j > 0 && line_of(j - 1) == line_of(j);
        if second || !item(j, figs) || s[line_of(j)..].starts_with('|') {
            j += 1;
            continue;
        }
        let mut run = vec![j];
        let mut k = j + 1;
        while k < figs.len()
            && figs[k].kind == figs[j].kind
            && figs[k].unit == figs[j].unit
            && item(k, figs)
            && line_of(k) > line_of(k - 1)
            && !holds_blank_line(&s[figs[k - 1].span.end..figs[k].span.start])
        {
            run.push(k);
            k += 1;
        }
        // (A second amount on an item's line is a detail of it: the list is no breakdown.)
        let detailed = k < figs.len() && line_of(k) == line_of(k - 1);
        let sum: f64 = run.iter().map(|&i| figs[i].value).sum();
        let counted = run
            .iter()
            .all(|&i| figs[i].link.is_none() && figs[i].value_max.is_none());
        let first = figs[j].span.start;
        let total = (0..j)
            .rev()
            .take_while(|&p| figs[p].span.end + LIST_TOTAL_REACH >= first)
            .find(|&p| {
                let t = &figs[p];
                t.kind == figs[j].kind
                    && t.unit == figs[j].unit
                    && t.in_totals
                    && (sum - t.value).abs() <= t.value * 1e-6
            });
        if run.len() >= 2
            && counted
            && !detailed
            && let Some(p) = total
        {
            for &i in &run {
                figs[i].in_totals = false;
                figs[i].link = Some(Link {
                    of: p,
                    how: LinkKind::Part,
                });
            }
        }
        j = k;
    }
}

/// How far before the first of the joined amounts (bytes) their total may stand.
const JOINED_TOTAL_REACH: usize = 600;

/// Marks as parts two amounts or more of one kind and unit joined in one sentence by "and",
/// "et" or a comma, when they add up exactly to an amount stated just before them: "a 2
/// trillion won loan will come from KDB and Shinhan. KDB will provide 1.2 trillion and Shinhan
/// 800 billion", "QIA y apportera 2 milliards d'euros et la banque publique 1 milliard".
pub fn complete_joined(s: &str, figs: &mut [FigureHit]) {
    let joined = |a: &FigureHit, b: &FigureHit| {
        a.kind == b.kind
            && a.unit == b.unit
            && super::context::same_sentence(s, a.span.end, b.span.start, 80)
            && {
                let gap = &s[a.span.end..b.span.start];
                gap.contains(" and ") || gap.contains(" et ") || gap.contains(", ")
            }
    };
    let free = |f: &FigureHit| f.link.is_none() && f.in_totals && f.value_max.is_none();
    let mut j = 0;
    while j < figs.len() {
        let mut k = j + 1;
        while k < figs.len() && free(&figs[k - 1]) && joined(&figs[k - 1], &figs[k]) {
            k += 1;
        }
        if k - j < 2 || !figs[j..k].iter().all(free) {
            j = k.max(j + 1);
            continue;
        }
        let sum: f64 = figs[j..k].iter().map(|f| f.value).sum();
        let first = figs[j].span.start;
        let total = (0..j)
            .rev()
            .take_while(|&p| figs[p].span.end + JOINED_TOTAL_REACH >= first)
            .find(|&p| {
                let t = &figs[p];
                t.kind == figs[j].kind
                    && t.unit == figs[j].unit
                    && t.value_max.is_none()
                    && (sum - t.value).abs() <= t.value * 1e-6
            });
        // "Orbitex raised $2bn. Quantil raised $1.5bn and Nordwind $500m.": amounts said with
        // the total's own verb are parallel facts, not its parts.
        // (A preposition or a qualifier is no verb: "de", "of", "approximately".)
        let verb = |f: &FigureHit| word_before(s, f.span.start);
        let parallel = total.is_some_and(|p| {
            let v = verb(&figs[p]);
            v.chars().count() > 3 && !NOT_VERBS.contains(&v.as_str()) && v == verb(&figs[j])
        });
        // Amounts each given by a name of their own ("KDB will provide 1.2 trillion and Shinhan
        // 800 billion") are the shares of a total only when its sentence names its givers ("a
        // loan from KDB and Shinhan") or holds them: "Microsoft will invest $10bn. Amazon will
        // spend $5bn and Google $5bn" are three facts. ("The package comprises $2.5bn in equity
        // and $4bn in loans": parts without givers.)
        let given = {
            let gap = s[figs[j].span.end..figs[j + 1].span.start].trim_end();
            let gap = gap.trim_end_matches(|c: char| !c.is_alphanumeric());
            gap.rsplit([' ', '\n'])
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        };
        let joint = |p: usize| {
            !given
                || super::context::same_sentence(s, figs[p].span.end, figs[j].span.start, 400)
                || super::breakdown::shared_total(s, &figs[p])
        };
        if let Some(p) = total.filter(|&p| !parallel && joint(p)) {
            for f in &mut figs[j..k] {
                f.in_totals = false;
                f.link = Some(Link {
                    of: p,
                    how: LinkKind::Part,
                });
            }
        }
        j = k;
    }
}

/// Words that stand before amounts without saying what is done with them.
const NOT_VERBS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "from",
    "with",
    "than",
    "over",
    "under",
    "environ",
    "près",
    "quelque",
    "pour",
    "avec",
    "plus",
    "moins",
    "total",
    "worth",
];

/// The word right before an amount (its sign aside), lower-cased: "raised" in "raised $2bn".
fn word_before(s: &str, at: usize) -> String {
    let end = s[..at]
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .len();
    super::lex::prev_word_lower(s, end).map_or_else(String::new, |(_, w)| w)
}

#[cfg(test)]
mod tests;
