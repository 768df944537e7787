//! Headless tests of files and projects in the real app (egui_kittest, scripted dialogs, temp
//! folders): save and reopen, damaged files and backups, importing, the article filter, the
//! unsaved-changes prompt, the recent list and autosave/recovery.
#![cfg(feature = "gui")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};
use vigie::project::{Rgb, Tag};
use vigie::ui::edit::Edit;
use vigie::ui::files::recent::Recent;
use vigie::ui::files::{Dialogs, FileCommand, Files, Places};
use vigie::ui::{Command, VigieApp};

mod common;
use common::harness;

/// Dialogs that answer what the test said, once each.
#[derive(Default)]
struct Scripted {
    open: Option<PathBuf>,
    save: Option<PathBuf>,
    folder: Option<PathBuf>,
}

impl Dialogs for Scripted {
    fn open_project(&mut self) -> Option<PathBuf> {
        self.open.take()
    }
    fn save_project_as(&mut self, _: &str, _: Option<&Path>) -> Option<PathBuf> {
        self.save.take()
    }
    fn open_folder(&mut self) -> Option<PathBuf> {
        self.folder.take()
    }
    fn add_files(&mut self) -> Option<Vec<PathBuf>> {
        None
    }
}

fn files(dir: &Path, dialogs: Scripted) -> Files {
    Files::with(Box::new(dialogs), Places::in_dir(&dir.join("user")))
}

fn seeds_app(dir: &Path, dialogs: Scripted) -> Harness<'static, VigieApp> {
    let mut app = VigieApp::with_seeds();
    app.files = files(dir, dialogs);
    harness(app)
}

/// Runs frames until the background load is over.
fn settle(h: &mut Harness<'static, VigieApp>) {
    for _ in 0..1000 {
        h.run_steps(1);
        if !h.state().files.is_busy() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the background load never finished");
}

/// Focuses the field labelled `label` and types `text` into it.
fn type_into(h: &mut Harness<'static, VigieApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run_steps(1);
    h.get_by_label(label).type_text(text);
    h.run_steps(1);
}

fn apply(h: &mut Harness<'static, VigieApp>, c: Command) {
    h.state_mut().apply(c);
    h.run_steps(2);
}

/// Creates a theme and tags chars 10..30 of the first article with it.
fn tag_first_article(h: &mut Harness<'static, VigieApp>) -> Tag {
    apply(
        h,
        Command::Edit(Edit::CreateTheme {
            name: "Puces".into(),
            color: Rgb(200, 40, 40),
            parent: None,
        }),
    );
    let theme = h.state().project.book().themes[0].id;
    let article = h.state().docs[0].id;
    apply(
        h,
        Command::Edit(Edit::AddTag {
            article,
            range: 10..30,
            theme,
        }),
    );
    h.state().project.book().tags[0].clone()
}

fn titles(app: &VigieApp) -> Vec<String> {
    app.docs.iter().map(|d| d.title().to_string()).collect()
}

#[test]
fn a_saved_project_reopens_with_its_articles_and_tags() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ia.vigie");
    let mut h = seeds_app(
        dir.path(),
        Scripted {
            save: Some(file.clone()),
            ..Scripted::default()
        },
    );
    let tag = tag_first_article(&mut h);
    assert!(h.state().project.is_dirty());
    assert!(h.state().window_title().starts_with("• "));
    // Never saved: Ctrl+S asks where (the scripted dialog answers).
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run_steps(2);
    assert!(file.is_file());
    assert!(!h.state().project.is_dirty());
    assert_eq!(h.state().project.name(), "ia");
    assert_eq!(h.state().window_title(), "ia — Vigie");
    let before = titles(h.state());

    // A new app opens it through File › Open path… (no dialog needed).
    let mut h2 = seeds_app(dir.path(), Scripted::default());
    h2.get_by_label("File").click();
    h2.run_steps(2);
    h2.get_by_label("Open path…").click();
    // A modal is drawn invisibly on its first frame (sizing), then shown.
    h2.run_steps(3);
    type_into(&mut h2, "Path", &file.to_string_lossy());
    h2.run_steps(1);
    h2.get_by_label("OK").click();
    h2.run_steps(1);
    settle(&mut h2);
    let app = h2.state();
    assert_eq!(app.project.path(), Some(file.as_path()));
    assert_eq!(titles(app), before);
    let t = &app.project.book().tags[0];
    assert_eq!((t.start, t.end, &t.quote), (tag.start, tag.end, &tag.quote));
    assert!(!t.orphan);
    assert!(!app.project.is_dirty());
    // The list counts the tag.
    h2.get_by_label_contains("1 tags");
}

