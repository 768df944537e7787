//! The reader's layout cache: one `Galley` per paragraph and every paragraph's height, for one
//! [`LayoutKey`] (wrap width, annotation version, theme, scale).
//!
//! Only paragraphs that come into view are laid out; the others get an estimated height from
//! their length, so opening or re-wrapping a long article costs what is on screen, not the whole
//! text. Galleys far from the viewport are evicted to bound memory.

use egui::Galley;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// Everything a paragraph's layout depends on besides its own text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LayoutKey {
    /// Which article (index in the app's list).
    pub doc: usize,
    /// Wrap width in whole points.
    pub wrap_width: u32,
    pub annotation_version: u64,
    pub dark: bool,
    /// `pixels_per_point` as bits (galleys are snapped to pixels).
    pub ppp_bits: u32,
}

/// Keep at most this many galleys beyond the visible ones.
const KEEP_AROUND: usize = 64;

/// Cached layouts and heights of the paragraphs of one article.
#[derive(Default)]
pub struct ParagraphLayouts {
    key: Option<LayoutKey>,
    /// Measured height (at `key`) of each paragraph, if it has been laid out.
    measured: Vec<Option<f32>>,
    /// Estimated height of each paragraph.
    estimated: Vec<f32>,
    galleys: HashMap<usize, Arc<Galley>>,
    /// Top of each paragraph, then one more entry; rebuilt when heights change.
    tops: Vec<f32>,
    tops_dirty: bool,
    /// Vertical gap between paragraphs.
    gap: f32,
}

impl ParagraphLayouts {
    /// Makes the cache valid for `key`: drops everything when the key changed.
    ///
    /// `char_lens` gives each paragraph's length, used for height estimates along with the
    /// average char width and the line height.
    pub fn prepare(
        &mut self,
        key: LayoutKey,
        char_lens: impl ExactSizeIterator<Item = usize>,
        avg_char_width: f32,
        line_height: f32,
        gap: f32,
    ) {
        if self.key == Some(key) && self.measured.len() == char_lens.len() {
            return;
        }
        let per_row = (key.wrap_width as f32 / avg_char_width.max(1.0)).max(1.0);
        self.estimated = char_lens
            .map(|n| (n as f32 / per_row).ceil().max(1.0) * line_height)
            .collect();
        self.measured = vec![None; self.estimated.len()];
        self.galleys.clear();
        self.key = Some(key);
        self.gap = gap;
        self.tops_dirty = true;
    }

    pub fn len(&self) -> usize {
        self.estimated.len()
    }

    pub fn is_empty(&self) -> bool {
        self.estimated.is_empty()
    }

    /// Height of paragraph `i`: measured if laid out, estimated otherwise.
    pub fn height(&self, i: usize) -> f32 {
        self.measured
            .get(i)
            .copied()
            .flatten()
            .or_else(|| self.estimated.get(i).copied())
            .unwrap_or(0.0)
    }

    fn ensure_tops(&mut self) {
        if !self.tops_dirty && self.tops.len() == self.len() + 1 {
            return;
        }
        self.tops.clear();
        let mut y = 0.0;
        for i in 0..self.len() {
            self.tops.push(y);
            y += self.height(i) + self.gap;
        }
        // One past the end, so that the bottom of `i` is always `tops[i + 1] - gap`.
        self.tops.push(y);
        self.tops_dirty = false;
    }

    /// Top of paragraph `i` relative to the first one.
    pub fn top(&mut self, i: usize) -> f32 {
        self.ensure_tops();
        self.tops.get(i).copied().unwrap_or(0.0)
    }

    /// Height of the whole article.
    pub fn total_height(&mut self) -> f32 {
        self.ensure_tops();
        let end = self.tops.last().copied().unwrap_or(0.0);
        if self.is_empty() { 0.0 } else { end - self.gap }
    }

    /// Paragraphs that intersect the vertical band `ys` (relative to the first paragraph).
    pub fn visible(&mut self, ys: Range<f32>) -> Range<usize> {
        self.ensure_tops();
        let n = self.len();
        if n == 0 {
            return 0..0;
        }
        // First paragraph whose bottom is below the band's top.
        let first = self.tops[1..=n]
            .partition_point(|&next_top| next_top - self.gap <= ys.start)
            .min(n - 1);
        let end = self.tops[..n]
            .partition_point(|&top| top < ys.end)
            .max(first + 1);
        first..end
    }

