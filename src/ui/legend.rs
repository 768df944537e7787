//! The legend: each entity kind with its colour and how figures are marked, each a toggle that
//! shows or hides those highlights in the reader.

use super::fonts;
use super::style::Palette;
use crate::extract::EntityKind;
use crate::i18n::Strings;
use crate::workspace::command::Command;
use crate::workspace::state::Visibility;
use egui::text::LayoutJob;
use egui::{Button, Color32, FontId, RichText, Stroke, TextFormat};

/// Draws the legend as one wrapped row of toggles; returns the command of a click.
pub fn show(ui: &mut egui::Ui, s: &Strings, vis: Visibility) -> Option<Command> {
    let palette = Palette::new(ui.visuals());
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(s.legend).strong());
        for kind in EntityKind::ALL {
            let on = vis.shows(kind);
            let job = sample(s.kind(kind), palette.entity_bg(kind), &palette, false, on);
            if ui
                .add(Button::selectable(on, job))
                .on_hover_text(s.toggle_hover)
                .clicked()
            {
                command = Some(Command::ToggleKind(kind));
            }
        }
        let job = sample(
            s.figure_sample,
            palette.figure_bg,
            &palette,
            true,
            vis.figures,
        );
        if ui
            .add(Button::selectable(vis.figures, job))
            .on_hover_text(format!("{}\n{}", s.figure_legend_hover, s.toggle_hover))
            .clicked()
        {
            command = Some(Command::ToggleFigures);
        }
    });
    command
}

/// One legend sample: the name written the way the reader marks it (struck through when off).
fn sample(name: &str, bg: Color32, palette: &Palette, figure: bool, on: bool) -> LayoutJob {
    let size = 14.0;
    let format = TextFormat {
        font_id: if figure {
            fonts::bold(size)
        } else {
            FontId::proportional(size)
        },
        color: if figure {
            palette.figure_text
        } else {
            palette.text
        },
        background: if on { bg } else { Color32::TRANSPARENT },
        underline: if figure && on {
            palette.figure_underline
        } else {
            Stroke::NONE
        },
        strikethrough: if on {
            Stroke::NONE
        } else {
            Stroke::new(1.5, palette.text)
        },
        expand_bg: 3.0,
        ..Default::default()
    };
    LayoutJob::single_section(name.to_owned(), format)
}
