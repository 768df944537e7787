//! Spelled-out numbers in French and English news: "deux millions", "vingt-cinq", "quatre-vingt",
//! "un quintillion", "a billion", "thirteen", "three quarters", with a cheap per-word prefilter.

use super::lex::{boundary_after, prefix_ci, skip_spaces, word_ci};
use super::number::{Num, parse_scale};
use crate::text::Lang;

/// What a number word does.
#[derive(Clone, Copy)]
enum W {
    Add(f64),
    Hundred,
    Thousand,
    /// "half", "quarter(s)": multiplies what came before (or one).
    Frac(f64),
}

const EN_WORDS: &[(&str, W)] = &[
    ("one", W::Add(1.0)),
    ("two", W::Add(2.0)),
    ("three", W::Add(3.0)),
    ("four", W::Add(4.0)),
    ("five", W::Add(5.0)),
    ("six", W::Add(6.0)),
    ("seven", W::Add(7.0)),
    ("eight", W::Add(8.0)),
    ("nine", W::Add(9.0)),
    ("ten", W::Add(10.0)),
    ("eleven", W::Add(11.0)),
    ("twelve", W::Add(12.0)),
    ("thirteen", W::Add(13.0)),
    ("fourteen", W::Add(14.0)),
    ("fifteen", W::Add(15.0)),
    ("sixteen", W::Add(16.0)),
    ("seventeen", W::Add(17.0)),
    ("eighteen", W::Add(18.0)),
    ("nineteen", W::Add(19.0)),
    ("twenty", W::Add(20.0)),
    ("thirty", W::Add(30.0)),
    ("forty", W::Add(40.0)),
    ("fifty", W::Add(50.0)),
    ("sixty", W::Add(60.0)),
    ("seventy", W::Add(70.0)),
    ("eighty", W::Add(80.0)),
    ("ninety", W::Add(90.0)),
    ("hundred", W::Hundred),
    ("half", W::Frac(0.5)),
    ("quarters", W::Frac(0.25)),
    ("quarter", W::Frac(0.25)),
    ("thousand", W::Thousand),
];

const FR_WORDS: &[(&str, W)] = &[
    ("une", W::Add(1.0)),
    ("un", W::Add(1.0)),
    ("deux", W::Add(2.0)),
    ("trois", W::Add(3.0)),
    ("quatre", W::Add(4.0)),
    ("cinq", W::Add(5.0)),
    ("demi", W::Frac(0.5)),
    ("six", W::Add(6.0)),
    ("sept", W::Add(7.0)),
    ("huit", W::Add(8.0)),
    ("neuf", W::Add(9.0)),
    ("dix", W::Add(10.0)),
    ("onze", W::Add(11.0)),
    ("douze", W::Add(12.0)),
    ("treize", W::Add(13.0)),
    ("quatorze", W::Add(14.0)),
    ("quinze", W::Add(15.0)),
    ("seize", W::Add(16.0)),
    ("vingts", W::Add(20.0)),
    ("vingt", W::Add(20.0)),
    ("trente", W::Add(30.0)),
    ("quarante", W::Add(40.0)),
    ("cinquante", W::Add(50.0)),
    ("soixante", W::Add(60.0)),
    // Belgian and Swiss French.
    ("septante", W::Add(70.0)),
    ("huitante", W::Add(80.0)),
    ("octante", W::Add(80.0)),
    ("nonante", W::Add(90.0)),
    ("cents", W::Hundred),
    ("cent", W::Hundred),
    ("mille", W::Thousand),
];

/// True when this ASCII word is a number word ("deux", "One") or, in English, the article
/// "a"/"an" that may stand for one: the scan's filter before [`parse_words`].
#[inline]
pub fn may_be_number_word(w: &[u8], lang: Lang) -> bool {
    let shapes = match lang {
        Lang::English => &EN_SHAPES,
        Lang::French => &FR_SHAPES,
    };
    has_shape(w, shapes)
        && ((lang == Lang::English && matches!(w, b"a" | b"an" | b"A" | b"An"))
            || lookup(w, lang).is_some())
}

