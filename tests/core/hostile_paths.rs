//! Hostile and broken project files and folders: article paths out of the project's folder,
//! devices and pipes named like articles, outputs that are links or devices, byte-order marks,
//! leftovers of interrupted saves. Nothing is read or replaced that should not be, and nothing
//! hangs.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use vigie::cli::interchange::{ExportArgs, Format, What, run_export};
use vigie::corpus::Unreadable;
use vigie::corpus::loader::{self, LoadEvent};
use vigie::extract::Lexicon;
use vigie::project::Project;

/// A version-2 project file naming these article paths (as stored) and one tag on the first.
fn project_json(paths: &[&str]) -> String {
    let corpus: Vec<String> = paths
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                r#"{{"id": {}, "source": {{"path": {p:?}}}, "hash": ""}}"#,
                i + 1
            )
        })
        .collect();
    format!(
        r#"{{"format": "vigie-project", "version": 2, "name": "p",
  "created": "2025-01-01T00:00:00Z", "modified": "2025-01-01T00:00:00Z",
  "corpus": [{}],
  "themes": [{{"id": 50, "guid": "11111111-1111-4111-8111-111111111111", "name": "T", "color": [1, 2, 3]}}],
  "tags": [], "next_id": 100}}"#,
        corpus.join(", ")
    )
}

fn export_args(project: &Path, out: &Path, allow_outside: bool) -> ExportArgs {
    ExportArgs {
        project: project.to_path_buf(),
        allow_outside,
        format: Format::Qdpx,
        what: What::Tags,
        actors: false,
        lang: vigie::i18n::Lang::En,
        out: out.to_path_buf(),
    }
}

#[test]
fn article_paths_out_of_the_project_folder_are_not_read_without_consent() {
    let root = tempfile::tempdir().expect("temp dir");
    let secret = root.path().join("secret.txt");
    std::fs::write(&secret, "root:$6$hash:19000:0:99999:7:::\n").expect("write");
    let dir = root.path().join("proj");
    std::fs::create_dir_all(dir.join("articles")).expect("mkdir");
    std::fs::write(
        dir.join("articles/a.txt"),
        "Mistral AI lève 600 millions d'euros.",
    )
    .expect("write");
    let file = dir.join("p.vigie");
    let abs = secret.display().to_string();
    std::fs::write(
        &file,
        project_json(&["articles/a.txt", "../secret.txt", &abs]),
    )
    .expect("write");

    let mut p = Project::open(&file).expect("opens");
    let ids: Vec<_> = p.book().corpus.iter().map(|a| a.id).collect();
    assert_eq!(
        p.outside(),
        &ids[1..],
        "the two paths out of the folder are flagged"
    );
    assert!(p.article_text(ids[0]).is_ok());
    for &id in &ids[1..] {
        let e = p.article_text(id).expect_err("not read without consent");
        assert!(
            e.to_string().contains("outside the project's folder"),
            "{e}"
        );
    }
    // The command line refuses, naming them, and writes nothing.
    let out = root.path().join("out.qdpx");
    let e = run_export(&export_args(&file, &out, false), &Lexicon::builtin())
        .expect_err("refused without --allow-outside");
    assert!(
        e.contains("--allow-outside") && e.contains("secret.txt"),
        "{e}"
    );
    assert!(!out.exists());
    // The app's reading: the two come back as problems, never read.
    let (articles, problems, _) = vigie::workspace::headless::read_project(&p, &Lexicon::builtin());
    assert_eq!(articles.len(), 1);
    assert_eq!(problems.len(), 2, "{problems:?}");
    // With consent, they are read.
    p.allow_outside();
    assert!(p.article_text(ids[1]).is_ok());
    run_export(&export_args(&file, &out, true), &Lexicon::builtin()).expect("allowed");
    assert!(out.exists());
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo");
    assert!(ok.success());
}

