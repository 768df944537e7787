//! Strings of the theme codebook, tagging, memos and retrieval of tagged passages.

use super::Lang;

#[derive(Debug)]
pub struct TagStrings {
    /// The button that shows or hides the codebook panel, and the panel's title.
    pub codebook: &'static str,
    pub themes_tab: &'static str,
    pub passages_tab: &'static str,
    pub show_passages: &'static str,
    pub new_theme: &'static str,
    pub no_themes: &'static str,
    pub edit: &'static str,
    pub merge: &'static str,
    pub delete: &'static str,
    pub name: &'static str,
    pub colour: &'static str,
    pub description: &'static str,
    pub parent: &'static str,
    pub no_parent: &'static str,
    pub create: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub name_empty: &'static str,
    pub name_taken: &'static str,
    pub new_title: &'static str,
    pub edit_title: &'static str,
    pub merge_title: &'static str,
    pub merge_into: &'static str,
    pub merge_explain: &'static str,
    pub delete_title: &'static str,
    /// The buttons that confirm a deletion and a merge.
    pub confirm_delete: &'static str,
    pub confirm_merge: &'static str,
    pub move_passages_to: &'static str,
    pub delete_passages: &'static str,
    pub children_promote: &'static str,
    pub children_delete: &'static str,
    pub tag_selection: &'static str,
    pub select_to_tag: &'static str,
    pub key: &'static str,
    pub tag_with: &'static str,
    pub edit_memo: &'static str,
    pub remove_tag: &'static str,
    pub memo: &'static str,
    pub theme: &'static str,
    pub pick_theme: &'static str,
    pub not_found: &'static str,
    pub no_passages: &'static str,
    /// "3 passages".
    pub n_passages: fn(usize) -> String,
    /// "3 passages in 2 articles".
    pub n_in_articles: fn(usize, usize) -> String,
    /// What deleting a theme does to its passages (count, where they go or `None`).
    pub delete_effect: fn(usize, Option<&str>) -> String,
    /// How many sub-themes a theme has.
    pub n_subthemes: fn(usize) -> String,
}

impl Lang {
    /// The codebook and tagging strings of this language.
    pub fn tags(self) -> &'static TagStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub static EN: TagStrings = TagStrings {
    codebook: "Codebook",
    themes_tab: "Themes",
    passages_tab: "Passages",
    show_passages: "Show passages",
    new_theme: "New theme…",
    no_themes: "No themes yet: create one to start tagging passages.",
    edit: "Edit…",
    merge: "Merge…",
    delete: "Delete…",
    name: "Name",
    colour: "Colour",
    description: "Description",
    parent: "Parent theme",
    no_parent: "None (top level)",
    create: "Create",
    save: "Save",
    cancel: "Cancel",
    name_empty: "Give the theme a name.",
    name_taken: "A theme with this name already exists at this level.",
    new_title: "New theme",
    edit_title: "Edit theme",
    merge_title: "Merge theme",
    merge_into: "Merge into",
    merge_explain: "Its passages and sub-themes move to the chosen theme, then it is deleted.",
    delete_title: "Delete theme",
    confirm_delete: "Delete",
    confirm_merge: "Merge",
    move_passages_to: "Its passages",
    delete_passages: "Delete them",
    children_promote: "Keep its sub-themes (they move to the top level)",
    children_delete: "Delete its sub-themes too (their passages go the same way)",
    tag_selection: "Tag selection:",
    select_to_tag: "Select a passage in the article to tag it",
    key: "Key",
    tag_with: "Tag with",
    edit_memo: "Edit memo…",
    remove_tag: "Remove tag",
    memo: "Memo",
    theme: "Theme",
    pick_theme: "Pick a theme to see its passages.",
    not_found: "(not found in the current text)",
    no_passages: "No passage tagged with this theme yet.",
    n_passages: |n| plural(n, "passage", "passages"),
    n_in_articles: |n, a| {
        format!(
            "{} in {}",
            plural(n, "passage", "passages"),
            plural(a, "article", "articles")
        )
    },
    delete_effect: |n, to| match to {
        Some(t) => format!("{} will move to “{t}”.", plural(n, "passage", "passages")),
        None => format!("{} will be deleted.", plural(n, "passage", "passages")),
    },
    n_subthemes: |n| format!("It has {}.", plural(n, "sub-theme", "sub-themes")),
};

pub static FR: TagStrings = TagStrings {
    codebook: "Grille de codage",
    themes_tab: "Thèmes",
    passages_tab: "Passages",
    show_passages: "Voir les passages",
    new_theme: "Nouveau thème…",
    no_themes: "Aucun thème pour l’instant : créez-en un pour étiqueter des passages.",
    edit: "Modifier…",
    merge: "Fusionner…",
    delete: "Supprimer…",
    name: "Nom",
    colour: "Couleur",
    description: "Description",
    parent: "Thème parent",
    no_parent: "Aucun (premier niveau)",
    create: "Créer",
    save: "Enregistrer",
    cancel: "Annuler",
    name_empty: "Donnez un nom au thème.",
    name_taken: "Un thème de ce nom existe déjà à ce niveau.",
    new_title: "Nouveau thème",
    edit_title: "Modifier le thème",
    merge_title: "Fusionner le thème",
    merge_into: "Fusionner dans",
    merge_explain: "Ses passages et sous-thèmes passent au thème choisi, puis il est supprimé.",
    delete_title: "Supprimer le thème",
    confirm_delete: "Supprimer",
    confirm_merge: "Fusionner",
    move_passages_to: "Ses passages",
    delete_passages: "Les supprimer",
    children_promote: "Garder ses sous-thèmes (ils passent au premier niveau)",
    children_delete: "Supprimer aussi ses sous-thèmes (leurs passages suivent le même sort)",
    tag_selection: "Étiqueter la sélection :",
    select_to_tag: "Sélectionnez un passage de l’article pour l’étiqueter",
    key: "Touche",
    tag_with: "Étiqueter avec",
    edit_memo: "Modifier le mémo…",
    remove_tag: "Retirer l’étiquette",
    memo: "Mémo",
    theme: "Thème",
    pick_theme: "Choisissez un thème pour voir ses passages.",
    not_found: "(introuvable dans le texte actuel)",
    no_passages: "Aucun passage étiqueté avec ce thème pour l’instant.",
    n_passages: |n| plural(n, "passage", "passages"),
    n_in_articles: |n, a| {
        format!(
            "{} dans {}",
            plural(n, "passage", "passages"),
            plural(a, "article", "articles")
        )
    },
    delete_effect: |n, to| match to {
        Some(t) => format!(
            "{} {} vers « {t} ».",
            plural(n, "passage", "passages"),
            if n == 1 {
                "sera déplacé"
            } else {
                "seront déplacés"
            }
        ),
        None => format!(
            "{} {}.",
            plural(n, "passage", "passages"),
            if n == 1 {
                "sera supprimé"
            } else {
                "seront supprimés"
            }
        ),
    },
    n_subthemes: |n| format!("Il a {}.", plural(n, "sous-thème", "sous-thèmes")),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_in_both_languages() {
        assert_eq!((EN.n_passages)(1), "1 passage");
        assert_eq!((EN.n_in_articles)(3, 1), "3 passages in 1 article");
        assert_eq!((FR.delete_effect)(2, None), "2 passages seront supprimés.");
        assert_eq!(
            (FR.delete_effect)(1, Some("Puces")),
            "1 passage sera déplacé vers « Puces »."
        );
    }
}
