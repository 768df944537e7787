//! The analyst's corrections to claims (split, merge, canonical mention) on the workspace the
//! app uses: the app's chart, its CSV/SVG exports and `vigie chart --project` agree after
//! them; they are undone, saved, reopened, and kept when the text moves; a correction whose
//! mentions are gone is reported.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command as Run;
use vigie::chart::{Chart, ChartClaim};
use vigie::i18n::Lang;
use vigie::project::{Correction, Project};
use vigie::workspace::command::{ChartFormat, ChartsCommand, Command, FileCommand};
use vigie::workspace::edit::Edit;
use vigie::workspace::{Workspace, headless};

/// The seeds as the app opens them, in English, every actor shown.
fn seeds() -> Workspace {
    let mut ws = Workspace::with_seeds();
    ws.apply(Command::SetLang(Lang::En));
    let mut spec = ws.charts.spec.clone();
    spec.filters.top_n = None;
    ws.apply(Command::Charts(ChartsCommand::SetSpec(Box::new(spec))));
    ws
}

/// Each bar's total, by the name shown.
fn bars(chart: &Chart) -> BTreeMap<String, f64> {
    chart
        .bars
        .iter()
        .map(|b| (b.label.clone(), b.value))
        .collect()
}

/// The counted total per actor of a chart CSV.
fn csv_totals(path: &Path) -> BTreeMap<String, f64> {
    let mut r = csv::Reader::from_path(path).expect("csv");
    let mut t = BTreeMap::new();
    for row in r.records() {
        let row = row.expect("row");
        if &row[10] == "true" {
            *t.entry(row[0].to_string()).or_insert(0.0) += row[9].parse::<f64>().expect("value");
        }
    }
    t
}

fn same(a: &BTreeMap<String, f64>, b: &BTreeMap<String, f64>) {
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "{a:?}\n{b:?}"
    );
    for (k, v) in a {
        assert!(
            (v - b[k]).abs() <= 1e-6 * v.abs().max(1.0),
            "{k}: {v} vs {}",
            b[k]
        );
    }
}

