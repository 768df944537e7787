//! Turns an article and its extraction into paragraphs of non-overlapping highlight segments,
//! the pure (egui-free) input of the reader's layout jobs.
//!
//! The engine reports CHAR offsets into the whole text; the reader lays out one paragraph at a
//! time and egui sections are BYTE ranges, so every span is converted once, clipped to the
//! paragraphs it touches, and flattened so that an entity and a figure that overlap become
//! distinct segments (each knowing both marks it carries).

use crate::extract::Extraction;
use crate::text::{CharIndex, paragraphs};
use std::ops::Range;

/// What a highlighted run of text belongs to: indexes into `Extraction::entities` / `figures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Marks {
    pub entity: Option<usize>,
    pub figure: Option<usize>,
}

/// A run of one paragraph carrying the same marks (never empty, never both `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range relative to the paragraph's start.
    pub bytes: Range<usize>,
    /// Char range relative to the paragraph's start (what galley cursors count).
    pub chars: Range<usize>,
    pub marks: Marks,
}

/// One paragraph of the article and its highlights, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range into the article text.
    pub bytes: Range<usize>,
    /// Char offset of the paragraph's start in the article text.
    pub char_start: usize,
    /// Number of chars in the paragraph.
    pub char_len: usize,
    pub segments: Vec<Segment>,
}

impl Paragraph {
    /// The segment covering the paragraph-relative char `c`, if any.
    pub fn segment_at_char(&self, c: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.chars.end <= c);
        self.segments.get(i).filter(|s| s.chars.start <= c)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Entity(usize),
    Figure(usize),
}

/// A span clipped to one paragraph (paragraph-relative bytes).
#[derive(Debug, Clone)]
struct Clipped {
    range: Range<usize>,
    mark: Mark,
}

/// Splits `text` into paragraphs and assigns every entity and figure span to them.
///
/// Spans with offsets out of range or empty are ignored; a span crossing a paragraph break is
/// clipped to each paragraph it covers.
pub fn annotate(text: &str, x: &Extraction) -> Vec<Paragraph> {
    let index = CharIndex::new(text);
    let char_len = index.char_len();
    let pars = paragraphs(text);
    let mut per_par: Vec<Vec<Clipped>> = vec![Vec::new(); pars.len()];

    let spans = x
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.start, e.end, Mark::Entity(i)))
        .chain(
            x.figures
                .iter()
                .enumerate()
                .map(|(i, f)| (f.start, f.end, Mark::Figure(i))),
        );
    for (start, end, mark) in spans {
        if start >= end || end > char_len {
            continue;
        }
        let (bs, be) = (index.byte_offset(text, start), index.byte_offset(text, end));
        // First paragraph that ends after the span starts.
        let mut p = pars.partition_point(|r| r.end <= bs);
        while let Some(r) = pars.get(p) {
            if r.start >= be {
                break;
            }
            let (s, e) = (bs.max(r.start), be.min(r.end));
            if s < e {
                per_par[p].push(Clipped {
                    range: s - r.start..e - r.start,
                    mark,
                });
            }
            p += 1;
        }
    }

    pars.into_iter()
        .zip(per_par)
        .map(|(r, spans)| {
            let body = &text[r.clone()];
            let segments = flatten(body, spans);
            Paragraph {
                char_start: index.char_offset(text, r.start),
                char_len: body.chars().count(),
                bytes: r,
                segments,
            }
        })
        .collect()
}

/// Flattens possibly overlapping spans of one paragraph into ordered, disjoint segments.
///
/// Where spans of the same family overlap, the innermost one (latest start, then earliest end)
/// wins; an entity and a figure over the same bytes are both kept on the segment.
fn flatten(body: &str, mut spans: Vec<Clipped>) -> Vec<Segment> {
    if spans.is_empty() {
        return Vec::new();
    }
    spans.sort_by_key(|s| (s.range.start, std::cmp::Reverse(s.range.end)));
    let mut cuts: Vec<usize> = spans
        .iter()
        .flat_map(|s| [s.range.start, s.range.end])
        .filter(|&b| body.is_char_boundary(b))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();

    let mut out: Vec<Segment> = Vec::new();
    let mut active: Vec<&Clipped> = Vec::new();
    let mut next = 0;
    let mut chars_done = 0;
    let mut bytes_done = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|s| s.range.end > a);
        while let Some(s) = spans.get(next).filter(|s| s.range.start <= a) {
            if s.range.end > a {
                active.push(s);
            }
            next += 1;
        }
        let marks = Marks {
            entity: innermost(&active, |m| match m {
                Mark::Entity(i) => Some(i),
                Mark::Figure(_) => None,
            }),
            figure: innermost(&active, |m| match m {
                Mark::Figure(i) => Some(i),
                Mark::Entity(_) => None,
            }),
        };
        if marks == Marks::default() {
            continue;
        }
        chars_done += body[bytes_done..a].chars().count();
        let len = body[a..b].chars().count();
        bytes_done = b;
        let start = chars_done;
        chars_done += len;
        match out.last_mut() {
            Some(last) if last.bytes.end == a && last.marks == marks => {
                last.bytes.end = b;
                last.chars.end = chars_done;
            }
            _ => out.push(Segment {
                bytes: a..b,
                chars: start..chars_done,
                marks,
            }),
        }
    }
    out
}

