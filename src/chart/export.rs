//! A computed chart as file bytes, one way for the app and the command line: its bars, its
//! timeline or its flows, as PNG, SVG or CSV (so both write the same bytes).

use super::flows::Flow;
use super::model::Chart;
use super::timeline::{Period, timeline};
use super::{csv, flows, flows_svg, png, svg, timeline_svg};
use crate::i18n::Lang;
use std::path::Path;

/// A chart's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
    Csv,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Png, Format::Svg, Format::Csv];

    pub fn ext(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Csv => "csv",
        }
    }

    /// The format a file name asks for, by its extension.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.ext() == ext)
    }
}

/// What a chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// One bar per actor.
    Bars,
    /// Each actor's claims by month or quarter.
    Timeline(Period),
    /// Who backs whom.
    Flows,
}

/// Everything an export reads.
pub struct Export<'a> {
    pub chart: &'a Chart,
    pub view: View,
    /// The flows (for [`View::Flows`]).
    pub flows: &'a [Flow],
    pub lang: Lang,
    /// The name an actor's identity is shown under.
    pub name: &'a dyn Fn(&str) -> String,
    /// PNG width in pixels (at least 1600).
    pub width: u32,
}

/// The export as `format` bytes.
pub fn render(e: &Export, format: Format) -> Result<Vec<u8>, String> {
    let (chart, lang) = (e.chart, e.lang);
    let scale = e.width.max(1600) as f32 / svg::WIDTH as f32;
    let drawn = |doc: String| match format {
        Format::Png => png::rasterise(&doc, scale).map_err(|err| err.to_string()),
        _ => Ok(doc.into_bytes()),
    };
    match (e.view, format) {
        (View::Bars, Format::Csv) => csv::render(chart).map_err(|err| err.to_string()),
        (View::Bars, _) => drawn(svg::render(chart, lang)),
        (View::Timeline(by), format) => {
            let t = timeline(chart, by);
            match format {
                Format::Csv => super::timeline::csv(&t, &chart.unit).map_err(|err| err.to_string()),
                _ => drawn(timeline_svg::render(chart, &t, lang)),
            }
        }
        (View::Flows, Format::Csv) => {
            flows::csv(e.flows, &chart.unit).map_err(|err| err.to_string())
        }
        (View::Flows, _) => drawn(flows_svg::render(chart, e.flows, lang, e.name)),
    }
}
