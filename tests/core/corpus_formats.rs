//! A folder of PDF, Word, HTML, Markdown and text articles opens with the right titles, dates
//! and text; the engine's figures land on the right characters of the text Vigie read; a scan
//! lands in Problems; `vigie extract --json` carries `content` for PDF and Word only.
//! `puces.pdf` and `compute.docx` are LibreOffice's output (`tests/fixtures/formats/make.sh`).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use vigie::corpus::loader::{self, LoadEvent};
use vigie::corpus::{Document, FormatError, Unreadable};
use vigie::extract::{Extraction, Lexicon};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(name)
}

/// A one-page PDF with no text, only a (tiny) image: what a scanner makes.
fn scanned_pdf() -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages = doc.new_object_id();
    let image = doc.add_object(Stream::new(
        dictionary! { "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8 },
        vec![0, 255, 255, 0],
    ));
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"q 500 0 0 700 40 60 cm /Im1 Do Q".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => content,
        "Resources" => dictionary! { "XObject" => dictionary! { "Im1" => image } },
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
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
    doc.save_to(&mut out).unwrap();
    out
}

/// The mixed folder: two binary fixtures and one article of each text format.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(fixture("puces.pdf"), d.join("a_puces.pdf")).unwrap();
    std::fs::copy(fixture("compute.docx"), d.join("b_compute.docx")).unwrap();
    std::fs::write(
        d.join("c_page.html"),
        "<html><head><title>Le cloud souverain</title>\
         <meta property=\"article:published_time\" content=\"2025-05-02\"></head>\
         <body><article><h1>Le cloud souverain</h1>\
         <p>OVHcloud investit 1 milliard d’euros dans ses centres.</p></article></body></html>",
    )
    .unwrap();
    std::fs::write(
        d.join("d_note.md"),
        "# Le pari de Londres\n\n6 juin 2025\n\nLe Royaume-Uni consacre 2 milliards de livres au calcul.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("e_depeche.txt"),
        "Amazon et l’Inde\n\n7 juillet 2025\n\nAmazon investira 12,7 milliards de dollars en Inde.\n",
    )
    .unwrap();
    std::fs::write(d.join("f_scan.pdf"), scanned_pdf()).unwrap();
    dir
}

/// Every figure's and entity's text is the slice of the document text its offsets give.
fn assert_spans_land(doc: &Document, x: &Extraction) {
    let chars: Vec<char> = doc.text.chars().collect();
    let spans = x
        .figures
        .iter()
        .map(|f| (f.start, f.end, &f.text))
        .chain(x.entities.iter().map(|e| (e.start, e.end, &e.text)));
    for (start, end, text) in spans {
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(&slice, text, "{} at {start}..{end}", doc.path);
    }
}

#[test]
fn a_mixed_folder_opens_with_titles_dates_text_and_figures_in_place() {
    let dir = folder();
    let handle = loader::spawn(vec![dir.path().to_path_buf()], Arc::new(Lexicon::builtin()));
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    while let Some(event) = handle.recv() {
        match event {
            LoadEvent::Loaded { doc, extraction } => docs.push((doc, extraction)),
            LoadEvent::Problem { path, reason } => problems.push((path, reason)),
            LoadEvent::Finished => break,
            LoadEvent::Progress { .. } => {}
        }
    }
    let summary: Vec<(&str, Option<&str>, Option<&str>)> = docs
        .iter()
        .map(|(d, _)| (d.file_name(), d.title.as_deref(), d.date.as_deref()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "a_puces.pdf",
                Some("Nvidia, Mistral et la course aux puces"),
                Some("2025-03-12")
            ),
            (
                "b_compute.docx",
                Some("Microsoft doubles down on compute"),
                Some("2025-03-04")
            ),
            (
                "c_page.html",
                Some("Le cloud souverain"),
                Some("2025-05-02")
            ),
            ("d_note.md", Some("Le pari de Londres"), Some("2025-06-06")),
            (
                "e_depeche.txt",
                Some("Amazon et l’Inde"),
                Some("2025-07-07")
            ),
        ]
    );
    // The scan is a problem, with its reason.
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].0.ends_with("f_scan.pdf"));
    assert_eq!(problems[0].1, Unreadable::Format(FormatError::NoTextLayer));

    let (pdf, pdf_x) = &docs[0];
    // Pages joined; the running header and the page numbers gone; the note kept.
    assert!(!pdf.text.contains("La Lettre de l’IA"), "{}", pdf.text);
    assert!(
        !pdf.text.contains("Page 1") && !pdf.text.contains("Page 2"),
        "{}",
        pdf.text
    );
    assert!(
        pdf.text.contains(
            "La start-up française Mistral AI a levé 600 millions d’euros auprès de ses \
             investisseurs, selon un communiqué publié mardi à Paris."
        ),
        "{}",
        pdf.text
    );
    assert!(pdf.text.contains("Communiqué de la société, mars 2025."));
    assert!(pdf.text.ends_with(
        "Sur la seconde page, Microsoft a investi 10 milliards de dollars dans OpenAI, un \
         montant que la presse américaine juge décisif."
    ));
    let (docx, docx_x) = &docs[1];
    assert!(
        docx.text
            .contains("1. OpenAI raised $6.6 billion in October."),
        "{}",
        docx.text
    );
    assert!(
        docx.text
            .contains("this year, the company said.[1] Analysts"),
        "{}",
        docx.text
    );
    assert!(
        docx.text.ends_with("[1] Company blog post, January 2025."),
        "{}",
        docx.text
    );

    for (doc, x) in &docs {
        assert_spans_land(doc, x);
    }
    let figure_texts =
        |x: &Extraction| x.figures.iter().map(|f| f.text.clone()).collect::<Vec<_>>();
    assert!(
        figure_texts(pdf_x).contains(&"600 millions d’euros".to_string()),
        "{:?}",
        figure_texts(pdf_x)
    );
    assert!(
        figure_texts(pdf_x).contains(&"10 milliards de dollars".to_string()),
        "{:?}",
        figure_texts(pdf_x)
    );
    assert!(
        figure_texts(docx_x).contains(&"$80 billion".to_string()),
        "{:?}",
        figure_texts(docx_x)
    );
}

#[test]
fn extract_json_carries_content_for_pdf_and_word_only() {
    let dir = folder();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args(["extract", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    for d in docs {
        let path = d["path"].as_str().unwrap();
        let binary = path.ends_with(".pdf") || path.ends_with(".docx");
        assert_eq!(d.get("content").is_some(), binary, "{path}");
        // As the scorer reads it: `content`, else the file as decoded.
        let text = match d["content"].as_str() {
            Some(c) => c.to_string(),
            None => std::fs::read_to_string(path).unwrap(),
        };
        let chars: Vec<char> = text.chars().collect();
        for f in d["figures"]
            .as_array()
            .unwrap()
            .iter()
            .chain(d["entities"].as_array().unwrap())
        {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(slice, f["text"].as_str().unwrap(), "{path}");
        }
    }
    let pdf = &docs[0];
    assert!(
        pdf["figures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["text"] == "600 millions d’euros")
    );
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]["reason"]
            .as_str()
            .unwrap()
            .contains("no text layer")
    );
}
