//! Strings of the File menu's Export and Import entries (REFI-QDA, CSV, JSON).

use super::Lang;

#[derive(Debug)]
pub struct InterchangeStrings {
    pub export: &'static str,
    pub import: &'static str,
    pub qdpx: &'static str,
    pub qdpx_actors: &'static str,
    pub tags_csv: &'static str,
    pub tags_json: &'static str,
    pub figures_csv: &'static str,
    pub figures_json: &'static str,
    pub import_qdpx: &'static str,
    pub codebook_csv: &'static str,
    pub codebook_qdc: &'static str,
    pub import_codebook: &'static str,
    pub report_html: &'static str,
    pub report_md: &'static str,
    /// "themes added to the codebook" (after a number).
    pub themes_added: &'static str,
    pub exported: &'static str,
    pub export_failed: &'static str,
    pub imported: &'static str,
    pub import_failed: &'static str,
    pub skipped: &'static str,
}

impl Lang {
    /// The Export/Import strings of this language.
    pub fn interchange(self) -> &'static InterchangeStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: InterchangeStrings = InterchangeStrings {
    export: "Export",
    import: "Import",
    qdpx: "REFI-QDA project (.qdpx)…",
    qdpx_actors: "REFI-QDA project with the engine's actors (.qdpx)…",
    tags_csv: "Passages as CSV…",
    tags_json: "Passages as JSON…",
    figures_csv: "Figures as CSV…",
    figures_json: "Figures as JSON…",
    import_qdpx: "REFI-QDA project (.qdpx)…",
    codebook_csv: "Codebook for Taguette (.csv)…",
    codebook_qdc: "Codebook, REFI-QDA (.qdc)…",
    import_codebook: "Codebook (Taguette .csv or REFI-QDA .qdc)…",
    report_html: "Report: passages by theme and co-occurrences (.html)…",
    report_md: "Report: passages by theme and co-occurrences (.md)…",
    themes_added: "themes added to the codebook",
    exported: "Exported to",
    export_failed: "Could not export",
    imported: "Imported",
    import_failed: "Could not import",
    skipped: "left out",
};

pub static FR: InterchangeStrings = InterchangeStrings {
    export: "Exporter",
    import: "Importer",
    qdpx: "Projet REFI-QDA (.qdpx)…",
    qdpx_actors: "Projet REFI-QDA avec les acteurs du moteur (.qdpx)…",
    tags_csv: "Passages en CSV…",
    tags_json: "Passages en JSON…",
    figures_csv: "Chiffres en CSV…",
    figures_json: "Chiffres en JSON…",
    import_qdpx: "Projet REFI-QDA (.qdpx)…",
    codebook_csv: "Livre de codes pour Taguette (.csv)…",
    codebook_qdc: "Livre de codes REFI-QDA (.qdc)…",
    import_codebook: "Livre de codes (Taguette .csv ou REFI-QDA .qdc)…",
    report_html: "Rapport : passages par thème et cooccurrences (.html)…",
    report_md: "Rapport : passages par thème et cooccurrences (.md)…",
    themes_added: "thèmes ajoutés au livre de codes",
    exported: "Exporté vers",
    export_failed: "Export impossible",
    imported: "Importé",
    import_failed: "Import impossible",
    skipped: "laissé(s) de côté",
};
