//! Importing `.qdpx` files made by other tools: what is skipped and why, deep codebooks, `\r\n`
//! counted either way, and malformed archives that import nothing.

use crate::interchange_common::*;
use vigie::interchange::qdpx::{self, QdpxError};
use vigie::project::ArticleSource;

const G: [&str; 12] = [
    "{11111111-1111-4111-8111-111111111111}",
    "22222222-2222-4222-8222-222222222222",
    "33333333-3333-4333-8333-333333333333",
    "44444444-4444-4444-8444-444444444444",
    "55555555-5555-4555-8555-555555555555",
    "66666666-6666-4666-8666-666666666666",
    "77777777-7777-4777-8777-777777777777",
    "88888888-8888-4888-8888-888888888888",
    "99999999-9999-4999-8999-999999999999",
    "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
    "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
    "cccccccc-cccc-4ccc-8ccc-cccccccccccc",
];

/// A project as another tool might write it: a three-level codebook, a text whose `\r\n` the
/// positions count as two (the standard), one whose `\r\n` they count as one (recognised by the
/// selection's name), a PDF, a rich-text-only source, an external file, and broken references.
fn foreign_xml() -> String {
    format!(
        r##"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Étude QualCoder" creationDateTime="2024-03-01T10:00:00Z">
  <CodeBook><Codes>
    <Code guid="{c1}" name="Économie" isCodable="true" color="#C00">
      <Code guid="{c2}" name="Puces" isCodable="true">
        <Code guid="{c3}" name="GPU" isCodable="true" color="#00ff00"/>
      </Code>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{s1}" name="crlf2.txt" plainTextPath="internal://a.txt">
      <PlainTextSelection guid="{p1}" name="Nvidia" startPosition="15" endPosition="21">
        <Coding guid="{k1}"><CodeRef targetGUID="{c3}"/></Coding>
        <NoteRef targetGUID="{n1}"/>
      </PlainTextSelection>
      <PlainTextSelection guid="{p2}" name="hors" startPosition="10" endPosition="999">
        <Coding guid="{k2}"><CodeRef targetGUID="{c1}"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{p3}" name="Ligne" startPosition="0" endPosition="5">
        <Coding guid="{k3}"><CodeRef targetGUID="{unknown}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <TextSource guid="{s2}" name="crlf1" plainTextPath="internal://b.txt">
      <PlainTextSelection guid="{p4}" name="AMD" startPosition="12" endPosition="15">
        <Description>compté par un outil qui lit \r\n comme un seul caractère</Description>
        <Coding guid="{k4}"><CodeRef targetGUID="{c2}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="{s3}" name="rapport.pdf" path="internal://r.pdf">
      <PDFSelection guid="{p5}" page="1" firstX="0" firstY="0" secondX="1" secondY="1"/>
    </PDFSource>
    <TextSource guid="{s4}" name="mise en forme.docx" richTextPath="internal://c.docx"/>
    <TextSource guid="{s5}" name="ailleurs" plainTextPath="file:///home/x/ailleurs.txt"/>
  </Sources>
  <Notes>
    <Note guid="{n1}" name="memo"><PlainTextContent>Un mémo « noté » ; ligne 2
ligne 3</PlainTextContent></Note>
  </Notes>
</Project>"##,
        c1 = G[0],
        c2 = G[1],
        c3 = G[2],
        s1 = G[3],
        s2 = G[4],
        s3 = G[5],
        s4 = G[6],
        s5 = G[7],
        p1 = G[8],
        p2 = G[9],
        p3 = G[10],
        p4 = G[11],
        p5 = "0aaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
        k1 = "0bbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
        k2 = "0ccccccc-cccc-4ccc-8ccc-cccccccccccc",
        k3 = "0ddddddd-dddd-4ddd-8ddd-dddddddddddd",
        k4 = "0eeeeeee-eeee-4eee-8eee-eeeeeeeeeeee",
        n1 = "0fffffff-ffff-4fff-8fff-ffffffffffff",
        unknown = "01234567-89ab-4cde-8f01-23456789abcd",
    )
}

const A_TXT: &str = "Ligne un\r\nLe 😀 Nvidia\r\nfin";
const B_TXT: &str = "Un\r\ndeux\r\nLes AMD\r\n";

