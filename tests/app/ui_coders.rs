//! Headless test of coders in the real app: Edit ▸ Coder name… sets the name once; every passage
//! tagged from then on records it, it is saved with the project, and undo takes it back.

use crate::files_common::{Scripted, seeds_app, tag_first_article, type_into};
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
    h.state_mut().project.save_as(&path).expect("save");
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
