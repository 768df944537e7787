//! The bundled fonts, DejaVu Sans regular and bold, shared by the app and the chart export
//! (so an exported PNG looks the same on every machine). Licence: `assets/fonts/LICENSE-DejaVu.txt`.

pub const REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
