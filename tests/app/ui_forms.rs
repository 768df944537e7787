//! Headless tests of the small dialogs driven end to end in the real app — the actor form, an
//! article's attributes, the project's memo, the coder's name: opened from the app's menus and
//! buttons, typed into, then OK (the project changed, one undo step) or Cancel/Escape (nothing
//! changed). The views hold only a copy of each draft: what is typed reaches the workspace as
//! commands and OK runs the workspace's submit, so each test fails if either path breaks.

use crate::common::edit_menu;
use crate::files_common::{Scripted, seeds_app, type_into, type_into_nth};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::ui::VigieApp;
use vigie::workspace::Command;

#[test]
fn the_actor_form_declares_on_ok_and_leaves_the_lexicon_on_cancel() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.get_by_label("Corrections").click();
    h.run_steps(3);
    h.get_by_label("New actor…").click();
    h.run_steps(3);
    assert!(h.state().actor_form.is_some(), "the form opens");
    type_into(&mut h, "Canonical name", "Zorblax Group");
    type_into(&mut h, "English name (optional)", "Zorblax");
    h.get_by_label_contains("Aliases").focus();
    h.run_steps(1);
    h.get_by_label_contains("Aliases").type_text("Zorblax\nZBX");
    h.run_steps(1);
    // What was typed is in the workspace's draft, not yet in the project.
    assert!(h.state().project.book().lexicon_additions.is_empty());
    h.get_by_label("OK").click();
    h.run_steps(3);
    assert!(h.state().actor_form.is_none(), "OK closes the form");
    let added = h.state().project.book().lexicon_additions.clone();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].canonical, "Zorblax Group");
    assert_eq!(added[0].en.as_deref(), Some("Zorblax"));
    assert_eq!(added[0].aliases, ["Zorblax", "ZBX"]);
    // Cancel: typed, then dropped.
    h.get_by_label("New actor…").click();
    h.run_steps(3);
    type_into(&mut h, "Canonical name", "Quuxcorp");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().actor_form.is_none());
    assert_eq!(h.state().project.book().lexicon_additions, added);
    // The declaration was one undo step.
    h.state_mut().apply(Command::Undo);
    assert!(h.state().project.book().lexicon_additions.is_empty());
}

#[test]
fn the_attributes_dialog_saves_what_is_typed_on_ok_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    h.state_mut().apply(Command::Select(0));
    h.run_steps(2);
    let id = h.state().docs[0].id;
    let attributes = |h: &Harness<'static, VigieApp>| -> Vec<(String, String)> {
        let a = h.state().project.book().article(id).expect("article");
        a.attributes.clone().into_iter().collect()
    };
    edit_menu(&mut h, &["Attributes of this article…"]);
    assert!(h.state().attributes_dialog.is_some(), "the dialog opens");
    // Rows: outlet, country, author, language (prefilled "fr").
    type_into_nth(&mut h, "Value", 0, " Le Monde ");
    h.get_by_label("Add an attribute").click();
    h.run_steps(2);
    type_into_nth(&mut h, "Attribute", 4, "section");
    type_into_nth(&mut h, "Value", 4, "Tech");
    assert!(attributes(&h).is_empty(), "nothing saved before OK");
    h.get_by_label("OK").click();
    h.run_steps(3);
    assert!(
        h.state().attributes_dialog.is_none(),
        "OK closes the dialog"
    );
    let saved = attributes(&h);
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    // Empty values are dropped, values trimmed.
    assert_eq!(
        saved,
        pairs(&[
            ("language", "fr"),
            ("outlet", "Le Monde"),
            ("section", "Tech")
        ])
    );
    // Cancel, then Escape: typed, then dropped.
    for close in [Some("Cancel"), None] {
        edit_menu(&mut h, &["Attributes of this article…"]);
        type_into_nth(&mut h, "Value", 1, "France");
        match close {
            Some(button) => h.get_by_label(button).click(),
            None => h.key_press(egui::Key::Escape),
        }
        h.run_steps(3);
        assert!(h.state().attributes_dialog.is_none());
        assert_eq!(attributes(&h), saved);
    }
    h.state_mut().apply(Command::Undo);
    assert!(attributes(&h).is_empty(), "one undo step");
}

#[test]
fn the_project_memo_is_written_on_ok_and_kept_on_cancel() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    let open = |h: &mut Harness<'static, VigieApp>| {
        edit_menu(h, &["Memos", "Memo of the project…"]);
        assert!(h.state().memo_dialog.is_some(), "the dialog opens");
    };
    open(&mut h);
    type_into(&mut h, "Memo", "Veille T3\n\n");
    assert!(
        h.state().project.book().memo.is_empty(),
        "nothing saved before OK"
    );
    h.get_by_label("OK").click();
    h.run_steps(3);
    assert!(h.state().memo_dialog.is_none(), "OK closes the dialog");
    // Trailing blank lines are dropped.
    assert_eq!(h.state().project.book().memo, "Veille T3");
    open(&mut h);
    type_into(&mut h, "Memo", " — à revoir");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().memo_dialog.is_none());
    assert_eq!(h.state().project.book().memo, "Veille T3");
    h.state_mut().apply(Command::Undo);
    assert!(h.state().project.book().memo.is_empty(), "one undo step");
}

#[test]
fn the_coder_name_is_set_on_ok_and_kept_on_cancel() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut h = seeds_app(dir.path(), Scripted::default());
    edit_menu(&mut h, &["Coder name…"]);
    assert!(h.state().coder_prompt.is_some(), "the dialog opens");
    type_into(&mut h, "Coder name", "Alice");
    assert_eq!(
        h.state().project.book().coder,
        "",
        "nothing saved before OK"
    );
    h.get_by_label("OK").click();
    h.run_steps(3);
    assert!(h.state().coder_prompt.is_none(), "OK closes the dialog");
    assert_eq!(h.state().project.book().coder, "Alice");
    edit_menu(&mut h, &["Coder name…"]);
    type_into(&mut h, "Coder name", " Martin");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().coder_prompt.is_none());
    assert_eq!(h.state().project.book().coder, "Alice");
    h.state_mut().apply(Command::Undo);
    assert_eq!(h.state().project.book().coder, "", "one undo step");
}
