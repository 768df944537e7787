//! What a `.qdpx` import or export left out, worded in the analyst's language: the core lists
//! it as data ([`LeftOut`]), the report window and Problems list word it here, the command line
//! in English.

use super::Lang;
use super::errors::unreadable;
use crate::corpus::Unreadable;
use crate::interchange::qdpx::{LeftOut, SourceWhy};

impl Lang {
    /// One line of an import or export report: what was left out, and why.
    pub fn left_out(self, item: &LeftOut) -> String {
        match self {
            Lang::En => en(item),
            Lang::Fr => fr(item),
        }
    }
}

/// The path from a code's top-level ancestor to its parent, and that ancestor.
fn path_and_top(path: &[String]) -> (String, &str) {
    (
        path.join(" ▸ "),
        path.first().map(String::as_str).unwrap_or_default(),
    )
}

fn en(item: &LeftOut) -> String {
    let n = |forms: [&str; 2], n: usize| Lang::En.count(forms, n);
    match item {
        LeftOut::Cases(k) => n(["{n} case", "{n} cases"], *k),
        LeftOut::Sets(k) => n(["{n} set", "{n} sets"], *k),
        LeftOut::Links(k) => n(["{n} link", "{n} links"], *k),
        LeftOut::Graphs(k) => n(["{n} graph", "{n} graphs"], *k),
        LeftOut::FreeNotes(k) => n(
            [
                "{n} note not attached to a passage, a source or a code (journals, memos on \
                 the project)",
                "{n} notes not attached to a passage, a source or a code (journals, memos on \
                 the project)",
            ],
            *k,
        ),
        LeftOut::CategoryFlattened { name, path } => {
            let (path, top) = path_and_top(path);
            format!(
                "category {name:?} (in {path}): Vigie nests themes one level deep; its codes go \
                 under {top:?}"
            )
        }
        LeftOut::CodeRaised { name, path } => {
            let (path, top) = path_and_top(path);
            format!(
                "code {name:?} (in {path}): Vigie nests themes one level deep; it becomes a \
                 sub-theme of {top:?}"
            )
        }
        LeftOut::CodebookCategoryFlattened { name } => format!(
            "category {name:?}: Vigie nests themes one level deep; its codes go one level up"
        ),
        LeftOut::CodebookCodeRaised { name } => {
            format!("code {name:?}: Vigie nests themes one level deep; it becomes a sub-theme")
        }
        LeftOut::ThemeKept { name } => {
            format!("theme {name:?}: already in the codebook, kept as it is")
        }
        LeftOut::Source {
            label,
            why,
            passages,
        } => {
            let why = match why {
                SourceWhy::NotText(what) => format!(
                    "a {what} source is not plain text (only plain-text sources are imported)"
                ),
                SourceWhy::Missing(file) => {
                    format!("its text ({file}) is missing from the archive")
                }
                SourceWhy::External(p) => format!(
                    "its text is outside the archive ({p}); only internal sources are imported"
                ),
                SourceWhy::NoPlainText => {
                    "it has no plain-text version (rich text only is not imported)".into()
                }
                SourceWhy::Decode(e) => e.to_string(),
            };
            let lost = match passages {
                0 => String::new(),
                k => format!(
                    " ({})",
                    n(
                        [
                            "{n} coded passage not imported",
                            "{n} coded passages not imported"
                        ],
                        *k
                    )
                ),
            };
            format!("{label}: {why}{lost}")
        }
        LeftOut::Representation { label, kind } => {
            format!("{label}: a {kind} source, imported as its plain-text representation")
        }
        LeftOut::CodedOutsideText {
            label,
            passages,
            kind,
        } => {
            let on = kind.as_deref().unwrap_or("source");
            let coded = n(["{n} passage coded", "{n} passages coded"], *passages);
            format!("{label}: {coded} on the {on} itself (not in its text)")
        }
        LeftOut::WholeSourceCodings { label, codings } => {
            let codings = n(["{n} coding", "{n} codings"], *codings);
            format!("{label}: {codings} of the whole source (Vigie tags passages)")
        }
        LeftOut::PassageOutside {
            label,
            start,
            end,
            quote,
        } => format!("{label}: passage {start}..{end} {quote:?} is not inside the text"),
        LeftOut::UnknownCode { label, quote } => {
            format!("{label}: a coding of {quote:?} refers to a code that is not in the codebook")
        }
        LeftOut::CodingOfCategory {
            label,
            quote,
            category,
        } => format!(
            "{label}: a coding of {quote:?} with the category {category:?} (categories are not \
             tags)"
        ),
        LeftOut::EngineMentions(k) => n(
            [
                "{n} engine mention (the \"Actors\" codes Vigie exports; the engine finds it \
                 again)",
                "{n} engine mentions (the \"Actors\" codes Vigie exports; the engine finds them \
                 again)",
            ],
            *k,
        ),
        LeftOut::TextUnread { label, tags: 0 } => format!("{label}: its text could not be read"),
        LeftOut::TextUnread { label, tags } => format!(
            "{label}: its text could not be read ({})",
            n(["{n} tag left out", "{n} tags left out"], *tags)
        ),
        LeftOut::TagNotFound { quote, label } => {
            format!("tag {quote:?} in {label}: not found in the article's text")
        }
        LeftOut::TagWithoutTheme { quote, label } => {
            format!("tag {quote:?} in {label}: its theme is not in the codebook")
        }
        LeftOut::TagsWithoutArticle(k) => n(
            [
                "{n} tag whose article is not in the project",
                "{n} tags whose article is not in the project",
            ],
            *k,
        ),
        LeftOut::GuidsReplaced(k) => n(
            [
                "{n} GUID shared by several elements was replaced by a new one (each element \
                 needs its own)",
                "{n} GUIDs shared by several elements were replaced by new ones (each element \
                 needs its own)",
            ],
            *k,
        ),
    }
}

