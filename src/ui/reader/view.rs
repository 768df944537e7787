//! The article view: the selected article's header and its text, wrapped and highlighted,
//! painted paragraph by paragraph from cached galleys, only where the viewport shows it, with
//! the selection, search hits and jump flash painted over them.

use super::galleys::{LayoutKey, ParagraphLayouts};
use super::hover;
use super::input;
use super::layout::{TextMetrics, paragraph_job};
use super::menu;
use super::overlay;
use super::placed::{MenuTarget, Placed, ReaderView, char_under};
use super::stripes;
use super::tag_marks::{self, MarkCache, TagMark};
use crate::i18n::Strings;
use crate::ui::style::Palette;
use crate::workspace::Article;
use crate::workspace::command::Command;
use crate::workspace::selection::{galley_range, paragraph_of_char};
use egui::text::CCursor;
use egui::{Align, Galley, Pos2, Rect, RichText, Role, ScrollArea, Sense, Vec2, WidgetInfo, style};
use std::ops::Range;
use std::sync::Arc;

/// Widest line of text, in points; wider panels get side margins instead.
const MAX_TEXT_WIDTH: f32 = 820.0;
/// Average advance of a DejaVu Sans char relative to the font size (for height estimates).
const AVG_CHAR_EM: f32 = 0.55;
/// How long a jump target flashes, in seconds.
const FLASH_SECONDS: f64 = 1.6;
/// Frames during which a scroll target is re-aimed (heights settle as paragraphs are laid out).
const SCROLL_FRAMES: u8 = 4;

/// A place to bring into view.
#[derive(Debug, Clone, PartialEq)]
struct ScrollTarget {
    article: usize,
    char: usize,
    frames: u8,
}

/// A passage that flashes after a jump.
#[derive(Debug, Clone, PartialEq)]
pub struct Flash {
    pub article: usize,
    pub range: Range<usize>,
    started: Option<f64>,
}

/// What the reader keeps between frames.
#[derive(Default)]
pub struct ReaderState {
    pub layouts: ParagraphLayouts,
    pub metrics: TextMetrics,
    pub(super) input: input::InputState,
    scroll_to: Option<ScrollTarget>,
    pub flash: Option<Flash>,
    /// What the open right-click menu acts on.
    pub menu: Option<MenuTarget>,
    /// The tagged passages of the shown article.
    pub tag_marks: MarkCache,
    /// The "tag with…" picker, while open.
    pub picker: Option<super::picker::Picker>,
    /// The coding stripes' columns of the shown article.
    pub stripe_columns: stripes::ColumnCache,
}

impl ReaderState {
    /// Scrolls article `article` so that its char `char` is visible (when it is next shown).
    pub fn scroll_to(&mut self, article: usize, char: usize) {
        self.scroll_to = Some(ScrollTarget {
            article,
            char,
            frames: SCROLL_FRAMES,
        });
    }

    /// Flashes the chars `range` of `article`.
    pub fn flash(&mut self, article: usize, range: Range<usize>) {
        self.flash = Some(Flash {
            article,
            range,
            started: None,
        });
    }
}

