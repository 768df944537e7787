//! Headless test of coders in the real app: Edit ▸ Coder name… sets the name once; every passage
//! tagged from then on records it, it is saved with the project, and undo takes it back; memos
//! on the project, an article and a theme (Edit ▸ Memos).

use crate::files_common::{Scripted, seeds_app, tag_first_article, type_into, type_into_nth};
use egui_kittest::kittest::Queryable as _;

#[test]
fn the_coder_name_is_set_once_and_every_new_tag_records_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Coder name…").click();
    h.run_steps(3);
    type_into(&mut h, "Coder name", "Alice Martin");
    h.get_by_label("OK").click();
    h.run_steps(3);
    assert!(h.state().coder_prompt.is_none(), "the dialog stays open");
    assert_eq!(h.state().project.book().coder, "Alice Martin");
    let tag = tag_first_article(&mut h);
    assert_eq!(tag.coder, "Alice Martin");
    // Saved with the project.
    let path = dir.path().join("coded.vigie");
    h.state_mut().ws.project.save_as(&path).expect("save");
    let again = vigie::project::Project::open(&path).expect("open");
    assert_eq!(again.book().coder, "Alice Martin");
    assert_eq!(again.book().tags[0].coder, "Alice Martin");
    // Escape closes the dialog without changing the name.
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Coder name…").click();
    h.run_steps(3);
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    assert!(h.state().coder_prompt.is_none());
    assert_eq!(h.state().project.book().coder, "Alice Martin");
}

#[test]
fn memos_on_the_project_an_article_and_a_theme_are_written_and_undone() {
    use vigie::workspace::Command;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    let _ = tag_first_article(&mut h);
    h.state_mut().apply(Command::Select(1));
    h.run_steps(2);
    let open = |h: &mut egui_kittest::Harness<'static, vigie::ui::VigieApp>, path: &[&str]| {
        let path: Vec<&str> = ["Memos"].iter().chain(path).copied().collect();
        crate::common::edit_menu(h, &path);
    };
    let write = |h: &mut egui_kittest::Harness<'static, vigie::ui::VigieApp>, text: &str| {
        type_into(h, "Memo", text);
        h.get_by_label("OK").click();
        h.run_steps(3);
    };
    open(&mut h, &["Memo of the project…"]);
    write(&mut h, "Veille T3");
    open(&mut h, &["Memo of this article…"]);
    write(&mut h, "À recouper");
    open(&mut h, &["Memo of a theme", "Puces"]);
    write(&mut h, "Annonces chiffrées seulement");
    let st = h.state();
    let book = st.project.book();
    assert_eq!(book.memo, "Veille T3");
    assert_eq!(
        book.article(st.docs[1].id).expect("article").memo,
        "À recouper"
    );
    assert_eq!(book.themes[0].memo, "Annonces chiffrées seulement");
    assert!(st.memo_dialog.is_none());
    // Each memo is one undo step.
    h.state_mut().apply(Command::Undo);
    h.run_steps(2);
    assert!(h.state().project.book().themes[0].memo.is_empty());
    assert_eq!(h.state().project.book().memo, "Veille T3");
}

#[test]
fn an_article_gets_attributes_prefilled_with_the_usual_names_and_its_language() {
    use vigie::workspace::Command;
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut().apply(Command::Select(0));
    h.run_steps(2);
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Attributes of this article…").click();
    h.run_steps(3);
    let rows = h.state().attributes_dialog.clone().expect("dialog").1;
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["outlet", "country", "author", "language"]);
    assert_eq!(rows[3].1, "fr", "the first seed is in French");
    type_into_nth(&mut h, "Value", 0, " Le Monde ");
    h.get_by_label("OK").click();
    h.run_steps(3);
    let st = h.state();
    let a = st.project.book().article(st.docs[0].id).expect("article");
    let got: Vec<(&str, &str)> = a
        .attributes
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // Empty values are dropped, values trimmed.
    assert_eq!(got, [("language", "fr"), ("outlet", "Le Monde")]);
}
