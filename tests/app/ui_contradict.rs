//! Headless tests of corrections that contradict earlier ones (the later one wins and the
//! Corrections window says which one it replaced, through undo and redo), of an actor's kind
//! changed from its menu, and of the figure's actor submenu (the whole corpus, nearest first,
//! with a filter box).

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::{Entity, EntityKind, Extraction, Figure, FigureKind};
use vigie::project::{Correction, Decision};
use vigie::ui::VigieApp;
use vigie::workspace::Article;
use vigie::workspace::command::Command;

use crate::common::harness;
use crate::common::right_click_on;
use crate::ui_correct::{TEXT, entity};

fn article(path: &str, text: &str, entities: Vec<Entity>, figures: Vec<Figure>) -> Article {
    let d = Document {
        path: path.into(),
        text: text.into(),
        title: Some(path.into()),
        date: None,
    };
    Article::with_extraction(d, Extraction { entities, figures })
}

fn money(start: usize, text: &str, actor: &str) -> Figure {
    Figure {
        text: text.into(),
        start,
        end: start + text.chars().count(),
        kind: FigureKind::Money,
        value: 5e11,
        value_min: None,
        value_max: None,
        unit: "USD".into(),
        actor: Some(actor.into()),
        in_totals: true,
        role: None,
        counterpart: None,
        restates: None,
    }
}

fn doc() -> Article {
    let entities = vec![
        entity("OpenAI", 0, EntityKind::Company),
        entity("Oracle", 21, EntityKind::Company),
        entity("OpenAI", 59, EntityKind::Company),
    ];
    let figures = vec![money(30, "500 milliards de dollars", "OpenAI")];
    article("a.txt", TEXT, entities, figures)
}

/// Another article whose actors are not in the first one: Mistral AI mentioned three times,
/// Nvidia once.
fn other() -> Article {
    let t = "Mistral AI et Nvidia. Mistral AI encore. Mistral AI enfin.";
    let entities = vec![
        entity("Mistral AI", 0, EntityKind::Company),
        entity("Nvidia", 14, EntityKind::Company),
        entity("Mistral AI", 22, EntityKind::Company),
        entity("Mistral AI", 41, EntityKind::Company),
    ];
    article("b.txt", t, entities, vec![])
}

/// The entry `name` of the open Kind submenu (the legend has checkboxes of the same names):
/// the one to the right of the Kind button.
fn menu_entry<'h>(h: &'h Harness<'static, VigieApp>, name: &'h str) -> egui_kittest::Node<'h> {
    let kind = h.get_by_label("Kind").rect();
    h.query_all_by_role_and_label(Role::Button, name)
        .find(|n| n.rect().left() >= kind.right() - 4.0)
        .expect("the kind submenu is open")
}

fn command(h: &mut Harness<'static, VigieApp>, c: Command) {
    h.state_mut().apply(c);
    h.run_steps(2);
}

#[test]
fn declaring_a_name_rejected_everywhere_replaces_the_rejection_and_says_so() {
    let mut h = harness(VigieApp::from_loaded(vec![doc()]));
    right_click_on(&mut h, "OpenAI investit avec Oracle.");
    h.get_by_label("Never an entity « OpenAI »").click();
    h.run_steps(2);
    assert_eq!(h.state().mentions.count("OpenAI"), 0);

    // The analyst changes their mind: OpenAI is an actor after all.
    h.state_mut().ws.selection = vigie::workspace::selection::Selection::between(0, 0, 6);
    h.run_steps(1);
    right_click_on(&mut h, "OpenAI investit avec Oracle.");
    h.get_by_label("Declare an actor…").click();
    h.run_steps(4);
    h.get_by_label("OK").click();
    h.run_steps(2);
    let book = h.state().project.book();
    assert!(
        book.corrections.is_empty(),
        "the rejection no longer holds: {:?}",
        book.corrections
    );
    assert_eq!(book.replaced.len(), 1);
    assert!(matches!(
        &book.replaced[0].old,
        Decision::Correction(Correction::RejectName { canonical }) if canonical == "OpenAI"
    ));
    assert!(matches!(&book.replaced[0].by, Decision::Actor(a) if a.canonical == "OpenAI"));

    // The window says which correction the declaration replaced.
    h.get_by_label("Corrections").click();
    h.run_steps(5);
    h.get_by_label_contains(
        "« OpenAI » → not an entity (everywhere) — replaced by actor declared: OpenAI (Company)",
    );
    h.get_by_label_contains("replaces: « OpenAI » → not an entity (everywhere)");

    // Undo brings the rejection back and forgets the record; redo replaces it again.
    command(&mut h, Command::Undo);
    let book = h.state().project.book();
    assert!(book.replaced.is_empty());
    assert!(book.lexicon_additions.is_empty());
    assert!(matches!(
        book.corrections.as_slice(),
        [Correction::RejectName { .. }]
    ));
    assert!(h.query_by_label_contains("replaced by").is_none());
    command(&mut h, Command::Redo);
    assert_eq!(h.state().project.book().replaced.len(), 1);
    assert!(h.state().project.book().corrections.is_empty());
    h.get_by_label_contains("replaced by actor declared: OpenAI");
}

