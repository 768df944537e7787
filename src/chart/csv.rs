//! The figures behind a chart as CSV (one row per figure: actor, kind, value, unit, converted
//! value, whether it was counted, article, sentence), written with the `csv` crate so quotes,
//! separators and line breaks in sentences survive.

use super::aggregate::Chart;
use super::text::kind_name;
use crate::i18n::Lang;

/// The header row.
pub const HEADER: [&str; 12] = [
    "actor",
    "actor_kind",
    "figure",
    "kind",
    "value",
    "value_min",
    "value_max",
    "unit",
    "converted_value",
    "counted",
    "article",
    "sentence",
];

/// CSV bytes of every figure behind the chart's bars, then the ones left out (no actor, no rate).
pub fn render(chart: &Chart) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    let opt = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let rows = chart
        .bars
        .iter()
        .flat_map(|b| b.sources.iter().map(move |s| (Some(b), s)))
        .chain(chart.unattributed.iter().map(|s| (None, s)))
        .chain(chart.unconverted.iter().map(|s| (None, s)));
    for (bar, s) in rows {
        let f = &s.figure;
        w.write_record([
            bar.map(|b| b.label.as_str())
                .or(f.actor.as_deref())
                .unwrap_or_default(),
            bar.map(|b| kind_name(b.kind, Lang::En).to_lowercase())
                .unwrap_or_default()
                .as_str(),
            &f.text,
            f.kind.as_str(),
            &f.value.to_string(),
            &opt(f.value_min),
            &opt(f.value_max),
            &f.unit,
            &opt(s.value),
            if bar.is_some() && s.counted {
                "true"
            } else {
                "false"
            },
            &s.title,
            &s.sentence,
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
