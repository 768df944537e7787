//! Exporting the chart being edited as PNG, SVG or CSV: where to (dialog, else the app's file
//! browser, pre-filled), then the file written atomically from the chart's data.

use crate::chart::export::{Export, View};
use crate::workspace::command::{BrowseKind, ChartFormat};
use crate::workspace::core::Workspace;
use std::path::{Path, PathBuf};

impl Workspace {
    pub(super) fn export_chart_dialog(&mut self, format: ChartFormat) {
        let suggested = format!(
            "{}.{}",
            super::file_stem(&self.charts.spec.name),
            format.ext()
        );
        let kind = BrowseKind::ExportChart(format);
        if let Some(p) = self.ask(kind, |d, _| d.export_file(&suggested, format.ext())) {
            self.export_chart_to(format, &p);
        }
    }

    pub(super) fn export_chart_to(&mut self, format: ChartFormat, path: &Path) {
        let mut path = PathBuf::from(path);
        if path
            .extension()
            .is_none_or(|e| !e.eq_ignore_ascii_case(format.ext()))
        {
            let mut s = path.into_os_string();
            s.push(".");
            s.push(format.ext());
            path = PathBuf::from(s);
        }
        let lang = self.lang;
        self.chart();
        let view = match (self.charts.flows, self.charts.by) {
            (true, _) => View::Flows,
            (false, Some(by)) => View::Timeline(by),
            (false, None) => View::Bars,
        };
        let name = |c: &str| crate::i18n::actor_name(&self.lexicon, c, lang).to_string();
        let export = Export {
            chart: self.charts.cached().expect("computed above"),
            view,
            flows: self.charts.cached_flows(),
            lang,
            name: &name,
            width: 1600,
        };
        let bytes = crate::chart::export::render(&export, format);
        let s = lang.charts();
        match bytes.and_then(|b| crate::atomic_file::write(&path, &b).map_err(|e| e.to_string())) {
            Ok(()) => self.inform(format!("{} {}", s.exported, path.display())),
            Err(e) => self.report_error(format!("{}: {e}", s.export_failed)),
        }
    }
}
