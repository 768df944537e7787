//! Killing Vigie in the middle of a save never leaves a project file that does not open.
//!
//! The test re-runs its own binary as a child that saves a large project in a loop, kills it
//! after a random short delay, and opens the file (and its backup) each time.

use std::hash::{BuildHasher, RandomState};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use vigie::project::{ArticleSource, Project, Rgb};

const CHILD_ENV: &str = "VIGIE_KILL_TEST_PROJECT";
const TEST_NAME: &str = "project_kill::killing_a_save_never_breaks_the_project";
const TAGS: usize = 4000;

fn large_project() -> Project {
    let text: String = (0..400)
        .map(|i| format!("Phrase {i} : l’État investit {i} milliards d’euros dans l’IA 🤖. "))
        .collect();
    let mut p = Project::new("variant 0");
    let a = p
        .edit(|b| b.add_article(ArticleSource::Path("/corpus/big.txt".into()), &text))
        .unwrap();
    p.edit(|b| {
        let themes: Vec<_> = (0..20)
            .map(|i| {
                b.create_theme(&format!("Thème {i}"), Rgb(i, 0, 0), None)
                    .unwrap()
            })
            .collect();
        for i in 0..TAGS {
            let start = (i * 7) % 20_000;
            let id = b
                .add_tag(themes[i % 20], a, &text, start..start + 30)
                .unwrap();
            b.set_memo(id, &format!("note {i} « à revoir »")).unwrap();
        }
    });
    p
}

/// The child: saves forever (bounded, in case the parent dies), alternating names.
fn child(path: &Path) {
    let mut p = Project::open(path).expect("the parent wrote a valid project");
    println!("ready");
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut n = 1;
    while Instant::now() < deadline {
        p.set_name(&format!("variant {n}"));
        p.save().expect("save");
        n += 1;
    }
}

fn random_below(n: u64) -> u64 {
    RandomState::new().hash_one(Instant::now()) % n
}

#[test]
fn killing_a_save_never_breaks_the_project() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        child(Path::new(&path));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gros.vigie");
    let mut p = large_project();
    p.save_as(&file).unwrap();
    // Kills land anywhere from before the first write to after a few saves.
    let t = Instant::now();
    p.save().unwrap();
    let save_ms = t.elapsed().as_millis() as u64 + 1;
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(
        size > 1_000_000,
        "the project should be large ({size} bytes)"
    );
    let exe = std::env::current_exe().unwrap();
    let mut names = std::collections::BTreeSet::new();
    for round in 0..32 {
        let mut kid = Command::new(&exe)
            .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &file)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(kid.stdout.take().unwrap());
        let mut line = String::new();
        while out.read_line(&mut line).unwrap() > 0 && !line.contains("ready") {
            line.clear();
        }
        std::thread::sleep(Duration::from_millis(random_below(3 * save_ms)));
        kid.kill().unwrap();
        kid.wait().unwrap();
        let q = Project::open(&file)
            .unwrap_or_else(|e| panic!("round {round}: the project does not open: {e}"));
        assert!(q.name().starts_with("variant "), "{}", q.name());
        assert_eq!(q.book().tags.len(), TAGS);
        names.insert(q.name().to_string());
        let bak = dir.path().join("gros.vigie.bak");
        if bak.exists() {
            let b = Project::open(&bak)
                .unwrap_or_else(|e| panic!("round {round}: the backup does not open: {e}"));
            assert_eq!(b.book().tags.len(), TAGS);
        }
    }
    // The child really was saving: the file changed between rounds.
    assert!(names.len() > 1, "{names:?}");
    let leftovers = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp")
        })
        .count();
    eprintln!("save {save_ms} ms; {leftovers} killed saves left a temp file behind");
}
