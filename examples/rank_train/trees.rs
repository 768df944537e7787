//! The reranker's trees for `rank_train`: `--boost` learns them on the older sets and tests
//! them on the newer ones; `--forest` learns them from every set and prints
//! `src/extract/rank/forest_data.rs`.

use crate::{Choice, MARGIN, N_FEATURES, boost, committed, feature_name, right, right_by};
use crate::{score, targets, train, with_margin};

fn right_with(w: &[f64], trees: &[boost::Tree], c: &Choice) -> bool {
    right_by(c, |x| score(w, x) + boost::predict(trees, x))
}

/// `--boost [--split s47] [--committed] [--rounds n --depth d --rate r]`: learns on the sets before the split (and dev, seeds), tests on
/// the others: rules, linear, linear + trees at several round counts.
pub fn split(data: &[(String, Vec<Choice>)], lambda: f64, args: &[String]) {
    let arg = |k: &str, d: f64| {
        args.iter()
            .position(|a| a == k)
            .and_then(|i| args.get(i + 1))
            .and_then(|x| x.parse().ok())
            .unwrap_or(d)
    };
    let split = args
        .iter()
        .position(|a| a == "--split")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or_else(|| "s47".into());
    let is_test = |s: &str| s.starts_with('s') && s != "seeds" && s >= split.as_str();
    let learn: Vec<&Choice> = data
        .iter()
        .filter(|(s, _)| !is_test(s))
        .flat_map(|(_, c)| c)
        .collect();
    let test: Vec<&Choice> = data
        .iter()
        .filter(|(s, _)| is_test(s))
        .flat_map(|(_, c)| c)
        .collect();
    let margin = arg("--margin", MARGIN);
    let w = if args.iter().any(|a| a == "--committed") {
        committed::W.iter().map(|&x| f64::from(x)).collect()
    } else {
        with_margin(train(&learn, lambda), margin)
    };
    let groups = groups_of(&learn, &w);
    let p = boost::Params {
        rounds: arg("--rounds", 300.0) as usize,
        depth: arg("--depth", 3.0) as usize,
        rate: arg("--rate", 0.1),
        lambda: arg("--tlambda", 1.0),
        min_hessian: arg("--minh", 5.0),
    };
    let trees = boost::fit(&groups, N_FEATURES, p);
    let n = test.len() as f64;
    let rules = test.iter().filter(|c| c.rules_right).count();
    let lin = test.iter().filter(|c| right(&w, c)).count();
    let reach = test.iter().filter(|c| c.rows.iter().any(|r| r.1)).count();
    println!("reachable {:.4}", reach as f64 / n);
    println!(
        "learn {} test {} ({p:?}) rules {:.4} linear {:.4}",
        learn.len(),
        test.len(),
        rules as f64 / n,
        lin as f64 / n
    );
    let mut k = 10;
    while k <= trees.len() {
        let ok = test
            .iter()
            .filter(|c| right_with(&w, &trees[..k], c))
            .count();
        let ins = learn
            .iter()
            .filter(|c| right_with(&w, &trees[..k], c))
            .count();
        println!(
            "  trees {k:4}: test {:.4} ({ok})  learn {:.4}",
            ok as f64 / n,
            ins as f64 / learn.len() as f64
        );
        k = if k < 50 { k + 10 } else { k * 2 };
    }
}

/// The trees' settings, chosen with `--boost` (sets before s47 learned from, the others held
/// out): 100 trees of depth 3 at rate 0.1 on top of the committed weights.
const FOREST: boost::Params = boost::Params {
    rounds: 100,
    depth: 3,
    rate: 0.1,
    lambda: 1.0,
    min_hessian: 5.0,
};

fn groups_of(choices: &[&Choice], w: &[f64]) -> Vec<boost::Group> {
    choices
        .iter()
        .filter(|c| c.rows.iter().any(|r| r.1))
        .map(|c| boost::Group {
            rows: c.rows.iter().map(|r| r.0.clone()).collect(),
            base: c.rows.iter().map(|r| score(w, &r.0)).collect(),
            target: targets(c),
        })
        .collect()
}

