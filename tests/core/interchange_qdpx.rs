//! REFI-QDA export and import: schema validation (xmllint), the round trip of the sample project
//! and of CRLF / Unicode articles, stable GUIDs.

use crate::interchange_common::*;
use std::collections::HashMap;
use vigie::extract::Lexicon;
use vigie::interchange::qdpx::{self, ExportOptions};
use vigie::project::{Project, Rgb};

#[test]
fn exports_validate_against_the_schema() {
    let dir = TempDir::new("schema");
    let p = sample();
    let loaded = vigie::workspace::headless::from_open_project(&p, "sample", &Lexicon::builtin());
    let with_actors = ExportOptions::with_engine(&loaded.corpus);
    for (name, opts) in [("plain", ExportOptions::default()), ("actors", with_actors)] {
        let (bytes, report) = qdpx::export_bytes(&p, &texts(&p), &opts).unwrap();
        assert_eq!((report.sources, report.codes, report.tags), (5, 6, 10));
        assert!(report.left_out.is_empty(), "{:?}", report.left_out);
        if name == "actors" {
            assert!(report.mentions > 50, "{}", report.mentions);
        }
        let xml = entry(&bytes, "project.qde");
        let file = dir.path().join(format!("{name}.qde"));
        std::fs::write(&file, &xml).unwrap();
        xmllint(&file);
    }
}

#[test]
fn the_sample_comes_back_with_the_same_themes_and_tags() {
    let dir = TempDir::new("sample-trip");
    let p = sample();
    let out = dir.path().join("sample.qdpx");
    qdpx::export(&p, &texts(&p), &out, &ExportOptions::default()).unwrap();
    let (mut q, report) = qdpx::import(&out, dir.path()).unwrap();
    assert_eq!((report.articles, report.bundled), (5, 5));
    assert!(report.files.is_empty() && report.left_out.is_empty());
    assert_eq!(q.name(), p.name());
    assert_eq!(q.created(), p.created());
    assert_same_work(&p, &q);
    // Seeds are referenced as bundled again, with their GUIDs.
    for (a, b) in p.book().corpus.iter().zip(&q.book().corpus) {
        assert_eq!((&a.source, &a.guid), (&b.source, &b.guid));
    }
    // Saved, reopened and exported again: the same codes, sources and selections.
    q.save_as(&dir.path().join("again.vigie")).unwrap();
    let q = Project::open(&dir.path().join("again.vigie")).unwrap();
    let a = entry(
        &qdpx::export_bytes(&p, &texts(&p), &ExportOptions::default())
            .unwrap()
            .0,
        "project.qde",
    );
    let b = entry(
        &qdpx::export_bytes(&q, &texts(&q), &ExportOptions::default())
            .unwrap()
            .0,
        "project.qde",
    );
    let body = |x: &[u8]| {
        let s = String::from_utf8(x.to_vec()).unwrap();
        s[s.find("<Users>").unwrap()..].to_string()
    };
    let (a, b) = (body(&a), body(&b));
    // Only the project's user GUID differs (the imported project is a new project).
    assert_eq!(a.lines().count(), b.lines().count());
    let differing: Vec<_> = a.lines().zip(b.lines()).filter(|(x, y)| x != y).collect();
    assert!(
        differing
            .iter()
            .all(|(x, _)| x.contains("creatingUser") || x.contains("<User ")),
        "{differing:#?}"
    );
}

#[test]
fn the_same_project_exports_the_same_bytes() {
    let p = sample();
    let once = qdpx::export_bytes(&p, &texts(&p), &ExportOptions::default())
        .unwrap()
        .0;
    let again = sample();
    let twice = qdpx::export_bytes(&again, &texts(&again), &ExportOptions::default())
        .unwrap()
        .0;
    assert_eq!(once, twice);
    let xml = String::from_utf8(entry(&once, "project.qde")).unwrap();
    for t in &p.book().themes {
        assert!(xml.contains(&format!("<Code guid=\"{}\"", t.guid)));
    }
    for t in &p.book().tags {
        assert!(xml.contains(&format!("<PlainTextSelection guid=\"{}\"", t.guid)));
    }
    for a in &p.book().corpus {
        assert!(xml.contains(&format!("<TextSource guid=\"{}\"", a.guid)));
    }
}

