//! The right panel listing every mention of one actor across the corpus; clicking a mention
//! jumps to it in the reader.

use super::fonts;
use super::style::Palette;
use crate::extract::EntityKind;
use crate::i18n::Strings;
use crate::workspace::Article;
use crate::workspace::command::Command;
use crate::workspace::mentions::{MentionsPanel, Snippet};
use egui::text::LayoutJob;
use egui::{Button, FontId, RichText, ScrollArea, TextFormat};

/// Draws the panel's content; returns the command of a click.
pub fn show(
    ui: &mut egui::Ui,
    panel: &MentionsPanel,
    docs: &[Article],
    s: &Strings,
    shown_name: &str,
) -> Option<Command> {
    let mut command = None;
    ui.horizontal(|ui| {
        ui.heading(format!("{} {shown_name}", s.mentions_of));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(s.close).clicked() {
                command = Some(Command::CloseMentions);
            }
        });
    });
    let total = crate::i18n::counted(panel.total, s.mention_in_corpus, s.mentions_in_corpus);
    ui.label(RichText::new(total).weak());
    ui.separator();
    let palette = Palette::new(ui.visuals());
    ScrollArea::vertical()
        .id_salt("mentions-list")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.spacing_mut().item_spacing.y = 8.0;
            for item in &panel.items {
                let title = docs.get(item.article).map_or("", |d| d.title());
                ui.label(RichText::new(title).small().strong());
                let job = snippet_job(&item.snippet, item.kind, &palette);
                let button = Button::selectable(false, job)
                    .wrap()
                    .min_size(egui::vec2(ui.available_width(), 0.0));
                if ui.add(button).clicked() {
                    command = Some(Command::JumpTo {
                        article: item.article,
                        range: item.range.clone(),
                    });
                }
            }
            if panel.total > panel.items.len() {
                ui.label(format!("… {} {}", panel.total - panel.items.len(), s.more));
            }
        });
    command
}

/// The snippet with its mention marked like in the reader.
fn snippet_job(sn: &Snippet, kind: EntityKind, palette: &Palette) -> LayoutJob {
    let size = 13.0;
    let plain = TextFormat {
        font_id: FontId::proportional(size),
        color: palette.text,
        ..Default::default()
    };
    let marked = TextFormat {
        font_id: fonts::bold(size),
        background: palette.entity_bg(kind),
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    let byte = |c: usize| {
        sn.text
            .char_indices()
            .nth(c)
            .map_or(sn.text.len(), |(b, _)| b)
    };
    let (a, b) = (byte(sn.mention.start), byte(sn.mention.end));
    let b = b.max(a);
    job.append(&sn.text[..a], 0.0, plain.clone());
    job.append(&sn.text[a..b], 0.0, marked);
    job.append(&sn.text[b..], 0.0, plain);
    job
}
