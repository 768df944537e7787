//! The reranker's trees: a few features read together, which the linear weights cannot.
//! Each tree adds a leaf's value to a candidate's linear score; [`super::forest_data`] holds
//! the trees that `examples/rank_train` learns (`--forest`) on top of the committed weights.

use super::forest_data::TREES;
use super::layout::N_FEATURES;

/// How far under the best linear score a candidate is left unread by the trees: what they
/// add to one candidate against another rarely passes a unit or two.
pub const REACH: f32 = 2.0;

/// What the trees add to a row's score (its features as the rows list them; absent ones
/// are 0).
pub fn score(x: &[(u16, f32)]) -> f32 {
    if TREES.is_empty() {
        return 0.0;
    }
    let mut dense = [0.0f32; N_FEATURES];
    for &(i, v) in x {
        if let Some(d) = dense.get_mut(i as usize) {
            *d += v;
        }
    }
    TREES.iter().map(|t| t.leaf_of(&dense)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::rank::tree::Tree;

    #[test]
    fn a_row_reaches_the_leaf_its_features_lead_to() {
        // Feature 1 above 0.5 → right half; then feature 3 above 2 → the right leaf of it.
        let t = Tree {
            feature: [1, 3, 3, 0, 0, 0, 0],
            threshold: [
                0.5,
                2.0,
                2.0,
                f32::INFINITY,
                f32::INFINITY,
                f32::INFINITY,
                f32::INFINITY,
            ],
            leaf: [1.0, 1.0, 2.0, 2.0, -1.0, -1.0, -2.0, -2.0],
        };
        let mut dense = vec![0.0; 5];
        assert_eq!(t.leaf_of(&dense), 1.0);
        dense[3] = 2.0;
        assert_eq!(t.leaf_of(&dense), 1.0, "equal to the threshold goes left");
        dense[3] = 2.5;
        assert_eq!(t.leaf_of(&dense), 2.0);
        dense[1] = 1.0;
        assert_eq!(t.leaf_of(&dense), -2.0);
        dense[3] = 0.0;
        assert_eq!(t.leaf_of(&dense), -1.0);
        // A feature past the row's end reads as 0.
        assert_eq!(t.leaf_of(&[]), 1.0);
    }

    #[test]
    fn the_learned_trees_are_well_formed() {
        assert!(!TREES.is_empty(), "run examples/rank_train --forest");
        for t in TREES {
            assert!(t.feature.iter().all(|&f| (f as usize) < N_FEATURES));
            assert!(t.threshold.iter().all(|x| !x.is_nan()));
            assert!(t.leaf.iter().all(|x| x.is_finite()));
        }
    }

    #[test]
    fn the_trees_read_rows_as_the_rows_list_them() {
        // A row with no feature and one with the rules' pick reach different leaves in some
        // tree: the trees do read the features.
        let none = score(&[]);
        let pick = score(&[(crate::extract::rank::layout::PICK as u16, 1.0)]);
        assert!(none.is_finite() && pick.is_finite());
        assert_ne!(none, pick);
    }
}
