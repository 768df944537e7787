//! Behaviour tests of the entity stage on hand-written French and English sentences.

use super::find;
use crate::extract::lexicon::Actor;
use crate::extract::{EntityKind, Lexicon, NormText};
use EntityKind::*;
use proptest::prelude::*;

pub(super) type Hit = (String, String, EntityKind);

pub(super) fn run(text: &str, lex: &Lexicon) -> Vec<Hit> {
    let n = NormText::new(text);
    find(&n, lex)
        .into_iter()
        .map(|h| {
            (
                n.as_str()[h.span].to_string(),
                h.canonical.to_string(),
                h.kind,
            )
        })
        .collect()
}

pub(super) fn empty(text: &str) -> Vec<Hit> {
    run(text, &Lexicon::empty())
}

pub(super) fn kind(hits: &[Hit], surface: &str) -> Option<EntityKind> {
    hits.iter().find(|h| h.0 == surface).map(|h| h.2)
}

pub(super) fn canon<'a>(hits: &'a [Hit], surface: &str) -> Option<&'a str> {
    hits.iter().find(|h| h.0 == surface).map(|h| h.1.as_str())
}

pub(super) fn surfaces(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.0.as_str()).collect()
}

pub(super) fn lexicon() -> Lexicon {
    let a = |c: &str, k, al: &[&str]| Actor {
        canonical: c.into(),
        en: None,
        kind: k,
        aliases: al.iter().map(|s| s.to_string()).collect(),
    };
    Lexicon::from_actors(vec![
        a("Nvidia", Company, &["NVIDIA"]),
        a("Meta", Company, &[]),
        a("Meta AI", Company, &[]),
        a("X", Product, &[]),
        a("Taïwan", Place, &[]),
        a("Barack Obama", Person, &[]),
        a("Claude", Product, &[]),
        a("États-Unis", Place, &[]),
    ])
}

#[test]
fn lexicon_longest_match_case_and_elision() {
    let hits = run(
        "Meta AI et Meta travaillent avec NVIDIA ; l'usine d'Nvidia à Taiwan sert X au XXe siècle.",
        &lexicon(),
    );
    assert_eq!(
        surfaces(&hits),
        vec!["Meta AI", "Meta", "NVIDIA", "Nvidia", "Taiwan", "X"]
    );
    assert_eq!(canon(&hits, "Taiwan"), Some("Taïwan"));
    assert_eq!(canon(&hits, "NVIDIA"), Some("Nvidia"));
}

#[test]
fn non_breaking_hyphen_matches_via_normalisation() {
    let hits = run("Les \u{c9}tats\u{2011}Unis avancent.", &lexicon());
    assert_eq!(canon(&hits, "\u{c9}tats-Unis"), Some("\u{c9}tats-Unis"));
}

#[test]
fn surname_alone_links_to_the_lexicon_person() {
    let hits = run("Selon les proches d'Obama, le projet avance.", &lexicon());
    assert_eq!(canon(&hits, "Obama"), Some("Barack Obama"));
    assert_eq!(kind(&hits, "Obama"), Some(Person));
}

#[test]
fn version_after_a_known_model_makes_a_product() {
    let hits = run("Elle a testé Claude 4 hier.", &lexicon());
    assert_eq!(kind(&hits, "Claude 4"), Some(Product));
}

#[test]
fn cue_words_before_classify_unknown_names() {
    let hits = empty(
        "Hier, la start-up Quantalis a signé avec le fonds Brightwater et la société Velmora.",
    );
    assert_eq!(kind(&hits, "Quantalis"), Some(Company));
    assert_eq!(kind(&hits, "Brightwater"), Some(Company));
    assert_eq!(kind(&hits, "Velmora"), Some(Company));
    let hits = empty("Yesterday the startup Orvanta hired the CEO Maria Kowalczyk in Ohio.");
    assert_eq!(kind(&hits, "Orvanta"), Some(Company));
    assert_eq!(kind(&hits, "Maria Kowalczyk"), Some(Person));
    assert_eq!(kind(&hits, "Ohio"), Some(Place));
}

