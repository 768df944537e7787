//! Writes a folder of synthetic news articles (French and English, built from the seeds'
//! sentences with names and numbers swapped) to try the app on a corpus of hundreds of files:
//! `cargo run --release --example gen_corpus -- DIR [COUNT]` (default 300). A few are written
//! as HTML or Markdown, and one binary and one empty file land in the Problems list.

#[path = "../benches/throughput/synth.rs"]
mod synth;

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let dir = PathBuf::from(args.next().ok_or_else(|| {
        anyhow::anyhow!("usage: gen_corpus DIR [COUNT]  (writes COUNT articles to DIR)")
    })?);
    let count: usize = match args.next() {
        Some(c) => c
            .to_string_lossy()
            .parse()
            .map_err(|_| anyhow::anyhow!("COUNT must be a whole number"))?,
        None => 300,
    };
    std::fs::create_dir_all(&dir)?;
    // Articles average ~16 KB: ask for enough text to fill COUNT of them.
    let docs = synth::corpus(count * 32 * 1024, 42);
    for (i, text) in docs.iter().take(count).enumerate() {
        let (name, body) = match i % 10 {
            3 => (
                format!("article_{i:04}.html"),
                format!(
                    "<html><head><title>Article {i}</title><script>var x = 1;</script></head>\
                     <body><nav>Accueil | Monde</nav><article>{}</article></body></html>",
                    text.split("\n\n")
                        .map(|p| format!("<p>{}</p>", html_escape(p)))
                        .collect::<String>()
                ),
            ),
            7 => (
                format!("article_{i:04}.md"),
                format!("# Article {i}\n\n{text}"),
            ),
            _ => (format!("article_{i:04}.txt"), text.clone()),
        };
        std::fs::write(dir.join(name), body)?;
    }
    std::fs::write(dir.join("broken.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3])?;
    std::fs::write(dir.join("empty.txt"), b"")?;
    println!(
        "wrote {} articles and 2 bad files to {}",
        count.min(docs.len()),
        dir.display()
    );
    Ok(())
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
