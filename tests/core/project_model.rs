//! The project's data model: themes, tags, counts, undo/redo and the dirty flag.

use vigie::project::{ArticleSource, Children, EditError, Project, Rgb, ThemeId};

const TEXT: &str = "L’État investit 2 milliards d’euros 🇫🇷 dans l’IA. Mistral AI s’en réjouit.";

fn project_with_article() -> (Project, vigie::project::ArticleId) {
    let mut p = Project::new("test");
    let a = p
        .edit(|b| b.add_article(ArticleSource::Path("/tmp/a.txt".into()), TEXT))
        .unwrap();
    (p, a)
}

fn theme(p: &mut Project, name: &str, parent: Option<ThemeId>) -> ThemeId {
    p.edit(|b| b.create_theme(name, Rgb(1, 2, 3), parent))
        .unwrap()
}

#[test]
fn themes_nest_one_level_and_names_are_checked() {
    let (mut p, _) = project_with_article();
    let top = theme(&mut p, "Souveraineté", None);
    let kid = theme(&mut p, "Cloud", Some(top));
    assert_eq!(
        p.edit(|b| b.create_theme("Puces", Rgb(0, 0, 0), Some(kid))),
        Err(EditError::TooDeep("Cloud".into()))
    );
    assert_eq!(
        p.edit(|b| b.create_theme(" souveraineté ", Rgb(0, 0, 0), None)),
        Err(EditError::DuplicateName("souveraineté".into()))
    );
    // The same name is fine under another parent.
    theme(&mut p, "Cloud", None);
    assert_eq!(
        p.edit(|b| b.create_theme("  ", Rgb(0, 0, 0), None)),
        Err(EditError::EmptyName)
    );
    p.edit(|b| b.rename_theme(kid, "Nuage")).unwrap();
    p.edit(|b| b.recolor_theme(kid, Rgb(9, 9, 9))).unwrap();
    p.edit(|b| b.describe_theme(kid, "  hébergement ")).unwrap();
    let t = p.book().theme(kid).unwrap();
    assert_eq!(
        (t.name.as_str(), t.color, t.description.as_deref()),
        ("Nuage", Rgb(9, 9, 9), Some("hébergement"))
    );
    assert_ne!(t.guid, p.book().theme(top).unwrap().guid);
    // A theme with sub-themes cannot go under another.
    let other = theme(&mut p, "Autre", None);
    assert!(p.edit(|b| b.set_theme_parent(top, Some(other))).is_err());
}

#[test]
fn tags_store_quote_context_and_count() {
    let (mut p, a) = project_with_article();
    let parent = theme(&mut p, "Argent", None);
    let kid = theme(&mut p, "Public", Some(parent));
    let chars: Vec<char> = TEXT.chars().collect();
    let start = TEXT.chars().position(|c| c == '2').unwrap();
    let end = start + "2 milliards d’euros".chars().count();
    let t1 = p.edit(|b| b.add_tag(kid, a, TEXT, start..end)).unwrap();
    // Overlapping passage, another theme.
    let t2 = p.edit(|b| b.add_tag(parent, a, TEXT, 0..end + 3)).unwrap();
    let tag = p.book().tag(t1).unwrap();
    assert_eq!(tag.quote, "2 milliards d’euros");
    assert_eq!(tag.before, chars[..start].iter().collect::<String>());
    // Up to the end of the text (fewer than 40 chars are left).
    assert_eq!(tag.after, chars[end..].iter().collect::<String>());
    assert!(tag.after.starts_with(" 🇫🇷 dans"));
    let long = p.edit(|b| b.add_tag(kid, a, TEXT, 0..2)).unwrap();
    assert_eq!(p.book().tag(long).unwrap().after.chars().count(), 40);
    p.edit(|b| b.remove_tag(long)).unwrap();
    assert_eq!(
        p.edit(|b| b.add_tag(kid, a, TEXT, 5..500)),
        Err(EditError::BadRange {
            start: 5,
            end: 500,
            len: chars.len()
        })
    );
    p.edit(|b| b.set_memo(t2, "à vérifier")).unwrap();
    assert_eq!(p.book().tag(t2).unwrap().memo, "à vérifier");

    assert_eq!(p.book().tags_for_theme(parent, false).len(), 1);
    assert_eq!(p.book().tags_for_theme(parent, true).len(), 2);
    let order: Vec<_> = p.book().tags_for_article(a).iter().map(|t| t.id).collect();
    assert_eq!(order, vec![t2, t1]);
    let counts = p.book().counts_by_theme(true);
    assert_eq!((counts[&parent], counts[&kid]), (2, 1));
    assert_eq!(p.book().counts_by_theme(false)[&parent], 1);
    assert_eq!(p.book().counts_by_article()[&a], 2);
    p.edit(|b| b.remove_tag(t1)).unwrap();
    assert_eq!(p.book().counts_by_article()[&a], 1);
}

