//! Headless tests of the reader's coding stripes and memo marks (egui_kittest, the real app):
//! one stripe per theme beside the lines its passages cover, in codebook order, named after the
//! theme; a click on a stripe brings its passage back into view; View ▸ Coding stripes hides
//! them; a passage with a memo is marked at its end, one without is not, and a click on the
//! mark opens the memo.

use egui::accesskit::Role;
use egui::{Event, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use vigie::corpus::Document;
use vigie::extract::Extraction;
use vigie::project::{Rgb, TagId};
use vigie::ui::VigieApp;
use vigie::workspace::edit::Edit;
use vigie::workspace::{Article, Command};

use crate::common::harness;

const PARAGRAPHS: usize = 60;

fn para(i: usize) -> String {
    format!("Paragraphe {i} : des puces, de l’énergie et des annonces à suivre de près.")
}

/// Chars of the article where paragraph `i` starts and ends.
fn para_chars(i: usize) -> std::ops::Range<usize> {
    let len = |k: usize| para(k).chars().count();
    let start: usize = (0..i).map(|k| len(k) + 2).sum();
    start..start + len(i)
}

/// One long article; themes Puces then Énergie; Puces tags paragraphs 5 to 45, Énergie the
/// paragraph 1. Returns the harness and the two tags.
fn app() -> (Harness<'static, VigieApp>, TagId, TagId) {
    let text = (0..PARAGRAPHS).map(para).collect::<Vec<_>>().join("\n\n");
    let d = Document {
        path: "long.txt".into(),
        text,
        title: Some("Long".into()),
        date: None,
    };
    let mut h = harness(VigieApp::from_loaded(vec![Article::with_extraction(
        d,
        Extraction::default(),
    )]));
    for (name, color) in [("Puces", Rgb(200, 40, 40)), ("Énergie", Rgb(30, 140, 60))] {
        h.state_mut().apply(Command::Edit(Edit::CreateTheme {
            name: name.into(),
            color,
            parent: None,
        }));
    }
    let (article, themes) = {
        let st = h.state();
        let b = st.project.book();
        (st.docs[0].id, [b.themes[0].id, b.themes[1].id])
    };
    let ranges = [para_chars(5).start..para_chars(45).end, para_chars(1)];
    for (theme, range) in themes.into_iter().zip(ranges) {
        h.state_mut().apply(Command::Edit(Edit::AddTag {
            article,
            range,
            theme,
        }));
    }
    h.run_steps(3);
    let tags = &h.state().project.book().tags;
    assert_eq!(tags.len(), 2);
    let (puces, energie) = (tags[0].id, tags[1].id);
    (h, puces, energie)
}

fn para_rect(h: &Harness<'static, VigieApp>, i: usize) -> Option<egui::Rect> {
    h.query_by_role_and_label(Role::Label, &para(i))
        .map(|n| n.rect())
}

fn stripe(h: &Harness<'static, VigieApp>, theme: &str) -> Option<egui::Rect> {
    h.query_by_label(&format!("Coding stripe: {theme}"))
        .map(|n| n.rect())
}

#[test]
fn stripes_follow_their_passages_in_codebook_order_and_a_click_brings_one_back() {
    let (mut h, _, _) = app();
    let text = para_rect(&h, 1).expect("paragraph 1 on screen");
    let energie = stripe(&h, "Énergie").expect("a stripe for Énergie");
    let puces = stripe(&h, "Puces").expect("a stripe for Puces");
    // Left of the text, Puces (first in the codebook) before Énergie.
    assert!(energie.right() <= text.left(), "{energie:?} vs {text:?}");
    assert!(puces.left() < energie.left(), "{puces:?} vs {energie:?}");
    // Énergie's stripe runs along paragraph 1, as laid out.
    assert!(
        (energie.top() - text.top()).abs() < 1.0,
        "{energie:?} vs {text:?}"
    );
    assert!(
        (energie.bottom() - text.bottom()).abs() < 1.0,
        "{energie:?} vs {text:?}"
    );
    // Puces' starts at paragraph 5 and runs on below the window.
    let five = para_rect(&h, 5).expect("paragraph 5 on screen");
    assert!(
        (puces.top() - five.top()).abs() < 1.0,
        "{puces:?} vs {five:?}"
    );
    assert!(puces.bottom() > 800.0, "{puces:?}");

    // Hovering names the theme and says what a click does.
    h.hover_at(puces.center());
    h.run_steps(30);
    assert!(h.query_by_label("Click to go to the passage.").is_some());

    // Scroll down until paragraph 5 is gone; Puces' stripe is still there, Énergie's is not.
    h.event(Event::PointerMoved(text.center()));
    for _ in 0..8 {
        h.event(Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, -200.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(2);
    }
    h.run_steps(5);
    assert!(para_rect(&h, 5).is_none(), "scrolled past paragraph 5");
    assert!(stripe(&h, "Énergie").is_none());
    let puces = stripe(&h, "Puces").expect("Puces' stripe along the screen");
    // A click on it brings its passage's start back into view.
    h.hover_at(puces.center());
    h.run_steps(1);
    h.get_by_label("Coding stripe: Puces").click();
    h.run_steps(8);
    assert!(
        para_rect(&h, 5).is_some(),
        "the passage's start is back in view"
    );
    assert_eq!(h.state().selected, Some(0));
}

#[test]
fn view_menu_hides_and_shows_the_stripes() {
    let (mut h, _, _) = app();
    let before = para_rect(&h, 1).expect("paragraph 1");
    assert!(h.state().visibility.stripes, "on by default");
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Coding stripes").click();
    h.run_steps(3);
    assert!(!h.state().visibility.stripes);
    assert!(stripe(&h, "Puces").is_none());
    assert!(stripe(&h, "Énergie").is_none());
    // The text takes the margin back.
    let after = para_rect(&h, 1).expect("paragraph 1");
    assert!(after.left() < before.left(), "{after:?} vs {before:?}");
    h.state_mut().apply(Command::ToggleStripes);
    h.run_steps(3);
    assert!(stripe(&h, "Énergie").is_some());
}

#[test]
fn a_passage_with_a_memo_is_marked_at_its_end_and_the_mark_opens_the_memo() {
    let (mut h, _puces, energie) = app();
    // No memo yet: no mark.
    assert!(h.query_by_label("Passage memo: Énergie").is_none());
    h.state_mut().apply(Command::Edit(Edit::SetMemo {
        tag: energie,
        memo: "Chiffre à vérifier".into(),
    }));
    h.run_steps(3);
    // The passage with a memo has its mark, the other none.
    let mark = h.get_by_label("Passage memo: Énergie").rect();
    assert!(h.query_by_label("Passage memo: Puces").is_none());
    // At the end of paragraph 1's text, on its row.
    let text = para_rect(&h, 1).expect("paragraph 1");
    assert!(text.contains(mark.center()) || text.expand(6.0).contains(mark.center()));
    assert!(mark.center().x > text.center().x, "{mark:?} vs {text:?}");

    // Hovering shows the memo.
    h.hover_at(mark.center());
    h.run_steps(30);
    assert!(
        h.query_by_label("Memo: Chiffre à vérifier").is_some(),
        "the memo in the hover card"
    );
    // A click opens the memo, which can be edited there.
    h.get_by_label("Passage memo: Énergie").click();
    h.run_steps(3);
    h.get_by_role_and_label(Role::MultilineTextInput, "Memo")
        .type_text(" (source ?)");
    h.run_steps(1);
    h.get_by_label("Save").click();
    h.run_steps(3);
    let book = h.state().project.book();
    let memo = &book.tag(energie).expect("the tag").memo;
    assert!(
        memo.contains("Chiffre à vérifier") && memo.contains("(source ?)"),
        "{memo}"
    );
    // Without its memo, the mark goes.
    h.state_mut().apply(Command::Edit(Edit::SetMemo {
        tag: energie,
        memo: String::new(),
    }));
    h.run_steps(3);
    assert!(h.query_by_label("Passage memo: Énergie").is_none());
}
