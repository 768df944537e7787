//! The article view: the selected article's header and its text, wrapped and highlighted,
//! painted paragraph by paragraph from cached galleys, only where the viewport shows it.

use super::document::LoadedDoc;
use super::galleys::{LayoutKey, ParagraphLayouts};
use super::hover;
use super::layout::{TextMetrics, paragraph_job};
use super::style::Palette;
use egui::text::CCursor;
use egui::{Galley, Pos2, Rect, RichText, Role, ScrollArea, Sense, Vec2, WidgetInfo};
use std::sync::Arc;

/// Widest line of text, in points; wider panels get side margins instead.
const MAX_TEXT_WIDTH: f32 = 820.0;
/// Average advance of a DejaVu Sans char relative to the font size (for height estimates).
const AVG_CHAR_EM: f32 = 0.55;

/// What the reader keeps between frames.
#[derive(Default)]
pub struct ReaderState {
    pub layouts: ParagraphLayouts,
    pub metrics: TextMetrics,
}

/// Draws article `doc_index` (`doc`) filling `ui`.
pub fn show(ui: &mut egui::Ui, doc_index: usize, doc: &LoadedDoc, state: &mut ReaderState) {
    header(ui, doc);
    ui.separator();
    let palette = Palette::new(ui.visuals());
    let metrics = state.metrics;
    ScrollArea::vertical()
        .id_salt(("reader", doc_index))
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            let full = ui.max_rect();
            let width = full.width().clamp(80.0, MAX_TEXT_WIDTH);
            let left = full.left() + ((full.width() - width) / 2.0).max(0.0);
            let key = LayoutKey {
                doc: doc_index,
                wrap_width: width.floor() as u32,
                annotation_version: doc.annotation_version,
                dark: palette.dark,
                ppp_bits: ui.ctx().pixels_per_point().to_bits(),
            };
            let layouts = &mut state.layouts;
            layouts.prepare(
                key,
                doc.paragraphs.iter().map(|p| p.char_len),
                metrics.size * AVG_CHAR_EM,
                metrics.line_height,
                metrics.line_height * 0.6,
            );
            let visible = layouts.visible(viewport.min.y..viewport.max.y);
            let mut y = full.top() + layouts.top(visible.start);
            let mut grew = false;
            for i in visible.clone() {
                let Some(p) = doc.paragraphs.get(i) else {
                    break;
                };
                let (galley, changed) = layouts.galley(i, || {
                    let job = paragraph_job(
                        &doc.doc.text,
                        p,
                        &doc.extraction,
                        &palette,
                        metrics,
                        key.wrap_width as f32,
                    );
                    ui.painter().layout_job(job)
                });
                grew |= changed;
                let rect = Rect::from_min_size(Pos2::new(left, y), galley.size());
                paragraph(ui, doc, i, rect, galley, &palette);
                y += layouts.height(i) + metrics.line_height * 0.6;
            }
            layouts.evict_outside(visible);
            ui.set_min_size(Vec2::new(full.width(), layouts.total_height()));
            if grew {
                // Heights were estimates: lay out again with the measured ones.
                ui.ctx().request_repaint();
            }
        });
}

fn header(ui: &mut egui::Ui, doc: &LoadedDoc) {
    ui.add_space(4.0);
    ui.label(RichText::new(doc.title()).heading().strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(doc.doc.date.as_deref().unwrap_or("undated"));
        ui.label("·");
        ui.label(RichText::new(&doc.doc.path).monospace().weak());
        ui.label("·");
        ui.label(format!(
            "{} actors, {} figures",
            doc.actor_count(),
            doc.figure_count()
        ));
    });
}

/// Paints one paragraph and answers hovering over its highlights.
fn paragraph(
    ui: &mut egui::Ui,
    doc: &LoadedDoc,
    i: usize,
    rect: Rect,
    galley: Arc<Galley>,
    palette: &Palette,
) {
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("paragraph", i)),
        Sense::hover(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, doc.paragraph_text(i)));
    let under_pointer = response
        .hover_pos()
        .and_then(|pos| char_under(&galley, pos - rect.min))
        .and_then(|c| doc.paragraphs.get(i)?.segment_at_char(c))
        .map(|s| s.marks);
    ui.painter().galley(rect.min, galley, palette.text);
    if let Some(marks) = under_pointer {
        response.on_hover_ui_at_pointer(|ui| hover::tooltip_ui(ui, &doc.extraction, marks));
    }
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
