//! Reports for a colleague without Vigie: `vigie report` writes every theme's passages with
//! their article, date and memo, and the co-occurrence tables, as Markdown and as HTML.

use crate::interchange_common::*;

fn run(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_report_lists_each_themes_passages_and_the_co_occurrences() {
    let dir = TempDir::new("report");
    let md = dir.path().join("r.md");
    run(&[
        "report",
        "--project",
        SAMPLE,
        "--lang",
        "fr",
        "--out",
        md.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&md).unwrap();
    let p = sample();
    let b = p.book();
    // Every theme has its heading with its count of passages, every passage its quote.
    for t in &b.themes {
        let n = b.tags.iter().filter(|g| g.theme == t.id).count();
        assert!(
            text.contains(&format!("## {} ({n} passage", t.name)),
            "{}: {text}",
            t.name
        );
    }
    for g in &b.tags {
        let first: String = g.quote.chars().take(20).collect();
        assert!(text.contains(&first), "{first:?} not in the report");
    }
    // Memos and dates are there; the tables too.
    assert!(text.contains("**Mémo** : "));
    assert!(text.contains("2025-07-09"));
    assert!(text.contains("## Thèmes × acteurs") && text.contains("## Thèmes × thèmes"));
    // One theme only, as HTML: a standalone page with that theme and no other.
    let html = dir.path().join("r.html");
    run(&[
        "report",
        "--project",
        SAMPLE,
        "--lang",
        "en",
        "--theme",
        "argent",
        "--out",
        html.to_str().unwrap(),
    ]);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("<h2>Argent"),
        "{page}"
    );
    assert!(!page.contains("<h2>Puces"), "{page}");
    assert!(page.contains("Passages by theme"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["report", "--project", SAMPLE, "--theme", "nope", "--out"])
        .arg(dir.path().join("x.md"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no theme called"));
}

#[test]
fn a_report_crosses_themes_with_article_attributes() {
    let dir = TempDir::new("report-attr");
    let mut p = sample();
    p.edit(|b| {
        for (i, a) in b.corpus.iter_mut().enumerate() {
            let outlet = if i % 2 == 0 { "Le Monde" } else { "Reuters" };
            a.attributes.insert("média".into(), outlet.into());
        }
    });
    let path = dir.path().join("p.vigie");
    p.save_as(&path).unwrap();
    let md = dir.path().join("r.md");
    run(&[
        "report",
        "--project",
        path.to_str().unwrap(),
        "--lang",
        "fr",
        "--out",
        md.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&md).unwrap();
    let table = &text[text.find("## Thèmes par média").expect(&text)..];
    assert!(
        table.contains("| Le Monde |") || table.contains("| Reuters |"),
        "{table}"
    );
    // The counts per value add up to every passage of the theme.
    let b = p.book();
    let souv = b.themes.iter().find(|t| t.name == "Souveraineté").unwrap();
    let n = b.tags.iter().filter(|g| g.theme == souv.id).count();
    let row = table
        .lines()
        .find(|l| l.starts_with("| Souveraineté |"))
        .unwrap();
    let sum: usize = row
        .split('|')
        .skip(2)
        .filter_map(|c| c.trim().parse::<usize>().ok())
        .sum();
    assert_eq!(sum, n, "{row}");
}
