//! Word documents made here with the zip crate, from the parts each test needs.

use super::*;
use std::io::Write;
use zip::write::SimpleFileOptions;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

pub(crate) fn docx(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, xml) in parts {
        zip.start_file(*name, SimpleFileOptions::default()).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
}

fn p(style: Option<&str>, runs: &str) -> String {
    let ppr = style.map_or(String::new(), |s| {
        format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)
    });
    format!("<w:p>{ppr}{runs}</w:p>")
}

fn r(text: &str) -> String {
    format!(r#"<w:r><w:t xml:space="preserve">{text}</w:t></w:r>"#)
}

#[test]
fn paragraphs_headings_lists_and_footnotes() {
    let item = |text: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>{}</w:p>"#,
            r(text)
        )
    };
    let body = [
        p(Some("Title"), &r("Les puces de l’Europe")),
        p(None, &format!("{}{}", r("Le 3 mars 2025, la Commission a promis "), r("20 milliards d’euros."))),
        p(Some("Heading1"), &r("Qui paie ?")),
        item("Mistral AI a levé 600 millions d’euros"),
        item("Nvidia livre 18 000 puces"),
        p(
            None,
            &format!(
                r#"{}<w:r><w:footnoteReference w:id="2"/></w:r>{}<w:r><w:tab/></w:r>{}"#,
                r("Selon le rapport"),
                r(", la demande croît."),
                r("Fin")
            ),
        ),
        // A tracked move: the text is read where it went, not where it was.
        format!(
            r#"<w:p><w:moveFrom>{}</w:moveFrom><w:moveTo>{}</w:moveTo></w:p>"#,
            r("Déplacé."),
            r("Déplacé.")
        ),
        // Alternative content: the choice is read, its fallback copy is not.
        format!(
            r#"<w:p><mc:AlternateContent><mc:Choice>{}</mc:Choice><mc:Fallback>{}</mc:Fallback></mc:AlternateContent></w:p>"#,
            r("Encadré."),
            r("Encadré.")
        ),
    ]
    .concat();
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>{}</w:p></w:footnote></w:footnotes>"#,
        r(" Rapport de la Cour des comptes, 2024.")
    );
    let bytes = docx(&[
        ("word/document.xml", &document(&body)),
        ("word/numbering.xml", &numbering),
        ("word/footnotes.xml", &footnotes),
    ]);
    let a = read(&bytes).unwrap();
    assert_eq!(
        a.text,
        "Les puces de l’Europe\n\n\
         Le 3 mars 2025, la Commission a promis 20 milliards d’euros.\n\n\
         Qui paie ?\n\n\
         1. Mistral AI a levé 600 millions d’euros\n\n\
         2. Nvidia livre 18 000 puces\n\n\
         Selon le rapport[1], la demande croît.\tFin\n\n\
         Déplacé.\n\n\
         Encadré.\n\n\
         [1] Rapport de la Cour des comptes, 2024."
    );
    assert_eq!(a.title.as_deref(), Some("Les puces de l’Europe"));
    assert_eq!(a.date.as_deref(), Some("2025-03-03"));
}

#[test]
fn core_properties_give_title_and_date_when_the_text_does_not() {
    let core = r#"<cp:coreProperties xmlns:cp="cp" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Compute et souveraineté</dc:title><dcterms:created>2024-11-05T08:00:00Z</dcterms:created><dcterms:modified>2025-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>"#;
    let body = p(
        None,
        &r("Un corps de texte sans titre, qui se termine ici."),
    );
    let a = read(&docx(&[
        ("word/document.xml", &document(&body)),
        ("docProps/core.xml", core),
    ]))
    .unwrap();
    assert_eq!(a.title.as_deref(), Some("Compute et souveraineté"));
    assert_eq!(a.date.as_deref(), Some("2024-11-05"));
    // A style-less document still has a heading by Word's built-in ids.
    let body = format!(
        "{}{}",
        p(Some("Heading1"), &r("Le titre")),
        p(None, &r("Corps."))
    );
    let a = read(&docx(&[("word/document.xml", &document(&body))])).unwrap();
    assert_eq!(a.title.as_deref(), Some("Le titre"));
}

#[test]
fn hostile_archives_are_refused_with_a_reason() {
    // No main document.
    let e = read(&docx(&[("hello.txt", "hi")])).unwrap_err();
    assert!(matches!(e, FormatError::Docx(_)), "{e:?}");
    // An entity bomb: DTDs are not read.
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#;
    assert!(matches!(
        read(&docx(&[("word/document.xml", bomb)])),
        Err(FormatError::Docx(_))
    ));
    // Nesting past the cap.
    let deep = format!(
        "<w:document {W}><w:body>{}{}</w:body></w:document>",
        "<w:sdt>".repeat(MAX_DEPTH + 10),
        "</w:sdt>".repeat(MAX_DEPTH + 10)
    );
    assert_eq!(
        read(&docx(&[("word/document.xml", &deep)])),
        Err(FormatError::TooDeep(MAX_DEPTH))
    );
    // A part that inflates past the cap, whatever its header says.
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", opts).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..=MAX_PART / (1 << 20) {
        zip.write_all(&chunk).unwrap();
    }
    let big = zip.finish().unwrap().into_inner();
    assert!(big.len() < 1 << 20, "the bomb is small: {}", big.len());
    assert!(matches!(read(&big), Err(FormatError::Inflated(_))));
    // Empty text.
    let empty = document(&p(None, ""));
    assert_eq!(
        read(&docx(&[("word/document.xml", &empty)])),
        Err(FormatError::NoText)
    );
}

#[test]
fn truncated_and_corrupted_archives_are_errors_not_panics() {
    let body = p(None, &r("Un article complet."));
    let good = docx(&[("word/document.xml", &document(&body))]);
    assert!(read(&good).is_ok());
    for cut in [0, 4, good.len() / 2, good.len() - 1] {
        assert!(read(&good[..cut]).is_err());
    }
    let mut flipped = good.clone();
    for i in (0..flipped.len()).step_by(5) {
        flipped[i] ^= 0x33;
        let _ = crate::corpus::binary::Format::Docx.read(&flipped);
    }
}
