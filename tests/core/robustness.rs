//! Robustness: the engine never panics and always returns spans and values that keep the
//! contract, on arbitrary strings, on generated news-like text, on edge cases and on the seeds.

use proptest::prelude::*;
use vigie::extract::{Extraction, FigureKind, Lexicon, extract};

/// Every contract invariant of one extraction of `text`; the first broken one is the error.
fn check(text: &str, x: &Extraction) -> Result<(), String> {
    // Byte offset of every char, plus the end: char offsets index into it.
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let nchars = bounds.len() - 1;
    let slice = |start: usize, end: usize, what: &str, shown: &str| -> Result<(), String> {
        if !(start < end && end <= nchars) {
            return Err(format!(
                "{what} {shown:?}: span {start}..{end} outside 0..{nchars}"
            ));
        }
        let actual = &text[bounds[start]..bounds[end]];
        if actual != shown {
            return Err(format!(
                "{what} text {shown:?} but chars {start}..{end} are {actual:?}"
            ));
        }
        Ok(())
    };
    let ordered = |spans: Vec<(usize, usize)>, what: &str| -> Result<(), String> {
        for w in spans.windows(2) {
            if w[0].1 > w[1].0 {
                return Err(format!(
                    "{what}s unsorted or overlapping: {:?} then {:?}",
                    w[0], w[1]
                ));
            }
        }
        Ok(())
    };
    for e in &x.entities {
        slice(e.start, e.end, "entity", &e.text)?;
        if e.canonical.trim().is_empty() {
            return Err(format!("entity {:?} has an empty canonical name", e.text));
        }
    }
    ordered(
        x.entities.iter().map(|e| (e.start, e.end)).collect(),
        "entity",
    )?;
    for f in &x.figures {
        slice(f.start, f.end, "figure", &f.text)?;
        let v = f.value;
        if !(v.is_finite() && v >= 0.0) {
            return Err(format!("figure {:?} has value {v}", f.text));
        }
        let lo = f.value_min.unwrap_or(v);
        let hi = f.value_max.unwrap_or(v);
        if !(lo.is_finite() && hi.is_finite() && 0.0 <= lo && lo <= v && v <= hi) {
            return Err(format!("figure {:?}: not 0 <= {lo} <= {v} <= {hi}", f.text));
        }
        if f.value_min.is_some() != f.value_max.is_some() {
            return Err(format!("figure {:?}: a range needs both ends", f.text));
        }
        let unit_ok = match f.kind {
            FigureKind::Money => {
                f.unit.len() == 3 && f.unit.bytes().all(|b| b.is_ascii_uppercase())
            }
            FigureKind::Chips => f.unit == "chips",
            FigureKind::Power => f.unit == "W",
            FigureKind::Flops => f.unit == "FLOP/s",
        };
        if !unit_ok {
            return Err(format!(
                "figure {:?}: unit {:?} for {:?}",
                f.text, f.unit, f.kind
            ));
        }
        if let Some(actor) = &f.actor
            && !x.entities.iter().any(|e| &e.canonical == actor)
        {
            return Err(format!(
                "figure {:?}: actor {actor:?} is no entity found",
                f.text
            ));
        }
    }
    ordered(
        x.figures.iter().map(|f| (f.start, f.end)).collect(),
        "figure",
    )?;
    Ok(())
}

/// Runs the engine with the built-in and the empty lexicon and checks both results, and that a
/// second run gives the same answer.
fn run_all(text: &str) -> Result<(), String> {
    // Built once: compiling the lexicon's matcher per case would dominate the test's time.
    static LEXICONS: std::sync::LazyLock<[Lexicon; 2]> =
        std::sync::LazyLock::new(|| [Lexicon::builtin(), Lexicon::empty()]);
    for lexicon in LEXICONS.iter() {
        let x = extract(text, lexicon);
        check(text, &x)?;
        if extract(text, lexicon) != x {
            return Err("two runs on the same text differ".into());
        }
    }
    Ok(())
}

