//! The reranker's trees: a few features read together, which the linear weights cannot.
//! Each tree adds a leaf's value to a candidate's linear score; [`super::forest_data`] holds
//! the trees that `examples/rank_train` learns (`--forest`) on top of the committed weights.

use super::forest_data::{NODES, ROOTS};
use super::layout::N_FEATURES;
use super::tree::{LEAF, Node};

/// What the trees add to a row's score (its features as the rows list them; absent ones
/// are 0).
pub fn score(x: &[(u16, f32)]) -> f32 {
    if ROOTS.is_empty() {
        return 0.0;
    }
    let mut dense = [0.0f32; N_FEATURES];
    for &(i, v) in x {
        if let Some(d) = dense.get_mut(i as usize) {
            *d += v;
        }
    }
    ROOTS.iter().map(|&root| leaf(NODES, &dense, root)).sum()
}

/// The value of the leaf a row (`dense`: its value per feature) reaches from `root`.
fn leaf(nodes: &[Node], dense: &[f32], root: u16) -> f32 {
    let mut k = root as usize;
    // A tree is acyclic by construction; the bound only guards a malformed table.
    for _ in 0..nodes.len() {
        let Some(n) = nodes.get(k) else { return 0.0 };
        if n.feature == LEAF {
            return n.value;
        }
        let v = dense.get(n.feature as usize).copied().unwrap_or(0.0);
        k = if v <= n.threshold { n.left } else { n.right } as usize;
    }
    0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(feature: u16, threshold: f32, left: u16, right: u16) -> Node {
        Node {
            feature,
            threshold,
            left,
            right,
            value: 0.0,
        }
    }

    fn leaf_of(value: f32) -> Node {
        Node {
            feature: LEAF,
            threshold: 0.0,
            left: 0,
            right: 0,
            value,
        }
    }

    #[test]
    fn a_row_reaches_the_leaf_its_features_lead_to() {
        // Feature 1 ≤ 0.5 → (feature 3 ≤ 2 → 1.0, else 2.0); else → -1.0.
        let nodes = [
            split(1, 0.5, 1, 4),
            split(3, 2.0, 2, 3),
            leaf_of(1.0),
            leaf_of(2.0),
            leaf_of(-1.0),
        ];
        let mut dense = vec![0.0; 5];
        assert_eq!(leaf(&nodes, &dense, 0), 1.0);
        dense[3] = 2.0;
        assert_eq!(
            leaf(&nodes, &dense, 0),
            1.0,
            "equal to the threshold goes left"
        );
        dense[3] = 2.5;
        assert_eq!(leaf(&nodes, &dense, 0), 2.0);
        dense[1] = 1.0;
        assert_eq!(leaf(&nodes, &dense, 0), -1.0);
        assert_eq!(leaf(&nodes, &dense, 3), 2.0, "a root may be any node");
    }

    #[test]
    fn a_malformed_table_gives_nothing_rather_than_looping() {
        let cycle = [split(0, 0.5, 0, 0)];
        assert_eq!(leaf(&cycle, &[0.0], 0), 0.0);
        let dangling = [split(0, 0.5, 7, 7)];
        assert_eq!(leaf(&dangling, &[0.0], 0), 0.0);
    }

    #[test]
    fn the_learned_trees_are_well_formed() {
        assert!(!ROOTS.is_empty(), "run examples/rank_train --forest");
        for (k, n) in NODES.iter().enumerate() {
            if n.feature == LEAF {
                assert!(n.value.is_finite());
                continue;
            }
            assert!(
                (n.feature as usize) < N_FEATURES,
                "node {k}: unknown feature"
            );
            assert!(n.threshold.is_finite());
            for child in [n.left, n.right] {
                assert!(
                    (child as usize) > k && (child as usize) < NODES.len(),
                    "node {k}: a child after it"
                );
            }
        }
        // Each tree starts where the one before ends.
        assert_eq!(ROOTS[0], 0);
        assert!(ROOTS.windows(2).all(|w| w[0] < w[1]));
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
