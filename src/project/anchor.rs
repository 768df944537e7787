//! Re-anchoring: finding tagged passages again after an article's text changed.
//!
//! A tag keeps its place when the slice at its range still equals its quote and the text around it
//! still equals its stored context. Otherwise each
//! occurrence of the quote (exact, then with look-alike characters normalised) is scored by how
//! well the text around it matches the stored context, and the best one wins (ties go to the one
//! nearest the old place). When the quote is gone, the passage is taken to be whatever now lies
//! between its two stored contexts, if both are found once each and close together. Anything else
//! leaves the tag an orphan: kept in the project with its last known range, and listed.

use super::model::{Tag, TagId};
use super::tags::quote_and_context;
use crate::text::{CharIndex, NormText, normalize_char};
use memchr::memmem;
use std::ops::Range;

/// Shortest context (chars) trusted to locate a passage whose quote is gone.
const MIN_ANCHOR: usize = 12;
/// How much of each context is searched for (chars nearest the passage).
const ANCHOR: usize = 24;

/// How a tag was placed in the new text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// It is still at its range (same quote; same context, or no better place for it).
    Kept,
    /// Its quote was found elsewhere (the range changed).
    Moved,
    /// Its quote is gone but its context was found: the quote is now the text in between.
    Rewritten,
    /// Not found.
    Orphan,
}

/// What re-anchoring did to the tags of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReanchorReport {
    pub kept: Vec<TagId>,
    pub moved: Vec<TagId>,
    pub rewritten: Vec<TagId>,
    pub orphans: Vec<TagId>,
}

impl ReanchorReport {
    fn record(&mut self, id: TagId, p: Placement) {
        match p {
            Placement::Kept => self.kept.push(id),
            Placement::Moved => self.moved.push(id),
            Placement::Rewritten => self.rewritten.push(id),
            Placement::Orphan => self.orphans.push(id),
        }
    }
}

/// An article's new text, prepared once for placing all its tags.
pub struct Anchorer<'a> {
    text: &'a str,
    idx: CharIndex,
    norm: NormText<'a>,
}

impl<'a> Anchorer<'a> {
    pub fn new(text: &'a str) -> Self {
        Anchorer {
            text,
            idx: CharIndex::new(text),
            norm: NormText::new(text),
        }
    }

    /// Places `tag` in the new text, updating its range, quote, context and orphan flag.
    pub fn place(&self, tag: &mut Tag) -> Placement {
        let Some((range, how)) = self.locate(tag) else {
            tag.orphan = true;
            return Placement::Orphan;
        };
        let bytes = self.idx.byte_offset(self.text, range.start)
            ..self.idx.byte_offset(self.text, range.end);
        let (quote, before, after) = quote_and_context(self.text, bytes);
        tag.start = range.start;
        tag.end = range.end;
        tag.quote = quote;
        tag.before = before;
        tag.after = after;
        tag.orphan = false;
        how
    }

    /// Places every tag of a list, reporting what happened.
    pub fn place_all<'t>(&self, tags: impl Iterator<Item = &'t mut Tag>) -> ReanchorReport {
        let mut report = ReanchorReport::default();
        for tag in tags {
            let p = self.place(tag);
            report.record(tag.id, p);
        }
        report
    }

    /// The char range the tag now covers, and how it was found.
    fn locate(&self, tag: &Tag) -> Option<(Range<usize>, Placement)> {
        if tag.quote.is_empty() {
            return None;
        }
        let qlen = tag.quote.chars().count();
        let before = normalize(&tag.before);
        let after = normalize(&tag.after);
        let len = self.idx.char_len();
        if tag.start < tag.end && tag.end <= len {
            let b = self.idx.byte_offset(self.text, tag.start)
                ..self.idx.byte_offset(self.text, tag.end);
            // Same quote, same surroundings: nothing to do. (Same quote, other surroundings:
            // compete with the other occurrences below; ties stay here.)
            if self.text[b] == *tag.quote
                && self.context_score(tag.start, tag.end, &before, &after)
                    == before.chars().count() + after.chars().count()
            {
                return Some((tag.start..tag.end, Placement::Kept));
            }
        }
        let mut starts: Vec<usize> = memmem::find_iter(self.text.as_bytes(), &tag.quote)
            .map(|b| self.idx.char_offset(self.text, b))
            .collect();
        if starts.is_empty() {
            let nq = normalize(&tag.quote);
            let ns = self.norm.as_str();
            starts = memmem::find_iter(ns.as_bytes(), &nq)
                .map(|b| self.norm.char_offset(b))
                .collect();
        }
        if !starts.is_empty() {
            let best = starts.into_iter().max_by_key(|&s| {
                let score = self.context_score(s, s + qlen, &before, &after);
                // Higher score first, then nearest the old place.
                (score, std::cmp::Reverse(s.abs_diff(tag.start)))
            })?;
            let how = if best == tag.start && qlen == tag.end - tag.start {
                Placement::Kept
            } else {
                Placement::Moved
            };
            return Some((best..best + qlen, how));
        }
        self.between_contexts(tag, qlen)
            .map(|r| (r, Placement::Rewritten))
    }

    /// Chars of stored context that match the text around `[start, end)`.
    fn context_score(&self, start: usize, end: usize, before: &str, after: &str) -> usize {
        let ns = self.norm.as_str();
        let head = &ns[..self.norm.byte_offset(start)];
        let tail = &ns[self.norm.byte_offset(end)..];
        let b = head
            .chars()
            .rev()
            .zip(before.chars().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let a = tail
            .chars()
            .zip(after.chars())
            .take_while(|(x, y)| x == y)
            .count();
        a + b
    }

    /// The text now between the stored contexts, when each is found exactly once, in order and
    /// not much further apart than the old quote was long.
    fn between_contexts(&self, tag: &Tag, qlen: usize) -> Option<Range<usize>> {
        let ns = self.norm.as_str();
        let before = normalize(&tag.before);
        let after = normalize(&tag.after);
        let start = if before.is_empty() && tag.start == 0 {
            Some(0)
        } else {
            let probe = last_chars(&before, ANCHOR);
            (probe.chars().count() >= MIN_ANCHOR)
                .then(|| unique(ns, probe))
                .flatten()
                .map(|b| self.norm.char_offset(b + probe.len()))
        };
        let end = if after.is_empty() && start.is_some() {
            Some(self.idx.char_len())
        } else {
            let probe = first_chars(&after, ANCHOR);
            (probe.chars().count() >= MIN_ANCHOR)
                .then(|| unique(ns, probe))
                .flatten()
                .map(|b| self.norm.char_offset(b))
        };
        // At least one side must be a real anchor.
        if before.is_empty() && after.is_empty() {
            return None;
        }
        let (start, end) = (start?, end?);
        (start < end && end - start <= 2 * qlen + 40).then_some(start..end)
    }
}

fn normalize(s: &str) -> String {
    s.chars().map(normalize_char).collect()
}

/// The byte offset of the only occurrence of `needle`, if it occurs exactly once.
fn unique(hay: &str, needle: &str) -> Option<usize> {
    let mut it = memmem::find_iter(hay.as_bytes(), needle.as_bytes());
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

fn last_chars(s: &str, n: usize) -> &str {
    let from = s.char_indices().rev().nth(n - 1).map_or(0, |(b, _)| b);
    &s[from..]
}

fn first_chars(s: &str, n: usize) -> &str {
    let to = s.char_indices().nth(n).map_or(s.len(), |(b, _)| b);
    &s[..to]
}
