//! The Charts view: the chart being edited (a `ChartSpec`: kind, currency and rates, filters),
//! its computed `Chart` (cached until the corpus, the book or the spec change), the selected
//! bar, and the commands the view emits. `filters` draws the controls, `plot` the bars with
//! egui_plot, `sources` the sentences behind a bar.

mod filters;
mod plot;
mod sources;

use super::app::{Command, VigieApp};
use crate::chart::{Chart, aggregate};
use crate::extract::{FigureKind, Lexicon};
use crate::i18n::Lang;
use crate::project::{Book, ChartSpec};
use crate::workspace::Article;
use crate::workspace::article::{chart_corpus, corpus_name};
use egui::Rect;

/// An export format of a chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartFormat {
    Png,
    Svg,
    Csv,
}

impl ChartFormat {
    pub const ALL: [ChartFormat; 3] = [ChartFormat::Png, ChartFormat::Svg, ChartFormat::Csv];

    pub fn ext(self) -> &'static str {
        match self {
            ChartFormat::Png => "png",
            ChartFormat::Svg => "svg",
            ChartFormat::Csv => "csv",
        }
    }
}

/// What the Charts view asks.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartsCommand {
    /// Show the charts (true) or the reader (false) in the centre.
    Show(bool),
    /// Replace the chart being edited.
    SetSpec(Box<ChartSpec>),
    /// Select the bar of this actor (`None` clears).
    SelectBar(Option<String>),
    /// Edit the saved chart of this name.
    Load(String),
}

/// The chart UI's state.
#[derive(Debug)]
pub struct ChartsState {
    /// The centre shows the charts instead of the reader.
    pub open: bool,
    pub spec: ChartSpec,
    /// The actor whose bar is selected.
    pub selected: Option<String>,
    /// Where each bar was drawn last frame (actor, screen rect), for clicks and tests.
    pub bar_rects: Vec<(String, Rect)>,
    cache: Option<(CacheKey, Chart)>,
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
}

/// A new money chart in euros with no filter.
pub fn default_spec(lang: Lang) -> ChartSpec {
    ChartSpec {
        name: lang.charts().untitled.to_string(),
        figure_kind: FigureKind::Money,
        currency: Some("EUR".into()),
        filters: Default::default(),
        rates: None,
    }
}

impl ChartsState {
    pub fn new(lang: Lang) -> ChartsState {
        ChartsState {
            open: false,
            spec: default_spec(lang),
            selected: None,
            bar_rects: Vec::new(),
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
        };
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let corpus = chart_corpus(docs, book, project_name);
            let chart = aggregate(&corpus, &self.spec, lexicon, locale);
            self.cache = Some((key, chart));
        }
        match &self.cache {
            Some((_, c)) => c,
            None => unreachable!("the cache was just filled"),
        }
    }
}

impl VigieApp {
    /// Applies a Charts command.
    pub(crate) fn apply_charts(&mut self, command: ChartsCommand) {
        let c = &mut self.charts;
        match command {
            ChartsCommand::Show(open) => c.open = open,
            ChartsCommand::SetSpec(spec) => {
                c.spec = *spec;
                c.selected = None;
            }
            ChartsCommand::SelectBar(actor) => c.selected = actor,
            ChartsCommand::Load(name) => {
                if let Some(spec) = self.project.book().charts.iter().find(|s| s.name == name) {
                    c.spec = spec.clone();
                    c.selected = None;
                }
            }
        }
    }
}

/// Draws the Charts view in the centre; returns what the analyst asked.
pub fn show(ui: &mut egui::Ui, app: &mut VigieApp) -> Vec<Command> {
    let mut out = Vec::new();
    let lang = app.lang;
    let current = app.selected.and_then(|i| app.docs.get(i)).map(|d| d.id);
    egui::Panel::left("chart-filters")
        .resizable(true)
        .default_size(300.0)
        .show(ui, |ui| {
            let titles: Vec<(crate::project::ArticleId, &str)> =
                app.docs.iter().map(|d| (d.id, d.title())).collect();
            out.extend(filters::show(
                ui,
                &app.charts.spec,
                app.project.book(),
                current,
                &titles,
                lang,
            ));
        });
    let selected = app.charts.selected.clone();
    let chart = app.charts.chart(
        &app.docs,
        app.project.book(),
        &app.lexicon,
        lang,
        app.project.name(),
    );
    if let Some(actor) = &selected
        && let Some(bar) = chart.bars.iter().find(|b| b.actor == *actor)
    {
        egui::Panel::bottom("chart-sources")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| {
                out.extend(sources::show(ui, bar, &app.docs, lang));
            });
    }
    let mut rects = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        let (cmds, r) = plot::show(ui, chart, selected.as_deref(), lang);
        rects = r;
        out.extend(cmds);
    });
    app.charts.bar_rects = rects;
    out
}
