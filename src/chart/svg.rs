//! Writes a chart as a standalone SVG document, from the chart's data alone: title, unit and
//! scale, one horizontal bar per actor coloured by kind (whiskers for ranges), value labels, a
//! linear or log axis, a legend of kinds, and a footer naming the corpus, the filters and the
//! currency rates. The same SVG is rasterised for PNG export, so both match.

use super::model::Chart;
use super::scale::{number, scale};
use super::text::{describe_filters, footer_notes, kind_name, title_line};
use crate::extract::EntityKind;
use crate::i18n::Lang;
use std::fmt::Write as _;

/// Width of the SVG in user units (the PNG is rendered at 2× or more).
pub const WIDTH: f64 = 800.0;
const ROW: f64 = 26.0;
const BAR: f64 = 16.0;
const FONT: &str = "DejaVu Sans, Verdana, sans-serif";
/// Average advance of a DejaVu Sans char, relative to the font size (for label widths).
const CHAR_EM: f64 = 0.6;

/// The colour of an actor kind, as in the reader: Okabe–Ito hues, but violet for products (the
/// Okabe–Ito blue was too close to the sky blue of companies, and vermillion to the orange of
/// persons for red-green colour-blind readers); grey for an unknown kind.
pub fn kind_rgb(kind: Option<EntityKind>) -> [u8; 3] {
    match kind {
        Some(EntityKind::Person) => [0xE6, 0x9F, 0x00],
        Some(EntityKind::Company) => [0x56, 0xB4, 0xE9],
        Some(EntityKind::Place) => [0x00, 0x9E, 0x73],
        Some(EntityKind::Institution) => [0xCC, 0x79, 0xA7],
        Some(EntityKind::Project) => [0xF0, 0xE4, 0x42],
        Some(EntityKind::Product) => [0x55, 0x00, 0xEE],
        None => [0x99, 0x99, 0x99],
    }
}

/// `&`, `<`, `>` and quotes escaped for XML text and attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The x axis: maps values to x and lists the ticks.
struct Axis {
    lo: f64,
    hi: f64,
    log: bool,
    x0: f64,
    x1: f64,
}

impl Axis {
    fn new(max: f64, min_positive: f64, log: bool, x0: f64, x1: f64) -> Axis {
        if log {
            let lo = 10f64.powf(min_positive.max(1e-9).log10().floor());
            let hi = 10f64.powf(max.max(lo * 10.0).log10().ceil());
            Axis {
                lo,
                hi,
                log,
                x0,
                x1,
            }
        } else {
            let step = nice_step(max.max(1e-9) / 5.0);
            let hi = (max.max(1e-9) / step).ceil() * step;
            Axis {
                lo: 0.0,
                hi,
                log,
                x0,
                x1,
            }
        }
    }

    fn x(&self, v: f64) -> f64 {
        let t = if self.log {
            let v = v.max(self.lo);
            (v.log10() - self.lo.log10()) / (self.hi.log10() - self.lo.log10())
        } else {
            v / self.hi
        };
        self.x0 + t.clamp(0.0, 1.0) * (self.x1 - self.x0)
    }

    fn ticks(&self) -> Vec<f64> {
        if self.log {
            let mut t = Vec::new();
            let mut v = self.lo;
            while v <= self.hi * 1.0001 && t.len() < 24 {
                t.push(v);
                v *= 10.0;
            }
            t
        } else {
            let step = nice_step(self.hi / 5.0);
            (0..=((self.hi / step).round() as usize).min(20))
                .map(|i| i as f64 * step)
                .collect()
        }
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * p)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * p)
}

