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
    // (The State itself, not "État de New York".)
    let Some(state) = entities.iter().position(|e| {
        matches!(
            e.canonical,
            "État" | "Etat" | "État français" | "Etat français"
        )
    }) else {
        return;
    };
    for (j, f) in figures.iter().enumerate() {
        if actors[j].is_some() || f.kind != FigureKind::Money || looks.forecast(f.span.start) {
            continue;
        }
        // The words of a budget near the amount, in its sentence: before it in its stretch
        // ("les crédits de paiement … atteignent"), or right after it ("d'argent public");
        // not denied ("sans dépense publique").
        let sent = sents.around(f.span.start);
        let a = s.floor_char_boundary(sent.start.max(f.span.start.saturating_sub(80)));
        let b = s.floor_char_boundary(sent.end.min(f.span.end + 40));
        if with_lower(&s[a..b], |l| {
            PUBLIC_MONEY.iter().any(|w| l.contains(w))
                && !l.contains("sans ")
                && !l.contains("selon")
        }) {
            actors[j] = Some(state);
            looks.note_settled(f.span.start);
        }
    }
}
