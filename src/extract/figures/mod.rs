//! Figure stage: finds money, chip, power and compute figures and normalises their values.
//!
//! One linear scan finds numerals (digits or spelled-out words); around each, the submodules
//! read a scale word ([`number`], [`words`] for spelled-out numbers), a currency ([`money`],
//! [`cents`]), a chip count ([`chips`]) or a compute unit ([`compute`]).
//! Amounts without a unit are kept a moment so that ranges and parts can borrow one
//! ([`combine`]); then [`totals`] flags restatements and parts.

mod bare;
mod breakdown;
mod cents;
mod changes;
mod chips;
mod combine;
mod compute;
mod context;
pub(crate) mod currency;
mod detail_rows;
mod dollar_note;
mod dollars;
pub(crate) use money::{code_glued_amount, glued_word};
mod chip_counts;
mod index;
mod item;
mod lex;
mod list_parts;
mod list_units;
mod money;
mod number;
mod rates;
mod recap;
mod related;
pub use related::related_lines;
mod rests;
mod running;
mod shares;
mod stages;
mod sums;
mod table_units;
mod totals;
mod words;

use super::{FigureHit, FigureKind};
use crate::text::Lang;
use crate::text::NormText;
use item::Item;
use number::Num;

/// Every figure in the text, sorted by start, non-overlapping.
pub fn find(text: &NormText) -> Vec<FigureHit> {
    find_outside(text, &related_lines(text.as_str()))
}

/// [`find`], the lines of the text's related-links boxes given ([`related_lines`]): their
/// amounts are other articles' ("Read also: Nvidia buys … for $2 billion").
pub fn find_outside(text: &NormText, related: &[std::ops::Range<usize>]) -> Vec<FigureHit> {
    let s = text.as_str();
    let lang = text.lang();
    let items = scan(s, lang);
    let mut items = combine::ranges(s, items);
    bare::inherit(s, &mut items);
    let mut out: Vec<FigureHit> = Vec::with_capacity(items.len());
    for it in items {
        let Some(kind) = it.kind else { continue };
        // A value that is not a finite number (a scale word on a huge numeral) is no figure:
        // it would be written as null yet counted in totals.
        let finite =
            it.value().is_finite() && it.range.is_none_or(|(a, b)| a.is_finite() && b.is_finite());
        if !finite {
            continue;
        }
        if out.last().is_some_and(|l| l.span.end > it.span.start) {
            continue;
        }
        out.push(FigureHit {
            span: it.span.clone(),
            kind,
            value: it.value(),
            value_min: it.range.map(|r| r.0),
            value_max: it.range.map(|r| r.1),
            unit: it.unit.to_string(),
            in_totals: true,
            link: None,
        });
    }
    currency::moroccan_dirhams(s, &mut out);
    currency::tunisian_dinars(s, &mut out);
    currency::local_rupees(s, &mut out);
    currency::east_african_shillings(s, &mut out);
    currency::egyptian_pounds(s, &mut out);
    currency::pesos(s, &mut out);
    currency::riyals(s, &mut out);
    rates::drop_exchange_rates(s, &mut out);
    currency::central_african_francs(s, &mut out);
    list_units::add(s, lang, &mut out);
    chip_counts::add(s, lang, &mut out);
    table_units::add(s, lang, &mut out);
    // (After the tables: a bare cell under "Coût (M$)" is a dollar of the text's country too.)
    // (A text's own note on its currency says it first: "All figures in CAD".)
    if !dollar_note::noted_dollars(s, &mut out) {
        match lang {
            Lang::French => dollars::canadian_dollars(s, &mut out),
            Lang::English => dollars::local_dollars(s, &mut out),
        }
    }
    related::drop_related(related, &mut out);
    totals::mark(s, &mut out);
    recap::mark_recaps(s, &mut out);
    out
}

const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
/// ASCII letters and digits: where the scan stops (every other byte is stepped over).
static SCAN_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            ALPHA
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The linear scan: every numeral, classified by what surrounds it.
fn scan(s: &str, lang: Lang) -> Vec<Item> {
    let b = s.as_bytes();
    let mut items = Vec::new();
    let (mut i, mut floor) = (0, 0);
    while let Some(&c) = b.get(i) {
        let cls = SCAN_CLASS[usize::from(c)];
        if cls == 0 {
            i += 1;
            continue;
        }
        let n = if cls == DIGIT {
            let e = i + b[i..].iter().take_while(|d| d.is_ascii_digit()).count();
            let ok = number::numeral_may_start(s, i) || money::code_glued_before(s, i);
            match ok.then(|| number::parse_digits(s, i, lang)).flatten() {
                Some(n) => n,
                None => {
                    i = e;
                    continue;
                }
            }
        } else {
            // Whole words at a time: only a word that may be a number is looked at.
            let e = lex::ascii_letters_end(b, i + 1);
            let starts = || {
                i == 0
                    || (!b[i - 1].is_ascii_alphanumeric()
                        && (b[i - 1] < 0x80 || lex::boundary_before(s, i)))
            };
            let n = (words::may_be_number_word(&b[i..e], lang) && starts())
                .then(|| words::parse_words(s, i, lang))
                .flatten();
            match n {
                Some(n) => n,
                None => {
                    i = e;
                    continue;
                }
            }
        };
        match classify(s, n, lang, floor) {
            Some(item) => {
                i = item.span.end.max(i + 1);
                floor = item.span.end;
                items.push(item);
            }
            None => i = n.end.max(i + 1),
        }
    }
    items
}

