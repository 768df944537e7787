//! The legend: each entity kind with its colour, and how figures are marked.

use super::fonts;
use super::style::{Palette, kind_label};
use crate::extract::EntityKind;
use egui::text::LayoutJob;
use egui::{Color32, FontId, RichText, TextFormat};

/// Draws the legend as one wrapped row of samples.
pub fn show(ui: &mut egui::Ui) {
    let palette = Palette::new(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Legend:").strong());
        for kind in EntityKind::ALL {
            ui.label(sample(
                kind_label(kind),
                palette.entity_bg(kind),
                &palette,
                false,
            ));
        }
        ui.label(sample("12 M€ figure", palette.figure_bg, &palette, true))
            .on_hover_text("Money, chips, power or compute figure: bold, underlined");
    });
}

/// One legend sample: the name written the way the reader marks it.
fn sample(name: &str, background: Color32, palette: &Palette, figure: bool) -> LayoutJob {
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
        background,
        underline: if figure {
            palette.figure_underline
        } else {
            egui::Stroke::NONE
        },
        expand_bg: 3.0,
        ..Default::default()
    };
    LayoutJob::single_section(name.to_owned(), format)
}
