//! Public money with no owner named in its sentence ("2,8 milliards d'euros d'argent public",
//! "les crédits de paiement consacrés à l'IA atteignent 1,18 milliard"): the State's, when the
//! text names it ("l'État") anywhere.

use super::look::Looks;
use crate::extract::{EntityHit, FigureHit, FigureKind};
use crate::text::{NormText, SentenceIndex, with_lower};

/// Words of a State's budget.
const PUBLIC_MONEY: &[&str] = &[
    "argent public",
    "fonds publics",
    "crédits publics",
    "deniers publics",
    "crédits de paiement",
    "autorisations d'engagement",
    "autorisations d’engagement",
    "loi de finances",
    "budget de l'état",
    "budget de l’état",
    "dépense publique",
    "public money",
    "public funds",
    "taxpayer money",
];

/// Gives the State the money figures still without an owner whose sentence speaks of a
/// State's budget, when the text names the State.
pub fn fill(
    text: &NormText,
    entities: &[EntityHit],
    figures: &[FigureHit],
    sents: &SentenceIndex,
    looks: &Looks,
    actors: &mut [Option<usize>],
) {
    let s = text.as_str();
    let Some(state) = entities.iter().position(|e| {
        let c = e.canonical;
        c == "État" || c == "Etat" || c.starts_with("État ") || c.starts_with("Etat ")
    }) else {
        return;
    };
    for (j, f) in figures.iter().enumerate() {
        if actors[j].is_some() || f.kind != FigureKind::Money || looks.forecast(f.span.start) {
            continue;
        }
        let sent = sents.around(f.span.start);
        if with_lower(&s[sent], |l| PUBLIC_MONEY.iter().any(|w| l.contains(w))) {
            actors[j] = Some(state);
            looks.note_settled(f.span.start);
        }
    }
}
