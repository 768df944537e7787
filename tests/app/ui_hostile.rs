//! Hostile project files in the real app: articles outside the project's folder wait for the
//! analyst's consent (a modal naming them), Cancel while opening keeps what was read, and a
//! `.qdpx` is read in the background, never on the window's thread.

use crate::files_common::{Scripted, seeds_app, settle};
use egui_kittest::kittest::Queryable as _;
use std::path::Path;
use vigie::corpus::Unreadable;
use vigie::workspace::Command;
use vigie::workspace::command::FileCommand;

/// A project in `dir/proj` with one article inside its folder and one outside it.
fn project_with_an_outside_article(dir: &Path) -> std::path::PathBuf {
    let proj = dir.join("proj");
    std::fs::create_dir_all(&proj).expect("mkdir");
    std::fs::write(proj.join("a.txt"), "Mistral AI lève 600 millions d'euros.").expect("write");
    std::fs::write(
        dir.join("secret.txt"),
        "OpenAI lève 6 milliards de dollars.",
    )
    .expect("write");
    let file = proj.join("p.vigie");
    std::fs::write(
        &file,
        r#"{"format": "vigie-project", "version": 2, "name": "dehors",
  "created": "2025-01-01T00:00:00Z", "modified": "2025-01-01T00:00:00Z",
  "corpus": [{"id": 1, "source": {"path": "a.txt"}, "hash": ""},
             {"id": 2, "source": {"path": "../secret.txt"}, "hash": ""}],
  "next_id": 3}"#,
    )
    .expect("write");
    file
}

#[test]
fn articles_outside_the_project_folder_wait_for_consent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = project_with_an_outside_article(dir.path());
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut()
        .apply(Command::File(FileCommand::OpenPath(file.clone())));
    h.run_steps(3);
    assert!(h.state().files.outside_consent.is_some(), "asked first");
    h.get_by_label_contains("secret.txt");
    h.get_by_label("Don't read them").click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(h.state().project.name(), "dehors");
    assert_eq!(
        h.state().docs.len(),
        1,
        "only the article inside the folder"
    );
    let problems = &h.state().files.problems;
    assert!(
        problems
            .iter()
            .any(|p| p.reason == Unreadable::Outside.into() && p.path.ends_with("secret.txt")),
        "{problems:?}"
    );

    // Opened again, with consent: both are read.
    h.state_mut()
        .apply(Command::File(FileCommand::OpenPath(file)));
    h.run_steps(3);
    h.get_by_label("Read them").click();
    h.run_steps(1);
    settle(&mut h);
    assert_eq!(h.state().docs.len(), 2);
}

#[test]
fn cancel_while_opening_keeps_the_project_and_what_was_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let proj = dir.path().join("proj");
    std::fs::create_dir_all(&proj).expect("mkdir");
    let mut corpus = Vec::new();
    for i in 1..=40 {
        let name = format!("a{i}.txt");
        std::fs::write(
            proj.join(&name),
            format!("Article {i} : Mistral AI lève {i} millions."),
        )
        .expect("write");
        corpus.push(format!(
            r#"{{"id": {i}, "source": {{"path": "{name}"}}, "hash": ""}}"#
        ));
    }
    let file = proj.join("p.vigie");
    std::fs::write(
        &file,
        format!(
            r#"{{"format": "vigie-project", "version": 2, "name": "annulé",
  "created": "2025-01-01T00:00:00Z", "modified": "2025-01-01T00:00:00Z",
  "corpus": [{}], "next_id": 100}}"#,
            corpus.join(", ")
        ),
    )
    .expect("write");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut()
        .apply(Command::File(FileCommand::OpenPath(file)));
    h.state_mut().apply(Command::File(FileCommand::CancelLoad));
    h.run_steps(2);
    let app = h.state();
    assert!(!app.files.is_busy(), "Cancel never waits for the reader");
    assert_eq!(
        app.project.name(),
        "annulé",
        "the project opened, not dropped"
    );
    let cancelled = app
        .files
        .problems
        .iter()
        .filter(|p| p.reason == Unreadable::Cancelled.into())
        .count();
    assert_eq!(
        app.docs.len() + cancelled,
        40,
        "every article read or listed"
    );
}

#[test]
fn a_qdpx_is_imported_in_the_background_and_a_hostile_one_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let depth = 10_000;
    let mut codes = String::new();
    for i in 0..depth {
        codes.push_str(&format!(
            r#"<Code guid="{:08x}-0000-4000-8000-{i:012x}" name="c{i}" isCodable="true">"#,
            i
        ));
    }
    codes.push_str(&"</Code>".repeat(depth));
    let xml = format!(
        r#"<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="deep"><CodeBook><Codes>{codes}</Codes></CodeBook></Project>"#
    );
    let qdpx = dir.path().join("deep.qdpx");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&qdpx).expect("create"));
    z.start_file("project.qde", zip::write::SimpleFileOptions::default())
        .expect("entry");
    std::io::Write::write_all(&mut z, xml.as_bytes()).expect("write");
    z.finish().expect("zip");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut()
        .apply(Command::File(FileCommand::ImportQdpxInto {
            archive: qdpx,
            folder: dir.path().to_path_buf(),
        }));
    assert!(h.state().files.is_busy(), "read on a thread of its own");
    settle(&mut h);
    let status = format!("{:?}", h.state().status);
    assert!(status.contains("nested"), "{status}");
    assert_eq!(h.state().docs.len(), 5, "the seeds are still open");
}
