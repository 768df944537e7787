//! Headless tests of the corpus search box and of the language switch (egui_kittest).

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::Extraction;
use vigie::i18n::Lang;
use vigie::ui::VigieApp;
use vigie::workspace::Article;

use crate::common::harness;

fn doc(path: &str, text: &str) -> Article {
    let d = Document {
        path: path.into(),
        text: text.into(),
        title: Some(format!("Title {path}")),
        date: None,
    };
    Article::with_extraction(d, Extraction::default())
}

fn corpus() -> VigieApp {
    let mut far = (0..200)
        .map(|i| format!("Ligne {i} sans rien."))
        .collect::<Vec<_>>();
    far.push("Enfin les ÉTATS‑UNIS, tout en bas.".into());
    VigieApp::from_loaded(vec![
        doc(
            "a",
            "Les États-Unis investissent.\n\nAux etats-unis encore.",
        ),
        doc("b", "Rien ici."),
        doc("c", &far.join("\n\n")),
    ])
}

#[test]
fn ctrl_f_focuses_the_search_box_and_hits_span_articles() {
    let mut h = harness(corpus());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Search")
            .is_focused()
    );

    h.get_by_role_and_label(Role::TextInput, "Search")
        .type_text("etats-unis");
    h.run_steps(3);
    assert_eq!(h.state().search.hits.len(), 3);
    h.get_by_label("1 of 3");
    assert_eq!(h.state().selected, Some(0));

    // Enter: next hit, same article; again: the third article, scrolled down to it.
    h.key_press(Key::Enter);
    h.run_steps(3);
    h.get_by_label("2 of 3");
    h.key_press(Key::Enter);
    h.run_steps(6);
    h.get_by_label("3 of 3");
    assert_eq!(h.state().selected, Some(2));
    let target = "Enfin les ÉTATS‑UNIS, tout en bas.";
    let r = h.get_by_role_and_label(Role::Label, target).rect();
    assert!(r.min.y > 0.0 && r.max.y < 900.0, "{r:?}");

    // Shift+Enter and Shift+F3 go back, F3 forward, wrapping around the corpus.
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run_steps(3);
    h.get_by_label("2 of 3");
    assert_eq!(h.state().selected, Some(0));
    h.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    h.run_steps(3);
    h.get_by_label("1 of 3");
    h.key_press_modifiers(Modifiers::SHIFT, Key::F3);
    h.run_steps(3);
    h.get_by_label("3 of 3");
    h.key_press(Key::F3);
    h.run_steps(3);
    h.get_by_label("1 of 3");
}

#[test]
fn a_query_without_hits_says_so() {
    let mut h = harness(corpus());
    h.get_by_role_and_label(Role::TextInput, "Search").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::TextInput, "Search")
        .type_text("introuvable");
    h.run_steps(3);
    h.get_by_label("no hit");
    assert!(h.state().search.current.is_none());
}

#[test]
fn language_switch_changes_the_labels() {
    let mut h = harness(corpus());
    h.get_by_label("Person");
    h.get_by_label("Articles");
    h.get_by_label("FR").click();
    h.run_steps(2);
    assert_eq!(h.state().lang, Lang::Fr);
    for name in [
        "Personne",
        "Entreprise",
        "Lieu",
        "Institution",
        "Projet",
        "Produit",
    ] {
        h.get_by_label(name);
    }
    assert!(h.query_by_label("Person").is_none());
    h.get_by_role_and_label(Role::TextInput, "Rechercher");
    h.get_by_label("Sombre");
    h.get_by_label("EN").click();
    h.run_steps(2);
    h.get_by_label("Company");
    h.get_by_label("Dark");
}
