//! Strings of auto-coding (Edit ▸ Auto-code): the menu and the preview dialog.

use super::Lang;

#[derive(Debug)]
pub struct AutoCodeStrings {
    pub menu: &'static str,
    pub search_hits: &'static str,
    /// "Sentences with a figure:" before the kinds.
    pub figures: &'static str,
    pub title: &'static str,
    /// "{n} passages will be tagged with".
    pub will_tag: &'static str,
    pub theme: &'static str,
    pub nothing: &'static str,
    pub no_theme: &'static str,
    pub more: &'static str,
    pub tag: &'static str,
    pub cancel: &'static str,
}

impl Lang {
    /// The auto-coding strings of this language.
    pub fn autocode(self) -> &'static AutoCodeStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: AutoCodeStrings = AutoCodeStrings {
    menu: "Auto-code",
    search_hits: "Every hit of the search…",
    figures: "Every sentence with a figure of kind",
    title: "Auto-code",
    will_tag: "passages will be tagged with the theme below (passages it already tags are kept as they are). One undo takes them all back.",
    theme: "Theme",
    nothing: "Nothing to tag: no search hit, or no figure of this kind.",
    no_theme: "Create a theme first (Codebook).",
    more: "more",
    tag: "Tag them",
    cancel: "Cancel",
};

pub static FR: AutoCodeStrings = AutoCodeStrings {
    menu: "Codage automatique",
    search_hits: "Chaque résultat de la recherche…",
    figures: "Chaque phrase avec un chiffre de type",
    title: "Codage automatique",
    will_tag: "passages vont être étiquetés avec le thème ci-dessous (ceux qu’il étiquette déjà restent tels quels). Une seule annulation les retire tous.",
    theme: "Thème",
    nothing: "Rien à étiqueter : aucun résultat de recherche, ou aucun chiffre de ce type.",
    no_theme: "Créez d’abord un thème (Livre de codes).",
    more: "de plus",
    tag: "Étiqueter",
    cancel: "Annuler",
};
