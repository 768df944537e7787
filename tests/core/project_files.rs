//! The project file on disk: round trips, migration, atomic saves and backups, bad files,
//! recovery files, and article paths when the project folder moves.

use std::path::{Path, PathBuf};
use vigie::extract::FigureKind;
use vigie::project::{
    ArticleSource, ChartSpec, CurrencyRates, OpenError, Project, Rgb, SaveError, SpanKey,
    backup_path, recovery_is_newer,
};

const ARTICLE: &str = "OpenAI s’engage à acheter 10 GW de puces ; l’État observe.\n";

/// A project in `dir` with one article file, one seed, a theme, a tag, a correction, a chart.
fn sample(dir: &Path) -> Project {
    std::fs::create_dir_all(dir.join("articles")).unwrap();
    let art = dir.join("articles/une.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let mut p = Project::new("Veille « IA » 🌍");
    let a = p.add_article_file(&art, ARTICLE).unwrap();
    p.add_bundled("001_e98aa20c2b61b0f9.txt").unwrap();
    p.edit(|b| {
        let t = b.create_theme("Énergie", Rgb(10, 200, 30), None).unwrap();
        b.add_tag(t, a, ARTICLE, 26..31).unwrap();
        b.set_figure_in_totals(
            SpanKey {
                article: a,
                start: 26,
                end: 31,
                text: "10 GW".into(),
            },
            false,
        );
        b.charts.push(ChartSpec {
            name: "Argent par acteur".into(),
            figure_kind: FigureKind::Money,
            currency: Some("EUR".into()),
            filters: Default::default(),
            rates: Some(CurrencyRates {
                date: "2025-07-01".into(),
                rates: [("USD".to_string(), 0.85)].into(),
            }),
        });
    });
    p.view.selected_article = Some(a);
    p.view.scroll.insert(a, 42.0);
    p.view.ui_language = "fr".into();
    p.view.open_panels = vec!["themes".into()];
    p.save_as(&dir.join("veille.vigie")).unwrap();
    p
}

#[test]
fn save_then_open_gives_the_same_project() {
    let dir = tempfile::tempdir().unwrap();
    let p = sample(dir.path());
    let q = Project::open(&dir.path().join("veille.vigie")).unwrap();
    assert_eq!(q.book(), p.book());
    assert_eq!(q.view, p.view);
    assert_eq!(
        (q.name(), q.created(), q.modified()),
        (p.name(), p.created(), p.modified())
    );
    assert!(!q.is_dirty());
    let json = std::fs::read_to_string(dir.path().join("veille.vigie")).unwrap();
    assert!(json.contains(r#""format": "vigie-project""#) && json.contains(r#""version": 4"#));
    assert!(json.contains(r#""path": "articles/une.txt""#), "{json}");
    assert!(json.contains(r#""bundled": "001_e98aa20c2b61b0f9.txt""#));
    assert!(json.contains(&format!(r#""created": "{}""#, p.created().to_iso())));
}

#[test]
fn a_moved_project_folder_still_finds_its_articles() {
    let root = tempfile::tempdir().unwrap();
    let p = sample(&root.path().join("avant"));
    std::fs::rename(root.path().join("avant"), root.path().join("après")).unwrap();
    let q = Project::open(&root.path().join("après/veille.vigie")).unwrap();
    let a = q.book().corpus[0].id;
    assert_eq!(
        q.article_path(a).unwrap(),
        root.path().join("après/articles/une.txt")
    );
    assert_eq!(q.article_text(a).unwrap(), ARTICLE);
    let seed = q.book().corpus[1].id;
    assert!(q.article_text(seed).unwrap().len() > 1000);
    assert_eq!(q.book(), &{
        let mut b = p.book().clone();
        b.corpus[0].source = ArticleSource::Path(
            root.path()
                .join("après/articles/une.txt")
                .to_string_lossy()
                .replace('\\', "/"),
        );
        b
    });
}

#[test]
fn save_as_elsewhere_rewrites_relative_paths() {
    let root = tempfile::tempdir().unwrap();
    let mut p = sample(&root.path().join("a"));
    std::fs::create_dir_all(root.path().join("b/c")).unwrap();
    p.save_as(&root.path().join("b/c/copie.vigie")).unwrap();
    let json = std::fs::read_to_string(root.path().join("b/c/copie.vigie")).unwrap();
    assert!(
        json.contains(r#""path": "../../a/articles/une.txt""#),
        "{json}"
    );
    let mut q = Project::open(&root.path().join("b/c/copie.vigie")).unwrap();
    // The article now lies outside the project's folder: read only with consent.
    let id = q.book().corpus[0].id;
    assert_eq!(q.outside(), [id]);
    assert!(q.article_text(id).is_err());
    q.allow_outside();
    assert_eq!(q.article_text(id).unwrap(), ARTICLE);
}

#[test]
fn saving_keeps_the_previous_version_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = sample(dir.path());
    let file = dir.path().join("veille.vigie");
    let bak = dir.path().join("veille.vigie.bak");
    assert_eq!(backup_path(&file), None);
    let first = std::fs::read(&file).unwrap();
    p.set_name("Deuxième");
    assert!(p.is_dirty());
    p.save().unwrap();
    assert_eq!(std::fs::read(&bak).unwrap(), first);
    assert_eq!(backup_path(&file), Some(bak.clone()));
    assert_eq!(Project::open(&bak).unwrap().name(), "Veille « IA » 🌍");
    assert_eq!(Project::open(&file).unwrap().name(), "Deuxième");
    // No temp files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    // A damaged file on disk does not overwrite a good backup.
    std::fs::write(&file, "{\"format\": \"vigie-pro").unwrap();
    p.save().unwrap();
    assert_eq!(std::fs::read(&bak).unwrap(), first);
}

#[test]
fn saving_a_new_project_needs_a_path() {
    let mut p = Project::new("x");
    assert!(matches!(p.save(), Err(SaveError::NoPath)));
    assert!(p.is_dirty());
}

/// Opens `bytes` written as a project file, checks the file is untouched, returns the error.
fn open_bad(dir: &Path, bytes: &[u8]) -> OpenError {
    let file = dir.join("veille.vigie");
    std::fs::write(&file, bytes).unwrap();
    let err = Project::open(&file).unwrap_err();
    assert_eq!(std::fs::read(&file).unwrap(), bytes);
    err
}

#[test]
fn bad_files_give_clear_errors_and_stay_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = {
        sample(dir.path());
        std::fs::read(dir.path().join("veille.vigie")).unwrap()
    };
    let cut = &good[..good.len() / 2];
    let e = open_bad(dir.path(), cut);
    assert!(matches!(e, OpenError::Truncated { .. }), "{e:?}");
    assert!(e.to_string().contains("cut short"));
    assert!(matches!(
        open_bad(dir.path(), b""),
        OpenError::Truncated { .. }
    ));

    let corrupt =
        String::from_utf8(good.clone())
            .unwrap()
            .replacen(r#""tags": ["#, r#""tags": [}"#, 1);
    let e = open_bad(dir.path(), corrupt.as_bytes());
    assert!(matches!(e, OpenError::Corrupt { .. }), "{e:?}");
    assert!(e.to_string().starts_with("This project file is damaged"));

    let e = open_bad(dir.path(), b"\x89PNG\r\n\x1a\n....");
    assert!(matches!(e, OpenError::Foreign { found: None, .. }), "{e:?}");
    let e = open_bad(
        dir.path(),
        br#"{"format": "vigie-lexicon", "version": 1, "actors": []}"#,
    );
    assert!(matches!(e, OpenError::Foreign { found: Some(ref f), .. } if f == "vigie-lexicon"));
    assert!(e.to_string().contains("not a Vigie project file"));

    let newer = String::from_utf8(good.clone())
        .unwrap()
        .replace(r#""version": 4"#, r#""version": 5"#);
    let e = open_bad(dir.path(), newer.as_bytes());
    assert_eq!(
        e.to_string(),
        "This file was made by a newer Vigie (format version 5); this version reads up to 4. \
         Update Vigie to open it."
    );
    // A tag pointing at a theme-id string instead of a number is damage, not a panic.
    let wrong = String::from_utf8(good.clone()).unwrap().replacen(
        r#""theme": "#,
        r#""theme": "x", "old": "#,
        1,
    );
    assert!(matches!(
        open_bad(dir.path(), wrong.as_bytes()),
        OpenError::Corrupt { .. }
    ));
    assert!(e.backup().is_none());
}

#[test]
fn errors_point_to_a_backup_that_opens() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = sample(dir.path());
    p.set_name("v2");
    p.save().unwrap();
    let e = open_bad(dir.path(), b"{\"format\": \"vigie-project\", \"vers");
    let bak = dir.path().join("veille.vigie.bak");
    assert_eq!(e.backup(), Some(bak.as_path()));
    assert!(
        e.to_string()
            .contains("A backup from the previous save can be opened")
    );
    // A broken backup is not offered.
    std::fs::write(&bak, "nope").unwrap();
    assert_eq!(open_bad(dir.path(), b"").backup(), None);
    let missing = Project::open(&dir.path().join("absent.vigie")).unwrap_err();
    assert!(matches!(missing, OpenError::Io { .. }));
}

#[test]
fn the_v1_fixture_loads_and_upgrades() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/project_v1.vigie");
    let before = std::fs::read(&fixture).unwrap();
    let mut p = Project::open(&fixture).unwrap();
    assert_eq!(
        std::fs::read(&fixture).unwrap(),
        before,
        "opening never writes"
    );
    let b = p.book();
    assert_eq!(p.name(), "Veille IA (brouillon)");
    assert_eq!(p.created().to_iso(), "2025-03-14T09:30:00Z");
    assert_eq!(b.corpus.len(), 2);
    assert!(b.corpus.iter().all(|a| a.hash.starts_with("sha256:")));
    let theme = |n: &str| b.themes.iter().find(|t| t.name == n).unwrap();
    let souv = theme("Souveraineté");
    assert_eq!(souv.color, Rgb(0x1f, 0x77, 0xb4));
    assert_eq!(souv.description.as_deref(), Some("Autonomie stratégique"));
    assert_eq!(theme("Infrastructures").parent, Some(souv.id));
    assert_eq!(theme("Financement").color, Rgb(128, 128, 128));
    // An undeclared theme named by a tag was created.
    let regul = theme("Régulation").id;
    assert_eq!(b.tags.len(), 4);
    assert!(b.tags.iter().all(|t| t.guid.len() == 36 && !t.orphan));
    assert_eq!(b.tags_for_theme(souv.id, true).len(), 2);
    assert_eq!(b.tags_for_theme(regul, false)[0].article, b.corpus[1].id);
    assert_eq!(b.corrections.len(), 1);
    assert_eq!(b.lexicon_additions[0].aliases, vec!["FluidStack"]);
    // Ids are unique across articles, themes and tags.
    let mut ids: Vec<u64> = b.corpus.iter().map(|a| a.id.0).collect();
    ids.extend(b.themes.iter().map(|t| t.id.0));
    ids.extend(b.tags.iter().map(|t| t.id.0));
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    // Reading the articles fills in the context v1 did not keep, and keeps every passage.
    for id in b.corpus.iter().map(|a| a.id).collect::<Vec<_>>() {
        let text = p.article_text(id).unwrap();
        let r = p.sync_article(id, &text).unwrap();
        assert!(r.orphans.is_empty() && r.moved.is_empty(), "{r:?}");
    }
    assert!(
        p.book()
            .tags
            .iter()
            .all(|t| !t.before.is_empty() || t.start == 0)
    );
    let money = p
        .book()
        .tags
        .iter()
        .find(|t| t.memo == "premier tour")
        .unwrap();
    assert_eq!(money.quote, "une levée de 600 millions d’euros");
    assert!(money.before.ends_with("Mistral AI a annoncé "));
    // Saved again, it is a version 2 file.
    let dir = tempfile::tempdir().unwrap();
    p.save_as(&dir.path().join("v2.vigie")).unwrap();
    let q = Project::open(&dir.path().join("v2.vigie")).unwrap();
    assert_eq!(q.book(), p.book());
}

#[test]
fn recovery_files_stand_in_for_unsaved_work() {
    let root = tempfile::tempdir().unwrap();
    let mut p = sample(&root.path().join("proj"));
    let file = root.path().join("proj/veille.vigie");
    let rec: PathBuf = root.path().join("ailleurs/veille.recovery");
    std::fs::create_dir_all(rec.parent().unwrap()).unwrap();
    assert!(!recovery_is_newer(&file, &rec));
    p.edit(|b| b.create_theme("Non sauvé", Rgb(1, 1, 1), None))
        .unwrap();
    p.save_recovery(&rec).unwrap();
    assert!(p.is_dirty(), "a recovery copy is not a save");
    // Make the project file clearly older than the recovery.
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .unwrap()
        .set_modified(old)
        .unwrap();
    assert!(recovery_is_newer(&file, &rec));
    let q = Project::open_recovery(&rec, &file).unwrap();
    assert!(q.is_dirty());
    assert_eq!(q.path(), Some(file.as_path()));
    assert_eq!(q.book(), p.book());
    assert_eq!(q.article_text(q.book().corpus[0].id).unwrap(), ARTICLE);
    // Once the project is saved, the recovery is stale.
    p.save().unwrap();
    let older = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&rec)
        .unwrap()
        .set_modified(older)
        .unwrap();
    assert!(!recovery_is_newer(&file, &rec));
    vigie::project::discard_recovery(&rec).unwrap();
    assert!(!rec.exists());
    vigie::project::discard_recovery(&rec).unwrap();
}

#[cfg(unix)]
#[test]
fn a_saved_project_is_a_normal_document_and_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("veille.vigie");
    let mut p = sample(dir.path());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644, "not the temp file's 0600");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    p.edit(|b| b.create_theme("Puces", Rgb(1, 2, 3), None).map(drop))
        .unwrap();
    p.save().unwrap();
    assert_eq!(mode(&path), 0o640);
}

#[test]
fn the_sample_fixture_is_written_back_byte_for_byte_but_for_its_save_time() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample.vigie");
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("sample.vigie");
    std::fs::copy(&fixture, &copy).unwrap();
    let mut p = Project::open(&copy).unwrap();
    p.save().unwrap();
    let before = std::fs::read_to_string(&fixture).unwrap();
    let after = std::fs::read_to_string(&copy).unwrap();
    // Only the "modified" line may differ (it is the time of this save).
    let lines = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| !l.trim_start().starts_with(r#""modified""#))
            .map(str::to_string)
            .collect()
    };
    assert!(before.contains(r#""created": "2026-11-21T15:25:47Z""#));
    assert_eq!(lines(&after), lines(&before));
}

#[test]
fn a_version_3_file_opens_and_is_saved_as_the_current_version() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sample.vigie");
    let current = std::fs::read_to_string(&fixture).unwrap();
    let old = current.replacen(
        &format!(r#""version": {}"#, vigie::project::VERSION),
        r#""version": 3"#,
        1,
    );
    assert_ne!(old, current);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("old.vigie");
    std::fs::write(&copy, &old).unwrap();
    let mut p = Project::open(&copy).unwrap();
    let q = Project::open(&fixture).unwrap();
    assert_eq!(p.book(), q.book());
    p.save().unwrap();
    let saved = std::fs::read_to_string(&copy).unwrap();
    assert!(saved.contains(&format!(r#""version": {}"#, vigie::project::VERSION)));
}
