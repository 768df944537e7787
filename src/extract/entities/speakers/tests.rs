use crate::extract::{EntityKind, Lexicon, extract};

fn kinds(text: &str) -> Vec<(String, EntityKind)> {
    extract(text, &Lexicon::builtin())
        .entities
        .into_iter()
        .map(|e| (e.text, e.kind))
        .collect()
}

#[test]
fn a_speaker_label_names_a_person_and_a_role_nobody() {
    let got = kinds(
        "OPERATOR: Good afternoon and welcome to the third-quarter call of the company \
         today.\n\nPRIYA MENON, CEO: Revenue reached $2.4 billion at Norvane this quarter, \
         up from last year.\n\nSARAH LINDQVIST, MORGAN STANLEY: How much of that came from \
         Helix, and how do you see the risk?\n\nMENON: Helix is our largest customer and we \
         are proud of that contract.",
    );
    assert!(!got.iter().any(|(t, _)| t == "OPERATOR"), "{got:?}");
    for name in ["PRIYA MENON", "SARAH LINDQVIST", "MENON"] {
        assert!(
            got.iter()
                .any(|(t, k)| t == name && *k == EntityKind::Person),
            "{name}: {got:?}"
        );
    }
    assert!(
        got.iter()
            .any(|(t, k)| t == "MORGAN STANLEY" && *k != EntityKind::Person),
        "the affiliation after the comma is not the speaker: {got:?}"
    );
}

#[test]
fn a_title_line_in_capitals_is_no_speaker() {
    let got = kinds(
        "AI INFRASTRUCTURE ROUND-UP: Gulf fund backs campus, Seoul lifts chip package, \
         Singapore hands out megawatts\n\nSEOUL - Korea will spend $4 billion on chips.",
    );
    assert!(!got.iter().any(|(t, _)| t.contains("ROUND")), "{got:?}");
}

#[test]
fn a_heading_or_a_sentence_with_a_colon_is_no_label() {
    let got = kinds(
        "Nvidia: the chipmaker will spend $5 billion.\n\nNote: Intel agreed.\n\nJAPAN: \
         Rapidus gets the lion's share\n\nRapidus will receive ¥800 billion.\n\nSOUTH \
         KOREA: the government triples its budget for chips and buys GPUs for its labs.",
    );
    for place in ["JAPAN", "SOUTH KOREA"] {
        assert!(
            got.iter()
                .any(|(t, k)| t == place && *k == EntityKind::Place),
            "{place}: {got:?}"
        );
    }
    assert!(
        got.iter()
            .any(|(t, k)| t == "Nvidia" && *k != EntityKind::Person),
        "{got:?}"
    );
}

#[test]
fn a_role_label_with_its_outlet_in_brackets_names_nobody() {
    let got = kinds(
        "Intro.\n\nQUESTION (AFP) : Madame la ministre, votre prédécesseur évoquait une \
         enveloppe de cinq milliards, n'est-ce pas un recul ?\n\nHÉLÈNE MARCHETTI : Non, et je \
         veux être précise sur ce point, ce sont des crédits nouveaux.",
    );
    assert!(!got.iter().any(|(t, _)| t == "QUESTION"), "{got:?}");
    assert!(
        got.iter()
            .any(|(t, k)| t == "HÉLÈNE MARCHETTI" && *k == EntityKind::Person),
        "{got:?}"
    );
}