/// One token of news-like text: the things that trip number, name and span code.
fn news_token() -> impl Strategy<Value = String> {
    prop_oneof![
        // Numbers with thousands separators (space, NBSP, U+202F, comma, dot) and decimals.
        "[0-9]{1,3}([ ,.\u{a0}\u{202f}][0-9]{3}){0,3}([,.][0-9]{1,2})?",
        "[0-9]{1,25}",
        prop::sample::select(vec![
            "$",
            "€",
            "£",
            "¥",
            "US$",
            "USD",
            "EUR",
            "Md€",
            "M€",
            "%",
            "k$",
            "bn",
            "m",
            "millions",
            "milliards",
            "mille milliards",
            "million",
            "billion",
            "trillion",
            "d'euros",
            "d’euros",
            "de dollars",
            "de yuans",
            "dollars",
            "euros",
            "yuans",
            "MW",
            "GW",
            "mégawatts",
            "gigawatts",
            "kW",
            "exaflops",
            "pétaflops",
            "FLOP/s",
            "GPU",
            "GPUs",
            "puces",
            "H100",
            "entre",
            "et",
            "to",
            "from",
            "between",
            "dont",
            "soit",
            "environ",
            "about",
            "(",
            ")",
            "«",
            "»",
            "\"",
            "“",
            "”",
            "’",
            "'",
            "-",
            "\u{2011}",
            "–",
            "—",
            ",",
            ".",
            ";",
            ":",
            "!",
            "?",
            "…",
            "\n",
            "\r\n",
            "\t",
            "\u{a0}",
            "\u{202f}",
            "\u{2009}",
            "\u{feff}",
            "🚀",
            "🇫🇷",
            "é",
            "e\u{301}",
            "l'",
            "d’",
            "qu’",
            "Nvidia",
            "NVIDIA",
            "OpenAI",
            "Mistral AI",
            "Union européenne",
            "États-Unis",
            "Pékin",
            "Jupiter",
            "Stargate",
            "Sam Altman",
            "Jensen Huang",
        ])
        .prop_map(str::to_string),
        // Capitalised words, acronyms and model names.
        "[A-ZÉ][a-zé]{1,10}",
        "[A-Z]{2,5}",
        "[A-Z][a-z]{0,6}[- ]?[0-9]{1,3}[A-Za-z]?",
        "[a-zàéèêç]{1,12}",
    ]
}

/// News-like text: tokens joined by spaces (sometimes none, sometimes NBSP or a line break).
fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            news_token(),
            prop::sample::select(vec![" ", " ", " ", "", "\u{a0}", "\n"]),
        ),
        0..80,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(t, s)| [t, s.to_string()])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_the_contract(s in any::<String>()) {
        prop_assert_eq!(run_all(&s), Ok(()));
    }

    #[test]
    fn news_like_text_keeps_the_contract(s in news_text()) {
        prop_assert_eq!(run_all(&s), Ok(()));
    }
}

#[test]
fn edge_cases_keep_the_contract() {
    let huge = format!("{} milliards de milliards d'euros", "9".repeat(400));
    let many_figures = "12 milliards d’euros, ".repeat(2000);
    let cases = [
        "",
        " ",
        "\u{feff}",
        "$",
        "€€€€€€€€€€",
        "1",
        "0 €",
        "-5 milliards d'euros",
        "1e308 billion dollars",
        "entre 50 et 30 milliards d'euros",
        "$65 billion to $60 billion",
        "1 000 000 000 000 000 000 000 000 000 000 000 000 000 000 GW",
        "((((((((((((((((((((",
        "e\u{301}\u{301}\u{301}\u{301} 3\u{301} milliards",
        "Nvidia\u{2011}Nvidia’s Nvidia",
        "\r\n\r\n\r\n",
        huge.as_str(),
        many_figures.as_str(),
    ];
    for case in cases {
        if let Err(e) = run_all(case) {
            panic!("on {:?}: {e}", case.chars().take(80).collect::<String>());
        }
    }
}

#[test]
fn seeds_keep_the_contract() {
    for (name, text) in vigie::corpus::SEEDS {
        let text = text.trim_start_matches('\u{feff}');
        if let Err(e) = run_all(text) {
            panic!("seed {name}: {e}");
        }
    }
}

#[test]
fn the_checker_catches_broken_spans() {
    // The invariants above must be able to fail: a shifted span, a bad value and an overlap.
    use vigie::extract::{Entity, EntityKind, Figure};
    let text = "Nvidia a levé 5 milliards d’euros.";
    let entity = Entity {
        text: "Nvidia".into(),
        start: 0,
        end: 6,
        canonical: "Nvidia".into(),
        kind: EntityKind::Company,
    };
    let figure = Figure {
        text: "5 milliards d’euros".into(),
        start: 14,
        end: 33,
        kind: FigureKind::Money,
        value: 5e9,
        value_min: None,
        value_max: None,
        unit: "EUR".into(),
        actor: Some("Nvidia".into()),
        in_totals: true,
        role: None,
        counterpart: None,
        restates: None,
    };
    let good = Extraction {
        entities: vec![entity.clone()],
        figures: vec![figure.clone()],
    };
    assert_eq!(check(text, &good), Ok(()));
    let mut shifted = good.clone();
    shifted.figures[0].start += 1;
    assert!(check(text, &shifted).is_err());
    let mut nan = good.clone();
    nan.figures[0].value = f64::NAN;
    assert!(check(text, &nan).is_err());
    let mut overlap = good.clone();
    overlap.entities.push(Entity {
        start: 3,
        end: 8,
        text: "dia a".into(),
        ..entity
    });
    assert!(check(text, &overlap).is_err());
    let mut stranger = good;
    stranger.figures[0].actor = Some("Mistral AI".into());
    assert!(check(text, &stranger).is_err());
}
