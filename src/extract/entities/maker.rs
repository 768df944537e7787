//! "Nvidia H200", "AMD MI300X", "OpenAI GPT-5": a model named after its maker names two actors,
//! the maker (a known company) and the model. The stages read the model's whole name as one
//! product (the maker there is a supplier, no candidate owner); the names the text writes list
//! both.

use crate::extract::{EntityHit, EntityKind, Lexicon};

/// The maker opening the product `e`'s name (a known company, one space, then a model's
/// letters and digits: "H200", "B300", "MI300X"), as a name of its own.
pub fn maker_of<'a>(s: &str, lexicon: &'a Lexicon, e: &EntityHit) -> Option<EntityHit<'a>> {
    if e.kind != EntityKind::Product {
        return None;
    }
    let (first, model) = s.get(e.span.clone())?.split_once(' ')?;
    let model = model.split(' ').next().unwrap_or_default();
    if !(model.contains(|c: char| c.is_ascii_digit())
        && model.contains(|c: char| c.is_ascii_alphabetic()))
    {
        return None;
    }
    let hit = lexicon.matcher().find(first).into_iter().next()?;
    let actor = lexicon.actors().get(hit.actor)?;
    (hit.span == (0..first.len()) && actor.kind == EntityKind::Company).then(|| EntityHit {
        span: e.span.start..e.span.start + first.len(),
        canonical: actor.canonical.as_str(),
        kind: EntityKind::Company,
        from_lexicon: true,
    })
}
