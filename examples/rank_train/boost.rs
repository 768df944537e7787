//! Gradient-boosted trees on top of the linear reranker: each tree reads a few features
//! together (which the linear weights cannot), and is fitted by Newton steps to the same
//! conditional logit, starting from the linear scores.

/// One node: a split on `feature <= threshold` (left) or, when `feature` is `u16::MAX`, a
/// leaf adding `value` to the row's score.
#[derive(Clone, Debug)]
pub struct Node {
    pub feature: u16,
    pub threshold: f32,
    /// The index of `threshold` among the feature's thresholds: rows binned the same way go
    /// left when their bin is at most this.
    pub bin: u8,
    pub left: u32,
    pub right: u32,
    pub value: f32,
}

pub type Tree = Vec<Node>;

/// The settings of a fit.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub rounds: usize,
    pub depth: usize,
    pub rate: f64,
    pub lambda: f64,
    pub min_hessian: f64,
}

/// A row's value for `feature` (absent features are 0).
fn value(x: &[(u16, f32)], feature: u16) -> f32 {
    x.iter()
        .filter(|&&(i, _)| i == feature)
        .map(|&(_, v)| v)
        .sum()
}

/// The score the trees add to a row.
pub fn predict(trees: &[Tree], x: &[(u16, f32)]) -> f64 {
    trees
        .iter()
        .map(|t| {
            let mut k = 0;
            loop {
                let n = &t[k];
                if n.feature == u16::MAX {
                    return f64::from(n.value);
                }
                k = if value(x, n.feature) <= n.threshold {
                    n.left
                } else {
                    n.right
                } as usize;
            }
        })
        .sum()
}

/// One choice for the fit: its rows' features, base scores and targets (summing to 1).
pub struct Group {
    pub rows: Vec<Vec<(u16, f32)>>,
    pub base: Vec<f64>,
    pub target: Vec<f64>,
}

/// Candidate thresholds per feature: the distinct values seen (up to 32, else quantiles).
fn thresholds(groups: &[Group], n_features: usize) -> Vec<Vec<f32>> {
    let mut seen: Vec<Vec<f32>> = vec![vec![0.0]; n_features];
    for g in groups {
        for x in &g.rows {
            for &(i, v) in x {
                seen[i as usize].push(v);
            }
        }
    }
    seen.into_iter()
        .map(|mut v| {
            v.sort_by(f32::total_cmp);
            v.dedup();
            if v.len() > 33 {
                let n = v.len();
                v = (1..32).map(|k| v[k * n / 32]).collect();
            }
            // A split at the largest value sends everything left: useless.
            v.pop();
            v
        })
        .collect()
}

/// Fits `p.rounds` trees to the groups, starting from their base scores.
pub fn fit(groups: &[Group], n_features: usize, p: Params) -> Vec<Tree> {
    let thr = thresholds(groups, n_features);
    // Flatten the rows; for each, per feature, the bin (index of the first threshold ≥ value).
    let mut rows: Vec<(usize, Vec<u8>)> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        for x in &g.rows {
            let mut bins = vec![0u8; n_features];
            for (f, t) in thr.iter().enumerate() {
                let v = value(x, f as u16);
                bins[f] = t.iter().take_while(|&&c| c < v).count() as u8;
            }
            rows.push((gi, bins));
        }
    }
    let mut score: Vec<f64> = groups.iter().flat_map(|g| g.base.iter().copied()).collect();
    let target: Vec<f64> = groups
        .iter()
        .flat_map(|g| g.target.iter().copied())
        .collect();
    let mut starts = Vec::with_capacity(groups.len() + 1);
    let mut k = 0;
    for g in groups {
        starts.push(k);
        k += g.rows.len();
    }
    starts.push(k);
    let mut trees = Vec::new();
    let mut grad = vec![0.0; rows.len()];
    let mut hess = vec![0.0; rows.len()];
    for _ in 0..p.rounds {
        for gi in 0..groups.len() {
            let (a, b) = (starts[gi], starts[gi + 1]);
            let max = score[a..b].iter().copied().fold(f64::MIN, f64::max);
            let z: f64 = score[a..b].iter().map(|s| (s - max).exp()).sum();
            for r in a..b {
                let q = (score[r] - max).exp() / z;
                grad[r] = q - target[r];
                hess[r] = (q * (1.0 - q)).max(1e-6);
            }
        }
        let tree = grow(&rows, &grad, &hess, &thr, p);
        for (r, (_, bins)) in rows.iter().enumerate() {
            score[r] += leaf_of(&tree, bins);
        }
        trees.push(tree);
    }
    trees
}

