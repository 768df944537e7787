//! Learns the reranker's weights (`src/extract/rank/weights.rs`) from the annotated articles
//! in `tests/` (the invented sets, the dev set and the seeds): every figure the engine finds
//! and the gold matches gives one choice among its candidate owners, and a conditional logit
//! is fitted to the gold's choices by full-batch gradient descent (a convex problem: the
//! same articles always give the same weights).
//!
//! ```sh
//! cargo run --release --no-default-features --example rank_train > src/extract/rank/weights.rs
//! cargo run --release --no-default-features --example rank_train -- --cv   # held-out sets
//! ```
//!
//! `--cv` holds each invented set out in turn, learns from the others, and prints the share of
//! figures whose right owner is among the candidates at all (the reranker's ceiling), the
//! rules' attribution and the reranker's on the set held out.

mod boost;
#[path = "../../src/extract/rank/weights.rs"]
#[allow(dead_code)]
mod committed;
#[path = "../../tests/core/gold_match.rs"]
#[allow(dead_code)]
mod gold_match;
mod trees;

use gold_match::GoldDoc;
use serde_json::Value;
use std::path::{Path, PathBuf};
use vigie::extract::rank::{N_FEATURES, agent_of_part, feature_name};
use vigie::{cli, corpus, extract};

const ITERS: usize = 1500;
/// The L2 penalty and how much the rules' answer is favoured (see [`with_margin`]), chosen
/// with `--cv` (`--lambda x` tries another penalty): the best attribution over all held-out sets
/// among those that keep the dev set above the issue's bar (0.92) both held out and learned
/// from. Session 21, 27 sets (3,672 figures held out in turn), learning the gold's first
/// owner (`PREFER`): λ 0.01 and margin 0.25 give 0.789 (dev 0.942 held out and learned from);
/// margin 0 gives 0.794 but dev 0.922 held out; λ 0.005 at margin 0.25 gives 0.791 with dev
/// at 0.927. Learning every owner the gold lists instead gave 0.789 at best with dev at 0.932,
/// and let a part's raiser outscore the agent who put it in. The stochastic descent used
/// before gave 0.782 at its margin of 1.25.
const LAMBDA: f64 = 1e-2;
const MARGIN: f64 = 0.25;
/// Whether the gold's first owner is learned as the one right answer when it is a candidate.
const PREFER: bool = true;
const MARGINS: [f64; 6] = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25];

/// One figure's choice: each candidate's features and whether the gold says it owns it;
/// `preferred` marks the gold's first owner among them, if it is a candidate.
struct Choice {
    rows: Vec<(Vec<(u16, f32)>, bool)>,
    preferred: Vec<bool>,
    rules_right: bool,
}

fn sets(root: &Path) -> Vec<(String, PathBuf, PathBuf)> {
    let invented = root.join("tests/fixtures/invented");
    let mut sets: Vec<_> = std::fs::read_dir(&invented)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let set = name.strip_suffix(".gold.json")?.to_string();
            Some((set.clone(), e.path(), invented.join(set)))
        })
        .collect();
    sets.sort();
    sets.push((
        "dev".into(),
        root.join("tests/dev.gold.json"),
        root.join("tests/fixtures/dev"),
    ));
    sets.push((
        "seeds".into(),
        root.join("tests/seeds.gold.json"),
        root.join("seeds"),
    ));
    sets
}

fn choices(gold: &Path, dir: &Path, lexicon: &extract::Lexicon) -> Vec<Choice> {
    let pick = (0..N_FEATURES)
        .find(|&i| feature_name(i) == "pick")
        .unwrap_or(0) as u16;
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(gold).unwrap_or_default())
        .unwrap_or(Value::Null);
    let mut out = Vec::new();
    for (name, g) in gold["documents"].as_object().into_iter().flatten() {
        let path = dir.join(name);
        let Ok(loaded) = corpus::load_with_source(&path, corpus::display_path(&path)) else {
            continue;
        };
        let raw = if loaded.binary {
            loaded.doc.text.clone()
        } else {
            let raw = std::fs::read_to_string(&path).unwrap_or_default();
            raw.trim_start_matches('\u{feff}').to_string()
        };
        let (mut x, rows) = extract::rank_table(&loaded.doc.engine_text(), lexicon);
        if let Some(map) = &loaded.source {
            cli::map_onto_page(&mut x, map);
        }
        let mut gd = GoldDoc::new(g, &raw);
        for (f, rows) in x.figures.iter().zip(rows) {
            let Some(i) = gd.take(f) else { continue };
            if !gd.figures[i].1 || rows.is_empty() {
                continue;
            }
            let rules = rows
                .iter()
                .find(|r| r.features.iter().any(|&(k, _)| k == pick))
                .and_then(|r| r.candidate.as_deref());
            let preferred = rows
                .iter()
                .map(|r| gd.prefers(i, r.candidate.as_deref()))
                .collect();
            out.push(Choice {
                preferred,
                rules_right: gd.owns(i, rules),
                rows: rows
                    .into_iter()
                    .map(|r| {
                        let right = gd.owns(i, r.candidate.as_deref());
                        (r.features, right)
                    })
                    .collect(),
            });
        }
    }
    out
}

