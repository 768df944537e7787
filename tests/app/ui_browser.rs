//! Headless tests of the file actions without a native file dialog (no desktop portal, as
//! under a bare X server): the app's own browser opens for every one of them, pre-filled with
//! the project's folder (else the last used, else home) and a file name; Ctrl+S on a new
//! project asks where; a `.qdpx` import asks which folder, names the project after the archive
//! and says what it took and left out, and a cancel writes nothing.

use crate::files_common::{Scripted, apply, browse_to, seeds_app, settle};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::{Path, PathBuf};
use vigie::interchange::qdpx::LeftOut;
use vigie::ui::VigieApp;
use vigie::workspace::Command;
use vigie::workspace::command::{BrowseKind, ExportKind, FileCommand as F};
use vigie::workspace::state::Why;

fn home() -> PathBuf {
    std::env::home_dir().expect("a home folder")
}

#[test]
fn without_a_portal_ctrl_s_on_a_new_project_asks_where_in_the_app_browser() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::no_portal());
    crate::files_common::tag_first_article(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    // The browser, titled for what it does, starts at home with the project's name.
    h.get_by_label_contains("Save the project");
    let req = h.state().files.browse.clone().expect("the browser");
    assert_eq!((req.dir, req.name.as_str()), (home(), "Untitled.vigie"));
    crate::files_common::field(&h, "Untitled.vigie");
    assert!(h.state().project.is_dirty(), "nothing saved yet");
    // The app behind it waits: its menus do not open.
    h.get_by_label("File").click();
    h.run_steps(2);
    assert!(h.query_by_label("New project Ctrl+N").is_none());
    browse_to(&mut h, dir.path());
    h.get_by_label("Save").click();
    h.run_steps(3);
    let file = dir.path().join("Untitled.vigie");
    assert!(file.is_file());
    assert_eq!(h.state().project.path(), Some(file.as_path()));
    assert!(!h.state().project.is_dirty());
    assert!(h.state().files.browse.is_none());
    // Saved once, Ctrl+S saves there without asking.
    apply(
        &mut h,
        Command::Edit(vigie::workspace::edit::Edit::CreateTheme {
            name: "Autre".into(),
            color: vigie::project::Rgb(20, 40, 200),
            parent: None,
        }),
    );
    assert!(h.state().project.is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.state().files.browse.is_none());
    assert!(!h.state().project.is_dirty());
}

#[test]
fn without_a_portal_save_before_a_new_project_saves_where_the_browser_says_then_goes_on() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::no_portal());
    crate::files_common::tag_first_article(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(3);
    h.get_by_label("Save").click();
    h.run_steps(3);
    h.get_by_label_contains("Save the project");
    browse_to(&mut h, dir.path());
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(dir.path().join("Untitled.vigie").is_file());
    // Then the new project the analyst asked for.
    assert!(h.state().docs.is_empty());
    assert_eq!(h.state().project.path(), None);
}

#[test]
fn without_a_portal_every_file_action_opens_the_browser_in_the_project_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::no_portal());
    apply(
        &mut h,
        Command::File(F::SaveTo(dir.path().join("ia.vigie"))),
    );
    let d = dir.path().to_path_buf();
    let cases = [
        (F::Open, BrowseKind::Open, ""),
        (F::SaveAs, BrowseKind::SaveTo, "ia.vigie"),
        (F::AddFolder, BrowseKind::Add, ""),
        (F::AddFiles, BrowseKind::AddFiles, ""),
        (
            F::Export(ExportKind::TagsCsv),
            BrowseKind::Export(ExportKind::TagsCsv),
            "ia_passages.csv",
        ),
        (
            F::Export(ExportKind::ReportHtml),
            BrowseKind::Export(ExportKind::ReportHtml),
            "ia_report.html",
        ),
        (
            F::Export(ExportKind::Qdpx),
            BrowseKind::Export(ExportKind::Qdpx),
            "ia.qdpx",
        ),
        (F::ImportQdpx, BrowseKind::ImportQdpx, ""),
        (F::ImportCodebook, BrowseKind::ImportCodebook, ""),
    ];
    for (command, kind, name) in cases {
        apply(&mut h, Command::File(command));
        h.run_steps(2);
        let req = h.state().files.browse.clone().expect("the browser");
        assert_eq!((&req.kind, &req.dir, req.name.as_str()), (&kind, &d, name));
        // The shortcuts of the reader wait while it is open; Esc closes it, doing nothing.
        assert!(h.state().files.modal_open());
        h.key_press(Key::Escape);
        h.run_steps(2);
        assert!(h.state().files.browse.is_none(), "{kind:?} still open");
    }
    let mut left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    left.sort();
    assert_eq!(left, ["ia.vigie", "user"]);
    // Next session, a new project: Open starts in the latest recent project's folder.
    let mut h2 = seeds_app(dir.path(), Scripted::no_portal());
    apply(&mut h2, Command::File(F::Open));
    let req = h2.state().files.browse.clone().expect("the browser");
    assert_eq!(req.dir, d);
}

