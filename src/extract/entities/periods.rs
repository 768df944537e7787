//! Tokens that number a period or a question rather than start a name: a reporting period
//! ("Q3", "H1", "FY2026"), a French quarter ("au T3", "T3 2026"), a hearing's question number
//! ("Q41" opening its line).

use super::ctx::Ctx;

/// "Q41" opening its line: the number of a question in a hearing's transcript.
pub(super) fn question_number(cx: &Ctx, i: usize) -> bool {
    let t = &cx.toks[i];
    let b = t.text(cx.s).as_bytes();
    matches!(b, [b'Q', rest @ ..] if (1..=3).contains(&rest.len()) && rest.iter().all(u8::is_ascii_digit))
        && cx.s[..t.start].trim_end_matches([' ', '*']).ends_with('\n')
}

/// A French quarter: "T3" before a year or after "au", "du", "ce" ("au T3", "T3 2026"), not
/// the GPU ("Nvidia T4").
pub(super) fn french_quarter(cx: &Ctx, i: usize) -> bool {
    let t = &cx.toks[i];
    if !matches!(t.text(cx.s).as_bytes(), [b'T', b'1'..=b'4']) {
        return false;
    }
    let year = cx.s[t.end..].starts_with([' ', '\u{a0}'])
        && cx.s[t.end..]
            .trim_start_matches([' ', '\u{a0}'])
            .as_bytes()
            .get(..4)
            .is_some_and(|y| y.starts_with(b"20") && y.iter().all(u8::is_ascii_digit));
    let before = cx.s[..t.start].trim_end_matches(' ');
    year || ["au", "du", "ce", "Au", "Du", "Ce"].iter().any(|w| {
        before.ends_with(w) && !before[..before.len() - w.len()].ends_with(char::is_alphabetic)
    })
}

/// A reporting period written as one word: a quarter ("Q3"), a half ("H1") or a fiscal year
/// ("FY2026", "FY25"). (Not "T4": a GPU's name as much as a French quarter.)
pub(super) fn fiscal_period(w: &str) -> bool {
    let b = w.as_bytes();
    match b {
        [q, d] => matches!(q, b'Q' | b'H') && matches!(d, b'1'..=b'4'),
        // "FY26", "FY2026", and an analyst's estimate for it, "FY27E".
        [b'F', b'Y', rest @ ..] => {
            let rest = rest.strip_suffix(b"E").unwrap_or(rest);
            matches!(rest.len(), 2 | 4) && rest.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}
