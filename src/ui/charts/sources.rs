//! The claims behind the selected bar, and under each one every mention that reports it: value,
//! the figure as written, its article and its sentence; a click jumps to the figure in the
//! reader. A mention whose own actor is another says so.

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
            // The mentions of each claim, in one pass (claims numbered in reading order).
            let mut claims: std::collections::BTreeMap<usize, Vec<&crate::chart::Source>> =
                std::collections::BTreeMap::new();
            for src in &bar.sources {
                claims.entry(src.claim).or_default().push(src);
            }
            for (claim, mentions) in claims {
                let counted = mentions.iter().find(|x| x.counted).unwrap_or(&mentions[0]);
                ui.label(
                    RichText::new(format!(
                        "{} {claim} · {} · {} · {}",
                        s.claim,
                        figure_value(&counted.figure, lang.tr()),
                        crate::i18n::counted(counted.reports, s.article_one, s.reporting_articles),
                        crate::i18n::counted(mentions.len(), s.mention_one, s.mentions),
                    ))
                    .heading()
                    .size(15.0),
                );
                for src in mentions {
                    out.extend(mention(ui, src, docs, lang));
                }
                ui.add_space(8.0);
            }
        });
    out
}

/// One mention under its claim; a click on its sentence jumps to it.
fn mention(
    ui: &mut egui::Ui,
    src: &crate::chart::Source,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.charts();
    let Some((index, _)) = docs.iter().enumerate().find(|(_, d)| d.id == src.article) else {
        return Vec::new();
    };
    let mut head = format!("« {} » · {}", src.figure.text, src.title);
    if !src.counted {
        head.push_str(&format!(" — {}", s.not_counted));
    }
    ui.label(RichText::new(head).strong());
    if src.disagrees {
        let other = src.figure.actor.as_deref().unwrap_or("—");
        ui.colored_label(
            ui.visuals().warn_fg_color,
            format!("⚠ {} {other}", s.disagrees),
        );
    }
    let sentence = ui.add(
        egui::Label::new(RichText::new(&src.sentence))
            .wrap()
            .sense(egui::Sense::click()),
    );
    if sentence
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .clicked()
    {
        return vec![
            Command::Charts(ChartsCommand::Show(false)),
            Command::JumpTo {
                article: index,
                range: src.figure.start..src.figure.end,
            },
        ];
    }
    ui.add_space(4.0);
    Vec::new()
}
