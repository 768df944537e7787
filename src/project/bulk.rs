//! Many themes and tags placed at once, as an import does: the same records as
//! [`Book::create_theme`] and [`Book::add_tag`] make one at a time, in time linear in the text
//! and the number placed (one char index of the text, one block of ids).

use super::errors::EditError;
use super::model::{ArticleId, Book, Guid, Rgb, Tag, TagId, Theme, ThemeId};
use super::tags::quote_and_context;
use super::time::Timestamp;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A theme for [`Book::add_themes`].
#[derive(Debug, Clone)]
pub struct NewTheme {
    pub guid: Guid,
    pub name: String,
    pub color: Rgb,
    pub description: Option<String>,
    /// Index of the parent among the themes being added (an earlier, top-level one).
    pub parent: Option<usize>,
    /// A category: a parent theme that cannot be tagged (see [`Theme::category`]).
    pub category: bool,
}

/// A tag for [`Book::add_tags`].
#[derive(Debug, Clone)]
pub struct NewTag {
    pub theme: ThemeId,
    /// Chars of the article text.
    pub range: Range<usize>,
    pub guid: Guid,
    pub memo: String,
    pub created: Timestamp,
    /// Who tagged it (see [`Tag::coder`]).
    pub coder: String,
}

/// The byte offset of every char of `text`, and of its end.
fn char_starts(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// The records of `themes`, given their ids, checked against the names `taken`.
fn planned_themes(
    themes: &[NewTheme],
    ids: &[ThemeId],
    taken: &mut HashSet<(Option<ThemeId>, String)>,
) -> Result<Vec<Theme>, EditError> {
    let mut new = Vec::with_capacity(themes.len());
    for (i, t) in themes.iter().enumerate() {
        let name = t.name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        let parent = match t.parent {
            Some(p) if p < i && themes[p].parent.is_none() => Some(ids[p]),
            Some(_) => return Err(EditError::TooDeep(name.to_string())),
            None => None,
        };
        if !taken.insert((parent, name.to_lowercase())) {
            return Err(EditError::DuplicateName(name.to_string()));
        }
        new.push(Theme {
            id: ids[i],
            guid: t.guid.clone(),
            name: name.to_string(),
            color: t.color,
            description: t.description.clone(),
            parent,
            category: t.category,
            memo: String::new(),
        });
    }
    Ok(new)
}

impl Book {
    /// A block of `n` fresh ids; returns the first.
    fn fresh_ids(&mut self, n: usize) -> u64 {
        let first = self.fresh_id();
        self.next_id = first + n.max(1) as u64;
        first
    }

    /// Adds themes, all or none: names must be unique (case-insensitively) among their siblings
    /// old and new, and a parent must be a top-level theme added before its children.
    pub fn add_themes(&mut self, themes: &[NewTheme]) -> Result<Vec<ThemeId>, EditError> {
        let mut taken: HashSet<(Option<ThemeId>, String)> = self
            .themes
            .iter()
            .map(|t| (t.parent, t.name.to_lowercase()))
            .collect();
        let saved = self.next_id;
        let first = self.fresh_ids(themes.len());
        let ids: Vec<ThemeId> = (0..themes.len() as u64)
            .map(|i| ThemeId(first + i))
            .collect();
        let new = match planned_themes(themes, &ids, &mut taken) {
            Ok(new) => new,
            Err(e) => {
                self.next_id = saved;
                return Err(e);
            }
        };
        self.themes.extend(new);
        Ok(ids)
    }

    /// Tags passages of one article (`text` is its text exactly as decoded), all or none.
    pub fn add_tags(
        &mut self,
        article: ArticleId,
        text: &str,
        tags: &[NewTag],
    ) -> Result<Vec<TagId>, EditError> {
        self.article(article).ok_or(EditError::NoArticle(article))?;
        let themes: HashSet<ThemeId> = self.themes.iter().map(|t| t.id).collect();
        let categories: HashMap<ThemeId, &str> = self
            .themes
            .iter()
            .filter(|t| t.category)
            .map(|t| (t.id, t.name.as_str()))
            .collect();
        let starts = char_starts(text);
        let mut new = Vec::with_capacity(tags.len());
        for t in tags {
            if !themes.contains(&t.theme) {
                return Err(EditError::NoTheme(t.theme));
            }
            if let Some(name) = categories.get(&t.theme) {
                return Err(EditError::Category(name.to_string()));
            }
            let r = &t.range;
            let (Some(&a), Some(&b)) = (starts.get(r.start), starts.get(r.end)) else {
                return Err(EditError::BadRange {
                    start: r.start,
                    end: r.end,
                    len: starts.len() - 1,
                });
            };
            if r.is_empty() {
                return Err(EditError::BadRange {
                    start: r.start,
                    end: r.end,
                    len: starts.len() - 1,
                });
            }
            let (quote, before, after) = quote_and_context(text, a..b);
            new.push((t, quote, before, after));
        }
        let first = self.fresh_ids(new.len());
        let mut ids = Vec::with_capacity(new.len());
        for (i, (t, quote, before, after)) in new.into_iter().enumerate() {
            let id = TagId(first + i as u64);
            ids.push(id);
            self.tags.push(Tag {
                id,
                guid: t.guid.clone(),
                theme: t.theme,
                article,
                start: t.range.start,
                end: t.range.end,
                quote,
                before,
                after,
                memo: t.memo.clone(),
                created: t.created,
                orphan: false,
                coder: t.coder.clone(),
            });
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::model::ArticleSource;

    #[test]
    fn bulk_tags_match_tags_placed_one_by_one() {
        let text = "Première phrase : l’État investit 5 milliards 🤖. Seconde phrase, fin.";
        let mut one = Book::new();
        let a = one
            .add_article(ArticleSource::Path("/a.txt".into()), text)
            .expect("article");
        let mut bulk = one.clone();
        let th = one
            .create_theme("Argent", Rgb(1, 2, 3), None)
            .expect("theme");
        let ids = bulk
            .add_themes(&[NewTheme {
                guid: one.themes[0].guid.clone(),
                name: " Argent ".into(),
                color: Rgb(1, 2, 3),
                description: None,
                parent: None,
                category: false,
            }])
            .expect("themes");
        assert_eq!(ids, [th]);
        assert_eq!(bulk.themes, one.themes);
        let ranges = [0..8, 18..24, 45..48, 60..text.chars().count()];
        let now = Timestamp::now();
        let mut planned = Vec::new();
        for r in &ranges {
            let id = one.add_tag(th, a, text, r.clone()).expect("tag");
            let t = one.tags.iter_mut().find(|t| t.id == id).expect("tag");
            t.created = now;
            planned.push(NewTag {
                theme: th,
                range: r.clone(),
                guid: t.guid.clone(),
                memo: String::new(),
                created: now,
                coder: String::new(),
            });
        }
        bulk.add_tags(a, text, &planned).expect("tags");
        assert_eq!(bulk.tags, one.tags);
        assert_eq!(bulk.next_id, one.next_id);
        let bad = NewTag {
            range: 5..500,
            ..planned[0].clone()
        };
        assert!(matches!(
            bulk.add_tags(a, text, &[bad]),
            Err(EditError::BadRange { .. })
        ));
        assert!(matches!(
            bulk.add_themes(&[NewTheme {
                guid: String::new(),
                name: "argent".into(),
                color: Rgb(0, 0, 0),
                description: None,
                parent: None,
                category: false,
            }]),
            Err(EditError::DuplicateName(_))
        ));
    }
}
