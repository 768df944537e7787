//! Tagged passages drawn in the reader: each passage gets a light fill and an underline bar in
//! its theme's colour; overlapping passages get their bars on separate lanes so each stays
//! visible. Marks are computed once per article and edit (cached on the annotation version)
//! and painted only over the paragraphs on screen. Hovering a passage lists its themes and memos.

use super::overlay::range_rects;
use super::placed::Placed;
use crate::i18n::tags::TagStrings;
use crate::project::{ArticleId, Book, TagId, ThemeId};
use crate::ui::style::color32;
use crate::workspace::selection::galley_range;
use egui::{Color32, Painter, Rect, RichText, pos2};
use std::ops::Range;

/// Lanes drawn; deeper overlaps share the last one.
pub const MAX_LANES: usize = 4;
/// Thickness of a bar and distance between lanes, in points.
const BAR: f32 = 2.0;
const LANE_STEP: f32 = 3.0;

/// One tagged passage to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct TagMark {
    pub tag: TagId,
    pub theme: ThemeId,
    /// Whether the passage has a memo.
    pub memo: bool,
    /// Article chars.
    pub range: Range<usize>,
    pub color: Color32,
    pub lane: usize,
}

/// The lane of each range (ranges sorted by start): the lowest lane no overlapping earlier
/// range uses.
pub fn lanes(ranges: &[Range<usize>]) -> Vec<usize> {
    // End of the range last placed on each lane.
    let mut ends: Vec<usize> = Vec::new();
    ranges
        .iter()
        .map(|r| match ends.iter().position(|&e| e <= r.start) {
            Some(l) => {
                ends[l] = r.end;
                l
            }
            None => {
                ends.push(r.end);
                ends.len() - 1
            }
        })
        .collect()
}

/// The marks of an article's placed (not orphan) tags, in text order.
pub fn marks(book: &Book, article: ArticleId) -> Vec<TagMark> {
    let tags: Vec<_> = book
        .tags_for_article(article)
        .into_iter()
        .filter(|t| !t.orphan && t.start < t.end)
        .collect();
    let ranges: Vec<Range<usize>> = tags.iter().map(|t| t.start..t.end).collect();
    tags.iter()
        .zip(lanes(&ranges))
        .map(|(t, lane)| TagMark {
            tag: t.id,
            theme: t.theme,
            memo: !t.memo.trim().is_empty(),
            range: t.start..t.end,
            color: book
                .theme(t.theme)
                .map_or(Color32::GRAY, |th| color32(th.color)),
            lane,
        })
        .collect()
}

/// The marks of the shown article, rebuilt only when the article or its annotation version
/// (bumped after every edit) changes.
#[derive(Debug, Default)]
pub struct MarkCache {
    key: Option<(ArticleId, u64)>,
    marks: Vec<TagMark>,
}

impl MarkCache {
    pub fn get(&mut self, book: &Book, article: ArticleId, version: u64) -> &[TagMark] {
        if self.key != Some((article, version)) {
            self.marks = marks(book, article);
            self.key = Some((article, version));
        }
        &self.marks
    }
}

/// The tags whose passage holds article char `c`.
pub fn at_char(marks: &[TagMark], c: usize) -> Vec<TagId> {
    marks
        .iter()
        .filter(|m| m.range.contains(&c))
        .map(|m| m.tag)
        .collect()
}

/// The marks (with their index) that may meet article chars `chars`: `marks` are in text
/// order and none is longer than `longest` chars, so the search starts where one could.
pub fn meeting(
    marks: &[TagMark],
    longest: usize,
    chars: Range<usize>,
) -> impl Iterator<Item = (usize, &TagMark)> {
    let first = marks.partition_point(|m| m.range.start + longest <= chars.start);
    marks
        .iter()
        .enumerate()
        .skip(first)
        .take_while(move |(_, m)| m.range.start < chars.end)
        .filter(move |(_, m)| m.range.end > chars.start)
}

/// The length of the longest mark, in chars.
pub fn longest(marks: &[TagMark]) -> usize {
    marks.iter().map(|m| m.range.len()).max().unwrap_or(0)
}

/// Where the bar of `lane` goes in a row rectangle.
pub fn bar_rect(row: Rect, lane: usize) -> Rect {
    let bottom = row.max.y - (lane.min(MAX_LANES - 1) as f32) * LANE_STEP;
    Rect::from_min_max(pos2(row.min.x, bottom - BAR), pos2(row.max.x, bottom))
}