/// True when some word of `shapes` has the first letter, length and last letter of `w`: a
/// cheap test that rules out most words before any comparison.
#[inline]
fn has_shape(w: &[u8], shapes: &Shapes) -> bool {
    let (Some(first), Some(last)) = (w.first(), w.last()) else {
        return false;
    };
    let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    w.len() <= MAX_LEN
        && first.is_ascii_lowercase()
        && last.is_ascii_lowercase()
        && shapes[usize::from(first - b'a')][w.len()] & (1 << (last - b'a')) != 0
}

/// The number word equal to `w` (ASCII letters, compared case-insensitively), if any.
#[inline]
fn lookup(w: &[u8], lang: Lang) -> Option<W> {
    let (table, shapes, by_shape) = match lang {
        Lang::English => (EN_WORDS, &EN_SHAPES, &EN_BY_SHAPE),
        Lang::French => (FR_WORDS, &FR_SHAPES, &FR_BY_SHAPE),
    };
    if !has_shape(w, shapes) {
        return None;
    }
    // has_shape checked the first letter and the length.
    let mut same_shape = by_shape[usize::from((w[0] | 0x20) - b'a')][w.len()];
    while same_shape != 0 {
        let (t, v) = table[same_shape.trailing_zeros() as usize];
        if t.as_bytes().eq_ignore_ascii_case(w) {
            return Some(v);
        }
        same_shape &= same_shape - 1;
    }
    None
}

/// For each first letter and length, a bit per position in the table of the words of that
/// first letter and length.
type ByShape = [[u64; MAX_LEN + 1]; 26];

/// The words of `table` (at most 64, lower-case ASCII letters) by first letter and length.
const fn by_shape(table: &[(&str, W)]) -> ByShape {
    assert!(table.len() <= 64);
    let mut by = [[0u64; MAX_LEN + 1]; 26];
    let mut p = 0;
    while p < table.len() {
        let w = table[p].0.as_bytes();
        by[(w[0] - b'a') as usize][w.len()] |= 1 << p;
        p += 1;
    }
    by
}

const EN_BY_SHAPE: ByShape = by_shape(EN_WORDS);
const FR_BY_SHAPE: ByShape = by_shape(FR_WORDS);

/// Longest number word in the tables.
const MAX_LEN: usize = 13;

/// For each first letter and length, a bit per last letter.
type Shapes = [[u32; MAX_LEN + 1]; 26];

/// The shapes of a table's words and of `extra` words (lower-case ASCII letters).
const fn shapes(table: &[(&str, W)], extra: &[&str]) -> Shapes {
    let mut masks = [[0u32; MAX_LEN + 1]; 26];
    let mut i = 0;
    while i < table.len() + extra.len() {
        let w = if i < table.len() {
            table[i].0.as_bytes()
        } else {
            extra[i - table.len()].as_bytes()
        };
        assert!(w.len() <= MAX_LEN);
        masks[(w[0] - b'a') as usize][w.len()] |= 1 << (w[w.len() - 1] - b'a');
        i += 1;
    }
    masks
}

/// English shapes include the article "a"/"an" (see [`may_be_number_word`]).
const EN_SHAPES: Shapes = shapes(EN_WORDS, &["a", "an"]);
const FR_SHAPES: Shapes = shapes(FR_WORDS, &[]);

/// The number word at `k` (ASCII letters, whole word), looked up without allocating.
fn number_word(s: &str, k: usize, lang: Lang) -> Option<(usize, W)> {
    let b = s.as_bytes();
    let mut e = k;
    while e < b.len() && b[e].is_ascii_alphabetic() && e - k < 13 {
        e += 1;
    }
    let w = lookup(&b[k..e], lang)?;
    if !boundary_after(s, e) {
        return None;
    }
    // "quatre-vingt(s)" is eighty.
    if lang == Lang::French
        && b[k..e].eq_ignore_ascii_case(b"quatre")
        && let Some(e2) = ["-vingts", "-vingt"].iter().find_map(|p| word_ci(s, e, p))
    {
        return Some((e2, W::Add(80.0)));
    }
    Some((e, w))
}

