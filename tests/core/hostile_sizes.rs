//! Hostile sizes: inputs built so that a quadratic (or worse) path would take minutes, and a
//! recursive one would overflow the stack. Each runs in well under a second or two when the work
//! is linear (debug build); a regression shows as a test that runs for minutes. No timing is
//! asserted: the sizes are the test.

use crate::interchange_common::make_zip;
use std::fmt::Write as _;
use std::path::Path;
use vigie::interchange::qdpx::{self, QdpxError};
use vigie::project::Project;

/// A version-1-free GUID from a number.
fn guid(n: usize) -> String {
    format!("{:08x}-0000-4000-8000-{:012x}", n / 65536, n)
}

fn qdpx(codes: &str, source_text: &str, selections: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="big">
  <CodeBook><Codes>{codes}</Codes></CodeBook>
  <Sources>
    <TextSource guid="{}" name="a.txt" plainTextPath="internal://a.txt">{selections}</TextSource>
  </Sources>
</Project>"#,
        guid(999_999_999)
    );
    make_zip(&[
        ("project.qde", xml.as_bytes()),
        ("sources/a.txt", source_text.as_bytes()),
    ])
}

fn import(bytes: &[u8]) -> Result<(Project, qdpx::ImportReport), QdpxError> {
    qdpx::import_dry(bytes, Path::new("/nonexistent/vigie-test"))
}

/// 2,000 codes of one name: unique naming was cubic (51 s in a release build).
#[test]
fn many_codes_of_one_name_are_numbered_in_linear_time() {
    let mut codes = String::new();
    for i in 0..2000 {
        let _ = write!(
            codes,
            r#"<Code guid="{}" name="Régulation" isCodable="true"/>"#,
            guid(i)
        );
    }
    let (p, _) = import(&qdpx(&codes, "Du texte.", "")).expect("imports");
    let names: Vec<&str> = p.book().themes.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names.len(), 2000);
    assert_eq!(names[0], "Régulation");
    assert_eq!(names[1], "Régulation (2)");
    assert_eq!(names[1999], "Régulation (2000)");
}

/// 20,000 coded passages on a 2 MB source: each cost a walk of the whole text (1 ms each; 100 k
/// tags took 92 s).
#[test]
fn many_selections_on_a_large_source_import_in_linear_time() {
    let sentence = "Le fonds investit 5 milliards d’euros dans l’IA. ";
    let text = sentence.repeat(2_000_000 / sentence.len());
    let n_chars = text.chars().count();
    let code = guid(1);
    let codes = format!(r#"<Code guid="{code}" name="Argent" isCodable="true"/>"#);
    let mut sels = String::new();
    let n = 20_000;
    for i in 0..n {
        let start = (i * 97) % (n_chars - 20);
        let _ = write!(
            sels,
            r#"<PlainTextSelection guid="{}" startPosition="{start}" endPosition="{}"><Coding guid="{}"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>"#,
            guid(10 + i),
            start + 12,
            guid(100_000 + i)
        );
    }
    let (p, report) = import(&qdpx(&codes, &text, &sels)).expect("imports");
    assert_eq!(p.book().tags.len(), n, "{:?}", report.left_out);
    let t = &p.book().tags[n - 1];
    let expected: String = text.chars().skip(t.start).take(12).collect();
    assert_eq!(t.quote, expected);
}

/// `<Code>` nested 10,000 deep overflowed the stack and aborted the process (and the app).
#[test]
fn codes_nested_ten_thousand_deep_are_refused_not_a_crash() {
    let depth = 10_000;
    let mut codes = String::new();
    for i in 0..depth {
        let _ = write!(
            codes,
            r#"<Code guid="{}" name="c{i}" isCodable="true">"#,
            guid(i)
        );
    }
    codes.push_str(&"</Code>".repeat(depth));
    let e = import(&qdpx(&codes, "Du texte.", "")).expect_err("refused");
    assert!(e.to_string().contains("nested"), "{e}");
}

/// Half a megabyte of one sentence full of amounts and actors: every figure's clause, owner
/// and restatement were searched from the top of the sentence (quadratic: a minute and a half
/// in a debug build; now about a second).
#[test]
fn a_long_sentence_without_a_break_is_read_in_linear_time() {
    let part = "OpenAI investit 5 milliards d'euros et Mistral AI lève 600 millions de dollars, ";
    let text = part.repeat(500_000 / part.len());
    let x = vigie::extract::extract(&text, &vigie::extract::Lexicon::builtin());
    assert_eq!(x.figures.len(), 2 * (500_000 / part.len()));
    assert!(x.figures.iter().all(|f| f.value.is_finite()));
}

/// `<article>` nested 20,000 deep: each article's text was rendered to find the largest
/// (quadratic: 5,000 deep took 19 s in a debug build, 20,000 would take minutes).
#[test]
fn deeply_nested_articles_are_read_in_linear_time() {
    let n = 20_000;
    let page = format!(
        "<html><body>{}<p>OpenAI lève 6 milliards de dollars.</p>{}</body></html>",
        "<article>".repeat(n),
        "</article>".repeat(n)
    );
    let p = vigie::corpus::html::parse(&page);
    assert_eq!(p.text.trim(), "OpenAI lève 6 milliards de dollars.");
}

/// A tag with 300,000 attributes: the HTML tokenizer checks each against the others (200,000
/// took 10 s in a debug build); past the cap they are blanked before parsing.
#[test]
fn a_tag_with_hundreds_of_thousands_of_attributes_is_read_in_linear_time() {
    let attrs: String = (0..300_000).map(|i| format!(" a{i}=\"x\"")).collect();
    let page =
        format!("<html><body><p{attrs}>OpenAI lève 6 milliards de dollars.</p></body></html>");
    let p = vigie::corpus::html::parse(&page);
    assert_eq!(p.text.trim(), "OpenAI lève 6 milliards de dollars.");
}