/// Splits `text` into lines of at most `max` chars, at spaces.
pub(super) fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The chart as an SVG document.
pub fn render(chart: &Chart, locale: Lang) -> String {
    let max = chart.max_value();
    let sc = scale(chart.kind, &chart.unit, max, locale);
    let longest = chart
        .bars
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(4);
    let label_w = (longest as f64 * 12.0 * CHAR_EM + 16.0).clamp(90.0, 260.0);
    let (x0, x1) = (20.0 + label_w, WIDTH - 110.0);
    let min_pos = chart.min_positive().unwrap_or(1.0);
    let axis = Axis::new(max, min_pos, chart.filters.log_scale, x0, x1);
    let top = 78.0;
    let rows = chart.bars.len().max(1) as f64;
    let axis_y = top + rows * ROW + 6.0;
    let kinds = chart.kinds();
    let mut foot = vec![describe_filters(chart, locale)];
    foot.extend(footer_notes(chart, locale));
    let foot_lines: Vec<String> = foot.iter().flat_map(|l| wrap(l, 128)).collect();
    let legend_y = axis_y + 62.0;
    let foot_y = legend_y + 28.0;
    let height = foot_y + foot_lines.len() as f64 * 13.0 + 12.0;

    let mut s = String::new();
    open(&mut s, height);
    let _ = write!(
        s,
        r##"<text x="20" y="30" font-size="18" font-weight="bold" fill="#222">{}</text>"##,
        escape(&chart.name)
    );
    let _ = write!(
        s,
        r##"<text x="20" y="52" font-size="12" fill="#555">{}</text>"##,
        escape(&title_line(chart, &sc.label, locale))
    );
    // Grid and ticks.
    for t in axis.ticks() {
        let x = axis.x(t);
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{axis_y:.1}" stroke="#e3e3e3" stroke-width="1"/>"##,
            top - 6.0
        );
        let _ = write!(
            s,
            r##"<text x="{x:.1}" y="{:.1}" font-size="11" fill="#444" text-anchor="middle">{}</text>"##,
            axis_y + 16.0,
            escape(&number(t / sc.div, locale))
        );
    }
    let _ = write!(
        s,
        r##"<line x1="{x0:.1}" y1="{axis_y:.1}" x2="{x1:.1}" y2="{axis_y:.1}" stroke="#888" stroke-width="1"/>"##
    );
    let _ = write!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#333" text-anchor="middle">{}</text>"##,
        (x0 + x1) / 2.0,
        axis_y + 34.0,
        escape(&sc.label)
    );
    // Bars.
    for (i, b) in chart.bars.iter().enumerate() {
        let yc = top + i as f64 * ROW + ROW / 2.0;
        let [r, g, bl] = kind_rgb(b.kind);
        let start = axis.x(axis.lo);
        let end = axis.x(b.value);
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#222" text-anchor="end">{}</text>"##,
            x0 - 8.0,
            yc + 4.0,
            escape(&b.label)
        );
        let _ = write!(
            s,
            r##"<rect x="{start:.1}" y="{:.1}" width="{:.1}" height="{BAR}" fill="rgb({r},{g},{bl})" stroke="#333" stroke-width="0.6"><title>{}</title></rect>"##,
            yc - BAR / 2.0,
            (end - start).max(1.0),
            escape(&b.label)
        );
        let mut label = format!("{} {}", number(b.value / sc.div, locale), sc.label);
        let mut label_x = end;
        if b.high > b.low {
            let (xl, xh) = (axis.x(b.low), axis.x(b.high));
            let _ = write!(
                s,
                r##"<path d="M{xl:.1} {yc:.1}H{xh:.1}M{xl:.1} {:.1}V{:.1}M{xh:.1} {:.1}V{:.1}" stroke="#222" stroke-width="1.2" fill="none"/>"##,
                yc - 5.0,
                yc + 5.0,
                yc - 5.0,
                yc + 5.0
            );
            label = format!(
                "{label} ({}–{})",
                number(b.low / sc.div, locale),
                number(b.high / sc.div, locale)
            );
            label_x = label_x.max(xh);
        }
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="11" fill="#222">{}</text>"##,
            label_x + 5.0,
            yc + 4.0,
            escape(&label)
        );
    }
    if chart.bars.is_empty() {
        let empty = if locale == Lang::Fr {
            "Aucun chiffre ne correspond à ces filtres."
        } else {
            "No figure matches these filters."
        };
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="13" fill="#666" text-anchor="middle">{empty}</text>"##,
            (x0 + x1) / 2.0,
            top + ROW / 2.0 + 4.0
        );
    }
    // Legend.
    let mut lx = 20.0;
    for k in &kinds {
        let [r, g, b] = kind_rgb(*k);
        let name = kind_name(*k, locale);
        let _ = write!(
            s,
            r##"<rect x="{lx:.1}" y="{:.1}" width="12" height="12" fill="rgb({r},{g},{b})" stroke="#333" stroke-width="0.6"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#333">{}</text>"##,
            legend_y - 10.0,
            lx + 16.0,
            legend_y,
            escape(name)
        );
        lx += 16.0 + name.chars().count() as f64 * 11.0 * CHAR_EM + 18.0;
    }
    footer(&mut s, &foot_lines, foot_y);
    s
}

/// The start of a chart document `height` units tall: the root element and a white page.
pub(super) fn open(s: &mut String, height: f64) {
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0}" viewBox="0 0 {WIDTH} {height:.0}" font-family="{FONT}">"##
    );
    let _ = write!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
}

/// The footer lines from `y` down, and the end of the document.
pub(super) fn footer(s: &mut String, lines: &[String], y: f64) {
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            s,
            r##"<text x="20" y="{:.1}" font-size="9.5" fill="#555">{}</text>"##,
            y + i as f64 * FOOT_LINE,
            escape(line)
        );
    }
    s.push_str("</svg>\n");
}

/// The height of a footer line.
pub(super) const FOOT_LINE: f64 = 13.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_wrapping() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(130.0), 200.0);
        assert_eq!(nice_step(4.0e11), 5.0e11);
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(escape("A&B <\"x\">"), "A&amp;B &lt;&quot;x&quot;&gt;");
        let log = Axis::new(5e11, 2e9, true, 0.0, 100.0);
        assert_eq!((log.lo, log.hi), (1e9, 1e12));
        assert_eq!(log.ticks(), [1e9, 1e10, 1e11, 1e12]);
        assert!((log.x(1e10) - 100.0 / 3.0).abs() < 1e-9);
    }
}
