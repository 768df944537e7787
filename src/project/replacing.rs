//! The rules of contradicting corrections: the later one wins, and what it replaced is
//! recorded in the book (see [`Replaced`]): an actor declared after "never an entity", a
//! second kind or owner for the same thing, an alias given to another actor.

use super::correction::Correction;
use super::model::Book;
use super::supersede::{Decision, Replaced};
use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;

impl Book {
    /// The earlier decisions that `by` replaced.
    pub fn replaced_by(&self, by: &Decision) -> impl Iterator<Item = &Decision> {
        self.replaced
            .iter()
            .filter(move |r| r.by.is(by))
            .map(|r| &r.old)
    }

    fn record(&mut self, old: Decision, by: &Decision) {
        self.replaced.push(Replaced {
            old,
            by: by.clone(),
        });
    }

    /// Forgets what a withdrawn decision had replaced (the record would name nothing).
    pub(super) fn forget_replacements_by(&mut self, by: &Decision) {
        self.replaced.retain(|r| !r.by.is(by));
    }

    /// Removes the corrections `contradicts` picks, each recorded as replaced by `by`.
    pub(super) fn replace_corrections(
        &mut self,
        by: &Decision,
        contradicts: impl Fn(&Correction) -> bool,
    ) {
        let (gone, kept): (Vec<Correction>, Vec<Correction>) =
            std::mem::take(&mut self.corrections)
                .into_iter()
                .partition(|c| contradicts(c));
        self.corrections = kept;
        for c in gone {
            self.record(Decision::Correction(c), by);
        }
    }

    /// Before `actor` is declared: a name it gives was "never an entity" (withdrawn), another
    /// kind was set for it (withdrawn), another declared actor had one of its names as an
    /// alias (the alias leaves it), or it was declared with another kind (recorded).
    pub(super) fn before_declaring(&mut self, actor: &Actor) {
        let by = Decision::Actor(actor.clone());
        let names: Vec<&str> = std::iter::once(actor.canonical.as_str())
            .chain(actor.aliases.iter().map(String::as_str))
            .collect();
        self.replace_corrections(&by, |c| match c {
            Correction::RejectName { canonical } => names.contains(&canonical.as_str()),
            Correction::ActorKind { canonical, kind } => {
                *canonical == actor.canonical && *kind != actor.kind
            }
            _ => false,
        });
        let mut old = Vec::new();
        for a in &mut self.lexicon_additions {
            if a.canonical == actor.canonical {
                if a.kind != actor.kind {
                    old.push(a.clone());
                }
                continue;
            }
            if a.aliases.iter().any(|al| names.contains(&al.as_str())) {
                old.push(a.clone());
                a.aliases.retain(|al| !names.contains(&al.as_str()));
            }
        }
        for a in old {
            self.record(Decision::Actor(a), &by);
        }
    }

    /// Before `canonical` becomes "never an entity": an actor declared under that name is
    /// removed from the lexicon, and a kind set for it or a figure given to it withdrawn.
    pub(super) fn before_rejecting_name(&mut self, canonical: &str, by: &Decision) {
        self.replace_corrections(by, |c| match c {
            Correction::ActorKind { canonical: n, .. } => n == canonical,
            Correction::FigureActor { actor: Some(n), .. } => n == canonical,
            _ => false,
        });
        let (gone, kept): (Vec<Actor>, Vec<Actor>) = std::mem::take(&mut self.lexicon_additions)
            .into_iter()
            .partition(|a| a.canonical == canonical);
        self.lexicon_additions = kept;
        for a in gone {
            self.record(Decision::Actor(a), by);
        }
    }

    /// Sets the kind of every mention of `canonical` (replaces an earlier kind for it; an actor
    /// the analyst declared takes the kind too).
    pub fn set_actor_kind(&mut self, canonical: &str, kind: EntityKind) {
        let c = Correction::ActorKind {
            canonical: canonical.to_string(),
            kind,
        };
        if self.corrections.contains(&c) {
            return;
        }
        let by = Decision::Correction(c.clone());
        self.replace_corrections(
            &by,
            |x| matches!(x, Correction::ActorKind { canonical: n, .. } if n == canonical),
        );
        let mut old = None;
        if let Some(a) = self
            .lexicon_additions
            .iter_mut()
            .find(|a| a.canonical == canonical && a.kind != kind)
        {
            old = Some(a.clone());
            a.kind = kind;
        }
        if let Some(a) = old {
            self.record(Decision::Actor(a), &by);
        }
        self.corrections.push(c);
    }
}
