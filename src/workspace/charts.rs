//! The Charts view's model: the chart being edited (a `ChartSpec`: kind, currency and rates,
//! filters), its computed `Chart` (cached until the corpus, the book or the spec change, with
//! the captions the view writes around it) and the selected bar, and the claim being merged
//! with another. `ui::charts` draws it.

use crate::chart::captions::{Captions, captions};
use crate::chart::flows::Flow;
use crate::chart::timeline::{Period, Timeline, timeline};
use crate::chart::{Chart, aggregate};
use crate::extract::{FigureKind, Lexicon};
use crate::i18n::Lang;
use crate::project::{Book, ChartSpec};
use crate::workspace::Article;
use crate::workspace::article::{chart_corpus, corpus_name};

/// The chart UI's state.
#[derive(Debug)]
pub struct ChartsState {
    /// The centre shows the charts instead of the reader.
    pub open: bool,
    pub spec: ChartSpec,
    /// The actor whose bar is selected.
    pub selected: Option<String>,
    /// Over time (by month or quarter) instead of one bar per actor.
    pub by: Option<Period>,
    /// Who backs whom instead of one bar per actor.
    pub flows: bool,
    /// The claim (its number in the chart) the analyst is merging with another, if any.
    pub merging: Option<usize>,
    /// What the list of claims to merge with is filtered by.
    pub merge_filter: String,
    cache: Option<Cached>,
}

/// What a computed chart depends on. Every change to the book or to an article's extraction
/// bumps the articles' annotation versions, so they stand for the book too.
#[derive(Debug, Clone, PartialEq)]
struct CacheKey {
    docs: usize,
    versions: u64,
    spec: ChartSpec,
    locale: Lang,
    corpus: String,
    flows: bool,
    by: Option<Period>,
}

/// A computed chart and what the view draws of it: its captions, its flows, its timeline.
#[derive(Debug, Clone)]
struct Cached {
    key: CacheKey,
    chart: Chart,
    captions: Captions,
    flows: Vec<Flow>,
    timeline: Option<Timeline>,
}

/// A new money chart in euros: what actors spend, the 15 largest.
pub fn default_spec(lang: Lang) -> ChartSpec {
    ChartSpec {
        name: crate::i18n::charts::default_title(
            FigureKind::Money,
            crate::extract::Role::Spend,
            lang,
        ),
        figure_kind: FigureKind::Money,
        currency: Some("EUR".into()),
        // The 15 largest actors; the rest are counted in the footer and one click away.
        filters: crate::project::ChartFilters {
            top_n: Some(15),
            ..Default::default()
        },
        rates: None,
    }
}

impl ChartsState {
    pub fn new(lang: Lang) -> ChartsState {
        ChartsState {
            open: false,
            spec: default_spec(lang),
            selected: None,
            by: None,
            flows: false,
            merging: None,
            merge_filter: String::new(),
            cache: None,
        }
    }

    /// The chart for the current spec, computed again only when something it reads changed.
    pub fn chart(
        &mut self,
        docs: &[Article],
        book: &Book,
        lexicon: &Lexicon,
        lang: Lang,
        project_name: &str,
    ) -> &Chart {
        let locale = lang;
        let key = CacheKey {
            docs: docs.len(),
            versions: docs.iter().fold(0u64, |a, d| {
                a.wrapping_mul(31).wrapping_add(d.annotation_version)
            }),
            spec: self.spec.clone(),
            locale,
            corpus: corpus_name(project_name, docs.len()),
            flows: self.flows,
            by: self.by,
        };
        if self.cache.as_ref().is_none_or(|c| c.key != key) {
            let corpus = chart_corpus(docs, book, project_name);
            let chart = aggregate(&corpus, &self.spec, lexicon, locale);
            let flows = if self.flows {
                crate::chart::flows::of_corpus(&corpus, &self.spec, lexicon, locale)
            } else {
                Vec::new()
            };
            let timeline = self.by.map(|by| timeline(&chart, by));
            self.cache = Some(Cached {
                key,
                captions: captions(&chart, locale),
                chart,
                flows,
                timeline,
            });
        }
        match &self.cache {
            Some(c) => &c.chart,
            None => unreachable!("the cache was just filled"),
        }
    }

    /// The chart last computed by [`ChartsState::chart`], if any (what the view draws).
    pub fn cached(&self) -> Option<&Chart> {
        self.cache.as_ref().map(|c| &c.chart)
    }

    /// The captions of the chart last computed (scale, value labels, footer).
    pub fn cached_captions(&self) -> Option<&Captions> {
        self.cache.as_ref().map(|c| &c.captions)
    }

    /// The timeline last computed (when the view is by month or quarter).
    pub fn cached_timeline(&self) -> Option<&Timeline> {
        self.cache.as_ref().and_then(|c| c.timeline.as_ref())
    }

    /// The flows last computed (empty unless [`ChartsState::flows`] is on).
    pub fn cached_flows(&self) -> &[Flow] {
        self.cache.as_ref().map_or(&[], |c| &c.flows)
    }
}
