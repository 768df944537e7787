//! Strings of the app's own file browser (shown when there is no native file dialog) and of
//! the window that says what a `.qdpx` import took and left out.

use super::Lang;

#[derive(Debug)]
pub struct BrowserStrings {
    pub open_project: &'static str,
    pub save_project: &'static str,
    pub add_folder: &'static str,
    pub add_files: &'static str,
    pub export: &'static str,
    pub export_chart: &'static str,
    pub import_qdpx: &'static str,
    pub import_codebook: &'static str,
    /// Where the project imported from a `.qdpx` goes.
    pub qdpx_folder: &'static str,
    pub open: &'static str,
    pub save: &'static str,
    /// Confirms the folder shown (folder choosers).
    pub choose: &'static str,
    pub cancel: &'static str,
    pub new_folder: &'static str,
    pub new_folder_name: &'static str,
    pub rename: &'static str,
    pub refresh: &'static str,
    pub parent: &'static str,
    pub file: &'static str,
    pub show_hidden: &'static str,
    /// A name to save to already taken.
    pub replace_title: &'static str,
    pub replace_body: &'static str,
    pub replace: &'static str,
    /// The import report window.
    pub report_title: &'static str,
    pub from: &'static str,
    pub saved_as: &'static str,
    pub not_saved: &'static str,
    /// Counts, singular then plural, `{n}` the number: "{n} articles imported".
    pub articles: [&'static str; 2],
    /// "({n} of them …)".
    pub bundled: &'static str,
    pub themes: [&'static str; 2],
    pub passages: [&'static str; 2],
    /// "{n} text files written in" (a folder follows).
    pub files_written: [&'static str; 2],
    pub left_out: &'static str,
    pub nothing_left_out: &'static str,
    pub close: &'static str,
}

impl Lang {
    /// `forms` (singular, plural) for `n`, `{n}` replaced: French takes the singular for 0.
    pub fn count(self, forms: [&str; 2], n: usize) -> String {
        let one = n == 1 || (n == 0 && self == Lang::Fr);
        forms[usize::from(!one)].replace("{n}", &n.to_string())
    }

    /// The file browser's strings in this language.
    pub fn browser(self) -> &'static BrowserStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: BrowserStrings = BrowserStrings {
    open_project: "Open a project",
    save_project: "Save the project",
    add_folder: "Add a folder of articles",
    add_files: "Add articles",
    export: "Export",
    export_chart: "Export the chart",
    import_qdpx: "Import a REFI-QDA project (.qdpx)",
    import_codebook: "Import a codebook (.csv, .qdc)",
    qdpx_folder: "Folder for the imported project",
    open: "Open",
    save: "Save",
    choose: "Choose this folder",
    cancel: "Cancel",
    new_folder: "New folder",
    new_folder_name: "New folder",
    rename: "Rename",
    refresh: "Refresh",
    parent: "Parent folder",
    file: "Name:",
    show_hidden: "Show hidden files",
    replace_title: "Replace this file?",
    replace_body: "It already exists; what it holds will be replaced.",
    replace: "Replace",
    report_title: "Import report",
    from: "Imported from",
    saved_as: "New project saved as",
    not_saved: "The new project is not saved yet.",
    articles: ["{n} article imported", "{n} articles imported"],
    bundled: "({n} of them Vigie’s sample articles)",
    themes: ["{n} theme", "{n} themes"],
    passages: ["{n} coded passage", "{n} coded passages"],
    files_written: ["{n} text file written in", "{n} text files written in"],
    left_out: "Left out",
    nothing_left_out: "Nothing was left out.",
    close: "OK",
};

pub static FR: BrowserStrings = BrowserStrings {
    open_project: "Ouvrir un projet",
    save_project: "Enregistrer le projet",
    add_folder: "Ajouter un dossier d’articles",
    add_files: "Ajouter des articles",
    export: "Exporter",
    export_chart: "Exporter le graphique",
    import_qdpx: "Importer un projet REFI-QDA (.qdpx)",
    import_codebook: "Importer une grille de codage (.csv, .qdc)",
    qdpx_folder: "Dossier du projet importé",
    open: "Ouvrir",
    save: "Enregistrer",
    choose: "Choisir ce dossier",
    cancel: "Annuler",
    new_folder: "Nouveau dossier",
    new_folder_name: "Nouveau dossier",
    rename: "Renommer",
    refresh: "Actualiser",
    parent: "Dossier parent",
    file: "Nom :",
    show_hidden: "Afficher les fichiers cachés",
    replace_title: "Remplacer ce fichier ?",
    replace_body: "Il existe déjà ; son contenu sera remplacé.",
    replace: "Remplacer",
    report_title: "Bilan de l’import",
    from: "Importé de",
    saved_as: "Nouveau projet enregistré sous",
    not_saved: "Le nouveau projet n’est pas encore enregistré.",
    articles: ["{n} article importé", "{n} articles importés"],
    bundled: "(dont {n} articles d’exemple de Vigie)",
    themes: ["{n} thème", "{n} thèmes"],
    passages: ["{n} passage codé", "{n} passages codés"],
    files_written: [
        "{n} fichier texte écrit dans",
        "{n} fichiers texte écrits dans",
    ],
    left_out: "Laissé de côté",
    nothing_left_out: "Rien n’a été laissé de côté.",
    close: "OK",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_singular_for_one_and_in_french_for_zero() {
        assert_eq!(Lang::En.count(EN.themes, 1), "1 theme");
        assert_eq!(Lang::En.count(EN.themes, 0), "0 themes");
        assert_eq!(Lang::Fr.count(FR.themes, 0), "0 thème");
        assert_eq!(Lang::Fr.count(FR.articles, 3), "3 articles importés");
    }
}
