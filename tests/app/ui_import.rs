//! Headless tests of adding articles in the real app (egui_kittest, scripted dialogs, temp
//! folders): a folder with good and bad files, drag and drop, the article list's filter, and an
//! article that can no longer be read.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};
use vigie::project::Rgb;
use vigie::ui::VigieApp;
use vigie::workspace::Command;
use vigie::workspace::command::FileCommand;
use vigie::workspace::edit::Edit;

use crate::files_common::*;

#[test]
fn importing_a_folder_adds_the_good_file_and_lists_the_others_as_problems() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(
        folder.join("good.txt"),
        "Nvidia et la France\n\nNvidia annonce 2 milliards d'euros pour Mistral AI à Paris.",
    )
    .expect("write");
    std::fs::write(folder.join("bad.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2, 3]).expect("write");
    std::fs::write(folder.join("empty.txt"), b"").expect("write");
    let mut h = seeds_app(
        dir.path(),
        Scripted {
            folder: Some(folder.clone()),
            ..Scripted::default()
        },
    );
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Add folder…").click();
    h.run_steps(1);
    settle(&mut h);
    let app = h.state();
    assert_eq!(app.docs.len(), 6);
    assert_eq!(app.project.book().corpus.len(), 6);
    let new = &app.docs[app.selected.expect("the new article is shown")];
    assert_eq!(new.title(), "Nvidia et la France");
    let problems = &app.files.problems;
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems.iter().any(|p| p.path.ends_with("bad.txt")
        && p.reason.worded(vigie::i18n::Lang::En).contains("binary")));
    assert!(problems.iter().any(|p| p.path.ends_with("empty.txt")
        && p.reason.worded(vigie::i18n::Lang::En).contains("empty")));
    h.get_by_label_contains("bad.txt — not a text file");
    h.get_by_label_contains("empty.txt — empty file");

    // The same folder again: nothing added twice.
    apply(&mut h, Command::File(FileCommand::AddPaths(vec![folder])));
    settle(&mut h);
    assert_eq!(h.state().docs.len(), 6);
    h.get_by_label_contains("already in the project");

    // The import was one undo step.
    apply(&mut h, Command::Undo);
    assert_eq!(h.state().docs.len(), 5);
}

#[test]
fn dropped_files_are_added_and_unknown_types_are_problems() {
    #[derive(Debug)]
    struct Dropped(PathBuf);
    impl egui::DroppedFile for Dropped {
        fn path(&self) -> &Path {
            &self.0
        }
        fn bytes(&self) -> Result<Vec<u8>, String> {
            std::fs::read(&self.0).map_err(|e| e.to_string())
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let md = dir.path().join("note.md");
    std::fs::write(&md, "# Une note\n\nOpenAI et Microsoft.").expect("write");
    let png = dir.path().join("image.png");
    std::fs::write(&png, [137u8, 80, 78, 71]).expect("write");
    let mut h = seeds_app(dir.path(), Scripted::default());
    for p in [&md, &png] {
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(p.clone())));
    }
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(h.state().docs.len(), 6);
    assert!(titles(h.state()).contains(&"Une note".to_string()));
    let problems = &h.state().files.problems;
    assert_eq!(problems.len(), 1);
    assert!(problems[0].path.ends_with("image.png"));
}

#[test]
fn the_filter_narrows_the_list_ignoring_case_and_accents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    let docs = h.state().docs.clone();
    let entries = |h: &Harness<'static, VigieApp>| {
        docs.iter()
            .filter(|d| {
                h.query_by_label_contains(&format!("{}\n", d.title()))
                    .is_some()
            })
            .count()
    };
    assert_eq!(entries(&h), 5);
    // A word of one article's text only, typed in upper case.
    let word = docs[2]
        .doc
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 7)
        .find(|w| {
            let w = w.to_lowercase();
            docs.iter()
                .filter(|d| {
                    d.doc.text.to_lowercase().contains(&w) || d.title().to_lowercase().contains(&w)
                })
                .count()
                == 1
        })
        .expect("a word only article 2 has")
        .to_uppercase();
    type_into(&mut h, "Filter", &word);
    h.run_steps(2);
    assert_eq!(entries(&h), 1, "{word}");
    h.get_by_label_contains(&format!("{}\n", docs[2].title()));
    h.get_by_label_contains("1 shown of 5");
    apply(
        &mut h,
        Command::File(FileCommand::SetFilter("zzzqqq".into())),
    );
    assert_eq!(entries(&h), 0);
}

