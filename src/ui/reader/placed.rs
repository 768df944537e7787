//! What the reader's parts share: the article being drawn and what goes with it
//! ([`ReaderView`]), its paragraphs as placed on screen ([`Placed`]), what a right-click was on
//! ([`MenuTarget`]), and which article char lies under a point.

use crate::i18n::{Lang, Strings};
use crate::project::Project;
use crate::workspace::Article;
use crate::workspace::mentions::MentionIndex;
use crate::workspace::search::Hit;
use crate::workspace::selection::article_char;
use crate::workspace::state::Visibility;
use egui::text::CCursor;
use egui::{Galley, Pos2, Rect, Vec2};
use std::ops::Range;
use std::sync::Arc;

/// Everything the reader shows of one article.
pub struct ReaderView<'a> {
    /// Index of the article in the app's list.
    pub index: usize,
    pub doc: &'a Article,
    pub s: &'static Strings,
    pub lang: Lang,
    /// The open project (themes and tags to draw and offer).
    pub project: &'a Project,
    pub vis: Visibility,
    pub mentions: &'a MentionIndex,
    /// Names known actors in the interface language.
    pub lexicon: &'a crate::extract::Lexicon,
    /// The selection, when it is in this article (char range).
    pub selection: Option<&'a Range<usize>>,
    /// Search hits in this article, in order.
    pub hits: &'a [Hit],
    /// The current search hit, when it is in this article.
    pub current_hit: Option<&'a Hit>,
}

/// A paragraph painted this frame: its index, screen rect and galley.
pub struct Placed {
    pub i: usize,
    pub rect: Rect,
    pub galley: Arc<Galley>,
}

/// What the menu acts on, fixed when it opened.
#[derive(Debug, Clone, PartialEq)]
pub struct MenuTarget {
    /// Index of the article in the app's list.
    pub article: usize,
    /// The article char under the pointer.
    pub char: Option<usize>,
    /// Index into the extraction's entities of the shown entity under the pointer.
    pub entity: Option<usize>,
    /// Index into the extraction's figures of the shown figure under the pointer.
    pub figure: Option<usize>,
    /// The selection in this article, if any.
    pub selection: Option<Range<usize>>,
}

/// The article char at screen position `pos`, from the paragraphs painted this frame: above or
/// before a paragraph is its start, below the last one is its end.
pub fn char_at(view: &ReaderView<'_>, placed: &[Placed], pos: Pos2) -> Option<usize> {
    let k = placed.partition_point(|pl| pl.rect.bottom() < pos.y);
    let (pl, c) = match placed.get(k) {
        Some(pl) if pos.y < pl.rect.top() => (pl, 0),
        Some(pl) => (pl, pl.galley.cursor_from_pos(pos - pl.rect.min).index.0),
        None => {
            let pl = placed.last()?;
            (pl, usize::MAX)
        }
    };
    view.doc.paragraphs.get(pl.i).map(|p| article_char(p, c))
}

/// The char (index into the galley's text) whose glyph box contains `pos`.
pub fn char_under(galley: &Galley, pos: Vec2) -> Option<usize> {
    let at = galley.cursor_from_pos(pos).index.0;
    for c in [Some(at), at.checked_sub(1)].into_iter().flatten() {
        let a = galley.pos_from_cursor(CCursor::new(c));
        let b = galley.pos_from_cursor(CCursor::new(c + 1));
        let same_row = (a.min.y - b.min.y).abs() < 0.5;
        if same_row
            && b.min.x > a.min.x
            && (a.min.x..b.min.x).contains(&pos.x)
            && (a.min.y..=a.max.y).contains(&pos.y)
        {
            return Some(c);
        }
    }
    None
}
