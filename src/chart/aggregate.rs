//! From figures to bars: keeps the figures of one kind that count in totals (after the
//! analyst's corrections) and pass the chart's filters, converts money into one currency,
//! counts an exact repeat (same article, actor, value and unit) once, folds actor names across
//! languages into one lexicon identity, and sums per actor with low/high for ranges.

use super::input::ChartCorpus;
use super::rates::{convert, default_rates};
use crate::extract::text::{CharIndex, sentences};
use crate::extract::{EntityKind, Figure, FigureKind, Lexicon};
use crate::i18n::Lang;
use crate::project::{ArticleId, ChartFilters, ChartSpec, CurrencyRates};
use std::collections::HashMap;
use std::ops::Range;

/// One figure behind a bar, with its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub article: ArticleId,
    pub title: String,
    /// The figure as the reader shows it (corrections applied).
    pub figure: Figure,
    /// The sentence the figure is in, and its chars in the article.
    pub sentence: String,
    pub sentence_chars: Range<usize>,
    /// Midpoint, low and high in the chart's unit (money converted); `None` without a rate.
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// False when the same amount for the same actor was already counted in this article.
    pub counted: bool,
}

/// One actor's total.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The actor's identity: its canonical name in the lexicon.
    pub actor: String,
    /// The name shown (English name in English when the lexicon has one).
    pub label: String,
    pub kind: Option<EntityKind>,
    /// Sum of midpoints, of lows and of highs (equal when no figure is a range).
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// Every figure behind the bar, counted or not, in corpus order.
    pub sources: Vec<Source>,
}

/// A computed chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub name: String,
    pub kind: FigureKind,
    /// The unit of every value: an ISO code for money, else `chips`, `W`, `FLOP/s`.
    pub unit: String,
    /// Largest first.
    pub bars: Vec<Bar>,
    /// The rates money was converted at (money charts only).
    pub rates: Option<CurrencyRates>,
    /// Money in a currency with no rate: listed, never silently counted.
    pub unconverted: Vec<Source>,
    /// Figures that count in totals but have no actor.
    pub unattributed: Vec<Source>,
    /// Actors left out by the top-N filter.
    pub hidden_bars: usize,
    pub filters: ChartFilters,
    /// Names of the themes the chart is filtered on.
    pub theme_names: Vec<String>,
    /// The corpus named in the footer.
    pub corpus: String,
}

impl Chart {
    /// The largest value a bar reaches (its high bound for a range); 0 without bars.
    pub fn max_value(&self) -> f64 {
        self.bars
            .iter()
            .map(|b| b.high.max(b.value))
            .fold(0.0, f64::max)
    }

    /// The smallest positive value a bar starts from (for a log axis), if any.
    pub fn min_positive(&self) -> Option<f64> {
        self.bars
            .iter()
            .map(|b| b.low.min(b.value))
            .filter(|v| *v > 0.0)
            .min_by(f64::total_cmp)
    }

    /// The actor kinds of the bars, each once, in kind order (for legends).
    pub fn kinds(&self) -> Vec<Option<EntityKind>> {
        let mut k: Vec<Option<EntityKind>> = self.bars.iter().map(|b| b.kind).collect();
        k.sort();
        k.dedup();
        k
    }
}

/// The unit a kind's figures must carry (money: any ISO code).
fn unit_of(kind: FigureKind) -> Option<&'static str> {
    match kind {
        FigureKind::Money => None,
        FigureKind::Chips => Some("chips"),
        FigureKind::Power => Some("W"),
        FigureKind::Flops => Some("FLOP/s"),
    }
}