/// Draws the article filling `ui`; returns what the user asked.
pub fn show(ui: &mut egui::Ui, view: &ReaderView<'_>, state: &mut ReaderState) -> Vec<Command> {
    header(ui, view.doc, view.s);
    ui.separator();
    let palette = Palette::new(ui.visuals());
    let metrics = state.metrics;
    let mut commands = Vec::new();
    let doc = view.doc;
    ScrollArea::vertical()
        .id_salt(("reader", view.index))
        .auto_shrink(false)
        .show_viewport(ui, |ui, viewport| {
            let full = ui.max_rect();
            // The coding stripes' margin, if shown, goes left of the text.
            let margin = stripes::margin(view);
            let width = (full.width() - margin).clamp(80.0, MAX_TEXT_WIDTH);
            let left = full.left() + margin + ((full.width() - margin - width) / 2.0).max(0.0);
            let key = LayoutKey {
                doc: view.index,
                wrap_width: width.floor() as u32,
                annotation_version: doc.annotation_version,
                dark: palette.dark,
                ppp_bits: ui.ctx().pixels_per_point().to_bits(),
            };
            state.layouts.prepare(
                key,
                doc.paragraphs.iter().map(|p| p.char_len),
                metrics.size * AVG_CHAR_EM,
                metrics.line_height,
                metrics.line_height * 0.6,
            );
            let make = |ui: &egui::Ui, i: usize| {
                let p = &doc.paragraphs[i];
                let job = paragraph_job(
                    &doc.doc.text,
                    p,
                    &doc.extraction,
                    &palette,
                    metrics,
                    view.vis,
                    key.wrap_width as f32,
                );
                ui.painter().layout_job(job)
            };
            aim_scroll(ui, view.index, doc, state, full.top(), left, &make);
            let tags = state
                .tag_marks
                .get(view.project.book(), doc.id, doc.annotation_version);
            // Under the paragraphs, so that they keep their hover tooltips.
            let background = ui
                .interact(
                    ui.clip_rect(),
                    ui.make_persistent_id(("reader-text", view.index)),
                    Sense::click_and_drag(),
                )
                .on_hover_cursor(egui::CursorIcon::Text);
            background
                .widget_info(|| WidgetInfo::labeled(Role::Document, true, view.s.article_text));

            let layouts = &mut state.layouts;
            let visible = layouts.visible(viewport.min.y..viewport.max.y);
            let mut y = full.top() + layouts.top(visible.start);
            let mut grew = false;
            let mut placed = Vec::with_capacity(visible.len());
            for i in visible.clone() {
                if i >= doc.paragraphs.len() {
                    break;
                }
                let (galley, changed) = layouts.galley(i, || make(ui, i));
                grew |= changed;
                let rect = Rect::from_min_size(Pos2::new(left, y), galley.size());
                let dragging = state.input.dragging();
                paragraph(ui, view, i, rect, galley.clone(), &palette, dragging, tags);
                placed.push(Placed { i, rect, galley });
                y += layouts.height(i) + metrics.line_height * 0.6;
            }
            layouts.evict_outside(visible);
            tag_marks::paint(ui.painter(), &placed, &doc.paragraphs, tags, palette.dark);
            paint_marks(ui, view, &placed, &mut state.flash);
            let columns = &mut state.stripe_columns;
            commands.extend(stripes::paint_all(ui, view, &placed, tags, columns, left));
            commands.extend(input::handle(
                ui,
                &background,
                view,
                &placed,
                &mut state.input,
            ));
            if background.secondary_clicked() {
                let pos = background.interact_pointer_pos();
                state.menu = pos.map(|p| menu::capture(view, &placed, p));
            }
            background.context_menu(|ui| {
                if let Some(t) = state.menu.as_ref().filter(|t| t.article == view.index) {
                    commands.extend(menu::show(ui, t, view));
                }
            });
            ui.set_min_size(Vec2::new(full.width(), layouts.total_height()));
            if grew {
                // Heights were estimates: lay out again with the measured ones.
                ui.ctx().request_repaint();
            }
        });
    commands
}

/// Re-aims a pending scroll target at its char, laying out its paragraph if needed.
fn aim_scroll(
    ui: &egui::Ui,
    index: usize,
    doc: &Article,
    state: &mut ReaderState,
    top: f32,
    left: f32,
    make: &dyn Fn(&egui::Ui, usize) -> Arc<Galley>,
) {
    let Some(t) = state.scroll_to.as_mut().filter(|t| t.article == index) else {
        return;
    };
    if doc.paragraphs.is_empty() {
        state.scroll_to = None;
        return;
    }
    let i = paragraph_of_char(&doc.paragraphs, t.char);
    let (galley, _) = state.layouts.galley(i, || make(ui, i));
    let p = &doc.paragraphs[i];
    let c = t.char.saturating_sub(p.char_start).min(p.char_len);
    let at = galley.pos_from_cursor(CCursor::new(c));
    let y = top + state.layouts.top(i) + at.min.y;
    let rect = Rect::from_min_size(Pos2::new(left + at.min.x, y), Vec2::new(1.0, at.height()));
    ui.scroll_to_rect_animation(rect, Some(Align::Center), style::ScrollAnimation::none());
    ui.ctx().request_repaint();
    t.frames = t.frames.saturating_sub(1);
    if t.frames == 0 {
        state.scroll_to = None;
    }
}

