//! Strings of project-wide editing: undo/redo, the untitled project, edit errors.
//!
//! Each area of the UI keeps its strings in its own file under `i18n/`, as a struct with a
//! French and an English static and an accessor on [`Lang`].

use super::Lang;

#[derive(Debug)]
pub struct EditStrings {
    pub undo: &'static str,
    pub redo: &'static str,
    pub nothing_to_undo: &'static str,
    pub nothing_to_redo: &'static str,
    /// Name of a project never saved.
    pub untitled: &'static str,
    /// Prefix of an edit that could not be made ("Cannot do that: …").
    pub cannot: &'static str,
    pub dismiss: &'static str,
    /// Edit ▸ Coder name… and its dialog.
    pub coder_menu: &'static str,
    pub coder_title: &'static str,
    pub coder_label: &'static str,
    pub coder_help: &'static str,
    pub ok: &'static str,
    pub cancel: &'static str,
    /// Edit ▸ Memos.
    pub memos: &'static str,
    pub project_memo: &'static str,
    pub article_memo: &'static str,
    pub theme_memo: &'static str,
    pub memo: &'static str,
    /// Edit ▸ Attributes of this article…, its dialog, and the usual attribute names (the
    /// last one is the language).
    pub attributes: &'static str,
    pub attribute_name: &'static str,
    pub attribute_value: &'static str,
    pub add_attribute: &'static str,
    pub attribute_names: [&'static str; 4],
}

impl Lang {
    /// The editing strings of this language.
    pub fn edit(self) -> &'static EditStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: EditStrings = EditStrings {
    undo: "Undo",
    redo: "Redo",
    nothing_to_undo: "Nothing to undo",
    nothing_to_redo: "Nothing to redo",
    untitled: "Untitled",
    cannot: "Cannot do that",
    dismiss: "Dismiss",
    coder_menu: "Coder name…",
    coder_title: "Who is coding?",
    coder_label: "Coder name",
    coder_help: "Every passage you tag from now on records this name; REFI-QDA exports carry it, \
                 and `vigie agree` compares two coders' projects.",
    ok: "OK",
    cancel: "Cancel",
    memos: "Memos",
    project_memo: "Memo of the project…",
    article_memo: "Memo of this article…",
    theme_memo: "Memo of a theme",
    memo: "Memo",
    attributes: "Attributes of this article…",
    attribute_name: "Attribute",
    attribute_value: "Value",
    add_attribute: "Add an attribute",
    attribute_names: ["outlet", "country", "author", "language"],
};

pub static FR: EditStrings = EditStrings {
    undo: "Annuler",
    redo: "Rétablir",
    nothing_to_undo: "Rien à annuler",
    nothing_to_redo: "Rien à rétablir",
    untitled: "Sans titre",
    cannot: "Impossible",
    dismiss: "Fermer",
    coder_menu: "Nom du codeur…",
    coder_title: "Qui code ?",
    coder_label: "Nom du codeur",
    coder_help: "Chaque passage étiqueté désormais garde ce nom ; les exports REFI-QDA le \
                 portent, et `vigie agree` compare les projets de deux codeurs.",
    ok: "OK",
    cancel: "Annuler",
    memos: "Mémos",
    project_memo: "Mémo du projet…",
    article_memo: "Mémo de cet article…",
    theme_memo: "Mémo d’un thème",
    memo: "Mémo",
    attributes: "Attributs de cet article…",
    attribute_name: "Attribut",
    attribute_value: "Valeur",
    add_attribute: "Ajouter un attribut",
    attribute_names: ["média", "pays", "auteur", "langue"],
};
