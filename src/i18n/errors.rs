//! Errors worded in the interface language: the core keeps its errors typed (and English for
//! the command line); the app words them here before the analyst sees them.

use super::Lang;
use crate::corpus::{DecodeError, FormatError, Unreadable};
use crate::project::OpenError;
use std::path::PathBuf;

/// Why a file gave no article, in `lang`.
pub fn unreadable(r: &Unreadable, lang: Lang) -> String {
    if lang == Lang::En {
        return r.to_string();
    }
    match r {
        Unreadable::Io(d) => format!("lecture impossible\u{a0}: {d}"),
        Unreadable::Folder(d) => format!("impossible de lister le dossier\u{a0}: {d}"),
        Unreadable::Decode(DecodeError::Empty) => "fichier vide".into(),
        Unreadable::Decode(DecodeError::Binary) => {
            "pas un fichier texte (données binaires, ni UTF-8 ni Latin-1)".into()
        }
        Unreadable::Decode(DecodeError::TooLarge(mb)) => {
            format!("plus de 50\u{a0}Mo ({mb}\u{a0}Mo)")
        }
        Unreadable::NoText => "aucun texte d’article dans cette page web".into(),
        Unreadable::NotBundled(n) => format!("{n} n’est pas fourni avec cette version de Vigie"),
        Unreadable::Format(e) => format_error(e),
        Unreadable::NotAnArticle => lang.files().not_an_article.into(),
        Unreadable::NotAFile => {
            "pas un fichier ordinaire (un périphérique, un tube ou un socket)".into()
        }
        Unreadable::Outside => "hors du dossier du projet\u{a0}: pas lu sans votre accord".into(),
        Unreadable::Cancelled => "pas lu\u{a0}: la lecture a été annulée".into(),
        Unreadable::Internal => {
            "erreur interne pendant l’analyse de cet article (merci de la signaler)".into()
        }
    }
}

/// Why a PDF or Word file gave no article, in French.
fn format_error(e: &FormatError) -> String {
    match e {
        FormatError::Pdf(d) => format!("PDF illisible ({d})"),
        FormatError::Docx(d) => format!("document Word illisible ({d})"),
        FormatError::Encrypted => "PDF protégé par un mot de passe".into(),
        FormatError::NoTextLayer => {
            "aucune couche de texte dans ce PDF (un document numérisé\u{a0}? \
             Vigie ne lit pas le texte des images)"
                .into()
        }
        FormatError::NoText => "aucun texte dans ce document Word".into(),
        FormatError::TooManyPages(n) => format!("plus de {n}\u{a0}pages"),
        FormatError::Inflated(mb) => format!("plus de {mb}\u{a0}Mo une fois décompressé"),
        FormatError::TooDeep(n) => format!("imbriqué sur plus de {n}\u{a0}niveaux"),
    }
}

/// Why a project file could not be opened, in `lang`.
pub fn open(e: &OpenError, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    let hint = |b: &Option<PathBuf>| match b {
        Some(p) => format!(
            " Une sauvegarde de l’enregistrement précédent peut être ouverte\u{a0}: {}",
            p.display()
        ),
        None => String::new(),
    };
    match e {
        OpenError::Io {
            path,
            source,
            backup,
        } => format!(
            "Impossible de lire {}\u{a0}: {source}.{}",
            path.display(),
            hint(backup)
        ),
        OpenError::Truncated { backup } => format!(
            "Ce fichier de projet est vide ou tronqué (Vigie ou l’ordinateur s’est peut-être \
             arrêté pendant son écriture).{}",
            hint(backup)
        ),
        OpenError::Corrupt { detail, backup } => format!(
            "Ce fichier de projet est endommagé ({detail}).{}",
            hint(backup)
        ),
        OpenError::Foreign { found, backup } => format!(
            "Ce n’est pas un fichier de projet Vigie{}.{}",
            found
                .as_ref()
                .map(|f| format!(" (il se présente comme {f:?})"))
                .unwrap_or_default(),
            hint(backup)
        ),
        OpenError::Newer {
            found, supported, ..
        } => format!(
            "Ce fichier a été créé par une version plus récente de Vigie (format {found})\u{202f}; \
             cette version lit jusqu’au format {supported}. Mettez Vigie à jour pour l’ouvrir."
        ),
    }
}

/// Why the project refused an edit, in `lang`.
pub fn edit_error(e: &crate::project::EditError, lang: Lang) -> String {
    use crate::project::EditError as E;
    if lang == Lang::En {
        return e.to_string();
    }
    match e {
        E::NoTheme(id) => format!("il n’y a pas de thème d’identifiant {id}."),
        E::NoTag(id) => format!("il n’y a pas de passage étiqueté d’identifiant {id}."),
        E::NoArticle(id) => format!("il n’y a pas d’article d’identifiant {id} dans ce projet."),
        E::EmptyName => "un thème doit avoir un nom.".into(),
        E::DuplicateName(n) => format!("il y a déjà un thème nommé «\u{a0}{n}\u{a0}» ici."),
        E::TooDeep(n) => format!(
            "les thèmes ne s’emboîtent que sur un niveau\u{a0}: «\u{a0}{n}\u{a0}» est déjà \
             dans un autre thème."
        ),
        E::SelfTarget => "un thème ne peut être fusionné ni déplacé dans lui-même ou l’un de \
                          ses sous-thèmes."
            .into(),
        E::BadRange { start, end, len } => format!(
            "le passage {start}..{end} n’est pas dans l’article (il a {len}\u{a0}caractères)."
        ),
        E::DuplicateArticle => "cet article est déjà dans le projet.".into(),
        E::Category(n) => format!(
            "«\u{a0}{n}\u{a0}» est une catégorie\u{a0}: elle regroupe des thèmes et n’étiquette \
             pas de passage elle-même."
        ),
        E::NoSeed(n) => format!("«\u{a0}{n}\u{a0}» n’est pas un des articles fournis avec Vigie."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_words_every_reason_and_english_keeps_the_core_wording() {
        let all = [
            Unreadable::Io("No such file".into()),
            Unreadable::Folder("denied".into()),
            Unreadable::Decode(DecodeError::Empty),
            Unreadable::Decode(DecodeError::Binary),
            Unreadable::Decode(DecodeError::TooLarge(51)),
            Unreadable::NoText,
            Unreadable::NotBundled("x.txt".into()),
            Unreadable::NotAnArticle,
            Unreadable::Internal,
            Unreadable::Format(FormatError::Pdf("xref".into())),
            Unreadable::Format(FormatError::Docx("zip".into())),
            Unreadable::Format(FormatError::Encrypted),
            Unreadable::Format(FormatError::NoTextLayer),
            Unreadable::Format(FormatError::NoText),
            Unreadable::Format(FormatError::TooManyPages(2000)),
            Unreadable::Format(FormatError::Inflated(256)),
            Unreadable::Format(FormatError::TooDeep(256)),
        ];
        for r in &all {
            assert_eq!(unreadable(r, Lang::En), r.to_string());
            let fr = unreadable(r, Lang::Fr);
            assert_ne!(fr, r.to_string(), "{r:?} has a French wording");
        }
        let e = OpenError::Corrupt {
            detail: "ligne 3".into(),
            backup: Some(PathBuf::from("/p/a.vigie.bak")),
        };
        assert!(open(&e, Lang::Fr).starts_with("Ce fichier de projet est endommagé (ligne 3)."));
        assert!(open(&e, Lang::Fr).contains("/p/a.vigie.bak"));
        assert!(open(&e, Lang::En).starts_with("This project file is damaged"));
    }
}