fn header(ui: &mut egui::Ui, doc: &Article, s: &Strings) {
    ui.add_space(4.0);
    ui.label(RichText::new(doc.title()).heading().strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(doc.doc.date.as_deref().unwrap_or(s.undated));
        ui.label("·");
        ui.label(RichText::new(&doc.doc.path).monospace().weak());
        ui.label("·");
        ui.label(format!(
            "{}, {}",
            s.actors_n(doc.actor_count()),
            s.figures_n(doc.figure_count())
        ));
    });
}

/// Paints one paragraph (with its part of the selection) and answers hovering its highlights
/// and tagged passages.
#[allow(clippy::too_many_arguments)]
fn paragraph(
    ui: &mut egui::Ui,
    view: &ReaderView<'_>,
    i: usize,
    rect: Rect,
    galley: Arc<Galley>,
    palette: &Palette,
    dragging: bool,
    tags: &[TagMark],
) {
    let doc = view.doc;
    let response = ui.interact(
        rect,
        ui.make_persistent_id(("paragraph", i)),
        Sense::hover(),
    );
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, doc.paragraph_text(i)));
    let hovered = response
        .hover_pos()
        .filter(|_| !dragging)
        .and_then(|pos| char_under(&galley, pos - rect.min));
    let tagged = hovered
        .and_then(|c| {
            Some(tag_marks::at_char(
                tags,
                doc.paragraphs.get(i)?.char_start + c,
            ))
        })
        .unwrap_or_default();
    let under_pointer = hovered
        .and_then(|c| doc.paragraphs.get(i)?.segment_at_char(c))
        .map(|s| hover::visible_marks(s.marks, &doc.extraction, view.vis))
        .filter(|m| m.entity.is_some() || m.figure.is_some());
    let galley = match doc.paragraphs.get(i) {
        Some(p) => overlay::with_selection(galley, p, view.selection, ui.visuals()),
        None => galley,
    };
    ui.painter().galley(rect.min, galley, palette.text);
    if under_pointer.is_some() || !tagged.is_empty() {
        response.on_hover_ui_at_pointer(|ui| {
            if let Some(marks) = under_pointer {
                let name =
                    |c: &str| crate::i18n::actor_name(view.lexicon, c, view.lang).to_string();
                hover::tooltip_ui(ui, &doc.extraction, marks, view.s, view.mentions, &name);
            }
            if !tagged.is_empty() {
                if under_pointer.is_some() {
                    ui.separator();
                }
                let book = view.project.book();
                tag_marks::tooltip_ui(ui, book, &tagged, view.lang.tags());
            }
        });
    }
}

/// Paints search hits and the flash over the visible paragraphs.
fn paint_marks(ui: &egui::Ui, view: &ReaderView<'_>, placed: &[Placed], flash: &mut Option<Flash>) {
    let dark = ui.visuals().dark_mode;
    let now = ui.input(|i| i.time);
    let flash_style = match flash.as_mut().filter(|f| f.article == view.index) {
        Some(f) => {
            let started = *f.started.get_or_insert(now);
            let t = ((now - started) / FLASH_SECONDS) as f32;
            if t >= 1.0 {
                *flash = None;
                None
            } else {
                ui.ctx().request_repaint();
                Some((f.range.clone(), overlay::flash(ui.visuals(), t)))
            }
        }
        None => None,
    };
    let painter = ui.painter();
    for pl in placed {
        let Some(p) = view.doc.paragraphs.get(pl.i) else {
            continue;
        };
        let end = p.char_start + p.char_len;
        let first = view.hits.partition_point(|h| h.range.end <= p.char_start);
        for h in view.hits[first..]
            .iter()
            .take_while(|h| h.range.start < end)
        {
            let Some(r) = galley_range(p, &h.range) else {
                continue;
            };
            let style = if view.current_hit == Some(h) {
                overlay::current_hit(dark)
            } else {
                overlay::search_hit(dark)
            };
            overlay::paint_mark(painter, &pl.galley, pl.rect.min, r, style);
        }
        if let Some((range, style)) = &flash_style
            && let Some(r) = galley_range(p, range)
        {
            overlay::paint_mark(painter, &pl.galley, pl.rect.min, r, *style);
        }
    }
}
