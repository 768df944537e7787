//! One node of the reranker's trees, as [`super::forest`] reads them and
//! [`super::forest_data`] lists them.

/// One node: a split sending rows whose `feature` is at most `threshold` to `left`, else to
/// `right`; or, when `feature` is [`LEAF`], a leaf adding `value`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    pub feature: u16,
    pub threshold: f32,
    pub left: u16,
    pub right: u16,
    pub value: f32,
}

/// The `feature` of a leaf.
pub const LEAF: u16 = u16::MAX;