#[test]
fn person_names_titles_particles_and_repeats() {
    let hits = empty(
        "Le président Henrik Solberg a reçu Ursula von der Leyen. Plus tard, Solberg a parlé.",
    );
    assert_eq!(kind(&hits, "Henrik Solberg"), Some(Person));
    assert_eq!(kind(&hits, "Ursula von der Leyen"), Some(Person));
    assert_eq!(canon(&hits, "Solberg"), Some("Henrik Solberg"));
}

#[test]
fn company_suffix_and_short_repeat() {
    let hits = empty("Le laboratoire Corvid AI grandit vite. Les clients de Corvid sont contents.");
    assert_eq!(kind(&hits, "Corvid AI"), Some(Company));
    assert_eq!(canon(&hits, "Corvid"), Some("Corvid AI"));
    let hits = empty("Shares of Lumetra Inc. rose while Zentrix Labs fell.");
    assert_eq!(kind(&hits, "Lumetra Inc"), Some(Company));
    assert_eq!(kind(&hits, "Zentrix Labs"), Some(Company));
}

#[test]
fn head_words_give_institutions_and_projects() {
    let hits = empty(
        "Un rapport de l'Université de Grenoble cite le Bureau de la gestion et du budget, \
         la Commission européenne et le Plan Horizon pour l'IA.",
    );
    assert_eq!(kind(&hits, "Université de Grenoble"), Some(Institution));
    assert_eq!(
        kind(&hits, "Bureau de la gestion et du budget"),
        Some(Institution)
    );
    assert_eq!(kind(&hits, "Commission européenne"), Some(Institution));
    assert_eq!(kind(&hits, "Plan Horizon pour l'IA"), Some(Project));
    let hits = empty("Researchers at the University of Leeds joined the Atlas Initiative.");
    assert_eq!(kind(&hits, "University of Leeds"), Some(Institution));
}

#[test]
fn model_names_with_digits_and_camel_case() {
    let hits = empty("Brivo a lancé Zephyr 3B, puis Zephyr-4 Coder et KestrelNet contre Orca K2.");
    assert_eq!(kind(&hits, "Zephyr 3B"), Some(Product));
    assert_eq!(kind(&hits, "Zephyr-4 Coder"), Some(Product));
    assert_eq!(kind(&hits, "Orca K2"), Some(Product));
    assert!(surfaces(&hits).contains(&"KestrelNet"));
}

#[test]
fn digits_that_start_a_figure_stay_out_of_names() {
    let hits = empty("Le groupe Halvard 3 milliards d'euros, et Veyron investit 2 000 puces.");
    assert!(
        surfaces(&hits)
            .iter()
            .all(|s| !s.contains('3') && !s.contains('2'))
    );
}

#[test]
fn sentence_starters_headings_acronyms_and_domains_are_not_entities() {
    let hits = empty(
        "Cependant, la croissance ralentit. Toutefois les GPU et l'IA progressent (reuters.com).\n\
         Le Grand Retour de la Puissance Industrielle Nationale\n\
         However, the API and CPU markets grew. Home\n\
         Les ingénieurs américains et les Chinois suivent, en janvier comme en July.",
    );
    assert!(hits.is_empty(), "{hits:?}");
}

#[test]
fn sentence_initial_word_needs_support_elsewhere() {
    let hits =
        empty("Parallèlement les ventes montent. Orbex progresse. Le partenaire Orbex signe.");
    assert!(!surfaces(&hits).contains(&"Parallèlement"));
    assert_eq!(surfaces(&hits), vec!["Orbex", "Orbex"]);
    let hits = empty("Robot industriel en action. Drones en vol.");
    assert!(hits.is_empty(), "{hits:?}");
}

#[test]
fn coordinated_names_share_a_kind() {
    let hits = empty("Des startups comme Pellucid et Norvane innovent.");
    assert_eq!(kind(&hits, "Pellucid"), Some(Company));
    assert_eq!(kind(&hits, "Norvane"), Some(Company));
}