#[test]
fn a_second_owner_for_a_figure_replaces_the_first_visibly() {
    let mut h = harness(VigieApp::from_loaded(vec![doc()]));
    for name in ["Oracle", "OpenAI"] {
        right_click_on(&mut h, "500 milliards de dollars pour OpenAI.");
        h.get_by_label("Actor").hover();
        h.run_steps(3);
        h.get_by_label(name).click();
        h.run_steps(2);
    }
    let book = h.state().project.book();
    assert!(matches!(
        book.corrections.as_slice(),
        [Correction::FigureActor { actor: Some(a), .. }] if a == "OpenAI"
    ));
    assert!(matches!(
        &book.replaced[..],
        [r] if matches!(&r.old, Decision::Correction(Correction::FigureActor { actor: Some(a), .. }) if a == "Oracle")
    ));
    h.get_by_label("Corrections").click();
    h.run_steps(5);
    h.get_by_label(
        "a.txt · « 500 milliards de dollars » → actor Oracle — replaced by actor OpenAI",
    );
    h.get_by_label_contains("replaces: actor Oracle");
}

#[test]
fn an_actor_kind_is_changed_from_its_menu_and_undone() {
    let mut h = harness(VigieApp::from_loaded(vec![doc()]));
    let kinds = |h: &Harness<'static, VigieApp>| -> Vec<EntityKind> {
        h.state().docs[0]
            .extraction
            .entities
            .iter()
            .filter(|e| e.canonical == "OpenAI")
            .map(|e| e.kind)
            .collect()
    };
    let version = h.state().docs[0].annotation_version;
    right_click_on(&mut h, "OpenAI investit avec Oracle.");
    h.get_by_label("Kind").hover();
    h.run_steps(3);
    // The menu's entry, not the legend's checkbox of the same name.
    menu_entry(&h, "Institution").click();
    h.run_steps(2);
    assert_eq!(
        kinds(&h),
        [EntityKind::Institution, EntityKind::Institution]
    );
    assert!(matches!(
        h.state().project.book().corrections.as_slice(),
        [Correction::ActorKind { canonical, kind: EntityKind::Institution }] if canonical == "OpenAI"
    ));
    // The highlights are laid out again, in the new kind's colour.
    assert_ne!(h.state().docs[0].annotation_version, version);

    // A second kind replaces the first, and says so.
    right_click_on(&mut h, "OpenAI investit avec Oracle.");
    h.get_by_label("Kind").hover();
    h.run_steps(3);
    menu_entry(&h, "Project").click();
    h.run_steps(2);
    assert_eq!(kinds(&h), [EntityKind::Project, EntityKind::Project]);
    assert_eq!(h.state().project.book().corrections.len(), 1);
    assert_eq!(h.state().project.book().replaced.len(), 1);

    command(&mut h, Command::Undo);
    assert_eq!(
        kinds(&h),
        [EntityKind::Institution, EntityKind::Institution]
    );
    command(&mut h, Command::Undo);
    assert_eq!(kinds(&h), [EntityKind::Company, EntityKind::Company]);
    assert!(h.state().project.book().corrections.is_empty());
}

#[test]
fn the_actor_submenu_lists_the_corpus_nearest_first_and_filters() {
    let mut h = harness(VigieApp::from_loaded(vec![doc(), other()]));
    right_click_on(&mut h, "500 milliards de dollars pour OpenAI.");
    h.get_by_label("Actor").hover();
    h.run_steps(3);
    // Oracle is 9 chars from the figure, OpenAI 29; then the other article's actors, the
    // most mentioned first.
    let y = |h: &Harness<'static, VigieApp>, name: &str| {
        h.get_by_role_and_label(Role::Button, name).rect().top()
    };
    let order = ["Oracle", "OpenAI", "Mistral AI", "Nvidia"];
    for w in order.windows(2) {
        assert!(y(&h, w[0]) < y(&h, w[1]), "{} before {}", w[0], w[1]);
    }
    let filter = h.get_by_label("Filter actors");
    filter.focus();
    filter.type_text("nvi");
    h.run_steps(2);
    assert!(h.query_by_role_and_label(Role::Button, "Oracle").is_none());
    h.get_by_role_and_label(Role::Button, "Nvidia").click();
    h.run_steps(2);
    let f = &h.state().docs[0].extraction.figures[0];
    assert_eq!(f.actor.as_deref(), Some("Nvidia"));

    // The box has the keyboard when the submenu opens; Enter takes the first actor left.
    right_click_on(&mut h, "500 milliards de dollars pour OpenAI.");
    h.get_by_label("Actor").hover();
    h.run_steps(3);
    h.get_by_label("Filter actors").type_text("mis");
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    let f = &h.state().docs[0].extraction.figures[0];
    assert_eq!(f.actor.as_deref(), Some("Mistral AI"));
}
