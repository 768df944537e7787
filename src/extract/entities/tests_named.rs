//! Names a participle gives in quotes, places a site is named after past an adjective, and
//! acronyms closing a name; a share bar's networks.

use super::tests::{kind, run};
use crate::extract::EntityKind::*;
use crate::extract::Lexicon;

#[test]
fn a_name_given_in_quotes_by_a_participle_is_a_project() {
    let hits = run(
        "Le centre national de calcul, baptisé « Kajy », sera construit sur le campus.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Kajy"), Some(Project), "{hits:?}");
    let hits = run(
        "The cluster, dubbed “Kestrel”, will cost $2 billion.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Kestrel"), Some(Project), "{hits:?}");
    // A quote that opens speech names nothing.
    let hits = run(
        "Le ministre a déclaré « Demain nous investirons ».",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Demain"), None, "{hits:?}");
}

#[test]
fn a_site_with_an_adjective_is_still_named_after_its_place() {
    let hits = run(
        "Le centre sera construit sur le campus universitaire d'Ankatso. Ankatso accueille \
         déjà deux facultés.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Ankatso"), Some(Place), "{hits:?}");
}

#[test]
fn capitals_of_c_d_and_m_after_a_name_are_its_acronym_not_a_numeral() {
    let hits = run(
        "L'opérateur nantais Noventa DC a dévoilé son projet. Noventa DC exploite quatre sites.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Noventa DC"), Some(Company), "{hits:?}");
    // A century's numeral is still none of the name's.
    let hits = run(
        "Le Grand Paris du XXIe siècle attire les investisseurs.",
        &Lexicon::builtin(),
    );
    assert_eq!(kind(&hits, "Grand Paris XXIe"), None, "{hits:?}");
}

#[test]
fn a_share_bars_networks_are_no_actors_even_known_ones() {
    let hits = run(
        "Le campus ouvrira en 2027.\n\nPartager : Facebook | X | WhatsApp | E-mail\n\nMeta \
         rachète une part de Facebook France.",
        &Lexicon::builtin(),
    );
    let facebook = hits.iter().filter(|h| h.0.starts_with("Facebook")).count();
    assert!(
        !hits.iter().any(|h| h.0 == "WhatsApp") && facebook <= 1,
        "{hits:?}"
    );
}

#[test]
fn the_reviews_cases_keep_their_names() {
    let lex = Lexicon::builtin();
    // "LLC" is a legal form, not a numeral's letters: the firm keeps its place word.
    let hits = run("Norvane Texas LLC agreed to buy servers.", &lex);
    assert!(
        hits.iter().any(|h| h.0.starts_with("Norvane Texas")),
        "{hits:?}"
    );
    // A headline opening on "Share" is no share bar.
    let hits = run(
        "Share buyback: Nvidia will return $60 billion to investors\n",
        &lex,
    );
    assert!(hits.iter().any(|h| h.0 == "Nvidia"), "{hits:?}");
    // An adjective of rank says whose the site is.
    let hits = run(
        "Le site historique de Kerlann emploie 300 personnes. Kerlann investira 20 millions.",
        &lex,
    );
    assert_ne!(kind(&hits, "Kerlann"), Some(Place), "{hits:?}");
}
