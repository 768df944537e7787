//! The UI's languages: every visible string of the app, in French and English.
//!
//! Views never write a literal: they ask [`Lang::tr`] for the [`Strings`] of the current
//! language. The default language follows the system's (`sys-locale`).

use crate::extract::{EntityKind, FigureKind};

pub mod autocode;
pub mod browser;
pub mod charts;
pub mod correct;
pub mod edit;
pub mod errors;
pub mod files;
pub mod interchange;
pub mod kinds;
pub mod left_out;
pub mod report;
pub mod select;
pub mod stripes;
pub mod tags;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Fr,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The strings of this language.
    pub fn tr(self) -> &'static Strings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    /// Short code shown on the language switch.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "FR",
            Lang::En => "EN",
        }
    }

    /// The language of a POSIX locale name ("fr_FR.UTF-8", "en_US", "C"), if it is one we have.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let l = locale.trim().to_ascii_lowercase();
        if l.starts_with("fr") {
            Some(Lang::Fr)
        } else if l.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language named by `s` ("fr", "fr_FR.UTF-8", "en"): French for `fr…`, else English
    /// (what `vigie chart --lang` and chart labels read).
    pub fn parse(s: &str) -> Lang {
        Lang::from_locale(s).unwrap_or_default()
    }

    /// The language of the system, through `sys-locale`: the user's UI language on Windows
    /// and macOS (where a GUI app has no locale environment), `LC_ALL`, `LC_MESSAGES` or `LANG`
    /// elsewhere; English when unknown.
    pub fn from_env() -> Lang {
        sys_locale::get_locale()
            .and_then(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }
}

/// Every string of the interface in one language.
#[derive(Debug)]
pub struct Strings {
    pub articles: &'static str,
    pub in_corpus: &'static str,
    pub undated: &'static str,
    pub actors: &'static str,
    pub figures: &'static str,
    /// Singular forms, for a count of one.
    pub actor_one: &'static str,
    pub figure_one: &'static str,
    pub no_article: &'static str,
    pub legend: &'static str,
    pub figure_sample: &'static str,
    pub figure_legend_hover: &'static str,
    pub toggle_hover: &'static str,
    pub light: &'static str,
    pub dark: &'static str,
    pub language: &'static str,
    pub kinds: [&'static str; 6],
    pub figure_kinds: [&'static str; 4],
    pub figure: &'static str,
    pub actor: &'static str,
    pub no_actor: &'static str,
    pub in_totals: &'static str,
    /// "Role" of a money figure, and the names of the five roles (spend, funding, valuation,
    /// revenue, other).
    pub role: &'static str,
    pub roles: [&'static str; 5],
    pub counterpart: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub mentions_in_corpus: &'static str,
    pub mention_in_corpus: &'static str,
    pub mention: &'static str,
    pub click_for_mentions: &'static str,
    pub mentions_of: &'static str,
    pub close: &'static str,
    pub more: &'static str,
    pub search: &'static str,
    pub search_hint: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub no_hit: &'static str,
    pub of: &'static str,
    pub article_text: &'static str,
    pub copy: &'static str,
    /// Decimal separator and wording of scaled values.
    pub billion: &'static str,
    pub million: &'static str,
    pub trillion: &'static str,
}

impl Strings {
    /// Name of an entity kind (legend, tooltips).
    pub fn kind(&self, kind: EntityKind) -> &'static str {
        let i = EntityKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.kinds[i]
    }

    /// Name of a figure kind.
    pub fn figure_kind(&self, kind: FigureKind) -> &'static str {
        match kind {
            FigureKind::Money => self.figure_kinds[0],
            FigureKind::Chips => self.figure_kinds[1],
            FigureKind::Power => self.figure_kinds[2],
            FigureKind::Flops => self.figure_kinds[3],
        }
    }

    /// Name of a money figure's role.
    pub fn role_name(&self, role: crate::extract::Role) -> &'static str {
        let i = crate::extract::Role::ALL
            .iter()
            .position(|r| *r == role)
            .unwrap_or(4);
        self.roles[i]
    }

    /// `n actors` / `1 actor`.
    pub fn actors_n(&self, n: usize) -> String {
        counted(n, self.actor_one, self.actors)
    }

    /// `n figures` / `1 figure`.
    pub fn figures_n(&self, n: usize) -> String {
        counted(n, self.figure_one, self.figures)
    }

