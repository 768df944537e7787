//! Prints, for every figure the engine finds in the given articles (files or folders, as
//! `vigie extract` takes them), the reranker's candidate owners and their features, as one
//! JSON line per article: what the reranker's weights (`src/extract/rank/weights.rs`) are
//! learned from, joined with a gold file by `examples/rank_train.rs`.
//!
//! ```sh
//! cargo run --release --no-default-features --example rank_table -- tests/fixtures/invented/s15/en > s15en.jsonl
//! ```

use serde_json::json;
use std::path::PathBuf;
use vigie::{cli, corpus, extract};

fn main() {
    let inputs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if inputs.first().is_some_and(|a| a.as_os_str() == "--names") {
        let names: Vec<String> = (0..extract::rank::N_FEATURES)
            .map(extract::rank::feature_name)
            .collect();
        println!("{}", json!(names));
        return;
    }
    let lexicon = extract::Lexicon::builtin();
    let paths = corpus::collect_paths(&inputs).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2)
    });
    for path in paths {
        let Ok(loaded) = corpus::load_with_source(&path, corpus::display_path(&path)) else {
            continue;
        };
        let text = loaded.doc.engine_text().into_owned();
        let (mut x, rows) = extract::rank_table(&text, &lexicon);
        if let Some(map) = &loaded.source {
            cli::map_onto_page(&mut x, map);
        }
        let figures: Vec<_> = x
            .figures
            .iter()
            .zip(rows)
            .map(|(f, rows)| {
                let rows: Vec<_> = rows
                    .iter()
                    .map(|r| json!([r.candidate, r.features]))
                    .collect();
                json!({"start": f.start, "end": f.end, "kind": f.kind, "unit": f.unit,
                       "value": f.value, "value_min": f.value_min, "value_max": f.value_max,
                       "actor": f.actor, "rows": rows})
            })
            .collect();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        println!("{}", json!({"path": name, "figures": figures}));
    }
}
