//! Numerals: digit groups with the separators of French and English news, scale words and
//! abbreviations (million, milliard, Md, bn, k, M), and the percent test that rules a numeral
//! out. Spelled-out numbers live in [`super::words`].

use super::lex::{ascii_letters_end, boundary_after, boundary_before, skip_spaces, word_ci};
use crate::text::Lang;

/// A parsed number: `mant / div` (kept apart so that 11,7 × 10^9 stays exact).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    pub mant: f64,
    pub div: f64,
    /// Written in words ("deux", "one").
    pub spelled: bool,
    /// A lone article-like one ("un", "une", "a", "an", "one"): needs a scale or unit word.
    pub article: bool,
    /// Four plain digits that read as a year (1900–2100).
    pub year_like: bool,
}

impl Num {
    #[cfg(test)]
    pub fn value(&self) -> f64 {
        self.mant / self.div
    }
    pub fn scaled(&self, mult: f64) -> f64 {
        self.mant * mult / self.div
    }
}

/// A scale word or abbreviation after a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub end: usize,
    pub mult: f64,
    /// A one-letter abbreviation (k, M, b, B, T) that needs a unit to be trusted.
    pub letter: bool,
}

#[inline]
fn digit_run(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        j += 1;
    }
    j
}

/// Exactly three digits at `k`, not followed by a fourth.
#[inline]
fn group3(b: &[u8], k: usize) -> bool {
    k + 3 <= b.len()
        && b[k..k + 3].iter().all(u8::is_ascii_digit)
        && !b.get(k + 3).is_some_and(u8::is_ascii_digit)
}

/// Digits a numeral may have (grouped ones included): beyond, it is not an amount (its value
/// is infinite, and no figure is made of it).
const MAX_DIGITS: usize = 18;

/// Parses a digit numeral starting at `i` (which must start a digit run).
pub fn parse_digits(s: &str, i: usize, lang: Lang) -> Option<Num> {
    let b = s.as_bytes();
    let mut j = digit_run(b, i);
    if j == i || j - i > 15 {
        return None;
    }
    let first_len = j - i;
    let mut digits = first_len;
    let mut mant = 0f64;
    for &d in &b[i..j] {
        mant = mant * 10.0 + f64::from(d - b'0');
    }
    let mut div = 1f64;
    let mut sep: Option<u8> = None;
    let mut decimal = false;
    while j + 1 < b.len() {
        let c = b[j];
        let grouping_ok = first_len <= 3 && !decimal && sep.is_none_or(|p| p == c);
        let thousands = match c {
            // ("10'752": the Swiss write thousands with an apostrophe.)
            b' ' | b'\'' => grouping_ok && group3(b, j + 1),
            b',' => {
                grouping_ok
                    && group3(b, j + 1)
                    && match lang {
                        Lang::English => true,
                        // French: a comma is decimal unless groups repeat or a point follows.
                        Lang::French => {
                            sep == Some(b',') || matches!(b.get(j + 4), Some(b',') | Some(b'.'))
                        }
                    }
            }
            b'.' => {
                grouping_ok
                    && group3(b, j + 1)
                    && match lang {
                        Lang::French => true,
                        Lang::English => sep == Some(b'.') || b.get(j + 4) == Some(&b'.'),
                    }
            }
            _ => false,
        };
        if thousands {
            // More digits than any amount in the news ("999 999 … 999"): the whole numeral is
            // read (so that its tail is not taken for another number) and its value is
            // infinite, which is no figure (see `figures::find`).
            digits += 3;
            for &d in &b[j + 1..j + 4] {
                mant = mant * 10.0 + f64::from(d - b'0');
            }
            if digits > MAX_DIGITS {
                mant = f64::INFINITY;
            }
            sep = Some(c);
            j += 4;
            continue;
        }
        // A comma before anything but three digits is decimal in both languages ("11,7").
        let decimal_sep = match lang {
            Lang::French => c == b',' || c == b'.',
            Lang::English => c == b'.' || (c == b',' && !group3(b, j + 1)),
        };
        if decimal_sep && !decimal && sep != Some(c) && b[j + 1].is_ascii_digit() {
            let e = digit_run(b, j + 1);
            if e - (j + 1) > 9 {
                return None;
            }
            for &d in &b[j + 1..e] {
                mant = mant * 10.0 + f64::from(d - b'0');
                div *= 10.0;
            }
            decimal = true;
            j = e;
            // "1.2.3", "28.11.2025": a version or a date, not a number.
            if matches!(b.get(j), Some(b'.') | Some(b','))
                && b.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                return None;
            }
            continue;
        }
        break;
    }
    // "1e308", "2.5E9": scientific notation is not how the news writes amounts; reading the
    // mantissa alone would give a wrong figure, so there is none.
    if matches!(b.get(j), Some(b'e' | b'E')) {
        let k = j + usize::from(matches!(b.get(j + 1), Some(b'+' | b'-')));
        if b.get(k + 1).is_some_and(u8::is_ascii_digit) {
            return None;
        }
    }
    // "10^17", "10¹⁸": a whole number raised to a power.
    if sep.is_none()
        && !decimal
        && let Some((exp, e)) = exponent(b, j)
    {
        mant = mant.powi(exp);
        j = e;
    }
    let year_like =
        sep.is_none() && !decimal && first_len == 4 && (1900.0..=2100.0).contains(&mant);
    Some(Num {
        start: i,
        end: j,
        mant,
        div,
        spelled: false,
        article: false,
        year_like,
    })
}