#[test]
fn files_without_guids_get_the_same_derived_ones_at_every_opening() {
    let dir = TempDir::new("old-guids");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(SAMPLE).unwrap()).unwrap();
    v.as_object_mut().unwrap().remove("guid");
    for a in v["corpus"].as_array_mut().unwrap() {
        a.as_object_mut().unwrap().remove("guid");
    }
    let old = dir.path().join("old.vigie");
    std::fs::write(&old, serde_json::to_vec(&v).unwrap()).unwrap();
    let (a, b) = (Project::open(&old).unwrap(), Project::open(&old).unwrap());
    assert_eq!(a.guid(), b.guid());
    assert_ne!(a.guid(), sample().guid());
    assert!(a.book().corpus.iter().all(|x| x.guid.len() == 36));
    assert_eq!(a.book().corpus, b.book().corpus);
    let ea = qdpx::export_bytes(&a, &texts(&a), &ExportOptions::default())
        .unwrap()
        .0;
    let eb = qdpx::export_bytes(&b, &texts(&b), &ExportOptions::default())
        .unwrap()
        .0;
    assert_eq!(ea, eb);
    // Saving stores them.
    let mut a = a;
    a.save_as(&old).unwrap();
    let c = Project::open(&old).unwrap();
    assert_eq!((c.guid(), &c.book().corpus), (a.guid(), &a.book().corpus));
}

/// Accents, emoji, curly quotes, U+2011 and Windows line endings.
const TRICKY: &str = "Titre : l’IA “souveraine” 🚀\r\n\r\nLes États‑Unis 🇺🇸 et la Chine ; « côte à côte ».\r\nDeuxième ligne, café 😀 ☕.\r\nFin";

#[test]
fn crlf_and_unicode_passages_survive_the_round_trip() {
    let dir = TempDir::new("tricky");
    let article = dir.path().join("tricky.txt");
    std::fs::write(&article, TRICKY).unwrap();
    let mut p = Project::new("Tricky");
    let text = vigie::corpus::load_file(&article, String::new())
        .unwrap()
        .text;
    assert_eq!(text, TRICKY);
    let id = p.add_article_file(&article, &text).unwrap();
    let theme = p
        .edit(|b| b.create_theme("Pays", Rgb(1, 2, 3), None))
        .unwrap();
    let sub = p
        .edit(|b| b.create_theme("Côte", Rgb(4, 5, 6), Some(theme)))
        .unwrap();
    let passages = [
        ("l’IA “souveraine” 🚀", theme),
        ("États‑Unis 🇺🇸", theme),
        ("« côte à côte ».\r\nDeuxième", sub),
        ("café 😀 ☕.\r\nFin", sub),
        ("🇺🇸 et la Chine", sub),
    ];
    for (q, t) in passages {
        let range = char_range(&text, q);
        let tag = p.edit(|b| b.add_tag(t, id, &text, range)).unwrap();
        p.edit(|b| b.set_memo(tag, "mémo « 1 » ;\n\"2\"")).unwrap();
    }
    p.save_as(&dir.path().join("tricky.vigie")).unwrap();
    let qdpx_file = dir.path().join("tricky.qdpx");
    qdpx::export(&p, &texts(&p), &qdpx_file, &ExportOptions::default()).unwrap();

    // In the archive: `\n` only, and positions are code points of that text.
    let bytes = std::fs::read(&qdpx_file).unwrap();
    let guid = &p.book().corpus[0].guid;
    let source = String::from_utf8(entry(&bytes, &format!("sources/{guid}.txt"))).unwrap();
    assert_eq!(source, TRICKY.replace("\r\n", "\n"));
    let xml = String::from_utf8(entry(&bytes, "project.qde")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let sels: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("PlainTextSelection"))
        .collect();
    assert_eq!(sels.len(), passages.len());
    for s in sels {
        let pos = |a| s.attribute(a).unwrap().parse::<usize>().unwrap();
        let slice: String = source
            .chars()
            .skip(pos("startPosition"))
            .take(pos("endPosition") - pos("startPosition"))
            .collect();
        assert!(
            passages
                .iter()
                .any(|(q, _)| q.replace("\r\n", "\n") == slice),
            "{slice:?}"
        );
    }

    // Imported: the article is a `\n` text file next to the new project, tags on the same words.
    let dest = dir.path().join("imported");
    let (q, report) = qdpx::import(&qdpx_file, &dest).unwrap();
    assert_eq!(report.files, vec![dest.join("tricky.txt")]);
    let new_text = q.article_text(q.book().corpus[0].id).unwrap();
    assert_eq!(new_text, source);
    let norm = qdpx::normalize(&text);
    assert_eq!(q.book().tags.len(), passages.len());
    for a in &p.book().tags {
        let b = q.book().tags.iter().find(|b| b.guid == a.guid).unwrap();
        assert_eq!(b.quote, a.quote.replace("\r\n", "\n"));
        assert_eq!(
            (b.start, b.end),
            (norm.to_normalized(a.start), norm.to_normalized(a.end))
        );
        assert_eq!(b.memo, a.memo);
        let slice: String = new_text
            .chars()
            .skip(b.start)
            .take(b.end - b.start)
            .collect();
        assert_eq!(slice, b.quote);
    }
    assert_eq!(theme_paths(&q), theme_paths(&p));
}

