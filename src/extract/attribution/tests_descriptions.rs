//! Attribution rules on descriptions ("la filiale du groupe X", "l'opérateur de X", "la
//! société X"): what they name and which names inside them own nothing.

use super::tests::run;

#[test]
fn a_name_after_a_head_noun_is_no_part_of_a_later_description() {
    let a = run(
        "[[Veltra|place]] financera un campus. La société [[Orbitex]] construira un \
         supercalculateur de {{10 milliards d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_description_with_a_complement_names_the_actor_not_the_complement() {
    let a = run(
        "[[Orbitex]] mise sur ses centres.\n\nLa filiale cloud du groupe [[Quantil]] va \
         investir {{un milliard d'euros}} d'ici 2030.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"), "the subsidiary");
    let a = run(
        "[[Orbitex]] mise sur ses centres. L'opérateur de [[Ana Ruiz|person]], qui a \
         acheté des puces à [[Veltra]], vise une puissance de {{100 MW|power}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"), "the operator");
}

#[test]
fn a_subject_description_with_a_complement_is_followed_back_whole() {
    let a = run(
        "[[Orbitex]] mise sur ses centres.\n\nLa filiale cloud du groupe [[Quantil]] va \
         investir {{un milliard d'euros}}. L'opérateur de [[Ana Ruiz|person]], qui a acheté des \
         puces à [[Veltra]], vise une puissance de {{100 MW|power}}.",
    );
    assert_eq!(
        a[1].as_deref(),
        Some("Orbitex"),
        "the subsidiary, not its group"
    );
}

#[test]
fn a_reference_right_after_a_source_is_not_introduced_by_it() {
    let a = run(
        "According to analysts at [[Morgan Stanley]], the lab spent {{$900 million}} on \
         servers last year.",
    );
    assert_eq!(a[0], None, "the source is no lab");
    // A name the head noun does introduce still is the one.
    let a = run(
        "[[Orbitex]], a lab founded in 2021, raised money. Analysts say the lab spent \
         {{$900 million}} on servers.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_name_after_an_infinitive_is_no_complement() {
    let a = run(
        "[[Europe|place]] prévoit en [[Allemagne|place]] de réaliser [[Jupiter|project]], \
         son premier supercalculateur. « Nous investirons », a déclaré [[Ana Ruiz|person]]. Le \
         supercalculateur atteindra {{405 exaflops|power}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Jupiter"));
}

#[test]
fn a_description_names_the_names_in_apposition_after_it() {
    let a = run(
        "[[Quantil]] and [[Veltra]] agreed a deal. Les deux groupes, [[Orbitex]] et \
         [[Nordia]], investiront {{1 milliard d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"));
}

#[test]
fn a_government_after_a_possessive_name_is_that_name_s() {
    let a = run(
        "[[Orbitex]] will supply chips to [[Veltra|place]]'s government and to \
         [[Quantil]]. The government will deploy {{50,000 chips|chips}} for its own use.",
    );
    assert_eq!(a[0].as_deref(), Some("Veltra"));
}

#[test]
fn a_countrys_programme_and_a_leaders_administration_are_theirs() {
    let a = run(
        "The sums dwarf what governments spend. [[Veltra|place]]'s own AI mission has a \
         budget of {{$1.25bn}}, and analysts at [[Quantil]] estimate more.",
    );
    assert_eq!(a[0].as_deref(), Some("Veltra"));
    let a = run(
        "President [[Lee Jae-myung|person]]'s administration has pledged {{150 trillion \
         won|money}} for a national growth fund.",
    );
    assert_eq!(a[0].as_deref(), Some("Lee Jae-myung"));
}

#[test]
fn names_in_a_fronted_participle_are_not_the_subject() {
    let x = crate::extract::extract(
        "La pépite Orvanta Labs lève 90 millions de dollars\n\nFondée par d'anciens chercheurs \
         de Quantil Research, la start-up parisienne O a bouclé un tour de table de 90 millions \
         de dollars.",
        &crate::extract::Lexicon::builtin(),
    );
    let owners: Vec<Option<&str>> = x.figures.iter().map(|f| f.actor.as_deref()).collect();
    assert_eq!(owners, vec![Some("Orvanta Labs"), Some("Orvanta Labs")]);
    // A country opening the sentence is no participle.
    let a = run("[[United States|place]], [[Japan|place]] and [[Korea|place]] pledged {{$5bn}}.");
    assert!(a[0].is_some());
}

#[test]
fn a_name_opening_a_hyphenated_adjective_is_no_subject_and_no_owner() {
    // "the Texas-based cloud group" is a description of the actor named before, not Texas:
    // the place is not what the paragraph is about.
    let a = run(
        "[[Orbitex]] will buy chips.\n\nThe [[Veltra|place]]-based cloud group will lease \
         them to [[Quantil]]. Demand should reach {{1.2 gigawatts|power}}.",
    );
    assert_ne!(a[0].as_deref(), Some("Veltra"), "the paragraph's topic");
    let a = run(
        "[[Orbitex]] will buy chips.\n\nThe [[Veltra|place]]-based group will spend \
         {{$2bn}} there.",
    );
    assert_eq!(a[0].as_deref(), Some("Orbitex"), "through the description");
    let a = run("Several [[Veltra|place]]-listed rivals raised {{$2bn}} last year.");
    assert_eq!(a[0], None, "a place's listing owns nothing");
}

#[test]
fn a_description_leading_the_sentence_before_names_its_apposition() {
    for src in [
        "[[Bundesamt|institution]] financera un supercalculateur. La machine, \
         baptisée [[Stellar|project]], doit atteindre un exaflop. Son coût est estimé à \
         {{500 millions d'euros}}.",
        "[[Bundesamt|institution]] will fund a supercomputer. The machine, \
         [[Stellar|project]], should reach one exaflop. Its cost is put at {{$500m}}.",
    ] {
        assert_eq!(run(src)[0].as_deref(), Some("Stellar"), "{src}");
    }
}

#[test]
fn a_head_noun_with_its_article_elided_introduces_the_name() {
    let a = run(
        "L'opérateur [[Data4]] a posé la première pierre. [[Toulouse Métropole]] met la main \
         à la poche.\n\nÉlus et représentants étaient venus voir le futur campus de [[Data4]]. \
         L'opérateur de centres de données, propriété du fonds [[Brookfield]], y investira \
         {{1,2 milliard d'euros}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Data4"));
}

#[test]
fn a_head_noun_names_a_body_whose_own_head_it_is() {
    // "the utility" is no "… Utility Regulatory Commission": that one's head is "Commission".
    let a = run(
        "Filings with the [[Indiana Utility Regulatory Commission|institution]] describe a \
         customer. The utility will spend {{$410 million}} on a substation.",
    );
    assert_eq!(a[0], None);
    let a = run(
        "The loan came from [[Saudi National Bank]]. The bank will also lend {{$800 million}}.",
    );
    assert_eq!(a[0].as_deref(), Some("Saudi National Bank"));
}
