//! Plain records the UI saves in the project: named chart specs and the view state.

use super::ids::{ArticleId, ThemeId};
use crate::extract::{EntityKind, FigureKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A saved chart: what to plot and how (drawn by the chart issue; stored here as data).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartSpec {
    pub name: String,
    pub figure_kind: FigureKind,
    /// ISO 4217 code money is converted to (money charts only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default)]
    pub filters: ChartFilters,
    /// Conversion rates into `currency`, with the date they were taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rates: Option<CurrencyRates>,
}

/// Which figures a chart keeps. Empty lists keep everything.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChartFilters {
    pub themes: Vec<ThemeId>,
    pub articles: Vec<ArticleId>,
    /// Inclusive `YYYY-MM-DD` bounds on the article date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_to: Option<String>,
    /// Undated articles pass the date bounds too (by default they are left out, and the
    /// filter says how many).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub include_undated: bool,
    pub actor_kinds: Vec<EntityKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub top_n: Option<u32>,
    pub log_scale: bool,
    /// Money charts show one role, never several summed: `None` is what actors spend.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<crate::extract::Role>,
    /// Article attributes kept, as (name, value): an article passes when, for each name listed,
    /// its value is one of those listed for that name (empty keeps every article).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<(String, String)>,
}

impl ChartFilters {
    /// The role a money chart shows (spend unless another is asked for).
    pub fn money_role(&self) -> crate::extract::Role {
        self.role.unwrap_or(crate::extract::Role::Spend)
    }

    /// Whether an article with attributes `of` passes the attribute filter: for each attribute
    /// name the filter lists, the article's value is one of the values listed for it.
    pub fn attributes_pass(&self, of: Option<&BTreeMap<String, String>>) -> bool {
        self.attributes.iter().all(|(name, _)| {
            let value = of.and_then(|a| a.get(name));
            value.is_some_and(|v| self.attributes.iter().any(|(n, w)| n == name && w == v))
        })
    }
}

/// Currency rates: one unit of each ISO code is worth `rate` units of the chart's currency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CurrencyRates {
    /// `YYYY-MM-DD` the rates were taken.
    pub date: String,
    pub rates: BTreeMap<String, f64>,
}

/// What the reader showed when the project was last saved. Not under undo, and changing it does
/// not make the project dirty (it is still written with the next save).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewState {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected_article: Option<ArticleId>,
    /// Scroll offset (points) per article.
    pub scroll: BTreeMap<ArticleId, f32>,
    /// `fr` or `en`; empty means "follow the system".
    pub ui_language: String,
    /// Kinds the legend currently hides.
    pub hidden_entity_kinds: Vec<EntityKind>,
    pub hidden_figure_kinds: Vec<FigureKind>,
    /// Names of the panels that are open.
    pub open_panels: Vec<String>,
    /// The reader's coding stripes are hidden (View ▸ Coding stripes); shown by default.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hide_coding_stripes: bool,
}