#[test]
fn an_edited_article_is_reanchored_before_export() {
    let dir = TempDir::new("edited");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Nvidia vend des puces. OpenAI achète.").unwrap();
    let mut p = Project::new("Edited");
    let id = p
        .add_article_file(&article, "Nvidia vend des puces. OpenAI achète.")
        .unwrap();
    let t = p
        .edit(|b| b.create_theme("Achats", Rgb(9, 9, 9), None))
        .unwrap();
    let text = "Nvidia vend des puces. OpenAI achète.";
    p.edit(|b| b.add_tag(t, id, text, char_range(text, "OpenAI achète")))
        .unwrap();
    // The file changes on disk: a sentence is inserted before the passage.
    let changed = "Nvidia vend des puces. Hier encore. OpenAI achète.";
    let texts = HashMap::from([(id, changed.to_string())]);
    let (bytes, report) = qdpx::export_bytes(&p, &texts, &ExportOptions::default()).unwrap();
    assert_eq!(report.reanchored, 1);
    let xml = String::from_utf8(entry(&bytes, "project.qde")).unwrap();
    let r = char_range(changed, "OpenAI achète");
    assert!(
        xml.contains(&format!(
            "startPosition=\"{}\" endPosition=\"{}\"",
            r.start, r.end
        )),
        "{xml}"
    );
    // Articles whose text is missing are left out, and said so.
    let (_, report) = qdpx::export_bytes(&p, &HashMap::new(), &ExportOptions::default()).unwrap();
    assert_eq!((report.sources, report.tags), (0, 0));
    assert!(
        matches!(&report.left_out[0], qdpx::LeftOut::TextUnread { label, .. } if label == "a.txt"),
        "{:?}",
        report.left_out
    );
}

#[test]
fn every_theme_is_exported_once_even_from_a_hand_edited_codebook() {
    let dir = TempDir::new("hand-edited");
    // "Puces" put under "Centres de données", itself a sub-theme: two levels, which the app
    // never makes.
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(SAMPLE).unwrap()).unwrap();
    let themes = v["themes"].as_array_mut().unwrap();
    let id_of = |ts: &[serde_json::Value], n: &str| {
        ts.iter().find(|t| t["name"] == n).unwrap()["id"].clone()
    };
    let dc = id_of(themes, "Centres de données");
    let chips = themes.iter_mut().find(|t| t["name"] == "Puces").unwrap();
    chips["parent"] = dc;
    let file = dir.path().join("edited.vigie");
    std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();
    let p = Project::open(&file).unwrap();
    let (bytes, report) = qdpx::export_bytes(&p, &texts(&p), &ExportOptions::default()).unwrap();
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let xml = String::from_utf8(entry(&bytes, "project.qde")).unwrap();
    for t in &p.book().themes {
        assert_eq!(
            xml.matches(&format!("<Code guid=\"{}\"", t.guid)).count(),
            1,
            "{}",
            t.name
        );
    }
    let qde = dir.path().join("edited.qde");
    std::fs::write(&qde, &xml).unwrap();
    xmllint(&qde);
    // An empty project is a valid REFI-QDA project too.
    let empty = Project::new("Vide");
    let (bytes, _) =
        qdpx::export_bytes(&empty, &HashMap::new(), &ExportOptions::default()).unwrap();
    std::fs::write(&qde, entry(&bytes, "project.qde")).unwrap();
    xmllint(&qde);
}
