//! A Markdown article's code blocks (fenced or indented) stay in the text shown but are never
//! read for figures or actors; what lies around them is read as before, at the same offsets.

use vigie::corpus::load_file;
use vigie::extract::Lexicon;
use vigie::workspace::Article;

const MD: &str = concat!(
    "# Budget des centres de données\n\n",
    "Nvidia investira 100 milliards de dollars en 2025.\n\n",
    "```python\n",
    "budget = \"500 milliards de dollars\"  # OpenAI\n",
    "```\n\n",
    "Exemple de requête :\n\n",
    "    curl -d '300 millions d'euros' https://exemple.org/Microsoft\n\n",
    "Meta annonce 20 milliards de dollars.\n",
);

fn figures_at(a: &Article) -> Vec<(String, usize)> {
    a.extraction
        .figures
        .iter()
        .map(|f| (f.text.clone(), f.start))
        .collect()
}

#[test]
fn code_blocks_of_a_markdown_article_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("code.md");
    std::fs::write(&md, MD).unwrap();
    let doc = load_file(&md, "code.md".into()).unwrap();
    assert_eq!(doc.text, MD, "the text shown keeps its code blocks");
    let lexicon = Lexicon::builtin();
    let a = Article::new(doc, &lexicon);
    let figs = figures_at(&a);
    let texts: Vec<&str> = figs.iter().map(|(t, _)| t.as_str()).collect();
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("500") && !t.contains("300")),
        "no figure from a code block: {texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("100 milliards")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("20 milliards")),
        "{texts:?}"
    );
    // Offsets are into the text as written.
    for (t, start) in &figs {
        let at: String = MD.chars().skip(*start).take(t.chars().count()).collect();
        assert_eq!(&at, t);
    }
    let names: Vec<&str> = a
        .extraction
        .entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(
        names.contains(&"Nvidia") && names.contains(&"Meta"),
        "{names:?}"
    );
    assert!(
        !names.contains(&"OpenAI") && !names.contains(&"Microsoft"),
        "{names:?}"
    );

    // The same text as a plain-text article is read whole.
    let txt = dir.path().join("code.txt");
    std::fs::write(&txt, MD).unwrap();
    let plain = Article::new(load_file(&txt, "code.txt".into()).unwrap(), &lexicon);
    assert!(
        plain
            .extraction
            .figures
            .iter()
            .any(|f| f.text.contains("500 milliards"))
    );
}
