//! Headless tests of the reader's selection (egui_kittest, the real app): a selection ends on
//! Esc, on a click elsewhere, after tagging and on changing article; its colour is no theme's;
//! it snaps to whole words (Alt selects freely); copying with the citation.

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, Pos2, vec2};
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
use crate::common::{para_rect, press};

pub(crate) const THREE: &str = "Alpha beta gamma.\n\nDeuxième paragraphe ici.\n\nFin.";
pub(crate) const MIDDLE: &str = "Deuxième paragraphe ici.";

pub(crate) fn doc(path: &str, text: &str) -> Article {
    let d = Document {
        path: path.into(),
        text: text.into(),
        title: Some(format!("Title of {path}")),
        date: None,
    };
    Article::with_extraction(d, Extraction::default())
}

pub(crate) fn app_of(docs: Vec<Article>, themes: &[&str]) -> Harness<'static, VigieApp> {
    let mut h = harness(VigieApp::from_loaded(docs));
    for name in themes {
        h.state_mut().apply(Command::Edit(Edit::CreateTheme {
            name: name.to_string(),
            color: Rgb(0xE6, 0x9F, 0x00),
            parent: None,
        }));
    }
    h.run_steps(2);
    h
}

fn drag_with(h: &mut Harness<'static, VigieApp>, from: Pos2, to: Pos2, modifiers: Modifiers) {
    press(h, from, true, modifiers);
    h.hover_at(to);
    h.run_steps(1);
    press(h, to, false, modifiers);
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.run_steps(1);
}

pub(crate) fn select_middle(h: &mut Harness<'static, VigieApp>) {
    let r = para_rect(h, MIDDLE);
    drag_with(
        h,
        r.left_center() + vec2(1.0, 0.0),
        r.right_center() - vec2(0.5, 0.0),
        Modifiers::NONE,
    );
    assert_eq!(h.state().selected_text(), Some(MIDDLE));
}

fn tag_count(h: &Harness<'static, VigieApp>) -> usize {
    h.state().project.book().tags.len()
}

/// Clicks twice at `at` (press and release, twice).
fn click_twice(h: &mut Harness<'static, VigieApp>, at: Pos2) {
    for _ in 0..2 {
        press(h, at, true, Modifiers::NONE);
        press(h, at, false, Modifiers::NONE);
    }
    h.run_steps(1);
}

#[test]
fn esc_ends_a_selection_and_key_1_then_tags_nothing() {
    let mut h = app_of(vec![doc("a", THREE)], &["Puces"]);
    select_middle(&mut h);
    h.key_press(Key::Escape);
    h.run_steps(1);
    assert_eq!(h.state().selection, None);
    // Clicks on the empty space below the text, then 1: nothing is tagged.
    let below = para_rect(&h, "Fin.").left_bottom() + vec2(40.0, 200.0);
    click_twice(&mut h, below);
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(tag_count(&h), 0);
}

#[test]
fn a_click_on_empty_space_ends_a_selection() {
    let mut h = app_of(vec![doc("a", THREE)], &["Puces"]);
    for at in [
        // Below the text, in the reader.
        |h: &Harness<'static, VigieApp>| para_rect(h, "Fin.").left_bottom() + vec2(40.0, 200.0),
        // The empty part of the article list.
        |h: &Harness<'static, VigieApp>| {
            let r = h.get_by_label_contains("Title of a\n").rect();
            r.left_bottom() + vec2(10.0, 300.0)
        },
    ] {
        select_middle(&mut h);
        let pos = at(&h);
        click_twice(&mut h, pos);
        assert_eq!(h.state().selection, None, "after a click at {pos:?}");
        h.key_press(Key::Num1);
        h.run_steps(2);
        assert_eq!(tag_count(&h), 0);
    }
}

#[test]
fn tagging_or_changing_article_ends_the_selection() {
    let mut h = app_of(vec![doc("a", THREE), doc("b", "Autre texte.")], &["Puces"]);
    select_middle(&mut h);
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(tag_count(&h), 1);
    assert_eq!(h.state().selection, None);
    // A second 1 does not tag the same passage again.
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(tag_count(&h), 1);

    select_middle(&mut h);
    h.get_by_label_contains("Title of b\n").click();
    h.run_steps(2);
    assert_eq!(h.state().selected, Some(1));
    assert_eq!(h.state().selection, None);
    h.get_by_label_contains("Title of a\n").click();
    h.run_steps(2);
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(tag_count(&h), 1);
}

