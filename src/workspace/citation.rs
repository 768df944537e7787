//! What copying a passage puts on the clipboard: the quote alone, or the quote with its source
//! (article title, outlet and date when known, file name) as plain text and as HTML.

use crate::i18n::Lang;
use crate::project::Book;
use crate::workspace::Article;
use std::ops::Range;

/// Text for the clipboard, with an HTML form when it has one (plain text is always there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clip {
    pub text: String,
    pub html: Option<String>,
}

/// Attribute names that hold an article's outlet (as the attributes dialog names it).
const OUTLET: [&str; 4] = ["outlet", "média", "media", "source"];

/// The quote alone.
pub fn quote(doc: &Article, range: Range<usize>) -> Clip {
    Clip {
        text: doc.char_slice(range).to_owned(),
        html: None,
    }
}

/// The quote and where it comes from: "“quote”\n— Title, Outlet, date (file)", and the same as
/// an HTML block quote.
pub fn cited(doc: &Article, book: &Book, range: Range<usize>, lang: Lang) -> Clip {
    let s = lang.select();
    let quote = doc.char_slice(range).trim();
    let outlet = book.article(doc.id).and_then(|a| {
        a.attributes
            .iter()
            .find(|(k, v)| OUTLET.contains(&k.to_lowercase().as_str()) && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
    });
    let title = doc.title();
    let file = doc.doc.file_name();
    let mut rest: Vec<String> = outlet.into_iter().collect();
    rest.extend(doc.doc.date.clone());
    let file_part = (title != file).then(|| format!(" ({file})"));
    let mut source = String::from(title);
    for r in &rest {
        source.push_str(", ");
        source.push_str(r);
    }
    let text = format!(
        "{}{quote}{}\n— {}{}",
        s.open_quote,
        s.close_quote,
        source,
        file_part.clone().unwrap_or_default()
    );
    let esc = crate::chart::svg::escape;
    let paragraphs: String = quote
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", esc(p).replace('\n', "<br>")))
        .collect();
    let mut footer = format!("<cite>{}</cite>", esc(title));
    for r in &rest {
        footer.push_str(", ");
        footer.push_str(&esc(r));
    }
    let html = format!(
        "<blockquote>{paragraphs}<footer>— {footer}{}</footer></blockquote>",
        file_part.map(|f| esc(&f)).unwrap_or_default()
    );
    Clip {
        text,
        html: Some(html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::extract::Extraction;

    fn article(date: Option<&str>) -> Article {
        let d = Document {
            path: "dossiers/puces.html".into(),
            text: "Intro.\n\nLa Chine & les <puces>.\n\nFin.".into(),
            title: Some("Les puces".into()),
            date: date.map(Into::into),
        };
        Article::with_extraction(d, Extraction::default())
    }

    #[test]
    fn a_citation_names_title_date_and_file_in_text_and_html() {
        let a = article(Some("2025-03-01"));
        let book = Book::default();
        assert_eq!(quote(&a, 8..31).text, "La Chine & les <puces>.");
        let c = cited(&a, &book, 8..31, Lang::Fr);
        assert_eq!(
            c.text,
            "« La Chine & les <puces>. »\n— Les puces, 2025-03-01 (puces.html)"
        );
        let html = c.html.expect("an HTML form");
        assert!(html.starts_with("<blockquote><p>La Chine &amp; les &lt;puces&gt;.</p>"));
        assert!(html.contains("<cite>Les puces</cite>, 2025-03-01 (puces.html)"));
        // English quotes, no date: left out.
        let c = cited(&article(None), &book, 8..31, Lang::En);
        assert_eq!(
            c.text,
            "“La Chine & les <puces>.”\n— Les puces (puces.html)"
        );
    }
}
