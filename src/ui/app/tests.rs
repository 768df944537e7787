//! Unit tests of [`VigieApp::apply`]: every command's effect on the state.

use super::*;
use crate::extract::{Entity, EntityKind, Extraction};
use crate::workspace::command::Theme;
use crate::workspace::selection::Selection;

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
            Article::with_extraction(doc(&format!("{i}.txt"), t), x)
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
    app.apply(Command::SetTheme(Theme::Light));
    assert_eq!(app.theme, Some(Theme::Light));
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
        app.view.reader.flash.as_ref().map(|f| f.range.clone()),
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

#[test]
fn edits_undo_and_redo_reach_the_reader() {
    use crate::project::{Rgb, SpanKey};
    use crate::workspace::edit::Edit;
    let mut app = app_with(&["Le géant Nvidia vend.", "Autre."]);
    assert!(!app.project.is_dirty());
    let id = app.docs[0].id;
    let nvidia = app.docs[0].extraction.entities[0].clone();
    app.apply(Command::Edit(Edit::RejectEntity(SpanKey::of_entity(
        id, &nvidia,
    ))));
    assert!(app.docs[0].extraction.entities.is_empty());
    assert_eq!(app.docs[0].actor_count(), 0);
    assert_eq!(app.mentions.count("Nvidia"), 0);
    assert!(app.project.is_dirty());

    app.apply(Command::Undo);
    assert_eq!(app.docs[0].extraction.entities, vec![nvidia.clone()]);
    assert_eq!(app.docs[0].actor_count(), 1);
    assert_eq!(app.mentions.count("Nvidia"), 1);
    app.apply(Command::Redo);
    assert!(app.docs[0].extraction.entities.is_empty());

    // A failed edit says why and changes nothing.
    app.apply(Command::Edit(Edit::AddTag {
        article: id,
        range: 3..8,
        theme: crate::project::ThemeId(777),
    }));
    assert!(app.status.as_ref().is_some_and(|s| s.error));
    assert!(app.project.book().tags.is_empty());
    app.apply(Command::DismissStatus);
    assert_eq!(app.status, None);

    // Tagging quotes the article's own text.
    app.apply(Command::Edit(Edit::CreateTheme {
        name: "Puces".into(),
        color: Rgb(200, 0, 0),
        parent: None,
    }));
    let theme = app.project.book().themes[0].id;
    app.apply(Command::Edit(Edit::AddTag {
        article: id,
        range: 9..15,
        theme,
    }));
    assert_eq!(app.project.book().tags[0].quote, "Nvidia");
}

#[test]
fn lexicon_additions_reanalyse_the_articles() {
    use crate::extract::lexicon::Actor;
    use crate::workspace::edit::Edit;
    let mut app = VigieApp::new(vec![doc("a", "La société Zorblax investit.")]);
    let has = |app: &VigieApp| {
        app.docs[0]
            .extraction
            .entities
            .iter()
            .any(|e| e.canonical == "Zorblax Corp")
    };
    assert!(!has(&app));
    app.apply(Command::Edit(Edit::DeclareActor(Actor {
        canonical: "Zorblax Corp".into(),
        en: None,
        kind: EntityKind::Company,
        aliases: vec!["Zorblax".into()],
    })));
    assert!(has(&app));
    app.apply(Command::Undo);
    assert!(!has(&app));
}
