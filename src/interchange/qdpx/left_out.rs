//! What a `.qdpx` import or export left out, and why, as data: the app words each item in the
//! analyst's language and the command line in English (`i18n::left_out`).

use crate::corpus::DecodeError;

/// One thing an import or an export did not take as it was, with what the analyst needs to
/// find it (names, counts, positions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    // What a project holds that Vigie has no place for (counted).
    /// REFI-QDA cases.
    Cases(usize),
    Sets(usize),
    Links(usize),
    Graphs(usize),
    /// Notes attached to no passage, source or code (journals, memos on the project).
    FreeNotes(usize),

    // Codes nested deeper than Vigie's one level.
    /// A category below the top level of a project: its codes go under the top-level code
    /// (`path[0]`); `path` leads from the top level to the category's parent.
    CategoryFlattened {
        name: String,
        path: Vec<String>,
    },
    /// A code two levels deep or more: it becomes a sub-theme of `path[0]`.
    CodeRaised {
        name: String,
        path: Vec<String>,
    },
    /// A category below the top level of an imported codebook: its codes go one level up.
    CodebookCategoryFlattened {
        name: String,
    },
    /// A code of an imported codebook nested too deep: it becomes a sub-theme.
    CodebookCodeRaised {
        name: String,
    },
    /// A code of an imported codebook whose theme the codebook already has.
    ThemeKept {
        name: String,
    },

    // Sources and their codings (import). `label` names the source.
    /// A source left out whole, with the coded passages it had.
    Source {
        label: String,
        why: SourceWhy,
        passages: usize,
    },
    /// A PDF (or other) source imported as its plain-text representation (`kind`: "PDF"...).
    Representation {
        label: String,
        kind: String,
    },
    /// Passages coded on the page or picture rather than in the text; `kind` is the source's
    /// kind when it has a text representation.
    CodedOutsideText {
        label: String,
        passages: usize,
        kind: Option<String>,
    },
    /// Codings of a whole source (Vigie tags passages).
    WholeSourceCodings {
        label: String,
        codings: usize,
    },
    /// A selection whose range is not inside its source's text.
    PassageOutside {
        label: String,
        start: u64,
        end: u64,
        quote: String,
    },
    /// A coding that refers to no code of the codebook.
    UnknownCode {
        label: String,
        quote: String,
    },
    /// A coding with a category, which cannot tag a passage.
    CodingOfCategory {
        label: String,
        quote: String,
        category: String,
    },
    /// The engine's mentions (the "Actors" branch), found again by the engine.
    EngineMentions(usize),

    // Export. `label` names the article.
    /// An article whose text could not be read, with the tags it had.
    TextUnread {
        label: String,
        tags: usize,
    },
    /// A tag whose passage is not in the article's text.
    TagNotFound {
        quote: String,
        label: String,
    },
    /// A tag whose theme is not in the codebook.
    TagWithoutTheme {
        quote: String,
        label: String,
    },
    /// Tags of articles the project no longer has.
    TagsWithoutArticle(usize),
    /// GUIDs written for several elements, replaced by new ones.
    GuidsReplaced(usize),
}

/// Why a source was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceWhy {
    /// A source of another kind than text (`what`: "PDF", "Picture"...).
    NotText(String),
    /// Its text file (named) is not in the archive.
    Missing(String),
    /// Its text lies outside the archive (the path given).
    External(String),
    /// Rich text only.
    NoPlainText,
    /// Its text is empty, binary or too large.
    Decode(DecodeError),
}
