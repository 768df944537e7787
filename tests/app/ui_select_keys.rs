//! Headless tests of the app's keys around the selection (egui_kittest, the real app): the
//! "tag with…" picker (Ctrl+T), Esc in the search box, the list's filter on file names and
//! Down/Up, a refused edit and the status line in the interface language, a screenshot run that always closes.

use egui::Key;
use egui::Modifiers;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::Extraction;
use vigie::project::Rgb;
use vigie::ui::VigieApp;
use vigie::workspace::Article;
use vigie::workspace::command::Command;
use vigie::workspace::edit::Edit;

use crate::common::harness;
use crate::ui_select::{THREE, app_of, doc, select_middle};

#[test]
fn ctrl_t_picks_any_theme_by_a_folded_filter_and_leaves_categories_out() {
    let names: Vec<String> = (1..=11).map(|n| format!("Thème {n}")).collect();
    let mut themes: Vec<&str> = names.iter().map(String::as_str).collect();
    themes.push("Économie numérique");
    let mut h = app_of(vec![doc("a", THREE)], &themes);
    // A category: not offered.
    h.state_mut()
        .ws
        .project
        .edit(|b| b.themes[0].category = true);
    h.run_steps(1);

    // Without a selection, Ctrl+T does nothing.
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run_steps(2);
    assert!(h.query_by_label("Tag with…").is_none());

    select_middle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run_steps(2);
    assert!(h.query_by_label("Tag with…").is_some());
    let filter = h.get_by_role_and_label(Role::TextInput, "Theme");
    assert!(filter.is_focused(), "the filter has the keyboard");
    // Past the nine keys the toolbar names themes too: the picker adds one of each.
    let count = |h: &Harness<'static, VigieApp>, l: &str| h.query_all_by_label(l).count();
    assert_eq!(count(&h, "Thème 1"), 0, "a category is offered");
    assert_eq!(count(&h, "Thème 11"), 2);
    // Accents and case folded.
    h.get_by_role_and_label(Role::TextInput, "Theme")
        .type_text("ECONOMIE");
    h.run_steps(2);
    assert_eq!(count(&h, "Thème 11"), 1);
    assert_eq!(count(&h, "Économie numérique"), 2);
    h.key_press(Key::Enter);
    h.run_steps(2);
    let book = h.state().project.book();
    assert_eq!(book.tags.len(), 1);
    let theme = book.theme(book.tags[0].theme).map(|t| t.name.clone());
    assert_eq!(theme.as_deref(), Some("Économie numérique"));
    assert!(
        h.query_by_label("Tag with…").is_none(),
        "closed after tagging"
    );

    // Esc closes without tagging; a click on a theme tags.
    select_middle(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Tag with…").is_none());
    assert_eq!(h.state().project.book().tags.len(), 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::T);
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "Theme")
        .type_text("thème 1");
    h.run_steps(2);
    // "Thème 10" and "Thème 11" match (Thème 1 is a category): Down to the second.
    h.key_press(Key::ArrowDown);
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(2);
    let book = h.state().project.book();
    assert_eq!(book.tags.len(), 2);
    let theme = book.theme(book.tags[1].theme).map(|t| t.name.clone());
    assert_eq!(theme.as_deref(), Some("Thème 11"));
}

#[test]
fn esc_empties_the_search_box() {
    let mut h = app_of(vec![doc("a", THREE)], &[]);
    h.get_by_role_and_label(Role::TextInput, "Search").click();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Search")
        .type_text("beta");
    h.run_steps(2);
    assert_eq!(h.state().search.hits.len(), 1);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().search.query, "");
    assert!(h.state().search.hits.is_empty());
}

#[test]
fn the_list_filter_finds_file_names_and_down_up_move_through_the_list() {
    let text = "Texte sans rapport.";
    let titled = |path: &str, title: &str| {
        let d = Document {
            path: path.into(),
            text: text.into(),
            title: Some(title.into()),
            date: None,
        };
        Article::with_extraction(d, Extraction::default())
    };
    let docs = vec![
        titled("corpus/reuters-2025.html", "Les puces"),
        titled("corpus/lemonde.html", "Le calcul"),
        titled("corpus/ft.html", "L'énergie"),
    ];
    let mut h = app_of(docs, &[]);
    assert_eq!(h.state().selected, Some(0));
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(1));
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(2), "stays on the last");
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(1));

    h.get_by_role_and_label(Role::TextInput, "Filter").click();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("lemonde");
    h.run_steps(2);
    let visible = {
        let ws = &h.state().ws;
        let mut cache = Default::default();
        ws.files
            .list
            .visible(&ws.docs, ws.project.book(), &mut cache)
    };
    assert_eq!(visible, vec![1]);
    // The list shows that one article only.
    assert!(h.query_by_label_contains("reuters-2025.html").is_none());
}