/// `vigie chart --project FILE --out OUT`, in English.
fn cli_chart(project: &Path, out: &Path) {
    let run = Run::new(env!("CARGO_BIN_EXE_vigie"))
        .arg("chart")
        .arg("--project")
        .arg(project)
        .arg("--out")
        .arg(out)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// The two largest claims of two different actors.
fn two_actors(chart: &Chart) -> (ChartClaim, ChartClaim) {
    let mut claims: Vec<&ChartClaim> = chart
        .claims
        .iter()
        .filter(|c| !c.label.is_empty())
        .collect();
    claims.sort_by(|a, b| b.value.total_cmp(&a.value));
    let a = claims[0].clone();
    let b = claims
        .iter()
        .find(|c| c.label != a.label)
        .map(|c| (*c).clone())
        .expect("a second actor");
    (a, b)
}

#[test]
fn after_a_merge_the_app_its_exports_and_the_cli_give_the_same_totals() {
    let mut ws = seeds();
    let before = bars(ws.chart());
    let (a, b) = two_actors(ws.chart());
    let mut both = a.mentions.clone();
    both.extend(b.mentions.iter().cloned());
    ws.apply(Command::Edit(Edit::MergeClaims(both.clone())));
    // Counted from a's mention: b's actor loses b's amount, nobody gains it.
    ws.apply(Command::Edit(Edit::ClaimCanonical {
        at: a.mentions[0].clone(),
        claim: both,
    }));
    let after = bars(ws.chart());
    assert_eq!(after[&a.label], before[&a.label]);
    let b_left = before[&b.label] - b.value;
    assert!(
        after.get(&b.label).copied().unwrap_or(0.0) - b_left <= 1e-6 * b.value,
        "{before:?}\n{after:?}"
    );
    let total = |t: &BTreeMap<String, f64>| t.values().sum::<f64>();
    assert!((total(&before) - b.value - total(&after)).abs() <= 1e-6 * total(&before));
    // The merged claim lists b's mentions as saying another actor.
    let merged = ws
        .chart()
        .bars
        .iter()
        .flat_map(|bar| &bar.sources)
        .filter(|s| b.mentions.contains(&s.key()))
        .collect::<Vec<_>>();
    assert!(!merged.is_empty() && merged.iter().all(|s| s.disagrees && !s.counted));

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("merged.vigie");
    ws.project.save_as(&file).expect("saved");
    let (app_csv, cli_csv) = (dir.path().join("app.csv"), dir.path().join("cli.csv"));
    ws.apply(Command::File(FileCommand::ExportChartTo(
        ChartFormat::Csv,
        app_csv.clone(),
    )));
    cli_chart(&file, &cli_csv);
    same(&after, &csv_totals(&app_csv));
    same(&after, &csv_totals(&cli_csv));
    let (app_svg, cli_svg) = (dir.path().join("app.svg"), dir.path().join("cli.svg"));
    ws.apply(Command::File(FileCommand::ExportChartTo(
        ChartFormat::Svg,
        app_svg.clone(),
    )));
    cli_chart(&file, &cli_svg);
    assert_eq!(
        std::fs::read_to_string(&app_svg).expect("app svg"),
        std::fs::read_to_string(&cli_svg).expect("cli svg")
    );

    // Undone step by step, the chart is the engine's again.
    ws.apply(Command::Undo);
    ws.apply(Command::Undo);
    same(&before, &bars(ws.chart()));
    assert!(ws.project.book().corrections.is_empty());
}

#[test]
fn a_split_claim_counts_apart_in_the_app_and_the_cli() {
    let mut ws = seeds();
    let before = bars(ws.chart());
    let chart = ws.chart().clone();
    // A claim reported by two mentions or more: one of them is another fact.
    let claim = chart
        .claims
        .iter()
        .find(|c| c.mentions.len() > 1 && !c.label.is_empty())
        .expect("a claim with two mentions in the seeds")
        .clone();
    let leaving = claim.mentions.last().expect("a mention").clone();
    let said = chart
        .bars
        .iter()
        .flat_map(|b| &b.sources)
        .find(|s| s.key() == leaving)
        .and_then(|s| s.value)
        .expect("its value");
    ws.apply(Command::Edit(Edit::SplitClaim(vec![leaving.clone()])));
    let after = bars(ws.chart());
    assert!(
        (after[&claim.label] - before[&claim.label] - said).abs() <= 1e-6 * said,
        "{before:?}\n{after:?}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("split.vigie");
    ws.project.save_as(&file).expect("saved");
    let out = dir.path().join("cli.csv");
    cli_chart(&file, &out);
    same(&after, &csv_totals(&out));
    // Reopened, the project carries the split.
    let reopened = Project::open(&file).expect("reopens");
    assert_eq!(
        reopened.book().corrections,
        vec![Correction::SplitClaim {
            mentions: vec![leaving]
        }]
    );
}

/// An article file with the same announcement twice, and another article reporting it.
fn write_articles(dir: &Path, head: &str) {
    std::fs::write(
        dir.join("a.txt"),
        format!(
            "{head}Microsoft investit 10 milliards d'euros en France\n\nMicrosoft va investir \
             10 milliards d'euros dans des centres de données en France, a annoncé l'entreprise \
             lundi.\n"
        ),
    )
    .expect("a");
    std::fs::write(
        dir.join("b.txt"),
        "Centres de données\n\nMicrosoft investira 10 milliards d'euros dans des centres de \
         données en France, selon le gouvernement.\n",
    )
    .expect("b");
}

/// A project of the articles of `dir`, saved at `dir/p.vigie`.
fn project_of(dir: &Path) -> Project {
    let mut p = Project::new("p");
    for name in ["a.txt", "b.txt"] {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).expect("text");
        p.add_article_file(&path, &text).expect("added");
    }
    p.save_as(&dir.join("p.vigie")).expect("saved");
    p
}

fn workspace_of(file: &Path) -> Workspace {
    let project = Project::open(file).expect("opens");
    let (docs, problems, _) = headless::read_project(&project, &vigie::extract::Lexicon::builtin());
    assert!(problems.is_empty(), "{problems:?}");
    let mut ws = Workspace::with_project(project, docs, Lang::En);
    ws.apply(Command::SetLang(Lang::En));
    ws
}

#[test]
fn a_split_holds_when_the_text_moves_and_is_reported_when_its_mention_is_gone() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_articles(dir.path(), "");
    project_of(dir.path());
    let file = dir.path().join("p.vigie");
    let mut ws = workspace_of(&file);
    let chart = ws.chart().clone();
    let total = |c: &Chart| c.bars.iter().map(|b| b.value).sum::<f64>();
    assert_eq!(chart.claims.len(), 1, "{:?}", chart.claims);
    assert!((total(&chart) - 10e9).abs() < 1e3, "{}", total(&chart));
    // Article b's mention is another fact (say, another year's plan).
    let b = chart.claims[0]
        .mentions
        .iter()
        .find(|k| {
            ws.doc_by_id(k.article)
                .is_some_and(|(_, d)| d.doc.path.ends_with("b.txt"))
        })
        .expect("b's mention")
        .clone();
    ws.apply(Command::Edit(Edit::SplitClaim(vec![b])));
    assert_eq!(ws.chart().claims.len(), 2);
    assert!((total(ws.chart()) - 20e9).abs() < 1e3);
    ws.project.save().expect("saved");
    assert_eq!(ws.missing_mentions(), vec![0]);

    // A header added above every mention: offsets move, the split still holds.
    let a = std::fs::read_to_string(dir.path().join("a.txt")).expect("a");
    std::fs::write(
        dir.path().join("a.txt"),
        format!("Dépêche AFP — mise à jour.\n\n{a}"),
    )
    .expect("a");
    let b_text = std::fs::read_to_string(dir.path().join("b.txt")).expect("b");
    std::fs::write(dir.path().join("b.txt"), format!("MISE À JOUR\n\n{b_text}")).expect("b");
    let mut ws = workspace_of(&file);
    assert_eq!(ws.chart().claims.len(), 2);
    assert_eq!(ws.missing_mentions(), vec![0]);

    // The figure gone from b: the split no longer applies and the window says so.
    std::fs::write(
        dir.path().join("b.txt"),
        "Centres de données\n\nRien de chiffré.\n",
    )
    .expect("b");
    let mut ws = workspace_of(&file);
    assert_eq!(ws.chart().claims.len(), 1);
    assert_eq!(ws.missing_mentions(), vec![1]);
    assert_eq!(ws.project.book().corrections.len(), 1, "kept, not dropped");
}

