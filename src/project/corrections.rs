//! Editing and applying the analyst's corrections to the engine (see [`Correction`]), and the
//! project's lexicon additions.

pub use super::correction::{Correction, SpanKey};
use super::errors::EditError;
use super::ids::ArticleId;
use super::model::Book;
use super::supersede::Decision;
use crate::extract::lexicon::Actor;
use crate::extract::{EntityKind, Extraction, Figure, Lexicon};

/// What [`Book::apply`] did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ApplyReport {
    pub applied: usize,
    /// Corrections for this article whose figure or entity is no longer found.
    pub stale: Vec<Correction>,
}

impl Book {
    /// Says who a figure belongs to (replaces an earlier correction of the same figure).
    /// An earlier owner given to the figure is recorded as replaced.
    pub fn set_figure_actor(&mut self, at: SpanKey, actor: Option<String>) {
        let c = Correction::FigureActor {
            at: at.clone(),
            actor,
        };
        self.replace_figure_correction(
            c,
            |x| matches!(x, Correction::FigureActor { at: a, .. } if *a == at),
        );
    }

    /// Includes or excludes a figure from totals (replaces an earlier choice for it).
    pub fn set_figure_in_totals(&mut self, at: SpanKey, in_totals: bool) {
        let c = Correction::FigureTotals {
            at: at.clone(),
            in_totals,
        };
        self.replace_figure_correction(
            c,
            |x| matches!(x, Correction::FigureTotals { at: a, .. } if *a == at),
        );
    }

    /// Adds `c` in place of the corrections `same` picks; those that said otherwise are
    /// recorded as replaced by it.
    fn replace_figure_correction(&mut self, c: Correction, same: impl Fn(&Correction) -> bool) {
        if self.corrections.contains(&c) {
            return;
        }
        self.replace_corrections(&Decision::Correction(c.clone()), same);
        self.corrections.push(c);
    }

    /// Marks one mention as not an entity.
    pub fn reject_entity(&mut self, at: SpanKey) {
        let c = Correction::RejectEntity { at };
        if !self.corrections.contains(&c) {
            self.corrections.push(c);
        }
    }

    /// Marks every mention of a canonical name, in every article, as not an entity.
    pub fn reject_name(&mut self, canonical: &str) {
        let c = Correction::RejectName {
            canonical: canonical.to_string(),
        };
        if !self.corrections.contains(&c) {
            self.before_rejecting_name(canonical, &Decision::Correction(c.clone()));
            self.corrections.push(c);
        }
    }

    /// Withdraws a correction; false when there was no such correction.
    pub fn remove_correction(&mut self, c: &Correction) -> bool {
        let before = self.corrections.len();
        self.corrections.retain(|x| x != c);
        self.forget_replacements_by(&Decision::Correction(c.clone()));
        self.corrections.len() != before
    }

    /// Removes an actor the analyst added to the lexicon.
    pub fn remove_actor(&mut self, canonical: &str) {
        self.lexicon_additions.retain(|a| a.canonical != canonical);
        self.forget_replacements_by(&Decision::Actor(Actor {
            canonical: canonical.to_string(),
            en: None,
            kind: EntityKind::Company,
            aliases: Vec::new(),
        }));
    }

    /// Declares an actor (or, for a canonical name already added, adds its aliases).
    pub fn declare_actor(&mut self, actor: Actor) -> Result<(), EditError> {
        let canonical = actor.canonical.trim();
        if canonical.is_empty() {
            return Err(EditError::EmptyName);
        }
        let actor = Actor {
            canonical: canonical.to_string(),
            ..actor
        };
        self.before_declaring(&actor);
        match self
            .lexicon_additions
            .iter_mut()
            .find(|a| a.canonical == actor.canonical)
        {
            Some(a) => {
                a.kind = actor.kind;
                if actor.en.is_some() {
                    a.en = actor.en;
                }
                for al in actor.aliases {
                    if !a.aliases.contains(&al) {
                        a.aliases.push(al);
                    }
                }
            }
            None => self.lexicon_additions.push(actor),
        }
        Ok(())
    }

    /// Adds an alias to an actor. `kind` is used only when the actor is in no lexicon yet (one
    /// the engine found by shape and context).
    pub fn add_alias(
        &mut self,
        canonical: &str,
        kind: EntityKind,
        alias: &str,
    ) -> Result<(), EditError> {
        let alias = alias.trim();
        if alias.is_empty() {
            return Err(EditError::EmptyName);
        }
        // An actor already added keeps its kind.
        let kind = self
            .lexicon_additions
            .iter()
            .find(|a| a.canonical == canonical)
            .map_or(kind, |a| a.kind);
        self.declare_actor(Actor {
            canonical: canonical.to_string(),
            en: None,
            kind,
            aliases: vec![alias.to_string()],
        })
    }

    /// The project's lexicon: `base` plus the actors and aliases the analyst added.
    pub fn lexicon(&self, base: &Lexicon) -> Lexicon {
        base.with_additions(&self.lexicon_additions)
    }

    /// Applies the corrections for `article` to a fresh extraction of it.
    pub fn apply(&self, article: ArticleId, ex: &mut Extraction) -> ApplyReport {
        let mut report = ApplyReport::default();
        let mut gone_names: Vec<String> = Vec::new();
        for c in &self.corrections {
            match c {
                Correction::RejectName { canonical } => {
                    let n = ex.entities.len();
                    ex.entities.retain(|e| e.canonical != *canonical);
                    if ex.entities.len() != n {
                        report.applied += 1;
                    }
                    gone_names.push(canonical.clone());
                }
                Correction::ActorKind { canonical, kind } => {
                    let mut hit = false;
                    for e in ex.entities.iter_mut().filter(|e| e.canonical == *canonical) {
                        e.kind = *kind;
                        hit = true;
                    }
                    report.applied += usize::from(hit);
                }
                Correction::RejectEntity { at } if at.article == article => {
                    let spans = ex
                        .entities
                        .iter()
                        .map(|e| (e.start, e.end, e.text.as_str()));
                    match at.find(spans) {
                        Some(i) => {
                            let e = ex.entities.remove(i);
                            if !ex.entities.iter().any(|x| x.canonical == e.canonical) {
                                gone_names.push(e.canonical);
                            }
                            report.applied += 1;
                        }
                        None => report.stale.push(c.clone()),
                    }
                }
                _ => {}
            }
        }
        for f in &mut ex.figures {
            if f.actor.as_ref().is_some_and(|a| gone_names.contains(a)) {
                f.actor = None;
            }
        }
        for c in &self.corrections {
            let (at, set): (&SpanKey, &dyn Fn(&mut Figure)) = match c {
                Correction::FigureActor { at, actor } => (at, &|f| f.actor.clone_from(actor)),
                Correction::FigureTotals { at, in_totals } => (at, &|f| f.in_totals = *in_totals),
                _ => continue,
            };
            if at.article != article {
                continue;
            }
            let spans = ex.figures.iter().map(|f| (f.start, f.end, f.text.as_str()));
            match at.find(spans) {
                Some(i) => {
                    set(&mut ex.figures[i]);
                    report.applied += 1;
                }
                None => report.stale.push(c.clone()),
            }
        }
        report
    }
}