#[test]
fn without_a_portal_add_files_adds_the_articles_picked_in_the_browser() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("mkdir");
    let text = "Nvidia annonce un centre de données en France pour 2 milliards d'euros.";
    std::fs::write(articles.join("a.txt"), text).expect("write");
    std::fs::write(
        articles.join("b.md"),
        format!("# B\n\nMistral lève 600 M€. {text}"),
    )
    .expect("write");
    std::fs::write(articles.join("notes.json"), "{}").expect("write");
    let mut h = seeds_app(dir.path(), Scripted::no_portal());
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Add files…").click();
    h.run_steps(3);
    browse_to(&mut h, &articles);
    // Only articles are listed; two are picked (Ctrl+click the second).
    assert!(h.query_by_label("🗋 notes.json").is_none());
    h.get_by_label("🗋 a.txt").click();
    h.run_steps(1);
    h.get_by_label("🗋 b.md").click_modifiers(Modifiers::CTRL);
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(2);
    settle(&mut h);
    assert_eq!(h.state().docs.len(), 7, "{:?}", h.state().status);
}

/// A small `.qdpx` from another tool: one text source with one coded passage, and a case
/// (which Vigie leaves out).
fn foreign_qdpx(path: &Path) {
    let xml = r##"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Inside name" origin="QualCoder 3.6">
  <CodeBook><Codes>
    <Code guid="20000000-0000-4000-8000-000000000002" name="Souveraineté" isCodable="true" color="#aa0000"/>
  </Codes></CodeBook>
  <Cases><Case guid="40000000-0000-4000-8000-000000000001" name="France"/></Cases>
  <Sources>
    <TextSource guid="50000000-0000-4000-8000-000000000001" name="note.txt" plainTextPath="internal://note.txt">
      <PlainTextSelection guid="60000000-0000-4000-8000-000000000001" name="la France" startPosition="0" endPosition="9">
        <Coding guid="70000000-0000-4000-8000-000000000001"><CodeRef targetGUID="20000000-0000-4000-8000-000000000002"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"##;
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).expect("create"));
    for (name, bytes) in [
        ("project.qde", xml.as_bytes()),
        (
            "sources/note.txt",
            "la France investit 2 Md€ dans le calcul.".as_bytes(),
        ),
    ] {
        z.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        std::io::Write::write_all(&mut z, bytes).expect("write");
    }
    z.finish().expect("zip");
}

fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| !p.ends_with("user"))
        .collect();
    out.sort();
    out
}

/// The seeds app whose scripted dialogs answer a foreign `Foo.qdpx` to open and a `projets`
/// folder to import into, all in a fresh temporary folder (kept alive by the returned guard).
fn qdpx_import_app() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    std::path::PathBuf,
    Harness<'static, VigieApp>,
) {
    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("Foo.qdpx");
    foreign_qdpx(&archive);
    let projects = dir.path().join("projets");
    std::fs::create_dir(&projects).expect("mkdir");
    let h = seeds_app(
        dir.path(),
        Scripted {
            file: Some(archive.clone()),
            folder: Some(projects.clone()),
            ..Scripted::default()
        },
    );
    (dir, archive, projects, h)
}

#[test]
fn a_qdpx_import_asks_where_names_the_project_after_the_archive_and_says_what_was_left_out() {
    let (dir, archive, projects, mut h) = qdpx_import_app();
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Import").hover();
    h.run_steps(2);
    h.get_by_label("REFI-QDA project (.qdpx)…").click();
    h.run_steps(2);
    settle(&mut h);
    // Named after the archive (not the name inside it), saved in the folder chosen, its
    // sources in a folder named after it.
    let file = projects.join("Foo.vigie");
    assert_eq!(h.state().project.name(), "Foo");
    assert_eq!(h.state().project.path(), Some(file.as_path()));
    assert!(file.is_file());
    assert!(projects.join("Foo_sources").join("note.txt").is_file());
    assert_eq!(h.state().docs.len(), 1);
    assert_eq!(h.state().project.book().tags.len(), 1);
    assert_eq!(h.state().window_title(), "Foo — Vigie");
    // What was left out is still in Problems once the new project has opened.
    let left: Vec<_> = (h.state().files.problems.iter())
        .filter(|p| p.reason == Why::LeftOut(LeftOut::Cases(1)))
        .collect();
    assert_eq!(left.len(), 1, "{:?}", h.state().files.problems);
    assert!(left[0].path.ends_with("Foo.qdpx"));
    // What was taken and left out, in a window the analyst closes.
    h.run_steps(3);
    h.get_by_label("Import report");
    h.get_by_label("1 article imported");
    h.get_by_label("1 theme, 1 coded passage");
    h.get_by_label("• 1 case");
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().files.import_report.is_none());
    assert!(h.query_by_label("Import report").is_none());
    // A second import of the same archive there takes the next free name.
    let mut h2 = seeds_app(
        dir.path(),
        Scripted {
            file: Some(archive.clone()),
            folder: Some(projects.clone()),
            ..Scripted::default()
        },
    );
    apply(&mut h2, Command::File(F::ImportQdpx));
    settle(&mut h2);
    assert_eq!(
        h2.state().project.path(),
        Some(projects.join("Foo (2).vigie").as_path())
    );
    assert!(file.is_file(), "the first one is still there");
}

