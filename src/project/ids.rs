//! The ids of a project's records: numeric ids within the project and GUIDs across tools.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// An article of the corpus (stable within the project).
    ArticleId
);
id_type!(
    /// A theme of the codebook.
    ThemeId
);
id_type!(
    /// A tagged passage.
    TagId
);

/// A globally unique id (UUID v4 text), kept when themes and tags travel between projects.
pub type Guid = String;

/// A fresh random GUID.
pub fn new_guid() -> Guid {
    uuid::Uuid::new_v4().to_string()
}

/// A GUID derived from `parent` (a GUID; any other text stands for one fixed namespace) and a `name`: always the same for the same pair (UUID
/// v5). Gives objects that predate persisted GUIDs, or that are not stored at all (exported
/// users, codings, engine mentions), the same GUID in every export.
pub fn derived_guid(parent: &str, name: &str) -> Guid {
    let ns = uuid::Uuid::parse_str(parent).unwrap_or(uuid::Uuid::NAMESPACE_OID);
    uuid::Uuid::new_v5(&ns, name.as_bytes()).to_string()
}
