//! What the name stages read: the text, its lower-cased copy, its tokens and the cue words, with
//! the accessors every stage shares.

use super::cues::{Cues, flag};
use super::tokens::Token;
use crate::extract::EntityKind;

/// What the name stages read: the text (`'a`, which names borrowed from it outlive) and the
/// per-call tables built over it (`'w`).
pub struct Ctx<'a, 'w> {
    pub s: &'a str,
    /// `s` lower-cased char for char where that keeps the byte length (so token ranges apply).
    pub low: &'w str,
    pub toks: &'w [Token],
    pub cues: &'w Cues,
}

impl<'a, 'w> Ctx<'a, 'w> {
    pub fn lower(&self, i: usize) -> &'w str {
        let t = &self.toks[i];
        self.low.get(t.start..t.end).unwrap_or("")
    }

    pub fn text(&self, i: usize) -> &'a str {
        self.toks[i].text(self.s)
    }

    /// The [`flag`]s of token `i` (lower-cased).
    #[inline]
    pub fn flags(&self, i: usize) -> u32 {
        self.cues.flags(self.lower(i))
    }

    /// Kind announced by a head word (with these [`flag`]s) at the start of a name.
    pub fn head_kind(f: u32) -> Option<EntityKind> {
        if f & flag::INSTITUTION_HEAD != 0 {
            Some(EntityKind::Institution)
        } else if f & flag::PROJECT_HEAD != 0 {
            Some(EntityKind::Project)
        } else if f & flag::PLACE_HEAD != 0 {
            Some(EntityKind::Place)
        } else {
            None
        }
    }

    /// A compound first name, each part a first name: "Anne-Sophie", "Jean-Pierre".
    pub fn compound_first_name(&self, i: usize) -> bool {
        let t = self.text(i);
        t.contains('-')
            && t.split('-').all(|p| {
                cased_name(p) && self.cues.flags(&crate::text::lower(p)) & flag::FIRST_NAME != 0
            })
    }

    /// A double-barrelled name, "Tremblay-Okafor", "Ben-Salem": cased parts joined by hyphens
    /// (a surname only after a first name: "Rolls-Royce" is written the same way).
    pub fn compound_name(&self, i: usize) -> bool {
        let t = self.text(i);
        // ("Saint-Laurent", "Sainte-Marie": a place's or a brand's.)
        t.contains('-')
            && t.split('-').all(cased_name)
            && !t.starts_with("Saint-")
            && !t.starts_with("Sainte-")
    }

    /// A surname after an elided particle: "O'Brien", "D'Souza", "Guivarc'h".
    pub fn elided_surname(&self, i: usize) -> bool {
        let t = self.text(i);
        let mut parts = t.split(['\'', '’']);
        let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        (matches!(a, "O" | "D") && cased_name(b)) || (cased_name(a) && b == "h")
    }
}

/// A capital then lower-case letters only.
fn cased_name(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && cs.clone().next().is_some()
        && cs.all(char::is_lowercase)
}