#[test]
fn merge_moves_tags_and_children() {
    let (mut p, a) = project_with_article();
    let a_theme = theme(&mut p, "IA", None);
    let a_kid = theme(&mut p, "Modèles", Some(a_theme));
    let a_twin = theme(&mut p, "Puces", Some(a_theme));
    let b_theme = theme(&mut p, "Intelligence artificielle", None);
    let b_kid = theme(&mut p, "puces", Some(b_theme));
    let same = p.edit(|b| b.add_tag(a_theme, a, TEXT, 0..5)).unwrap();
    p.edit(|b| b.set_memo(same, "un")).unwrap();
    let dup = p.edit(|b| b.add_tag(b_theme, a, TEXT, 0..5)).unwrap();
    p.edit(|b| b.set_memo(dup, "deux")).unwrap();
    p.edit(|b| b.add_tag(a_twin, a, TEXT, 6..9)).unwrap();
    p.edit(|b| b.merge_theme(a_theme, b_theme)).unwrap();
    let book = p.book();
    assert!(book.theme(a_theme).is_none());
    assert_eq!(book.theme(a_kid).unwrap().parent, Some(b_theme));
    // "Puces" met its twin "puces" under the target and merged into it.
    assert!(book.theme(a_twin).is_none());
    assert_eq!(book.tags_for_theme(b_kid, false).len(), 1);
    // The passage tagged with both themes is now one tag with both memos.
    let on_b = book.tags_for_theme(b_theme, false);
    assert_eq!(on_b.len(), 1);
    assert_eq!(on_b[0].memo, "un\ndeux");
    assert_eq!(
        p.edit(|b| b.merge_theme(b_theme, b_theme)),
        Err(EditError::SelfTarget)
    );
}

#[test]
fn merging_a_parent_into_its_child_promotes_the_child() {
    let (mut p, a) = project_with_article();
    let top = theme(&mut p, "Géopolitique", None);
    let k1 = theme(&mut p, "Chine", Some(top));
    let k2 = theme(&mut p, "États-Unis", Some(top));
    p.edit(|b| b.add_tag(top, a, TEXT, 0..4)).unwrap();
    p.edit(|b| b.merge_theme(top, k1)).unwrap();
    assert_eq!(p.book().theme(k1).unwrap().parent, None);
    assert_eq!(p.book().theme(k2).unwrap().parent, Some(k1));
    assert_eq!(p.book().tags_for_theme(k1, false).len(), 1);
}