/// Computes the chart `spec` over `corpus`; actor names fold through `lexicon`.
pub fn aggregate(corpus: &ChartCorpus, spec: &ChartSpec, lexicon: &Lexicon, locale: Lang) -> Chart {
    let f = &spec.filters;
    let currency = spec.currency.clone().unwrap_or_else(|| "EUR".to_string());
    let (unit, rates) = match unit_of(spec.figure_kind) {
        Some(u) => (u.to_string(), None),
        None => {
            let rates = spec.rates.clone().or_else(|| default_rates(&currency));
            (currency, rates)
        }
    };
    let identity = Identity::new(lexicon);
    let mut bars: Vec<Bar> = Vec::new();
    let mut unconverted = Vec::new();
    let mut unattributed = Vec::new();
    for a in &corpus.articles {
        if !f.articles.is_empty() && !f.articles.contains(&a.id) {
            continue;
        }
        if !date_in(a.date.as_deref(), f) {
            continue;
        }
        let chars = CharIndex::new(&a.text);
        let sents = sentences(&a.text);
        // (actor, unit, value, low, high) of the figures counted in this article.
        let mut seen: Vec<(String, String, u64, u64, u64)> = Vec::new();
        for fig in &a.extraction.figures {
            if fig.kind != spec.figure_kind || !fig.in_totals {
                continue;
            }
            if unit_of(fig.kind).is_some_and(|u| u != fig.unit) {
                continue;
            }
            if !f.themes.is_empty() && !corpus.in_themes(a.id, fig.start, fig.end, &f.themes) {
                continue;
            }
            let (lo, hi) = match (fig.value_min, fig.value_max) {
                (Some(lo), Some(hi)) => (lo, hi),
                _ => (fig.value, fig.value),
            };
            let conv = |v: f64| match &rates {
                Some(r) => convert(v, &fig.unit, &unit, r),
                None => Some(v),
            };
            let (value, low, high) = (conv(fig.value), conv(lo), conv(hi));
            let byte = chars.byte_offset(&a.text, fig.start);
            let sent = sents
                .iter()
                .find(|r| r.start <= byte && byte < r.end.max(r.start + 1))
                .cloned()
                .unwrap_or(byte..chars.byte_offset(&a.text, fig.end));
            let mut source = Source {
                article: a.id,
                title: a.title.clone(),
                figure: fig.clone(),
                sentence: a.text.get(sent.clone()).unwrap_or_default().to_string(),
                sentence_chars: chars.char_offset(&a.text, sent.start)
                    ..chars.char_offset(&a.text, sent.end),
                value,
                low,
                high,
                counted: true,
            };
            let Some(actor) = fig.actor.as_deref() else {
                unattributed.push(source);
                continue;
            };
            let (Some(v), Some(l), Some(h)) = (value, low, high) else {
                unconverted.push(source);
                continue;
            };
            let key = identity.key(actor).to_string();
            let kind = a
                .extraction
                .entities
                .iter()
                .find(|e| e.canonical == actor)
                .map(|e| e.kind)
                .or_else(|| identity.kind(&key));
            let sig = (
                key.clone(),
                fig.unit.clone(),
                fig.value.to_bits(),
                lo.to_bits(),
                hi.to_bits(),
            );
            if seen.contains(&sig) {
                source.counted = false;
            } else {
                seen.push(sig);
            }
            let bar = match bars.iter_mut().position(|b| b.actor == key) {
                Some(i) => &mut bars[i],
                None => {
                    bars.push(Bar {
                        label: identity.label(&key, locale),
                        actor: key,
                        kind,
                        value: 0.0,
                        low: 0.0,
                        high: 0.0,
                        sources: Vec::new(),
                    });
                    let last = bars.len() - 1;
                    &mut bars[last]
                }
            };
            if bar.kind.is_none() {
                bar.kind = kind;
            }
            if source.counted {
                bar.value += v;
                bar.low += l;
                bar.high += h;
            }
            bar.sources.push(source);
        }
    }
    if !f.actor_kinds.is_empty() {
        bars.retain(|b| b.kind.is_some_and(|k| f.actor_kinds.contains(&k)));
    }
    bars.sort_by(|a, b| {
        b.value
            .total_cmp(&a.value)
            .then_with(|| a.label.cmp(&b.label))
    });
    let mut hidden_bars = 0;
    if let Some(n) = f.top_n.map(|n| n as usize)
        && bars.len() > n
    {
        hidden_bars = bars.len() - n;
        bars.truncate(n);
    }
    Chart {
        name: spec.name.clone(),
        kind: spec.figure_kind,
        unit,
        bars,
        rates,
        unconverted,
        unattributed,
        hidden_bars,
        filters: f.clone(),
        theme_names: f
            .themes
            .iter()
            .filter_map(|id| corpus.themes.iter().find(|t| t.id == *id))
            .map(|t| t.name.clone())
            .collect(),
        corpus: corpus.name.clone(),
    }
}

/// Whether an article dated `date` passes the date bounds (an undated article passes only when
/// there are none).
fn date_in(date: Option<&str>, f: &ChartFilters) -> bool {
    if f.date_from.is_none() && f.date_to.is_none() {
        return true;
    }
    let Some(d) = date else {
        return false;
    };
    f.date_from.as_deref().is_none_or(|from| d >= from)
        && f.date_to.as_deref().is_none_or(|to| d <= to)
}

/// Folds the names an actor is shown under (French canonical, English name) into the
/// lexicon's canonical name.
struct Identity<'a> {
    lexicon: &'a Lexicon,
    by_name: HashMap<&'a str, usize>,
}

impl<'a> Identity<'a> {
    fn new(lexicon: &'a Lexicon) -> Identity<'a> {
        let mut by_name = HashMap::new();
        for (i, a) in lexicon.actors().iter().enumerate() {
            if let Some(en) = a.en.as_deref() {
                by_name.entry(en).or_insert(i);
            }
        }
        for (i, a) in lexicon.actors().iter().enumerate() {
            by_name.insert(a.canonical.as_str(), i);
        }
        Identity { lexicon, by_name }
    }

    fn key<'n>(&self, name: &'n str) -> &'n str
    where
        'a: 'n,
    {
        match self.by_name.get(name) {
            Some(&i) => self.lexicon.actors()[i].canonical.as_str(),
            None => name,
        }
    }

    fn kind(&self, key: &str) -> Option<EntityKind> {
        self.by_name
            .get(key)
            .map(|&i| self.lexicon.actors()[i].kind)
    }

    fn label(&self, key: &str, locale: Lang) -> String {
        match locale {
            Lang::En => self.lexicon.english_name(key).unwrap_or(key).to_string(),
            Lang::Fr => key.to_string(),
        }
    }
}
