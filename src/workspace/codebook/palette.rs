//! The colours new themes get: a palette that reads well on both themes, and the next free
//! colour of a codebook.

use crate::project::{Book, Rgb};

/// Distinct colours that read well as underlines and light fills on both themes (Okabe–Ito
/// and Tableau hues).
pub const PALETTE: [Rgb; 12] = [
    Rgb(0x00, 0x72, 0xB2),
    Rgb(0xE6, 0x9F, 0x00),
    Rgb(0x00, 0x9E, 0x73),
    Rgb(0xCC, 0x79, 0xA7),
    Rgb(0xD5, 0x5E, 0x00),
    Rgb(0x56, 0xB4, 0xE9),
    Rgb(0x8E, 0x6C, 0x8A),
    Rgb(0xB0, 0x7A, 0xA1),
    Rgb(0x59, 0xA1, 0x4F),
    Rgb(0xED, 0xC9, 0x48),
    Rgb(0x9C, 0x75, 0x5F),
    Rgb(0xE1, 0x57, 0x59),
];

/// The colour of the next new theme: the first palette colour no theme uses yet, else the
/// palette again in turn.
pub fn next_colour(book: &Book) -> Rgb {
    PALETTE
        .iter()
        .copied()
        .find(|c| book.themes.iter().all(|t| t.color != *c))
        .unwrap_or(PALETTE[book.themes.len() % PALETTE.len()])
}
