//! The figures behind a chart as CSV (one row per mention: actor, kind, role, value, unit,
//! converted value, whether it was counted, its claim and how many articles report it,
//! article, sentence), written with the `csv` crate so quotes, separators and line breaks in
//! sentences survive. `counted` is true on exactly one row per claim of the bars.

use super::model::Chart;
use super::text::kind_name;
use crate::i18n::Lang;

/// The header row.
pub const HEADER: [&str; 15] = [
    "actor",
    "actor_kind",
    "figure",
    "kind",
    "role",
    "value",
    "value_min",
    "value_max",
    "unit",
    "converted_value",
    "counted",
    "claim",
    "sources",
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
        // Figures left out (no rate) report no claim.
        let (claim, reports) = if s.claim > 0 {
            (s.claim.to_string(), s.reports.to_string())
        } else {
            Default::default()
        };
        w.write_record([
            bar.map(|b| b.label.as_str())
                .or(f.actor.as_deref())
                .unwrap_or_default(),
            bar.map(|b| kind_name(b.kind, Lang::En).to_lowercase())
                .unwrap_or_default()
                .as_str(),
            &f.text,
            f.kind.as_str(),
            f.role.map_or("", |r| r.as_str()),
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
            &claim,
            &reports,
            &s.title,
            &s.sentence,
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
