//! Builds the egui `LayoutJob` of one paragraph: one section per highlight segment, plain
//! sections in between.
//!
//! Char counts are preserved (galley cursors count chars, and hover maps them back to
//! segments), but a few no-break spaces are swapped for U+00A0 on display: egui treats every
//! Unicode whitespace but U+00A0 as a line-break opportunity, so "12 000" written with U+202F
//! would otherwise wrap in the middle of the number.

use crate::extract::{EntityKind, Extraction};
use crate::ui::fonts;
use crate::ui::style::Palette;
use crate::workspace::annot::{Marks, Paragraph};
use crate::workspace::state::Visibility;
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Stroke};
use std::borrow::Cow;

/// Font size and line height of the article text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextMetrics {
    pub size: f32,
    pub line_height: f32,
}

impl Default for TextMetrics {
    fn default() -> Self {
        TextMetrics {
            size: 16.0,
            line_height: 24.0,
        }
    }
}

/// The display form of a piece of text: no-break spaces egui would wrap at become U+00A0.
pub fn display_text(s: &str) -> Cow<'_, str> {
    if s.contains(['\u{202F}', '\u{2007}']) {
        Cow::Owned(
            s.chars()
                .map(|c| match c {
                    '\u{202F}' | '\u{2007}' => '\u{00A0}',
                    c => c,
                })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

/// Resolves the format of a run from its marks; hidden kinds and figures stay plain.
pub fn format_for(
    marks: Marks,
    x: &Extraction,
    palette: &Palette,
    metrics: TextMetrics,
    vis: Visibility,
) -> TextFormat {
    let mut f = base_format(palette, metrics);
    let kind: Option<EntityKind> = marks
        .entity
        .and_then(|i| x.entities.get(i))
        .map(|e| e.kind)
        .filter(|k| vis.shows(*k));
    if let Some(kind) = kind {
        f.background = palette.entity_bg(kind);
    }
    if vis.figures && marks.figure.is_some_and(|i| i < x.figures.len()) {
        f.font_id = fonts::bold(metrics.size);
        f.color = palette.figure_text;
        f.underline = palette.figure_underline;
        if kind.is_none() {
            f.background = palette.figure_bg;
        }
    }
    f
}

fn base_format(palette: &Palette, metrics: TextMetrics) -> TextFormat {
    TextFormat {
        font_id: FontId::proportional(metrics.size),
        line_height: Some(metrics.line_height),
        color: palette.text,
        background: Color32::TRANSPARENT,
        underline: Stroke::NONE,
        ..Default::default()
    }
}

/// The layout job of paragraph `p` of `text`, wrapped at `wrap_width` points.
pub fn paragraph_job(
    text: &str,
    p: &Paragraph,
    x: &Extraction,
    palette: &Palette,
    metrics: TextMetrics,
    vis: Visibility,
    wrap_width: f32,
) -> LayoutJob {
    let body = text.get(p.bytes.clone()).unwrap_or_default();
    let mut job = LayoutJob {
        wrap: TextWrapping::wrap_at_width(wrap_width),
        ..Default::default()
    };
    let plain = base_format(palette, metrics);
    let mut at = 0;
    for s in &p.segments {
        if s.bytes.start > at {
            job.append(&display_text(&body[at..s.bytes.start]), 0.0, plain.clone());
        }
        job.append(
            &display_text(&body[s.bytes.clone()]),
            0.0,
            format_for(s.marks, x, palette, metrics, vis),
        );
        at = s.bytes.end;
    }
    if at < body.len() || body.is_empty() {
        job.append(&display_text(&body[at..]), 0.0, plain);
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, Figure, FigureKind};
    use crate::workspace::annot::annotate;

    fn sample() -> (String, Extraction) {
        let text = "Les États‑Unis : 12\u{202F}000 GPU pour OpenAI.".to_string();
        let x = Extraction {
            entities: vec![
                Entity {
                    text: "États‑Unis".into(),
                    start: 4,
                    end: 14,
                    canonical: "États-Unis".into(),
                    kind: EntityKind::Place,
                },
                Entity {
                    text: "OpenAI".into(),
                    start: 33,
                    end: 39,
                    canonical: "OpenAI".into(),
                    kind: EntityKind::Company,
                },
            ],
            figures: vec![Figure {
                text: "12\u{202F}000 GPU".into(),
                start: 17,
                end: 27,
                kind: FigureKind::Chips,
                value: 12000.0,
                value_min: None,
                value_max: None,
                unit: "chips".into(),
                actor: Some("OpenAI".into()),
                in_totals: true,
                role: None,
                counterpart: None,
                restates: None,
            }],
        };
        (text, x)
    }

    #[test]
    fn sections_follow_segments_and_cover_the_text() {
        let (text, x) = sample();
        let p = &annotate(&text, &x)[0];
        let palette = Palette::new(&egui::Visuals::light());
        let vis = Visibility::default();
        let job = paragraph_job(&text, p, &x, &palette, TextMetrics::default(), vis, 500.0);
        let pieces: Vec<&str> = job
            .sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(
            pieces,
            [
                "Les ",
                "États‑Unis",
                " : ",
                "12\u{A0}000 GPU",
                " pour ",
                "OpenAI",
                "."
            ]
        );
        assert_eq!(job.text.chars().count(), text.chars().count());
        let place = palette.entity_bg(EntityKind::Place);
        assert_eq!(job.sections[1].format.background, place);
        assert_eq!(job.sections[3].format.font_id, fonts::bold(16.0));
        assert_eq!(job.sections[3].format.underline, palette.figure_underline);
        assert_eq!(job.sections[3].format.background, palette.figure_bg);
        assert_eq!(job.sections[0].format.background, Color32::TRANSPARENT);
        assert_eq!(job.wrap.max_width, 500.0);

        // Places and figures hidden: those runs are plain, companies still marked.
        let mut vis = Visibility::default();
        vis.toggle(EntityKind::Place);
        vis.figures = false;
        let job = paragraph_job(&text, p, &x, &palette, TextMetrics::default(), vis, 500.0);
        let format_of = |piece: &str| {
            let b = job.text.find(piece).expect("piece in job");
            job.sections
                .iter()
                .find(|s| (s.byte_range.start.0..s.byte_range.end.0).contains(&b))
                .map(|s| s.format.clone())
                .expect("a section")
        };
        assert_eq!(format_of("États").background, Color32::TRANSPARENT);
        assert_eq!(format_of("GPU").background, Color32::TRANSPARENT);
        assert_eq!(format_of("GPU").underline, Stroke::NONE);
        let company = palette.entity_bg(EntityKind::Company);
        assert_eq!(format_of("OpenAI").background, company);
    }

    #[test]
    fn figure_inside_entity_keeps_entity_colour_and_gets_bold() {
        let (_, x) = sample();
        let palette = Palette::new(&egui::Visuals::dark());
        let marks = Marks {
            entity: Some(1),
            figure: Some(0),
        };
        let f = format_for(
            marks,
            &x,
            &palette,
            TextMetrics::default(),
            Visibility::default(),
        );
        assert_eq!(f.background, palette.entity_bg(EntityKind::Company));
        assert_eq!(f.font_id, fonts::bold(16.0));
        // Out-of-range indexes (stale extraction) fall back to plain text.
        let stale = Marks {
            entity: Some(9),
            figure: Some(9),
        };
        let f = format_for(
            stale,
            &x,
            &palette,
            TextMetrics::default(),
            Visibility::default(),
        );
        assert_eq!(f.background, Color32::TRANSPARENT);
    }

    #[test]
    fn display_text_keeps_char_count() {
        let s = "1\u{202F}000\u{2007}W et 2\u{A0}GW";
        let d = display_text(s);
        assert_eq!(d.chars().count(), s.chars().count());
        assert!(!d.contains(['\u{202F}', '\u{2007}']));
        assert!(matches!(display_text("plain"), Cow::Borrowed(_)));
    }
}
