//! The clause breaks of a sentence ([`CLAUSE_BREAKS`]), found in one pass when its first figure
//! is read: where each of its figures' clauses starts and ends is then a binary search, not a
//! scan of the sentence — a sentence of half a megabyte with thousands of figures cost the
//! square of its length. Only sentences with figures are read.

use super::clause::CLAUSE_BREAKS;
use crate::text::swar;
use std::ops::Range;

/// Where the clause breaks of one sentence are (wholly inside it: the only ones a clause of
/// the sentence can end at), as byte offsets into the whole text.
pub struct ClauseIndex {
    /// Every break as a clause's start sees it, matched ignoring ASCII case: (start, end)
    /// byte offsets, by end.
    ci: Vec<(usize, usize)>,
    /// The same matched exactly: how a stretch is read when lower-casing it would change its
    /// length (a rare char such as "İ"), as the sentence-by-sentence reading did.
    cs: Vec<(usize, usize)>,
    /// Byte offsets of the chars whose lower case has another length.
    odd: Vec<usize>,
    /// Breaks that end a clause (';' and the break words, not ':'): (start, shortest length),
    /// by start.
    ends: Vec<(usize, usize)>,
}

impl ClauseIndex {
    /// The breaks lying wholly inside `s[sent]`.
    pub fn new(s: &str, sent: Range<usize>) -> ClauseIndex {
        let b = &s.as_bytes()[..sent.end];
        let (mut ci, mut cs, mut ends) = (Vec::new(), Vec::new(), Vec::new());
        for i in break_starts(b, sent.clone()) {
            let mut shortest: Option<usize> = None;
            // Only the words that begin with these two bytes are compared whole.
            let next = b.get(i + 1).map(u8::to_ascii_lowercase);
            for w in CLAUSE_BREAKS {
                let wb = w.as_bytes();
                if wb[0] != b[i] || wb.get(1).is_some_and(|&c| Some(c) != next) {
                    continue;
                }
                let Some(at) = b.get(i..i + w.len()) else {
                    continue;
                };
                if at == w.as_bytes() {
                    cs.push((i, i + w.len()));
                }
                if at.eq_ignore_ascii_case(w.as_bytes()) {
                    ci.push((i, i + w.len()));
                    if *w != ":" {
                        shortest = Some(shortest.map_or(w.len(), |l: usize| l.min(w.len())));
                    }
                }
            }
            if let Some(len) = shortest {
                ends.push((i, len));
            }
        }
        ci.sort_by_key(|&(_, e)| e);
        cs.sort_by_key(|&(_, e)| e);
        ClauseIndex {
            ci,
            cs,
            odd: odd_chars(&s[sent.clone()])
                .into_iter()
                .map(|o| o + sent.start)
                .collect(),
            ends,
        }
    }

    /// Where the figure's clause starts: after the last clause break in `sent_start..at`, else
    /// at `sent_start` (`sent_start..at` inside the indexed sentence).
    pub fn clause_start(&self, sent_start: usize, at: usize) -> usize {
        let range: Range<usize> = sent_start..at;
        let k = self.odd.partition_point(|&o| o < sent_start);
        let list = if self.odd.get(k).is_some_and(|o| range.contains(o)) {
            &self.cs
        } else {
            &self.ci
        };
        let mut k = list.partition_point(|&(_, e)| e <= at);
        // From the break ending last: the first one wholly inside the stretch (those that
        // straddle its start are few).
        while k > 0 {
            k -= 1;
            let (start, end) = list[k];
            if end < sent_start {
                break;
            }
            if start >= sent_start {
                return end;
            }
        }
        sent_start
    }

    /// Where the figure's clause ends: the first clause break after `from` that fits before
    /// `sent_end` (at most `len`), else `sent_end` (`sent_end`: the indexed sentence's end).
    pub fn clause_end(&self, from: usize, sent_end: usize, len: usize) -> usize {
        let end = sent_end.min(len);
        let k = self.ends.partition_point(|&(i, _)| i < from);
        for &(i, l) in &self.ends[k..] {
            if i >= end {
                break;
            }
            if i + l <= end {
                return i;
            }
        }
        sent_end
    }
}

/// The first letters of the break words (" tandis qu", " alors qu", " whereas ", " while ",
/// " but ", " mais "), in lower case.
const BREAK_WORD_FIRSTS: [u8; 5] = *b"tawbm";

/// Whether `c`, the byte after a space, can begin a break word, in either case.
#[cfg(test)]
fn starts_break_word(c: u8) -> bool {
    BREAK_WORD_FIRSTS.contains(&(c | 0x20))
}

/// The bytes of `b[sent]` a break can start at: ';', ':' and each space whose next byte can
/// begin a break word, found 16 bytes at a time (spaces are too frequent for a memchr to pay).
/// `b` ends with the sentence: the loads pad past it with bytes that start nothing.
fn break_starts(b: &[u8], sent: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    sent.step_by(swar::WIDTH).flat_map(move |block| {
        let x = swar::load(b, block, 0);
        // At each byte, the byte after it, ASCII letters lower-cased.
        let next = swar::load(b, block + 1, 0) | (swar::ONES * 0x20);
        let word = BREAK_WORD_FIRSTS
            .iter()
            .fold(0, |m, &c| m | swar::eq(next, c));
        let mut m = swar::bits(swar::eq(x, b';') | swar::eq(x, b':') | (swar::eq(x, b' ') & word));
        std::iter::from_fn(move || {
            (m != 0).then(|| {
                let k = m.trailing_zeros() as usize;
                m &= m - 1;
                block + k
            })
        })
    })
}

