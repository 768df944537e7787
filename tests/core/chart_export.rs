//! Chart export: the PNG decodes at the requested size and is not blank, the SVG parses and
//! names every actor, the CSV reads back row for row; `vigie chart` works on the bundled seeds
//! in an empty folder (a fresh machine) and on a project's saved chart.

use std::path::Path;
use std::process::Command;
use vigie::chart::aggregate;
use vigie::extract::{FigureKind, Lexicon};
use vigie::i18n::Lang;
use vigie::project::{ChartFilters, ChartSpec, Project};
use vigie::workspace::headless as load;

fn seeds_chart(locale: Lang) -> vigie::chart::Chart {
    let lexicon = Lexicon::builtin();
    let loaded = load::from_corpus(Path::new("seeds"), &lexicon).expect("bundled seeds");
    let spec = ChartSpec {
        name: "Money".into(),
        figure_kind: FigureKind::Money,
        currency: Some("EUR".into()),
        filters: ChartFilters::default(),
        rates: None,
    };
    aggregate(&loaded.corpus, &spec, &lexicon, locale)
}

#[test]
fn svg_parses_and_names_every_actor() {
    let chart = seeds_chart(Lang::En);
    assert!(chart.bars.len() >= 3, "{:?}", chart.bars);
    let svg = vigie::chart::svg::render(&chart, Lang::En);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    for b in &chart.bars {
        assert!(texts.contains(&b.label.as_str()), "{} missing", b.label);
    }
    assert!(
        texts
            .iter()
            .any(|t| t.contains("Exchange rates (2025-07-01)"))
    );
    assert!(texts.iter().any(|t| t.starts_with("Corpus: seeds")));
}

#[test]
fn png_has_the_requested_size_and_is_not_blank() {
    let chart = seeds_chart(Lang::Fr);
    let png = vigie::chart::png::render(&chart, Lang::Fr, 2000).expect("png");
    let img = resvg::tiny_skia::Pixmap::decode_png(&png).expect("decodes");
    assert_eq!(img.width(), 2000);
    assert!(img.height() > 600);
    // Bars and text: many pixels are neither white nor transparent, in several colours.
    let px = img.pixels();
    let inked = px
        .iter()
        .filter(|p| p.alpha() == 255 && (p.red(), p.green(), p.blue()) != (255, 255, 255))
        .count();
    assert!(inked > px.len() / 50, "{inked} of {}", px.len());
    // Each kind of the chart shows up in its colour.
    for kind in chart.kinds() {
        let [r, g, b] = vigie::chart::svg::kind_rgb(kind);
        let n = px
            .iter()
            .filter(|p| (p.red(), p.green(), p.blue()) == (r, g, b))
            .count();
        assert!(n > 500, "{kind:?} is drawn (legend and bars): {n} pixels");
    }
    // The longest bar is a large block of its kind's colour.
    let [r, g, b] = vigie::chart::svg::kind_rgb(chart.bars[0].kind);
    let longest = px
        .iter()
        .filter(|p| (p.red(), p.green(), p.blue()) == (r, g, b))
        .count();
    assert!(
        longest > 20_000,
        "the longest bar is drawn: {longest} pixels"
    );
    // Never smaller than 1600 px.
    let small = vigie::chart::png::render(&chart, Lang::Fr, 300).expect("png");
    let img = resvg::tiny_skia::Pixmap::decode_png(&small).expect("decodes");
    assert_eq!(img.width(), 1600);
}

#[test]
fn csv_reads_back_one_row_per_figure() {
    let chart = seeds_chart(Lang::En);
    let bytes = vigie::chart::csv::render(&chart).expect("csv");
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, vigie::chart::csv::HEADER);
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    let expected: usize = chart.bars.iter().map(|b| b.sources.len()).sum::<usize>()
        + chart.unattributed.len()
        + chart.unconverted.len();
    assert_eq!(rows.len(), expected);
    let sources = chart
        .bars
        .iter()
        .flat_map(|b| b.sources.iter().map(move |s| (b, s)));
    for (row, (bar, s)) in rows.iter().zip(sources) {
        assert_eq!(&row[0], bar.label);
        assert_eq!(&row[2], s.figure.text);
        assert_eq!(&row[14], s.sentence, "sentences survive quoting");
        assert_eq!(row[5].parse::<f64>().ok(), Some(s.figure.value));
    }
}

