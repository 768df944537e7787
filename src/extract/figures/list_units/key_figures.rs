//! A key-figures box under a heading that gives the unit: "Chiffre d'affaires : 11,8
//! (consensus : 11,2)", "Prévision T1 : 12,9 à 13,3" — each number right after a colon is an
//! amount in that unit, a range when two stand joined by "à", "to" or a dash.

use super::{Num, counted, parse_digits};
use crate::extract::{FigureHit, FigureKind};
use crate::text::Lang;

/// Labels of a box's lines whose numbers are no amounts of its unit: per-share figures, counts,
/// margins and ratios ("Bénéfice par action : 1,45", "Nombre de centres : 12").
const NOT_AMOUNTS: &[&str] = &[
    "par action",
    "per share",
    "nombre",
    "number of",
    "effectif",
    "employees",
    "salariés",
    "marge",
    "margin",
    "ratio",
    "bpa",
    "eps",
    "%",
];

/// The amounts of a line "label : number …" (each standing right after a colon and followed
/// by nothing, a bracket or another "label : number"); `None` when the line is no such line,
/// none when its label counts no amount.
pub(super) fn colon_amounts(
    s: &str,
    line: std::ops::Range<usize>,
    lang: Lang,
    scale: f64,
    unit: &'static str,
) -> Option<Vec<FigureHit>> {
    let t = &s[line.clone()];
    let label = t.split(':').next().unwrap_or("").to_lowercase();
    let mut out = Vec::new();
    for (c, _) in t.match_indices(':') {
        let at = line.start + c + 1;
        let k = at + s[at..line.end].len() - s[at..line.end].trim_start().len();
        if !s[k..line.end].starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let num = parse_digits(s, k, lang).filter(|n| !n.year_like)?;
        let (end, high) = range_end(s, &num, line.end, lang);
        let rest = s[end..line.end].trim_start();
        if !(rest.is_empty() || rest.starts_with(['(', ')', ';', '|'])) {
            return None;
        }
        if NOT_AMOUNTS.iter().any(|w| label.contains(w)) {
            return Some(Vec::new());
        }
        let Some(mut f) = counted(&num, FigureKind::Money, scale, unit) else {
            continue;
        };
        if let Some(high) = high {
            let (lo, hi) = (f.value, high.mant * scale / high.div);
            f.span.end = high.end;
            f.value = (lo + hi) / 2.0;
            f.value_min = Some(lo);
            f.value_max = Some(hi);
        }
        out.push(f);
    }
    (!out.is_empty()).then_some(out)
}

/// Where an amount ends, and the high end of its range: "12,9 à 13,3", "12.9 to 13.3",
/// "12,9-13,3".
fn range_end(s: &str, low: &Num, stop: usize, lang: Lang) -> (usize, Option<Num>) {
    let rest = &s[low.end..stop];
    for joint in [" à ", " to ", " – ", "–", "-"] {
        if let Some(after) = rest.strip_prefix(joint)
            && after.starts_with(|c: char| c.is_ascii_digit())
            && let Some(high) = parse_digits(s, stop - after.len(), lang)
            && !high.year_like
        {
            return (high.end, Some(high));
        }
    }
    (low.end, None)
}