fn feature(name: &str) -> usize {
    (0..N_FEATURES)
        .find(|&i| feature_name(i) == name)
        .unwrap_or(0)
}

/// The learned weights with `margin` added to the rules' answer (their owner, or nobody when
/// they gave none): another candidate must score that much higher to replace it.
fn with_margin(mut w: Vec<f64>, margin: f64) -> Vec<f64> {
    w[feature("pick")] += margin;
    w[feature("null_pick")] += margin;
    w
}

fn score(w: &[f64], x: &[(u16, f32)]) -> f64 {
    x.iter().map(|&(i, v)| w[i as usize] * f64::from(v)).sum()
}

/// The mean negative log-likelihood of the gold's choices plus `lambda / 2 · |w|²`, and its
/// gradient. A choice the gold spreads over several right candidates counts each equally.
fn loss(w: &[f64], choices: &[&Choice], lambda: f64, grad: &mut [f64]) -> f64 {
    grad.iter_mut().zip(w).for_each(|(g, x)| *g = lambda * x);
    let n = choices.len().max(1) as f64;
    let mut total = 0.5 * lambda * w.iter().map(|x| x * x).sum::<f64>();
    for c in choices {
        let scores: Vec<f64> = c.rows.iter().map(|r| score(w, &r.0)).collect();
        let max = scores.iter().copied().fold(f64::MIN, f64::max);
        let exp: Vec<f64> = scores.iter().map(|s| (s - max).exp()).collect();
        let z: f64 = exp.iter().sum();
        let targets = targets(c);
        for (((r, e), s), &target) in c.rows.iter().zip(&exp).zip(&scores).zip(&targets) {
            if target > 0.0 {
                total -= target * (s - max - z.ln()) / n;
            }
            let g = (e / z - target) / n;
            for &(i, v) in &r.0 {
                grad[i as usize] += g * f64::from(v);
            }
        }
    }
    total
}

/// What each candidate of a choice should get: the gold's first owner when it is a candidate
/// (a part "apportés par X" is X's before its raiser's), else every owner it lists, equally.
fn targets(c: &Choice) -> Vec<f64> {
    let first = PREFER && c.preferred.iter().any(|&p| p);
    let ok = |k: usize| if first { c.preferred[k] } else { c.rows[k].1 };
    let right = (0..c.rows.len()).filter(|&k| ok(k)).count().max(1) as f64;
    (0..c.rows.len())
        .map(|k| f64::from(u8::from(ok(k))) / right)
        .collect()
}

/// Fits the conditional logit by full-batch gradient descent with Nesterov momentum and a
/// step halved whenever the loss rises: the problem is convex, so the same articles always
/// give the same weights and one more set moves them only as much as it weighs.
fn train(choices: &[&Choice], lambda: f64) -> Vec<f64> {
    let choices: Vec<&Choice> = choices
        .iter()
        .copied()
        .filter(|c| c.rows.iter().any(|r| r.1))
        .collect();
    let mut w = vec![0.0; N_FEATURES];
    let mut prev = w.clone();
    let mut grad = vec![0.0; N_FEATURES];
    let mut step = 1.0;
    let mut last = f64::MAX;
    for k in 0..ITERS {
        let mu = k as f64 / (k as f64 + 3.0);
        let ahead: Vec<f64> = w.iter().zip(&prev).map(|(x, p)| x + mu * (x - p)).collect();
        let l = loss(&ahead, &choices, lambda, &mut grad);
        if l > last {
            step *= 0.5;
            prev.clone_from(&w);
            last = f64::MAX;
            continue;
        }
        last = l;
        prev.clone_from(&w);
        w = ahead.iter().zip(&grad).map(|(x, g)| x - step * g).collect();
    }
    w
}

fn right(w: &[f64], c: &Choice) -> bool {
    right_by(c, |x| score(w, x))
}

