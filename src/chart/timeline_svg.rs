//! Writes a timeline as a standalone SVG: one stacked column per period (an "undated" column
//! last when some claims have no date), one colour per actor (its kind's colour for the first,
//! lighter shades after), a value axis, a legend and the chart's footer.

use super::model::Chart;
use super::scale::{number_with, scale};
use super::svg::{FOOT_LINE, WIDTH, escape, footer, open, wrap};
use super::text::{describe_filters, footer_notes};
use super::timeline::Timeline;
use crate::i18n::Lang;
use std::fmt::Write as _;

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

const PLOT_H: f64 = 300.0;

/// Chars of a legend name that fit its third of the width.
const LEGEND_CHARS: usize = 32;

/// `s` cut to `n` chars, with an ellipsis when cut.
fn fit(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}

/// The timeline of `chart` as an SVG document.
pub fn render(chart: &Chart, t: &Timeline, locale: Lang) -> String {
    let fr = locale == Lang::Fr;
    let (t, columns) = t.drawn(locale);
    let max = t.max_stack();
    let sc = scale(chart.kind, &chart.unit, max, locale);
    let ticks: Vec<(f64, String)> = (0..=4)
        .map(|k| {
            let v = max * f64::from(k) / 4.0;
            (v, number_with(v / sc.div, 1, locale))
        })
        .collect();
    let widest = ticks
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(1);
    let (x0, x1, top) = (24.0 + widest as f64 * 6.6, WIDTH - 20.0, 70.0);
    let base = top + PLOT_H;
    let n = columns.len().max(1) as f64;
    let step = (x1 - x0) / n;
    let bar_w = (step * 0.7).max(2.0);
    let y = |v: f64| base - if max > 0.0 { v / max * PLOT_H } else { 0.0 };
    let legend_y = base + 56.0;
    let legend_rows = t.series.len().div_ceil(3) as f64;
    let mut foot = vec![describe_filters(chart, locale)];
    foot.extend(footer_notes(chart, locale));
    if t.undated_claims > 0 {
        foot.push(if fr {
            format!(
                "{} faits sans date (colonne « sans date »).",
                t.undated_claims
            )
        } else {
            format!(
                "{} undated claims (the \"undated\" column).",
                t.undated_claims
            )
        });
    }
    let foot: Vec<String> = foot.iter().flat_map(|l| wrap(l, 128)).collect();
    let foot_y = legend_y + legend_rows * 18.0 + 16.0;
    let height = foot_y + foot.len() as f64 * FOOT_LINE + 12.0;

    let mut s = String::new();
    open(&mut s, height);
    let by = match (t.by, fr) {
        (super::timeline::Period::Month, true) => "par mois",
        (super::timeline::Period::Month, false) => "by month",
        (super::timeline::Period::Quarter, true) => "par trimestre",
        (super::timeline::Period::Quarter, false) => "by quarter",
    };
    let _ = write!(
        s,
        r##"<text x="20" y="30" font-size="18" font-weight="bold" fill="#222">{} — {by}</text><text x="20" y="52" font-size="12" fill="#555">{}</text>"##,
        escape(&chart.name),
        escape(&sc.label)
    );
    for (v, label) in &ticks {
        let yy = y(*v);
        let _ = write!(
            s,
            r##"<line x1="{x0}" y1="{yy:.1}" x2="{x1}" y2="{yy:.1}" stroke="#e3e3e3"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#444" text-anchor="end">{}</text>"##,
            x0 - 6.0,
            yy + 4.0,
            escape(label)
        );
    }
    for (c, label) in columns.iter().enumerate() {
        let cx = x0 + step * (c as f64 + 0.5);
        let mut acc = 0.0;
        for (i, se) in t.series.iter().enumerate() {
            let v = se.values.get(c).copied().unwrap_or(se.undated);
            if v <= 0.0 {
                continue;
            }
            let (ya, yb) = (y(acc), y(acc + v));
            acc += v;
            let _ = write!(
                s,
                r##"<rect x="{:.1}" y="{yb:.1}" width="{bar_w:.1}" height="{:.1}" fill="{}"><title>{} · {} · {}</title></rect>"##,
                cx - bar_w / 2.0,
                (ya - yb).max(0.5),
                hex(t.series_rgb(i)),
                escape(&se.label),
                escape(label),
                escape(&number_with(v / sc.div, 2, locale))
            );
        }
        // Labels thin out when there are many periods.
        let every = (columns.len() / 12).max(1);
        if c % every == 0 || c + 1 == columns.len() {
            let _ = write!(
                s,
                r##"<text x="{cx:.1}" y="{:.1}" font-size="10" fill="#444" text-anchor="middle">{}</text>"##,
                base + 16.0,
                escape(label)
            );
        }
    }
    let _ = write!(
        s,
        r##"<line x1="{x0}" y1="{base}" x2="{x1}" y2="{base}" stroke="#888"/>"##
    );
    for (i, se) in t.series.iter().enumerate() {
        let (lx, ly) = (
            20.0 + (i % 3) as f64 * 260.0,
            legend_y + (i / 3) as f64 * 18.0,
        );
        let _ = write!(
            s,
            r##"<rect x="{lx}" y="{:.1}" width="12" height="12" fill="{}"/><text x="{:.1}" y="{ly:.1}" font-size="12" fill="#222">{}</text>"##,
            ly - 10.0,
            hex(t.series_rgb(i)),
            lx + 18.0,
            escape(&fit(&se.label, LEGEND_CHARS))
        );
    }
    footer(&mut s, &foot, foot_y);
    s
}