#[test]
fn an_article_that_cannot_be_read_stays_in_the_project_as_a_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Titre\n\nAnthropic et Google.").expect("write");
    let file = dir.path().join("p.vigie");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(
        &mut h,
        Command::File(FileCommand::AddPaths(vec![article.clone()])),
    );
    settle(&mut h);
    apply(&mut h, Command::File(FileCommand::SaveTo(file.clone())));
    std::fs::remove_file(&article).expect("rm");

    let mut h2 = seeds_app(dir.path(), Scripted::default());
    apply(&mut h2, Command::File(FileCommand::OpenPath(file)));
    settle(&mut h2);
    let app = h2.state();
    assert_eq!(app.docs.len(), 5);
    assert_eq!(app.project.book().corpus.len(), 6);
    assert_eq!(app.files.problems.len(), 1);
    assert!(app.files.problems[0].path.ends_with("a.txt"));
    h2.get_by_label_contains("article kept in the project but cannot be read");
    // An edit does not try to read it again.
    apply(
        &mut h2,
        Command::Edit(Edit::CreateTheme {
            name: "X".into(),
            color: Rgb(1, 2, 3),
            parent: None,
        }),
    );
    assert!(h2.state().status.as_ref().is_none_or(|s| !s.error));
}

#[test]
fn a_tag_whose_passage_is_gone_is_listed_with_its_quote() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Titre\n\nAnthropic et Google signent un accord à Paris.",
    )
    .expect("write");
    let file = dir.path().join("p.vigie");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(
        &mut h,
        Command::File(FileCommand::AddPaths(vec![article.clone()])),
    );
    settle(&mut h);
    apply(
        &mut h,
        Command::Edit(Edit::CreateTheme {
            name: "Accords".into(),
            color: Rgb(1, 2, 3),
            parent: None,
        }),
    );
    let (id, theme) = {
        let app = h.state();
        (app.docs[5].id, app.project.book().themes[0].id)
    };
    // "Google signent"
    apply(
        &mut h,
        Command::Edit(Edit::AddTag {
            article: id,
            range: 20..34,
            theme,
        }),
    );
    assert_eq!(h.state().project.book().tags[0].quote, "Google signent");
    apply(&mut h, Command::File(FileCommand::SaveTo(file.clone())));
    std::fs::write(&article, "Titre\n\nRien de tout cela.").expect("rewrite");

    let mut h2 = seeds_app(dir.path(), Scripted::default());
    apply(&mut h2, Command::File(FileCommand::OpenPath(file)));
    settle(&mut h2);
    let app = h2.state();
    assert_eq!(app.docs.len(), 6);
    assert_eq!(app.project.book().orphans().len(), 1);
    assert!(app.files.show_problems);
    h2.get_by_label_contains("“Google signent” — a.txt");
}

#[test]
fn in_french_unreadable_articles_and_damaged_projects_are_explained_in_french() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(folder.join("bad.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2, 3]).expect("write");
    std::fs::write(folder.join("empty.txt"), b"").expect("write");
    let damaged = dir.path().join("p.vigie");
    std::fs::write(
        &damaged,
        b"{\"format\": \"vigie-project\", \"version\": 2, oops}",
    )
    .expect("write");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::SetLang(vigie::i18n::Lang::Fr));
    apply(&mut h, Command::File(FileCommand::AddPaths(vec![folder])));
    settle(&mut h);
    h.get_by_label_contains("bad.txt — pas un fichier texte");
    h.get_by_label_contains("empty.txt — fichier vide");
    assert!(h.query_by_label_contains("not a text file").is_none());
    apply(&mut h, Command::File(FileCommand::OpenPath(damaged)));
    h.get_by_label_contains("Ce fichier de projet est endommagé");
    assert!(
        h.query_by_label_contains("This project file is damaged")
            .is_none()
    );
}
