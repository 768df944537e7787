//! The mentions a chart counts: each figure of the chart's kind (and role, for money) that
//! counts in totals or restates one that does, after the analyst's corrections and the chart's
//! filters, with its sentence, its value in the chart's unit and its actor's identity.

use super::identity::Identity;
use super::input::ChartCorpus;
use super::model::Source;
use super::rates::convert;
use crate::claims::Mention;
use crate::extract::{EntityKind, FigureKind, Role};
use crate::project::{ChartFilters, ChartSpec, CurrencyRates};
use crate::text::{CharIndex, sentences};

/// What a chart is built from: mentions (for claims) and their sources, side by side.
pub struct Found {
    pub mentions: Vec<Mention>,
    pub sources: Vec<Source>,
    /// The kind of each mention's actor, when known.
    pub kinds: Vec<Option<EntityKind>>,
    /// Money in a currency with no rate: listed, never silently counted.
    pub unconverted: Vec<Source>,
}

/// The unit a kind's figures must carry (money: any ISO code).
pub fn unit_of(kind: FigureKind) -> Option<&'static str> {
    match kind {
        FigureKind::Money => None,
        FigureKind::Chips => Some("chips"),
        FigureKind::Power => Some("W"),
        FigureKind::Flops => Some("FLOP/s"),
    }
}

/// Every mention of `corpus` that chart `spec` keeps, values in `unit` (money converted at
/// `rates`).
pub fn collect(
    corpus: &ChartCorpus,
    spec: &ChartSpec,
    rates: Option<&CurrencyRates>,
    unit: &str,
    identity: &Identity,
) -> Found {
    let f = &spec.filters;
    let mut out = Found {
        mentions: Vec::new(),
        sources: Vec::new(),
        kinds: Vec::new(),
        unconverted: Vec::new(),
    };
    for (ai, a) in corpus.articles.iter().enumerate() {
        if !f.articles.is_empty() && !f.articles.contains(&a.id) {
            continue;
        }
        if !date_in(a.date.as_deref(), f) || !f.attributes_pass(corpus.attributes.get(&a.id)) {
            continue;
        }
        let chars = CharIndex::new(&a.text);
        let sents = sentences(&a.text);
        for (fi, fig) in a.extraction.figures.iter().enumerate() {
            if fig.kind != spec.figure_kind || !(fig.in_totals || fig.restates.is_some()) {
                continue;
            }
            if unit_of(fig.kind).is_some_and(|u| u != fig.unit) {
                continue;
            }
            if fig.kind == FigureKind::Money && fig.role.unwrap_or(Role::Other) != f.money_role() {
                continue;
            }
            if !f.themes.is_empty() && !corpus.in_themes(a.id, fig.start, fig.end, &f.themes) {
                continue;
            }
            let (lo, hi) = match (fig.value_min, fig.value_max) {
                (Some(lo), Some(hi)) => (lo, hi),
                _ => (fig.value, fig.value),
            };
            let conv = |v: f64| match rates {
                Some(r) => convert(v, &fig.unit, unit, r),
                None => Some(v),
            };
            let (value, low, high) = (conv(fig.value), conv(lo), conv(hi));
            let byte = chars.byte_offset(&a.text, fig.start);
            let sent = sents
                .iter()
                .find(|r| r.start <= byte && byte < r.end.max(r.start + 1))
                .cloned()
                .unwrap_or(byte..chars.byte_offset(&a.text, fig.end));
            let source = Source {
                article: a.id,
                title: a.title.clone(),
                figure: fig.clone(),
                sentence: a.text.get(sent.clone()).unwrap_or_default().to_string(),
                sentence_chars: chars.char_offset(&a.text, sent.start)
                    ..chars.char_offset(&a.text, sent.end),
                value,
                low,
                high,
                counted: false,
                claim: 0,
                disagrees: false,
                other_amount: false,
                reports: 1,
                date: a.date.clone(),
            };
            let (Some(v), Some(l), Some(h)) = (value, low, high) else {
                if fig.in_totals {
                    out.unconverted.push(source);
                }
                continue;
            };
            let actor = fig.actor.as_deref().map(|n| identity.key(n).to_string());
            let kind = fig.actor.as_deref().and_then(|n| {
                a.extraction
                    .entities
                    .iter()
                    .find(|e| e.canonical == n)
                    .map(|e| e.kind)
                    .or_else(|| identity.kind(identity.key(n)))
            });
            out.mentions.push(Mention {
                article: ai,
                figure: fi,
                actor,
                kind: fig.kind,
                role: fig.role,
                value: v,
                low: l,
                high: h,
                date: a.date.clone(),
                in_totals: fig.in_totals,
                restates: fig.restates,
            });
            out.sources.push(source);
            out.kinds.push(kind);
        }
    }
    out
}

/// Whether an article dated `date` passes the date bounds (an undated article passes only when
/// there are none, or when the filter includes undated articles).
fn date_in(date: Option<&str>, f: &ChartFilters) -> bool {
    if f.date_from.is_none() && f.date_to.is_none() {
        return true;
    }
    let Some(d) = date else {
        return f.include_undated;
    };
    f.date_from.as_deref().is_none_or(|from| d >= from)
        && f.date_to.as_deref().is_none_or(|to| d <= to)
}
