//! PDF and Word articles in the real app: added from a folder, shown as the text Vigie read out
//! of them (one label per paragraph) with the engine's figures on the right characters of it; a
//! scanned PDF lands in Problems with its reason.

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use std::path::Path;
use vigie::workspace::Command;
use vigie::workspace::command::FileCommand;

use crate::files_common::*;

/// A one-page PDF holding only an image, as a scanner makes it.
fn scan() -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![128],
    ));
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"q 500 0 0 700 40 60 cm /Im Do Q".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im" => image } },
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("pdf");
    out
}

#[test]
fn pdf_and_word_articles_open_in_the_reader_and_a_scan_is_a_problem() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("in");
    std::fs::create_dir(&folder).expect("mkdir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    std::fs::copy(fixtures.join("puces.pdf"), folder.join("puces.pdf")).expect("copy");
    std::fs::copy(fixtures.join("compute.docx"), folder.join("compute.docx")).expect("copy");
    std::fs::write(folder.join("scan.pdf"), scan()).expect("write");
    let mut h = seeds_app(dir.path(), Scripted::default());
    apply(&mut h, Command::File(FileCommand::AddPaths(vec![folder])));
    settle(&mut h);

    let app = h.state();
    assert_eq!(app.docs.len(), 7);
    for name in ["puces.pdf", "compute.docx"] {
        let a = app
            .docs
            .iter()
            .find(|a| a.doc.path.ends_with(name))
            .expect(name);
        assert!(!a.extraction.figures.is_empty(), "{name} has figures");
        for f in &a.extraction.figures {
            assert_eq!(a.char_slice(f.start..f.end), f.text, "{name}");
        }
    }
    let problems = &app.files.problems;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].path.ends_with("scan.pdf"));
    h.get_by_label_contains("scan.pdf — no text layer in this PDF");

    // The PDF in the reader: its paragraphs as read, the running header nowhere.
    let pdf = h
        .state()
        .docs
        .iter()
        .position(|a| a.doc.path.ends_with("puces.pdf"))
        .expect("pdf");
    h.state_mut().ws.selected = Some(pdf);
    h.run_steps(3);
    h.get_by_role_and_label(Role::Label, "12 mars 2025");
    h.get_by_role_and_label(
        Role::Label,
        "Sur la seconde page, Microsoft a investi 10 milliards de dollars dans OpenAI, un \
         montant que la presse américaine juge décisif.",
    );
    assert!(h.query_by_label_contains("La Lettre de l’IA").is_none());
}
