//! Strings of the Charts view: filters, saved charts, export, the sources of a bar.

use super::Lang;
use crate::extract::{FigureKind, Role};

#[derive(Debug)]
pub struct ChartStrings {
    pub reader: &'static str,
    pub charts: &'static str,
    pub saved: &'static str,
    pub name: &'static str,
    pub save: &'static str,
    pub delete: &'static str,
    pub load: &'static str,
    pub none_saved: &'static str,
    pub what: &'static str,
    pub kinds: [&'static str; 4],
    pub currency: &'static str,
    pub rates: &'static str,
    pub rates_date: &'static str,
    pub default_rates: &'static str,
    pub reset_rates: &'static str,
    pub themes: &'static str,
    pub articles: &'static str,
    pub all_articles: &'static str,
    pub current_article: &'static str,
    pub choose_articles: &'static str,
    pub dates: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub actor_kinds: &'static str,
    pub top: &'static str,
    pub log: &'static str,
    pub export: &'static str,
    pub no_bar: &'static str,
    pub sources_of: &'static str,
    pub not_counted: &'static str,
    /// "Claim 3" heading, then how many articles and mentions report it.
    pub claim: &'static str,
    pub reporting_articles: &'static str,
    pub mentions: &'static str,
    /// After a mention whose own actor is another (its name follows).
    pub disagrees: &'static str,
    /// Heading of the money role choice.
    pub role: &'static str,
    pub click_bar: &'static str,
    pub exported: &'static str,
    pub export_failed: &'static str,
}

impl Lang {
    /// The Charts strings of this language.
    pub fn charts(self) -> &'static ChartStrings {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

pub static EN: ChartStrings = ChartStrings {
    reader: "Reader",
    charts: "Charts",
    saved: "Saved charts",
    name: "Chart name",
    save: "Save chart",
    delete: "Delete",
    load: "Open",
    none_saved: "No saved chart yet.",
    what: "Figures",
    kinds: ["Money", "Chips", "Power (W)", "Compute (FLOP/s)"],
    currency: "Currency",
    rates: "Exchange rates",
    rates_date: "Rates date",
    default_rates: "indicative defaults: check them",
    reset_rates: "Reset to defaults",
    themes: "Themes (figures inside tagged passages)",
    articles: "Articles",
    all_articles: "All articles",
    current_article: "Only the article being read",
    choose_articles: "Choose articles",
    dates: "Article dates (YYYY-MM-DD)",
    from: "From",
    to: "To",
    actor_kinds: "Actor kinds",
    top: "Top",
    log: "Log scale",
    export: "Export",
    no_bar: "No figure matches these filters.",
    sources_of: "Figures behind",
    not_counted: "the same fact, counted once above",
    claim: "Claim",
    reporting_articles: "articles",
    mentions: "mentions",
    disagrees: "this mention gives it to",
    role: "What the money is",
    click_bar: "Click a bar (or a name below) to see the sentences behind it.",
    exported: "Chart written to",
    export_failed: "Could not export the chart",
};

pub static FR: ChartStrings = ChartStrings {
    reader: "Lecteur",
    charts: "Graphiques",
    saved: "Graphiques enregistrés",
    name: "Nom du graphique",
    save: "Enregistrer le graphique",
    delete: "Supprimer",
    load: "Ouvrir",
    none_saved: "Aucun graphique enregistré.",
    what: "Chiffres",
    kinds: ["Montants", "Puces", "Puissance (W)", "Calcul (FLOP/s)"],
    currency: "Devise",
    rates: "Taux de change",
    rates_date: "Date des taux",
    default_rates: "valeurs indicatives : à vérifier",
    reset_rates: "Revenir aux taux par défaut",
    themes: "Thèmes (chiffres dans les passages étiquetés)",
    articles: "Articles",
    all_articles: "Tous les articles",
    current_article: "Seulement l’article en lecture",
    choose_articles: "Choisir des articles",
    dates: "Dates des articles (AAAA-MM-JJ)",
    from: "Du",
    to: "Au",
    actor_kinds: "Types d’acteurs",
    top: "Premiers",
    log: "Échelle logarithmique",
    export: "Exporter",
    no_bar: "Aucun chiffre ne correspond à ces filtres.",
    sources_of: "Chiffres derrière",
    not_counted: "le même fait, compté une fois plus haut",
    claim: "Fait",
    reporting_articles: "articles",
    mentions: "mentions",
    disagrees: "cette mention l’attribue à",
    role: "Nature des montants",
    click_bar: "Cliquez une barre (ou un nom ci-dessous) pour voir les phrases sources.",
    exported: "Graphique écrit dans",
    export_failed: "Impossible d’exporter le graphique",
};

/// The title of an unsaved chart of a kind (and role, for money).
pub fn default_title(kind: FigureKind, role: Role, locale: Lang) -> String {
    let fr = locale == Lang::Fr;
    match kind {
        FigureKind::Money => match role {
            Role::Spend if fr => "Dépenses et investissements par acteur",
            Role::Spend => "Money spent and committed per actor",
            Role::Funding if fr => "Fonds levés par acteur",
            Role::Funding => "Funding raised per actor",
            Role::Valuation if fr => "Valorisation par acteur",
            Role::Valuation => "Valuation per actor",
            Role::Revenue if fr => "Chiffre d'affaires par acteur",
            Role::Revenue => "Revenue per actor",
            Role::Other if fr => "Autres montants par acteur",
            Role::Other => "Other amounts per actor",
        },
        FigureKind::Chips if fr => "Puces par acteur",
        FigureKind::Chips => "Chips per actor",
        FigureKind::Power if fr => "Capacité électrique par acteur",
        FigureKind::Power => "Power capacity per actor",
        FigureKind::Flops if fr => "Puissance de calcul par acteur",
        FigureKind::Flops => "Compute per actor",
    }
    .to_string()
}
