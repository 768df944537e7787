//! What QualCoder, Taguette and other REFI-QDA tools need from Vigie's interchange: memos they
//! read, code names unique across the codebook, categories, PDF sources' text, everything left
//! out listed, sources dated, actor codes coloured, and the codebook alone as `.qdc` or
//! Taguette's CSV.

use crate::interchange_common::*;
use vigie::interchange::{qdpx, taguette};
use vigie::project::{Project, Rgb};

const CODEBOOK_XSD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/refi-qda/Codebook.xsd"
);

fn qde(bytes: &[u8]) -> String {
    String::from_utf8(entry(bytes, "project.qde")).unwrap()
}

fn next(b: &vigie::project::Book) -> Rgb {
    vigie::workspace::codebook::next_colour(b)
}

#[test]
fn a_memo_is_written_where_qualcoder_reads_it_and_comes_back_once() {
    let dir = TempDir::new("qc-memo");
    let mut p = sample();
    let tag = p.book().tags[0].id;
    p.edit(|b| b.set_memo(tag, "Chiffre à vérifier")).unwrap();
    let out = dir.path().join("memo.qdpx");
    qdpx::export(&p, &texts(&p), &out, &qdpx::ExportOptions::default()).unwrap();
    let xml = qde(&std::fs::read(&out).unwrap());
    // As the selection's Description (QualCoder) and as a Note (NVivo, MAXQDA).
    assert!(
        xml.contains("<Description>Chiffre à vérifier</Description>"),
        "{xml}"
    );
    assert!(xml.contains("<PlainTextContent>Chiffre à vérifier</PlainTextContent>"));
    let file = dir.path().join("memo.qde");
    std::fs::write(&file, &xml).unwrap();
    xmllint(&file);
    let (q, _) = qdpx::import(&out, dir.path()).unwrap();
    // Every memo comes back once, not doubled from its note and its description.
    let memos = |x: &Project| {
        let mut v: Vec<(String, String)> = x
            .book()
            .tags
            .iter()
            .map(|t| (t.guid.clone(), t.memo.clone()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(memos(&p), memos(&q));
    assert!(memos(&q).iter().any(|(_, m)| m == "Chiffre à vérifier"));
}

/// A project whose codebook repeats a name under two parents.
fn twin_names() -> Project {
    let mut p = sample();
    p.edit(|b| {
        let money = b.create_theme("Capital", Rgb(1, 2, 3), None).unwrap();
        let chips = b
            .create_theme("Semi-conducteurs", Rgb(4, 5, 6), None)
            .unwrap();
        b.create_theme("Régulation", Rgb(7, 8, 9), Some(money))
            .unwrap();
        b.create_theme("Régulation", Rgb(7, 8, 9), Some(chips))
            .unwrap();
    });
    p
}

#[test]
fn code_names_are_unique_across_the_codebook_and_the_report_says_so() {
    let dir = TempDir::new("qc-names");
    let p = twin_names();
    let (bytes, report) =
        qdpx::export_bytes(&p, &texts(&p), &qdpx::ExportOptions::default()).unwrap();
    let xml = qde(&bytes);
    assert!(xml.contains("name=\"Régulation (Capital)\""), "{xml}");
    assert!(xml.contains("name=\"Régulation (Semi-conducteurs)\""));
    // The sample already has a "Régulation" under "Souveraineté": three of one name.
    assert_eq!(report.renamed.len(), 3, "{:?}", report.renamed);
    assert!(xml.contains("name=\"Régulation (Souveraineté)\""));
    let names: Vec<&str> = xml
        .lines()
        .filter(|l| l.trim_start().starts_with("<Code "))
        .filter_map(|l| l.split("name=\"").nth(1)?.split('"').next())
        .collect();
    let unique: std::collections::HashSet<String> =
        names.iter().map(|n| n.to_lowercase()).collect();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    let file = dir.path().join("names.qde");
    std::fs::write(&file, &xml).unwrap();
    xmllint(&file);
}

/// A QualCoder-like project: a category with a coloured child, a PDF with its text as a
/// representation, two coders, a variable, a case, a file memo and a journal.
fn qualcoder_xml() -> String {
    r##"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="QC" origin="QualCoder 3.6">
  <Users>
    <User guid="10000000-0000-4000-8000-000000000001" name="alice"/>
    <User guid="10000000-0000-4000-8000-000000000002" name="bob"/>
  </Users>
  <CodeBook><Codes>
    <Code guid="20000000-0000-4000-8000-000000000001" name="Géopolitique" isCodable="false" color="#336699">
      <Code guid="20000000-0000-4000-8000-000000000002" name="Souveraineté" isCodable="true" color="#aa0000"/>
    </Code>
  </Codes></CodeBook>
  <Variables>
    <Variable guid="30000000-0000-4000-8000-000000000001" name="pays" typeOfVariable="Text"/>
  </Variables>
  <Cases>
    <Case guid="40000000-0000-4000-8000-000000000001" name="France"/>
  </Cases>
  <Sources>
    <PDFSource guid="50000000-0000-4000-8000-000000000001" name="rapport.pdf" path="internal://r.pdf" creationDateTime="2025-05-06T07:08:09Z">
      <PDFSelection guid="60000000-0000-4000-8000-000000000009" page="1" firstX="0" firstY="0" secondX="1" secondY="1">
        <Coding guid="70000000-0000-4000-8000-000000000009"><CodeRef targetGUID="20000000-0000-4000-8000-000000000002"/></Coding>
      </PDFSelection>
      <Representation guid="50000000-0000-4000-8000-000000000002" name="rapport.txt" plainTextPath="internal://r.txt">
        <PlainTextSelection guid="60000000-0000-4000-8000-000000000001" name="la France" startPosition="0" endPosition="9" creatingUser="10000000-0000-4000-8000-000000000002">
          <Description>mémo du passage</Description>
          <Coding guid="70000000-0000-4000-8000-000000000001"><CodeRef targetGUID="20000000-0000-4000-8000-000000000002"/></Coding>
        </PlainTextSelection>
      </Representation>
      <NoteRef targetGUID="80000000-0000-4000-8000-000000000001"/>
      <VariableValue><VariableRef targetGUID="30000000-0000-4000-8000-000000000001"/><TextValue>France</TextValue></VariableValue>
    </PDFSource>
  </Sources>
  <Notes>
    <Note guid="80000000-0000-4000-8000-000000000001" name="file memo"><PlainTextContent>sur le fichier</PlainTextContent></Note>
    <Note guid="80000000-0000-4000-8000-000000000002" name="journal"><PlainTextContent>journal</PlainTextContent></Note>
  </Notes>
</Project>"##
        .to_string()
}

#[test]
fn categories_pdf_texts_and_what_is_left_out_come_through_from_qualcoder() {
    let dir = TempDir::new("qc-import");
    let file = dir.path().join("qc.qdpx");
    std::fs::write(
        &file,
        make_zip(&[
            ("project.qde", qualcoder_xml().as_bytes()),
            ("sources/r.txt", "la France investit 2 Md€.".as_bytes()),
            ("sources/r.pdf", b"%PDF-1.4 not read"),
        ]),
    )
    .unwrap();
    let (mut p, report) = qdpx::import(&file, &dir.path().join("out")).unwrap();
    // The PDF's text and its coded passage (with its memo) are imported.
    assert_eq!(report.articles, 1);
    let b = p.book();
    assert_eq!(b.tags.len(), 1);
    assert_eq!(b.tags[0].quote, "la France");
    assert_eq!(b.tags[0].memo, "mémo du passage");
    // The file memo (a note the source refers to) becomes the article's memo.
    assert_eq!(b.corpus[0].memo, "sur le fichier");
    // Its variable values become the article's attributes.
    assert_eq!(
        b.corpus[0].attributes.get("pays").map(String::as_str),
        Some("France")
    );
    // Its coder comes through as the tag's coder.
    assert_eq!(b.tags[0].coder, "bob");
    assert_eq!(
        b.corpus[0].added.map(|t| t.to_iso()).as_deref(),
        Some("2025-05-06T07:08:09Z")
    );
    // The category is a parent theme with its colour that cannot be tagged.
    let cat = b.themes.iter().find(|t| t.name == "Géopolitique").unwrap();
    assert!(cat.category);
    assert_eq!(cat.color, Rgb(0x33, 0x66, 0x99));
    let child = b.themes.iter().find(|t| t.name == "Souveraineté").unwrap();
    assert_eq!(child.parent, Some(cat.id));
    assert!(!child.category);
    let (cat_id, article) = (cat.id, b.corpus[0].id);
    let text = p.article_text(article).unwrap();
    let err = p.edit(|b| b.add_tag(cat_id, article, &text, 0..2));
    assert!(err.is_err(), "a category took a passage");
    assert!(
        !vigie::workspace::codebook::keyed(p.book())
            .iter()
            .any(|t| t.category)
    );
    // Everything Vigie does not import is listed.
    let en = vigie::i18n::Lang::En;
    let skipped: Vec<String> = report.left_out.iter().map(|l| en.left_out(l)).collect();
    let skipped = skipped.join("\n");
    for expected in [
        "1 case",
        "1 note not attached to a passage",
        "1 passage coded on the PDF itself",
        "rapport.pdf: a PDF source, imported as its plain-text representation",
    ] {
        assert!(
            skipped.contains(expected),
            "{expected:?} not in:\n{skipped}"
        );
    }
    // Exported again, the category stays a category.
    let (bytes, _) = qdpx::export_bytes(&p, &texts(&p), &qdpx::ExportOptions::default()).unwrap();
    let xml = qde(&bytes);
    assert!(
        xml.contains("name=\"Géopolitique\" isCodable=\"false\""),
        "{xml}"
    );
}

#[test]
fn sources_are_dated_and_actor_codes_take_their_kinds_colour() {
    let p = sample();
    let loaded = vigie::workspace::headless::from_open_project(
        &p,
        "sample",
        &vigie::extract::Lexicon::builtin(),
    );
    let opts = qdpx::ExportOptions::with_engine(&loaded.corpus);
    let (bytes, _) = qdpx::export_bytes(&p, &texts(&p), &opts).unwrap();
    let xml = qde(&bytes);
    let sources: Vec<&str> = xml.lines().filter(|l| l.contains("<TextSource ")).collect();
    assert_eq!(sources.len(), 5);
    assert!(
        sources.iter().all(|l| l.contains("creationDateTime=")),
        "{sources:?}"
    );
    let [r, g, bl] = vigie::chart::svg::kind_rgb(Some(vigie::extract::EntityKind::Company));
    let company = format!("color=\"#{r:02x}{g:02x}{bl:02x}\"");
    assert!(
        xml.lines()
            .any(|l| l.contains("name=\"OpenAI") && l.contains(&company)),
        "no coloured OpenAI code"
    );
    assert!(
        !xml.lines()
            .filter(|l| l.trim_start().starts_with("<Code "))
            .any(|l| !l.contains("color=")),
        "a code without colour"
    );
}

#[test]
fn the_codebook_travels_alone_as_a_valid_qdc_and_comes_back_into_another_project() {
    let dir = TempDir::new("qdc");
    let p = twin_names();
    let (bytes, renamed) = qdpx::export_codebook(&p).unwrap();
    assert_eq!(renamed.len(), 3);
    let file = dir.path().join("codebook.qdc");
    std::fs::write(&file, &bytes).unwrap();
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", CODEBOOK_XSD])
        .arg(&file)
        .output()
        .expect("xmllint");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let codes = qdpx::read_codebook(&bytes).unwrap();
    let mut q = Project::new("autre");
    let report = qdpx::add_codes(&mut q, &codes, &next).unwrap();
    assert_eq!(report.themes, p.book().themes.len());
    assert_eq!(q.book().themes.len(), p.book().themes.len());
    // Adding it again doubles nothing, and the whole import is one undo.
    let again = qdpx::add_codes(&mut q, &codes, &next).unwrap();
    assert_eq!(again.themes, 0);
    assert_eq!(q.book().themes.len(), p.book().themes.len());
    assert!(q.undo());
    assert!(q.book().themes.is_empty());
}

#[test]
fn taguette_codebooks_round_trip_as_csv() {
    let p = twin_names();
    let csv = taguette::codebook_csv(&p).unwrap();
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(
        text.starts_with("tag,description,number of highlights,number of documents\n"),
        "{text}"
    );
    assert!(text.contains("Capital.Régulation,"), "{text}");
    let codes = taguette::read_codebook_csv(&csv).unwrap();
    let mut q = Project::new("taguette");
    qdpx::add_codes(&mut q, &codes, &next).unwrap();
    let shape = |x: &Project| {
        let b = x.book();
        let mut v: Vec<String> = b
            .themes
            .iter()
            .map(|t| {
                let parent = t.parent.and_then(|i| b.theme(i)).map(|t| t.name.clone());
                format!("{parent:?}/{}/{:?}", t.name, t.description)
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(shape(&p), shape(&q));
    // Taguette's own file: a `path` column, a BOM, a dotted name that is not a hierarchy.
    let theirs = "\u{feff}path,description\nrisque,Les risques\nrisque.cyber,\"Attaques, fuites\"\nU.S. policy,\n";
    let codes = taguette::read_codebook_csv(theirs.as_bytes()).unwrap();
    let mut r = Project::new("t");
    qdpx::add_codes(&mut r, &codes, &next).unwrap();
    let b = r.book();
    let risque = b.themes.iter().find(|t| t.name == "risque").unwrap();
    let cyber = b.themes.iter().find(|t| t.name == "cyber").unwrap();
    assert_eq!(cyber.parent, Some(risque.id));
    assert_eq!(cyber.description.as_deref(), Some("Attaques, fuites"));
    assert!(
        b.themes
            .iter()
            .any(|t| t.name == "U.S. policy" && t.parent.is_none())
    );
    // Colours come from the codebook's palette, not one grey for all.
    let colours: std::collections::HashSet<_> = b.themes.iter().map(|t| t.color).collect();
    assert_eq!(colours.len(), b.themes.len());
    assert!(taguette::read_codebook_csv(b"nom,couleur\na,b\n").is_err());
}

#[test]
fn the_codebook_command_exports_and_imports() {
    let dir = TempDir::new("qc-cli");
    let project = dir.path().join("p.vigie");
    std::fs::copy(SAMPLE, &project).unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let p = project.to_str().unwrap();
    let csv = dir.path().join("codes.csv");
    let (ok, said) = run(&[
        "codebook",
        "--project",
        p,
        "--export",
        csv.to_str().unwrap(),
    ]);
    assert!(ok, "{said}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(
        text.lines().count(),
        1 + sample().book().themes.len(),
        "{text}"
    );
    let theirs = dir.path().join("theirs.csv");
    std::fs::write(
        &theirs,
        "tag,description\nrisque,\nrisque.cyber,fuites\nargent,\n",
    )
    .unwrap();
    let (ok, said) = run(&[
        "codebook",
        "--project",
        p,
        "--import",
        theirs.to_str().unwrap(),
    ]);
    assert!(ok, "{said}");
    assert!(said.contains("added 2 themes"), "{said}");
    let again = Project::open(&project).unwrap();
    assert_eq!(again.book().themes.len(), sample().book().themes.len() + 2);
    let (ok, said) = run(&["codebook", "--project", p, "--import", "/nonexistent.txt"]);
    assert!(!ok && said.contains(".qdc"), "{said}");
}

const TAGUETTE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/taguette");

/// "Parent/Child: description" of every theme, sorted.
fn shape_of(p: &Project) -> Vec<String> {
    let b = p.book();
    let mut v: Vec<String> = b
        .themes
        .iter()
        .map(|t| {
            let parent = t
                .parent
                .and_then(|i| b.theme(i))
                .map_or("", |t| t.name.as_str());
            format!(
                "{parent}/{}: {}",
                t.name,
                t.description.as_deref().unwrap_or("")
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn taguettes_own_csv_and_qdc_files_give_the_same_nested_themes() {
    let expected = [
        "/U.S. policy: Export controls, tariffs",
        "/financement: Qui paie quoi",
        "/puces: ",
        "financement/public: Argent des États, « aides »",
    ];
    let csv = std::fs::read(format!("{TAGUETTE}/codebook.csv")).unwrap();
    let mut a = Project::new("csv");
    qdpx::add_codes(&mut a, &taguette::read_codebook_csv(&csv).unwrap(), &next).unwrap();
    assert_eq!(shape_of(&a), expected);
    // Taguette's .qdc has no descriptions and an empty <Sets/>; its GUIDs are kept.
    let qdc = std::fs::read(format!("{TAGUETTE}/codebook.qdc")).unwrap();
    let mut b = Project::new("qdc");
    qdpx::add_codes(&mut b, &qdpx::read_codebook(&qdc).unwrap(), &next).unwrap();
    let names: Vec<String> = shape_of(&b)
        .iter()
        .map(|l| l.split(':').next().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "/U.S. policy",
            "/financement",
            "/puces",
            "financement/public"
        ]
    );
    assert!(
        b.book()
            .themes
            .iter()
            .any(|t| t.guid == "ba0a70c6-a705-5564-acb3-3b9c94c03716")
    );
}

#[test]
fn each_coder_travels_as_a_refi_qda_user_and_comes_back() {
    let dir = TempDir::new("qc-coders");
    let mut p = sample();
    let (article, theme) = (p.book().corpus[0].id, p.book().themes[0].id);
    let text = p.article_text(article).unwrap();
    p.edit(|b| {
        b.coder = "Alice Martin".into();
        b.add_tag(theme, article, &text, 0..4).unwrap();
    });
    let out = dir.path().join("coders.qdpx");
    qdpx::export(&p, &texts(&p), &out, &qdpx::ExportOptions::default()).unwrap();
    let xml = qde(&std::fs::read(&out).unwrap());
    assert!(xml.contains("name=\"Alice Martin\""), "{xml}");
    let file = dir.path().join("coders.qde");
    std::fs::write(&file, &xml).unwrap();
    xmllint(&file);
    let (q, report) = qdpx::import(&out, dir.path()).unwrap();
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let coders: Vec<&str> = q.book().tags.iter().map(|t| t.coder.as_str()).collect();
    assert_eq!(
        coders.iter().filter(|c| **c == "Alice Martin").count(),
        1,
        "{coders:?}"
    );
    assert_eq!(
        coders.iter().filter(|c| c.is_empty()).count(),
        coders.len() - 1
    );
}

#[test]
fn memos_and_article_attributes_travel_and_are_saved() {
    let dir = TempDir::new("qc-memos");
    let mut p = sample();
    let (article, theme) = (p.book().corpus[2].id, p.book().themes[1].id);
    p.edit(|b| {
        b.memo = "Veille T3 : priorités".into();
        b.corpus[2].memo = "Source fiable, à recouper".into();
        b.corpus[2]
            .attributes
            .insert("outlet".into(), "Le Monde".into());
        b.corpus[3]
            .attributes
            .insert("outlet".into(), "Reuters".into());
        b.corpus[3].attributes.insert("country".into(), "UK".into());
        if let Some(t) = b.themes.iter_mut().find(|t| t.id == theme) {
            t.memo = "Ne coder que les annonces chiffrées".into();
        }
    });
    let saved = dir.path().join("m.vigie");
    p.save_as(&saved).unwrap();
    let again = Project::open(&saved).unwrap();
    assert_eq!(again.book().memo, "Veille T3 : priorités");
    assert_eq!(
        again.book().article(article).unwrap().memo,
        "Source fiable, à recouper"
    );
    assert_eq!(
        again.book().theme(theme).unwrap().memo,
        "Ne coder que les annonces chiffrées"
    );
    let out = dir.path().join("m.qdpx");
    qdpx::export(&p, &texts(&p), &out, &qdpx::ExportOptions::default()).unwrap();
    let xml = qde(&std::fs::read(&out).unwrap());
    let file = dir.path().join("m.qde");
    std::fs::write(&file, &xml).unwrap();
    xmllint(&file);
    let (q, report) = qdpx::import(&out, dir.path()).unwrap();
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    assert_eq!(q.book().memo, "Veille T3 : priorités");
    assert!(
        q.book()
            .corpus
            .iter()
            .any(|a| a.memo == "Source fiable, à recouper")
    );
    // Attributes travel as text variables of the sources.
    let attrs = |x: &Project| -> Vec<_> {
        x.book()
            .corpus
            .iter()
            .map(|a| a.attributes.clone())
            .collect()
    };
    assert_eq!(attrs(&q), attrs(&p));
    assert!(xml.contains("typeOfVariable=\"Text\""));
}

#[test]
fn a_themes_memo_travels_as_a_note_of_its_code() {
    let dir = TempDir::new("qc-theme-memo");
    let mut p = sample();
    let theme = p.book().themes[1].clone();
    assert!(theme.parent.is_some(), "a sub-theme");
    p.edit(|b| {
        if let Some(t) = b.themes.iter_mut().find(|t| t.id == theme.id) {
            t.memo = "Compter les cartes livrées,\npas les annonces".into();
        }
    });
    let out = dir.path().join("t.qdpx");
    qdpx::export(&p, &texts(&p), &out, &qdpx::ExportOptions::default()).unwrap();
    let xml = qde(&std::fs::read(&out).unwrap());
    // The code refers to a note holding the memo (Project.xsd: Description, NoteRef, Code).
    let code = xml.find(&format!("guid=\"{}\"", theme.guid)).unwrap();
    let code = &xml[code..code + xml[code..].find("</Code>").unwrap()];
    assert!(code.contains("<NoteRef targetGUID="), "{code}");
    assert!(xml.contains("<PlainTextContent>Compter les cartes livrées,\npas les annonces"));
    let file = dir.path().join("t.qde");
    std::fs::write(&file, &xml).unwrap();
    xmllint(&file);
    // Read back as the theme's memo, not listed as a left-out note.
    let (q, report) = qdpx::import(&out, dir.path()).unwrap();
    assert!(report.left_out.is_empty(), "{:?}", report.left_out);
    let back = q
        .book()
        .themes
        .iter()
        .find(|t| t.guid == theme.guid)
        .unwrap();
    assert_eq!(back.memo, "Compter les cartes livrées,\npas les annonces");
    assert_eq!(
        q.book()
            .themes
            .iter()
            .filter(|t| !t.memo.is_empty())
            .count(),
        1
    );
    // The codebook alone has no notes: it stays valid against Codebook.xsd.
    let (bytes, _) = qdpx::export_codebook(&p).unwrap();
    assert!(!String::from_utf8(bytes).unwrap().contains("NoteRef"));
}
