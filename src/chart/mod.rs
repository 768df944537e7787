//! Charts of money and compute per actor: aggregation of the corpus's figures (only those that
//! count in totals, after corrections, exact repeats counted once, ranges kept as low/high),
//! currency conversion at dated rates, and export to SVG, PNG and CSV. No GUI types here: the
//! app draws the same [`Chart`] with egui_plot, and `vigie chart` writes it from the command line.

pub mod aggregate;
pub mod csv;
pub mod input;
pub mod load;
pub mod png;
pub mod rates;
pub mod scale;
pub mod svg;
pub mod text;

pub use aggregate::{Bar, Chart, Source, aggregate};
pub use input::ChartArticle;
pub use rates::default_rates;
pub use scale::{Locale, Scale};