/// Whether the best-scoring candidate of a choice is right. As `rank::rerank`, the rules'
/// owner is kept when it is the agent of a part.
fn right_by(c: &Choice, score: impl Fn(&[(u16, f32)]) -> f64) -> bool {
    static PICK: std::sync::OnceLock<u16> = std::sync::OnceLock::new();
    let pick = *PICK.get_or_init(|| feature("pick") as u16);
    if let Some((_, ok)) = c
        .rows
        .iter()
        .find(|(x, _)| x.iter().any(|&(i, _)| i == pick) && agent_of_part(x))
    {
        return *ok;
    }
    let mut best: Option<(f64, bool)> = None;
    for (x, ok) in &c.rows {
        let s = score(x);
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, *ok));
        }
    }
    best.is_some_and(|(_, ok)| ok)
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let lexicon = extract::Lexicon::builtin();
    // `--drop a,b`: learn without the named features (to see what each is worth).
    let args: Vec<String> = std::env::args().collect();
    let lambda = args
        .iter()
        .position(|a| a == "--lambda")
        .and_then(|k| args.get(k + 1))
        .and_then(|x| x.parse().ok())
        .unwrap_or(LAMBDA);
    let drop: Vec<u16> = args
        .iter()
        .position(|a| a == "--drop")
        .and_then(|k| args.get(k + 1))
        .map(|names| names.split(',').map(|n| feature(n) as u16).collect())
        .unwrap_or_default();
    let mut data: Vec<(String, Vec<Choice>)> = sets(&root)
        .into_iter()
        .map(|(name, gold, dir)| {
            let c = choices(&gold, &dir, &lexicon);
            (name, c)
        })
        .collect();
    for (_, choices) in &mut data {
        for c in choices {
            for (x, _) in &mut c.rows {
                x.retain(|(i, _)| !drop.contains(i));
            }
        }
    }
    if args.iter().any(|a| a == "--boost") {
        trees::split(&data, lambda, &args);
        return;
    }
    if args.iter().any(|a| a == "--forest") {
        trees::print_forest(&data, &args);
        return;
    }
    if args.iter().any(|a| a == "--cv") {
        let held: Vec<&String> = data
            .iter()
            .map(|(s, _)| s)
            .filter(|s| *s != "seeds")
            .collect();
        let mut rows: Vec<(String, usize, usize, usize, Vec<usize>)> = Vec::new();
        for set in held {
            let learn: Vec<&Choice> = data
                .iter()
                .filter(|(s, _)| s != set)
                .flat_map(|(_, c)| c)
                .collect();
            let w = train(&learn, lambda);
            let test = &data.iter().find(|(s, _)| s == set).unwrap().1;
            let rules = test.iter().filter(|c| c.rules_right).count();
            let reach = test.iter().filter(|c| c.rows.iter().any(|r| r.1)).count();
            let ranked = MARGINS
                .iter()
                .map(|&m| {
                    let w = with_margin(w.clone(), m);
                    test.iter().filter(|c| right(&w, c)).count()
                })
                .collect();
            rows.push((set.clone(), test.len(), rules, reach, ranked));
        }
        let total = (
            "all".to_string(),
            rows.iter().map(|r| r.1).sum(),
            rows.iter().map(|r| r.2).sum(),
            rows.iter().map(|r| r.3).sum(),
            (0..MARGINS.len())
                .map(|k| rows.iter().map(|r| r.4[k]).sum())
                .collect(),
        );
        rows.push(total);
        // Learned from every set, as the committed weights are: each set in-sample.
        let all: Vec<&Choice> = data.iter().flat_map(|(_, c)| c).collect();
        let w = train(&all, lambda);
        for (set, test) in data.iter().filter(|(s, _)| s == "dev" || s == "seeds") {
            let ranked: Vec<String> = MARGINS
                .iter()
                .map(|&m| {
                    let w = with_margin(w.clone(), m);
                    let k = test.iter().filter(|c| right(&w, c)).count();
                    format!("{:.3}", k as f64 / test.len().max(1) as f64)
                })
                .collect();
            println!("{set} learned from (in-sample): {}", ranked.join("  "));
        }
        println!("held out  figures  reachable  rules  reranked with margin {MARGINS:?}");
        for (set, n, rules, reach, ranked) in rows {
            let ratio = |k: usize| format!("{:.3}", k as f64 / n as f64);
            let ranked: Vec<String> = ranked.into_iter().map(ratio).collect();
            println!(
                "{set:9} {n:7}  {:9}  {}  {}",
                ratio(reach),
                ratio(rules),
                ranked.join("  ")
            );
        }
        return;
    }
    let all: Vec<&Choice> = data.iter().flat_map(|(_, c)| c).collect();
    let w = with_margin(train(&all, lambda), MARGIN);
    println!(
        "//! The reranker's weights, one per feature (see [`super::layout::name`]), learned by"
    );
    println!(
        "//! `examples/rank_train` from the annotated articles in `tests/` ({} figures).",
        all.len()
    );
    println!("//! Generated: do not edit by hand.\n");
    println!("/// The weights.");
    println!("#[rustfmt::skip]");
    println!("pub const W: &[f32] = &[");
    for (i, x) in w.iter().enumerate() {
        // Six decimals, written in the shortest form that reads back as the same f32.
        let x = ((x * 1e6).round() / 1e6) as f32;
        println!("    {x:?}, // {}", feature_name(i));
    }
    println!("];\n");
    println!("/// A row's score.");
    println!("pub fn score(x: &[(u16, f32)]) -> f32 {{");
    println!("    x.iter()");
    println!("        .map(|&(i, v)| W.get(i as usize).copied().unwrap_or(0.0) * v)");
    println!("        .sum()");
    println!("}}");
}
