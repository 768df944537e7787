//! Headless test of File ▸ Export and File ▸ Import in the real app, without a native file
//! dialog: a tagged passage goes out as REFI-QDA through the menu and the app's own file
//! browser (pre-filled with the project's name, then with the last folder used), comes back in
//! as a new project on the same characters, named after the archive and saved where chosen;
//! the CSV of passages has one row per tag.

use crate::files_common::{Scripted, browse_to, retype, seeds_app, settle, tag_first_article};
use egui_kittest::kittest::Queryable as _;

#[test]
fn export_then_import_through_the_menus_keeps_every_tag_on_its_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::no_portal());
    let tag = tag_first_article(&mut h);
    let out = dir.path().join("veille.qdpx");

    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export").hover();
    h.run_steps(2);
    h.get_by_label("REFI-QDA project (.qdpx)…").click();
    h.run_steps(3);
    let req = h
        .state()
        .files
        .browse
        .clone()
        .expect("no dialog: the browser");
    assert_eq!(req.name, "Untitled.qdpx");
    browse_to(&mut h, dir.path());
    retype(&mut h, "Untitled.qdpx", "veille");
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(out.exists(), "{:?}", h.state().status);
    assert!(h.state().files.browse.is_none(), "the browser closed");

    // The passages as CSV: the browser starts in the folder used last.
    let csv_out = dir.path().join("Untitled_passages.csv");
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export").hover();
    h.run_steps(2);
    h.get_by_label("Passages as CSV…").click();
    h.run_steps(3);
    let req = h.state().files.browse.clone().expect("the browser");
    assert_eq!(req.dir, dir.path());
    h.get_by_label("Save").click();
    h.run_steps(3);
    let mut r = csv::Reader::from_path(&csv_out).expect("csv");
    let rows: Vec<csv::StringRecord> = r.records().filter_map(Result::ok).collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].iter().any(|f| f == tag.quote), "{:?}", rows[0]);

    // Import into a new project: the unsaved one asks first; then the archive, then the
    // folder the new project goes in (next to the archive at first).
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Import").hover();
    h.run_steps(2);
    h.get_by_label("REFI-QDA project (.qdpx)…").click();
    h.run_steps(3);
    h.get_by_label("Don't save").click();
    h.run_steps(3);
    h.get_by_label("🗋 veille.qdpx").click();
    h.run_steps(1);
    h.get_by_label("Open").click();
    h.run_steps(3);
    let req = h.state().files.browse.clone().expect("where to put it");
    assert_eq!(req.dir, dir.path());
    h.get_by_label("Choose this folder").click();
    h.run_steps(3);
    settle(&mut h);
    assert_eq!(h.state().project.name(), "veille");
    assert_eq!(
        h.state().project.path(),
        Some(dir.path().join("veille.vigie").as_path())
    );
    let book = h.state().project.book();
    assert_eq!(book.tags.len(), 1);
    let t = &book.tags[0];
    assert_eq!(
        (t.start, t.end, t.quote.as_str()),
        (tag.start, tag.end, tag.quote.as_str())
    );
    assert_eq!(book.themes[0].name, "Puces");
    assert_eq!(h.state().docs.len(), 5);
    let doc = h.state().doc_by_id(t.article).expect("tagged article").1;
    assert_eq!(doc.char_slice(t.start..t.end), tag.quote);
}
