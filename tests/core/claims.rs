//! Claims on a corpus that repeats itself: copies of the seeds (renamed, CRLF line endings, a
//! wire header added) change no total, and money charts show one role at a time.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Runs `vigie chart --corpus DIR --out chart.csv` with `extra` arguments: the CSV's rows.
fn chart_rows(dir: &Path, extra: &[&str]) -> Vec<csv::StringRecord> {
    let out = dir.join("chart.csv");
    let run = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("chart")
        .arg("--corpus")
        .arg(dir)
        .args(extra)
        .arg("--out")
        .arg(&out)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mut r = csv::Reader::from_path(&out).expect("csv");
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    std::fs::remove_file(&out).expect("remove");
    rows
}

/// The counted total per actor of a chart of `dir`, and its number of rows.
fn totals(dir: &Path, extra: &[&str]) -> (BTreeMap<String, f64>, usize) {
    let rows = chart_rows(dir, extra);
    let mut t = BTreeMap::new();
    for row in &rows {
        if &row[10] == "true" {
            *t.entry(row[0].to_string()).or_insert(0.0) += row[9].parse::<f64>().unwrap();
        }
    }
    (t, rows.len())
}

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seeds")
        .map(|e| {
            let p = e.expect("entry").path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("text"))
        })
        .collect();
    v.sort();
    v
}

#[test]
fn copies_of_the_seeds_change_no_total() {
    let alone = tempfile::tempdir().expect("tempdir");
    let twice = tempfile::tempdir().expect("tempdir");
    for (i, (name, text)) in seeds().iter().enumerate() {
        std::fs::write(alone.path().join(name), text).unwrap();
        std::fs::write(twice.path().join(name), text).unwrap();
        // A renamed copy with Windows line endings, and a wire reprint with a header.
        std::fs::write(
            twice.path().join(format!("copy-{i}.txt")),
            text.replace('\n', "\r\n"),
        )
        .unwrap();
        std::fs::write(
            twice.path().join(format!("wire-{i}.txt")),
            format!("PARIS, March 3 (Newswire) - Reprinted with permission.\n\n{text}"),
        )
        .unwrap();
    }
    let (a, rows_alone) = totals(alone.path(), &[]);
    let (b, rows_twice) = totals(twice.path(), &[]);
    assert!(!a.is_empty());
    assert_eq!(a.len(), b.len(), "{a:?}\n{b:?}");
    for (actor, v) in &a {
        let w = b
            .get(actor)
            .unwrap_or_else(|| panic!("{actor} is missing: {b:?}"));
        assert!(
            (v - w).abs() <= 1e-6 * v.abs(),
            "{actor}: {v} alone, {w} with copies"
        );
    }
    // The copies' mentions are listed as sources of the same claims.
    assert_eq!(rows_twice, 3 * rows_alone);
}

#[test]
fn the_default_money_chart_is_spend_and_valuations_have_their_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in seeds() {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let roles = |extra: &[&str]| {
        chart_rows(dir.path(), extra)
            .iter()
            .map(|row| row[4].to_string())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(roles(&[]), ["spend".to_string()].into());
    assert_eq!(
        roles(&["--role", "valuation"]),
        ["valuation".to_string()].into()
    );
    let bad = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "chart", "--corpus", "seeds", "--role", "profit", "--out", "x.csv",
        ])
        .output()
        .expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a money role"));
}