#[test]
fn delete_moves_or_drops_passages_and_handles_children() {
    let (mut p, a) = project_with_article();
    let top = theme(&mut p, "Énergie", None);
    let kid = theme(&mut p, "Nucléaire", Some(top));
    let keep = theme(&mut p, "Divers", None);
    p.edit(|b| b.add_tag(top, a, TEXT, 0..4)).unwrap();
    p.edit(|b| b.add_tag(kid, a, TEXT, 5..9)).unwrap();

    // Promote: the child survives at top level with its passage; the parent's passage moves.
    let mut q = p.clone();
    let n = q
        .edit(|b| b.delete_theme(top, Some(keep), Children::Promote))
        .unwrap();
    assert_eq!(n, 1);
    assert_eq!(q.book().theme(kid).unwrap().parent, None);
    assert_eq!(q.book().tags_for_theme(keep, false).len(), 1);
    assert_eq!(q.book().tags_for_theme(kid, false).len(), 1);

    // Delete too, moving everything.
    let mut q = p.clone();
    let n = q
        .edit(|b| b.delete_theme(top, Some(keep), Children::DeleteToo))
        .unwrap();
    assert_eq!(n, 2);
    assert!(q.book().theme(kid).is_none());
    assert_eq!(q.book().tags_for_theme(keep, false).len(), 2);

    // Moving into a theme that is being deleted is refused, and changes nothing.
    let before = p.book().clone();
    assert_eq!(
        p.edit(|b| b.delete_theme(top, Some(kid), Children::DeleteToo)),
        Err(EditError::SelfTarget)
    );
    assert_eq!(*p.book(), before);

    // Without a target the passages go.
    p.edit(|b| b.delete_theme(top, None, Children::DeleteToo))
        .unwrap();
    assert!(p.book().tags.is_empty());
    assert_eq!(p.book().themes.len(), 1);
}

#[test]
fn undo_redo_walks_the_history_and_tracks_dirty() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, a) = project_with_article();
    p.save_as(&dir.path().join("p.vigie")).unwrap();
    assert!(!p.is_dirty());
    let t = theme(&mut p, "Chips", None);
    assert!(p.is_dirty());
    let tag = p.edit(|b| b.add_tag(t, a, TEXT, 0..3)).unwrap();
    p.edit(|b| b.rename_theme(t, "Puces")).unwrap();
    // A refused edit is no step.
    let _ = p.edit(|b| b.rename_theme(ThemeId(999), "x"));
    let s3 = p.book().clone();
    assert!(p.undo());
    assert_eq!(p.book().theme(t).unwrap().name, "Chips");
    assert!(p.undo());
    assert!(p.book().tag(tag).is_none());
    assert!(p.redo());
    assert!(p.book().tag(tag).is_some());
    assert!(p.redo());
    assert_eq!(*p.book(), s3);
    assert!(!p.redo());
    // Undo back to the saved state: clean again.
    while p.book().theme(t).is_some() {
        assert!(p.undo());
    }
    assert!(!p.is_dirty());
    // A new edit after undo drops the redo branch.
    theme(&mut p, "Autre", None);
    assert!(!p.can_redo());
    assert!(p.is_dirty());
    p.save().unwrap();
    assert!(!p.is_dirty());
    assert!(p.undo());
    assert!(p.is_dirty());
}

#[test]
fn view_state_is_not_undone_nor_dirty() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, a) = project_with_article();
    p.save_as(&dir.path().join("p.vigie")).unwrap();
    p.view.selected_article = Some(a);
    p.view.scroll.insert(a, 120.5);
    assert!(!p.is_dirty());
    p.save().unwrap();
    let q = Project::open(p.path().unwrap()).unwrap();
    assert_eq!(q.view, p.view);
}

mod corrections {
    use vigie::extract::lexicon::Actor;
    use vigie::extract::{EntityKind, Lexicon, extract};
    use vigie::project::{ArticleSource, Correction, Project, SpanKey};

    const NEWS: &str = "Mistral AI a levé 600 millions d'euros auprès de Nvidia. \
        Selon Reuters, Microsoft investira aussi 10 milliards de dollars en France.";

    fn fixture() -> (Project, vigie::project::ArticleId, Lexicon) {
        let mut p = Project::new("c");
        let a = p
            .edit(|b| b.add_article(ArticleSource::Path("/n.txt".into()), NEWS))
            .unwrap();
        (p, a, Lexicon::builtin())
    }

