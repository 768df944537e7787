//! Speed-work aid: prints the engine's output over a fixed, varied corpus (the seeds, their
//! upper- and lower-cased copies, ~20 MB of synthetic articles, noisy copies with curly quotes,
//! no-break spaces, emoji and URLs, and 2,000 random strings) as JSON lines, so a speed change
//! can be checked byte-identical:
//!
//! ```sh
//! cargo run --release --no-default-features --example perf_snapshot > before.jsonl  # base commit
//! cargo run --release --no-default-features --example perf_snapshot > after.jsonl   # your change
//! cmp before.jsonl after.jsonl
//! ```
//!
//! `perf_snapshot prof [MB]` only runs the engine over MB megabytes (default 2) of synthetic
//! articles, for `valgrind --tool=callgrind --toggle-collect='vigie::extract::extract'` on a
//! `cargo build --profile profiling --no-default-features --example perf_snapshot` binary;
//! `perf_snapshot gen [MB]` only builds that corpus (its cost, to subtract from timings);
//! `perf_snapshot text N` prints the N-th document of the snapshot (to read a change).

#[path = "../benches/throughput/synth.rs"]
#[allow(dead_code)]
mod synth;
use std::io::Write;

/// The allocator the `vigie` binary and the bench use, so profiles weigh allocation the same.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use vigie::extract::{Lexicon, extract_contract as extract};

fn noise(rng: &mut synth::Rng, s: &str) -> String {
    let extras = [
        "\u{2019}",
        "\u{201C}",
        "\u{201D}",
        "\u{a0}",
        "\u{202f}",
        "\t",
        "😀",
        "\r\n",
        " https://example.com/a?b=1 ",
        "\u{2011}",
        "É",
        "ß",
        "İ",
        "\u{2009}",
        "$",
        "€",
        "%",
        "1",
        "9,5",
        " M ",
        "...",
    ];
    let mut out = String::with_capacity(s.len() + 64);
    for c in s.chars() {
        if rng.chance(3) {
            out.push_str(extras[rng.below(extras.len())]);
        }
        if c == ' ' && rng.chance(5) {
            out.push_str(extras[rng.below(extras.len())]);
        } else {
            out.push(c);
        }
    }
    out
}

/// The synthetic articles of the `gen` and `prof` modes: MB megabytes (second argument,
/// default 2) plus a fixed 0.37 MB, always from the same seed.
fn profile_corpus() -> Vec<String> {
    let mb: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2);
    synth::corpus(mb * 1_000_000 + 370_000, 0x5EED_0FA1)
}

fn main() -> std::io::Result<()> {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let lex = Lexicon::builtin();
    if mode == "gen" {
        let docs = profile_corpus();
        println!("{}", docs.iter().map(|d| d.len()).sum::<usize>());
        return Ok(());
    }
    if mode == "prof" {
        let docs = profile_corpus();
        let mut n = 0;
        for d in &docs {
            let x = extract(std::hint::black_box(d), &lex);
            n += x.entities.len() + x.figures.len();
        }
        println!("{n}");
        return Ok(());
    }
    let mut docs: Vec<String> = Vec::new();
    for (_, t) in vigie::corpus::SEEDS {
        docs.push(t.to_string());
        docs.push(t.to_uppercase());
        docs.push(t.to_lowercase());
    }
    let synth_docs = synth::corpus(20_000_000, 0x1234_5678);
    let mut rng = synth::Rng::new(99);
    for (i, d) in synth_docs.iter().enumerate() {
        if i % 7 == 0 {
            docs.push(noise(&mut rng, d));
        }
    }
    for (_, t) in vigie::corpus::SEEDS {
        for _ in 0..4 {
            docs.push(noise(&mut rng, t));
        }
    }
    docs.extend(synth_docs);
    let alphabet: Vec<&str> = "a b c A B É é ' ’ - . , ; : 0 1 5 9 % $ € M Md milliards billion million GW MW H100 puces GPU OpenAI Nvidia Paris   \n \t ( ) « » \" « à de la le the of and dollars euros Mds FLOP/s exaflops k K".split(' ').collect();
    for _ in 0..2000 {
        let n = rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(alphabet[rng.below(alphabet.len())]);
            if rng.chance(50) {
                s.push(' ');
            }
        }
        docs.push(s);
    }
    // `perf_snapshot text N`: the N-th document, to read a changed line in context.
    if mode == "text" {
        let n: usize = std::env::args()
            .nth(2)
            .and_then(|a| a.parse().ok())
            .unwrap_or(0);
        print!("{}", docs.get(n).map_or("", String::as_str));
        return Ok(());
    }
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for d in &docs {
        let x = extract(d, &lex);
        serde_json::to_writer(&mut out, &x)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
