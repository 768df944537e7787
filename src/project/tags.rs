//! Tagged passages: placing, editing, removing and counting them.

use super::errors::EditError;
use super::model::{ArticleId, Book, CONTEXT_CHARS, Tag, TagId, ThemeId, new_guid};
use super::time::Timestamp;
use std::collections::BTreeMap;
use std::collections::hash_map::{Entry, HashMap};
use std::ops::Range;

/// A char range of `text` as a byte range, or `None` when it falls outside the text.
pub(crate) fn char_range_to_bytes(text: &str, chars: Range<usize>) -> Option<Range<usize>> {
    if chars.start > chars.end {
        return None;
    }
    let mut it = text.char_indices().map(|(b, _)| b).chain([text.len()]);
    let start = it.nth(chars.start)?;
    let end = if chars.end == chars.start {
        start
    } else {
        it.nth(chars.end - chars.start - 1)?
    };
    Some(start..end)
}

/// The quote and the context on each side of a byte range (which must be on char boundaries).
pub(crate) fn quote_and_context(text: &str, bytes: Range<usize>) -> (String, String, String) {
    let head = &text[..bytes.start];
    let from = head
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(b, _)| b);
    let tail = &text[bytes.end..];
    let to = tail
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(tail.len(), |(b, _)| b);
    (
        text[bytes.clone()].to_string(),
        head[from..].to_string(),
        tail[..to].to_string(),
    )
}

impl Book {
    /// Tags chars `[range)` of an article (`text` is its text exactly as decoded) with a theme.
    pub fn add_tag(
        &mut self,
        theme: ThemeId,
        article: ArticleId,
        text: &str,
        range: Range<usize>,
    ) -> Result<TagId, EditError> {
        let t = self.theme(theme).ok_or(EditError::NoTheme(theme))?;
        if t.category {
            return Err(EditError::Category(t.name.clone()));
        }
        self.article(article).ok_or(EditError::NoArticle(article))?;
        let bad = || EditError::BadRange {
            start: range.start,
            end: range.end,
            len: text.chars().count(),
        };
        if range.is_empty() {
            return Err(bad());
        }
        let bytes = char_range_to_bytes(text, range.clone()).ok_or_else(bad)?;
        let (quote, before, after) = quote_and_context(text, bytes);
        let id = TagId(self.fresh_id());
        self.tags.push(Tag {
            id,
            guid: new_guid(),
            theme,
            article,
            start: range.start,
            end: range.end,
            quote,
            before,
            after,
            memo: String::new(),
            created: Timestamp::now(),
            orphan: false,
            coder: self.coder.clone(),
        });
        Ok(id)
    }

    pub fn set_memo(&mut self, tag: TagId, memo: &str) -> Result<(), EditError> {
        self.tag_mut(tag)?.memo = memo.to_string();
        Ok(())
    }

    /// Moves a passage to another theme.
    pub fn set_tag_theme(&mut self, tag: TagId, theme: ThemeId) -> Result<(), EditError> {
        let t = self.theme(theme).ok_or(EditError::NoTheme(theme))?;
        if t.category {
            return Err(EditError::Category(t.name.clone()));
        }
        self.tag_mut(tag)?.theme = theme;
        self.dedupe_tags();
        Ok(())
    }

    pub fn remove_tag(&mut self, tag: TagId) -> Result<(), EditError> {
        self.tag(tag).ok_or(EditError::NoTag(tag))?;
        self.tags.retain(|t| t.id != tag);
        Ok(())
    }

    /// The tags of a theme, and of its sub-themes when `with_children`.
    pub fn tags_for_theme(&self, theme: ThemeId, with_children: bool) -> Vec<&Tag> {
        let kids: Vec<ThemeId> = if with_children {
            self.children(theme).map(|t| t.id).collect()
        } else {
            Vec::new()
        };
        self.tags
            .iter()
            .filter(|t| t.theme == theme || kids.contains(&t.theme))
            .collect()
    }

    /// The tags of an article, in text order.
    pub fn tags_for_article(&self, article: ArticleId) -> Vec<&Tag> {
        let mut v: Vec<&Tag> = self.tags.iter().filter(|t| t.article == article).collect();
        v.sort_by_key(|t| (t.start, t.end, t.id));
        v
    }

    /// Tags that could not be found again in their article's current text.
    pub fn orphans(&self) -> Vec<&Tag> {
        self.tags.iter().filter(|t| t.orphan).collect()
    }

    /// Passages per theme; with `with_children`, a top-level theme also counts its sub-themes'.
    pub fn counts_by_theme(&self, with_children: bool) -> BTreeMap<ThemeId, usize> {
        let mut out: BTreeMap<ThemeId, usize> = self.themes.iter().map(|t| (t.id, 0)).collect();
        for tag in &self.tags {
            *out.entry(tag.theme).or_default() += 1;
            if with_children && let Some(p) = self.theme(tag.theme).and_then(|t| t.parent) {
                *out.entry(p).or_default() += 1;
            }
        }
        out
    }

    /// Passages per article (articles without any are listed with 0).
    pub fn counts_by_article(&self) -> BTreeMap<ArticleId, usize> {
        let mut out: BTreeMap<ArticleId, usize> = self.corpus.iter().map(|a| (a.id, 0)).collect();
        for tag in &self.tags {
            *out.entry(tag.article).or_default() += 1;
        }
        out
    }

    /// After themes changed: one tag per (article, range, theme); memos of twins are joined.
    pub(crate) fn dedupe_tags(&mut self) {
        let mut kept: Vec<Tag> = Vec::with_capacity(self.tags.len());
        let mut seen: HashMap<(ArticleId, usize, usize, ThemeId), usize> = HashMap::new();
        for tag in std::mem::take(&mut self.tags) {
            match seen.entry((tag.article, tag.start, tag.end, tag.theme)) {
                Entry::Occupied(e) => {
                    let k = &mut kept[*e.get()];
                    if !tag.memo.is_empty() && k.memo != tag.memo {
                        if !k.memo.is_empty() {
                            k.memo.push('\n');
                        }
                        k.memo.push_str(&tag.memo);
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(kept.len());
                    kept.push(tag);
                }
            }
        }
        self.tags = kept;
    }

    fn tag_mut(&mut self, id: TagId) -> Result<&mut Tag, EditError> {
        self.tags
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(EditError::NoTag(id))
    }
}
