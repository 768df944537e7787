//! PDFs made here with lopdf: a page is a list of `(x, y, size, text)` lines in Helvetica.

use super::budget::inflated;
use super::*;
use lopdf::content::{Content, Operation};
use lopdf::{Stream, dictionary};

type PageSpec<'a> = Vec<(f32, f32, f32, &'a str)>;

fn pdf(pages: &[PageSpec], info: Option<lopdf::Dictionary>) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let mut kids = Vec::new();
    for lines in pages {
        let mut ops = Vec::new();
        for &(x, y, size, text) in lines {
            let bytes: Vec<u8> = text
                .chars()
                .map(|c| match c {
                    '€' => 0x80,
                    '’' => 0x92,
                    c => u8::try_from(u32::from(c)).unwrap_or(b'?'),
                })
                .collect();
            ops.extend([
                Operation::new("BT", vec![]),
                Operation::new("Tf", vec!["F1".into(), size.into()]),
                Operation::new("Td", vec![x.into(), y.into()]),
                Operation::new("Tj", vec![Object::string_literal(bytes)]),
                Operation::new("ET", vec![]),
            ]);
        }
        let content = Content { operations: ops }.encode().unwrap();
        let content = doc.add_object(Stream::new(dictionary! {}, content).with_compression(true));
        kids.push(
            doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => content,
                "Resources" => resources, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            })
            .into(),
        );
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    if let Some(info) = info {
        let id = doc.add_object(info);
        doc.trailer.set("Info", id);
    }
    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A body paragraph of `lines` lines from `y` down, 14 points apart.
fn body<'a>(y: f32, lines: &[&'a str]) -> PageSpec<'a> {
    lines
        .iter()
        .enumerate()
        .map(|(i, t)| (72.0, y - 14.0 * i as f32, 11.0, *t))
        .collect()
}

#[test]
fn pages_are_joined_without_running_headers_and_hyphens_are_mended() {
    let mut p1 = vec![(72.0, 800.0, 9.0, "Rapport IA 2025 - La Lettre")];
    p1.push((72.0, 760.0, 18.0, "Les puces de l’Europe"));
    p1.extend(body(
        720.0,
        &[
            "Le 3 mars 2025, la Commission a promis",
            "20 milliards d’euros pour la techno-",
            "logie des puces.",
        ],
    ));
    p1.extend(body(660.0, &["Le plan franco-", "Allemand suit."]));
    p1.push((290.0, 40.0, 9.0, "1"));
    let mut p2 = vec![(72.0, 800.0, 9.0, "Rapport IA 2025 - La Lettre")];
    p2.extend(body(720.0, &["Mistral AI a levé 600 millions d’euros."]));
    p2.push((290.0, 40.0, 9.0, "2"));
    let mut p3 = vec![(72.0, 800.0, 9.0, "Rapport IA 2025 - La Lettre")];
    p3.extend(body(720.0, &["Fin de l’article."]));
    p3.push((290.0, 40.0, 9.0, "3"));
    let a = read(&pdf(&[p1, p2, p3], None)).unwrap();
    assert_eq!(
        a.text,
        "Les puces de l’Europe\n\n\
         Le 3 mars 2025, la Commission a promis 20 milliards d’euros pour la technologie des puces.\n\n\
         Le plan franco-Allemand suit.\n\n\
         Mistral AI a levé 600 millions d’euros.\n\n\
         Fin de l’article."
    );
    assert_eq!(a.title.as_deref(), Some("Les puces de l’Europe"));
    assert_eq!(a.date.as_deref(), Some("2025-03-03"));
}

#[test]
fn metadata_title_and_date_are_used_when_sensible() {
    let info = dictionary! {
        "Title" => Object::string_literal("Chips: la course mondiale"),
        "CreationDate" => Object::string_literal("D:20240611093000+02'00'"),
    };
    let page = body(700.0, &["Un texte sans date ni titre, qui parle de puces."]);
    let a = read(&pdf(std::slice::from_ref(&page), Some(info))).unwrap();
    assert_eq!(a.title.as_deref(), Some("Chips: la course mondiale"));
    assert_eq!(a.date.as_deref(), Some("2024-06-11"));
    let junk = dictionary! { "Title" => Object::string_literal("Microsoft Word - brouillon.docx") };
    let a = read(&pdf(&[page], Some(junk))).unwrap();
    assert_eq!(a.title, None);
    assert_eq!(a.date, None);
}

#[test]
fn a_pdf_without_text_is_a_scan() {
    let blank = read(&pdf(&[vec![], vec![]], None));
    assert_eq!(blank, Err(FormatError::NoTextLayer));
}