/// `--forest [--rounds n --depth d --rate r]`: learns the trees from every set on top of the committed weights and prints
/// `src/extract/rank/forest_data.rs`.
pub fn print_forest(data: &[(String, Vec<Choice>)], args: &[String]) {
    let arg = |k: &str| {
        args.iter()
            .position(|a| a == k)
            .and_then(|i| args.get(i + 1))
            .and_then(|x| x.parse::<f64>().ok())
    };
    let p = boost::Params {
        rounds: arg("--rounds").map_or(FOREST.rounds, |x| x as usize),
        depth: arg("--depth").map_or(FOREST.depth, |x| x as usize),
        rate: arg("--rate").unwrap_or(FOREST.rate),
        ..FOREST
    };
    let w: Vec<f64> = committed::W.iter().map(|&x| f64::from(x)).collect();
    let all: Vec<&Choice> = data.iter().flat_map(|(_, c)| c).collect();
    let trees = boost::fit(&groups_of(&all, &w), N_FEATURES, p);
    println!("//! The reranker's trees (see [`super::forest`]), learned by `examples/rank_train`");
    println!(
        "//! (`--forest`) from the annotated articles in `tests/` ({} figures) on top of the",
        all.len()
    );
    println!("//! committed weights. Generated: do not edit by hand.\n");
    println!("use super::tree::Tree;\n");
    println!("/// The trees, each complete (see [`Tree`]).");
    println!("#[rustfmt::skip]");
    println!("pub const TREES: &[Tree] = &[");
    // Leaves to six decimals; thresholds exactly, as rows compare with them.
    let f = |x: f32| ((f64::from(x) * 1e6).round() / 1e6) as f32;
    for t in &trees {
        let mut c = Complete::default();
        c.fill(t, 0, 0, 0);
        let list = |xs: &[String]| xs.join(", ");
        let feature: Vec<String> = c.feature.iter().map(|x| x.to_string()).collect();
        let threshold: Vec<String> = c
            .threshold
            .iter()
            .map(|&x| {
                if x.is_infinite() {
                    "f32::INFINITY".to_string()
                } else {
                    format!("{x:?}")
                }
            })
            .collect();
        let leaf: Vec<String> = c.leaf.iter().map(|&x| format!("{:?}", f(x))).collect();
        println!("    // {}", list(&c.names));
        println!(
            "    Tree {{ feature: [{}], threshold: [{}], leaf: [{}] }},",
            list(&feature),
            list(&threshold),
            list(&leaf)
        );
    }
    println!("];");
}

/// A learned tree written out complete, to the runtime's depth: split `k`'s children are
/// `2k + 1` and `2k + 2`; a branch that ends early becomes splits no row passes over equal
/// leaves.
struct Complete {
    feature: [u16; 7],
    threshold: [f32; 7],
    leaf: [f32; 8],
    names: Vec<String>,
}

impl Default for Complete {
    fn default() -> Self {
        Complete {
            feature: [0; 7],
            threshold: [f32::INFINITY; 7],
            leaf: [0.0; 8],
            names: vec!["-".to_string(); 7],
        }
    }
}

impl Complete {
    fn fill(&mut self, t: &boost::Tree, node: usize, pos: usize, depth: usize) {
        let n = &t[node];
        if depth == 3 {
            assert!(n.feature == u16::MAX, "the runtime's trees are of depth 3");
            self.leaf[pos - 7] = n.value;
            return;
        }
        let (l, r) = if n.feature == u16::MAX {
            (node, node)
        } else {
            self.feature[pos] = n.feature;
            self.threshold[pos] = n.threshold;
            self.names[pos] = feature_name(n.feature as usize);
            (n.left as usize, n.right as usize)
        };
        self.fill(t, l, 2 * pos + 1, depth + 1);
        self.fill(t, r, 2 * pos + 2, depth + 1);
    }
}