/// An exponent at `j`: "^" and one or two digits, or superscript digits; with its end.
fn exponent(b: &[u8], j: usize) -> Option<(i32, usize)> {
    if b.get(j) == Some(&b'^') {
        let e = digit_run(b, j + 1);
        let n = e - (j + 1);
        let exp = std::str::from_utf8(&b[j + 1..e]).ok()?.parse().ok()?;
        return (1..=2).contains(&n).then_some((exp, e));
    }
    let (mut exp, mut k) = (0i32, j);
    while k - j < 6 {
        // ¹ ² ³ are U+00B9, U+00B2, U+00B3; the others U+2070..U+2079.
        let d = match b.get(k..k + 2) {
            Some([0xC2, 0xB9]) => 1,
            Some([0xC2, 0xB2]) => 2,
            Some([0xC2, 0xB3]) => 3,
            _ => match b.get(k..k + 3) {
                Some([0xE2, 0x81, c @ (0xB0 | 0xB4..=0xB9)]) => i32::from(c - 0xB0),
                _ => break,
            },
        };
        exp = exp * 10 + d;
        k += if d == 0 || d > 3 { 3 } else { 2 };
    }
    (k > j).then_some((exp, k))
}

const SCALE_WORDS: &[(&str, f64)] = &[
    ("thousands", 1e3),
    ("thousand", 1e3),
    ("millions", 1e6),
    ("million", 1e6),
    ("milliards", 1e9),
    ("milliard", 1e9),
    ("quadrillions", 1e15),
    ("quadrillion", 1e15),
    ("quintillions", 1e18),
    ("quintillion", 1e18),
    ("mille", 1e3),
    ("lakhs", 1e5),
    ("lakh", 1e5),
    ("crores", 1e7),
    ("crore", 1e7),
    ("mln", 1e6),
    ("mn", 1e6),
    ("mio", 1e6),
    ("bln", 1e9),
    ("bn", 1e9),
    ("trn", 1e12),
    ("tln", 1e12),
    ("tn", 1e12),
    ("mrds", 1e9),
    ("mrd", 1e9),
    ("mds", 1e9),
    ("md", 1e9),
];

/// Longest scale word ("quadrillions").
const SCALE_WORD_MAX: usize = 12;

const SCALE_LETTERS: &[(&str, f64)] = &[
    ("k", 1e3),
    ("K", 1e3),
    ("M", 1e6),
    ("B", 1e9),
    ("b", 1e9),
    ("T", 1e12),
];

/// Whether `w` is a scale word or letter ("millions", "Md", "bn", "M").
pub fn is_scale_word(w: &str) -> bool {
    SCALE_LETTERS.iter().any(|(l, _)| *l == w)
        || ["billion", "billions", "trillion", "trillions"]
            .iter()
            .chain(SCALE_WORDS.iter().map(|(t, _)| t))
            .any(|t| w.eq_ignore_ascii_case(t))
}

