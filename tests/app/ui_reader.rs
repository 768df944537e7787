//! Headless tests of the reader's interactions (egui_kittest): selecting by dragging,
//! shift-click, double-click and copy; legend toggles; entity mentions and jumps.

use egui::accesskit::Role;
use egui::{Event, Modifiers, PointerButton, Pos2, vec2};
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::{Entity, EntityKind, Extraction};
use vigie::ui::VigieApp;
use vigie::workspace::Article;

use crate::common::harness;
use crate::common::{para_rect, press};

/// A document whose entities are every occurrence of each `(surface, canonical, kind)`.
fn doc_with(path: &str, text: &str, names: &[(&str, &str, EntityKind)]) -> Article {
    let mut entities = Vec::new();
    for (surface, canonical, kind) in names {
        for (b, _) in text.match_indices(surface) {
            let start = text[..b].chars().count();
            entities.push(Entity {
                text: (*surface).into(),
                start,
                end: start + surface.chars().count(),
                canonical: (*canonical).into(),
                kind: *kind,
            });
        }
    }
    entities.sort_by_key(|e| e.start);
    let doc = Document {
        path: path.into(),
        text: text.into(),
        title: Some(format!("Title of {path}")),
        date: None,
    };
    let x = Extraction {
        entities,
        figures: vec![],
    };
    Article::with_extraction(doc, x)
}

const THREE: &str = "Alpha beta gamma.\n\nDeuxième paragraphe ici.\n\nFin.";

#[test]
fn dragging_selects_across_paragraphs_and_ctrl_c_copies_it() {
    let mut h = harness(VigieApp::from_loaded(vec![doc_with("a", THREE, &[])]));
    let first = para_rect(&h, "Alpha beta gamma.");
    let last = para_rect(&h, "Fin.");
    let start = first.left_center() + vec2(1.0, 0.0);
    press(&mut h, start, true, Modifiers::NONE);
    // Through the middle paragraph, then to the end of the last one.
    h.hover_at(para_rect(&h, "Deuxième paragraphe ici.").center());
    h.run_steps(1);
    h.hover_at(last.right_center() - vec2(0.5, 0.0));
    h.run_steps(1);
    press(
        &mut h,
        last.right_center() - vec2(0.5, 0.0),
        false,
        Modifiers::NONE,
    );
    h.run_steps(1);

    let sel = h.state().selection.clone().expect("a selection");
    assert_eq!(sel.article, 0);
    assert_eq!(sel.range, 0..THREE.chars().count());
    assert_eq!(h.state().selected_text(), Some(THREE));

    h.event(Event::Copy);
    h.run_steps(1);
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .any(|c| matches!(c, egui::OutputCommand::CopyText(t) if t == THREE));
    assert!(copied, "{:?}", h.output().platform_output.commands);
}

#[test]
fn drag_within_a_paragraph_then_shift_click_extends() {
    let mut h = harness(VigieApp::from_loaded(vec![doc_with("a", THREE, &[])]));
    let middle = para_rect(&h, "Deuxième paragraphe ici.");
    press(
        &mut h,
        middle.left_center() + vec2(1.0, 0.0),
        true,
        Modifiers::NONE,
    );
    h.hover_at(middle.right_center() - vec2(0.5, 0.0));
    h.run_steps(1);
    press(
        &mut h,
        middle.right_center() - vec2(0.5, 0.0),
        false,
        Modifiers::NONE,
    );
    let sel = h.state().selection.clone().expect("a selection");
    // "Alpha beta gamma.\n\n" is 19 chars; the paragraph is 24.
    assert_eq!(sel.range, 19..43);
    assert_eq!(h.state().selected_text(), Some("Deuxième paragraphe ici."));

    // Shift-click at the very start: the anchor (start of the drag) stays, the selection grows.
    let first = para_rect(&h, "Alpha beta gamma.");
    let at = first.left_center() + vec2(1.0, 0.0);
    press(&mut h, at, true, Modifiers::SHIFT);
    press(&mut h, at, false, Modifiers::SHIFT);
    let sel = h.state().selection.clone().expect("a selection");
    assert_eq!(sel.range, 0..19);

    // A plain click clears it.
    press(&mut h, at, true, Modifiers::NONE);
    press(&mut h, at, false, Modifiers::NONE);
    assert_eq!(h.state().selection, None);
}

