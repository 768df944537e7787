//! Strings of the reader's selection: copying a quote with its source, and the "tag with…"
//! picker (Ctrl+T).

use super::Lang;

#[derive(Debug)]
pub struct SelectStrings {
    /// The right-click item that copies the quote with its source.
    pub copy_cited: &'static str,
    /// The quote marks around a copied quote.
    pub open_quote: &'static str,
    pub close_quote: &'static str,
    /// The picker's title, its filter box, its hint and what it says when nothing matches.
    pub picker_title: &'static str,
    pub picker_filter: &'static str,
    pub picker_hint: &'static str,
    pub picker_none: &'static str,
    /// The toolbar button that opens the picker.
    pub picker_button: &'static str,
}

impl Lang {
    /// The strings of the reader's selection.
    pub fn select(self) -> &'static SelectStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: SelectStrings = SelectStrings {
    copy_cited: "Copy with citation",
    open_quote: "“",
    close_quote: "”",
    picker_title: "Tag with…",
    picker_filter: "Theme",
    picker_hint: "Type to filter, Enter to tag, Esc to close",
    picker_none: "No theme matches",
    picker_button: "Tag with… (Ctrl+T)",
};

pub static FR: SelectStrings = SelectStrings {
    copy_cited: "Copier avec la référence",
    open_quote: "« ",
    close_quote: " »",
    picker_title: "Étiqueter avec…",
    picker_filter: "Thème",
    picker_hint: "Tapez pour filtrer, Entrée pour étiqueter, Échap pour fermer",
    picker_none: "Aucun thème ne correspond",
    picker_button: "Étiqueter avec… (Ctrl+T)",
};