#[test]
fn foreign_projects_import_their_plain_text_and_say_what_was_left_out() {
    let dir = TempDir::new("foreign");
    let file = dir.path().join("foreign.qdpx");
    let xml = foreign_xml();
    std::fs::write(
        &file,
        make_zip(&[
            ("project.qde", xml.as_bytes()),
            ("sources/a.txt", A_TXT.as_bytes()),
            ("sources/b.txt", B_TXT.as_bytes()),
        ]),
    )
    .unwrap();
    let dest = dir.path().join("out");
    let (p, report) = qdpx::import(&file, &dest).unwrap();
    assert_eq!(p.name(), "Étude QualCoder");
    assert_eq!(p.created().to_iso(), "2024-03-01T10:00:00Z");
    assert_eq!(report.articles, 2);
    assert_eq!(
        report.files,
        vec![dest.join("crlf2.txt"), dest.join("crlf1.txt")]
    );
    // Written with `\n` line endings.
    assert_eq!(
        std::fs::read_to_string(dest.join("crlf2.txt")).unwrap(),
        "Ligne un\nLe 😀 Nvidia\nfin"
    );
    let skipped = english(&report.left_out);
    for expected in [
        "rapport.pdf: a PDF source is not plain text",
        "mise en forme.docx: it has no plain-text version",
        "ailleurs: its text is outside the archive",
        "passage 10..999",
        "refers to a code that is not in the codebook",
        "code \"GPU\" (in Économie ▸ Puces)",
    ] {
        assert!(
            skipped.contains(expected),
            "{expected:?} not in:\n{skipped}"
        );
    }
    // Three levels become two: GPU goes under Économie; colours #C00 and #00ff00 are read.
    let b = p.book();
    let eco = b.themes.iter().find(|t| t.name == "Économie").unwrap();
    assert_eq!(eco.color, vigie::project::Rgb(204, 0, 0));
    assert_eq!(eco.guid, G[0].trim_matches(['{', '}']));
    let gpu = b.themes.iter().find(|t| t.name == "GPU").unwrap();
    assert_eq!(gpu.parent, Some(eco.id));
    assert_eq!(gpu.color, vigie::project::Rgb(0, 255, 0));
    // The standard's count (`\r\n` = 2): "Nvidia" at 15..21 of A_TXT, 14..20 of its `\n` text.
    assert_eq!(b.tags.len(), 2);
    let nvidia = b.tags.iter().find(|t| t.theme == gpu.id).unwrap();
    assert_eq!(
        (nvidia.start, nvidia.end, nvidia.quote.as_str()),
        (14, 20, "Nvidia")
    );
    assert_eq!(nvidia.memo, "Un mémo « noté » ; ligne 2\nligne 3");
    assert_eq!(nvidia.guid, G[8]);
    // A tool that counted `\r\n` as one: "AMD" at 12..15 of the `\n` text (14..17 raw).
    let amd = b.tags.iter().find(|t| t.quote == "AMD").unwrap();
    assert_eq!((amd.start, amd.end), (12, 15));
    assert!(amd.memo.contains("un seul caractère"));
    // Every tag is on its words in the text Vigie will read.
    for t in &b.tags {
        let text = p.article_text(t.article).unwrap();
        let slice: String = text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(slice, t.quote);
    }
    // Importing again next to the same files reuses them; a different file of the same name
    // is never overwritten.
    std::fs::write(dest.join("crlf1.txt"), "autre chose").unwrap();
    let (q, again) = qdpx::import(&file, &dest).unwrap();
    assert_eq!(again.files, vec![dest.join("crlf1-2.txt")]);
    assert_eq!(
        std::fs::read_to_string(dest.join("crlf1.txt")).unwrap(),
        "autre chose"
    );
    assert!(
        matches!(&q.book().corpus[0].source, ArticleSource::Path(p) if p.ends_with("/crlf2.txt"))
    );
}

#[test]
fn times_with_an_offset_are_read_as_utc() {
    let dir = TempDir::new("offsets");
    let file = dir.path().join("offsets.qdpx");
    // A project and a selection dated by a tool that writes local time with its offset.
    let xml = foreign_xml()
        .replacen(
            r#"creationDateTime="2024-03-01T10:00:00Z""#,
            r#"creationDateTime="2024-03-01T11:30:00+01:00""#,
            1,
        )
        .replacen(
            r#"name="Nvidia" startPosition="15""#,
            r#"name="Nvidia" creationDateTime="2024-02-29T23:15:00.5-05:00" startPosition="15""#,
            1,
        );
    std::fs::write(
        &file,
        make_zip(&[
            ("project.qde", xml.as_bytes()),
            ("sources/a.txt", A_TXT.as_bytes()),
            ("sources/b.txt", B_TXT.as_bytes()),
        ]),
    )
    .unwrap();
    let (p, _) = qdpx::import(&file, &dir.path().join("out")).unwrap();
    assert_eq!(p.created().to_iso(), "2024-03-01T10:30:00Z");
    let nvidia = p.book().tags.iter().find(|t| t.quote == "Nvidia").unwrap();
    assert_eq!(nvidia.created.to_iso(), "2024-03-01T04:15:00Z");
}

