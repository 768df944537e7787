//! Entity stage: finds actors (lexicon matches and unknown proper nouns classified by context).

use super::{EntityHit, Lexicon, NormText};

/// Every entity mention in the text, sorted by start, non-overlapping.
pub fn find(_text: &NormText, _lexicon: &Lexicon) -> Vec<EntityHit> {
    Vec::new()
}
