//! Runs the money parser over the Recognizers-Text currency specs (French and English) and checks
//! the pass rate; see `tests/peer-specs/README.md` for the matching rule and the attribution.

use serde_json::Value;
use std::fmt::Write as _;
use vigie::extract::{FigureKind, NormText, figures};

const PLATFORMS: [&str; 4] = ["dotnet", "javascript", "python", "java"];

/// ISO code of a spec unit, when it has one: its `isoCurrency`, or the generic name mapped.
fn iso(res: &Value) -> Option<String> {
    if let Some(code) = res.get("isoCurrency").and_then(Value::as_str) {
        return Some(code.to_string());
    }
    let unit = res.get("unit")?.as_str()?.to_lowercase();
    let code = match unit.as_str() {
        "dollar" | "dollar états-unis" | "united states dollar" => "USD",
        "euro" => "EUR",
        "pound" | "livre" | "british pound" => "GBP",
        "japanese yen" | "yen japonais" => "JPY",
        "chinese yuan" | "yuan chinois" => "CNY",
        "canadian dollar" | "dollar canadien" => "CAD",
        "australian dollar" | "dollar australien" => "AUD",
        "hong kong dollar" | "dollar de hong kong" => "HKD",
        "swiss franc" | "franc suisse" => "CHF",
        "roupie indienne" | "indian rupee" => "INR",
        _ => return None,
    };
    Some(code.to_string())
}

fn unsupported_everywhere(case: &Value) -> bool {
    let list = |k: &str| {
        case.get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_lowercase()
    };
    let (ns, nsd) = (list("NotSupported"), list("NotSupportedByDesign"));
    PLATFORMS.iter().all(|p| ns.contains(p) || nsd.contains(p))
}

struct Outcome {
    counted: usize,
    passed: usize,
    skipped: usize,
    failing: String,
}

fn run(file: &str, lang: &str) -> Outcome {
    let path = format!("{}/tests/peer-specs/{file}", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).expect("spec file");
    let cases: Vec<Value> =
        serde_json::from_str(raw.trim_start_matches('\u{feff}')).expect("spec json");
    let mut out = Outcome {
        counted: 0,
        passed: 0,
        skipped: 0,
        failing: String::new(),
    };
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        let expected: Vec<(f64, String, usize, usize)> = case["Results"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|r| {
                let res = &r["Resolution"];
                let v = res
                    .get("value")?
                    .as_str()?
                    .replace(',', ".")
                    .parse::<f64>()
                    .ok()?;
                let start = r["Start"].as_u64()? as usize;
                let end = r["End"].as_u64()? as usize + 1;
                Some((v, iso(res)?, start, end))
            })
            .collect();
        if unsupported_everywhere(case) || expected.is_empty() {
            out.skipped += 1;
            continue;
        }
        out.counted += 1;
        let norm = NormText::new(input);
        let got: Vec<(f64, String, usize, usize)> = figures::find(&norm)
            .into_iter()
            .filter(|f| f.kind == FigureKind::Money)
            .map(|f| {
                (
                    f.value,
                    f.unit,
                    norm.char_offset(f.span.start),
                    norm.char_offset(f.span.end),
                )
            })
            .collect();
        let mut used = vec![false; got.len()];
        let ok = expected.iter().all(|(v, unit, s, e)| {
            let (v, s, e) = (*v, *s, *e);
            let hit = got.iter().enumerate().position(|(k, g)| {
                !used[k]
                    && g.1 == *unit
                    && (g.0 - v).abs() <= 0.01 * v.abs().max(1e-9)
                    && g.2 < e
                    && s < g.3
            });
            hit.map(|k| used[k] = true).is_some()
        });
        if ok {
            out.passed += 1;
        } else {
            let _ = writeln!(
                out.failing,
                "[{lang}] {input}\n    want {:?}\n    got  {:?}",
                expected
                    .iter()
                    .map(|e| (e.0, e.1.as_str()))
                    .collect::<Vec<_>>(),
                got.iter()
                    .map(|g| (
                        g.0,
                        g.1.as_str(),
                        input.chars().skip(g.2).take(g.3 - g.2).collect::<String>()
                    ))
                    .collect::<Vec<_>>()
            );
        }
    }
    out
}

#[test]
fn currency_specs_pass_rate() {
    let mut failing = String::from(
        "# Recognizers-Text currency cases the money parser still fails (written by tests/core/peer_specs.rs).\n",
    );
    let mut rates = Vec::new();
    for (file, lang) in [
        ("English-CurrencyModel.json", "en"),
        ("French-CurrencyModel.json", "fr"),
    ] {
        let o = run(file, lang);
        let rate = o.passed as f64 / o.counted.max(1) as f64;
        println!(
            "{lang}: {}/{} counted cases pass ({rate:.3}); {} skipped (no ISO unit or unsupported everywhere)",
            o.passed, o.counted, o.skipped
        );
        failing.push_str(&o.failing);
        rates.push((lang, rate));
    }
    // Written beside the build, never into the source tree; copy it over
    // tests/peer_specs_failing.txt to refresh the committed list.
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("peer_specs_failing.txt");
    std::fs::write(&out, failing).expect("write failing list");
    println!("failing cases: {}", out.display());
    for (lang, rate) in rates {
        assert!(rate >= 0.90, "{lang} pass rate {rate:.3} < 0.90");
    }
}