/// Byte offsets of the chars of `s` whose lower case has another length in UTF-8: ASCII is
/// stepped over in one scan to the next non-ASCII byte, and Latin-1 (à..ÿ and their capitals,
/// two bytes either way) is answered without the Unicode tables.
fn odd_chars(s: &str) -> Vec<usize> {
    let b = s.as_bytes();
    let mut odd = Vec::new();
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|x| !x.is_ascii()) {
        // A non-ASCII byte after ASCII or a whole char starts a char.
        i += k;
        let c = s[i..].chars().next().unwrap_or_default();
        if c > '\u{ff}' && c.to_lowercase().map(char::len_utf8).sum::<usize>() != c.len_utf8() {
            odd.push(i);
        }
        i += c.len_utf8();
    }
    odd
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::attribution::clause::{clause_end, clause_start};

    fn boundaries(s: &str) -> Vec<usize> {
        s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
    }

    proptest::proptest! {
        /// The index gives what the sentence scans give, for every stretch of the text.
        #[test]
        fn the_index_agrees_with_the_sentence_scans(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    " whereas ", " While ", " but ", " MAIS ", " tandis qu", " alors QU", ";",
                    ":", " ", "u", "qu", "s ", "mais", "x", "É", "é", "İ", "t ", " BUT ",
                ]),
                0..20,
            ),
            a in 0usize..64,
            z in 0usize..64,
        ) {
            let s: String = parts.concat();
            let bs = boundaries(&s);
            let (a, z) = (bs[a % bs.len()], bs[z % bs.len()]);
            let (lo, hi) = (a.min(z), a.max(z));
            // Indexed as a sentence of its own, or within a longer stretch that holds it.
            let ix = ClauseIndex::new(&s, lo..hi);
            let whole = ClauseIndex::new(&s, 0..s.len());
            for at in bs.iter().copied().filter(|&at| lo <= at && at <= hi) {
                proptest::prop_assert_eq!(ix.clause_start(lo, at), clause_start(&s, lo, at));
                proptest::prop_assert_eq!(ix.clause_end(at, hi, s.len()), clause_end(&s, at, hi));
            }
            proptest::prop_assert_eq!(whole.clause_start(lo, hi), clause_start(&s, lo, hi));
            proptest::prop_assert_eq!(whole.clause_end(lo, hi, s.len()), clause_end(&s, lo, hi));
        }
    }

    proptest::proptest! {
        /// The break starts found 16 bytes at a time are those found byte by byte.
        #[test]
        fn break_starts_are_read_as_byte_by_byte(s in "[;: tTaAwWbBmMx\u{e9}]{0,60}",
                                                 lo in 0usize..60, len in 0usize..60) {
            let b = s.as_bytes();
            let end = (lo + len).min(b.len());
            let lo = lo.min(end);
            let b = &b[..end];
            let plain: Vec<usize> = (lo..end)
                .filter(|&i| match b[i] {
                    b';' | b':' => true,
                    b' ' => b.get(i + 1).is_some_and(|&c| starts_break_word(c)),
                    _ => false,
                })
                .collect();
            proptest::prop_assert_eq!(break_starts(b, lo..end).collect::<Vec<_>>(), plain);
        }
    }

    #[test]
    fn every_break_word_is_seen_by_its_first_letter() {
        for w in CLAUSE_BREAKS.iter().filter_map(|w| w.strip_prefix(' ')) {
            let c = w.as_bytes()[0];
            assert!(
                starts_break_word(c) && starts_break_word(c.to_ascii_uppercase()),
                "{w}"
            );
        }
    }

    proptest::proptest! {
        /// The odd chars are those whose lower case has another length, as read char by char.
        #[test]
        fn odd_chars_are_those_lower_case_resizes(s in "(\\PC|İ|ẞ|Ω){0,80}") {
            let slow: Vec<usize> = s
                .char_indices()
                .filter(|&(_, c)| c.to_lowercase().map(char::len_utf8).sum::<usize>() != c.len_utf8())
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(odd_chars(&s), slow);
        }
    }

    #[test]
    fn a_long_sentence_of_figures_is_read_in_linear_time() {
        // A sentence of 400 KB without a break: each look-up used to scan it whole. Quadratic,
        // this takes minutes in a debug build; indexed, a blink.
        let s = "OpenAI investit 5 milliards et Mistral lève 600 millions, ".repeat(7000);
        let ix = ClauseIndex::new(&s, 0..s.len());
        let mut total = 0usize;
        for at in (0..s.len()).step_by(7) {
            if s.is_char_boundary(at) {
                total += ix.clause_start(0, at) + ix.clause_end(at, s.len(), s.len());
            }
        }
        assert!(total > 0);
    }
}
