//! Claims, not mentions: the same fact reported by many articles (or twice in one) counts once.
//! `dedup` finds duplicate articles (the same text, or the same wire under another header);
//! `group` turns figure mentions into claims; `decide` carries out the analyst's decisions on
//! them (split, merge, canonical mention). No GUI types: charts, exports and the CLI count
//! claims built here.

pub mod decide;
pub mod dedup;
pub mod group;
pub mod mention;

pub use decide::Decision;
pub use dedup::{Duplicate, find as find_duplicates};
pub use group::{Claim, Claims, Mention, TOLERANCE, build, build_with};

#[cfg(test)]
mod decide_tests;
#[cfg(test)]
mod tests;