#[test]
fn a_damaged_project_shows_the_error_changes_nothing_and_offers_the_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("p.vigie");
    let mut p = vigie::project::Project::with_seeds("p");
    p.save_as(&file).expect("save");
    p.set_name("second");
    p.save_as(&file)
        .expect("save again: the first becomes the backup");
    let damaged = b"{\"format\": \"vigie-project\", \"version\": 2, oops}".to_vec();
    std::fs::write(&file, &damaged).expect("write");

    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::File(FileCommand::OpenPath(file.clone())));
    h.get_by_label("Cannot open this project");
    h.get_by_label_contains("damaged");
    assert_eq!(std::fs::read(&file).expect("read"), damaged);
    // Still on the seeds.
    assert_eq!(h.state().project.path(), None);

    h.get_by_label("Open the backup").click();
    h.run_steps(1);
    settle(&mut h);
    let app = h.state();
    assert!(app.files.open_error.is_none());
    assert_eq!(app.project.name(), "p");
    assert_eq!(app.project.path(), Some(file.as_path()));
    assert_eq!(app.docs.len(), 5);
    // The backup is unsaved work for the damaged file: saving is offered.
    assert!(app.project.is_dirty());
    assert_eq!(std::fs::read(&file).expect("read"), damaged);

    // Without a backup: the message, and no button.
    let other = dir.path().join("alone.vigie");
    std::fs::write(&other, b"").expect("write");
    apply(&mut h, Command::File(FileCommand::OpenPath(other)));
    // The backup opened as unsaved work: first asked whether to save it.
    h.get_by_label("Unsaved changes");
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    h.get_by_label_contains("empty or cut short");
    assert!(h.query_by_label("Open the backup").is_none());
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(h.state().files.open_error.is_none());
}

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
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("bad.txt") && p.reason.contains("binary"))
    );
    assert!(
        problems
            .iter()
            .any(|p| p.path.ends_with("empty.txt") && p.reason.contains("empty"))
    );
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

fn request_close(h: &mut Harness<'static, VigieApp>) {
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(1);
}

fn asked_to_cancel_close(h: &Harness<'static, VigieApp>) -> bool {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::CancelClose))
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    // Nothing to save: the window closes without a word.
    request_close(&mut h);
    assert!(!asked_to_cancel_close(&h));
    assert!(h.query_by_label("Unsaved changes").is_none());

    tag_first_article(&mut h);
    request_close(&mut h);
    assert!(asked_to_cancel_close(&h));
    h.run_steps(1);
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(!h.state().files.allow_close);

    // Save with no file chosen (the dialog is cancelled): the window stays.
    request_close(&mut h);
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert!(!h.state().files.allow_close);

    // Ctrl+Q asks the same; "Don't save" closes.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Q);
    h.run_steps(2);
    h.get_by_label("Don't save").click();
    h.run_steps(1);
    assert!(h.state().files.allow_close);
    h.run_steps(1);
    request_close(&mut h);
    assert!(!asked_to_cancel_close(&h));
}

#[test]
fn the_recent_list_survives_restarts_and_a_damaged_list_is_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("r.vigie");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::File(FileCommand::SaveTo(file.clone())));
    assert!(file.is_file());

    // A new app (same user folders) lists it under File › Open recent.
    let mut h2 = seeds_app(dir.path(), Scripted::default());
    assert_eq!(h2.state().files.recent.paths, vec![file.clone()]);
    h2.get_by_label("File").click();
    h2.run_steps(2);
    h2.get_by_label("Open recent").click();
    h2.run_steps(2);
    h2.get_by_label(&file.display().to_string()).click();
    h2.run_steps(1);
    settle(&mut h2);
    assert_eq!(h2.state().project.path(), Some(file.as_path()));

    // A damaged list: empty, no crash; the menu says so.
    let places = Places::in_dir(&dir.path().join("user"));
    std::fs::write(places.recent_file(), b"\x00\xffnot json").expect("write");
    assert_eq!(Recent::load(&places.recent_file()), Recent::default());
    let mut h3 = seeds_app(dir.path(), Scripted::default());
    h3.get_by_label("File").click();
    h3.run_steps(2);
    h3.get_by_label("Open recent").click();
    h3.run_steps(2);
    h3.get_by_label("No recent project");
}

#[test]
fn autosave_writes_a_recovery_file_that_is_offered_and_reopens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let places = Places::in_dir(&dir.path().join("user"));
    let recovery = places.recovery_file(None);
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut().files.autosave_every = 0.0;
    h.run_steps(2);
    assert!(!recovery.exists(), "nothing to save yet");
    let tag = tag_first_article(&mut h);
    h.run_steps(2);
    assert!(recovery.is_file());

    // The next start offers it.
    let mut h2 = harness(VigieApp::startup(
        files(dir.path(), Scripted::default()),
        None,
    ));
    h2.get_by_label("Recover unsaved work?");
    h2.get_by_label("Recover").click();
    h2.run_steps(1);
    settle(&mut h2);
    let app = h2.state();
    assert_eq!(
        app.project.path(),
        None,
        "a recovery never becomes the project file"
    );
    assert!(app.project.is_dirty());
    assert_eq!(app.docs.len(), 5);
    let t = &app.project.book().tags[0];
    assert_eq!((t.start, t.end, &t.quote), (tag.start, tag.end, &tag.quote));

    // Discarding it deletes it: the start after that offers nothing.
    let mut h3 = harness(VigieApp::startup(
        files(dir.path(), Scripted::default()),
        None,
    ));
    h3.get_by_label("Discard").click();
    h3.run_steps(2);
    assert!(!recovery.exists());
    assert!(h3.state().project.book().tags.is_empty());
    let h4 = harness(VigieApp::startup(
        files(dir.path(), Scripted::default()),
        None,
    ));
    assert!(h4.query_by_label("Recover unsaved work?").is_none());
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
