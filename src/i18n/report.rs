//! Strings of the written reports (a theme's passages, co-occurrence tables).

use super::Lang;

#[derive(Debug)]
pub struct ReportStrings {
    pub title: &'static str,
    pub passage: &'static str,
    pub passages: &'static str,
    /// Quotation marks around a name.
    pub quotes: (&'static str, &'static str),
    pub undated: &'static str,
    pub memo: &'static str,
    pub coder: &'static str,
    pub no_passages: &'static str,
    pub themes_actors: &'static str,
    pub themes_actors_help: &'static str,
    pub themes_themes: &'static str,
    pub themes_themes_help: &'static str,
    pub theme: &'static str,
    /// "Themes by" an attribute, and what its table counts.
    pub themes_by: &'static str,
    pub themes_by_help: &'static str,
    pub generated: &'static str,
}

impl Lang {
    /// The report strings of this language.
    pub fn report(self) -> &'static ReportStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: ReportStrings = ReportStrings {
    title: "Passages by theme",
    passage: "passage",
    passages: "passages",
    quotes: ("“", "”"),
    undated: "undated",
    memo: "Memo",
    coder: "coded by",
    no_passages: "No passage is tagged with this theme.",
    themes_actors: "Themes × actors",
    themes_actors_help: "Passages of each theme that name each actor (the actors named most often).",
    themes_themes: "Themes × themes",
    themes_themes_help: "Passages of one theme that overlap a passage of the other.",
    theme: "Theme",
    themes_by: "Themes by",
    themes_by_help: "Passages of each theme in the articles with each value of this attribute.",
    generated: "Written by Vigie from the project",
};

pub static FR: ReportStrings = ReportStrings {
    title: "Passages par thème",
    passage: "passage",
    passages: "passages",
    quotes: ("« ", " »"),
    undated: "sans date",
    memo: "Mémo",
    coder: "codé par",
    no_passages: "Aucun passage n’est étiqueté avec ce thème.",
    themes_actors: "Thèmes × acteurs",
    themes_actors_help: "Passages de chaque thème qui nomment chaque acteur (les acteurs les plus cités).",
    themes_themes: "Thèmes × thèmes",
    themes_themes_help: "Passages d’un thème qui chevauchent un passage de l’autre.",
    theme: "Thème",
    themes_by: "Thèmes par",
    themes_by_help: "Passages de chaque thème dans les articles de chaque valeur de cet attribut.",
    generated: "Écrit par Vigie à partir du projet",
};
