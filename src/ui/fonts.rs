//! The bundled fonts: DejaVu Sans (regular and bold), installed ahead of egui's defaults.
//!
//! egui's default proportional font lacks glyphs the articles use (U+2011 non-breaking hyphen
//! among others); DejaVu Sans covers Latin, Greek, Cyrillic and the general punctuation block.
//! Licence: `assets/fonts/LICENSE-DejaVu.txt`. egui's own fonts follow as fallbacks, with its
//! monochrome emoji fonts (Noto Emoji, OFL; emoji-icon-font, MIT: egui's `monochrome_emoji_fonts`
//! feature) for the file browser's icons and emoji in articles.

use egui::{FontData, FontDefinitions, FontFamily, FontId};
use std::sync::Arc;

use crate::fonts::{BOLD, REGULAR};

const REGULAR_NAME: &str = "DejaVuSans";
const BOLD_NAME: &str = "DejaVuSans-Bold";

/// The family name of the bold face (used for figures).
pub const BOLD_FAMILY: &str = "vigie-bold";

/// egui's default definitions with DejaVu Sans as the first proportional font and a bold family.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        REGULAR_NAME.to_owned(),
        Arc::new(FontData::from_static(REGULAR)),
    );
    defs.font_data
        .insert(BOLD_NAME.to_owned(), Arc::new(FontData::from_static(BOLD)));

    let proportional = defs.families.entry(FontFamily::Proportional).or_default();
    proportional.insert(0, REGULAR_NAME.to_owned());
    let fallbacks = proportional.clone();
    // Monospace keeps its own font but can fall back on DejaVu for what it lacks.
    defs.families
        .entry(FontFamily::Monospace)
        .or_default()
        .push(REGULAR_NAME.to_owned());

    let mut bold = vec![BOLD_NAME.to_owned()];
    bold.extend(fallbacks);
    defs.families
        .insert(FontFamily::Name(BOLD_FAMILY.into()), bold);
    defs
}

/// Installs [`definitions`] in a context (takes effect at the next pass).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// The bold face at `size` points.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD_FAMILY.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dejavu_comes_first_and_bold_family_exists() {
        let defs = definitions();
        let prop = &defs.families[&FontFamily::Proportional];
        assert_eq!(prop.first().map(String::as_str), Some(REGULAR_NAME));
        let bold = &defs.families[&FontFamily::Name(BOLD_FAMILY.into())];
        assert_eq!(bold.first().map(String::as_str), Some(BOLD_NAME));
        for name in prop.iter().chain(bold) {
            assert!(defs.font_data.contains_key(name), "{name} has no data");
        }
    }
}