#[test]
fn claim_corrections_survive_saving_and_older_files_still_open() {
    let dir = tempfile::tempdir().expect("tempdir");
    write_articles(dir.path(), "");
    let mut p = project_of(dir.path());
    let id = p.book().corpus[0].id;
    let key = |start, text: &str| vigie::project::SpanKey {
        article: id,
        start,
        end: start + text.chars().count(),
        text: text.into(),
    };
    p.edit(|b| {
        b.split_claim(vec![key(10, "10 milliards d'euros")]);
        b.merge_claims(vec![
            key(10, "10 milliards d'euros"),
            key(60, "10 milliards d'euros"),
        ]);
        b.set_claim_canonical(key(60, "10 milliards d'euros"), &[]);
    });
    let file = dir.path().join("p.vigie");
    p.save().expect("saved");
    let back = Project::open(&file).expect("reopens");
    assert_eq!(back.book().corrections, p.book().corrections);
    assert_eq!(back.book().corrections.len(), 3);
    // A project written before claim corrections existed (format 1, upgraded when read)
    // opens with its figure corrections, takes a claim correction and keeps both.
    let v1 = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/project_v1.vigie");
    let mut old = Project::open(&v1).expect("v1 opens");
    let before = old.book().corrections.clone();
    assert!(!before.is_empty() && !before.iter().any(Correction::is_about_claims));
    let at = before[0].figure_mentions()[0].clone();
    old.edit(|b| b.split_claim(vec![at.clone()]));
    let copy = dir.path().join("v1-now.vigie");
    old.save_as(&copy).expect("saved");
    let again = Project::open(&copy).expect("reopens");
    assert_eq!(again.book().corrections.len(), before.len() + 1);
    assert_eq!(
        again.book().corrections.last(),
        Some(&Correction::SplitClaim { mentions: vec![at] })
    );
}
