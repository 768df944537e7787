//! Attribution rules on marked-up sentences.

use super::clause::{CLAUSE_BREAKS, QU_BREAKS, SPACE_BREAKS, last_break_end};
use super::*;
use crate::extract::{EntityKind, FigureKind};

/// Marks `[[Name|kind]]` entities and `{{amount}}`/`{{amount|chips}}` figures in `src`,
/// runs attribution and returns each figure's actor name.
pub(super) fn run(src: &str) -> Vec<Option<String>> {
    let mut plain = String::new();
    let (mut ents, mut figs) = (Vec::new(), Vec::new());
    let mut rest = src;
    while let Some(i) = rest.find(['[', '{']) {
        let (open, close) = if rest[i..].starts_with("[[") {
            ("[[", "]]")
        } else if rest[i..].starts_with("{{") {
            ("{{", "}}")
        } else {
            plain.push_str(&rest[..=i]);
            rest = &rest[i + 1..];
            continue;
        };
        plain.push_str(&rest[..i]);
        let body_end = rest[i..].find(close).unwrap() + i;
        let body = &rest[i + 2..body_end];
        let (name, tag) = body.split_once('|').unwrap_or((body, ""));
        let span = plain.len()..plain.len() + name.len();
        plain.push_str(name);
        if open == "[[" {
            ents.push(EntityHit {
                span,
                canonical: name,
                kind: EntityKind::parse(tag).unwrap_or(EntityKind::Company),
                from_lexicon: true,
            });
        } else {
            figs.push(FigureHit {
                span,
                kind: match tag {
                    "chips" => FigureKind::Chips,
                    "power" => FigureKind::Power,
                    _ => FigureKind::Money,
                },
                value: 1.0,
                value_min: None,
                value_max: None,
                unit: "EUR".into(),
                in_totals: true,
                link: None,
            });
        }
        rest = &rest[body_end + 2..];
    }
    plain.push_str(rest);
    let norm = NormText::new(&plain);
    let sents = text::SentenceIndex::new(norm.as_str(), text::sentences);
    let looks = Looks::new(norm.as_str(), &sents, &ents);
    attribute(&norm, &ents, &figs, &sents, &looks)
        .into_iter()
        .map(|a| a.map(|i| ents[i].canonical.to_string()))
        .collect()
}

fn one(src: &str) -> Option<String> {
    run(src).pop().flatten()
}

#[test]
fn owner_named_after_the_amount() {
    let a = one("Le plan de {{600 milliards de dollars}} de [[Trump|person]] avance.");
    assert_eq!(a.as_deref(), Some("Trump"));
    assert_eq!(
        one("A {{$5bn}} investment from [[SoftBank]] closed.").as_deref(),
        Some("SoftBank")
    );
}

#[test]
fn subject_before_the_figure_in_its_clause() {
    let got = run(
        "La start-up [[Anthropic]] est valorisée à {{183 milliards de dollars}}, \
         tandis qu'[[OpenAI]] pourrait l'être à {{500 milliards de dollars}}.",
    );
    assert_eq!(got, vec![Some("Anthropic".into()), Some("OpenAI".into())]);
    let a = one("[[Microsoft]] will spend {{$80 billion}} on data centres, [[Reuters]] said.");
    assert_eq!(a.as_deref(), Some("Microsoft"));
}

#[test]
fn asides_locations_sources_and_partners_are_skipped() {
    let a = one(
        "[[ASML|company]] (leader mondial face à [[Canon]]) a investi {{1,3 milliard d'euros}} dans [[Mistral]].",
    );
    assert_eq!(a.as_deref(), Some("ASML"));
    let a = one("[[Amazon]] va investir au [[Texas|place]] {{10 milliards de dollars}}.");
    assert_eq!(a.as_deref(), Some("Amazon"));
    let a = one("Avec l'aide d'[[Oracle]], [[OpenAI]] dispose de {{5 milliards}}.");
    assert_eq!(a.as_deref(), Some("OpenAI"));
    let a = one("Selon [[Bloomberg]], le fonds lèvera {{2 milliards d'euros}}.");
    assert_eq!(a, None, "a source is never the owner");
    let a = one("[[Nvidia]] a vendu {{4 milliards}} de puces, according to [[Reuters]].");
    assert_eq!(a.as_deref(), Some("Nvidia"));
}

#[test]
fn fronted_phrase_gives_the_subject_after() {
    let a = one(
        "Récemment valorisée à {{11,7 milliards d'euros}}, [[Mistral]] est devenue une décacorne.",
    );
    assert_eq!(a.as_deref(), Some("Mistral"));
}

