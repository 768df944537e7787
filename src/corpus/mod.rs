//! Corpus: loads articles from disk or from the bundled seeds, decodes them, and reads their
//! title and date.

/// One article as decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Where it came from: a path as given, or `seeds/<file>` for the bundled corpus.
    pub path: String,
    pub text: String,
    pub title: Option<String>,
    /// ISO `YYYY-MM-DD` when the article states its own date.
    pub date: Option<String>,
}

/// The five sample articles embedded in the binary.
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_3107907732e939eb.txt",
        include_str!("../../seeds/000_3107907732e939eb.txt"),
    ),
    (
        "001_e98aa20c2b61b0f9.txt",
        include_str!("../../seeds/001_e98aa20c2b61b0f9.txt"),
    ),
    (
        "002_1383256328f99a43.txt",
        include_str!("../../seeds/002_1383256328f99a43.txt"),
    ),
    (
        "003_9a10009aa8f4357c.txt",
        include_str!("../../seeds/003_9a10009aa8f4357c.txt"),
    ),
    (
        "004_01fd2c4ac2c7a2e6.txt",
        include_str!("../../seeds/004_01fd2c4ac2c7a2e6.txt"),
    ),
];

/// The bundled seeds as documents.
pub fn bundled_seeds() -> Vec<Document> {
    SEEDS
        .iter()
        .map(|(name, text)| Document {
            path: format!("seeds/{name}"),
            text: text.trim_start_matches('\u{feff}').to_string(),
            title: None,
            date: None,
        })
        .collect()
}