/// Parses a scale word right after a number (at most one space before it).
pub fn parse_scale(s: &str, i: usize, lang: Lang) -> Option<Scale> {
    let b = s.as_bytes();
    // "a $2-billion fund", "the ₹4,200-crore scheme": a scale word hyphened to the number (a
    // word only: "2-m" is no scale).
    let hyphened = b.get(i) == Some(&b'-') && b.get(i + 1).is_some_and(u8::is_ascii_lowercase);
    let k = if hyphened {
        i + 1
    } else {
        skip_spaces(s, i, 1)
    };
    // Every scale word and letter below starts with one of these (any case): the first
    // letter answers most misses.
    if !matches!(
        b.get(k)?.to_ascii_lowercase(),
        b'b' | b't' | b'm' | b'q' | b'l' | b'c' | b'k' | b'g'
    ) {
        return None;
    }
    // Québec's "1 G$" (a billion dollars): the letter only glued to a dollar sign.
    if b[k] == b'G' && k > i && b.get(k + 1) == Some(&b'$') {
        return Some(Scale {
            end: k + 1,
            mult: 1e9,
            letter: true,
        });
    }
    // Scale words are whole words of ASCII letters: the word at `k` is compared whole.
    let end = ascii_letters_end(b, k + 1);
    if !boundary_after(s, end) {
        return None;
    }
    let w = &b[k..end];
    if hyphened && w.len() < 2 {
        return None;
    }
    if let [c] = w {
        return SCALE_LETTERS
            .iter()
            .find(|(l, _)| l.as_bytes() == [*c])
            .map(|&(_, mult)| Scale {
                end,
                mult,
                letter: true,
            });
    }
    // Long/short scale: French "billion" is 10^12, "trillion" 10^18, when written the French
    // way, before "de" ("un billion d'euros"); an English amount quoted in a French text
    // ("OpenAI a levé $1.5 billion auprès de…") keeps the short scale.
    let (billion, trillion) = match lang {
        Lang::French if followed_by_de(s, end) => (1e12, 1e18),
        _ => (1e9, 1e12),
    };
    // Lower-cased on the stack, the word is compared only with the table's words of its length.
    let mut buf = [0u8; SCALE_WORD_MAX];
    let lower = buf.get_mut(..w.len())?;
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    let mult = match lower {
        b"billions" | b"billion" => billion,
        b"trillions" | b"trillion" => trillion,
        _ => {
            SCALE_WORDS
                .iter()
                .find(|(t, _)| t.len() == lower.len() && t.as_bytes() == lower)?
                .1
        }
    };
    Some(Scale {
        end,
        mult,
        letter: false,
    })
}

/// Whether "de" or "d'" follows the word ending at `end`, after spaces.
fn followed_by_de(s: &str, end: usize) -> bool {
    let k = skip_spaces(s, end, 2);
    matches!(s.as_bytes().get(k), Some(b'd' | b'D')) && super::lex::skip_de(s, k).is_some()
}

/// A word scale followed by another ("lakh crore", "billion billion", "milliards de
/// milliards"): one scale, their product. Letters ("M", "k") never combine.
pub fn compound(s: &str, sc: Scale, lang: Lang) -> Scale {
    if sc.letter {
        return sc;
    }
    let k = skip_spaces(s, sc.end, 1);
    if k == sc.end {
        return sc;
    }
    let k = super::lex::skip_de(s, k).unwrap_or(k);
    match parse_scale(s, k, lang) {
        Some(x) if !x.letter => Scale {
            end: x.end,
            mult: sc.mult * x.mult,
            letter: false,
        },
        _ => sc,
    }
}

/// True when a percent sign or word follows the number ending at `i`.
pub fn is_percent(s: &str, i: usize) -> bool {
    let k = skip_spaces(s, i, 1);
    match s.as_bytes().get(k) {
        Some(b'%') => true,
        // Every percent word starts with a "p".
        Some(b'p' | b'P') => [
            "pour cent",
            "pourcent",
            "percent",
            "per cent",
            "points de pourcentage",
            "percentage",
        ]
        .iter()
        .any(|w| word_ci(s, k, w).is_some()),
        _ => false,
    }
}

/// True when a numeral may start at digit `i`: not glued to a word ("H100", "GPT-4"), a path or
/// a date ("2025/11/28"), nor the tail of a number already rejected ("1,2").
pub fn numeral_may_start(s: &str, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let b = s.as_bytes();
    match b[i - 1] {
        b'/' | b'#' | b'_' | b'\\' | b'=' | b'@' | b'[' | b'^' => false,
        // "GPT-4", "R-1" (but "30-50" may open a range).
        b'-' => i < 2 || !b[i - 2].is_ascii_alphabetic(),
        b'.' | b',' | b':' => i < 2 || !b[i - 2].is_ascii_alphanumeric(),
        _ => boundary_before(s, i),
    }
}