#[test]
fn chips_go_to_the_owner_not_the_supplier() {
    let a = one(
        "[[Jupiter|project]] contient environ {{24 000 puces|chips}} du géant américain [[Nvidia]].",
    );
    assert_eq!(a.as_deref(), Some("Jupiter"));
    let a = one(
        "[[Elon Musk|person]] lance [[Colossus|project]]. Le but est de calculer vite, avec \
         {{100 000 cartes|chips}} [[Nvidia H100|product]] déjà intégrées.",
    );
    // The paragraph's topic: the project launched, not its chips' model (a person is no topic).
    assert_eq!(a.as_deref(), Some("Colossus"));
}

#[test]
fn clause_breaks_end_with_the_prefiltered_bytes() {
    for b in CLAUSE_BREAKS {
        let last = b.as_bytes()[b.len() - 1];
        assert!(matches!(last, b';' | b':' | b' ' | b'u'), "{b:?}");
        let listed = match last {
            b' ' => SPACE_BREAKS.contains(b),
            b'u' => QU_BREAKS.contains(b),
            _ => b.len() == 1,
        };
        assert!(listed, "{b:?}");
    }
    assert_eq!(
        SPACE_BREAKS.len() + QU_BREAKS.len() + 2,
        CLAUSE_BREAKS.len()
    );
    let s = "Google a investi, mais OpenAI TANDIS QU'il";
    assert_eq!(last_break_end(s), Some(Some(s.find("QU'").unwrap() + 2)));
    assert_eq!(last_break_end("rien ici"), Some(None));
    assert_eq!(last_break_end("\u{130}stanbul: x"), None);
}

proptest::proptest! {
    /// The block scan finds the break a byte-by-byte scan from the right finds.
    #[test]
    fn break_scan_agrees_with_bytes(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                " whereas ", " While ", " but ", " MAIS ", " tandis qu", " alors QU", ";", ":",
                " ", "u", "qu", "s ", "mais", "x", "abcdefghijklmno", "é", "t ",
            ]),
            0..24,
        )
    ) {
        let s: String = parts.concat();
        let b = s.as_bytes();
        let ends = |e: usize, pats: &[&str]| {
            pats.iter()
                .any(|p| e >= p.len() && b[e - p.len()..e].eq_ignore_ascii_case(p.as_bytes()))
        };
        let want = (1..=b.len()).rev().find(|&e| match b[e - 1] {
            b';' | b':' => true,
            b' ' => ends(e, SPACE_BREAKS),
            b'u' | b'U' => ends(e, QU_BREAKS),
            _ => false,
        });
        proptest::prop_assert_eq!(last_break_end(&s), Some(want));
    }
}

#[test]
fn no_actor_when_none_can_be_told() {
    assert_eq!(one("Le marché pèse {{300 milliards de dollars}}."), None);
    assert_eq!(
        one("[[Google]] publie un modèle.\nLe marché pèse {{300 milliards}}."),
        None
    );
}

#[test]
fn products_and_inserted_speakers_are_not_owners() {
    let a = one("[[Anthropic]], the maker of [[Claude|product]], is raising {{$2 billion}}.");
    assert_eq!(a.as_deref(), Some("Anthropic"));
    let a = one(
        "[[Meta]] expects {{$60 billion}} in capex, [[Mark Zuckerberg|person]] said, \
         and will add {{1 GW}}.",
    );
    assert_eq!(a.as_deref(), Some("Meta"));
    let a = one("[[ChatGPT|product]] a rapporté {{2 milliards de dollars}}.");
    assert_eq!(
        a.as_deref(),
        Some("ChatGPT"),
        "a product alone in its clause still owns it"
    );
    let a = one("[[Microsoft]] said it would spend {{$80 billion}}.");
    assert_eq!(
        a.as_deref(),
        Some("Microsoft"),
        "a subject that speaks is still the subject"
    );
}

#[test]
fn references_follow_back_to_the_actor_named_before() {
    let a = one("[[Orbitex]] opened a plant in [[Ohio|place]] last year. \
         The Ohio-based company now plans to invest {{$12 billion}} there.");
    assert_eq!(a.as_deref(), Some("Orbitex"));
    let a = one(
        "[[Nordwind|company]] a inauguré un site à [[Lyon|place]].\n\n\
         Le groupe allemand prévoit d'investir {{2 milliards d'euros}}.",
    );
    assert_eq!(a.as_deref(), Some("Nordwind"));
    let a = one(
        "[[Quantil]] raised money in March. Investors including [[Apex Capital]] and \
         [[Brightline]] took part in a round that valued it at {{$9bn}}.",
    );
    assert_eq!(a.as_deref(), Some("Quantil"), "a pronoun after backers");
}

#[test]
fn the_subject_before_an_aside_between_commas() {
    let a = one(
        "[[Veltra|company]], the start-up founded by former [[Orbitex]] engineer \
         [[Ana Ruiz|person]], has raised {{$400 million}}.",
    );
    assert_eq!(a.as_deref(), Some("Veltra"));
    let a = one("[[Quantil]], [[Orbitex]]'s main rival, raised {{$2bn}} in May.");
    assert_eq!(a.as_deref(), Some("Quantil"), "a possessive is no subject");
}

