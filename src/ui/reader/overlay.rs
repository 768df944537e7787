//! What the reader paints over a paragraph's cached galley without laying it out again: the
//! selection (in the theme's selection colours), search hits and the flash of a jump target.

use crate::workspace::annot::Paragraph;
use crate::workspace::selection::galley_range;
use egui::epaint::text::cursor::CCursor;
use egui::text_selection::CCursorRange;
use egui::text_selection::visuals::paint_text_selection;
use egui::{Color32, Galley, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2, pos2};
use std::ops::Range;
use std::sync::Arc;

/// Rectangles (galley coordinates, one per row) covering galley chars `range`.
pub fn range_rects(galley: &Galley, range: Range<usize>) -> Vec<Rect> {
    let mut out = Vec::new();
    if range.start >= range.end || galley.rows.is_empty() {
        return out;
    }
    let a = galley.layout_from_cursor(CCursor::new(range.start));
    let b = galley.layout_from_cursor(CCursor::new(range.end));
    for ri in a.row..=b.row.min(galley.rows.len() - 1) {
        let Some(placed) = galley.rows.get(ri) else {
            break;
        };
        let row = &placed.row;
        let left = if ri == a.row {
            row.x_offset(a.column)
        } else {
            0.0
        };
        let right = if ri == b.row {
            row.x_offset(b.column)
        } else {
            row.size.x
        };
        if right > left {
            out.push(Rect::from_min_max(
                pos2(placed.pos.x + left, placed.pos.y),
                pos2(placed.pos.x + right, placed.pos.y + row.size.y),
            ));
        }
    }
    out
}

/// The galley to paint for paragraph `p`: `galley` itself, or a copy with the part of the
/// selection `selected` (article chars) painted in the theme's selection colours.
pub fn with_selection(
    galley: Arc<Galley>,
    p: &Paragraph,
    selected: Option<&Range<usize>>,
    visuals: &egui::Visuals,
) -> Arc<Galley> {
    let Some(r) = selected.and_then(|s| galley_range(p, s)) else {
        return galley;
    };
    let mut g = galley;
    let range = CCursorRange::two(CCursor::new(r.start), CCursor::new(r.end));
    paint_text_selection(&mut g, visuals, &range, None);
    g
}

/// How one overlay mark looks.
#[derive(Debug, Clone, Copy)]
pub struct MarkStyle {
    pub fill: Color32,
    pub stroke: Stroke,
}

/// Colours of search hits, the current hit and the jump flash (`t` in 0..=1 fades it out).
pub fn search_hit(dark: bool) -> MarkStyle {
    MarkStyle {
        fill: if dark {
            Color32::from_rgba_unmultiplied(255, 210, 0, 60)
        } else {
            Color32::from_rgba_unmultiplied(255, 200, 0, 90)
        },
        stroke: Stroke::new(1.0, Color32::from_rgb(0xD5, 0x9A, 0x00)),
    }
}

pub fn current_hit(dark: bool) -> MarkStyle {
    MarkStyle {
        fill: search_hit(dark).fill,
        stroke: Stroke::new(2.5, Color32::from_rgb(0xD5, 0x5E, 0x00)),
    }
}

pub fn flash(visuals: &egui::Visuals, t: f32) -> MarkStyle {
    let a = (1.0 - t).clamp(0.0, 1.0);
    let c = visuals.selection.stroke.color;
    MarkStyle {
        fill: visuals.selection.bg_fill.gamma_multiply(0.6 * a),
        stroke: Stroke::new(3.0, c.gamma_multiply(a)),
    }
}

/// Paints `style` over galley chars `range` of a galley drawn at `origin`.
pub fn paint_mark(
    painter: &Painter,
    galley: &Galley,
    origin: Pos2,
    range: Range<usize>,
    style: MarkStyle,
) {
    for r in range_rects(galley, range) {
        let r = r.translate(origin.to_vec2()).expand2(Vec2::new(1.0, 0.0));
        painter.rect(r, 2.0, style.fill, style.stroke, StrokeKind::Outside);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::text::LayoutJob;

    fn galley(ctx: &egui::Context, text: &str, width: f32) -> Arc<Galley> {
        let mut out = None;
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let job = LayoutJob::simple(
                text.to_owned(),
                egui::FontId::monospace(10.0),
                Color32::WHITE,
                width,
            );
            out = Some(ui.painter().layout_job(job));
        });
        output.textures_delta.clear();
        out.expect("ran one pass")
    }

    #[test]
    fn a_range_gets_one_rect_per_row() {
        let ctx = egui::Context::default();
        let g = galley(&ctx, "aaaa bbbb cccc dddd", 60.0);
        assert!(g.rows.len() >= 2, "{} rows", g.rows.len());
        let one = range_rects(&g, 0..3);
        assert_eq!(one.len(), 1);
        assert!(one[0].width() > 0.0);
        let all = range_rects(&g, 0..19);
        assert_eq!(all.len(), g.rows.len());
        assert!(all[1].min.y > all[0].min.y);
        assert!(range_rects(&g, 4..4).is_empty());
        // Out-of-range cursors are clamped, never panic.
        let _ = range_rects(&g, 10..999);
    }
}
