//! CSV and JSON exports of tags and figures, and the `vigie export` / `vigie import` commands.

use crate::interchange_common::*;
use std::process::Command;
use vigie::extract::Lexicon;
use vigie::interchange::{csv as vcsv, json, rows};

fn records(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn tag_csv_has_one_clean_row_per_tag_whatever_the_memo_holds() {
    let p = sample();
    let tags = rows::tag_rows(&p);
    assert_eq!(tags.len(), 10);
    let bytes = vcsv::tags(&tags).unwrap();
    let recs = records(&bytes);
    assert_eq!(recs[0], vcsv::TAG_HEADER);
    assert_eq!(recs.len(), tags.len() + 1);
    // Memos with a line break, a semicolon, double quotes and an emoji come back whole.
    let tricky = tags
        .iter()
        .filter(|t| t.memo.contains('\n') || t.memo.contains('"') || t.memo.contains(';'))
        .count();
    assert!(tricky >= 3, "{tricky}");
    for (r, t) in recs[1..].iter().zip(&tags) {
        assert_eq!(r.len(), 8);
        assert_eq!(r[0], t.theme);
        assert_eq!(r[1], t.parent.clone().unwrap_or_default());
        assert_eq!(r[2], t.article);
        assert_eq!(
            (
                r[3].parse::<usize>().unwrap(),
                r[4].parse::<usize>().unwrap()
            ),
            (t.start, t.end)
        );
        assert_eq!((&r[5], &r[6]), (&t.quote, &t.memo));
    }
    // Sub-themes name their parent; articles are named like the project names them.
    let chips = tags.iter().find(|t| t.theme == "Puces").unwrap();
    assert_eq!(chips.parent.as_deref(), Some("Puissance de calcul"));
    assert_eq!(chips.article, "seeds/003_9a10009aa8f4357c.txt");
    assert_eq!(chips.memo, "Chiffre annoncé par xAI 🚀");
}

#[test]
fn tag_json_holds_the_same_rows() {
    let p = sample();
    let tags = rows::tag_rows(&p);
    let v: serde_json::Value =
        serde_json::from_slice(&json::tags(p.name(), &tags).unwrap()).unwrap();
    assert_eq!(v["format"], "vigie-tags");
    assert_eq!(v["project"], p.name());
    let arr = v["tags"].as_array().unwrap();
    assert_eq!(arr.len(), 10);
    for (j, t) in arr.iter().zip(&tags) {
        assert_eq!(j["quote"], t.quote.as_str());
        assert_eq!(j["memo"], t.memo.as_str());
        assert_eq!(j["start"], t.start);
        assert_eq!(j["theme"], t.theme.as_str());
    }
}

#[test]
fn figures_come_with_their_actor_and_sentence() {
    let p = sample();
    let loaded = vigie::workspace::headless::from_open_project(&p, "sample", &Lexicon::builtin());
    let lex = Lexicon::builtin();
    let fr = |c: &str| vigie::i18n::actor_name(&lex, c, vigie::i18n::Lang::Fr).to_string();
    let figs = rows::figure_rows(&p, &loaded.corpus, &fr);
    assert!(figs.len() >= 10, "{}", figs.len());
    // Actors are named in the language asked for.
    let en = |c: &str| vigie::i18n::actor_name(&lex, c, vigie::i18n::Lang::En).to_string();
    let in_english = rows::figure_rows(&p, &loaded.corpus, &en);
    let named =
        |rows: &[rows::FigureRow], who: &str| rows.iter().any(|f| f.actor.as_deref() == Some(who));
    assert!(named(&figs, "Allemagne"));
    assert!(named(&in_english, "Germany"));
    assert!(!named(&in_english, "Allemagne"));
    for f in &figs {
        assert!(
            f.sentence.contains(&f.text),
            "{:?} not in {:?}",
            f.text,
            f.sentence
        );
        assert!(f.article.starts_with("seeds/"));
    }
    let musk = figs
        .iter()
        .find(|f| f.text.contains("100 000") && f.kind == "chips")
        .expect("the 100 000 H100 of the seeds");
    assert!(musk.sentence.contains("Nvidia H100"));
    let recs = records(&vcsv::figures(&figs).unwrap());
    assert_eq!(recs[0], vcsv::FIGURE_HEADER);
    assert_eq!(recs.len(), figs.len() + 1);
    assert!(
        recs[1..]
            .iter()
            .all(|r| r.len() == vcsv::FIGURE_HEADER.len())
    );
    // Money figures carry their role in both exports.
    let role_col = vcsv::FIGURE_HEADER
        .iter()
        .position(|h| *h == "role")
        .unwrap();
    let kind_col = vcsv::FIGURE_HEADER
        .iter()
        .position(|h| *h == "kind")
        .unwrap();
    assert!(
        recs[1..]
            .iter()
            .filter(|r| r[kind_col] == "money")
            .all(|r| ["spend", "funding", "valuation", "revenue", "other"]
                .contains(&r[role_col].as_str())),
        "{recs:?}"
    );
    let v: serde_json::Value =
        serde_json::from_slice(&json::figures(p.name(), &figs).unwrap()).unwrap();
    assert_eq!(v["figures"].as_array().unwrap().len(), figs.len());
    assert!(v["figures"][0]["value"].is_number());
    let money = v["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "money")
        .expect("the seeds have money figures");
    assert!(money["role"].is_string(), "{money}");
}

fn vigie(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_commands_export_validate_and_import() {
    let dir = TempDir::new("cli");
    let d = |n: &str| dir.path().join(n).to_string_lossy().into_owned();
    let run = |args: &[&str]| {
        let out = vigie(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let said = run(&[
        "export",
        "--project",
        SAMPLE,
        "--format",
        "qdpx",
        "--actors",
        "--out",
        &d("s.qdpx"),
    ]);
    assert!(said.contains("5 articles, 6 themes, 10 tags"), "{said}");
    std::fs::write(
        d("project.qde"),
        entry(&std::fs::read(d("s.qdpx")).unwrap(), "project.qde"),
    )
    .unwrap();
    xmllint(&dir.path().join("project.qde"));
    run(&[
        "export",
        "--project",
        SAMPLE,
        "--format",
        "csv",
        "--out",
        &d("tags.csv"),
    ]);
    assert_eq!(records(&std::fs::read(d("tags.csv")).unwrap()).len(), 11);
    run(&[
        "export",
        "--project",
        SAMPLE,
        "--format",
        "json",
        "--what",
        "figures",
        "--out",
        &d("f.json"),
    ]);
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d("f.json")).unwrap()).unwrap();
    assert!(!v["figures"].as_array().unwrap().is_empty());
    // No temp files are left next to the exports.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");

    let said = run(&[
        "import",
        "--qdpx",
        &d("s.qdpx"),
        "--out",
        &d("new/imported.vigie"),
    ]);
    assert!(
        said.contains("10 tags") && said.contains("engine mentions"),
        "{said}"
    );
    let q = vigie::project::Project::open(&dir.path().join("new/imported.vigie")).unwrap();
    assert_same_work(&sample(), &q);
    // An existing project is never replaced; a bad format is refused.
    let out = vigie(&[
        "import",
        "--qdpx",
        &d("s.qdpx"),
        "--out",
        &d("new/imported.vigie"),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert!(
        !vigie(&[
            "export",
            "--project",
            SAMPLE,
            "--format",
            "xlsx",
            "--out",
            &d("x")
        ])
        .status
        .success()
    );
    let out = vigie(&["import", "--qdpx", &d("tags.csv"), "--out", &d("bad.vigie")]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a readable REFI-QDA archive"));
    assert!(!dir.path().join("bad.vigie").exists());
}