/// True when a word (possibly ending a numeral) is glued to letters at `i`.
pub fn glued(s: &str, i: usize) -> bool {
    !boundary_after(s, i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{English as En, French as Fr};

    fn num(s: &str, lang: Lang) -> Option<(f64, &str)> {
        parse_digits(s, 0, lang).map(|n| (n.value(), &s[..n.end]))
    }

    #[test]
    fn scale_words_start_with_a_prefiltered_letter() {
        let words = SCALE_WORDS.iter().chain(SCALE_LETTERS).map(|w| w.0);
        for w in words.chain(["billions", "trillions"]) {
            let c = w.as_bytes()[0].to_ascii_lowercase();
            assert!(b"btmqlck".contains(&c), "{w}");
            // parse_scale compares the whole run of ASCII letters at the cursor.
            assert!(w.bytes().all(|c| c.is_ascii_alphabetic()), "{w}");
        }
        // parse_scale compares a lower-cased copy of at most SCALE_WORD_MAX bytes.
        for (w, _) in SCALE_WORDS {
            assert!(w.len() <= SCALE_WORD_MAX && w.bytes().all(|c| c.is_ascii_lowercase()));
        }
    }

    #[test]
    fn digit_groups_follow_the_language() {
        assert_eq!(num("24 000 puces", Fr), Some((24000.0, "24 000")));
        assert_eq!(num("11,7 milliards", Fr), Some((11.7, "11,7")));
        assert_eq!(num("94.000 $", Fr), Some((94000.0, "94.000")));
        assert_eq!(num("125.000,50 $", Fr), Some((125000.5, "125.000,50")));
        assert_eq!(num("4.5 milliards", Fr), Some((4.5, "4.5")));
        assert_eq!(num("10,000 GPUs", En), Some((10000.0, "10,000")));
        assert_eq!(num("1,300.5 tons", En), Some((1300.5, "1,300.5")));
        assert_eq!(num("1.000.000 of", En), Some((1e6, "1.000.000")));
        assert_eq!(num("$2.75.", En), None);
        assert_eq!(num("2.75.", En), Some((2.75, "2.75")));
        assert_eq!(num("2024 100 000", Fr), Some((2024.0, "2024")));
        assert_eq!(num("28.11.2025", Fr), None);
        assert_eq!(num("1,2,3", En), None);
        assert_eq!(num("11,7 milliards", En), Some((11.7, "11,7")));
    }

    #[test]
    fn years_are_flagged() {
        assert!(parse_digits("2025 ", 0, Fr).is_some_and(|n| n.year_like));
        assert!(parse_digits("2 025 ", 0, Fr).is_some_and(|n| !n.year_like));
    }

    #[test]
    fn scales_depend_on_language_and_case() {
        let sc = |s: &str, l| parse_scale(s, 0, l).map(|x| (x.mult, x.letter));
        assert_eq!(sc(" milliards", Fr), Some((1e9, false)));
        assert_eq!(sc(" billion", En), Some((1e9, false)));
        assert_eq!(sc(" billion d'euros", Fr), Some((1e12, false)));
        assert_eq!(sc(" billions de dollars", Fr), Some((1e12, false)));
        // An English amount quoted in a French text keeps the short scale.
        assert_eq!(sc(" billion auprès", Fr), Some((1e9, false)));
        assert_eq!(sc("bn", En), Some((1e9, false)));
        assert_eq!(sc(" Md€", Fr), Some((1e9, false)));
        assert_eq!(sc("M€", Fr), Some((1e6, true)));
        assert_eq!(sc("MW", Fr), None);
        assert_eq!(sc(" m", Fr), None);
        assert_eq!(sc(" millionaires", En), None);
    }

    #[test]
    fn percents_and_glued_digits() {
        assert!(is_percent("81 %", 2));
        assert!(is_percent("5% ", 1));
        assert!(is_percent("5 per cent", 1));
        assert!(!is_percent("5 GW", 1));
        let s = "GPT-4 et H100 puis 5-10";
        assert!(!numeral_may_start(s, 4));
        assert!(!numeral_may_start(s, 11));
        assert!(numeral_may_start(s, 19));
        assert!(numeral_may_start(s, 21));
    }
}