    #[test]
    fn corrections_apply_to_a_fresh_extraction_and_survive_shifts() {
        let (mut p, a, lex) = fixture();
        let ex = extract(NEWS, &lex);
        let money: Vec<_> = ex.figures.iter().filter(|f| f.unit == "EUR").collect();
        assert_eq!(money.len(), 1, "{:?}", ex.figures);
        let eur = SpanKey::of_figure(a, money[0]);
        let reuters = ex.entities.iter().find(|e| e.text == "Reuters").cloned();
        assert!(reuters.is_some(), "{:?}", ex.entities);
        assert!(
            ex.figures
                .iter()
                .any(|f| f.actor.as_deref() == Some("Microsoft")),
            "{:?}",
            ex.figures
        );
        p.edit(|b| {
            b.set_figure_actor(eur.clone(), Some("Nvidia".into()));
            b.set_figure_actor(eur.clone(), None); // the latest correction wins
            b.set_figure_in_totals(eur.clone(), false);
            b.reject_name("Microsoft");
        });
        if let Some(r) = &reuters {
            p.edit(|b| b.reject_entity(SpanKey::of_entity(a, r)));
        }
        assert_eq!(
            p.book()
                .corrections
                .iter()
                .filter(|c| matches!(c, Correction::FigureActor { .. }))
                .count(),
            1
        );
        let mut fresh = extract(NEWS, &lex);
        let report = p.apply(a, &mut fresh);
        assert!(report.stale.is_empty(), "{report:?}");
        let f = fresh.figures.iter().find(|f| f.text == eur.text).unwrap();
        assert_eq!((f.actor.as_deref(), f.in_totals), (None, false));
        assert!(fresh.entities.iter().all(|e| e.canonical != "Microsoft"));
        assert!(fresh.entities.iter().all(|e| e.text != "Reuters"));
        // Nothing is attributed to a rejected name any more.
        assert!(
            fresh
                .figures
                .iter()
                .all(|f| f.actor.as_deref() != Some("Microsoft"))
        );
        // Edited text: the figure moved, the correction follows it by its text.
        let edited = format!("Exclusif. {NEWS}");
        let mut shifted = extract(&edited, &lex);
        let report = p.apply(a, &mut shifted);
        let f = shifted.figures.iter().find(|f| f.text == eur.text).unwrap();
        assert!(!f.in_totals && f.actor.is_none(), "{report:?}");
        // Another article is untouched by span corrections.
        let mut other = extract(NEWS, &lex);
        p.apply(vigie::project::ArticleId(999), &mut other);
        assert!(
            other
                .figures
                .iter()
                .any(|f| f.text == eur.text && f.in_totals)
        );
    }

    #[test]
    fn gone_figures_are_reported_stale() {
        let (mut p, a, lex) = fixture();
        let ex = extract(NEWS, &lex);
        let key = SpanKey::of_figure(a, &ex.figures[0]);
        p.edit(|b| b.set_figure_in_totals(key, false));
        let mut ex = extract("Rien à signaler.", &lex);
        assert_eq!(p.apply(a, &mut ex).stale.len(), 1);
    }

    #[test]
    fn the_project_lexicon_adds_actors_and_aliases() {
        let (mut p, _, _) = fixture();
        let base = Lexicon::from_actors(vec![Actor {
            canonical: "Nvidia".into(),
            en: None,
            kind: EntityKind::Company,
            aliases: vec![],
        }]);
        p.edit(|b| {
            b.add_alias("Nvidia", EntityKind::Company, "le fondeur vert")?;
            b.declare_actor(Actor {
                canonical: "Fluidstack".into(),
                en: None,
                kind: EntityKind::Company,
                aliases: vec!["FluidStack".into()],
            })?;
            b.add_alias("Fluidstack", EntityKind::Company, "Fluid Stack")
        })
        .unwrap();
        let lex = p.lexicon(&base);
        assert_eq!(lex.actors().len(), 2);
        assert_eq!(lex.actors()[0].aliases, vec!["le fondeur vert"]);
        assert_eq!(lex.actors()[1].aliases, vec!["FluidStack", "Fluid Stack"]);
        let ex = extract("La société Fluid Stack loue des puces.", &lex);
        assert!(
            ex.entities.iter().any(|e| e.canonical == "Fluidstack"),
            "{ex:?}"
        );
        assert!(p.undo());
        assert!(p.book().lexicon_additions.is_empty());
    }
}
