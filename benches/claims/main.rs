//! Claims benchmark: builds the claims of 10,000 articles (30 figures each, announcements
//! repeated across articles) and finds the duplicates among them, on one thread, and prints the
//! time of each.
//!
//! `cargo bench --no-default-features --bench claims`.

#[path = "../common/cpu.rs"]
mod cpu;
#[path = "../throughput/synth.rs"]
mod synth;

use std::hint::black_box;
use std::time::Instant;
use vigie::claims::{self, Mention};
use vigie::extract::{FigureKind, Role};

const ARTICLES: usize = 10_000;
const FIGURES: usize = 30;

/// Mentions as a repetitive corpus gives them: 300 actors, each announcing a few amounts that
/// many articles repeat (with rounding), plus restatements and parts inside articles.
fn mentions() -> Vec<Mention> {
    let mut out = Vec::with_capacity(ARTICLES * FIGURES);
    let mut seed: u64 = 42;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for article in 0..ARTICLES {
        for figure in 0..FIGURES {
            let r = next();
            let actor = format!("Actor {}", r % 300);
            let value = ((r >> 9) % 8 + 1) as f64 * 1e9 * (1.0 + ((r >> 20) % 3) as f64 * 0.01);
            let restates = (figure > 0 && (r >> 30) % 4 == 0).then(|| figure - 1);
            out.push(Mention {
                article,
                figure,
                actor: Some(actor),
                kind: FigureKind::Money,
                role: Some(if (r >> 40) % 5 == 0 {
                    Role::Valuation
                } else {
                    Role::Spend
                }),
                value,
                low: value,
                high: value,
                date: Some(format!(
                    "2025-{:02}-{:02}",
                    (r >> 44) % 12 + 1,
                    (r >> 50) % 28 + 1
                )),
                in_totals: restates.is_none(),
                restates,
            });
        }
    }
    out
}

fn main() {
    let m = mentions();
    let (t, c0) = (Instant::now(), cpu::thread_cpu());
    let c = claims::build(black_box(&m), claims::TOLERANCE);
    let (wall, on_cpu) = (t.elapsed(), cpu::thread_cpu().zip(c0).map(|(b, a)| b - a));
    println!(
        "claims: {} mentions of {ARTICLES} articles -> {} claims in {:.0} ms on CPU, {:.0} ms wall \
         (goal < 1000 ms)",
        m.len(),
        c.claims.len(),
        on_cpu.unwrap_or(wall).as_secs_f64() * 1e3,
        wall.as_secs_f64() * 1e3
    );
    // Duplicates: 10,000 synthetic articles, one in ten reprinted under a wire header.
    let mut docs = synth::corpus(ARTICLES * 9 / 10 * 16 * 1024, 7);
    docs.truncate(ARTICLES * 9 / 10);
    let copies: Vec<String> = docs
        .iter()
        .step_by(9)
        .map(|d| format!("WIRE — reprinted.\n\n{d}\n\nAll rights reserved."))
        .collect();
    docs.extend(copies);
    let texts: Vec<&str> = docs.iter().map(String::as_str).collect();
    let mb = texts.iter().map(|t| t.len()).sum::<usize>() as f64 / 1e6;
    let (t, c0) = (Instant::now(), cpu::thread_cpu());
    let d = claims::find_duplicates(black_box(&texts));
    let took = (cpu::thread_cpu().zip(c0).map(|(b, a)| b - a))
        .unwrap_or_else(|| t.elapsed())
        .as_secs_f64();
    println!(
        "duplicates: {} of {} articles ({mb:.0} MB) in {:.2} s on CPU ({:.0} MB/s)",
        d.iter().filter(|x| x.is_some()).count(),
        texts.len(),
        took,
        mb / took
    );
}
