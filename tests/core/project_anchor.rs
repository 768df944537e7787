//! Re-anchoring tagged passages after an article's text changed.

use vigie::project::{ArticleId, ArticleSource, Project, Rgb, TagId, ThemeId};

const TEXT: &str = "Le plan « IA souveraine » prévoit 109 milliards d’euros. \
    Selon l’Élysée, 35 sites sont prêts. Le 2‑nd volet vise 1 GW 🔌 d’ici 2030 ; \
    « c’est un tournant », dit-on. Le plan prévoit aussi 10 milliards pour la formation.";

fn setup(text: &str) -> (Project, ArticleId, ThemeId) {
    let mut p = Project::new("a");
    let a = p
        .edit(|b| b.add_article(ArticleSource::Path("/x/a.txt".into()), text))
        .unwrap();
    let t = p.edit(|b| b.create_theme("T", Rgb(0, 0, 0), None)).unwrap();
    (p, a, t)
}

fn tag_quote(
    p: &mut Project,
    a: ArticleId,
    t: ThemeId,
    text: &str,
    quote: &str,
    nth: usize,
) -> TagId {
    let byte = text.match_indices(quote).nth(nth).unwrap().0;
    let start = text[..byte].chars().count();
    let end = start + quote.chars().count();
    p.edit(|b| b.add_tag(t, a, text, start..end)).unwrap()
}

/// The slice a tag now points to in `text`.
fn slice(p: &Project, id: TagId, text: &str) -> String {
    let tag = p.book().tag(id).unwrap();
    text.chars()
        .skip(tag.start)
        .take(tag.end - tag.start)
        .collect()
}

#[test]
fn unchanged_text_keeps_everything() {
    let (mut p, a, t) = setup(TEXT);
    let id = tag_quote(&mut p, a, t, TEXT, "1 GW 🔌", 0);
    let before = p.book().clone();
    let r = p.sync_article(a, TEXT).unwrap();
    assert!(r.moved.is_empty() && r.orphans.is_empty());
    assert_eq!(*p.book(), before);
    assert_eq!(slice(&p, id, TEXT), "1 GW 🔌");
}

#[test]
fn edits_before_after_and_inside_are_followed() {
    let (mut p, a, t) = setup(TEXT);
    let euros = tag_quote(&mut p, a, t, TEXT, "109 milliards d’euros", 0);
    let gw = tag_quote(&mut p, a, t, TEXT, "vise 1 GW 🔌 d’ici 2030", 0);
    let quote = tag_quote(&mut p, a, t, TEXT, "« c’est un tournant »", 0);
    // Inserted before (with accents and emoji), an edit after, one inside the 'gw' passage.
    let new = format!("🚀 Exclusif — ÉDITION révisée.\n{TEXT}")
        .replace("vise 1 GW 🔌 d’ici 2030", "vise 1,5 GW 🔌 d’ici 2030")
        .replace("pour la formation", "pour la formation des ingénieurs");
    let r = p.sync_article(a, &new).unwrap();
    assert_eq!(r.moved, vec![euros, quote]);
    assert_eq!(r.rewritten, vec![gw]);
    assert!(r.orphans.is_empty());
    assert_eq!(slice(&p, euros, &new), "109 milliards d’euros");
    assert_eq!(slice(&p, quote, &new), "« c’est un tournant »");
    assert_eq!(slice(&p, gw, &new), "vise 1,5 GW 🔌 d’ici 2030");
    assert_eq!(p.book().tag(gw).unwrap().quote, "vise 1,5 GW 🔌 d’ici 2030");
    assert_eq!(
        p.book().article(a).unwrap().hash,
        vigie::project::content_hash(&new)
    );
}

#[test]
fn typographic_changes_are_matched_through_normalisation() {
    let (mut p, a, t) = setup(TEXT);
    let id = tag_quote(&mut p, a, t, TEXT, "Le 2‑nd volet", 0);
    let curly = tag_quote(&mut p, a, t, TEXT, "Selon l’Élysée", 0);
    // The new copy uses a plain hyphen and straight apostrophes, and has a new first sentence.
    let new = format!("Mise à jour.\u{a0}{TEXT}")
        .replace('\u{2011}', "-")
        .replace('’', "'");
    let r = p.sync_article(a, &new).unwrap();
    assert_eq!(r.moved, vec![id, curly]);
    assert_eq!(slice(&p, id, &new), "Le 2-nd volet");
    assert_eq!(slice(&p, curly, &new), "Selon l'Élysée");
}

#[test]
fn duplicate_quotes_are_resolved_by_context() {
    let (mut p, a, t) = setup(TEXT);
    // "Le plan" occurs twice: tag both, and a longer passage starting at the second.
    let first = tag_quote(&mut p, a, t, TEXT, "Le plan", 0);
    let second = tag_quote(&mut p, a, t, TEXT, "Le plan", 1);
    let longer = tag_quote(&mut p, a, t, TEXT, "Le plan prévoit", 0);
    let old_second = p.book().tag(second).unwrap().start;
    // Two more "Le plan" in front, so the old first range now holds a decoy "Le plan".
    let prefix = "Le plan ? Le plan ! ";
    let shift = prefix.chars().count();
    let new = format!("{prefix}{TEXT}");
    let r = p.sync_article(a, &new).unwrap();
    assert_eq!(r.moved, vec![first, second, longer]);
    assert_eq!(p.book().tag(first).unwrap().start, shift);
    assert_eq!(p.book().tag(second).unwrap().start, old_second + shift);
    assert_eq!(slice(&p, longer, &new), "Le plan prévoit");
    assert!(p.book().orphans().is_empty());
}

#[test]
fn vanished_passages_become_orphans_and_stay() {
    let (mut p, a, t) = setup(TEXT);
    let gone = tag_quote(&mut p, a, t, TEXT, "35 sites sont prêts", 0);
    let stays = tag_quote(&mut p, a, t, TEXT, "109 milliards", 0);
    // The whole sentence and its surroundings are rewritten: nothing to anchor on.
    let cut = TEXT.find("Selon").unwrap();
    let end = TEXT.find("Le 2").unwrap();
    let new = format!(
        "{}Tout a changé ici, vraiment tout. {}",
        &TEXT[..cut],
        &TEXT[end + 20..]
    );
    let r = p.sync_article(a, &new).unwrap();
    assert_eq!(r.orphans, vec![gone]);
    assert_eq!(r.kept, vec![stays]);
    let tag = p.book().tag(gone).unwrap();
    assert!(tag.orphan);
    assert_eq!(tag.quote, "35 sites sont prêts");
    assert_eq!(p.book().orphans().len(), 1);
    // It survives a save and reopen, and comes back if the text is restored.
    let dir = tempfile::tempdir().unwrap();
    p.save_as(&dir.path().join("p.vigie")).unwrap();
    let mut q = Project::open(&dir.path().join("p.vigie")).unwrap();
    assert!(q.book().tag(gone).unwrap().orphan);
    let r = q.sync_article(a, TEXT).unwrap();
    assert_eq!(r.kept, vec![gone, stays]);
    assert!(q.book().orphans().is_empty());
}

#[test]
fn a_short_quote_without_context_match_is_not_guessed() {
    let (mut p, a, t) = setup(TEXT);
    let id = tag_quote(&mut p, a, t, TEXT, "35", 0);
    // "35" is gone, its context too; a "35" elsewhere would be a guess, none exists here.
    let new = TEXT.replace("Selon l’Élysée, 35 sites sont prêts.", "Rien.");
    let r = p.sync_article(a, &new).unwrap();
    assert_eq!(r.orphans, vec![id]);
}