#[test]
fn a_french_import_report_says_what_was_left_out_in_french() {
    let (_dir, _, _, mut h) = qdpx_import_app();
    apply(&mut h, Command::SetLang(vigie::i18n::Lang::Fr));
    apply(&mut h, Command::File(F::ImportQdpx));
    settle(&mut h);
    h.run_steps(3);
    h.get_by_label("Bilan de l’import");
    h.get_by_label("Laissé de côté (1)");
    h.get_by_label("• 1\u{a0}cas");
    assert!(h.query_by_label_contains("1 case").is_none());
    // Problems words it in the language the analyst reads now, not the one of the import.
    let problem = (h.state().files.problems.iter())
        .find(|p| matches!(p.reason, Why::LeftOut(_)))
        .expect("left out, in Problems");
    assert_eq!(problem.reason.worded(vigie::i18n::Lang::Fr), "1\u{a0}cas");
    apply(&mut h, Command::SetLang(vigie::i18n::Lang::En));
    assert!(h.state().files.show_problems);
    h.run_steps(3);
    h.get_by_label_contains("Foo.qdpx — 1 case");
}

#[test]
fn cancelling_where_a_qdpx_goes_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let archive = dir.path().join("Foo.qdpx");
    foreign_qdpx(&archive);
    let before = listing(dir.path());
    // Native dialog cancelled.
    let mut h = seeds_app(
        dir.path(),
        Scripted {
            file: Some(archive.clone()),
            ..Scripted::default()
        },
    );
    apply(&mut h, Command::File(F::ImportQdpx));
    assert!(!h.state().files.is_busy());
    // The app's browser, next to the archive, closed with Esc.
    let mut h2 = seeds_app(dir.path(), Scripted::no_portal());
    apply(&mut h2, Command::File(F::ImportQdpxFrom(archive.clone())));
    h2.run_steps(2);
    h2.get_by_label_contains("Folder for the imported project — Foo.vigie");
    let req = h2.state().files.browse.clone().expect("the browser");
    assert_eq!(req.dir, dir.path());
    h2.key_press(Key::Escape);
    h2.run_steps(2);
    assert!(h2.state().files.browse.is_none());
    assert!(!h2.state().files.is_busy());
    assert_eq!(listing(dir.path()), before);
    assert_eq!(h2.state().docs.len(), 5, "the seeds are still open");
    // Cancelled while reading (the progress bar's Cancel), it stops before writing sources.
    let stop = std::sync::atomic::AtomicBool::new(true);
    let dest = dir.path().join("Foo_sources");
    let r = vigie::interchange::qdpx::import_unless(&archive, &dest, &stop).expect("read");
    assert!(r.is_none());
    assert_eq!(listing(dir.path()), before);
}

#[test]
fn saving_over_a_file_in_the_browser_asks_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::no_portal());
    apply(
        &mut h,
        Command::File(F::SaveTo(dir.path().join("ia.vigie"))),
    );
    let csv = dir.path().join("ia_passages.csv");
    std::fs::write(&csv, "old").expect("write");
    apply(&mut h, Command::File(F::Export(ExportKind::TagsCsv)));
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(3);
    h.get_by_label("Replace this file?");
    // Cancel goes back to the browser, the file untouched.
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.query_by_label("Replace this file?").is_none());
    assert!(h.state().files.browse.is_some());
    assert_eq!(std::fs::read_to_string(&csv).expect("read"), "old");
    h.get_by_label("Save").click();
    h.run_steps(3);
    h.get_by_label("Replace").click();
    h.run_steps(3);
    assert!(h.state().files.browse.is_none());
    assert_ne!(std::fs::read_to_string(&csv).expect("read"), "old");
}

#[test]
fn native_dialogs_start_in_the_same_folder_and_a_cancel_does_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scripted = Scripted::default();
    let started_in = std::sync::Arc::clone(&scripted.started_in);
    let mut h = seeds_app(dir.path(), scripted);
    apply(
        &mut h,
        Command::File(F::SaveTo(dir.path().join("ia.vigie"))),
    );
    apply(&mut h, Command::File(F::Export(ExportKind::TagsCsv)));
    apply(&mut h, Command::File(F::AddFiles));
    assert_eq!(
        *started_in.lock().expect("lock"),
        [dir.path().to_path_buf(), dir.path().to_path_buf()]
    );
    // Cancelled native dialogs: no browser, nothing written.
    assert!(h.state().files.browse.is_none());
    assert!(!dir.path().join("ia_passages.csv").exists());
}
