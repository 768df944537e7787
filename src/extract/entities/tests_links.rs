//! Entity tests on short forms and the full names they take: a firm's name without its
//! descriptors, and a short form that names a firm of its own.

use super::tests::{canon, empty, surfaces};

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
    assert!(
        hits.iter()
            .filter(|h| h.0 == "Altéon")
            .all(|h| h.1 == "Altéon"),
        "{hits:?}"
    );
    assert_eq!(canon(&hits, "Altéon Data"), Some("Altéon Data"), "{hits:?}");
    // Spelled out first, the full name lends itself to its short form.
    let hits = empty(
        "Altéon Data, a subsidiary of a group, and AMD announce a partnership. Altéon will \
         pay most of it.",
    );
    assert_eq!(canon(&hits, "Altéon"), Some("Altéon Data"), "{hits:?}");
}
