//! Unit tests of [`VigieApp::apply`]: every command's effect on the state.

use super::*;
use crate::extract::{Entity, Extraction};

fn doc(name: &str, text: &str) -> Document {
    Document {
        path: name.into(),
        text: text.into(),
        title: None,
        date: None,
    }
}

fn app_with(texts: &[&str]) -> VigieApp {
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let start = t.find("Nvidia").map(|b| t[..b].chars().count());
            let entities = start
                .map(|s| Entity {
                    text: "Nvidia".into(),
                    start: s,
                    end: s + 6,
                    canonical: "Nvidia".into(),
                    kind: EntityKind::Company,
                })
                .into_iter()
                .collect();
            let x = Extraction {
                entities,
                figures: vec![],
            };
            LoadedDoc::with_extraction(doc(&format!("{i}.txt"), t), x)
        })
        .collect();
    VigieApp::from_loaded(docs)
}

#[test]
fn commands_change_state_and_bad_indexes_are_ignored() {
    let mut app = VigieApp::new(vec![doc("a", "Texte."), doc("b", "Texte.")]);
    assert_eq!(app.selected, Some(0));
    app.apply(Command::Select(1));
    assert_eq!(app.selected, Some(1));
    app.apply(Command::Select(7));
    assert_eq!(app.selected, Some(1));
    app.apply(Command::SetTheme(egui::Theme::Light));
    assert_eq!(app.theme, Some(egui::Theme::Light));
    app.apply(Command::SetLang(Lang::Fr));
    assert_eq!(app.tr().kind(EntityKind::Person), "Personne");
    app.apply(Command::JumpTo {
        article: 9,
        range: 0..1,
    });
    assert_eq!(app.selected, Some(1));
    assert_eq!(VigieApp::new(Vec::new()).selected, None);
}

#[test]
fn selection_gives_its_text_and_toggles_bump_layout_versions() {
    let mut app = app_with(&["Le géant Nvidia vend.", "Autre."]);
    app.apply(Command::SetSelection(Selection::between(0, 15, 3)));
    assert_eq!(app.selected_text(), Some("géant Nvidia"));
    app.apply(Command::SetSelection(Selection::between(5, 0, 3)));
    assert_eq!(app.selection, None);

    let v0 = app.docs[1].annotation_version;
    app.apply(Command::ToggleKind(EntityKind::Company));
    assert!(!app.visibility.shows(EntityKind::Company));
    app.apply(Command::ToggleFigures);
    assert!(!app.visibility.figures);
    assert_eq!(app.docs[1].annotation_version, v0 + 2);
}

#[test]
fn mentions_panel_lists_every_article() {
    let mut app = app_with(&["Nvidia un.", "Rien.", "Puis Nvidia deux."]);
    app.apply(Command::ShowMentions("Nvidia".into()));
    let panel = app.mentions_panel.as_ref().expect("panel open");
    let at: Vec<(usize, usize)> = panel
        .items
        .iter()
        .map(|m| (m.article, m.range.start))
        .collect();
    assert_eq!(at, [(0, 0), (2, 5)]);
    app.apply(Command::JumpTo {
        article: 2,
        range: 5..11,
    });
    assert_eq!(app.selected, Some(2));
    assert_eq!(
        app.reader.flash.as_ref().map(|f| f.range.clone()),
        Some(5..11)
    );
    app.apply(Command::CloseMentions);
    assert!(app.mentions_panel.is_none());
}

#[test]
fn search_moves_across_articles_and_wraps() {
    let mut app = app_with(&["Élysée et élysée.", "Rien.", "ELYSEE encore."]);
    app.apply(Command::Select(1));
    app.apply(Command::SetQuery("elysee".into()));
    assert_eq!(app.search.hits.len(), 3);
    // From article 1, the first hit after it is in article 2.
    assert_eq!(app.search.current, Some(2));
    assert_eq!(app.selected, Some(2));
    app.apply(Command::SearchStep { forward: true });
    assert_eq!(app.search.current, Some(0));
    assert_eq!(app.selected, Some(0));
    app.apply(Command::SearchStep { forward: false });
    assert_eq!(app.search.current, Some(2));
    app.apply(Command::SetQuery("introuvable".into()));
    assert_eq!(app.search.current, None);
    assert_eq!(app.selected, Some(2));
}
