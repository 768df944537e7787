//! Exports of a broken project (hand-edited, merged, or from an older tool): tags whose article
//! is gone are listed, not silently dropped, and GUIDs shared by several elements are made
//! unique, so that the `.qdpx` still validates and another tool keeps every element.

use crate::interchange_common::{entry, xmllint};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use vigie::interchange::{qdpx, rows};
use vigie::project::Project;

const G1: &str = "11111111-1111-4111-8111-111111111111";
const G2: &str = "22222222-2222-4222-8222-222222222222";

/// Two themes and two tags sharing GUIDs (one also an article's), and a tag of article 9,
/// which the project does not have.
fn broken() -> (Project, HashMap<vigie::project::ArticleId, String>) {
    let tag = |id: u64, article: u64, start: usize, end: usize, quote: &str| {
        format!(
            r#"{{"id": {id}, "guid": "{G2}", "theme": 10, "article": {article}, "start": {start},
              "end": {end}, "quote": "{quote}", "created": "2025-01-01T00:00:00Z"}}"#
        )
    };
    let json = format!(
        r#"{{"format": "vigie-project", "version": 2, "name": "cassé",
  "created": "2025-01-01T00:00:00Z", "modified": "2025-01-01T00:00:00Z",
  "corpus": [{{"id": 1, "guid": "{G1}", "source": {{"path": "a.txt"}}, "hash": ""}}],
  "themes": [{{"id": 10, "guid": "{G1}", "name": "Argent", "color": [1, 2, 3]}},
             {{"id": 11, "guid": "{G1}", "name": "Puces", "color": [3, 2, 1]}}],
  "tags": [{}, {}, {}],
  "next_id": 100}}"#,
        tag(20, 1, 0, 7, "Mistral"),
        tag(21, 1, 11, 15, "lève"),
        tag(22, 9, 0, 4, "gone"),
    );
    let p = Project::from_bytes(json.as_bytes(), Path::new("/nowhere/p.vigie")).expect("opens");
    let texts = HashMap::from([(
        p.book().corpus[0].id,
        "Mistral AI lève 600 millions d'euros.".to_string(),
    )]);
    (p, texts)
}

#[test]
fn tags_of_a_missing_article_are_listed_and_guids_made_unique() {
    let (p, texts) = broken();
    let (bytes, report) =
        qdpx::export_bytes(&p, &texts, &qdpx::ExportOptions::default()).expect("exports");
    assert_eq!(report.tags, 2);
    assert!(
        report
            .left_out
            .contains(&qdpx::LeftOut::TagsWithoutArticle(1)),
        "{:?}",
        report.left_out
    );
    assert!(
        report
            .left_out
            .iter()
            .any(|l| matches!(l, qdpx::LeftOut::GuidsReplaced(n) if *n > 0)),
        "{:?}",
        report.left_out
    );
    let en = vigie::i18n::Lang::En;
    assert_eq!(
        en.left_out(&qdpx::LeftOut::TagsWithoutArticle(1)),
        "1 tag whose article is not in the project"
    );
    let xml = String::from_utf8(entry(&bytes, "project.qde")).expect("utf-8");
    let doc = roxmltree::Document::parse(&xml).expect("xml");
    let guids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("guid"))
        .collect();
    let unique: HashSet<&str> = guids.iter().copied().collect();
    assert_eq!(unique.len(), guids.len(), "{guids:?}");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("project.qde");
    std::fs::write(&file, &xml).expect("write");
    xmllint(&file);
    // The same export twice gives the same GUIDs.
    let (again, _) =
        qdpx::export_bytes(&p, &texts, &qdpx::ExportOptions::default()).expect("exports");
    assert_eq!(entry(&again, "project.qde"), xml.as_bytes());
}

#[test]
fn the_passages_table_keeps_tags_of_a_missing_article() {
    let (p, _) = broken();
    let rows = rows::tag_rows(&p);
    assert_eq!(rows.len(), 3);
    let gone = rows.last().expect("row");
    assert_eq!(gone.article, "missing article 9");
    assert!(gone.orphan);
}