/// Runs `f` on a thread and fails (rather than hang the test run) if it takes a minute.
fn within_a_minute<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(60))
        .expect("blocked: a pipe or a device was read")
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_named_like_articles_are_problems_not_hangs() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("a.txt"),
        "OpenAI lève 6 milliards de dollars.",
    )
    .expect("w");
    mkfifo(&dir.path().join("x.txt"));
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.txt")).expect("symlink");
    let folder = dir.path().to_path_buf();
    let (loaded, problems) = within_a_minute(move || {
        let h = loader::spawn(vec![folder], Arc::new(Lexicon::builtin()));
        let (mut loaded, mut problems) = (Vec::new(), Vec::new());
        while let Some(e) = h.recv() {
            match e {
                LoadEvent::Loaded { doc, .. } => loaded.push(doc.path),
                LoadEvent::Problem { path, reason } => problems.push((path, reason)),
                LoadEvent::Finished => break,
                LoadEvent::Progress { .. } => {}
            }
        }
        (loaded, problems)
    });
    assert_eq!(loaded.len(), 1, "{loaded:?}");
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems.iter().all(|(_, r)| *r == Unreadable::NotAFile),
        "{problems:?}"
    );

    // The same through a project (its folder holds them), read by the command line.
    let file = dir.path().join("p.vigie");
    std::fs::write(&file, project_json(&["a.txt", "x.txt", "zero.txt"])).expect("write");
    let out = dir.path().join("out.csv");
    let (file2, out2) = (file.clone(), out.clone());
    // A link out of the folder is outside it: refused first, then read only as a file.
    let refused = run_export(&export_args(&file, &out, false), &Lexicon::builtin());
    assert!(refused.is_err_and(|e| e.contains("zero.txt")));
    let lines = within_a_minute(move || {
        let mut args = export_args(&file2, &out2, true);
        args.format = Format::Csv;
        args.what = What::Figures;
        run_export(&args, &Lexicon::builtin())
    })
    .expect("exports");
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("skipped")).count(),
        2,
        "{lines:?}"
    );
}

#[cfg(unix)]
#[test]
fn saving_a_project_through_a_link_writes_its_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("real")).expect("mkdir");
    let target = dir.path().join("real/p.vigie");
    let mut p = Project::new("linked");
    p.save_as(&target).expect("save");
    let link = dir.path().join("p.vigie");
    std::os::unix::fs::symlink("real/p.vigie", &link).expect("symlink");
    let mut q = Project::open(&link).expect("opens through the link");
    q.set_name("renamed");
    q.save().expect("saves");
    let meta = std::fs::symlink_metadata(&link).expect("meta");
    assert!(meta.file_type().is_symlink(), "the link stays a link");
    assert_eq!(Project::open(&target).expect("opens").name(), "renamed");
    // An export onto a pipe is refused, and the pipe stays.
    let fifo = dir.path().join("out.csv");
    mkfifo(&fifo);
    let mut args = export_args(&target, &fifo, false);
    args.format = Format::Csv;
    assert!(run_export(&args, &Lexicon::builtin()).is_err());
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("meta")
            .file_type()
            .is_fifo()
    );
}

#[test]
fn a_project_file_with_a_byte_order_mark_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bom.vigie");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(project_json(&[]).as_bytes());
    std::fs::write(&file, bytes).expect("write");
    let p = Project::open(&file).expect("a BOM is not a reason to refuse");
    assert_eq!(p.name(), "p");
}

#[test]
fn opening_a_project_clears_the_temp_files_of_interrupted_saves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("p.vigie");
    Project::new("p").save_as(&file).expect("save");
    let old = std::time::SystemTime::now() - Duration::from_secs(24 * 3600);
    for name in [".p.vigie.aB3dE9.tmp", ".p.vigie.bak.Zz9Yy8.tmp"] {
        let f = std::fs::File::create(dir.path().join(name)).expect("create");
        f.set_modified(old).expect("mtime");
    }
    std::fs::write(dir.path().join("notes.tmp"), "mine").expect("write");
    Project::open(&file).expect("opens");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["notes.tmp", "p.vigie"]);
}

/// A project file of 20 MB of well-formed junk (an unknown field holding ten million numbers):
/// it was read as a JSON tree first (about 50 times its size: 950 MB here, 7.2 GB for 200 MB).
/// The command line now reads it in bounded memory, under a 400 MB address-space limit.
#[cfg(target_os = "linux")]
#[test]
fn a_project_file_of_junk_is_read_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("junk.vigie");
    let junk = format!(
        r#"{{"format": "vigie-project", "version": 2, "name": "j",
  "created": "2025-01-01T00:00:00Z", "modified": "2025-01-01T00:00:00Z",
  "junk": [{}1], "corpus": []}}"#,
        "1,".repeat(10_000_000)
    );
    std::fs::write(&file, junk).expect("write");
    let out = dir.path().join("tags.csv");
    let script = format!(
        "ulimit -v 400000; exec '{}' export --project '{}' --format csv --out '{}'",
        env!("CARGO_BIN_EXE_vigie"),
        file.display(),
        out.display()
    );
    let run = std::process::Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(out.exists());
}
