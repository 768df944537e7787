//! What the rows of the figures of one sentence share, read once for them all, and the buffers
//! a row is built in.

use super::words::starts_with_reference;
use super::{Article, WINDOW};
use crate::extract::types::EntityKind;
use std::ops::Range;

/// The most features a row sets: a row is built in a fixed buffer, not a new `Vec`.
const MAX_SET: usize = 40;

/// One row's features as they are set, in order.
pub struct Set {
    n: usize,
    x: [(u16, f32); MAX_SET],
}

impl Default for Set {
    fn default() -> Self {
        Set {
            n: 0,
            x: [(0, 0.0); MAX_SET],
        }
    }
}

impl Set {
    pub fn clear(&mut self) {
        self.n = 0;
    }

    pub fn set(&mut self, i: usize, v: f32) {
        self.x[self.n] = (i as u16, v);
        self.n += 1;
    }

    pub fn get(&self) -> &[(u16, f32)] {
        &self.x[..self.n]
    }
}

/// What the rows of the figures of one sentence share.
#[derive(Default)]
pub struct Sentence {
    pub sent: Range<usize>,
    pub para: Range<usize>,
    /// The first name (no product) of the sentence before, in the same paragraph.
    pub prev_first: Option<usize>,
    /// The names at the end of the sentence before, and those of them that are candidates.
    pub in_prev: Vec<usize>,
    pub prev_adds: Vec<usize>,
    pub first_in_sent: Option<usize>,
    /// The paragraph's first name that is no person.
    pub para_first: Option<usize>,
    /// Whether the sentence opens on a pronoun or "the company".
    pub reference: bool,
}

/// Buffers reused from figure to figure.
#[derive(Default)]
pub struct Scratch {
    pub cands: Vec<usize>,
    pub sentence: Option<Sentence>,
    pub set: Set,
    /// The last line read and its paragraph.
    pub line: Option<(Range<usize>, Range<usize>)>,
}

impl Article<'_> {
    /// What the rows of every figure in sentence `sent` of paragraph `para` share, kept in
    /// `ctx` (figures of one sentence come one after another: read once for them all).
    pub fn sentence<'c>(
        &self,
        ctx: &'c mut Option<Sentence>,
        sent: &Range<usize>,
        para: &Range<usize>,
    ) -> &'c Sentence {
        if let Some(c) = ctx
            && c.sent == *sent
            && c.para == *para
        {
            return ctx.as_ref().expect("just seen");
        }
        let mut c = ctx.take().unwrap_or_default();
        c.sent = sent.clone();
        c.para = para.clone();
        let prev = (sent.start > para.start)
            .then(|| self.sents.around(sent.start.saturating_sub(1)))
            .filter(|r| !r.is_empty() && r.start >= para.start);
        c.prev_first = prev.as_ref().and_then(|p| {
            self.within(p)
                .find(|&i| self.entities[i].kind != EntityKind::Product)
                .map(|i| self.name_of(i))
        });
        let prev_end = prev
            .as_ref()
            .map(|p| p.start.max(p.end.saturating_sub(WINDOW))..p.end);
        c.prev_adds.clear();
        c.in_prev.clear();
        if let Some(p) = &prev_end {
            for i in self.within(p) {
                c.in_prev.push(self.name_of(i));
                if !matches!(
                    self.entities[i].kind,
                    EntityKind::Product | EntityKind::Person
                ) {
                    c.prev_adds.push(self.name_of(i));
                }
            }
        }
        c.first_in_sent = self.within(sent).next().map(|i| self.name_of(i));
        c.para_first = self
            .within(para)
            .find(|&i| self.entities[i].kind != EntityKind::Person)
            .map(|i| self.name_of(i));
        let opening = self.s.floor_char_boundary(sent.end.min(sent.start + 200));
        c.reference = starts_with_reference(self.s.get(sent.start..opening).unwrap_or(""));
        ctx.insert(c)
    }
}