/// The foreign project with one change.
fn broken(find: &str, replace: &str) -> Vec<u8> {
    let xml = foreign_xml();
    assert!(xml.contains(find), "{find}");
    let xml = xml.replacen(find, replace, 1);
    make_zip(&[
        ("project.qde", xml.as_bytes()),
        ("sources/a.txt", A_TXT.as_bytes()),
        ("sources/b.txt", B_TXT.as_bytes()),
    ])
}

#[test]
fn malformed_archives_give_a_clear_error_and_write_nothing() {
    let dir = TempDir::new("malformed");
    let big = "x".repeat(100);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "not-a-zip",
            b"PK\x03\x04 this is not a zip".to_vec(),
            "not a readable REFI-QDA archive",
        ),
        ("empty", Vec::new(), "not a readable REFI-QDA archive"),
        (
            "no-qde",
            make_zip(&[("sources/a.txt", A_TXT.as_bytes())]),
            "no project.qde",
        ),
        (
            "bad-xml",
            broken("</Codes>", "</Code>"),
            "not well-formed XML",
        ),
        (
            "no-guid",
            broken(&format!("guid=\"{}\"", G[2]), ""),
            "has no guid",
        ),
        ("bad-guid", broken(G[1], "not-a-guid"), "is not a GUID"),
        (
            "bad-position",
            broken("startPosition=\"15\"", "startPosition=\"x15\""),
            "is not a position",
        ),
        (
            "coding-without-code",
            broken(&format!("<CodeRef targetGUID=\"{}\"/>", G[1]), ""),
            "has no <CodeRef>",
        ),
        (
            "foreign-root",
            broken("<Project ", "<Projet "),
            "not well-formed XML",
        ),
        (
            "no-name",
            broken("name=\"Étude QualCoder\"", ""),
            "has no name",
        ),
        (
            "not-utf8",
            make_zip(&[("project.qde", b"<Project name=\"\xff\"/>")]),
            "not UTF-8",
        ),
        (
            "other-root",
            make_zip(&[(
                "project.qde",
                format!("<CodeBook>{big}</CodeBook>").as_bytes(),
            )]),
            "not <Project>",
        ),
    ];
    for (name, bytes, message) in cases {
        let file = dir.path().join(format!("{name}.qdpx"));
        std::fs::write(&file, bytes).unwrap();
        let dest = dir.path().join(format!("{name}-out"));
        let err = qdpx::import(&file, &dest).map(|_| ()).unwrap_err();
        assert!(err.to_string().contains(message), "{name}: {err}");
        assert!(!dest.exists(), "{name}: something was written");
    }
    let missing = qdpx::import(&dir.path().join("missing.qdpx"), dir.path());
    assert!(matches!(missing, Err(QdpxError::Io { .. })));
}

#[test]
fn a_source_missing_from_the_archive_is_skipped_not_fatal() {
    let dir = TempDir::new("missing-source");
    let file = dir.path().join("m.qdpx");
    let xml = foreign_xml();
    std::fs::write(
        &file,
        make_zip(&[
            ("project.qde", xml.as_bytes()),
            ("sources/b.txt", B_TXT.as_bytes()),
        ]),
    )
    .unwrap();
    let (p, report) = qdpx::import(&file, dir.path()).unwrap();
    assert_eq!(p.book().corpus.len(), 1);
    let skipped = english(&report.left_out);
    assert!(
        skipped
            .lines()
            .any(|s| s.starts_with("crlf2.txt: its text (a.txt) is missing")
                && s.contains("3 coded passages")),
        "{skipped}"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Damaged XML or a damaged archive gives an answer (a project or an error), never a panic.
    #[test]
    fn damaged_files_never_panic(
        at in 0usize..4000,
        byte in proptest::prelude::any::<u8>(),
        cut in 0usize..4000,
        in_zip in proptest::prelude::any::<bool>(),
    ) {
        let dir = TempDir::new(&format!("damaged-{at}-{byte}-{cut}-{in_zip}"));
        let mut xml = foreign_xml().into_bytes();
        if !in_zip {
            let i = at % xml.len();
            xml[i] = byte;
            xml.truncate(xml.len() - cut % 50);
        }
        let mut zip = make_zip(&[
            ("project.qde", &xml),
            ("sources/a.txt", A_TXT.as_bytes()),
            ("sources/b.txt", B_TXT.as_bytes()),
        ]);
        if in_zip {
            let i = at % zip.len();
            zip[i] = byte;
            zip.truncate(zip.len() - cut % zip.len());
        }
        let file = dir.path().join("d.qdpx");
        std::fs::write(&file, zip).unwrap();
        let _ = qdpx::import(&file, &dir.path().join("out"));
    }
}

/// What an import left out, one English line per item (as the command line prints it).
fn english(left_out: &[qdpx::LeftOut]) -> String {
    let en = vigie::i18n::Lang::En;
    left_out
        .iter()
        .map(|l| en.left_out(l))
        .collect::<Vec<_>>()
        .join("\n")
}
