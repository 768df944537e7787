//! Coding stripes, as MAXQDA, NVivo or QualCoder draw them: a margin left of the reader's text
//! with one thin bar per theme, in its colour, along the lines each tagged passage covers; and
//! a memo mark at the end of each passage that has a memo.
//!
//! Columns follow codebook order among the themes the article uses; past [`COLUMNS`] themes,
//! the others share one last grey column. Where a bar runs is read from the paragraphs placed
//! this frame (only those on screen), so a long article costs no more. Hovering a stripe names
//! its theme and memo, clicking it jumps to the passage; clicking a memo mark opens its memo.

use super::placed::{Placed, ReaderView};
use super::tag_marks::{self, TagMark};
use crate::project::{ArticleId, Book, ThemeId};
use crate::workspace::annot::Paragraph;
use crate::workspace::command::{CodebookCommand, Command};
use crate::workspace::selection::galley_range;
use egui::text::CCursor;
use egui::{Color32, CursorIcon, Pos2, Rect, Response, RichText, Role, Sense, Stroke, WidgetInfo};
use egui::{pos2, vec2};

/// Columns of their own; more themes share one extra column.
pub const COLUMNS: usize = 6;
/// Distance between columns, width of a bar, space between the last column and the text.
const PITCH: f32 = 5.0;
const BAR: f32 = 3.0;
const GAP: f32 = 8.0;
/// Width of the margin the stripes take left of the text.
pub const MARGIN: f32 = (COLUMNS + 1) as f32 * PITCH + GAP;

/// The column of each mark, and whether the last column is shared by several themes.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Columns {
    pub of_mark: Vec<usize>,
    /// Column [`COLUMNS`] holds the themes past the first [`COLUMNS`], drawn grey.
    pub shared: bool,
}

/// Columns in codebook order among the themes the marks use; when there are more than
/// `COLUMNS + 1` of them, the themes past the first `COLUMNS` share column `COLUMNS`.
pub fn columns(book: &Book, marks: &[TagMark]) -> Columns {
    let used = |id: ThemeId| marks.iter().any(|m| m.theme == id);
    let mut order: Vec<ThemeId> = crate::workspace::codebook::ordered(book)
        .into_iter()
        .map(|(t, _)| t.id)
        .filter(|id| used(*id))
        .collect();
    // A theme the codebook does not list (should not happen) still gets a column.
    for m in marks {
        if !order.contains(&m.theme) {
            order.push(m.theme);
        }
    }
    let shared = order.len() > COLUMNS + 1;
    let of_mark = marks
        .iter()
        .map(|m| {
            let i = order.iter().position(|t| *t == m.theme).unwrap_or(0);
            i.min(COLUMNS)
        })
        .collect();
    Columns { of_mark, shared }
}

/// The columns of the shown article's marks, worked out again only when the article or its
/// annotation version (bumped after every edit) changes.
#[derive(Debug, Default)]
pub struct ColumnCache {
    key: Option<(ArticleId, u64)>,
    columns: Columns,
}

impl ColumnCache {
    pub fn get(&mut self, book: &Book, marks: &[TagMark], article: ArticleId, v: u64) -> &Columns {
        if self.key != Some((article, v)) || self.columns.of_mark.len() != marks.len() {
            self.columns = columns(book, marks);
            self.key = Some((article, v));
        }
        &self.columns
    }
}

/// Where a passage lies on screen this frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    /// Index into the marks.
    pub mark: usize,
    pub top: f32,
    pub bottom: f32,
    /// The top of the row where the passage ends, when that row is placed.
    pub end: Option<Pos2>,
}

/// The vertical extent of each passage meeting the placed paragraphs, from their galleys.
pub fn spans(placed: &[Placed], paragraphs: &[Paragraph], marks: &[TagMark]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for pl in placed {
        let Some(p) = paragraphs.get(pl.i) else {
            continue;
        };
        let end = p.char_start + p.char_len;
        let next = paragraphs
            .get(pl.i + 1)
            .map_or(usize::MAX, |q| q.char_start);
        for (k, m) in marks.iter().enumerate() {
            if m.range.start >= end {
                break;
            }
            let Some(r) = galley_range(p, &m.range) else {
                continue;
            };
            let first = CCursor {
                index: r.start.into(),
                prefer_next_row: true,
            };
            let a = pl.galley.pos_from_cursor(first);
            let b = pl.galley.pos_from_cursor(CCursor::new(r.end));
            let at = pl.rect.min.to_vec2();
            let ends_here = (m.range.end <= next).then_some(b.min + at);
            let (top, bottom) = (a.min.y + at.y, b.max.y + at.y);
            match out.iter_mut().find(|s| s.mark == k) {
                Some(s) => {
                    s.top = s.top.min(top);
                    s.bottom = s.bottom.max(bottom);
                    s.end = ends_here.or(s.end);
                }
                None => out.push(Span {
                    mark: k,
                    top,
                    bottom,
                    end: ends_here,
                }),
            }
        }
    }
    out
}

/// The rectangle of a bar in column `column` of a margin whose left edge is `left`.
pub fn bar_rect(left: f32, column: usize, span: &Span) -> Rect {
    let x = left + column as f32 * PITCH;
    Rect::from_min_max(pos2(x, span.top), pos2(x + BAR, span.bottom))
}