#[test]
fn prepositions_announce_places() {
    let hits = empty("Une usine ouvrira en Valdoria et un bureau au Kestmark.");
    assert_eq!(kind(&hits, "Valdoria"), Some(Place));
    assert_eq!(kind(&hits, "Kestmark"), Some(Place));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_panics_and_spans_are_sorted_char_boundaries(s in "\\PC{0,200}") {
        let n = NormText::new(&s);
        let lex = lexicon();
        let hits = find(&n, &lex);
        let t = n.as_str();
        let mut end = 0;
        for h in &hits {
            prop_assert!(h.span.start >= end && h.span.start < h.span.end);
            prop_assert!(t.is_char_boundary(h.span.start) && t.is_char_boundary(h.span.end));
            end = h.span.end;
        }
    }

    #[test]
    fn never_panics_on_name_like_soup(
        words in proptest::collection::vec(
            "(Le|de|l'|d'|Université|AI|IA|GPT-4|3B|Nvidia|X|Meta|von|,|\\.|\u{2019}|\u{2011}|Élan|xAI|http://a.b/C|é|[A-Z][a-z]{0,5}|[0-9]{1,4})",
            0..40,
        )
    ) {
        let s = words.join(" ");
        let n = NormText::new(&s);
        let lex = lexicon();
        let hits = find(&n, &lex);
        for w in hits.windows(2) {
            prop_assert!(w[0].span.end <= w[1].span.start);
        }
    }
}

#[test]
fn sentence_initial_homograph_reads_as_the_common_word() {
    let lex = crate::extract::Lexicon::from_actors(vec![crate::extract::lexicon::Actor {
        canonical: "Paris".into(),
        en: None,
        kind: crate::extract::EntityKind::Place,
        aliases: vec![],
    }]);
    let find = |t: &str| -> Vec<String> {
        let n = crate::text::NormText::new(t);
        super::find(&n, &lex)
            .into_iter()
            .map(|e| e.canonical.to_string())
            .collect()
    };
    assert!(find("Paris sur des infrastructures massives : les géants misent gros.").is_empty());
    assert_eq!(
        find("Paris a annoncé un plan. Le sommet de Paris s'ouvre."),
        vec!["Paris", "Paris"]
    );
}

#[test]
fn an_accentless_capital_a_before_a_name_and_a_comma_is_a_place_preposition() {
    let h = empty("A Velmont, les travaux de l'usine avancent vite.");
    assert_eq!(kind(&h, "Velmont"), Some(Place), "{h:?}");
    let h = empty("A Quorvex spokesman said the plant would open.");
    assert_ne!(kind(&h, "Quorvex"), Some(Place), "{h:?}");
}

#[test]
fn markdown_section_titles_are_not_entities_unless_named_elsewhere() {
    let hits = empty(
        "# Weekly Letter\n\n## Top Stories\n\nOrbex signed a deal.\n\n## In Brief\n\n\
         ## Orbex Expands\n\nThe partner Orbex grew.",
    );
    assert_eq!(surfaces(&hits), vec!["Orbex", "Orbex", "Orbex"], "{hits:?}");
}

#[test]
fn a_name_before_a_known_place_keeps_it_at_a_sentence_start() {
    let lex = Lexicon::builtin();
    let hits = run(
        "Orbitex Europe said on Tuesday it would invest €2.5bn in a campus. It is an arm of \
         the developer Orbitex.",
        &lex,
    );
    assert_eq!(kind(&hits, "Orbitex Europe"), Some(Company), "{hits:?}");
    assert_eq!(kind(&hits, "Europe"), None, "{hits:?}");
    // A word that is no name elsewhere still comes off a known name.
    let hits = run("Likez Forbes sur Facebook. Forbes a publié.", &lex);
    assert_eq!(surfaces(&hits)[0], "Forbes", "{hits:?}");
}

