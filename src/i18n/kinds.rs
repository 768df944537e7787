//! The names of the actor kinds in each language: shared by the app's legend and chart labels.

/// Names of the actor kinds, in `EntityKind::ALL` order (also the app's legend).
pub const KIND_NAMES_EN: [&str; 6] = [
    "Person",
    "Company",
    "Place",
    "Institution",
    "Project",
    "Product",
];
pub const KIND_NAMES_FR: [&str; 6] = [
    "Personne",
    "Entreprise",
    "Lieu",
    "Institution",
    "Projet",
    "Produit",
];