/// Paints the marks over the paragraphs placed this frame.
pub fn paint(
    painter: &Painter,
    placed: &[Placed],
    paragraphs: &[crate::workspace::annot::Paragraph],
    marks: &[TagMark],
    dark: bool,
) {
    let fill_alpha = if dark { 0.16 } else { 0.12 };
    let longest = longest(marks);
    for pl in placed {
        let Some(p) = paragraphs.get(pl.i) else {
            continue;
        };
        for (_, m) in meeting(marks, longest, p.char_start..p.char_start + p.char_len) {
            let Some(r) = galley_range(p, &m.range) else {
                continue;
            };
            for row in range_rects(&pl.galley, r) {
                let row = row.translate(pl.rect.min.to_vec2());
                painter.rect_filled(row, 0.0, m.color.gamma_multiply(fill_alpha));
                painter.rect_filled(bar_rect(row, m.lane), 0.0, m.color);
            }
        }
    }
}

/// The hover text of the passages `tags`: theme (in its colour) and memo of each.
pub fn tooltip_ui(ui: &mut egui::Ui, book: &Book, tags: &[TagId], s: &TagStrings) {
    for id in tags {
        let Some(tag) = book.tag(*id) else { continue };
        let Some(theme) = book.theme(tag.theme) else {
            continue;
        };
        ui.horizontal(|ui| {
            crate::ui::style::swatch(ui, theme.color);
            ui.strong(&theme.name);
        });
        if !tag.memo.is_empty() {
            ui.label(RichText::new(format!("{}: {}", s.memo, tag.memo)).italics());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::Rgb;

    #[test]
    fn overlapping_ranges_take_separate_lanes_and_free_lanes_are_reused() {
        assert_eq!(
            lanes(&[0..10, 2..5, 4..12, 10..20, 13..14]),
            [0, 1, 2, 0, 1]
        );
        // Touching ranges do not overlap.
        assert_eq!(lanes(&[0..5, 5..9]), [0, 0]);
        assert!(lanes(&[]).is_empty());
    }

    #[test]
    fn deep_overlaps_share_the_last_lane() {
        let row = Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 20.0));
        assert_eq!(bar_rect(row, 0).max.y, 20.0);
        assert_eq!(bar_rect(row, 1).max.y, 17.0);
        assert_eq!(bar_rect(row, 9), bar_rect(row, MAX_LANES - 1));
    }

    #[test]
    fn marks_skip_orphans_and_follow_the_theme_colour() {
        let mut b = Book::new();
        let text = "Une phrase assez longue pour deux passages.";
        let art = b
            .add_article(
                crate::project::ArticleSource::Path("/tmp/x.txt".into()),
                text,
            )
            .expect("article");
        let red = b
            .create_theme("Rouge", Rgb(200, 0, 0), None)
            .expect("theme");
        let blue = b.create_theme("Bleu", Rgb(0, 0, 200), None).expect("theme");
        let t1 = b.add_tag(red, art, text, 0..10).expect("tag");
        let t2 = b.add_tag(blue, art, text, 4..20).expect("tag");
        let t3 = b.add_tag(blue, art, text, 25..30).expect("tag");
        if let Some(t) = b.tags.iter_mut().find(|t| t.id == t3) {
            t.orphan = true;
        }
        let m = marks(&b, art);
        assert_eq!(m.len(), 2);
        assert_eq!(
            (m[0].tag, m[0].lane, m[0].color),
            (t1, 0, Color32::from_rgb(200, 0, 0))
        );
        assert_eq!((m[1].tag, m[1].lane), (t2, 1));
        assert_eq!(at_char(&m, 5), [t1, t2]);
        assert_eq!(at_char(&m, 12), [t2]);
        let near = |r: Range<usize>| -> Vec<usize> {
            meeting(&m, longest(&m), r).map(|(i, _)| i).collect()
        };
        assert_eq!(longest(&m), 16);
        assert_eq!(near(0..3), [0]);
        assert_eq!(near(12..30), [1]);
        assert!(near(20..40).is_empty());
        assert!(at_char(&m, 26).is_empty());
        let mut cache = MarkCache::default();
        assert_eq!(cache.get(&b, art, 1).len(), 2);
        b.tags.clear();
        // Same version: the cached marks; a new version: rebuilt.
        assert_eq!(cache.get(&b, art, 1).len(), 2);
        assert_eq!(cache.get(&b, art, 2).len(), 0);
    }
}
