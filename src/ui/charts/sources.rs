//! The claims behind the selected bar, and under each one every mention that reports it: value,
//! the figure as written, its article and its sentence; a click jumps to the figure in the
//! reader. A mention whose own actor or amount is another says so. The analyst corrects claims
//! here: split a mention out, merge with another claim (`merge`), count a claim from a mention.

use super::merge;
use crate::chart::{Bar, Chart, Source};
use crate::i18n::Lang;
use crate::ui::reader::hover::figure_value;
use crate::workspace::Article;
use crate::workspace::charts::ChartsState;
use crate::workspace::command::ChartsCommand;
use crate::workspace::command::Command;
use crate::workspace::edit::Edit;
use egui::RichText;

/// Draws the list; returns the jumps and corrections asked.
pub fn show(
    ui: &mut egui::Ui,
    chart: &Chart,
    bar: &Bar,
    state: &ChartsState,
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
            let mut claims: std::collections::BTreeMap<usize, Vec<&Source>> =
                std::collections::BTreeMap::new();
            for src in &bar.sources {
                claims.entry(src.claim).or_default().push(src);
            }
            for (claim, mentions) in claims {
                let counted = mentions.iter().find(|x| x.counted).unwrap_or(&mentions[0]);
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} {claim} · {} · {} · {}",
                            s.claim,
                            figure_value(&counted.figure, lang.tr()),
                            crate::i18n::counted(
                                counted.reports,
                                s.article_one,
                                s.reporting_articles
                            ),
                            crate::i18n::counted(mentions.len(), s.mention_one, s.mentions),
                        ))
                        .heading()
                        .size(15.0),
                    );
                    let open = state.merging == Some(claim);
                    if ui
                        .selectable_label(open, s.merge_with)
                        .on_hover_text(s.merge_hint)
                        .clicked()
                    {
                        let next = (!open).then_some(claim);
                        out.push(Command::Charts(ChartsCommand::PickMerge(next)));
                    }
                });
                if state.merging == Some(claim) {
                    out.extend(merge::show(ui, chart, claim, &state.merge_filter, lang));
                }
                let keys = chart
                    .claims
                    .get(claim.wrapping_sub(1))
                    .map_or(&[][..], |c| c.mentions.as_slice());
                for src in &mentions {
                    out.extend(mention(ui, src, keys, mentions.len() > 1, docs, lang));
                }
                ui.add_space(8.0);
            }
        });
    out
}

/// One mention under its claim (`keys`: every mention of the claim; `shared`: the claim has
/// others): what it says, its actions, its sentence (a click jumps to it).
fn mention(
    ui: &mut egui::Ui,
    src: &Source,
    keys: &[crate::project::SpanKey],
    shared: bool,
    docs: &[Article],
    lang: Lang,
) -> Vec<Command> {
    let s = lang.charts();
    let mut out = Vec::new();
    let Some((index, _)) = docs.iter().enumerate().find(|(_, d)| d.id == src.article) else {
        return out;
    };
    ui.horizontal_wrapped(|ui| {
        let mut head = format!("« {} » · {}", src.figure.text, src.title);
        if src.counted && shared {
            head.push_str(&format!(" — {}", s.canonical));
        } else if !src.counted {
            head.push_str(&format!(" — {}", s.not_counted));
        }
        ui.label(RichText::new(head).strong());
        if shared && !src.counted {
            let b = ui
                .small_button(s.use_canonical)
                .on_hover_text(s.canonical_hint);
            if b.clicked() {
                out.push(Command::Edit(Edit::ClaimCanonical {
                    at: src.key(),
                    claim: keys.to_vec(),
                }));
            }
        }
        if shared
            && ui
                .small_button(s.split)
                .on_hover_text(s.split_hint)
                .clicked()
        {
            out.push(Command::Edit(Edit::SplitClaim(vec![src.key()])));
        }
    });
    let warn = ui.visuals().warn_fg_color;
    if src.disagrees {
        let other = src.figure.actor.as_deref().unwrap_or("—");
        ui.colored_label(warn, format!("⚠ {} {other}", s.disagrees));
    }
    if src.other_amount {
        let said = figure_value(&src.figure, lang.tr());
        ui.colored_label(warn, format!("⚠ {} {said}", s.other_amount));
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
        out.push(Command::Charts(ChartsCommand::Show(false)));
        out.push(Command::JumpTo {
            article: index,
            range: src.figure.start..src.figure.end,
        });
    }
    ui.add_space(4.0);
    out
}