/// Reads the scale and unit around one numeral.
fn classify(s: &str, n: Num, lang: Lang, floor: usize) -> Option<Item> {
    if number::is_percent(s, n.end) {
        return None;
    }
    // "lakh crore", "billion billion": a second scale word multiplies the first.
    let scale = number::parse_scale(s, n.end, lang).map(|x| number::compound(s, x, lang));
    let after = scale.map_or(n.end, |x| x.end);
    let mult = scale.map_or(1.0, |x| x.mult);
    let word_scale = scale.is_some_and(|x| !x.letter);
    let mut item = Item {
        span: n.start..after,
        kind: None,
        unit: "",
        num: n,
        mult,
        unit_mult: 1.0,
        has_scale: scale.is_some(),
        word_scale,
        range: None,
    };
    let counted = !n.article || scale.is_some();
    if !n.spelled {
        // "£340m": a lower-case m glued to an amount is a million once a currency is read.
        let glued_m = (scale.is_none() && s.as_bytes().get(n.end) == Some(&b'm'))
            .then_some(n.end + 1)
            .filter(|&e| lex::boundary_after(s, e));
        let cur = money::prefix(s, n.start, floor).or_else(|| {
            // "R5.4 billion", "R300m": the rand, trusted only before a scale.
            money::glued_rand(s, n.start)
                .filter(|&st| st >= floor && (word_scale || glued_m.is_some()))
                .map(|st| (st, "ZAR", 1.0))
                // "RM160 billion", "Rs2.1tn": the ringgit, the rupee…, on the same terms.
                .or_else(|| {
                    money::glued_word(s, n.start)
                        .filter(|&(st, _)| st >= floor && (word_scale || glued_m.is_some()))
                        .map(|(st, iso)| (st, iso, 1.0))
                })
        });
        if let Some((start, iso, m)) = cur {
            item.span.start = start;
            item.kind = Some(FigureKind::Money);
            item.unit = iso;
            item.mult *= m;
            if let Some(e) = glued_m {
                item.span.end = e;
                item.mult *= 1e6;
                (item.has_scale, item.word_scale) = (true, true);
            }
            return Some(item);
        }
        // A numeral glued to letters was read only for a currency code before it.
        if !number::numeral_may_start(s, n.start) {
            return None;
        }
    }
    // "one-yen bid": a hyphen makes a lone "one" an amount.
    let counted = counted || s.as_bytes().get(n.end) == Some(&b'-');
    if counted {
        if let Some((end, iso, m)) = money::suffix(s, after, scale.is_some()) {
            item.span.end = end;
            item.kind = Some(FigureKind::Money);
            item.unit = iso;
            item.mult *= m;
            if !item.has_scale && m == 1.0 {
                extend_money(s, &mut item, lang);
            }
            return Some(item);
        }
        if let Some(end) = compute::chips(s, after) {
            item.span.end = end;
            item.kind = Some(FigureKind::Chips);
            item.unit = "chips";
            return Some(item);
        }
    }
    for (found, kind, unit) in [
        (
            compute::power_after(s, after, n.article),
            FigureKind::Power,
            "W",
        ),
        (compute::flops(s, after), FigureKind::Flops, "FLOP/s"),
    ] {
        if let Some((end, m)) = found {
            item.span.end = end;
            item.kind = Some(kind);
            item.unit = unit;
            item.unit_mult = m;
            return Some(item);
        }
    }
    // A bare amount: kept only when it may still borrow a unit.
    if !counted || n.year_like {
        return None;
    }
    if scale.is_none() && number::glued(s, n.end) {
        return None;
    }
    Some(item)
}

/// After a whole amount with its currency: a scale written after an ISO code ("75 USD
/// million") or a sub-unit ("3 dollars 50 cents").
fn extend_money(s: &str, item: &mut Item, lang: Lang) {
    let code = s[item.span.clone()]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_uppercase());
    if code && let Some(sc) = number::parse_scale(s, item.span.end, lang).filter(|x| !x.letter) {
        item.span.end = sc.end;
        item.mult = sc.mult;
        item.has_scale = true;
        item.word_scale = true;
        return;
    }
    if item.num.div == 1.0
        && let Some((end, frac)) = cents::cents(s, item.span.end, lang)
    {
        item.span.end = end;
        item.num.mant += frac;
    }
}

#[cfg(test)]
mod currency_tests;
#[cfg(test)]
mod formats_tests;
#[cfg(test)]
mod tests;