fn leaf_of(tree: &Tree, bins: &[u8]) -> f64 {
    let mut k = 0;
    loop {
        let n = &tree[k];
        if n.feature == u16::MAX {
            return f64::from(n.value);
        }
        // A bin at most the threshold's means a value at most the threshold.
        k = if bins[n.feature as usize] <= n.bin {
            n.left
        } else {
            n.right
        } as usize;
    }
}

fn grow(
    rows: &[(usize, Vec<u8>)],
    grad: &[f64],
    hess: &[f64],
    thr: &[Vec<f32>],
    p: Params,
) -> Tree {
    let mut tree: Tree = Vec::new();
    let all: Vec<usize> = (0..rows.len()).collect();
    build(&mut tree, rows, grad, hess, thr, p, all, 0);
    tree
}

#[allow(clippy::too_many_arguments)]
fn build(
    tree: &mut Tree,
    rows: &[(usize, Vec<u8>)],
    grad: &[f64],
    hess: &[f64],
    thr: &[Vec<f32>],
    p: Params,
    members: Vec<usize>,
    depth: usize,
) -> u32 {
    let g: f64 = members.iter().map(|&r| grad[r]).sum();
    let h: f64 = members.iter().map(|&r| hess[r]).sum();
    let me = tree.len() as u32;
    tree.push(Node {
        feature: u16::MAX,
        threshold: 0.0,
        bin: 0,
        left: 0,
        right: 0,
        value: (-g / (h + p.lambda) * p.rate) as f32,
    });
    if depth >= p.depth || h < 2.0 * p.min_hessian {
        return me;
    }
    let parent = g * g / (h + p.lambda);
    let mut best: Option<(f64, usize, usize)> = None;
    for (f, t) in thr.iter().enumerate() {
        if t.is_empty() {
            continue;
        }
        let mut hg = vec![0.0; t.len() + 1];
        let mut hh = vec![0.0; t.len() + 1];
        for &r in &members {
            let b = rows[r].1[f] as usize;
            hg[b] += grad[r];
            hh[b] += hess[r];
        }
        let (mut gl, mut hl) = (0.0, 0.0);
        for b in 0..t.len() {
            gl += hg[b];
            hl += hh[b];
            let (gr, hr) = (g - gl, h - hl);
            if hl < p.min_hessian || hr < p.min_hessian {
                continue;
            }
            let gain = gl * gl / (hl + p.lambda) + gr * gr / (hr + p.lambda) - parent;
            if gain > 1e-9 && best.is_none_or(|(b, _, _)| gain > b) {
                best = Some((gain, f, b));
            }
        }
    }
    let Some((_, f, b)) = best else { return me };
    let (left, right): (Vec<usize>, Vec<usize>) = members
        .into_iter()
        .partition(|&r| rows[r].1[f] as usize <= b);
    let l = build(tree, rows, grad, hess, thr, p, left, depth + 1);
    let r = build(tree, rows, grad, hess, thr, p, right, depth + 1);
    let n = &mut tree[me as usize];
    n.feature = f as u16;
    n.threshold = thr[f][b];
    n.bin = b as u8;
    n.left = l;
    n.right = r;
    me
}
