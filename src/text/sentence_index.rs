//! The sentences of one text, split once when first asked for, then found by binary search:
//! the look-ups that attribution makes again and again (where does this sentence start, which
//! sentence holds this figure) cost a search, not a new split.

use std::cell::OnceCell;
use std::ops::Range;

/// Lazily split sentences of a text.
pub struct SentenceIndex<'a> {
    s: &'a str,
    split: fn(&str) -> Vec<Range<usize>>,
    all: OnceCell<Vec<Range<usize>>>,
}

impl<'a> SentenceIndex<'a> {
    /// The index of `s`, split by `split` (the text module's `sentences`) when first asked.
    pub fn new(s: &'a str, split: fn(&str) -> Vec<Range<usize>>) -> Self {
        SentenceIndex {
            s,
            split,
            all: OnceCell::new(),
        }
    }

    /// The text the index is of.
    pub fn text(&self) -> &'a str {
        self.s
    }

    fn all(&self) -> &[Range<usize>] {
        self.all.get_or_init(|| (self.split)(self.s))
    }

    /// The sentence holding byte `at`; between sentences (white space, a blank line), the
    /// empty range at `at`.
    pub fn around(&self, at: usize) -> Range<usize> {
        let all = self.all();
        let i = all.partition_point(|r| r.end < at);
        match all.get(i) {
            Some(r) if r.start <= at => r.clone(),
            _ => at..at,
        }
    }

    /// Where the sentence holding `at` starts; between sentences, where the sentence before
    /// `at` starts (0 before the first).
    pub fn start_of(&self, at: usize) -> usize {
        let all = self.all();
        let i = all.partition_point(|r| r.start <= at);
        i.checked_sub(1).map_or(0, |k| all[k].start)
    }
}

#[cfg(test)]
mod tests;