    /// "n of N" for the search counter.
    pub fn n_of(&self, n: usize, total: usize) -> String {
        format!("{n} {} {total}", self.of)
    }
}

/// `n` and the noun: singular for one, plural otherwise.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub static EN: Strings = Strings {
    articles: "Articles",
    in_corpus: "in the corpus",
    undated: "undated",
    actors: "actors",
    figures: "figures",
    actor_one: "actor",
    figure_one: "figure",
    no_article: "No article.",
    legend: "Legend:",
    figure_sample: "12 M€ figure",
    figure_legend_hover: "Money, chips, power or compute figure: bold, underlined",
    toggle_hover: "Click to show or hide these highlights",
    light: "Light",
    dark: "Dark",
    language: "Language",
    kinds: kinds::KIND_NAMES_EN,
    figure_kinds: ["Money", "Chips", "Power", "Compute"],
    figure: "figure",
    actor: "Actor",
    no_actor: "no actor",
    in_totals: "In totals",
    role: "Role",
    roles: ["spend", "funding raised", "valuation", "revenue", "other"],
    counterpart: "Other side",
    yes: "yes",
    no: "no",
    mentions_in_corpus: "mentions in the corpus",
    mention_in_corpus: "mention in the corpus",
    mention: "mention",
    click_for_mentions: "Click to list every mention",
    mentions_of: "Mentions of",
    close: "Close",
    more: "more not shown",
    search: "Search",
    search_hint: "Search the corpus (Ctrl+F)",
    previous: "Previous",
    next: "Next",
    no_hit: "no hit",
    of: "of",
    copy: "Copy",
    article_text: "Article text",
    billion: "billion",
    million: "million",
    trillion: "trillion",
};

pub static FR: Strings = Strings {
    articles: "Articles",
    in_corpus: "dans le corpus",
    undated: "sans date",
    actors: "acteurs",
    figures: "chiffres",
    actor_one: "acteur",
    figure_one: "chiffre",
    no_article: "Aucun article.",
    legend: "Légende :",
    figure_sample: "chiffre 12 M€",
    figure_legend_hover: "Montant, puces, puissance ou calcul : gras, souligné",
    toggle_hover: "Cliquer pour afficher ou masquer ces surlignages",
    light: "Clair",
    dark: "Sombre",
    language: "Langue",
    kinds: kinds::KIND_NAMES_FR,
    figure_kinds: ["Montant", "Puces", "Puissance", "Calcul"],
    figure: "chiffre",
    actor: "Acteur",
    no_actor: "aucun acteur",
    in_totals: "Compté dans les totaux",
    role: "Rôle",
    roles: [
        "dépense",
        "financement reçu",
        "valorisation",
        "revenus",
        "autre",
    ],
    counterpart: "Contrepartie",
    yes: "oui",
    no: "non",
    mentions_in_corpus: "mentions dans le corpus",
    mention_in_corpus: "mention dans le corpus",
    mention: "mention",
    click_for_mentions: "Cliquer pour lister toutes les mentions",
    mentions_of: "Mentions de",
    close: "Fermer",
    more: "autres non affichées",
    search: "Rechercher",
    search_hint: "Rechercher dans le corpus (Ctrl+F)",
    previous: "Précédent",
    next: "Suivant",
    no_hit: "aucun résultat",
    of: "sur",
    copy: "Copier",
    article_text: "Texte de l'article",
    billion: "milliards",
    million: "millions",
    trillion: "billions",
};

/// The name an actor is shown under in `lang`: its English name in English when the lexicon
/// has one, else its identity (the lexicon's canonical name).
pub fn actor_name<'a>(
    lexicon: &'a crate::extract::Lexicon,
    canonical: &'a str,
    lang: Lang,
) -> &'a str {
    match lang {
        Lang::En => lexicon.english_name(canonical).unwrap_or(canonical),
        Lang::Fr => canonical,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_pick_a_language() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C"), None);
        assert_eq!(Lang::from_locale(""), None);
    }

    #[test]
    fn french_kind_names() {
        let names: Vec<&str> = EntityKind::ALL.iter().map(|k| FR.kind(*k)).collect();
        assert_eq!(
            names,
            [
                "Personne",
                "Entreprise",
                "Lieu",
                "Institution",
                "Projet",
                "Produit"
            ]
        );
        assert_eq!(EN.kind(EntityKind::Company), "Company");
        assert_eq!(FR.n_of(2, 7), "2 sur 7");
    }
}
