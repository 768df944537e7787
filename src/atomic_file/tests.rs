//! The atomic write: whole files or none, no temp left, links written through, steps in order.
use super::*;
#[cfg(unix)]
use std::os::unix::fs::FileTypeExt;
use std::time::SystemTime;

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn replaces_the_whole_file_and_leaves_no_temp() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a.vigie");
    write(&file, b"old, and longer than the new one").expect("first write");
    write(&file, b"new").expect("second write");
    assert_eq!(std::fs::read(&file).expect("read"), b"new");
    assert_eq!(names(dir.path()), ["a.vigie"]);
}

#[test]
fn a_write_that_fails_midway_leaves_the_old_file_and_no_temp() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("chart.svg");
    write(&file, b"<svg>old</svg>").expect("write");
    let e = write_with(
        &file,
        Mode::Replace,
        |f| {
            f.write_all(b"<svg>ha")?;
            Err(std::io::Error::other("disk full"))
        },
        &Disk,
    )
    .expect_err("the write fails");
    assert_eq!(e.path, file);
    assert!(e.to_string().ends_with("chart.svg: disk full"), "{e}");
    assert_eq!(std::fs::read(&file).expect("read"), b"<svg>old</svg>");
    assert_eq!(names(dir.path()), ["chart.svg"]);
}

#[test]
fn write_new_never_replaces_and_leaves_no_temp() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("article.txt");
    write_new(&file, b"first").expect("new file");
    let e = write_new(&file, b"second").expect_err("the file exists");
    assert_eq!(e.source.kind(), std::io::ErrorKind::AlreadyExists);
    assert_eq!(std::fs::read(&file).expect("read"), b"first");
    assert_eq!(names(dir.path()), ["article.txt"]);
}

#[test]
fn a_missing_folder_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("no/such/folder/x.csv");
    let e = write(&file, b"x").expect_err("no folder");
    assert_eq!(e.source.kind(), std::io::ErrorKind::NotFound);
    assert!(e.to_string().contains("x.csv"), "{e}");
    assert!(names(dir.path()).is_empty());
}

#[cfg(unix)]
#[test]
fn permissions_are_kept_or_usual() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    let file = dir.path().join("p.vigie");
    write(&file, b"1").expect("write");
    assert_eq!(mode(&file), 0o644);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    write(&file, b"2").expect("write");
    assert_eq!(mode(&file), 0o600);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_written_through_and_stays_a_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real_dir = dir.path().join("real");
    std::fs::create_dir(&real_dir).expect("mkdir");
    let target = real_dir.join("p.vigie");
    std::fs::write(&target, b"old").expect("write");
    let link = dir.path().join("p.vigie");
    std::os::unix::fs::symlink("real/p.vigie", &link).expect("symlink");
    write(&link, b"new").expect("write through the link");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read(&target).expect("read"), b"new");
    assert_eq!(names(&real_dir), ["p.vigie"]);
    // A link to a file not there yet creates the file where it points.
    let dangling = dir.path().join("out.csv");
    std::os::unix::fs::symlink("real/out.csv", &dangling).expect("symlink");
    write(&dangling, b"a,b").expect("write");
    assert_eq!(
        std::fs::read(real_dir.join("out.csv")).expect("read"),
        b"a,b"
    );
}

#[cfg(unix)]
#[test]
fn a_destination_that_is_not_a_regular_file_is_refused_and_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("out.qdpx");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let e = write(&fifo, b"x").expect_err("a pipe is not replaced");
    assert_eq!(e.source.kind(), std::io::ErrorKind::InvalidInput);
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("meta")
            .file_type()
            .is_fifo(),
        "still a pipe"
    );
    // Through a link to a device, too.
    let link = dir.path().join("null.svg");
    std::os::unix::fs::symlink("/dev/null", &link).expect("symlink");
    assert!(write(&link, b"x").is_err());
    assert!(
        std::fs::symlink_metadata("/dev/null")
            .expect("meta")
            .file_type()
            .is_char_device()
    );
    assert_eq!(names(dir.path()), ["null.svg", "out.qdpx"]);
}

#[test]
fn stale_temp_files_of_the_target_are_cleared_by_the_next_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a.vigie");
    let old = SystemTime::now() - std::time::Duration::from_secs(3600);
    let make = |name: &str, when: SystemTime| {
        let f = File::create(dir.path().join(name)).expect("create");
        f.set_modified(when).expect("mtime");
    };
    make(".a.vigie.Xy12Ab.tmp", old); // an interrupted save: cleared
    make(".a.vigie.Qw34Er.tmp", SystemTime::now()); // a save under way, maybe: kept
    make(".b.vigie.Xy12Ab.tmp", old); // another file's: kept
    make(".a.vigie.notours.tmp", old); // not Vigie's naming: kept
    write(&file, b"x").expect("write");
    assert_eq!(
        names(dir.path()),
        [
            ".a.vigie.Qw34Er.tmp",
            ".a.vigie.notours.tmp",
            ".b.vigie.Xy12Ab.tmp",
            "a.vigie"
        ]
    );
}

/// The real steps, recorded in the order they ran.
#[derive(Default)]
struct Recorder(std::cell::RefCell<Vec<&'static str>>);

impl Recorder {
    fn log(&self, step: &'static str) {
        self.0.borrow_mut().push(step);
    }
}

impl Steps for Recorder {
    fn sync_file(&self, file: &File) -> std::io::Result<()> {
        // The temp file holds the whole content by now (written, then flushed).
        let len = file.metadata()?.len();
        self.log(if len > 0 {
            "sync file (written)"
        } else {
            "sync file (empty)"
        });
        Disk.sync_file(file)
    }

    fn rename(
        &self,
        tmp: tempfile::NamedTempFile,
        target: &Path,
        mode: Mode,
    ) -> std::io::Result<()> {
        self.log("rename");
        Disk.rename(tmp, target, mode)
    }

    fn sync_dir(&self, dir: &Path) {
        self.log("sync folder");
        Disk.sync_dir(dir);
    }
}

#[test]
fn a_write_is_durable_in_order_write_sync_rename_sync_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("p.vigie");
    for mode in [Mode::Replace, Mode::New] {
        let _ = std::fs::remove_file(&file);
        let rec = Recorder::default();
        write_with(&file, mode, |f| f.write_all(b"content"), &rec).expect("write");
        assert_eq!(
            rec.0.into_inner(),
            ["sync file (written)", "rename", "sync folder"],
            "{mode:?}"
        );
        assert_eq!(std::fs::read(&file).expect("read"), b"content");
    }
    // Nothing is renamed when the file cannot be flushed.
    struct NoSync;
    impl Steps for NoSync {
        fn sync_file(&self, _: &File) -> std::io::Result<()> {
            Err(std::io::Error::other("flush failed"))
        }
        fn rename(&self, _: tempfile::NamedTempFile, _: &Path, _: Mode) -> std::io::Result<()> {
            panic!("renamed before the file was flushed")
        }
        fn sync_dir(&self, _: &Path) {
            panic!("folder flushed after a failed write")
        }
    }
    assert!(write_with(&file, Mode::Replace, |f| f.write_all(b"new"), &NoSync).is_err());
    assert_eq!(std::fs::read(&file).expect("read"), b"content");
    assert_eq!(names(dir.path()), ["p.vigie"]);
}
