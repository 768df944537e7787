//! The record of a correction that a later, contradicting one replaced ([`Replaced`]): what
//! it said and what replaced it, kept in the book so that the Corrections window can say so.
//! Being part of the book, the record is saved and undone with the edit (the rules are in
//! `replacing`).

use super::correction::Correction;
use crate::extract::lexicon::Actor;
use serde::{Deserialize, Serialize};

/// One decision of the analyst: a correction, or an actor declared in the project's lexicon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Correction(Correction),
    Actor(Actor),
}

impl Decision {
    /// Whether this decision is `c` (for a correction) or the declaration of the actor
    /// `canonical` (for an actor, whatever aliases were added since).
    pub(super) fn is(&self, other: &Decision) -> bool {
        match (self, other) {
            (Decision::Correction(a), Decision::Correction(b)) => a == b,
            (Decision::Actor(a), Decision::Actor(b)) => a.canonical == b.canonical,
            _ => false,
        }
    }
}

/// An earlier decision that a later, contradicting one replaced.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Replaced {
    /// What the earlier decision said (as it was when replaced).
    pub old: Decision,
    /// The decision that replaced it.
    pub by: Decision,
}
