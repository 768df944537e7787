//! Tags and figures as CSV (comma-separated, UTF-8, one header row, one row per tag or figure),
//! written with the `csv` crate so quotes, semicolons and line breaks in quotes and memos survive.

use super::rows::{FigureRow, TagRow};

/// The header of [`tags`].
pub const TAG_HEADER: [&str; 8] = [
    "theme", "parent", "article", "start", "end", "quote", "memo", "orphan",
];
/// The header of [`figures`].
pub const FIGURE_HEADER: [&str; 10] = [
    "actor",
    "kind",
    "figure",
    "value",
    "unit",
    "in_totals",
    "role",
    "counterpart",
    "article",
    "sentence",
];

/// CSV bytes of tag rows.
pub fn tags(rows: &[TagRow]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(TAG_HEADER)?;
    for r in rows {
        w.write_record([
            r.theme.as_str(),
            r.parent.as_deref().unwrap_or_default(),
            &r.article,
            &r.start.to_string(),
            &r.end.to_string(),
            &r.quote,
            &r.memo,
            if r.orphan { "true" } else { "false" },
        ])?;
    }
    finish(w)
}

/// CSV bytes of figure rows.
pub fn figures(rows: &[FigureRow]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(FIGURE_HEADER)?;
    for r in rows {
        w.write_record([
            r.actor.as_deref().unwrap_or_default(),
            &r.kind,
            &r.text,
            &r.value.to_string(),
            &r.unit,
            if r.in_totals { "true" } else { "false" },
            r.role.as_deref().unwrap_or_default(),
            r.counterpart.as_deref().unwrap_or_default(),
            &r.article,
            &r.sentence,
        ])?;
    }
    finish(w)
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, csv::Error> {
    w.into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}
