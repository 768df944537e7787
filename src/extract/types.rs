//! The engine's vocabulary, shared by every stage: kinds of actor and figure, the hits the
//! stages pass along (byte ranges into the normalised text), the links between figures, a money
//! figure's role, the contract's entities, figures and extraction (char offsets), and a known
//! actor of the lexicon.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// The six kinds of actor the contract knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Company,
    Place,
    Institution,
    Project,
    Product,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Company,
        EntityKind::Place,
        EntityKind::Institution,
        EntityKind::Project,
        EntityKind::Product,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Company => "company",
            EntityKind::Place => "place",
            EntityKind::Institution => "institution",
            EntityKind::Project => "project",
            EntityKind::Product => "product",
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Money,
    Chips,
    Power,
    Flops,
}

impl FigureKind {
    pub const ALL: [FigureKind; 4] = [
        FigureKind::Money,
        FigureKind::Chips,
        FigureKind::Power,
        FigureKind::Flops,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Money => "money",
            FigureKind::Chips => "chips",
            FigureKind::Power => "power",
            FigureKind::Flops => "flops",
        }
    }
}

/// An entity mention found by the entity stage, as a byte range into the [`NormText`]; its
/// canonical name borrows from the text or the lexicon (owned only in the final [`Entity`]).
#[derive(Debug, Clone, PartialEq)]
pub struct EntityHit<'a> {
    pub span: Range<usize>,
    pub canonical: &'a str,
    pub kind: EntityKind,
    /// True when the lexicon knew the actor; false when found by shape and context.
    pub from_lexicon: bool,
}

/// A figure found by the figure stage, as a byte range into the [`NormText`].
#[derive(Debug, Clone, PartialEq)]
pub struct FigureHit {
    pub span: Range<usize>,
    pub kind: FigureKind,
    pub value: f64,
    /// Set for ranges ("entre 30 et 50 milliards"); `value` is then the midpoint.
    pub value_min: Option<f64>,
    pub value_max: Option<f64>,
    /// ISO 4217 code for money, "chips", "W" or "FLOP/s".
    pub unit: String,
    /// False when the figure restates or is a part of another figure.
    pub in_totals: bool,
    /// The earlier figure this one restates or is a part of, when `in_totals` is false.
    pub link: Option<Link>,
}

/// How a figure out of totals relates to the earlier figure it details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// Index of the earlier figure in the article's figure list.
    pub of: usize,
    pub how: LinkKind,
}

/// A part ("dont", "including") or a restatement (a conversion, "soit", a later mention).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Part,
    Restates,
}

/// An entity mention in the contract's terms (char offsets into the decoded text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub canonical: String,
    pub kind: EntityKind,
}

/// A figure in the contract's terms (char offsets into the decoded text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: FigureKind,
    pub value: f64,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value_min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value_max: Option<f64>,
    pub unit: String,
    pub actor: Option<String>,
    pub in_totals: bool,
    /// What a money figure is to its actor (spend, funding, valuation, revenue, other).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<Role>,
    /// For money: the other side of the transfer, when the text names it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub counterpart: Option<String>,
    /// The earlier figure (index in the article's figure list) this one states again, when the
    /// engine linked them; not in the contract's output.
    #[serde(skip)]
    pub restates: Option<usize>,
}

/// Everything the engine found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub figures: Vec<Figure>,
}

/// What a money figure is to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Money the actor puts in or commits: investment, capex, a budget, a purchase, a cost.
    Spend,
    /// Money the actor raises or receives: a round, a grant, a loan.
    Funding,
    /// What the actor is worth.
    Valuation,
    /// What the actor earns: sales, revenue, profit, orders.
    Revenue,
    /// Anything else: a market size, a loss, a fine, a price, a sector forecast.
    Other,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Spend,
        Role::Funding,
        Role::Valuation,
        Role::Revenue,
        Role::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Spend => "spend",
            Role::Funding => "funding",
            Role::Valuation => "valuation",
            Role::Revenue => "revenue",
            Role::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// One known actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub canonical: String,
    /// The name English-language articles use, when it differs ("United States" for
    /// "États-Unis"): reported as the canonical name in English articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    pub kind: EntityKind,
    /// Other surface forms (the canonical name is always matched too).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}
