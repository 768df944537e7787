//! What a binary article reader (PDF, Word) yields: the article text Vigie read out of the
//! file (which offsets then point into), its title and date; why a file gave none; and which
//! titles from a file's metadata read as titles.

/// The largest article text a binary file may yield, in bytes (as for a text file).
pub const MAX_TEXT_BYTES: usize = super::decode::MAX_BYTES as usize;

/// What a PDF or Word file yields.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    /// Paragraphs separated by a blank line.
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
}

/// Why a PDF or Word file gave no article; the command line prints it as is, the app words it
/// in the analyst's language (`i18n::errors`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    /// The parser's own message.
    #[error("not a readable PDF ({0})")]
    Pdf(String),
    #[error("not a readable Word document ({0})")]
    Docx(String),
    #[error("password-protected PDF")]
    Encrypted,
    #[error("no text layer in this PDF (a scanned document? Vigie does not read text in images)")]
    NoTextLayer,
    #[error("no text in this Word document")]
    NoText,
    #[error("more than {0} pages")]
    TooManyPages(usize),
    /// The limit in MB.
    #[error("expands to more than {0} MB once decompressed")]
    Inflated(usize),
    #[error("nested more than {0} levels deep")]
    TooDeep(usize),
}

/// A title read from a file's metadata, if it reads as one: not empty, not a file name or a
/// placeholder ("Untitled", "Microsoft Word - x.docx"), not overlong.
pub fn sensible_title(raw: &str) -> Option<String> {
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = t.to_lowercase();
    let placeholder = ["untitled", "sans titre", "document", "title", "titre"]
        .iter()
        .any(|p| lower == *p || lower.starts_with(&format!("{p} ")) && lower.len() < p.len() + 4)
        || lower.starts_with("microsoft word -")
        || [
            ".doc", ".docx", ".pdf", ".odt", ".rtf", ".txt", ".html", ".indd", ".qxd",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext));
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    (!placeholder && letters >= 4 && t.chars().count() <= 250).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_titles_that_are_not_titles_are_refused() {
        assert_eq!(
            sensible_title("  La course aux puces\n IA ").as_deref(),
            Some("La course aux puces IA")
        );
        for junk in [
            "",
            "Untitled",
            "Document 1",
            "Microsoft Word - note.docx",
            "rapport_final.pdf",
            "x-1",
        ] {
            assert_eq!(sensible_title(junk), None, "{junk:?}");
        }
    }
}