#[test]
fn the_list_filter_finds_attribute_values() {
    let plain = |path: &str| {
        let d = Document {
            path: path.into(),
            text: "Texte sans rapport.".into(),
            title: Some(path.into()),
            date: None,
        };
        Article::with_extraction(d, Extraction::default())
    };
    let mut h = app_of(vec![plain("a.txt"), plain("b.txt")], &[]);
    let second = h.state().project.book().corpus[1].id;
    h.state_mut().apply(Command::Edit(Edit::SetAttributes {
        article: second,
        attributes: vec![("outlet".into(), "Le Télégramme".into())],
    }));
    h.get_by_role_and_label(Role::TextInput, "Filter").click();
    h.run_steps(1);
    h.get_by_role_and_label(Role::TextInput, "Filter")
        .type_text("telegramme");
    h.run_steps(2);
    let visible = {
        let ws = &h.state().ws;
        let mut cache = Default::default();
        ws.files
            .list
            .visible(&ws.docs, ws.project.book(), &mut cache)
    };
    assert_eq!(visible, vec![1]);
}

#[test]
fn a_refused_edit_is_worded_in_the_interface_language() {
    let mut h = app_of(vec![doc("a", THREE)], &["Puces"]);
    h.state_mut().apply(Command::SetLang(vigie::i18n::Lang::Fr));
    h.state_mut().apply(Command::Edit(Edit::CreateTheme {
        name: "Puces".into(),
        color: Rgb(0, 0, 0),
        parent: None,
    }));
    h.run_steps(1);
    let status = h.state().status.clone().expect("a status");
    assert!(status.error);
    assert!(status.text.contains("déjà un thème"), "{}", status.text);
    assert!(!status.text.contains("already"), "{}", status.text);
}

#[test]
fn switching_the_language_never_leaves_a_message_in_the_other_one() {
    let mut h = app_of(vec![doc("a", THREE)], &["Puces"]);
    h.state_mut().apply(Command::SetLang(vigie::i18n::Lang::Fr));
    h.state_mut().apply(Command::Redo);
    h.run_steps(1);
    let status = h.state().status.clone().expect("a status");
    assert_eq!(status.text, "Rien à rétablir");
    assert!(h.query_by_label_contains("Rien à rétablir").is_some());
    // The same language again keeps the message; another one drops it.
    h.state_mut().apply(Command::SetLang(vigie::i18n::Lang::Fr));
    assert!(h.state().status.is_some());
    h.state_mut().apply(Command::SetLang(vigie::i18n::Lang::En));
    h.run_steps(1);
    assert!(h.state().status.is_none());
    assert!(h.query_by_label_contains("Rien à rétablir").is_none());
}

#[test]
fn a_screenshot_run_closes_even_with_unsaved_changes_and_a_dialog_open() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let png = dir.path().join("shot.png");
    let app = VigieApp::from_loaded(vec![doc("a", THREE)]).with_screenshot(png.clone());
    let mut h = harness(app);
    // Unsaved changes, and a dialog open.
    h.state_mut().apply(Command::Edit(Edit::CreateTheme {
        name: "Puces".into(),
        color: Rgb(0, 0, 0),
        parent: None,
    }));
    h.state_mut().apply(Command::OpenCoderPrompt);
    // The app asks for the screenshot once settled; the test plays the window's part.
    let mut callback = None;
    for _ in 0..20 {
        h.run_steps(1);
        callback = h
            .output()
            .viewport_output
            .values()
            .flat_map(|v| v.commands.iter())
            .find_map(|c| match c {
                egui::ViewportCommand::Screenshot(cb) => Some(cb.clone()),
                _ => None,
            });
        if callback.is_some() {
            break;
        }
    }
    let image = egui::ColorImage::new([2, 2], vec![egui::Color32::WHITE; 4]);
    callback
        .expect("a screenshot asked for")
        .complete(std::sync::Arc::new(image));
    assert!(png.exists());
    h.run_steps(1);
    // The window's close then goes through: nothing asks about the unsaved changes.
    let root = egui::ViewportId::ROOT;
    let events = &mut h.input_mut().viewports.entry(root).or_default().events;
    events.push(egui::ViewportEvent::Close);
    h.run_steps(1);
    let commands: Vec<String> = h
        .output()
        .viewport_output
        .values()
        .flat_map(|v| v.commands.iter())
        .map(|c| format!("{c:?}"))
        .collect();
    assert!(
        !commands.iter().any(|c| c.contains("CancelClose")),
        "{commands:?}"
    );
    assert!(h.state().files.confirm.is_none());
}
