//! The figures behind the selected bar: value, the figure as written, its article and its
//! sentence; a click jumps to the figure in the reader.

use crate::i18n::Lang;
use crate::ui::reader::hover::figure_value;
use crate::workspace::Article;
use crate::workspace::command::ChartsCommand;
use crate::workspace::command::Command;
use egui::RichText;

/// Draws the list; returns a jump when a figure is clicked.
pub fn show(
    ui: &mut egui::Ui,
    bar: &crate::chart::Bar,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.charts();
    let mut out = Vec::new();
    ui.horizontal(|ui| {
        ui.strong(format!(
            "{} {} ({})",
            s.sources_of,
            bar.label,
            bar.sources.len()
        ));
        if ui.small_button(lang.tr().close).clicked() {
            out.push(Command::Charts(ChartsCommand::SelectBar(None)));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("chart-sources-list")
        .auto_shrink(false)
        .show(ui, |ui| {
            for src in &bar.sources {
                let Some((index, _)) = docs.iter().enumerate().find(|(_, d)| d.id == src.article)
                else {
                    continue;
                };
                let value = figure_value(&src.figure, lang.tr());
                let mut head = format!("{value} · « {} » · {}", src.figure.text, src.title);
                if !src.counted {
                    head.push_str(&format!(" — {}", s.not_counted));
                }
                ui.label(RichText::new(head).strong());
                let sentence = ui.add(
                    egui::Label::new(RichText::new(&src.sentence))
                        .wrap()
                        .sense(egui::Sense::click()),
                );
                if sentence
                    .on_hover_cursor(egui::CursorIcon::PointingHand)
                    .clicked()
                {
                    out.push(Command::Charts(ChartsCommand::Show(false)));
                    out.push(Command::JumpTo {
                        article: index,
                        range: src.figure.start..src.figure.end,
                    });
                }
                ui.add_space(6.0);
            }
        });
    out
}