#[test]
fn the_command_line_charts_the_bundled_seeds_in_an_empty_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    for out in ["money.png", "money.svg", "money.csv"] {
        let status = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .current_dir(dir.path())
            .args([
                "chart", "--corpus", "seeds", "--kind", "money", "--out", out,
            ])
            .env("LANG", "fr_FR.UTF-8")
            .status()
            .expect("runs");
        assert!(status.success(), "{out}");
        let bytes = std::fs::read(dir.path().join(out)).expect("written");
        assert!(bytes.len() > 500, "{out}");
    }
    let svg = std::fs::read_to_string(dir.path().join("money.svg")).expect("svg");
    assert!(svg.contains("Md€"), "French labels from LANG");
    // Bad requests fail with a reason, and write nothing.
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .current_dir(dir.path())
        .args(["chart", "--corpus", "seeds", "--out", "x.pdf"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains(".png, .svg or .csv"));
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn a_saved_chart_comes_out_of_a_project_by_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.vigie");
    let mut p = Project::with_seeds("p");
    p.edit(|b| {
        b.charts.push(ChartSpec {
            name: "Top 2 in dollars".into(),
            figure_kind: FigureKind::Money,
            currency: Some("USD".into()),
            filters: ChartFilters {
                top_n: Some(2),
                ..ChartFilters::default()
            },
            rates: None,
        })
    });
    p.save_as(&path).expect("saved");
    let csv_out = dir.path().join("top.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["chart", "--project"])
        .arg(&path)
        .args(["--name", "Top 2 in dollars", "--out"])
        .arg(&csv_out)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut r = csv::Reader::from_path(&csv_out).expect("csv");
    let actors: std::collections::BTreeSet<String> = r
        .records()
        .filter_map(Result::ok)
        .filter(|row| &row[10] == "true")
        .map(|row| row[0].to_string())
        .collect();
    assert_eq!(actors.len(), 2, "{actors:?}");
    let missing = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["chart", "--project"])
        .arg(&path)
        .args(["--name", "Nope", "--out", "x.svg"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("Top 2 in dollars"));
}

#[test]
fn the_command_line_draws_a_timeline_by_quarter() {
    let dir = tempfile::tempdir().expect("tempdir");
    for out in ["t.svg", "t.png", "t.csv"] {
        let o = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .current_dir(dir.path())
            .args([
                "chart", "--corpus", "seeds", "--by", "quarter", "--lang", "en", "--out", out,
            ])
            .output()
            .expect("runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let svg = std::fs::read_to_string(dir.path().join("t.svg")).expect("svg");
    assert!(svg.contains("by quarter"));
    assert!(svg.contains("Q"), "period labels");
    svg_parses(&svg);
    let csv = std::fs::read_to_string(dir.path().join("t.csv")).expect("csv");
    assert!(csv.starts_with("actor,period,value,unit"));
    let bad = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .current_dir(dir.path())
        .args([
            "chart", "--corpus", "seeds", "--by", "week", "--out", "x.csv",
        ])
        .output()
        .expect("runs");
    assert!(!bad.status.success());
}

/// The SVG is well-formed enough for resvg to read it.
fn svg_parses(svg: &str) {
    let opt = resvg::usvg::Options::default();
    resvg::usvg::Tree::from_str(svg, &opt).expect("the timeline SVG parses");
}

#[test]
fn the_command_line_draws_who_backs_whom() {
    let dir = tempfile::tempdir().expect("tempdir");
    for out in ["f.svg", "f.csv"] {
        let o = Command::new(env!("CARGO_BIN_EXE_vigie"))
            .current_dir(dir.path())
            .args([
                "chart", "--corpus", "seeds", "--flows", "--lang", "en", "--out", out,
            ])
            .output()
            .expect("runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let csv = std::fs::read_to_string(dir.path().join("f.csv")).expect("csv");
    assert!(csv.contains("ASML,Mistral AI,1300000000,EUR,1"), "{csv}");
    let svg = std::fs::read_to_string(dir.path().join("f.svg")).expect("svg");
    assert!(svg.contains("Who backs whom"));
    svg_parses(&svg);
}