/// Saturation (HSV) of a colour, 0..=1.
fn saturation(c: [u8; 3]) -> f32 {
    let max = c.iter().copied().max().unwrap_or(0) as f32;
    let min = c.iter().copied().min().unwrap_or(0) as f32;
    if max == 0.0 { 0.0 } else { (max - min) / max }
}

#[test]
fn the_selection_colour_is_no_themes_colour() {
    let mut h = app_of(vec![doc("a", THREE)], &[]);
    h.run_steps(1);
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let sel = h.ctx.style_of(theme).visuals.selection.bg_fill;
        let sel = [sel.r(), sel.g(), sel.b()];
        // A neutral selection: no palette hue can be mistaken for it.
        assert!(saturation(sel) < 0.15, "{theme:?} selection {sel:?}");
        for c in vigie::workspace::codebook::PALETTE {
            assert!(saturation([c.0, c.1, c.2]) > 0.2, "{c:?}");
        }
    }
}

const WORDS: &str = "La souveraineté technologique de l'Économie du Royaume-Uni.";

/// Screen position of the cursor before char `c` of the paragraph `text` (one row, monospace
/// not assumed: interpolated along the label's rect would cut words, so the galley is asked).
fn char_pos(h: &Harness<'static, VigieApp>, text: &str, c: usize) -> Pos2 {
    let r = para_rect(h, text);
    let n = text.chars().count() as f32;
    // Proportional estimate, good enough to land inside a long word.
    Pos2::new(r.left() + r.width() * (c as f32 + 0.5) / n, r.center().y)
}

#[test]
fn a_drag_selects_whole_words_and_alt_selects_freely() {
    let mut h = app_of(vec![doc("a", WORDS)], &[]);
    // From inside "technologique" to inside "Royaume-Uni".
    let (from, to) = (char_pos(&h, WORDS, 20), char_pos(&h, WORDS, 50));
    drag_with(&mut h, from, to, Modifiers::NONE);
    assert_eq!(
        h.state().selected_text(),
        Some("technologique de l'Économie du Royaume-Uni")
    );
    // Alt: the ends stay where the pointer was, inside the words.
    drag_with(&mut h, from, to, Modifiers::ALT);
    let free = h.state().selected_text().expect("a selection").to_owned();
    assert!(!free.starts_with("techno"), "{free}");
    assert!(!free.ends_with("Uni"), "{free}");
    assert!(free.contains("de l'Économie du"), "{free}");
}

/// What the app handed to the clipboard over the next `steps` frames.
fn copied_over(h: &mut Harness<'static, VigieApp>, steps: usize) -> Vec<String> {
    let mut out = Vec::new();
    for _ in 0..steps {
        h.run_steps(1);
        for c in &h.output().platform_output.commands {
            if let egui::OutputCommand::CopyText(t) = c {
                out.push(t.clone());
            }
        }
    }
    out
}

#[test]
fn ctrl_c_copies_the_quote_and_the_menu_copies_it_with_its_source() {
    let mut h = app_of(vec![doc("dossiers/a.html", THREE)], &[]);
    select_middle(&mut h);
    // What the window makes of Ctrl+C.
    h.event(Event::Copy);
    assert_eq!(copied_over(&mut h, 2), vec![MIDDLE.to_owned()]);

    h.get_by_role_and_label(Role::Label, MIDDLE)
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Copy with citation").click();
    let copied = copied_over(&mut h, 2);
    assert_eq!(
        copied,
        vec![format!("“{MIDDLE}”\n— Title of dossiers/a.html (a.html)")]
    );
    // The interface language gives the quote marks.
    h.state_mut().apply(Command::SetLang(vigie::i18n::Lang::Fr));
    select_middle_fr(&mut h);
}

/// In French: the menu names the copy in French and the quote takes « ».
fn select_middle_fr(h: &mut Harness<'static, VigieApp>) {
    h.run_steps(2);
    select_middle(h);
    h.get_by_role_and_label(Role::Label, MIDDLE)
        .click_secondary();
    h.run_steps(2);
    h.get_by_label("Copier avec la référence").click();
    let copied = copied_over(h, 2);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(
        copied[0].starts_with(&format!("« {MIDDLE} »\n— ")),
        "{copied:?}"
    );
}