/// Draws the stripes of `spans` in the margin starting at `left`; a click jumps to a passage.
pub fn show(
    ui: &egui::Ui,
    view: &ReaderView<'_>,
    marks: &[TagMark],
    columns: &Columns,
    spans: &[Span],
    left: f32,
) -> Vec<Command> {
    let mut out = Vec::new();
    let book = view.project.book();
    let shared = Color32::from_gray(if ui.visuals().dark_mode { 130 } else { 150 });
    for span in spans {
        let (Some(m), Some(&column)) = (marks.get(span.mark), columns.of_mark.get(span.mark))
        else {
            continue;
        };
        let bar = bar_rect(left, column, span);
        let hit = Rect::from_min_max(
            pos2(bar.left() - 1.0, bar.top()),
            pos2(bar.left() + PITCH, bar.bottom()),
        );
        let id = ui.make_persistent_id(("coding-stripe", m.tag.0));
        let r = ui
            .interact(hit, id, Sense::click())
            .on_hover_cursor(CursorIcon::PointingHand);
        let name = book.theme(m.theme).map_or("", |t| t.name.as_str());
        let label = (view.lang.stripes().stripe_of)(name);
        r.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
        let in_shared = columns.shared && column == COLUMNS;
        let color = if in_shared { shared } else { m.color };
        let bar = if r.hovered() {
            bar.expand2(vec2(1.0, 0.0))
        } else {
            bar
        };
        ui.painter().rect_filled(bar, 1.0, color);
        if r.clicked() {
            out.push(Command::JumpTo {
                article: view.index,
                range: m.range.clone(),
            });
        }
        hover_card(r, view, m, in_shared, false);
    }
    out
}

/// Draws a mark at the end of each passage with a memo whose end is on screen; a click opens
/// the memo.
pub fn memo_marks(
    ui: &egui::Ui,
    view: &ReaderView<'_>,
    marks: &[TagMark],
    spans: &[Span],
) -> Vec<Command> {
    let mut out = Vec::new();
    let book = view.project.book();
    let outline = ui.visuals().text_color();
    for span in spans {
        let (Some(m), Some(end)) = (marks.get(span.mark), span.end) else {
            continue;
        };
        if !m.memo {
            continue;
        }
        // A small speech bubble over the end of the passage, raised above the glyphs.
        let bubble =
            Rect::from_min_size(end + vec2(1.0 + m.lane as f32 * 9.0, -3.0), vec2(8.0, 6.0));
        let id = ui.make_persistent_id(("memo-mark", m.tag.0));
        let r = ui
            .interact(bubble.expand(3.0), id, Sense::click())
            .on_hover_cursor(CursorIcon::PointingHand);
        let name = book.theme(m.theme).map_or("", |t| t.name.as_str());
        let label = (view.lang.stripes().memo_mark_of)(name);
        r.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
        let p = ui.painter();
        let grow = if r.hovered() { 1.0 } else { 0.0 };
        let bubble = bubble.expand(grow);
        let tail = [
            pos2(bubble.left() + 1.0, bubble.bottom() - 1.0),
            pos2(bubble.left() + 4.0, bubble.bottom() - 1.0),
            pos2(bubble.left(), bubble.bottom() + 3.0),
        ];
        p.add(egui::Shape::convex_polygon(
            tail.to_vec(),
            m.color,
            Stroke::NONE,
        ));
        p.rect(
            bubble,
            2.0,
            m.color,
            Stroke::new(0.8, outline),
            egui::StrokeKind::Outside,
        );
        if r.clicked() {
            out.push(Command::Codebook(CodebookCommand::EditMemo(m.tag)));
        }
        hover_card(r, view, m, false, true);
    }
    out
}

/// The hover card of a stripe or a memo mark: theme and memo, then what a click does.
fn hover_card(r: Response, view: &ReaderView<'_>, m: &TagMark, shared: bool, memo: bool) {
    let s = view.lang.stripes();
    r.on_hover_ui(|ui| {
        tag_marks::tooltip_ui(ui, view.project.book(), &[m.tag], view.lang.tags());
        if shared {
            ui.label(RichText::new(s.shared_column).weak().small());
        }
        ui.label(RichText::new(if memo { s.click_to_edit } else { s.click_to_go }).weak());
    });
}

/// Width the stripes take left of the text: [`MARGIN`] when shown, else none.
pub fn margin(view: &ReaderView<'_>) -> f32 {
    if view.vis.stripes { MARGIN } else { 0.0 }
}

/// The stripes (when shown) left of the text starting at `text_left`, and the memo marks, over
/// the paragraphs placed this frame.
pub fn paint_all(
    ui: &egui::Ui,
    view: &ReaderView<'_>,
    placed: &[Placed],
    marks: &[TagMark],
    cache: &mut ColumnCache,
    text_left: f32,
) -> Vec<Command> {
    if marks.is_empty() {
        return Vec::new();
    }
    let spans = spans(placed, &view.doc.paragraphs, marks);
    let mut out = Vec::new();
    if view.vis.stripes {
        let (book, doc) = (view.project.book(), view.doc);
        let columns = cache.get(book, marks, doc.id, doc.annotation_version);
        out.extend(show(ui, view, marks, columns, &spans, text_left - MARGIN));
    }
    out.extend(memo_marks(ui, view, marks, &spans));
    out
}
