//! Exporting the chart being edited as PNG, SVG or CSV: where to (dialog, else the in-app path
//! prompt, pre-filled), then the file written atomically from the chart's data.

use crate::workspace::command::ChartFormat;
use crate::workspace::command::PromptKind;
use crate::workspace::core::Workspace;
use crate::workspace::state::PathPrompt;
use std::path::{Path, PathBuf};

impl Workspace {
    pub(super) fn export_chart_dialog(&mut self, format: ChartFormat) {
        let suggested = format!(
            "{}.{}",
            super::file_stem(&self.charts.spec.name),
            format.ext()
        );
        match self.files.dialogs.export_file(&suggested, format.ext()) {
            Some(p) => self.export_chart_to(format, &p),
            None => {
                let dir = self
                    .project
                    .dir()
                    .map(Path::to_path_buf)
                    .or_else(|| std::env::current_dir().ok())
                    .unwrap_or_default();
                self.files.prompt = Some(PathPrompt {
                    kind: PromptKind::ExportChart(format),
                    text: dir.join(suggested).display().to_string(),
                });
            }
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
        let loc = lang;
        let (by, flows) = (self.charts.by, self.charts.flows);
        self.chart();
        let chart = self.charts.cached().expect("computed above");
        let bytes = match (by, format) {
            _ if flows => {
                let flows = self.charts.cached_flows();
                let name = |c: &str| crate::i18n::actor_name(&self.lexicon, c, lang).to_string();
                match format {
                    ChartFormat::Csv => {
                        crate::chart::flows::csv(flows, &chart.unit).map_err(|e| e.to_string())
                    }
                    format => {
                        let svg = crate::chart::flows_svg::render(chart, flows, loc, &name);
                        if format == ChartFormat::Svg {
                            Ok(svg.into_bytes())
                        } else {
                            crate::chart::png::rasterise(&svg, 2.0).map_err(|e| e.to_string())
                        }
                    }
                }
            }
            (Some(by), format) => {
                let t = crate::chart::timeline::timeline(chart, by);
                let svg = crate::chart::timeline_svg::render(chart, &t, loc);
                match format {
                    ChartFormat::Svg => Ok(svg.into_bytes()),
                    ChartFormat::Png => {
                        crate::chart::png::rasterise(&svg, 2.0).map_err(|e| e.to_string())
                    }
                    ChartFormat::Csv => {
                        crate::chart::timeline::csv(&t, &chart.unit).map_err(|e| e.to_string())
                    }
                }
            }
            (None, format) => match format {
                ChartFormat::Svg => Ok(crate::chart::svg::render(chart, loc).into_bytes()),
                ChartFormat::Png => {
                    crate::chart::png::render(chart, loc, 1600).map_err(|e| e.to_string())
                }
                ChartFormat::Csv => crate::chart::csv::render(chart).map_err(|e| e.to_string()),
            },
        };
        let s = lang.charts();
        match bytes.and_then(|b| crate::atomic_file::write(&path, &b).map_err(|e| e.to_string())) {
            Ok(()) => self.inform(format!("{} {}", s.exported, path.display())),
            Err(e) => self.report_error(format!("{}: {e}", s.export_failed)),
        }
    }
}
