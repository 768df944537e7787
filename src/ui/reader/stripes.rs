//! Coding stripes, as MAXQDA, NVivo or QualCoder draw them: a margin left of the reader's text
//! with one thin bar per theme, in its colour, along the lines each tagged passage covers; and
//! a memo mark at the end of each passage that has a memo.
//!
//! Columns follow codebook order among the themes the article uses; past [`COLUMNS`] themes,
//! the others share one last grey column. Where a bar runs is read from the paragraphs placed
//! this frame (only those on screen), so a long article costs no more. Hovering a stripe names
//! its theme and memo, clicking it jumps to the passage; clicking a memo mark opens its memo.

use super::overlay::range_rects;
use super::placed::{Placed, ReaderView};
use super::tag_marks::{self, TagMark};
use crate::project::{ArticleId, Book, ThemeId};
use crate::workspace::annot::Paragraph;
use crate::workspace::command::{CodebookCommand, Command};
use crate::workspace::selection::galley_range;
use egui::text::CCursor;
use egui::{Color32, CursorIcon, Rect, Response, RichText, Role, Sense, Stroke, WidgetInfo};
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
    /// The caret after the passage's last char (a zero-width rect the height of its row),
    /// when that row is placed.
    pub end: Option<Rect>,
}

/// The vertical extent of each passage meeting the placed paragraphs, from their galleys.
pub fn spans(placed: &[Placed], paragraphs: &[Paragraph], marks: &[TagMark]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let longest = tag_marks::longest(marks);
    for pl in placed {
        let Some(p) = paragraphs.get(pl.i) else {
            continue;
        };
        let end = p.char_start + p.char_len;
        let next = paragraphs
            .get(pl.i + 1)
            .map_or(usize::MAX, |q| q.char_start);
        for (k, m) in tag_marks::meeting(marks, longest, p.char_start..end) {
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
            let ends_here = (m.range.end <= next).then_some(b.translate(at));
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

/// Draws the stripes of `spans` in the margin starting at `left`; hovering one shows its
/// passage in the placed paragraphs, a click jumps to it.
pub fn show(
    ui: &egui::Ui,
    view: &ReaderView<'_>,
    placed: &[Placed],
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
        let label = view.lang.stripes().stripe_of;
        r.widget_info(|| WidgetInfo::labeled(Role::Button, true, label(name)));
        let in_shared = columns.shared && column == COLUMNS;
        let color = if in_shared { shared } else { m.color };
        if r.hovered() {
            light_passage(ui.painter(), placed, &view.doc.paragraphs, m);
        }
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

/// Deepens the fill of passage `m` where it is placed, while its stripe is hovered.
fn light_passage(painter: &egui::Painter, placed: &[Placed], pars: &[Paragraph], m: &TagMark) {
    for pl in placed {
        let Some(r) = pars.get(pl.i).and_then(|p| galley_range(p, &m.range)) else {
            continue;
        };
        for row in range_rects(&pl.galley, r) {
            let row = row.translate(pl.rect.min.to_vec2());
            painter.rect_filled(row, 0.0, m.color.gamma_multiply(0.22));
        }
    }
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
        // A caret in the theme's colour after the passage's last char, topped by a dot.
        let x = end.left() + m.lane as f32 * 7.0;
        let dot = pos2(x, end.top() + 2.5);
        // Only the dot takes the pointer, so that a drag can still start next to the caret.
        let hit = Rect::from_center_size(dot, vec2(12.0, 12.0));
        let id = ui.make_persistent_id(("memo-mark", m.tag.0));
        let r = ui
            .interact(hit, id, Sense::click())
            .on_hover_cursor(CursorIcon::PointingHand);
        let name = book.theme(m.theme).map_or("", |t| t.name.as_str());
        let label = view.lang.stripes().memo_mark_of;
        r.widget_info(|| WidgetInfo::labeled(Role::Button, true, label(name)));
        let p = ui.painter();
        let radius = if r.hovered() { 5.5 } else { 4.5 };
        let caret = [pos2(x, dot.y), pos2(x, end.bottom() - 4.0)];
        p.line_segment(caret, Stroke::new(2.0, m.color));
        p.circle(dot, radius, m.color, Stroke::new(1.2, outline));
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
            ui.label(RichText::new(s.shared_column).weak());
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
        out.extend(show(
            ui,
            view,
            placed,
            marks,
            columns,
            &spans,
            text_left - MARGIN,
        ));
    }
    out.extend(memo_marks(ui, view, marks, &spans));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{ArticleSource, Rgb};

    /// A book with `n` themes (created in reverse name order) and one tag of each, in text
    /// order from the last theme to the first.
    fn book(n: usize) -> (Book, Vec<TagMark>) {
        let mut b = Book::new();
        let text = "x".repeat(10 * n + 10);
        let art = b
            .add_article(ArticleSource::Path("/tmp/s.txt".into()), &text)
            .expect("article");
        let themes: Vec<ThemeId> = (0..n)
            .map(|i| {
                b.create_theme(&format!("T{i}"), Rgb(i as u8, 0, 0), None)
                    .expect("theme")
            })
            .collect();
        for (k, t) in themes.iter().rev().enumerate() {
            b.add_tag(*t, art, &text, k * 10..k * 10 + 5).expect("tag");
        }
        let marks = tag_marks::marks(&b, art);
        (b, marks)
    }

    #[test]
    fn columns_follow_the_codebook_not_the_text() {
        let (b, marks) = book(3);
        let c = columns(&b, &marks);
        // Marks are in text order (T2, T1, T0); columns in codebook order (T0, T1, T2).
        assert_eq!(c.of_mark, [2, 1, 0]);
        assert!(!c.shared);
    }

    #[test]
    fn one_theme_more_than_the_columns_keeps_its_colour_more_share_the_last() {
        let (b, marks) = book(COLUMNS + 1);
        let c = columns(&b, &marks);
        assert!(!c.shared);
        assert_eq!(c.of_mark[0], COLUMNS);
        let (b, marks) = book(COLUMNS + 3);
        let c = columns(&b, &marks);
        assert!(c.shared);
        // The last three in codebook order share the last column.
        assert_eq!(c.of_mark[..3], [COLUMNS; 3]);
        assert_eq!(c.of_mark[3..], (0..COLUMNS).rev().collect::<Vec<_>>());
        let mut cache = ColumnCache::default();
        let art = ArticleId(0);
        assert_eq!(cache.get(&b, &marks, art, 1), &c);
    }

    #[test]
    fn the_margin_fits_every_column_and_the_gap() {
        let span = Span {
            mark: 0,
            top: 10.0,
            bottom: 40.0,
            end: None,
        };
        let last = bar_rect(0.0, COLUMNS, &span);
        assert!(last.right() + GAP <= MARGIN + 0.01, "{last:?}");
        assert_eq!(bar_rect(0.0, 0, &span).y_range(), span.top..=span.bottom);
    }
}