/// A name or a quote between French quotation marks (line breaks and other control
/// characters shown escaped, as the English wording does).
fn q(s: &str) -> String {
    let mut out = String::from("«\u{a0}");
    for c in s.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out.push_str("\u{a0}»");
    out
}

/// "Vigie n’emboîte les thèmes que sur un niveau".
const ONE_LEVEL: &str = "Vigie n’emboîte les thèmes que sur un niveau";

fn fr(item: &LeftOut) -> String {
    let n = |forms: [&str; 2], n: usize| Lang::Fr.count(forms, n);
    match item {
        LeftOut::Cases(k) => n(["{n}\u{a0}cas", "{n}\u{a0}cas"], *k),
        LeftOut::Sets(k) => n(["{n}\u{a0}ensemble", "{n}\u{a0}ensembles"], *k),
        LeftOut::Links(k) => n(["{n}\u{a0}lien", "{n}\u{a0}liens"], *k),
        LeftOut::Graphs(k) => n(["{n}\u{a0}graphe", "{n}\u{a0}graphes"], *k),
        LeftOut::FreeNotes(k) => n(
            [
                "{n}\u{a0}note rattachée ni à un passage, ni à une source, ni à un code \
                 (journaux, mémos sur le projet)",
                "{n}\u{a0}notes rattachées ni à un passage, ni à une source, ni à un code \
                 (journaux, mémos sur le projet)",
            ],
            *k,
        ),
        LeftOut::CategoryFlattened { name, path } => {
            let (path, top) = path_and_top(path);
            format!(
                "catégorie {} (dans {path})\u{a0}: {ONE_LEVEL}\u{202f}; ses codes vont sous {}",
                q(name),
                q(top)
            )
        }
        LeftOut::CodeRaised { name, path } => {
            let (path, top) = path_and_top(path);
            format!(
                "code {} (dans {path})\u{a0}: {ONE_LEVEL}\u{202f}; il devient un sous-thème \
                 de {}",
                q(name),
                q(top)
            )
        }
        LeftOut::CodebookCategoryFlattened { name } => format!(
            "catégorie {}\u{a0}: {ONE_LEVEL}\u{202f}; ses codes remontent d’un niveau",
            q(name)
        ),
        LeftOut::CodebookCodeRaised { name } => format!(
            "code {}\u{a0}: {ONE_LEVEL}\u{202f}; il devient un sous-thème",
            q(name)
        ),
        LeftOut::ThemeKept { name } => format!(
            "thème {}\u{a0}: déjà dans le livre de codes, gardé tel quel",
            q(name)
        ),
        LeftOut::Source {
            label,
            why,
            passages,
        } => {
            let why = match why {
                SourceWhy::NotText(what) => format!(
                    "une source {what} n’est pas du texte brut (seules les sources en texte \
                     brut sont importées)"
                ),
                SourceWhy::Missing(file) => format!("son texte ({file}) manque dans l’archive"),
                SourceWhy::External(p) => format!(
                    "son texte est hors de l’archive ({p})\u{202f}; seules les sources \
                     internes sont importées"
                ),
                SourceWhy::NoPlainText => {
                    "elle n’a pas de version en texte brut (le texte enrichi seul n’est pas \
                     importé)"
                        .into()
                }
                SourceWhy::Decode(e) => unreadable(&Unreadable::Decode(e.clone()), Lang::Fr),
            };
            let lost = match passages {
                0 => String::new(),
                k => format!(
                    " ({})",
                    n(
                        [
                            "{n}\u{a0}passage codé non importé",
                            "{n}\u{a0}passages codés non importés"
                        ],
                        *k
                    )
                ),
            };
            format!("{label}\u{a0}: {why}{lost}")
        }
        LeftOut::Representation { label, kind } => {
            format!("{label}\u{a0}: source {kind}, importée sous sa forme en texte brut")
        }
        LeftOut::CodedOutsideText {
            label,
            passages,
            kind,
        } => {
            let coded = n(
                ["{n}\u{a0}passage codé", "{n}\u{a0}passages codés"],
                *passages,
            );
            let on = match kind {
                Some(kind) => format!("sur le document {kind} lui-même"),
                None => "sur la source elle-même".into(),
            };
            format!("{label}\u{a0}: {coded} {on} (pas dans son texte)")
        }
        LeftOut::WholeSourceCodings { label, codings } => {
            let codings = n(["{n}\u{a0}codage", "{n}\u{a0}codages"], *codings);
            format!("{label}\u{a0}: {codings} de la source entière (Vigie étiquette des passages)")
        }
        LeftOut::PassageOutside {
            label,
            start,
            end,
            quote,
        } => format!(
            "{label}\u{a0}: le passage {start}..{end} {} n’est pas dans le texte",
            q(quote)
        ),
        LeftOut::UnknownCode { label, quote } => format!(
            "{label}\u{a0}: un codage de {} renvoie à un code absent du livre de codes",
            q(quote)
        ),
        LeftOut::CodingOfCategory {
            label,
            quote,
            category,
        } => format!(
            "{label}\u{a0}: un codage de {} avec la catégorie {} (une catégorie n’étiquette pas \
             de passage)",
            q(quote),
            q(category)
        ),
        LeftOut::EngineMentions(k) => n(
            [
                "{n}\u{a0}mention du moteur (les codes «\u{a0}Actors\u{a0}» qu’exporte \
                 Vigie\u{202f}; le moteur la retrouve)",
                "{n}\u{a0}mentions du moteur (les codes «\u{a0}Actors\u{a0}» qu’exporte \
                 Vigie\u{202f}; le moteur les retrouve)",
            ],
            *k,
        ),
        LeftOut::TextUnread { label, tags: 0 } => {
            format!("{label}\u{a0}: son texte n’a pas pu être lu")
        }
        LeftOut::TextUnread { label, tags } => format!(
            "{label}\u{a0}: son texte n’a pas pu être lu ({})",
            n(
                [
                    "{n}\u{a0}passage étiqueté laissé de côté",
                    "{n}\u{a0}passages étiquetés laissés de côté"
                ],
                *tags
            )
        ),
        LeftOut::TagNotFound { quote, label } => format!(
            "passage étiqueté {} dans {label}\u{a0}: introuvable dans le texte de l’article",
            q(quote)
        ),
        LeftOut::TagWithoutTheme { quote, label } => format!(
            "passage étiqueté {} dans {label}\u{a0}: son thème n’est pas dans le livre de codes",
            q(quote)
        ),
        LeftOut::TagsWithoutArticle(k) => n(
            [
                "{n}\u{a0}passage étiqueté dont l’article n’est pas dans le projet",
                "{n}\u{a0}passages étiquetés dont l’article n’est pas dans le projet",
            ],
            *k,
        ),
        LeftOut::GuidsReplaced(k) => n(
            [
                "{n}\u{a0}GUID partagé par plusieurs éléments a été remplacé par un nouveau \
                 (chaque élément doit avoir le sien)",
                "{n}\u{a0}GUID partagés par plusieurs éléments ont été remplacés par de \
                 nouveaux (chaque élément doit avoir le sien)",
            ],
            *k,
        ),
    }
}

#[cfg(test)]
mod tests;
