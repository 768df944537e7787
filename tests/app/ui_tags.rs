//! Headless tests of the codebook and tagging (egui_kittest, the real app): creating themes,
//! tagging a selection by key and by the right-click menu, overlapping tags, undo/redo,
//! retrieval and its jump, deleting a theme while moving its passages, memos.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::project::Tag;
use vigie::ui::VigieApp;

use crate::common::harness;
use crate::ui_select::{MIDDLE, THREE, doc};

fn app() -> Harness<'static, VigieApp> {
    harness(VigieApp::from_loaded(vec![doc("a", THREE)]))
}

fn para_rect(h: &Harness<'static, VigieApp>, text: &str) -> egui::Rect {
    h.get_by_role_and_label(Role::Label, text).rect()
}

fn press(h: &mut Harness<'static, VigieApp>, pos: Pos2, pressed: bool) {
    h.event(Event::PointerMoved(pos));
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(1);
}

/// Drags from `from` to `to` in the reader.
fn drag(h: &mut Harness<'static, VigieApp>, from: Pos2, to: Pos2) {
    press(h, from, true);
    h.hover_at(to);
    h.run_steps(1);
    press(h, to, false);
    h.run_steps(1);
}

/// Selects the whole middle paragraph (chars 19..43).
fn select_middle(h: &mut Harness<'static, VigieApp>) {
    let r = para_rect(h, MIDDLE);
    drag(
        h,
        r.left_center() + vec2(1.0, 0.0),
        r.right_center() - vec2(0.5, 0.0),
    );
    assert_eq!(h.state().selected_text(), Some(MIDDLE));
}

fn open_codebook(h: &mut Harness<'static, VigieApp>) {
    if !h.state().codebook.open {
        h.get_by_label("Codebook").click();
        h.run_steps(2);
    }
    assert!(h.state().codebook.open);
}

/// Creates a theme through the codebook's dialog (the name field has the keyboard).
fn create_theme(h: &mut Harness<'static, VigieApp>, name: &str) {
    open_codebook(h);
    h.get_by_label("Themes").click();
    h.run_steps(1);
    h.get_by_label("New theme…").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text(name);
    h.run_steps(1);
    h.get_by_label("Create").click();
    h.run_steps(2);
    assert!(h.state().codebook.dialog.is_none());
    assert!(
        h.state()
            .project
            .book()
            .themes
            .iter()
            .any(|t| t.name == name),
        "{:?}",
        h.state().status
    );
}

fn tags(h: &Harness<'static, VigieApp>) -> Vec<Tag> {
    h.state().project.book().tags.clone()
}

#[test]
fn a_theme_made_in_the_codebook_tags_the_selection_with_key_1() {
    let mut h = app();
    create_theme(&mut h, "Puces");
    let theme = h.state().project.book().themes[0].clone();
    // A pleasant palette colour by default.
    assert_eq!(theme.color, vigie::workspace::codebook::PALETTE[0]);
    // No selection: the key does nothing.
    h.key_press(Key::Num1);
    h.run_steps(1);
    assert!(tags(&h).is_empty());

    select_middle(&mut h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    let t = tags(&h);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].start, t[0].end), (19, 43));
    assert_eq!(t[0].quote, MIDDLE);
    assert_eq!(t[0].theme, theme.id);
    assert_eq!(t[0].article, h.state().docs[0].id);
    // The theme's count says so.
    assert!(h.query_by_label("(1)").is_some());
}

