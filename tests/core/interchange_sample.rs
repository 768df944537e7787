//! The sample project `tests/fixtures/sample.vigie`: the bundled seeds with nested themes,
//! overlapping tags and memos. `cargo test --test interchange_sample -- --ignored` rebuilds it.

use vigie::project::{ArticleId, Project, Rgb, ThemeId};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sample.vigie");

/// (seed, passage, theme, memo).
const TAGS: &[(&str, &str, &str, &str)] = &[
    (
        "000_3107907732e939eb.txt",
        "600 milliards de dollars",
        "Argent",
        "Chiffre repris partout ; source : la Maison Blanche ?",
    ),
    (
        "000_3107907732e939eb.txt",
        "partenariat d’accélération de l’IA de 600 milliards de dollars de Trump",
        "Souveraineté",
        "",
    ),
    (
        "000_3107907732e939eb.txt",
        "la maîtrise de l’infrastructure et des données devient primordiale",
        "Souveraineté",
        "Thèse centrale de l’article.\nÀ comparer avec « usine à l’IA » ; voir 001.",
    ),
    (
        "001_e98aa20c2b61b0f9.txt",
        "garantir leur autonomie stratégique et leur souveraineté",
        "Souveraineté",
        "",
    ),
    (
        "002_1383256328f99a43.txt",
        "la Chine grignote l’avance des États‑Unis",
        "Souveraineté",
        "Titre : \"grignote\" – l’image revient dans 004.",
    ),
    (
        "002_1383256328f99a43.txt",
        "R‑1 et Kimi K2",
        "Puissance de calcul",
        "",
    ),
    (
        "003_9a10009aa8f4357c.txt",
        "100 000 cartes Nvidia H100",
        "Puces",
        "Chiffre annoncé par xAI 🚀",
    ),
    (
        "003_9a10009aa8f4357c.txt",
        "clusters de calculs massifs avec 100 000 cartes Nvidia H100",
        "Centres de données",
        "",
    ),
    (
        "004_01fd2c4ac2c7a2e6.txt",
        "Plan d’Action pour l’IA",
        "Régulation",
        "",
    ),
    (
        "004_01fd2c4ac2c7a2e6.txt",
        "réduire les réglementations jugées « contraignantes »",
        "Régulation",
        "Dérégulation assumée.",
    ),
];

fn build() -> Project {
    let mut p = Project::with_seeds("Exemple Vigie : géopolitique de l’IA");
    let theme = |p: &mut Project, name: &str, c: Rgb, parent: Option<ThemeId>| {
        p.edit(|b| b.create_theme(name, c, parent)).unwrap()
    };
    let compute = theme(&mut p, "Puissance de calcul", Rgb(200, 60, 40), None);
    theme(&mut p, "Puces", Rgb(230, 120, 40), Some(compute));
    theme(
        &mut p,
        "Centres de données",
        Rgb(150, 40, 90),
        Some(compute),
    );
    let sov = theme(&mut p, "Souveraineté", Rgb(30, 100, 200), None);
    theme(&mut p, "Régulation", Rgb(90, 150, 230), Some(sov));
    theme(&mut p, "Argent", Rgb(40, 160, 80), None);
    p.edit(|b| {
        b.describe_theme(
            sov,
            "Autonomie stratégique, dépendances, « IA souveraine ».",
        )
    })
    .unwrap();
    for (seed, passage, theme_name, memo) in TAGS {
        let (article, text) = seed_text(&p, seed);
        let theme = p
            .book()
            .themes
            .iter()
            .find(|t| t.name == *theme_name)
            .unwrap()
            .id;
        let range = char_range(&text, passage);
        let tag = p.edit(|b| b.add_tag(theme, article, &text, range)).unwrap();
        p.edit(|b| b.set_memo(tag, memo)).unwrap();
    }
    p
}

fn seed_text(p: &Project, seed: &str) -> (ArticleId, String) {
    let a = p
        .book()
        .corpus
        .iter()
        .find(|a| matches!(&a.source, vigie::project::ArticleSource::Bundled(n) if n == seed))
        .unwrap();
    (a.id, p.article_text(a.id).unwrap())
}

/// The chars of the first occurrence of `passage` in `text` (the passage may be split by a
/// sentence in between: "a with b" means from `a` up to the first `b` after it).
fn char_range(text: &str, passage: &str) -> std::ops::Range<usize> {
    let (from, to) = passage
        .split_once(" avec ")
        .map_or((passage, passage), |(a, b)| (a, b));
    let start = text.find(from).expect(passage);
    let end = start + text[start..].find(to).expect(passage) + to.len();
    text[..start].chars().count()..text[..end].chars().count()
}

#[test]
#[ignore = "rebuilds tests/fixtures/sample.vigie"]
fn rebuild_sample() {
    let mut p = build();
    p.save_as(std::path::Path::new(SAMPLE)).unwrap();
}

#[test]
fn sample_has_nested_themes_overlapping_tags_and_memos() {
    let p = Project::open(std::path::Path::new(SAMPLE)).unwrap();
    let b = p.book();
    assert_eq!(b.corpus.len(), 5);
    assert_eq!(b.themes.len(), 6);
    assert_eq!(b.themes.iter().filter(|t| t.parent.is_some()).count(), 3);
    assert_eq!(b.tags.len(), TAGS.len());
    assert!(b.tags.iter().all(|t| !t.orphan));
    let memos = TAGS.iter().filter(|t| !t.3.is_empty()).count();
    assert_eq!(b.tags.iter().filter(|t| !t.memo.is_empty()).count(), memos);
    assert!(memos >= 4);
    // Every tag is on its passage, and some overlap.
    let mut overlaps = 0;
    for t in &b.tags {
        let text = p.article_text(t.article).unwrap();
        let q: String = text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(q, t.quote);
        overlaps += b
            .tags
            .iter()
            .filter(|u| {
                u.id != t.id && u.article == t.article && u.start < t.end && t.start < u.end
            })
            .count();
    }
    assert!(overlaps >= 4, "{overlaps}");
    // Articles and the project have stored GUIDs.
    assert!(b.corpus.iter().all(|a| a.guid.len() == 36));
    let raw = std::fs::read_to_string(SAMPLE).unwrap();
    assert!(raw.contains(&format!("\"guid\": \"{}\"", p.guid())));
}
