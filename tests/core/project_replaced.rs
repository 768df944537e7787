//! Corrections that contradict earlier ones: the later one wins, the earlier one is recorded
//! as replaced, the record follows undo and redo and is saved with the project; an actor's
//! kind set by the analyst applies to every mention of it.

use vigie::extract::lexicon::Actor;
use vigie::extract::{Entity, EntityKind, Extraction};
use vigie::project::{ArticleId, Correction, Decision, Project};

fn actor(name: &str, kind: EntityKind, aliases: &[&str]) -> Actor {
    Actor {
        canonical: name.into(),
        en: None,
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

#[test]
fn contradicting_corrections_are_recorded_undone_and_saved() {
    let mut p = Project::new("veille");
    p.edit(|b| {
        b.reject_name("Zorblax");
        Ok::<_, vigie::project::EditError>(())
    })
    .unwrap();
    p.edit(|b| b.declare_actor(actor("Zorblax", EntityKind::Company, &[])))
        .unwrap();
    // A second declaration with another kind replaces the first one's kind.
    p.edit(|b| b.declare_actor(actor("Zorblax", EntityKind::Project, &[])))
        .unwrap();
    // "Zorb" is an alias of another declared actor: giving it to Zorblax takes it from there.
    p.edit(|b| b.declare_actor(actor("Zorb Labs", EntityKind::Company, &["Zorb"])))
        .unwrap();
    p.edit(|b| b.add_alias("Zorblax", EntityKind::Company, "Zorb"))
        .unwrap();
    let b = p.book();
    assert!(b.corrections.is_empty());
    let olds: Vec<String> = b
        .replaced
        .iter()
        .map(|r| match &r.old {
            Decision::Correction(c) => format!("{c:?}"),
            Decision::Actor(a) => format!("{} {:?} {:?}", a.canonical, a.kind, a.aliases),
        })
        .collect();
    assert_eq!(olds.len(), 3, "{olds:?}");
    assert!(olds[0].contains("RejectName"));
    assert_eq!(olds[1], "Zorblax Company []");
    assert_eq!(olds[2], r#"Zorb Labs Company ["Zorb"]"#);
    let zorblax = b
        .lexicon_additions
        .iter()
        .find(|a| a.canonical == "Zorblax");
    assert_eq!(zorblax.map(|a| a.kind), Some(EntityKind::Project));
    assert!(
        b.lexicon_additions
            .iter()
            .all(|a| a.canonical == "Zorblax" || a.aliases.is_empty())
    );

    // Saved and read back as they were.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("veille.vigie");
    p.save_as(&file).unwrap();
    let q = Project::open(&file).unwrap();
    assert_eq!(q.book().replaced, p.book().replaced);

    // Undo takes each record back with its correction; redo puts it back.
    for left in [2, 2, 1, 0] {
        assert!(p.undo());
        assert_eq!(p.book().replaced.len(), left);
    }
    assert!(matches!(
        p.book().corrections.as_slice(),
        [Correction::RejectName { .. }]
    ));
    assert!(p.redo());
    assert_eq!(p.book().replaced.len(), 1);
    assert!(p.book().corrections.is_empty());

    // Never an entity, after all: the declared actor leaves the lexicon, and a figure given
    // to it goes back to the engine's choice, both recorded.
    let at = vigie::project::SpanKey {
        article: ArticleId(3),
        start: 10,
        end: 20,
        text: "5 milliards".into(),
    };
    p.edit(|b| {
        b.set_figure_actor(at.clone(), Some("Zorblax".into()));
        Ok::<_, vigie::project::EditError>(())
    })
    .unwrap();
    p.edit(|b| {
        b.reject_name("Zorblax");
        Ok::<_, vigie::project::EditError>(())
    })
    .unwrap();
    assert!(p.book().lexicon_additions.is_empty());
    assert_eq!(p.book().corrections.len(), 1, "only the rejection holds");
    let olds: Vec<&Decision> = p.book().replaced[1..].iter().map(|r| &r.old).collect();
    assert!(matches!(
        olds.as_slice(),
        [Decision::Correction(Correction::FigureActor { .. }), Decision::Actor(a)] if a.canonical == "Zorblax"
    ));
    // Withdrawing the correction that replaced something forgets what it replaced.
    let c = p.book().corrections[0].clone();
    p.edit(|b| {
        b.remove_correction(&c);
        Ok::<_, vigie::project::EditError>(())
    })
    .unwrap();
    assert_eq!(p.book().replaced.len(), 1);
}

#[test]
fn an_actor_kind_applies_to_every_mention_and_is_saved() {
    let mut p = Project::new("veille");
    p.edit(|b| {
        b.set_actor_kind("OpenAI", EntityKind::Institution);
        Ok::<_, vigie::project::EditError>(())
    })
    .unwrap();
    let e = |start| Entity {
        text: "OpenAI".into(),
        start,
        end: start + 6,
        canonical: "OpenAI".into(),
        kind: EntityKind::Company,
    };
    let mut x = Extraction {
        entities: vec![e(0), e(20)],
        figures: vec![],
    };
    p.apply(ArticleId(7), &mut x);
    assert!(x.entities.iter().all(|e| e.kind == EntityKind::Institution));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("k.vigie");
    p.save_as(&file).unwrap();
    let q = Project::open(&file).unwrap();
    assert_eq!(q.book().corrections, p.book().corrections);
}
