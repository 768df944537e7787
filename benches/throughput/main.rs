//! Throughput benchmark: runs the whole engine over a synthetic news corpus of >= 50 MB, on one
//! thread and on all cores, and prints MB/s, docs/s and what was found.
//!
//! `cargo bench --no-default-features --bench throughput`; `VIGIE_BENCH_MB=5` for a quick run.

mod synth;

use rayon::prelude::*;
use std::hint::black_box;
use std::time::{Duration, Instant};
use vigie::extract::{Lexicon, extract};

/// Runs per mode; the best is reported.
const RUNS: usize = 3;
/// A mode stops repeating once one run took this long (keeps a slow engine under ~2 minutes).
const RUN_BUDGET: Duration = Duration::from_secs(15);

/// What one pass over the corpus found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Found {
    entities: usize,
    figures: usize,
}

fn sequential(docs: &[String], lexicon: &Lexicon) -> Found {
    docs.iter()
        .map(|d| {
            let x = extract(black_box(d), lexicon);
            Found {
                entities: x.entities.len(),
                figures: x.figures.len(),
            }
        })
        .fold(Found::default(), add)
}

fn parallel(docs: &[String], lexicon: &Lexicon) -> Found {
    docs.par_iter()
        .map(|d| {
            let x = extract(black_box(d), lexicon);
            Found {
                entities: x.entities.len(),
                figures: x.figures.len(),
            }
        })
        .reduce(Found::default, add)
}

fn add(a: Found, b: Found) -> Found {
    Found {
        entities: a.entities + b.entities,
        figures: a.figures + b.figures,
    }
}

/// Best wall time of up to `RUNS` passes, and what the passes found (they must agree).
fn measure(pass: impl Fn() -> Found) -> (Duration, usize, Found) {
    let mut best = Duration::MAX;
    let mut found = None;
    let mut runs = 0;
    while runs < RUNS {
        let t = Instant::now();
        let f = black_box(pass());
        let dt = t.elapsed();
        runs += 1;
        best = best.min(dt);
        if let Some(prev) = found {
            assert_eq!(prev, f, "the engine must be deterministic");
        }
        found = Some(f);
        if dt > RUN_BUDGET {
            break;
        }
    }
    (best, runs, found.unwrap_or_default())
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is accepted and ignored.
    let mb: usize = std::env::var("VIGIE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(50);
    let t = Instant::now();
    let docs = synth::corpus(mb * 1_000_000, 0x5EED_0FA1);
    let bytes: usize = docs.iter().map(String::len).sum();
    let gen_time = t.elapsed();
    let (min, max) = docs.iter().fold((usize::MAX, 0), |(lo, hi), d| {
        (lo.min(d.len()), hi.max(d.len()))
    });
    let lexicon = Lexicon::builtin();
    println!(
        "vigie throughput: {} docs, {:.1} MB ({}–{} bytes each), generated in {:.2} s; lexicon {} actors",
        docs.len(),
        bytes as f64 / 1e6,
        min,
        max,
        gen_time.as_secs_f64(),
        lexicon.actors().len()
    );

    // Warm-up (page faults, lazy statics) on a slice of the corpus.
    black_box(sequential(&docs[..docs.len().min(50)], &lexicon));

    let threads = rayon::current_num_threads();
    let rows = [
        (
            "1 thread".to_string(),
            measure(|| sequential(&docs, &lexicon)),
        ),
        (
            format!("{threads} threads"),
            measure(|| parallel(&docs, &lexicon)),
        ),
    ];
    println!();
    println!(
        "{:<12} {:>5} {:>10} {:>10} {:>10} {:>12} {:>12}",
        "mode", "runs", "best (s)", "MB/s", "docs/s", "entities", "figures"
    );
    for (label, (best, runs, found)) in &rows {
        let secs = best.as_secs_f64().max(1e-9);
        println!(
            "{:<12} {:>5} {:>10.3} {:>10.1} {:>10.0} {:>12} {:>12}",
            label,
            runs,
            secs,
            bytes as f64 / 1e6 / secs,
            docs.len() as f64 / secs,
            found.entities,
            found.figures
        );
    }
    let found = rows[0].1.2;
    if found.entities == 0 && found.figures == 0 {
        println!("\nWARNING: the engine found nothing: it is stubbed or broken.");
    } else {
        println!(
            "\nper MB: {:.0} entities, {:.0} figures",
            found.entities as f64 / (bytes as f64 / 1e6),
            found.figures as f64 / (bytes as f64 / 1e6)
        );
    }
    let single = bytes as f64 / 1e6 / rows[0].1.0.as_secs_f64().max(1e-9);
    println!(
        "target >= 50 MB/s on one thread: {}",
        if single >= 50.0 { "met" } else { "NOT MET" }
    );
}
