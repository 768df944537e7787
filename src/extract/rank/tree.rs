//! One of the reranker's trees, as [`super::forest`] reads them and [`super::forest_data`]
//! lists them: complete, of depth [`DEPTH`], so that a row walks it by arithmetic alone.

/// How many splits a row meets on its way down a tree.
pub const DEPTH: usize = 3;

/// A complete tree: split `k` (0 to 6) sends a row whose value of `feature[k]` is above
/// `threshold[k]` to split `2k + 2`, any other to `2k + 1`; below the last splits, the eight
/// `leaf` values are what the tree adds to the row's score. (A branch that ends early is
/// written out as splits no row passes, `threshold` +∞, over equal leaves.)
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tree {
    pub feature: [u16; 7],
    pub threshold: [f32; 7],
    pub leaf: [f32; 8],
}

impl Tree {
    /// The value of the leaf a row (`dense`: its value per feature; absent ones 0) reaches.
    pub fn leaf_of(&self, dense: &[f32]) -> f32 {
        let mut k = 0;
        for _ in 0..DEPTH {
            let v = dense.get(self.feature[k] as usize).copied().unwrap_or(0.0);
            k = 2 * k + 1 + usize::from(v > self.threshold[k]);
        }
        self.leaf[k - 7]
    }
}
