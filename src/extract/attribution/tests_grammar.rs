//! Attribution rules read from a sentence's grammar: a name after a preposition is no subject
//! a later reference takes up; a relative clause's amount is its antecedent's.

use super::tests::run;

#[test]
fn a_reference_skips_a_name_after_a_preposition() {
    let a = run(
        "Côté calcul, [[Orange]] prévoit d'installer des GPU. Les serveurs seront assemblés \
         par [[Hewlett Packard Enterprise]]. Le groupe a signé un crédit de \
         {{1,5 milliard d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orange"));
    let a = run(
        "[[Quantil]] expands. The racks were built by [[Dell]]. The company also raised \
         {{$300 million}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Quantil"));
    // A name opening its sentence is still its subject.
    let a = run(
        "[[Quantil]] expands. [[Dell]] built the racks. The company also raised \
         {{$300 million}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Dell"));
}

#[test]
fn a_relative_clause_amount_is_its_antecedents_despite_a_description_inside() {
    let a = run(
        "[[Orange]] a présenté son plan. Pour ce campus, l'opérateur s'est associé au fonds \
         [[Brookfield]], qui prendra 49 % de la société de projet et y apportera \
         {{520 millions d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Brookfield"));
}