    /// The galley of paragraph `i`, laid out by `make` on a cache miss; records its height.
    /// Returns whether the height differed from what was assumed.
    pub fn galley(&mut self, i: usize, make: impl FnOnce() -> Arc<Galley>) -> (Arc<Galley>, bool) {
        if let Some(g) = self.galleys.get(&i) {
            return (g.clone(), false);
        }
        let g = make();
        let h = g.size().y;
        let changed = (self.height(i) - h).abs() > 0.5;
        if let Some(m) = self.measured.get_mut(i) {
            *m = Some(h);
        }
        if changed {
            self.tops_dirty = true;
        }
        self.galleys.insert(i, g.clone());
        (g, changed)
    }

    /// Drops cached galleys far from `visible` (their heights are kept).
    pub fn evict_outside(&mut self, visible: Range<usize>) {
        if self.galleys.len() <= visible.len() + 2 * KEEP_AROUND {
            return;
        }
        let lo = visible.start.saturating_sub(KEEP_AROUND);
        let hi = visible.end.saturating_add(KEEP_AROUND);
        self.galleys.retain(|i, _| (lo..hi).contains(i));
    }

    /// Number of galleys currently cached.
    pub fn cached(&self) -> usize {
        self.galleys.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::text::LayoutJob;

    fn key(width: u32) -> LayoutKey {
        LayoutKey {
            doc: 0,
            wrap_width: width,
            annotation_version: 0,
            dark: false,
            ppp_bits: 1.0f32.to_bits(),
        }
    }

    fn galley_of_height(ctx: &egui::Context, lines: usize) -> Arc<Galley> {
        let text = vec!["x"; lines].join("\n");
        let mut out = None;
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let job = LayoutJob::simple(
                text.clone(),
                egui::FontId::monospace(10.0),
                egui::Color32::WHITE,
                100.0,
            );
            out = Some(ui.painter().layout_job(job));
        });
        output.textures_delta.clear();
        out.expect("ran one pass")
    }

    #[test]
    fn estimates_then_measures_and_finds_visible_paragraphs() {
        let mut l = ParagraphLayouts::default();
        // 100 chars at 10 pt per char on 200 pt = 5 rows of 20 pt.
        l.prepare(key(200), [100usize, 10, 0].into_iter(), 10.0, 20.0, 10.0);
        assert_eq!(l.height(0), 100.0);
        assert_eq!(l.height(1), 20.0);
        assert_eq!(l.height(2), 20.0);
        assert_eq!(l.top(1), 110.0);
        assert_eq!(l.top(2), 140.0);
        assert_eq!(l.total_height(), 160.0);
        assert_eq!(l.visible(0.0..50.0), 0..1);
        assert_eq!(l.visible(105.0..115.0), 1..2);
        assert_eq!(l.visible(50.0..135.0), 0..2);
        assert_eq!(l.visible(500.0..600.0), 2..3);

        let ctx = egui::Context::default();
        let g = galley_of_height(&ctx, 1);
        let h = g.size().y;
        let (_, changed) = l.galley(0, || g.clone());
        assert!(changed);
        assert_eq!(l.height(0), h);
        assert_eq!(l.top(1), h + 10.0);
        // Cached: `make` is not called again.
        let (_, changed) = l.galley(0, || panic!("laid out twice"));
        assert!(!changed);
        assert_eq!(l.cached(), 1);

        // Same key: kept. New width: dropped.
        l.prepare(key(200), [100usize, 10, 0].into_iter(), 10.0, 20.0, 10.0);
        assert_eq!(l.cached(), 1);
        l.prepare(key(100), [100usize, 10, 0].into_iter(), 10.0, 20.0, 10.0);
        assert_eq!(l.cached(), 0);
        assert_eq!(l.height(0), 200.0);
    }

    #[test]
    fn eviction_keeps_what_is_near_the_viewport() {
        let n = 400;
        let mut l = ParagraphLayouts::default();
        l.prepare(key(200), std::iter::repeat_n(10usize, n), 10.0, 20.0, 0.0);
        let ctx = egui::Context::default();
        let g = galley_of_height(&ctx, 1);
        for i in 0..n {
            l.galley(i, || g.clone());
        }
        l.evict_outside(200..210);
        assert_eq!(l.cached(), 10 + 2 * KEEP_AROUND);
        let (_, _) = l.galley(205, || panic!("near the viewport, must stay cached"));
    }

    #[test]
    fn empty_article_has_no_visible_paragraph() {
        let mut l = ParagraphLayouts::default();
        l.prepare(key(200), std::iter::empty(), 10.0, 20.0, 10.0);
        assert_eq!(l.visible(0.0..100.0), 0..0);
        assert_eq!(l.total_height(), 0.0);
    }
}