fn innermost(active: &[&Clipped], pick: impl Fn(Mark) -> Option<usize>) -> Option<usize> {
    active
        .iter()
        .filter_map(|s| pick(s.mark).map(|i| (s, i)))
        .max_by_key(|(s, _)| (s.range.start, std::cmp::Reverse(s.range.end)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, EntityKind, Figure, FigureKind};

    fn entity(text: &str, start: usize, end: usize) -> Entity {
        Entity {
            text: text.chars().skip(start).take(end - start).collect(),
            start,
            end,
            canonical: "X".into(),
            kind: EntityKind::Company,
        }
    }

    fn figure(text: &str, start: usize, end: usize) -> Figure {
        Figure {
            text: text.chars().skip(start).take(end - start).collect(),
            start,
            end,
            kind: FigureKind::Money,
            value: 1.0,
            value_min: None,
            value_max: None,
            unit: "EUR".into(),
            actor: None,
            in_totals: true,
            role: None,
            counterpart: None,
            restates: None,
        }
    }

    fn seg_texts<'a>(text: &'a str, p: &Paragraph) -> Vec<&'a str> {
        let body = &text[p.bytes.clone()];
        p.segments.iter().map(|s| &body[s.bytes.clone()]).collect()
    }

    #[test]
    fn paragraphs_keep_byte_and_char_offsets() {
        let text = "  Été‑2025 ici\n\n« Deux » là\n";
        let x = Extraction::default();
        let pars = annotate(text, &x);
        assert_eq!(pars.len(), 2);
        assert_eq!(&text[pars[0].bytes.clone()], "Été‑2025 ici");
        assert_eq!(pars[0].char_start, 2);
        assert_eq!(pars[0].char_len, 12);
        assert_eq!(&text[pars[1].bytes.clone()], "« Deux » là");
        assert_eq!(pars[1].char_start, 16);
    }

    #[test]
    fn char_offsets_become_paragraph_relative_bytes() {
        let text = "Intro.\nLes États‑Unis et l’Élysée investissent.";
        // "États‑Unis" starts at char 11 and is 10 chars long; "Élysée" at char 27.
        let x = Extraction {
            entities: vec![entity(text, 11, 21), entity(text, 27, 33)],
            figures: vec![],
        };
        let pars = annotate(text, &x);
        assert_eq!(seg_texts(text, &pars[1]), ["États‑Unis", "Élysée"]);
        assert_eq!(pars[1].segments[0].chars, 4..14);
        assert_eq!(pars[1].segments[1].chars, 20..26);
        assert_eq!(pars[1].segments[0].marks.entity, Some(0));
    }

    #[test]
    fn overlapping_entity_and_figure_are_split_and_both_kept() {
        let text = "Mistral AI lève 2 milliards d'euros.";
        // Entity "Mistral AI lève 2" (0..17) overlaps figure "2 milliards d'euros" (16..35).
        let x = Extraction {
            entities: vec![entity(text, 0, 17)],
            figures: vec![figure(text, 16, 35)],
        };
        let p = &annotate(text, &x)[0];
        assert_eq!(
            seg_texts(text, p),
            ["Mistral AI lève ", "2", " milliards d'euros"]
        );
        let marks: Vec<Marks> = p.segments.iter().map(|s| s.marks).collect();
        assert_eq!(
            marks[0],
            Marks {
                entity: Some(0),
                figure: None
            }
        );
        assert_eq!(
            marks[1],
            Marks {
                entity: Some(0),
                figure: Some(0)
            }
        );
        assert_eq!(
            marks[2],
            Marks {
                entity: None,
                figure: Some(0)
            }
        );
    }

    #[test]
    fn nested_spans_prefer_the_innermost() {
        let text = "Le plan France 2030 avance.";
        let x = Extraction {
            entities: vec![entity(text, 8, 19), entity(text, 8, 14)],
            figures: vec![],
        };
        let p = &annotate(text, &x)[0];
        assert_eq!(seg_texts(text, p), ["France", " 2030"]);
        assert_eq!(p.segments[0].marks.entity, Some(1));
        assert_eq!(p.segments[1].marks.entity, Some(0));
    }

    #[test]
    fn span_across_paragraphs_is_clipped_and_bad_spans_ignored() {
        let text = "ab cd\nef gh";
        let x = Extraction {
            entities: vec![entity(text, 3, 8), entity(text, 4, 4), entity(text, 9, 99)],
            figures: vec![],
        };
        let pars = annotate(text, &x);
        assert_eq!(seg_texts(text, &pars[0]), ["cd"]);
        assert_eq!(seg_texts(text, &pars[1]), ["ef"]);
    }

    #[test]
    fn segment_lookup_by_char() {
        let text = "aé bé cé";
        let x = Extraction {
            entities: vec![entity(text, 3, 5)],
            figures: vec![figure(text, 6, 8)],
        };
        let p = &annotate(text, &x)[0];
        assert_eq!(p.segment_at_char(2), None);
        assert_eq!(p.segment_at_char(3).map(|s| s.marks.entity), Some(Some(0)));
        assert_eq!(p.segment_at_char(4).map(|s| s.marks.entity), Some(Some(0)));
        assert_eq!(p.segment_at_char(5), None);
        assert_eq!(p.segment_at_char(7).map(|s| s.marks.figure), Some(Some(0)));
        assert_eq!(p.segment_at_char(8), None);
    }
}
