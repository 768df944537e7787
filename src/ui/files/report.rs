//! The window that says what a `.qdpx` import took (articles, themes, passages, where the new
//! project and its sources were written) and what it left out, until the analyst closes it.

use crate::i18n::Lang;
use crate::workspace::command::{Command, FileCommand as F};
use crate::workspace::state::ImportSummary;
use egui::{Key, RichText};

/// Draws the import report; Close (or Esc) closes it.
pub fn show(ctx: &egui::Context, lang: Lang, summary: &ImportSummary) -> Vec<Command> {
    let s = lang.browser();
    let r = &summary.report;
    let mut out = Vec::new();
    egui::Modal::new(egui::Id::unique("files-import-report")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.heading(s.report_title);
        let mono = |p: &std::path::Path| RichText::new(p.display().to_string()).monospace();
        ui.label(s.from);
        ui.label(mono(&summary.archive));
        match &summary.project {
            Some(p) => {
                ui.label(s.saved_as);
                ui.label(mono(p));
            }
            None => {
                ui.label(s.not_saved);
            }
        }
        ui.separator();
        let mut articles = lang.count(s.articles, r.articles);
        if r.bundled > 0 {
            articles.push(' ');
            articles.push_str(&s.bundled.replace("{n}", &r.bundled.to_string()));
        }
        ui.label(articles);
        let themes = lang.count(s.themes, r.themes);
        ui.label(format!("{themes}, {}", lang.count(s.passages, r.tags)));
        if let Some(dir) = r.files.first().and_then(|f| f.parent()) {
            let written = lang.count(s.files_written, r.files.len());
            ui.label(format!("{written} {}", dir.display()));
        }
        ui.separator();
        if r.left_out.is_empty() {
            ui.label(s.nothing_left_out);
        } else {
            ui.strong(format!("{} ({})", s.left_out, r.left_out.len()));
            egui::ScrollArea::vertical()
                .max_height(240.0)
                .id_salt("import-left-out")
                .show(ui, |ui| {
                    for item in &r.left_out {
                        ui.label(format!("• {}", lang.left_out(item)));
                    }
                });
        }
        ui.separator();
        if ui.button(s.close).clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
            out.push(Command::File(F::CloseImportReport));
        }
    });
    out
}
