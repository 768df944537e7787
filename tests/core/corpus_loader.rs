//! Background loader: progress, documents in path order, clear problems for bad files,
//! cancellation.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};
use vigie::corpus::loader::{self, LoadEvent, LoadHandle};
use vigie::extract::Lexicon;

fn temp_dir(tag: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("vigie-corpus-loader-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every event up to and including `Finished` (fails after a minute).
fn drain(handle: &LoadHandle) -> Vec<LoadEvent> {
    let start = Instant::now();
    let mut events = Vec::new();
    loop {
        let batch: Vec<LoadEvent> = handle.try_iter().collect();
        let finished = batch.iter().any(|e| matches!(e, LoadEvent::Finished));
        events.extend(batch);
        if finished {
            return events;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "loader never finished"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn good_and_bad_files_in_nested_folders() {
    let dir = temp_dir("mixed");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::write(
        dir.join("b/c/z.txt"),
        "Nvidia investit 5 milliards de dollars en France.",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.md"),
        "# Titre\n\nMistral AI lève 600 millions d'euros.",
    )
    .unwrap();
    std::fs::write(
        dir.join("m.html"),
        "<title>Page</title><p>OpenAI et la Chine.</p>",
    )
    .unwrap();
    std::fs::write(dir.join("bin.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("empty.txt"), "   \n").unwrap();
    std::fs::write(dir.join("skip.png"), "not an article").unwrap();
    let big = std::fs::File::create(dir.join("big.txt")).unwrap();
    big.set_len(62 * 1024 * 1024 - 10).unwrap(); // sparse: nothing is written
    drop(big);
    let missing = dir.join("missing.txt");

    let handle = loader::spawn(vec![dir.clone(), missing], Arc::new(Lexicon::builtin()));
    let events = drain(&handle);
    assert!(matches!(events.last(), Some(LoadEvent::Finished)));

    let mut loaded = Vec::new();
    let mut problems = Vec::new();
    let mut progress = Vec::new();
    for e in &events {
        match e {
            LoadEvent::Loaded { doc, extraction } => {
                loaded.push(doc.path.clone());
                if doc.path.ends_with("z.txt") {
                    assert!(extraction.figures.iter().any(|f| f.unit == "USD"));
                }
            }
            LoadEvent::Problem { path, reason } => problems.push((path.clone(), reason.clone())),
            LoadEvent::Progress { done, total } => progress.push((*done, *total)),
            LoadEvent::Finished => {}
        }
    }
    let name = |p: &String| p.rsplit('/').next().unwrap_or(p).to_string();
    // Sorted by full path: a.md, b/c/z.txt, m.html.
    assert_eq!(
        loaded.iter().map(name).collect::<Vec<_>>(),
        ["a.md", "z.txt", "m.html"]
    );
    let reason = |file: &str| {
        problems
            .iter()
            .find(|(p, _)| p.ends_with(file))
            .map(|(_, r)| r.to_string())
            .unwrap_or_else(|| panic!("no problem reported for {file}: {problems:?}"))
    };
    assert_eq!(reason("big.txt"), "larger than 50 MB (62 MB)");
    assert_eq!(reason("empty.txt"), "empty file");
    assert!(reason("bin.txt").starts_with("not a text file (binary data"));
    assert!(reason("missing.txt").starts_with("cannot read"));
    assert_eq!(problems.len(), 4);
    // 6 supported files found; progress counts each completion once, up to the total.
    assert_eq!(progress.first(), Some(&(0, 6)));
    assert_eq!(progress.last(), Some(&(6, 6)));
    assert!(progress.windows(2).all(|w| w[1].0 == w[0].0 + 1));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn documents_come_back_sorted_whatever_finishes_first() {
    let dir = temp_dir("order");
    // Long files first in path order, short ones after: the short ones finish first.
    let long = "Le fonds chinois a levé 47,5 milliards de dollars pour ses puces. ".repeat(400);
    for i in 0..12 {
        let text = if i < 4 {
            long.clone()
        } else {
            format!("Article {i} sur Nvidia.")
        };
        std::fs::write(dir.join(format!("{i:02}.txt")), text).unwrap();
    }
    let handle = loader::spawn(vec![dir.clone()], Arc::new(Lexicon::builtin()));
    let names: Vec<String> = drain(&handle)
        .into_iter()
        .filter_map(|e| match e {
            LoadEvent::Loaded { doc, .. } => Some(doc.file_name().to_string()),
            _ => None,
        })
        .collect();
    let expected: Vec<String> = (0..12).map(|i| format!("{i:02}.txt")).collect();
    assert_eq!(names, expected);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn cancelling_stops_early_and_still_finishes() {
    let dir = temp_dir("cancel");
    let text =
        "Microsoft investit 80 milliards de dollars dans ses centres de données. ".repeat(300);
    for i in 0..200 {
        std::fs::write(dir.join(format!("{i:03}.txt")), &text).unwrap();
    }
    let handle = loader::spawn(vec![dir.clone()], Arc::new(Lexicon::builtin()));
    handle.cancel();
    assert!(handle.is_cancelled());
    let events = drain(&handle);
    let loaded = events
        .iter()
        .filter(|e| matches!(e, LoadEvent::Loaded { .. }))
        .count();
    assert!(
        loaded < 200,
        "cancel did not stop the load ({loaded} documents)"
    );
    assert!(matches!(events.last(), Some(LoadEvent::Finished)));
    // The worker stops shortly after its last event.
    let start = Instant::now();
    while !handle.is_finished() {
        assert!(start.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(handle.recv().is_none());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn dropping_the_handle_cancels_without_blocking() {
    let dir = temp_dir("drop");
    std::fs::write(dir.join("a.txt"), "Un texte.").unwrap();
    let handle = loader::spawn(vec![dir.clone()], Arc::new(Lexicon::empty()));
    drop(handle);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn items_load_in_their_order_with_their_problems_in_place() {
    use vigie::corpus::{Document, Unreadable};
    let items: Vec<u32> = (0..40).collect();
    let h = loader::spawn_items(
        items,
        Arc::new(Lexicon::builtin()),
        |i| format!("item {i}"),
        |&i| {
            if i % 7 == 3 {
                Err(Unreadable::Decode(vigie::corpus::DecodeError::Empty))
            } else if i == 20 {
                panic!("a bad article");
            } else {
                Ok(Document::new(
                    format!("a{i}.txt"),
                    format!("Nvidia investira {i} milliards d'euros en France."),
                ))
            }
        },
    );
    let mut seen = Vec::new();
    while let Some(e) = h.recv() {
        match e {
            LoadEvent::Loaded { doc, extraction } => {
                assert!(!extraction.figures.is_empty(), "{}", doc.path);
                seen.push(doc.path);
            }
            LoadEvent::Problem { path, reason } => {
                assert!(matches!(
                    reason,
                    Unreadable::Decode(vigie::corpus::DecodeError::Empty) | Unreadable::Internal
                ));
                seen.push(path);
            }
            LoadEvent::Progress { .. } => {}
            LoadEvent::Finished => break,
        }
    }
    let want: Vec<String> = (0..40)
        .map(|i| {
            if i % 7 == 3 || i == 20 {
                format!("item {i}")
            } else {
                format!("a{i}.txt")
            }
        })
        .collect();
    assert_eq!(seen, want);
}