#[test]
fn pdf_dates() {
    assert_eq!(pdf_date("D:20250709").as_deref(), Some("2025-07-09"));
    assert_eq!(pdf_date("20250709120000Z").as_deref(), Some("2025-07-09"));
    assert_eq!(pdf_date("D:2025"), None);
    assert_eq!(pdf_date("D:20251332"), None);
}

#[test]
fn truncated_and_corrupted_files_are_errors_not_panics() {
    let good = pdf(&[body(700.0, &["Un article complet et lisible."])], None);
    assert!(read(&good).is_ok());
    for cut in [0, 10, good.len() / 3, good.len() / 2, good.len() - 10] {
        let _ = super::super::binary::Format::Pdf.read(&good[..cut]);
    }
    let mut flipped = good.clone();
    for i in (0..flipped.len()).step_by(7) {
        flipped[i] ^= 0x5A;
        let _ = super::super::binary::Format::Pdf.read(&flipped);
    }
}

#[test]
fn deep_nesting_is_refused() {
    // Arrays nested far deeper than lopdf's limit, in the catalog.
    let mut deep = b"%PDF-1.5\n1 0 obj\n<< /Type /Catalog /X ".to_vec();
    deep.extend(std::iter::repeat_n(b'[', 100_000));
    deep.extend(std::iter::repeat_n(b']', 100_000));
    deep.extend(b" >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    assert!(super::super::binary::Format::Pdf.read(&deep).is_err());
}

/// A one-page document whose page draws `content`; its resources name `/Fm` the form that
/// `form` makes, given the form's own id.
fn one_page(
    content: Vec<u8>,
    form: Option<&dyn Fn(lopdf::ObjectId) -> Stream>,
) -> (Document, lopdf::ObjectId) {
    let mut doc = Document::with_version("1.5");
    let pages = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
    if let Some(form) = form {
        let id = doc.new_object_id();
        doc.objects.insert(id, Object::Stream(form(id)));
        resources.set("XObject", dictionary! { "Fm" => id });
    }
    let mut contents = Stream::new(dictionary! {}, content);
    contents.compress().unwrap();
    let contents = doc.add_object(contents);
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => contents, "Resources" => resources,
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    (doc, page)
}

#[test]
fn content_that_inflates_past_the_budget_is_refused() {
    let (doc, page) = one_page(b"0 0 m ".repeat(400_000), None);
    let bytes = doc
        .get_object(doc.get_page_contents(page)[0])
        .unwrap()
        .as_stream()
        .unwrap()
        .content
        .len();
    assert!(bytes < 50_000, "the bomb is small: {bytes}");
    let got = layout::page_lines(
        &doc,
        page,
        &mut Budget::with_bytes(1 << 20),
        &mut font::FontCache::new(&doc),
    );
    assert_eq!(got, Err(inflated()));
    assert!(
        layout::page_lines(
            &doc,
            page,
            &mut Budget::with_bytes(4 << 20),
            &mut font::FontCache::new(&doc)
        )
        .is_ok()
    );
    let mut budget = Budget::new();
    assert_eq!(budget.spend_bytes(MAX_INFLATED + 1), Err(inflated()));
}

#[test]
fn a_form_that_draws_itself_is_drawn_once() {
    let form = |id: lopdf::ObjectId| {
        let mut form = Stream::new(
            dictionary! { "Type" => "XObject", "Subtype" => "Form" },
            b"BT /F1 12 Tf 72 700 Td (Encadre.) Tj ET /Fm Do".to_vec(),
        );
        form.dict.set(
            "Resources",
            dictionary! { "XObject" => dictionary! { "Fm" => id } },
        );
        form
    };
    let (doc, page) = one_page(b"/Fm Do /Fm Do".to_vec(), Some(&form));
    let lines = layout::page_lines(
        &doc,
        page,
        &mut Budget::new(),
        &mut font::FontCache::new(&doc),
    )
    .unwrap();
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    // Drawn twice by the page (two `Do`), never by itself.
    assert_eq!(texts, vec!["Encadre.", "Encadre."]);
}

#[test]
fn a_superscript_note_mark_stays_on_its_line() {
    let page = vec![
        (72.0, 700.0, 11.0, "Selon le rapport."),
        // Helvetica without widths: half an em a glyph, so the mark starts where the line ends.
        (165.5, 703.5, 7.0, "1"),
        (176.0, 700.0, 11.0, "La suite."),
    ];
    let a = read(&pdf(&[page], None)).unwrap();
    assert_eq!(a.text, "Selon le rapport.1 La suite.");
}
