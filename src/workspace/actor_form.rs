//! The form that declares an actor for the project's lexicon, as data: what the analyst is
//! typing and the actor it describes (`ui::actor_form` draws it).

use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;

/// What the analyst is typing.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorForm {
    pub canonical: String,
    pub en: String,
    pub kind: EntityKind,
    /// One alias per line.
    pub aliases: String,
}

impl ActorForm {
    /// A form for a new actor named `name` (also its first alias).
    pub fn declare(name: &str, kind: EntityKind) -> ActorForm {
        ActorForm {
            canonical: name.trim().to_string(),
            en: String::new(),
            kind,
            aliases: name.trim().to_string(),
        }
    }

    /// The actor the form describes (`None` while the name is empty).
    pub fn actor(&self) -> Option<Actor> {
        let canonical = self.canonical.trim();
        if canonical.is_empty() {
            return None;
        }
        let mut aliases: Vec<String> = Vec::new();
        for a in self
            .aliases
            .lines()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            if !aliases.iter().any(|x| x == a) {
                aliases.push(a.to_string());
            }
        }
        let en = self.en.trim();
        Some(Actor {
            canonical: canonical.to_string(),
            en: (!en.is_empty()).then(|| en.to_string()),
            kind: self.kind,
            aliases,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_trims_and_dedupes() {
        let mut f = ActorForm::declare("  Mistral AI ", EntityKind::Company);
        f.aliases.push_str("\n\nMistral\n Mistral AI\n");
        f.en = "  ".into();
        let a = f.actor().expect("named");
        assert_eq!(a.canonical, "Mistral AI");
        assert_eq!(a.aliases, ["Mistral AI", "Mistral"]);
        assert_eq!(a.en, None);
        f.canonical = " ".into();
        assert_eq!(f.actor(), None);
    }
}
