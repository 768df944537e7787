//! Rasterises a chart's SVG to PNG with resvg and the bundled DejaVu fonts only (no system
//! fonts, no GPU, no window), so the same chart gives the same pixels on every machine.

use super::model::Chart;
use super::svg;
use crate::i18n::Lang;

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    #[error("the chart's SVG could not be read back: {0}")]
    Svg(String),
    #[error("the image would be empty or too large ({0}×{1} px)")]
    Size(u32, u32),
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
}

/// PNG bytes of an SVG document, rendered at `scale` (2.0 gives 1600 px for a chart).
pub fn rasterise(svg: &str, scale: f32) -> Result<Vec<u8>, PngError> {
    let mut opt = resvg::usvg::Options {
        font_family: "DejaVu Sans".to_string(),
        ..Default::default()
    };
    let db = opt.fontdb_mut();
    db.load_font_data(crate::fonts::REGULAR.to_vec());
    db.load_font_data(crate::fonts::BOLD.to_vec());
    db.set_sans_serif_family("DejaVu Sans");
    let tree = resvg::usvg::Tree::from_str(svg, &opt).map_err(|e| PngError::Svg(e.to_string()))?;
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    if w == 0 || h == 0 || w > 16_384 || h > 16_384 {
        return Err(PngError::Size(w, h));
    }
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).ok_or(PngError::Size(w, h))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| PngError::Encode(e.to_string()))
}

/// The chart as PNG bytes, `width` pixels wide (at least 1600).
pub fn render(chart: &Chart, locale: Lang, width: u32) -> Result<Vec<u8>, PngError> {
    let scale = width.max(1600) as f32 / svg::WIDTH as f32;
    rasterise(&svg::render(chart, locale), scale)
}
