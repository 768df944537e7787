//! A ministry's name made of its portfolios ("Ministry of Trade, Industry and Energy",
//! "Department of Climate, Energy and the Environment", "Federal Ministry for Economic
//! Affairs and Energy"): how far the name goes past its first portfolio.

use super::bridge::MINISTRY_DOMAINS;
use super::ctx::Ctx;

/// "Ministry of Economy, Trade and Industry", "Department for Science, Innovation and
/// Technology": after a ministry's name and its first portfolio, the others listed with a
/// comma and a last "and"/"et" are its name too. The last token of the list, if one follows.
pub fn portfolio_list(cx: &Ctx, first: usize, last: usize) -> Option<usize> {
    let head = |k: usize| MINISTRY_WORDS.contains(&cx.lower(k));
    // ("Federal Ministry for …", "State Department of …": one word may come before a head
    // followed by its "of" or "for"; "The Justice Department, Orbitex and Quantil" lists three
    // actors.)
    let after_one =
        || first + 1 < last && head(first + 1) && matches!(cx.lower(first + 2), "of" | "for");
    if !(head(first) || after_one()) {
        return None;
    }
    let toks = cx.toks;
    let gap = |a: usize, b: usize| cx.s.get(toks[a].end..toks.get(b)?.start);
    // A capitalised word of a government's remit ("Energy", "Digital").
    let portfolio = |k: usize| {
        toks.get(k).is_some_and(|t| t.shape.first_upper())
            && MINISTRY_DOMAINS.contains(&cx.lower(k))
    };
    // "Federal Ministry for Economic Affairs and Energy": one more portfolio after "and".
    if gap(last, last + 1)? == " "
        && matches!(cx.lower(last + 1), "and" | "et")
        && gap(last + 1, last + 2) == Some(" ")
        && portfolio(last + 2)
    {
        let mut k = last + 2;
        while gap(k, k + 1) == Some(" ") && portfolio(k + 1) {
            k += 1;
        }
        return Some(k);
    }
    if gap(last, last + 1)? != ", " {
        return None;
    }
    let mut k = last + 1;
    let mut seen_and = false;
    loop {
        let t = toks.get(k)?;
        if !t.shape.first_upper() {
            return None;
        }
        match toks.get(k + 1).map(|_| (gap(k, k + 1), cx.lower(k + 1))) {
            Some((Some(", "), _)) if !seen_and => k += 1,
            // (The last portfolio follows on the same line: "Industry and\n\nNvidia said"
            // ends the list.)
            Some((Some(" "), "and" | "et")) if !seen_and && gap(k + 1, k + 2) == Some(" ") => {
                seen_and = true;
                k += 2;
                // "… Energy and the Environment".
                if cx.lower(k) == "the" && gap(k, k + 1) == Some(" ") {
                    k += 1;
                }
            }
            // A portfolio of two words ("Digital Economy", "Public Service Reform").
            Some((Some(" "), _)) if portfolio(k + 1) => k += 1,
            _ => return seen_and.then_some(k),
        }
    }
}

/// The words opening a ministry's name.
const MINISTRY_WORDS: &[&str] = &["ministry", "department", "ministère", "ministere"];