#[test]
fn a_known_acronym_run_on_into_another_is_a_name_of_its_own() {
    let lex = Lexicon::builtin();
    let hits = run(
        "L'armateur CMA CGM a investi 100 millions d'euros. La CMA a ouvert une enquête.",
        &lex,
    );
    assert_eq!(kind(&hits, "CMA CGM"), Some(Company), "{hits:?}");
    assert_eq!(
        canon(&hits, "CMA"),
        Some("Competition and Markets Authority"),
        "alone it is the known body: {hits:?}"
    );
}

#[test]
fn a_name_after_a_cue_noun_and_a_place_preposition_is_the_place() {
    let hits = empty("Amazon will build data centres in Port Carlisle, said Amazon.");
    assert_eq!(kind(&hits, "Port Carlisle"), Some(Place), "{hits:?}");
    let hits = empty("Le groupe Orbitex construira une usine à Crolles, selon Orbitex.");
    assert_eq!(kind(&hits, "Crolles"), Some(Place), "{hits:?}");
}

#[test]
fn a_cloud_arm_is_a_company_that_owns_its_spending() {
    let hits = run(
        "Amazon Web Services said it would spend $11bn. AWS also buys chips.",
        &Lexicon::builtin(),
    );
    assert_eq!(
        kind(&hits, "Amazon Web Services"),
        Some(Company),
        "{hits:?}"
    );
    assert_eq!(kind(&hits, "AWS"), Some(Company), "{hits:?}");
}

#[test]
fn a_funding_series_is_no_name() {
    let hits = run(
        "Nscale said on Monday it had closed a Series B round led by Aker.",
        &Lexicon::builtin(),
    );
    assert!(
        surfaces(&hits).iter().all(|s| !s.contains("Series")),
        "{hits:?}"
    );
}

#[test]
fn a_sentence_opening_word_before_a_known_place_names_an_agency_unless_a_preposition() {
    let lex = crate::extract::Lexicon::builtin();
    let hits = run(
        "Demand rises.\n\nInnovation Norway, the state's agency, has granted NOK 250 million.",
        &lex,
    );
    assert_eq!(kind(&hits, "Innovation Norway"), Some(Company), "{hits:?}");
    let hits = run("Demand rises. Across Norway, grants grew.", &lex);
    assert_eq!(surfaces(&hits), vec!["Norway"], "{hits:?}");
}

#[test]
fn a_known_place_with_the_word_for_its_kind_is_the_place_in_full() {
    let lex = crate::extract::Lexicon::builtin();
    let hits = run(
        "SoftBank will get 95 billion yen for a data center in Sakai, Osaka Prefecture.",
        &lex,
    );
    assert_eq!(kind(&hits, "Osaka Prefecture"), Some(Place), "{hits:?}");
}

#[test]
fn a_noun_of_what_an_actor_is_opening_a_sentence_is_no_part_of_its_name() {
    let hits = empty("Prices rose. Rival Bukit Digital said it would spend more.");
    assert_eq!(surfaces(&hits), vec!["Bukit Digital"], "{hits:?}");
    let hits = empty("Prices rose. Investor AB said it would spend more.");
    assert_eq!(surfaces(&hits), vec!["Investor AB"], "{hits:?}");
}

#[test]
fn a_french_programme_name_runs_on_through_its_lower_case_adjectives_and_en_ia() {
    let hits = empty(
        "Ottawa a promis 2 milliards dans le cadre de la Stratégie canadienne sur la capacité \
         de calcul souveraine en IA, dont 700 millions.",
    );
    assert_eq!(
        kind(
            &hits,
            "Stratégie canadienne sur la capacité de calcul souveraine en IA"
        ),
        Some(Project),
        "{hits:?}"
    );
}

#[test]
fn a_head_word_runs_on_to_the_end_of_a_known_place_inside_it() {
    let lex = crate::extract::Lexicon::builtin();
    let hits = run(
        "Le projet avance. La Région Grand Est accompagnera le projet à hauteur de 120 millions.",
        &lex,
    );
    assert_eq!(surfaces(&hits), vec!["Région Grand Est"], "{hits:?}");
}
