//! The cue scans against the byte-by-byte definition.

use super::*;

/// Every cue at a word start, byte by byte: the definition the scans follow.
fn all_cues(b: &[u8]) -> Vec<(usize, Cue)> {
    (0..b.len())
        .filter(|&i| {
            b[i].is_ascii_alphabetic()
                && (i == 0 || (b[i - 1].is_ascii() && !b[i - 1].is_ascii_alphanumeric()))
        })
        .filter_map(|i| {
            CUES.iter()
                .find(|(w, _)| {
                    let w = w.as_bytes();
                    b.len() - i >= w.len() && b[i..i + w.len()].eq_ignore_ascii_case(w)
                })
                // "a deal worth", "a deal valued at" give a price, not a value.
                .filter(|(w, _)| {
                    !(matches!(*w, "worth" | "valued" | "valoris" | "value")
                        && deal_before(&b[..i], *w == "worth"))
                })
                // "une plus-value" is a gain, no value.
                .filter(|(w, _)| !(*w == "value" && b[..i].ends_with(b"plus-")))
                // "debtor" is no "debt" ("debts" is).
                .filter(|(w, _)| {
                    !(*w == "debt"
                        && b.get(i + 4)
                            .is_some_and(|c| c.is_ascii_alphabetic() && *c != b's'))
                })
                .map(|&(_, c)| (i, c))
        })
        .collect()
}

const PIECES: &[&str] = &[
    "raised",
    "Valuation",
    "VALUED",
    "fund",
    "funding round",
    "aid ",
    "aide",
    "fab ",
    "levée",
    "Lève",
    "bénéfice",
    "prêt",
    "reçu",
    "crédit d'impôt",
    "x",
    "a",
    "r",
    "ra",
    "1",
    "9",
    " ",
    "  ",
    ".",
    ",",
    "'",
    "-",
    "é",
    "É",
    "€",
    "\n",
    "$",
    "😀",
    "plan",
    "sales",
    "market cap",
    "values ",
    "tour de",
    "invest",
    "inv",
    "_",
    "capital expenditure",
    "Chiffre d'affaires",
    "tour de financement",
    "@",
    "[",
    "`",
    "{",
];

proptest::proptest! {
    #[test]
    fn scans_find_the_first_and_last_cue(picks in proptest::collection::vec(0usize..PIECES.len(), 0..60)) {
        let s: String = picks.iter().map(|&k| PIECES[k]).collect();
        let all = all_cues(s.as_bytes());
        proptest::prop_assert_eq!(first_cue(s.as_bytes()), all.first().copied());
        proptest::prop_assert_eq!(last_cue(s.as_bytes()), all.last().copied());
    }
}

#[test]
fn cues_are_lower_case() {
    for (w, _) in CUES {
        assert_eq!(*w, w.to_lowercase());
        assert!(w.len() >= 3 && w.as_bytes()[0].is_ascii_lowercase(), "{w}");
    }
}

#[test]
fn every_cue_is_found_alone_and_after_a_space() {
    for (w, _) in CUES {
        for (k, s) in [
            w.to_string(),
            format!("x {w}"),
            format!("{w}s, {w}"),
            w.to_uppercase(),
        ]
        .into_iter()
        .enumerate()
        {
            let all = all_cues(s.as_bytes());
            // Upper-cased, an accented letter is another byte.
            assert!(k == 3 || !all.is_empty(), "{s}");
            assert_eq!(first_cue(s.as_bytes()), all.first().copied(), "{s}");
            assert_eq!(last_cue(s.as_bytes()), all.last().copied(), "{s}");
        }
    }
}

#[test]
fn debt_sold_is_money_raised() {
    assert_eq!(
        nearest_cue(
            "Sable Ridge sold ",
            " of unsecured high-yield bonds on Tuesday."
        ),
        Some(Cue::Is(Role::Funding))
    );
    assert_eq!(
        nearest_cue("It sold the unit for ", " to a rival."),
        Some(Cue::Is(Role::Revenue))
    );
    assert_eq!(
        nearest_cue("Tessellate has arranged a ", " debtor-in-possession loan."),
        Some(Cue::Grant)
    );
}

#[test]
fn an_incentive_valued_at_is_given_not_a_value() {
    assert_eq!(
        nearest_cue(
            "The Government granted a tax incentive valued at ",
            " over ten years."
        ),
        Some(Cue::Grant)
    );
}
