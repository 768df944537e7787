//! Strings of the View menu and of the reader's coding stripes and memo marks.

use super::Lang;

#[derive(Debug)]
pub struct StripeStrings {
    /// The View menu.
    pub view: &'static str,
    /// The View menu's toggle, and what it does.
    pub coding_stripes: &'static str,
    pub coding_stripes_hover: &'static str,
    /// The label of one stripe: "Coding stripe: {theme}".
    pub stripe_of: fn(&str) -> String,
    /// The label of the memo mark of a passage: "Passage memo: {theme}".
    pub memo_mark_of: fn(&str) -> String,
    /// Under a stripe's theme in its hover card.
    pub click_to_go: &'static str,
    /// Under a memo in the memo mark's hover card.
    pub click_to_edit: &'static str,
    /// In the hover card of a stripe of the last, shared column.
    pub shared_column: &'static str,
}

impl Lang {
    /// The coding-stripe strings of this language.
    pub fn stripes(self) -> &'static StripeStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: StripeStrings = StripeStrings {
    view: "View",
    coding_stripes: "Coding stripes",
    coding_stripes_hover: "A margin beside the text with one bar per theme over the lines it tags",
    stripe_of: |t| format!("Coding stripe: {t}"),
    memo_mark_of: |t| format!("Passage memo: {t}"),
    click_to_go: "Click to go to the passage.",
    click_to_edit: "Click to edit the memo.",
    shared_column: "More themes than columns: the last column shows the others, in grey.",
};

pub static FR: StripeStrings = StripeStrings {
    view: "Affichage",
    coding_stripes: "Bandes de codage",
    coding_stripes_hover: "Une marge à côté du texte, avec une barre par thème le long des lignes qu’il code",
    stripe_of: |t| format!("Bande de codage : {t}"),
    memo_mark_of: |t| format!("Mémo du passage : {t}"),
    click_to_go: "Cliquer pour aller au passage.",
    click_to_edit: "Cliquer pour modifier le mémo.",
    shared_column: "Plus de thèmes que de colonnes : la dernière montre les autres, en gris.",
};
