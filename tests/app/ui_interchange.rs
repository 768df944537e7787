//! Headless test of File ▸ Export and File ▸ Import in the real app: a tagged passage goes out
//! as REFI-QDA through the menu and the path prompt (no system dialog), comes back in as a new
//! project on the same characters; the CSV of passages has one row per tag.

use crate::files_common::{Scripted, seeds_app, settle, tag_first_article, type_into};
use egui_kittest::kittest::Queryable as _;

#[test]
fn export_then_import_through_the_menus_keeps_every_tag_on_its_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    let tag = tag_first_article(&mut h);
    let out = dir.path().join("veille.qdpx");

    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export").hover();
    h.run_steps(2);
    h.get_by_label("REFI-QDA project (.qdpx)…").click();
    h.run_steps(3);
    let prompt = h
        .state()
        .files
        .prompt
        .clone()
        .expect("no dialog: the path prompt");
    assert!(prompt.text.ends_with(".qdpx"), "{}", prompt.text);
    h.state_mut().files.prompt.as_mut().expect("prompt").text = String::new();
    type_into(&mut h, "Path", &out.display().to_string());
    h.get_by_label("OK").click();
    h.run_steps(3);
    assert!(out.exists(), "{:?}", h.state().status);

    // The passages as CSV: a header and one row.
    let csv_out = dir.path().join("passages.csv");
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export").hover();
    h.run_steps(2);
    h.get_by_label("Passages as CSV…").click();
    h.run_steps(3);
    h.state_mut().files.prompt.as_mut().expect("prompt").text = csv_out.display().to_string();
    h.get_by_label("OK").click();
    h.run_steps(3);
    let mut r = csv::Reader::from_path(&csv_out).expect("csv");
    let rows: Vec<csv::StringRecord> = r.records().filter_map(Result::ok).collect();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].iter().any(|f| f == tag.quote), "{:?}", rows[0]);

    // Import into a new project: the unsaved one asks first.
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Import").hover();
    h.run_steps(2);
    h.get_by_label("REFI-QDA project (.qdpx)…").click();
    h.run_steps(3);
    h.get_by_label("Don't save").click();
    h.run_steps(3);
    type_into(&mut h, "Path", &out.display().to_string());
    h.get_by_label("OK").click();
    h.run_steps(3);
    settle(&mut h);
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
