//! The engine's actors as a code branch of an export ("Actors ▸ Company ▸ OpenAI"), each actor
//! code in its kind's colour (the reader's and the charts' hue), marked so that an import skips it.

use super::ENGINE_MARK;
use super::xml::Code;
use crate::extract::{Entity, EntityKind};
use crate::project::{Rgb, derived_guid};
use std::collections::BTreeMap;

/// The engine's "Actors ▸ Kind ▸ Actor" codes, gathered while mentions are written.
#[derive(Default)]
pub(super) struct ActorBranch {
    /// kind name → (its colour, actor name → code GUID).
    kinds: BTreeMap<String, (Rgb, BTreeMap<String, String>)>,
}

impl ActorBranch {
    /// The code GUID of a mention's actor (created on first use).
    pub(super) fn code(&mut self, project: &str, e: &Entity) -> String {
        let kind = kind_name(e.kind.as_str());
        let guid = derived_guid(project, &format!("engine:actor:{kind}:{}", e.canonical));
        self.kinds
            .entry(kind)
            .or_insert_with(|| (colour(e.kind), BTreeMap::new()))
            .1
            .entry(e.canonical.clone())
            .or_insert(guid)
            .clone()
    }

    pub(super) fn into_code(self, project: &str) -> Option<Code> {
        if self.kinds.is_empty() {
            return None;
        }
        let children = self
            .kinds
            .into_iter()
            .map(|(kind, (rgb, actors))| Code {
                guid: derived_guid(project, &format!("engine:kind:{kind}")),
                codable: false,
                color: Some(rgb),
                description: None,
                notes: Vec::new(),
                children: actors
                    .into_iter()
                    .map(|(name, guid)| Code {
                        guid,
                        name,
                        codable: true,
                        color: Some(rgb),
                        description: None,
                        notes: Vec::new(),
                        children: Vec::new(),
                    })
                    .collect(),
                name: kind,
            })
            .collect();
        Some(Code {
            guid: derived_guid(project, "engine:actors"),
            name: "Actors".into(),
            codable: false,
            color: Some(Rgb(0x99, 0x99, 0x99)),
            description: Some(format!(
                "Actors found by Vigie's engine, with the analyst's corrections; not themes. \
                 {ENGINE_MARK}"
            )),
            notes: Vec::new(),
            children,
        })
    }
}

/// `company` → `Company`.
fn kind_name(kind: &str) -> String {
    let mut c = kind.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A kind's hue, as the reader and the charts show it.
fn colour(kind: EntityKind) -> Rgb {
    let [r, g, b] = crate::chart::svg::kind_rgb(Some(kind));
    Rgb(r, g, b)
}
