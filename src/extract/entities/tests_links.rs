//! Entity tests on firms' names: short forms and the full names they take, a short form that
//! names a firm of its own, a name closed by "AI", a homograph read as the word.

use super::tests::{canon, empty, run, surfaces};
use crate::extract::{EntityKind, Lexicon};

#[test]
fn a_firms_short_form_drops_its_descriptors_and_contractions_are_no_names() {
    let hits = empty(
        "I’m proud that Tejo AI Cloud has signed. We’re hiring. Four years ago I started Tejo \
         in a basement.",
    );
    assert_eq!(canon(&hits, "Tejo"), Some("Tejo AI Cloud"), "{hits:?}");
    assert!(!surfaces(&hits).iter().any(|n| n.contains('’')), "{hits:?}");
}

#[test]
fn a_short_form_written_in_a_sentence_before_its_full_name_is_a_firm_of_its_own() {
    let text = "Altéon and AMD team up on AI\n\n\
                Altéon (Euronext: ALTN), an engineering group, and AMD announce a partnership. \
                The sites will be run by Altéon Data, a subsidiary of the group. Altéon will \
                pay most of it.";
    let hits = empty(text);
    let short: Vec<_> = hits.iter().filter(|h| h.0 == "Altéon").collect();
    assert_eq!(short.len(), 3, "{hits:?}");
    assert!(short.iter().all(|h| h.1 == "Altéon"), "{hits:?}");
    assert_eq!(canon(&hits, "Altéon Data"), Some("Altéon Data"), "{hits:?}");
    // Spelled out first, the full name lends itself to its short form.
    let hits = empty(
        "Altéon Data, a subsidiary of a group, and AMD announce a partnership. Altéon will \
         pay most of it.",
    );
    assert_eq!(canon(&hits, "Altéon"), Some("Altéon Data"), "{hits:?}");
}

#[test]
fn a_name_closed_by_ai_or_a_legal_form_is_a_firm_whatever_its_contexts() {
    let hits = empty(
        "Hydro-Québec a réservé 300 MW à Laurentide IA. Le gouvernement accorde à Laurentide \
         IA un congé fiscal.\n\n3,2 G$ : coût total du campus de Laurentide IA",
    );
    let firms: Vec<_> = hits.iter().filter(|h| h.1 == "Laurentide IA").collect();
    assert_eq!(firms.len(), 3, "{hits:?}");
    assert!(firms.iter().all(|h| h.2 == EntityKind::Company), "{hits:?}");
}

#[test]
fn a_homograph_before_a_plural_noun_of_firms_is_the_word() {
    let hits = run(
        "Frontier labs have raised more than $150 billion this year. Frontier said nothing.",
        &Lexicon::builtin(),
    );
    assert_eq!(
        hits.iter().filter(|h| h.0 == "Frontier").count(),
        1,
        "{hits:?}"
    );
}

#[test]
fn a_data_centre_firm_named_without_its_descriptor_is_the_same_firm() {
    let hits = empty(
        "Le promoteur liégeois Lumeris Data Centers a obtenu le permis. Le groupe exploite \
         déjà deux sites. Lumeris en prendra 40 %, et Lumeris n'est pas un nouveau venu.",
    );
    assert_eq!(
        canon(&hits, "Lumeris"),
        Some("Lumeris Data Centers"),
        "{hits:?}"
    );
    let hits = empty("Orvane Cloud Solutions signed a deal. Orvane will pay for it.");
    assert_eq!(
        canon(&hits, "Orvane"),
        Some("Orvane Cloud Solutions"),
        "{hits:?}"
    );
}

#[test]
fn a_known_place_is_no_short_form_of_a_firm_named_after_it() {
    let hits = run(
        "Georgia Bet Big on Data Centers. Its Tax Break Has Cost $2.9 Billion.\n\n\
         Since 2019, Georgia has given up $2.9 billion in sales-tax revenue. Georgia Power, the \
         state's largest utility, expects 8,200 megawatts of new demand.",
        &Lexicon::builtin(),
    );
    let georgia: Vec<_> = hits.iter().filter(|h| h.0 == "Georgia").collect();
    assert_eq!(georgia.len(), 2, "{hits:?}");
    assert!(georgia.iter().all(|h| h.1 == "Georgia"), "{hits:?}");
    assert_eq!(
        canon(&hits, "Georgia Power"),
        Some("Georgia Power"),
        "{hits:?}"
    );
}

#[test]
fn an_acronym_a_name_defines_in_brackets_names_that_actor_everywhere() {
    let hits = empty(
        "Les dirigeants de Belledonne Data Centers (BDC) ont détaillé leur projet. \
         Pierre-Yves Chabert, président de BDC, a signé.",
    );
    assert!(
        hits.iter()
            .filter(|h| h.0 == "BDC")
            .all(|h| h.1 == "Belledonne Data Centers"),
        "{hits:?}"
    );
    assert!(hits.iter().any(|h| h.0 == "BDC"), "{hits:?}");
    // Letters that do not spell the name's initials define nothing.
    let hits = empty("Kestrel Compute (NASDAQ) rose. NASDAQ fell.");
    assert!(
        hits.iter()
            .all(|h| h.1 != "Kestrel Compute" || h.0 != "NASDAQ"),
        "{hits:?}"
    );
}

#[test]
fn a_thing_christened_after_a_person_is_not_that_person() {
    let hits = empty(
        "Baptisé Tulla, un supercalculateur sera installé à Mulhouse. La machine portera le nom \
         de Johann Gottfried Tulla, l'ingénieur badois. Tulla affichera 50 pétaflops.",
    );
    assert!(
        hits.iter()
            .filter(|h| h.0 == "Tulla")
            .all(|h| h.1 == "Tulla"),
        "{hits:?}"
    );
    // A surname alone, named by no participle, is still the person.
    let hits = empty("Johann Gottfried Tulla a rectifié le Rhin. Tulla était badois.");
    assert_eq!(
        canon(&hits, "Tulla"),
        Some("Johann Gottfried Tulla"),
        "{hits:?}"
    );
}

#[test]
fn a_states_capital_is_not_the_state() {
    let hits = run(
        "JOHOR BAHRU, Sept 18 (Bernama) -- Johor approved RM2 billion of projects.",
        &Lexicon::builtin(),
    );
    assert_eq!(canon(&hits, "Johor"), Some("Johor"), "{hits:?}");
    assert_eq!(canon(&hits, "JOHOR BAHRU"), Some("Johor Bahru"), "{hits:?}");
}
