//! Colours of the reader: one colour per entity kind and the figure mark, for light and dark
//! themes.
//!
//! Hues come from the Okabe–Ito palette (distinguishable with the common colour-vision
//! deficiencies). Highlights are painted as a background blended with the panel colour, so the
//! text keeps the theme's own colour and contrast in both themes.

use crate::extract::EntityKind;
use crate::project::Rgb;
use egui::{Color32, Sense, Stroke, Visuals, vec2};

/// The pure hue of a kind, as shown in the legend swatches (the same as in exported charts).
pub fn kind_color(kind: EntityKind) -> Color32 {
    let [r, g, b] = crate::chart::svg::kind_rgb(Some(kind));
    Color32::from_rgb(r, g, b)
}

/// The resolved colours for one theme.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub dark: bool,
    pub text: Color32,
    /// Text of figures (bold, in the strongest colour).
    pub figure_text: Color32,
    /// Background of each kind, indexed like [`EntityKind::ALL`].
    entity_bg: [Color32; 6],
    /// Background of a figure outside any entity.
    pub figure_bg: Color32,
    /// Underline of every figure.
    pub figure_underline: Stroke,
}

impl Palette {
    pub fn new(visuals: &Visuals) -> Palette {
        let dark = visuals.dark_mode;
        let base = visuals.panel_fill;
        // Dark backgrounds need a stronger tint to tell the hues apart.
        let t = if dark { 0.52 } else { 0.40 };
        let entity_bg = EntityKind::ALL.map(|k| blend(base, kind_color(k), t));
        let strong = visuals.strong_text_color();
        // Body text a little stronger than egui's default (dim grey in the dark theme).
        let text = blend(visuals.text_color(), strong, if dark { 0.65 } else { 0.5 });
        Palette {
            dark,
            text,
            figure_text: strong,
            entity_bg,
            figure_bg: blend(base, strong, if dark { 0.16 } else { 0.10 }),
            figure_underline: Stroke::new(2.0, strong),
        }
    }

    pub fn entity_bg(&self, kind: EntityKind) -> Color32 {
        let i = EntityKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.entity_bg[i]
    }
}

/// Linear blend of two opaque colours in gamma space (`t` = share of `over`).
fn blend(under: Color32, over: Color32, t: f32) -> Color32 {
    let mix = |a: u8, b: u8| (f32::from(a) * (1.0 - t) + f32::from(b) * t).round() as u8;
    Color32::from_rgb(
        mix(under.r(), over.r()),
        mix(under.g(), over.g()),
        mix(under.b(), over.b()),
    )
}

/// The selection's look: a neutral grey, so that no theme colour (all of them saturated hues,
/// see `workspace::codebook::PALETTE`) can be taken for it.
pub fn selection(dark: bool) -> egui::style::Selection {
    if dark {
        egui::style::Selection {
            bg_fill: Color32::from_rgb(0x5A, 0x5F, 0x69),
            stroke: Stroke::new(1.0, Color32::from_rgb(0xF2, 0xF2, 0xF2)),
        }
    } else {
        egui::style::Selection {
            bg_fill: Color32::from_rgb(0xC4, 0xC9, 0xD2),
            stroke: Stroke::new(1.0, Color32::from_rgb(0x1A, 0x1C, 0x20)),
        }
    }
}

/// Gives both themes of `ctx` the selection look of [`selection`].
pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|s| s.visuals.selection = selection(s.visuals.dark_mode));
}

/// A project colour as an egui colour.
pub fn color32(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// A small square of the theme's colour.
pub fn swatch(ui: &mut egui::Ui, c: Rgb) {
    let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color32(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_distinct_kind_colours_in_both_themes() {
        for visuals in [Visuals::light(), Visuals::dark()] {
            let p = Palette::new(&visuals);
            let bgs: Vec<Color32> = EntityKind::ALL.iter().map(|k| p.entity_bg(*k)).collect();
            for (i, a) in bgs.iter().enumerate() {
                assert_ne!(*a, visuals.panel_fill, "highlight equals the background");
                for b in &bgs[i + 1..] {
                    assert_ne!(a, b);
                }
            }
        }
    }

    /// Simulated colour-vision deficiencies (Viénot et al. 1999, in linear RGB).
    fn simulate(c: Color32, m: [[f32; 3]; 3]) -> [f32; 3] {
        let lin = |v: u8| (f32::from(v) / 255.0).powf(2.2);
        let v = [lin(c.r()), lin(c.g()), lin(c.b())];
        m.map(|row| {
            (row[0] * v[0] + row[1] * v[1] + row[2] * v[2])
                .max(0.0)
                .powf(1.0 / 2.2)
                * 255.0
        })
    }

    #[test]
    fn products_differ_from_every_kind_also_for_colour_blind_readers() {
        let normal = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
        let protan = [
            [0.1124, 0.8876, 0.0],
            [0.1124, 0.8876, 0.0],
            [0.0040, -0.0040, 1.0],
        ];
        let deutan = [
            [0.2927, 0.7073, 0.0],
            [0.2927, 0.7073, 0.0],
            [-0.0223, 0.0223, 1.0],
        ];
        for visuals in [Visuals::light(), Visuals::dark()] {
            let p = Palette::new(&visuals);
            let others = EntityKind::ALL
                .into_iter()
                .filter(|k| *k != EntityKind::Product);
            for (kind, m) in others.flat_map(|k| [(k, normal), (k, protan), (k, deutan)]) {
                let a = simulate(p.entity_bg(kind), m);
                let b = simulate(p.entity_bg(EntityKind::Product), m);
                let d =
                    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
                assert!(d > 60.0, "{kind:?} vs product only {d:.0} apart");
            }
        }
    }

    #[test]
    fn blend_goes_from_one_colour_to_the_other() {
        let (a, b) = (
            Color32::from_rgb(0, 100, 200),
            Color32::from_rgb(200, 100, 0),
        );
        assert_eq!(blend(a, b, 0.0), a);
        assert_eq!(blend(a, b, 1.0), b);
        assert_eq!(blend(a, b, 0.5), Color32::from_rgb(100, 100, 100));
    }
}
