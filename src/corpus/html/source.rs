//! Maps spans of a web page's article text back onto the page as decoded, markup included, so
//! that the batch output can give offsets into the file (see `shared/contracts/extract.md`).
//!
//! The text nodes of the parsed tree are found again, in document order, in the page's visible
//! character stream ([`visible`](super::visible)); each article character then knows the
//! characters of the file it came from (several for `&nbsp;`, two for a CR LF).

use super::visible::{self, Visible};
use ego_tree::NodeId;
use scraper::{Html, Node};
use std::collections::HashMap;

/// Where each character of a web page's article text came from in the page, and the page.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceMap {
    page: String,
    /// For each char of the article text, its `[start, end)` char range in `page`. Characters
    /// the extraction inserted (paragraph breaks, spaces between cells) are empty ranges placed
    /// right after the previous character.
    spans: Vec<(u32, u32)>,
    /// Byte offset in `page` of every `CHECKPOINT`-th char, to slice it by chars quickly.
    checkpoints: Vec<u32>,
}

const CHECKPOINT: usize = 64;

/// A span of the page: char offsets and the text between them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSpan<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

impl SourceMap {
    pub(super) fn new(page: String, spans: Vec<(u32, u32)>) -> SourceMap {
        let checkpoints = page
            .char_indices()
            .step_by(CHECKPOINT)
            .map(|(b, _)| b as u32)
            .collect();
        SourceMap {
            page,
            spans,
            checkpoints,
        }
    }

    /// The page as decoded.
    pub fn page(&self) -> &str {
        &self.page
    }

    /// The page span that the article text's chars `[start, end)` came from: from the first
    /// char's source to the end of the last one's, so markup inside the span is included.
    pub fn span(&self, start: usize, end: usize) -> PageSpan<'_> {
        let at = |i: usize| self.spans.get(i).copied();
        let last = self.spans.last().map_or(0, |s| s.1);
        let s = at(start).map_or(last, |s| s.0) as usize;
        let e = if end > start {
            at(end - 1).map_or(last, |s| s.1) as usize
        } else {
            s
        };
        let e = e.max(s);
        PageSpan {
            start: s,
            end: e,
            text: &self.page[self.byte(s)..self.byte(e)],
        }
    }

    /// The byte offset of char `c` of the page (its length past the end).
    fn byte(&self, c: usize) -> usize {
        let Some(&from) = self.checkpoints.get(c / CHECKPOINT) else {
            return self.page.len();
        };
        let from = from as usize;
        self.page[from..]
            .char_indices()
            .nth(c % CHECKPOINT)
            .map_or(self.page.len(), |(b, _)| from + b)
    }
}

/// The visible-stream index where each text node of the tree starts, for the text nodes found
/// in the page's source; the others (rare: text the parser moved or rewrote) are left out.
pub(super) struct Origins {
    visible: Visible,
    starts: HashMap<NodeId, usize>,
}

/// How far past the expected place a text node is looked for before giving up on it.
const SEARCH_WINDOW: usize = 4096;

impl Origins {
    /// Aligns the text nodes of `doc`, parsed from `page`, with the page.
    pub(super) fn new(doc: &Html, page: &str) -> Origins {
        let visible = visible::scan(page);
        let mut starts = HashMap::new();
        let mut cursor = 0usize;
        let mut node_chars = Vec::new();
        for node in doc.tree.root().descendants() {
            let Node::Text(t) = node.value() else {
                continue;
            };
            node_chars.clear();
            node_chars.extend(t.chars());
            if let Some(at) = locate(&visible.chars, cursor, &node_chars) {
                starts.insert(node.id(), at);
                cursor = at + node_chars.len();
            }
        }
        Origins { visible, starts }
    }

    /// The page range of char `k` of text node `node`.
    pub(super) fn range(&self, node: NodeId, k: usize) -> Option<(u32, u32)> {
        let at = self.starts.get(&node)?;
        self.visible.spans.get(at + k).copied()
    }
}

/// Where `needle` next occurs in `hay` at or after `from`: at `from` itself, or past white space
/// the parser dropped, or failing that within a window ahead.
fn locate(hay: &[char], from: usize, needle: &[char]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let fits = |i: usize| hay.get(i..i + needle.len()) == Some(needle);
    if fits(from) {
        return Some(from);
    }
    let past_space = from
        + hay
            .get(from..)?
            .iter()
            .take_while(|c| c.is_whitespace())
            .count();
    if fits(past_space) {
        return Some(past_space);
    }
    let end = hay.len().min(from.saturating_add(SEARCH_WINDOW));
    (from..end).find(|&i| hay[i] == needle[0] && fits(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_slice_the_page_by_chars() {
        let page = "é".repeat(200) + "&amp;x";
        let mut spans: Vec<(u32, u32)> = vec![(200, 205), (205, 206)];
        spans.insert(1, (205, 205));
        let m = SourceMap::new(page, spans);
        let s = m.span(0, 3);
        assert_eq!((s.start, s.end, s.text), (200, 206, "&amp;x"));
        assert_eq!(m.span(0, 1).text, "&amp;");
        assert_eq!(m.span(2, 3).text, "x");
        assert_eq!(m.span(3, 3).text, "");
    }

    #[test]
    fn locate_prefers_the_expected_place() {
        let hay: Vec<char> = "ab \n cd ab".chars().collect();
        let n = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(locate(&hay, 0, &n("ab")), Some(0));
        assert_eq!(locate(&hay, 2, &n("cd")), Some(5));
        assert_eq!(locate(&hay, 2, &n("ab")), Some(8));
        assert_eq!(locate(&hay, 2, &n("zz")), None);
    }
}
