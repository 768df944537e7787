//! The Charts view: draws the workspace's chart being edited (`workspace::charts`) and emits
//! commands. `filters` draws the controls, `plot` the bars with
//! egui_plot, `timeline` the chart over time, `flows` who backs whom, `sources` the sentences behind a bar
//! (and the analyst's corrections to its claims), `merge` the claims one may be merged with.

mod filters;
mod flows;
mod merge;
mod plot;
mod sources;
mod timeline;

use crate::workspace::command::Command;
use crate::workspace::core::Workspace;
use egui::Rect;

/// Draws the Charts view in the centre; returns what the analyst asked. Where the bars and
/// the value axis were drawn go to `bar_rects` and `axis_rect` (for clicks and tests).
pub fn show(
    ui: &mut egui::Ui,
    app: &Workspace,
    bar_rects: &mut Vec<(String, Rect)>,
    axis_rect: &mut Option<Rect>,
) -> Vec<Command> {
    let mut out = Vec::new();
    let lang = app.lang;
    let current = app.selected.and_then(|i| app.docs.get(i)).map(|d| d.id);
    egui::Panel::left("chart-filters")
        .resizable(true)
        .default_size(300.0)
        .show(ui, |ui| {
            let titles: Vec<(crate::project::ArticleId, &str)> =
                app.docs.iter().map(|d| (d.id, d.title())).collect();
            let undated: Vec<crate::project::ArticleId> = app
                .docs
                .iter()
                .filter(|d| d.doc.date.is_none())
                .map(|d| d.id)
                .collect();
            out.extend(filters::show(
                ui,
                &app.charts.spec,
                app.charts.by,
                app.charts.flows,
                app.project.book(),
                current,
                (&titles, &undated),
                lang,
            ));
        });
    let selected = app.charts.selected.clone();
    // The shell brings the chart up to date before drawing (`Workspace::chart`).
    let Some(chart) = app.charts.cached() else {
        return out;
    };
    if let Some(actor) = &selected
        && let Some(bar) = chart.bars.iter().find(|b| b.actor == *actor)
    {
        egui::Panel::bottom("chart-sources")
            .resizable(true)
            .default_size(260.0)
            .show(ui, |ui| {
                out.extend(sources::show(ui, chart, bar, &app.charts, &app.docs, lang));
            });
    }
    let mut rects = Vec::new();
    *axis_rect = None;
    egui::CentralPanel::default().show(ui, |ui| match app.charts.by {
        _ if app.charts.flows => {
            let name = |c: &str| crate::i18n::actor_name(&app.lexicon, c, lang).to_string();
            out.extend(flows::show(
                ui,
                chart,
                app.charts.cached_flows(),
                lang,
                &name,
            ));
        }
        Some(_) => {
            if let Some(t) = app.charts.cached_timeline() {
                timeline::show(ui, chart, t, lang);
            }
        }
        None => {
            let Some(captions) = app.charts.cached_captions() else {
                return;
            };
            let (cmds, drawn) = plot::show(ui, chart, captions, selected.as_deref(), lang);
            rects = drawn.bars;
            *axis_rect = drawn.axis;
            out.extend(cmds);
        }
    });
    *bar_rects = rects;
    out
}