#[test]
fn the_toolbar_and_the_right_click_menu_tag_overlapping_passages_undo_and_redo() {
    let mut h = app();
    create_theme(&mut h, "Puces");
    create_theme(&mut h, "Énergie");
    select_middle(&mut h);
    h.get_by_label("1 Puces").click();
    h.run_steps(2);
    assert_eq!(tags(&h).len(), 1);
    // Closed, so that the menu's theme buttons are the only ones.
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(!h.state().codebook.open);

    // From the start of the first paragraph into the middle one: overlaps the first tag.
    let first = para_rect(&h, "Alpha beta gamma.");
    let middle = para_rect(&h, MIDDLE);
    drag(
        &mut h,
        first.left_center() + vec2(1.0, 0.0),
        middle.center(),
    );
    let sel = h.state().selection.clone().expect("a selection");
    assert_eq!(sel.range.start, 0);
    assert!(sel.range.end > 19 && sel.range.end < 43, "{sel:?}");
    h.get_by_role_and_label(Role::Label, "Alpha beta gamma.")
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Tag with").hover();
    h.run_steps(2);
    // The theme buttons of the menu show their key.
    h.get_by_label("Énergie 2").click();
    h.run_steps(2);
    let t = tags(&h);
    assert_eq!(t.len(), 2);
    let energy = h.state().project.book().themes[1].id;
    assert_eq!(t[1].theme, energy);
    assert_eq!(t[1].start..t[1].end, sel.range);
    assert!(t[1].start < t[0].end && t[0].start < t[1].end, "overlap");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(tags(&h).len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(tags(&h), t);
}

#[test]
fn retrieval_lists_a_themes_passages_and_jumps_to_one() {
    let mut h = harness(VigieApp::from_loaded(vec![
        doc("a", THREE),
        doc("b", "Autre article.\n\nRien ici."),
    ]));
    create_theme(&mut h, "Puces");
    select_middle(&mut h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    // Read the other article, then pick the theme in the codebook and list its passages.
    h.get_by_label_contains("Title of b").click();
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(1));
    h.get_by_role_and_label(Role::Button, "Puces").click();
    h.run_steps(1);
    h.get_by_label("Show passages").click();
    h.run_steps(2);
    h.get_by_label("1 passage in 1 article");
    h.get_by_label("Title of a (1)");
    h.get_by_role_and_label(Role::Button, MIDDLE).click();
    h.run_steps(3);
    assert_eq!(h.state().selected, Some(0));
}

#[test]
fn deleting_a_theme_can_move_its_passages_to_another() {
    let mut h = app();
    create_theme(&mut h, "Puces");
    create_theme(&mut h, "Énergie");
    select_middle(&mut h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    let energy = h.state().project.book().themes[1].id;
    h.get_by_role_and_label(Role::Button, "Puces").click();
    h.run_steps(1);
    h.get_by_label("Delete…").click();
    h.run_steps(2);
    h.get_by_label("1 passage will be deleted.");
    // Pick where the passages go.
    h.get_by_label("Its passages").click();
    h.run_steps(2);
    h.get_all_by_label("Énergie")
        .last()
        .expect("Énergie in the list")
        .click();
    h.run_steps(2);
    h.get_by_label("1 passage will move to “Énergie”.");
    h.get_by_label("Delete").click();
    h.run_steps(2);
    let book = h.state().project.book();
    assert_eq!(book.themes.len(), 1);
    assert_eq!(book.tags.len(), 1);
    assert_eq!(book.tags[0].theme, energy);
}

#[test]
fn a_memo_edited_from_the_right_click_menu_is_kept_in_the_book() {
    let mut h = app();
    create_theme(&mut h, "Puces");
    select_middle(&mut h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    h.get_by_role_and_label(Role::Label, MIDDLE)
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Edit memo…").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::MultilineTextInput, "Memo")
        .type_text("À vérifier");
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert_eq!(tags(&h)[0].memo, "À vérifier");
    // Undo takes the memo back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(tags(&h)[0].memo, "");
}

#[test]
fn hovering_a_tagged_passage_names_its_theme_and_keys_wait_for_text_fields() {
    let mut h = app();
    create_theme(&mut h, "Puces");
    select_middle(&mut h);
    // While the search box has the keyboard, "1" is text, not a tag.
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    assert!(h.ctx.egui_wants_keyboard_input());
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert!(tags(&h).is_empty());
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.get_by_role_and_label(Role::Label, "Alpha beta gamma.")
        .click();
    h.run_steps(1);
    select_middle(&mut h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(tags(&h).len(), 1);

    // Away from the text, no tooltip; over the passage, its theme.
    h.hover_at(Pos2::new(1300.0, 850.0));
    h.run_steps(2);
    assert!(h.query_by_role_and_label(Role::Label, "Puces").is_none());
    h.hover_at(para_rect(&h, MIDDLE).center());
    h.run_steps(40);
    h.get_by_role_and_label(Role::Label, "Puces");

    // The right-click menu removes the tag.
    h.get_by_role_and_label(Role::Label, MIDDLE)
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Remove tag").click();
    h.run_steps(2);
    assert!(tags(&h).is_empty());
}

#[test]
fn editing_nests_and_renames_a_theme_and_merging_moves_its_passages() {
    let mut h = app();
    create_theme(&mut h, "Puces");
    create_theme(&mut h, "Énergie");
    select_middle(&mut h);
    h.key_press(Key::Num2);
    h.run_steps(2);
    let (chips, energy) = {
        let b = h.state().project.book();
        (b.themes[0].id, b.themes[1].id)
    };
    assert_eq!(tags(&h)[0].theme, energy);

    // Edit "Énergie": renamed, described and put under "Puces", in one undo step.
    h.get_by_role_and_label(Role::Button, "Énergie").click();
    h.run_steps(1);
    h.get_by_label("Edit…").click();
    h.run_steps(2);
    let name = h.get_by_role_and_label(Role::TextInput, "Name");
    name.focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Électricité");
    h.get_by_role_and_label(Role::MultilineTextInput, "Description")
        .focus();
    h.run_steps(1);
    h.get_by_role_and_label(Role::MultilineTextInput, "Description")
        .type_text("Data centres");
    h.run_steps(1);
    h.get_by_label("Parent theme").click();
    h.run_steps(2);
    h.get_all_by_label("Puces")
        .last()
        .expect("Puces in the list")
        .click();
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(2);
    let t = h
        .state()
        .project
        .book()
        .theme(energy)
        .cloned()
        .expect("theme");
    assert_eq!(t.name, "Électricité", "{:?}", h.state().status);
    assert_eq!(t.description.as_deref(), Some("Data centres"));
    assert_eq!(t.parent, Some(chips));
    // The parent counts its sub-theme's passage.
    let counts = h.state().project.book().counts_by_theme(true);
    assert_eq!(counts.get(&chips), Some(&1));

    // Merge the sub-theme into its parent: the passage moves.
    h.get_by_label("Merge…").click();
    h.run_steps(2);
    h.get_by_label("Merge into").click();
    h.run_steps(2);
    h.get_all_by_label("Puces")
        .last()
        .expect("Puces in the list")
        .click();
    h.run_steps(2);
    h.get_by_label("Merge").click();
    h.run_steps(2);
    let b = h.state().project.book();
    assert_eq!(b.themes.len(), 1);
    assert_eq!(b.tags[0].theme, chips);
}
