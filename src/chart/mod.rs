//! Charts of money and compute per actor: aggregation of the corpus's claims (a fact counted
//! once however many mentions report it, after corrections; money one role at a time),
//! currency conversion at dated rates, and export to SVG, PNG and CSV. No GUI types here: the
//! app draws the same [`Chart`] with egui_plot, and `vigie chart` writes it from the command line.

pub mod aggregate;
pub mod captions;
pub mod collect;
pub mod csv;
pub mod decisions;
pub mod export;
pub mod flows;
pub mod flows_svg;
pub mod identity;
pub mod input;
pub mod model;
pub mod png;
pub mod rates;
pub mod scale;
pub mod svg;
pub mod text;
pub mod timeline;
pub mod timeline_svg;

pub use aggregate::aggregate;
pub use input::ChartArticle;
pub use model::{Bar, Chart, ChartClaim, Source};
pub use rates::default_rates;
pub use scale::Scale;
