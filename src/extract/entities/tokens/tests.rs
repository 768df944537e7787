//! Tokenizer tests: elisions, web tokens, glued navigation text.

use super::*;

fn words(s: &str) -> Vec<(String, bool, bool)> {
    tokenize(s, Cues::get())
        .iter()
        .map(|t| (t.text(s).to_string(), t.initial, t.joined))
        .collect()
}

#[test]
fn elisions_possessives_and_hyphens() {
    let w = words("L'Europe et qu'OpenAI. Google's GPT-4 aux États-Unis");
    let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "L'",
            "Europe",
            "et",
            "qu'",
            "OpenAI",
            "Google",
            "GPT-4",
            "aux",
            "États-Unis"
        ]
    );
    assert!(w[0].1 && !w[1].1 && w[1].2);
    assert!(w[5].1, "after a period a word is sentence-initial");
    assert!(!w[6].2, "the possessive breaks the join");
}

#[test]
fn urls_and_domains_are_web_tokens() {
    let s = "voir reuters.com et https://x.com/Foo puis M. Dupont";
    let toks = tokenize(s, Cues::get());
    let web: Vec<&str> = toks.iter().filter(|t| t.web).map(|t| t.text(s)).collect();
    assert_eq!(web, vec!["reuters.com", "https://x.com/Foo"]);
    let dupont = toks.iter().find(|t| t.text(s) == "Dupont").unwrap();
    assert!(!dupont.initial, "M. is an abbreviation");
}

#[test]
fn glued_navigation_text_is_split() {
    let w = words("Leave a CommentSarah Connor et technologieIA");
    let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
    assert!(texts.contains(&"Sarah"));
    assert!(texts.contains(&"IA"));
}

#[test]
fn only_short_heads_are_elided() {
    // A head of up to six bytes that is an elision splits ("lorsqu'"); an apostrophe further
    // in ("aujourd'hui") or after a head that is no elision ("Rock'n") keeps the word whole.
    let w = words("lorsqu'Apple aujourd'hui Rock'n'roll qu'l'Europe");
    let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "lorsqu'",
            "Apple",
            "aujourd'hui",
            "Rock'n'roll",
            "qu'",
            "l'",
            "Europe"
        ]
    );
}

proptest::proptest! {
    /// `name_like` agrees with its definition on words of every length, ASCII or not, at the
    /// text's end or inside it.
    #[test]
    fn name_like_is_a_capital_then_no_capital(
        s in "[A-Za-zÉéÀßİ\u{1F600}-]{1,24}( [A-Za-zÉé]{1,20}){0,3}"
    ) {
        for t in tokenize(&s, Cues::get()) {
            let w = t.text(&s);
            let sh = t.shape;
            let want = sh.first_upper()
                && !sh.has_digit()
                && sh.has_lower()
                && !sh.camel()
                && w.chars().skip(1).all(|c| !c.is_uppercase());
            proptest::prop_assert_eq!(t.name_like(&s), want, "{}", w);
        }
    }
}

#[test]
fn an_ascii_dash_standing_apart_breaks_like_a_dash() {
    let w = words("LONDON, March 3 -- Reprinted here. WASHINGTON - The plan. Lisbon-based Orvanta");
    let at = |t: &str| w.iter().find(|x| x.0 == t).expect(t).1;
    assert!(at("Reprinted"), "after a spaced double hyphen");
    assert!(at("The"), "after a spaced hyphen");
    assert!(!at("Orvanta"), "a joining hyphen breaks nothing");
}

#[test]
fn a_tab_or_a_run_of_spaces_between_cells_opens_a_cell() {
    let w = words("Sohar facility   Hormuz Cloud\tFinancing closed  Muscat");
    let initial: Vec<(&str, bool)> = w.iter().map(|x| (x.0.as_str(), x.1)).collect();
    assert_eq!(
        initial,
        vec![
            ("Sohar", true),
            ("facility", false),
            ("Hormuz", true),
            ("Cloud", false),
            ("Financing", true),
            ("closed", false),
            // (Two spaces may be a typist's: no border.)
            ("Muscat", false)
        ]
    );
}