/// Parses a spelled-out number starting at `i` (a word start).
pub fn parse_words(s: &str, i: usize, lang: Lang) -> Option<Num> {
    // "a"/"an" only stand for one before hundred/thousand/a scale word.
    let (mut j, mut current, mut article) = (i, 0f64, false);
    if lang == Lang::English
        && let Some(e) = word_ci(s, i, "a").or_else(|| word_ci(s, i, "an"))
    {
        let k = skip_spaces(s, e, 1);
        // "a gigawatt", "a second gigawatt": one of a power unit.
        if k > e
            && number_word(s, k, lang).is_none()
            && parse_scale(s, k, lang).is_none()
            && super::compute::power_after(s, e, true).is_none()
        {
            return None;
        }
        if k > e {
            (j, current, article) = (e, 1.0, true);
        }
    }
    let (mut total, mut words, mut end) = (0f64, usize::from(article), j);
    let mut last_frac = false;
    loop {
        let k = if words == 0 {
            j
        } else {
            let mut k = j;
            if s.as_bytes().get(k) == Some(&b'-') {
                k += 1;
            } else {
                k = skip_spaces(s, k, 1);
                if k == j {
                    break;
                }
                for joiner in ["et ", "and "] {
                    if let Some(e) = prefix_ci(s, k, joiner) {
                        k = e;
                        break;
                    }
                }
            }
            k
        };
        let Some((e, w)) = number_word(s, k, lang) else {
            break;
        };
        if article && words == 1 && matches!(w, W::Add(_)) {
            break;
        }
        match w {
            W::Add(v) => current += v,
            // French "cent" multiplies units only: "quarante-cinq cents" is 45 cents.
            W::Hundred if lang == Lang::French && current >= 10.0 => break,
            W::Hundred => current = current.max(1.0) * 100.0,
            W::Frac(f) => current = current.max(1.0) * f,
            W::Thousand => {
                total += current.max(1.0) * 1000.0;
                current = 0.0;
            }
        }
        words += 1;
        j = e;
        end = e;
        last_frac = matches!(w, W::Frac(_));
    }
    if words == 0 {
        return None;
    }
    // "half a trillion dollars", "a quarter of a billion euros": the article between a
    // fraction and its scale is the fraction's.
    if last_frac && lang == Lang::English {
        let k = skip_spaces(s, end, 1);
        let k = prefix_ci(s, k, "of ").unwrap_or(k);
        if let Some(e) = word_ci(s, k, "a").or_else(|| word_ci(s, k, "an"))
            && parse_scale(s, e, lang).is_some()
        {
            end = e;
        }
    }
    let value = total + current;
    let single_one = words == 1 && value == 1.0;
    Some(Num {
        start: i,
        end,
        mant: value,
        div: 1.0,
        spelled: true,
        article: article || single_one,
        year_like: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{English as En, French as Fr};

    #[test]
    fn spelled_numbers_in_both_languages() {
        let w = |s: &str, l| parse_words(s, 0, l).map(|n| (n.value(), n.end, n.article));
        assert_eq!(w("deux millions", Fr), Some((2.0, 4, false)));
        assert_eq!(w("un quintillion", Fr), Some((1.0, 2, true)));
        assert_eq!(w("vingt-cinq euros", Fr), Some((25.0, 10, false)));
        assert_eq!(w("trois cents millions", Fr), Some((300.0, 11, false)));
        assert_eq!(w("quatre-vingt-dix", Fr), Some((90.0, 16, false)));
        assert_eq!(w("forty-five cents", En), Some((45.0, 10, false)));
        assert_eq!(w("a billion", En), Some((1.0, 1, true)));
        assert_eq!(w("a hundred thousand", En), Some((100000.0, 18, true)));
        assert_eq!(w("a company", En), None);
        assert_eq!(w("seventeen", Fr), None);
        assert_eq!(w("quarante-cinq cents", Fr), Some((45.0, 13, false)));
        assert_eq!(w("three quarters billion", En), Some((0.75, 14, false)));
        assert_eq!(w("a quarter million", En), Some((0.25, 9, true)));
        assert_eq!(w("half a trillion", En).map(|x| (x.0, x.1)), Some((0.5, 6)));
        assert_eq!(
            w("a quarter of a billion", En).map(|x| (x.0, x.1)),
            Some((0.25, 14))
        );
        assert_eq!(w("demi", Fr).map(|x| x.0), Some(0.5));
    }
}
