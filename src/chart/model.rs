//! What a computed chart is: bars of actors, each the sum of its claims, with every mention
//! behind them (its article and sentence), and the figures left out.

use crate::extract::{EntityKind, Figure, FigureKind};
use crate::project::{ArticleId, ChartFilters, CurrencyRates, SpanKey};
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
    /// True on exactly one mention per claim: the one its amount is counted from.
    pub counted: bool,
    /// The claim this mention reports (numbered 1, 2, … in reading order of the chart).
    pub claim: usize,
    /// Its actor is not its claim's (a correction moved this mention, say): the amount still
    /// counts once, under the claim's actor.
    pub disagrees: bool,
    /// Its amount is not its claim's (claims the analyst merged, say): the claim still counts
    /// once, at its canonical mention's amount.
    pub other_amount: bool,
    /// How many articles report its claim.
    pub reports: usize,
    /// The article's date (ISO `YYYY-MM-DD`), when it states one.
    pub date: Option<String>,
}

impl Source {
    /// The mention as the project's corrections name it (article, span, text).
    pub fn key(&self) -> SpanKey {
        SpanKey::of_figure(self.article, &self.figure)
    }
}

/// One claim a chart shows (in a bar or among the figures without an actor): what the analyst
/// picks from to merge two claims.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartClaim {
    /// Its number in the chart, as [`Source::claim`].
    pub id: usize,
    /// The actor's name as shown (empty without an actor).
    pub label: String,
    /// Its amount in the chart's unit.
    pub value: f64,
    /// The figure as written in its canonical mention.
    pub text: String,
    /// Every mention, as the project's corrections name them; the canonical one first.
    pub mentions: Vec<SpanKey>,
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
    /// How many claims the bar sums.
    pub claims: usize,
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
    /// Every claim shown (in the bars and among the figures without an actor), by number.
    pub claims: Vec<ChartClaim>,
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

    /// The claims claim `id` may be merged with, nearest amount first (then by number), those
    /// whose actor, figure or number contain `filter` (any case).
    pub fn merge_candidates(&self, id: usize, filter: &str) -> Vec<&ChartClaim> {
        let Some(this) = self.claims.iter().find(|c| c.id == id) else {
            return Vec::new();
        };
        let filter = filter.trim().to_lowercase();
        let distance = |c: &ChartClaim| {
            if c.value > 0.0 && this.value > 0.0 {
                (c.value / this.value).ln().abs()
            } else {
                (c.value - this.value).abs()
            }
        };
        let mut out: Vec<&ChartClaim> = self
            .claims
            .iter()
            .filter(|c| c.id != id)
            .filter(|c| {
                filter.is_empty()
                    || c.label.to_lowercase().contains(&filter)
                    || c.text.to_lowercase().contains(&filter)
                    || c.id.to_string() == filter
            })
            .collect();
        out.sort_by(|a, b| distance(a).total_cmp(&distance(b)).then(a.id.cmp(&b.id)));
        out
    }

    /// The actor kinds of the bars, each once, in kind order (for legends).
    pub fn kinds(&self) -> Vec<Option<EntityKind>> {
        let mut k: Vec<Option<EntityKind>> = self.bars.iter().map(|b| b.kind).collect();
        k.sort();
        k.dedup();
        k
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(id: usize, label: &str, value: f64, text: &str) -> ChartClaim {
        ChartClaim {
            id,
            label: label.into(),
            value,
            text: text.into(),
            mentions: Vec::new(),
        }
    }

    #[test]
    fn merge_candidates_come_nearest_amount_first_and_filter_by_name_figure_or_number() {
        let chart = Chart {
            name: String::new(),
            kind: crate::extract::FigureKind::Money,
            unit: "EUR".into(),
            bars: vec![],
            rates: None,
            unconverted: vec![],
            unattributed: vec![],
            claims: vec![
                claim(1, "Stargate", 500e9, "500 milliards de dollars"),
                claim(2, "OpenAI", 40e9, "40 milliards"),
                claim(3, "SoftBank", 480e9, "up to $500 bn"),
                claim(4, "", 1e9, "1 milliard"),
                claim(5, "Oracle", 600e9, "600 milliards"),
            ],
            hidden_bars: 0,
            filters: ChartFilters::default(),
            theme_names: vec![],
            corpus: String::new(),
        };
        let ids =
            |f: &str| -> Vec<usize> { chart.merge_candidates(1, f).iter().map(|c| c.id).collect() };
        assert_eq!(ids(""), vec![3, 5, 2, 4]);
        assert_eq!(ids("soft"), vec![3]);
        assert_eq!(ids("MILLIARD"), vec![5, 2, 4]);
        // A number finds that claim, and figures that contain it.
        assert_eq!(ids("4"), vec![2, 4]);
        assert!(chart.merge_candidates(99, "").is_empty());
    }
}