#[test]
fn sources_places_regulators_and_datelines_are_not_owners() {
    let a = one(
        "[[Orbitex]] will spend {{$3bn}} on the site, [[Daily Wire|company]] reported on Monday.",
    );
    assert_eq!(a.as_deref(), Some("Orbitex"));
    let a = run(
        "[[Orbitex]] agreed to buy chips from [[Quantil]]. That order is worth about {{$3bn}} \
         over three years, [[Daily Wire|company]] has reported.",
    );
    assert_ne!(a[0].as_deref(), Some("Daily Wire"));
    let a = one(
        "Les ventes ont atteint {{40 milliards d'euros}}, selon l'association professionnelle \
         européenne [[Semica|company]].",
    );
    assert_eq!(a, None, "a source a few words after 'selon'");
    let a = one(
        "[[Brussels|place]] approved [[Nordwind|company]]'s plan, and [[Paris|place]] \
         authorised a subsidy of {{€900m}} for the plant of [[Veltra|company]].",
    );
    assert_eq!(
        a.as_deref(),
        Some("Veltra"),
        "the regulator only authorises"
    );
    let a = one("[[TOKYO|place]] - The ministry approved {{¥90bn}} for [[Kairo|company]].");
    assert_ne!(
        a.as_deref(),
        Some("TOKYO"),
        "a dateline is where the story is filed"
    );
}

#[test]
fn a_table_row_belongs_to_its_first_actor() {
    let a = one("| 2 | [[Hyperion|project]] | [[Orbitex]], [[France|place]] | {{1.2 exaflops}} |");
    assert_eq!(a.as_deref(), Some("Hyperion"));
}

#[test]
fn a_measure_sentence_continues_the_owner_before() {
    let got = run("[[Orbitex]] reported revenue of {{$9bn}} for the year.\n\n\
         Net income climbed 40% to {{$2bn}}.");
    assert_eq!(got, vec![Some("Orbitex".into()), Some("Orbitex".into())]);
    let got =
        run("[[Orbitex]] reported revenue of {{$9bn}}. The global market grew to {{$600bn}}.");
    assert_eq!(got[1], None, "a sector-wide amount is nobody's");
}

#[test]
fn a_round_led_by_a_backer_continues_the_owner_before() {
    let got = run(
        "[[Orbitex]] a levé {{100 millions d'euros}} en 2023. En décembre, un deuxième tour de \
         {{300 millions d'euros}} emmené par [[Apex Capital]] la valorisait à {{2 milliards d'euros}}.",
    );
    assert_eq!(
        got,
        vec![
            Some("Orbitex".into()),
            Some("Orbitex".into()),
            Some("Orbitex".into())
        ]
    );
}

#[test]
fn a_name_introduced_as_a_regulator_owns_nothing() {
    let a = one(
        "[[Orbitex]] a racheté un campus. Mais la [[FERC|institution]], le régulateur fédéral, \
         a refusé de porter la fourniture du campus à {{300 MW|chips}}.",
    );
    assert_ne!(a.as_deref(), Some("FERC"));
}

#[test]
fn an_amount_each_of_several_gets_has_no_owner() {
    let a = one(
        "Most countries, including [[Kenya|place]] and [[Chile|place]], would be capped at \
         {{50,000 GPUs|chips}} each.",
    );
    assert_eq!(a, None);
    let a = one("[[Orbitex]] will buy {{50,000 GPUs|chips}} each year.");
    assert_eq!(
        a.as_deref(),
        Some("Orbitex"),
        "'each year' is no distribution"
    );
}

#[test]
fn a_name_before_a_relative_pronoun_owns_the_clause_s_amount() {
    let a = one(
        "[[Veltra]], the Lisbon start-up, raised money in a round led by [[Orbitex]], which \
         invested {{€900m}}.",
    );
    assert_eq!(a.as_deref(), Some("Orbitex"));
}

#[test]
fn a_description_that_introduces_a_name_and_a_forward_possessive_name_no_one_before() {
    let a = one(
        "[[Orbitex]] a annoncé un plan.\n\nDe son côté, la start-up française [[Veltra]], \
         valorisée à {{2 milliards d'euros}}, a signé un accord.",
    );
    assert_eq!(a.as_deref(), Some("Veltra"));
}

#[test]
fn analysts_at_a_firm_are_a_source() {
    let a = one("Analysts at [[Quorvex]] expect global capex to reach {{$900bn}} by 2030.");
    assert_eq!(a, None);
}

#[test]
fn a_person_inside_a_description_leaves_it_to_the_actor_named_before() {
    let a = one(
        "[[Orbitex]] a levé 15 milliards de dollars.\n\nLe groupe de [[Ana Ruiz|person]] \
         compte acheter {{50 000 puces|chips}}.",
    );
    assert_eq!(a.as_deref(), Some("Orbitex"));
}
