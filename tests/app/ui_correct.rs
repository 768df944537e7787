//! Headless tests of the corrections UI (egui_kittest): the reader's right-click menu on a
//! figure and on an entity, the actor form, the corrections window, undo.

use egui::Modifiers;
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::{Entity, EntityKind, Extraction, Figure, FigureKind};
use vigie::project::Correction;
use vigie::ui::VigieApp;
use vigie::workspace::Article;

use crate::common::harness;
use crate::common::right_click_on;

pub(crate) const TEXT: &str =
    "OpenAI investit avec Oracle.\n\n500 milliards de dollars pour OpenAI.";

pub(crate) fn entity(text: &str, start: usize, kind: EntityKind) -> Entity {
    Entity {
        text: text.into(),
        start,
        end: start + text.chars().count(),
        canonical: text.into(),
        kind,
    }
}

fn doc() -> Article {
    let d = Document {
        path: "a.txt".into(),
        text: TEXT.into(),
        title: Some("Un article".into()),
        date: None,
    };
    let x = Extraction {
        entities: vec![
            entity("OpenAI", 0, EntityKind::Company),
            entity("Oracle", 21, EntityKind::Company),
            entity("OpenAI", 59, EntityKind::Company),
        ],
        figures: vec![Figure {
            text: "500 milliards de dollars".into(),
            start: 30,
            end: 54,
            kind: FigureKind::Money,
            value: 5e11,
            value_min: None,
            value_max: None,
            unit: "USD".into(),
            actor: Some("OpenAI".into()),
            in_totals: true,
            role: None,
            counterpart: None,
            restates: None,
        }],
    };
    Article::with_extraction(d, x)
}

#[test]
fn a_figure_leaves_totals_and_changes_actor_from_the_menu() {
    let mut h = harness(VigieApp::from_loaded(vec![doc()]));
    right_click_on(&mut h, "500 milliards de dollars pour OpenAI.");
    h.get_by_label("Count in totals").click();
    h.run_steps(2);
    let f = &h.state().docs[0].extraction.figures[0];
    assert!(!f.in_totals);
    assert!(matches!(
        h.state().project.book().corrections.as_slice(),
        [Correction::FigureTotals {
            in_totals: false,
            ..
        }]
    ));

    // The actor submenu offers the article's actors; Oracle takes the figure.
    right_click_on(&mut h, "500 milliards de dollars pour OpenAI.");
    h.get_by_label("Actor").hover();
    h.run_steps(3);
    h.get_by_label("Oracle").click();
    h.run_steps(2);
    let f = &h.state().docs[0].extraction.figures[0];
    assert_eq!(f.actor.as_deref(), Some("Oracle"));
    assert!(!f.in_totals, "the first correction still holds");

    // Undo from the keyboard, one step at a time.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert_eq!(
        h.state().docs[0].extraction.figures[0].actor.as_deref(),
        Some("OpenAI")
    );
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(2);
    assert!(h.state().docs[0].extraction.figures[0].in_totals);
    assert!(h.state().project.book().corrections.is_empty());
}

#[test]
fn a_false_entity_is_rejected_and_the_window_withdraws_it() {
    let mut h = harness(VigieApp::from_loaded(vec![doc()]));
    right_click_on(&mut h, "OpenAI investit avec Oracle.");
    h.get_by_label("Not an entity here").click();
    h.run_steps(2);
    let names: Vec<(usize, &str)> = h.state().docs[0]
        .extraction
        .entities
        .iter()
        .map(|e| (e.start, e.canonical.as_str()))
        .collect();
    assert_eq!(names, [(21, "Oracle"), (59, "OpenAI")]);
    assert_eq!(h.state().mentions.count("OpenAI"), 1);

    h.get_by_label("Corrections").click();
    h.run_steps(5);
    h.get_by_label_contains("« OpenAI » → not an entity");
    h.get_by_label("Withdraw").click();
    h.run_steps(2);
    assert_eq!(h.state().docs[0].extraction.entities.len(), 3);
    assert!(h.state().project.book().corrections.is_empty());
}

#[test]
fn declaring_an_actor_from_a_selection_finds_it_everywhere() {
    let text = "Le groupe Zorblax annonce un centre.\n\nZorblax investira encore.";
    let app = VigieApp::new(vec![Document::new("z.txt".into(), text.into())]);
    let has = |app: &VigieApp| {
        app.docs[0]
            .extraction
            .entities
            .iter()
            .filter(|e| e.canonical == "Zorblax Group")
            .count()
    };
    assert_eq!(has(&app), 0);
    let mut h = harness(app);
    h.state_mut().ws.selection = vigie::workspace::selection::Selection::between(0, 10, 17);
    h.run_steps(1);
    right_click_on(&mut h, "Le groupe Zorblax annonce un centre.");
    h.get_by_label("Declare an actor…").click();
    h.run_steps(4);
    assert!(h.state().actor_form.is_some());
    let name = h.get_by_label("Canonical name");
    name.focus();
    name.type_text(" Group");
    h.run_steps(2);
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().actor_form.is_none());
    let added = &h.state().project.book().lexicon_additions;
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].canonical, "Zorblax Group");
    assert_eq!(added[0].aliases, ["Zorblax"]);
    assert_eq!(has(h.state()), 2);
}
