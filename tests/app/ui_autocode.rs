//! Headless test of auto-coding in the real app: Edit ▸ Auto-code previews the passages (every
//! sentence with a money figure, every search hit), tags them with the chosen theme in one step,
//! never doubles a passage, and one undo takes them all back.

use crate::files_common::{Scripted, apply, seeds_app};
use egui_kittest::kittest::Queryable as _;
use vigie::project::Rgb;
use vigie::workspace::Command;
use vigie::workspace::edit::Edit;

fn open(h: &mut egui_kittest::Harness<'static, vigie::ui::VigieApp>, item: &str) {
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Auto-code").hover();
    h.run_steps(2);
    h.get_by_label(item).click();
    h.run_steps(3);
}

#[test]
fn money_sentences_and_search_hits_are_tagged_in_one_undoable_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(
        &mut h,
        Command::Edit(Edit::CreateTheme {
            name: "Argent".into(),
            color: Rgb(1, 2, 3),
            parent: None,
        }),
    );
    open(&mut h, "Money");
    let n = h
        .state()
        .autocode
        .as_ref()
        .expect("preview")
        .candidates
        .len();
    assert!(n >= 5, "{n} money sentences in the seeds");
    assert!(
        h.query_by_label_contains("passages will be tagged")
            .is_some()
    );
    h.get_by_label("Tag them").click();
    h.run_steps(3);
    let st = h.state();
    assert!(st.autocode.is_none());
    let tags = &st.project.book().tags;
    assert_eq!(tags.len(), n);
    // Every tagged sentence holds a money figure.
    for t in tags {
        let doc = st.doc_by_id(t.article).expect("article").1;
        assert!(
            doc.extraction
                .figures
                .iter()
                .any(|f| f.kind == vigie::extract::FigureKind::Money
                    && t.start <= f.start
                    && f.end <= t.end),
            "{:?}",
            t.quote
        );
    }
    // Again: nothing is doubled.
    open(&mut h, "Money");
    h.get_by_label("Tag them").click();
    h.run_steps(3);
    assert_eq!(h.state().project.book().tags.len(), n);
    // One undo takes the whole first run back.
    apply(&mut h, Command::Undo);
    assert_eq!(h.state().project.book().tags.len(), 0);

    // Every hit of a search.
    apply(&mut h, Command::SetQuery("Nvidia".into()));
    let hits = h.state().search.hits.len();
    assert!(hits >= 2, "{hits}");
    open(&mut h, "Every hit of the search…");
    h.get_by_label("Tag them").click();
    h.run_steps(3);
    let book = h.state().project.book();
    assert_eq!(book.tags.len(), hits);
    assert!(
        book.tags
            .iter()
            .all(|t| t.quote.eq_ignore_ascii_case("nvidia"))
    );
    // Cancel tags nothing.
    open(&mut h, "Chips");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().autocode.is_none());
    assert_eq!(h.state().project.book().tags.len(), hits);
}