#[test]
fn double_click_selects_a_word() {
    let mut h = harness(VigieApp::from_loaded(vec![doc_with("a", THREE, &[])]));
    let first = para_rect(&h, "Alpha beta gamma.");
    let at = first.left_center() + vec2(6.0, 0.0);
    // kittest runs each press and release in its own frame, 0.25 s apart.
    h.ctx
        .options_mut(|o| o.input_options.max_double_click_delay = 2.0);
    h.hover_at(at);
    for _ in 0..2 {
        for pressed in [true, false] {
            h.event(Event::PointerButton {
                pos: at,
                button: PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
    }
    h.run_steps(2);
    assert_eq!(h.state().selected_text(), Some("Alpha"));
}

fn openai_doc() -> Article {
    doc_with(
        "a",
        "OpenAI signe avec Oracle.\n\nFin.",
        &[
            ("OpenAI", "OpenAI Inc.", EntityKind::Company),
            ("Oracle", "Oracle", EntityKind::Company),
        ],
    )
}

#[test]
fn legend_toggle_hides_highlights_and_their_tooltips() {
    let mut h = harness(VigieApp::from_loaded(vec![openai_doc()]));
    let rect = para_rect(&h, "OpenAI signe avec Oracle.");
    let over = rect.min + vec2(8.0, 10.0);
    h.hover_at(over);
    h.run_steps(40);
    h.get_by_label("OpenAI Inc.");
    h.get_by_label("1 mention in the corpus");

    // Away from the text, so that the tooltip (which also says "Company") closes.
    h.hover_at(Pos2::new(1300.0, 850.0));
    h.run_steps(2);
    h.get_by_label("Company").click();
    h.run_steps(2);
    assert!(!h.state().visibility.shows(EntityKind::Company));
    h.hover_at(over);
    h.run_steps(40);
    assert!(h.query_by_label("OpenAI Inc.").is_none());
    // Clicking a hidden entity opens nothing.
    press(&mut h, over, true, Modifiers::NONE);
    press(&mut h, over, false, Modifiers::NONE);
    assert!(h.state().mentions_panel.is_none());

    h.get_by_label("Company").click();
    h.run_steps(2);
    assert!(h.state().visibility.shows(EntityKind::Company));
}

#[test]
fn clicking_an_entity_lists_its_mentions_and_a_mention_jumps_there() {
    // Article 1 mentions OpenAI only in its 300th paragraph, far below the first screen.
    let mut long = (0..299)
        .map(|i| format!("Paragraphe numéro {i} sans acteur connu."))
        .collect::<Vec<_>>();
    long.push("Tout en bas, OpenAI investit encore.".into());
    let long = long.join("\n\n");
    let other = doc_with(
        "b",
        &long,
        &[("OpenAI", "OpenAI Inc.", EntityKind::Company)],
    );
    let mut h = harness(VigieApp::from_loaded(vec![openai_doc(), other]));
    let rect = para_rect(&h, "OpenAI signe avec Oracle.");
    let over = rect.min + vec2(8.0, 10.0);
    press(&mut h, over, true, Modifiers::NONE);
    press(&mut h, over, false, Modifiers::NONE);
    h.run_steps(2);
    h.get_by_label("Mentions of OpenAI Inc.");
    h.get_by_label("2 mentions in the corpus");

    let target = "Tout en bas, OpenAI investit encore.";
    assert!(h.query_by_role_and_label(Role::Label, target).is_none());
    h.get_by_label(target).click();
    h.run_steps(6);
    assert_eq!(h.state().selected, Some(1));
    // The reader scrolled: the paragraph of the mention is on screen, the first one is not.
    let r = h.get_by_role_and_label(Role::Label, target).rect();
    assert!(r.min.y > 0.0 && r.max.y < 900.0, "{r:?}");
    assert!(
        h.query_by_role_and_label(Role::Label, "Paragraphe numéro 0 sans acteur connu.")
            .is_none()
    );
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(h.state().mentions_panel.is_none());
}

#[test]
fn a_money_figure_hover_says_its_role_and_other_side() {
    let text = "Orbitex a investi 2 milliards d'euros dans Veltra.\n\nFin.";
    let base = doc_with(
        "a",
        text,
        &[
            ("Orbitex", "Orbitex", EntityKind::Company),
            ("Veltra", "Veltra", EntityKind::Company),
        ],
    );
    let amount = "2 milliards d'euros";
    let start = text[..text.find(amount).unwrap()].chars().count();
    let mut x = base.extraction.clone();
    x.figures.push(vigie::extract::Figure {
        text: amount.into(),
        start,
        end: start + amount.chars().count(),
        kind: vigie::extract::FigureKind::Money,
        value: 2e9,
        value_min: None,
        value_max: None,
        unit: "EUR".into(),
        actor: Some("Orbitex".into()),
        in_totals: true,
        role: Some(vigie::extract::Role::Spend),
        counterpart: Some("Veltra".into()),
        restates: None,
    });
    let d = Article::with_extraction(base.doc.clone(), x);
    let mut h = harness(VigieApp::from_loaded(vec![d]));
    let rect = para_rect(&h, "Orbitex a investi 2 milliards d'euros dans Veltra.");
    // The amount sits about a third of the way along the line.
    let mut seen = false;
    for k in 1..30 {
        let at = rect.left_center() + vec2(rect.width() * k as f32 / 30.0, 0.0);
        h.hover_at(at);
        h.run_steps(40);
        if h.query_by_label("Role: spend").is_some() {
            seen = true;
            break;
        }
    }
    assert!(seen, "no hover showed the figure's role");
    h.get_by_label("Other side: Veltra");
}
