//! A chart over time: each actor's claims summed by month or by quarter, a claim dated by its
//! earliest dated mention; claims no article dates go to an "undated" bucket, counted apart.

use super::model::Chart;
use crate::extract::EntityKind;
use crate::i18n::Lang;
use std::collections::BTreeMap;

/// The width of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Month,
    Quarter,
}

impl Period {
    /// `month` or `quarter`.
    pub fn parse(s: &str) -> Option<Period> {
        match s.trim().to_ascii_lowercase().as_str() {
            "month" | "mois" => Some(Period::Month),
            "quarter" | "trimestre" => Some(Period::Quarter),
            _ => None,
        }
    }

    /// The period of an ISO date: `2025-03` or `2025-Q1`; `None` for a malformed date.
    pub fn of(self, date: &str) -> Option<(i32, u32)> {
        let year: i32 = date.get(..4)?.parse().ok()?;
        let month: u32 = date.get(5..7)?.parse().ok()?;
        if !(1..=12).contains(&month) {
            return None;
        }
        Some(match self {
            Period::Month => (year, month),
            Period::Quarter => (year, (month - 1) / 3 + 1),
        })
    }

    /// The label of a period.
    pub fn label(self, (year, n): (i32, u32)) -> String {
        match self {
            Period::Month => format!("{year}-{n:02}"),
            Period::Quarter => format!("{year}-Q{n}"),
        }
    }

    fn next(self, (year, n): (i32, u32)) -> (i32, u32) {
        let last = match self {
            Period::Month => 12,
            Period::Quarter => 4,
        };
        if n == last {
            (year + 1, 1)
        } else {
            (year, n + 1)
        }
    }
}

/// One actor's values, period by period.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub actor: String,
    pub label: String,
    pub kind: Option<EntityKind>,
    /// One value per period of [`Timeline::periods`].
    pub values: Vec<f64>,
    /// The sum of its undated claims.
    pub undated: f64,
}

/// A chart's claims over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub by: Period,
    /// Every period from the first dated claim to the last, gaps included.
    pub periods: Vec<String>,
    /// In the chart's bar order.
    pub series: Vec<Series>,
    /// How many claims no article dates.
    pub undated_claims: usize,
}

/// Series a drawing shows on their own; the rest are summed as "others".
const SHOWN: usize = 8;

impl Timeline {
    /// What a drawing shows, in `lang`: the first series and the others summed, and the
    /// column labels (the undated column last, when some claims have no date).
    pub fn drawn(&self, lang: Lang) -> (Timeline, Vec<String>) {
        let fr = lang == Lang::Fr;
        let t = self.with_others(SHOWN, if fr { "autres" } else { "others" });
        let mut columns = t.periods.clone();
        if t.series.iter().any(|s| s.undated != 0.0) {
            columns.push(if fr { "sans date" } else { "undated" }.into());
        }
        (t, columns)
    }

    /// The first `n` series, then the rest summed as one series named `others`.
    pub fn with_others(&self, n: usize, others: &str) -> Timeline {
        let mut t = self.clone();
        if t.series.len() > n {
            let rest = t.series.split_off(n);
            let mut sum = rest[0].clone();
            sum.actor = others.to_string();
            sum.label = others.to_string();
            sum.kind = None;
            for s in &rest[1..] {
                for (a, b) in sum.values.iter_mut().zip(&s.values) {
                    *a += b;
                }
                sum.undated += s.undated;
            }
            t.series.push(sum);
        }
        t
    }

    /// A distinct colour per series: its kind's colour, lighter for later series of the same
    /// kind.
    pub fn series_rgb(&self, i: usize) -> [u8; 3] {
        let kind = self.series[i].kind;
        let same_before = self.series[..i].iter().filter(|s| s.kind == kind).count();
        let k = (same_before as f64 * 0.22).min(0.75);
        super::svg::kind_rgb(kind)
            .map(|c| (f64::from(c) + (255.0 - f64::from(c)) * k).round() as u8)
    }

    /// The largest total of one period (stacked), undated bucket included.
    pub fn max_stack(&self) -> f64 {
        let n = self.periods.len();
        let dated = (0..n).map(|i| self.series.iter().map(|s| s.values[i]).sum::<f64>());
        let undated = self.series.iter().map(|s| s.undated).sum::<f64>();
        dated.fold(undated, f64::max)
    }
}

/// A claim's period (year and month or quarter), if dated, and its amount.
type DatedClaim = (Option<(i32, u32)>, f64);

/// The chart's claims by `by`: each claim once, at its canonical amount, in the period of its
/// earliest dated mention.
pub fn timeline(chart: &Chart, by: Period) -> Timeline {
    // Per bar: (period or None, value) of each claim.
    let mut per_bar: Vec<Vec<DatedClaim>> = Vec::new();
    for bar in &chart.bars {
        let mut claims: BTreeMap<usize, DatedClaim> = BTreeMap::new();
        for s in &bar.sources {
            let period = s.date.as_deref().and_then(|d| by.of(d));
            let e = claims.entry(s.claim).or_insert((None, 0.0));
            e.0 = match (e.0, period) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if s.counted {
                e.1 = s.value.unwrap_or(0.0);
            }
        }
        per_bar.push(claims.into_values().collect());
    }
    let dated = per_bar.iter().flatten().filter_map(|(p, _)| *p);
    let (first, last) = (dated.clone().min(), dated.max());
    let mut keys = Vec::new();
    if let (Some(mut k), Some(last)) = (first, last) {
        while k <= last {
            keys.push(k);
            k = by.next(k);
        }
    }
    let mut undated_claims = 0;
    let series = chart
        .bars
        .iter()
        .zip(&per_bar)
        .map(|(bar, claims)| {
            let mut values = vec![0.0; keys.len()];
            let mut undated = 0.0;
            for (p, v) in claims {
                match p.and_then(|p| keys.binary_search(&p).ok()) {
                    Some(i) => values[i] += v,
                    None => {
                        undated += v;
                        undated_claims += 1;
                    }
                }
            }
            Series {
                actor: bar.actor.clone(),
                label: bar.label.clone(),
                kind: bar.kind,
                values,
                undated,
            }
        })
        .collect();
    Timeline {
        by,
        periods: keys.into_iter().map(|k| by.label(k)).collect(),
        series,
        undated_claims,
    }
}

/// The timeline as CSV: one row per actor and period (`undated` for the bucket), with values in
/// the chart's unit.
pub fn csv(t: &Timeline, unit: &str) -> Result<Vec<u8>, ::csv::Error> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    w.write_record(["actor", "period", "value", "unit"])?;
    for s in &t.series {
        for (p, v) in t.periods.iter().zip(&s.values) {
            w.write_record([s.label.as_str(), p, &v.to_string(), unit])?;
        }
        if s.undated != 0.0 {
            w.write_record([s.label.as_str(), "undated", &s.undated.to_string(), unit])?;
        }
    }
    w.into_inner().map_err(|e| e.into_error().into())
}
