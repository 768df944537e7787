//! The reranker's weights, one per feature (see [`super::features::name`]), learned by
//! `examples/rank_train.rs` from the annotated articles in `tests/` (2086 figures).
//! Generated: do not edit by hand.

use super::features::Features;

/// The weights.
#[rustfmt::skip]
pub const W: &[f32] = &[
    0.220557, // bias
    1.848067, // pick
    -1.241430, // pick_none
    0.063375, // kind_person
    0.452236, // kind_company
    -0.689392, // kind_place
    -0.052296, // kind_institution
    0.105706, // kind_project
    0.340929, // kind_product
    0.148490, // kind_person_money
    -0.421165, // kind_person_chips
    0.336049, // kind_person_power
    0.000000, // kind_person_flops
    0.362870, // kind_company_money
    0.409052, // kind_company_chips
    0.021359, // kind_company_power
    -0.341046, // kind_company_flops
    -0.146643, // kind_place_money
    0.024109, // kind_place_chips
    -0.200155, // kind_place_power
    -0.366703, // kind_place_flops
    -0.218941, // kind_institution_money
    -0.221195, // kind_institution_chips
    -0.585258, // kind_institution_power
    0.973097, // kind_institution_flops
    -0.192413, // kind_project_money
    -0.059645, // kind_project_chips
    -0.087472, // kind_project_power
    0.445236, // kind_project_flops
    0.026325, // kind_product_money
    0.401514, // kind_product_chips
    0.177649, // kind_product_power
    -0.264559, // kind_product_flops
    -0.085115, // role_none_person
    0.089366, // role_none_company
    -0.542749, // role_none_place
    0.166645, // role_none_institution
    0.298119, // role_none_project
    0.314604, // role_none_product
    -0.305851, // role_spend_person
    -0.319523, // role_spend_company
    0.375241, // role_spend_place
    0.162956, // role_spend_institution
    0.176723, // role_spend_project
    0.122512, // role_spend_product
    0.451901, // role_funding_person
    0.050808, // role_funding_company
    0.120508, // role_funding_place
    -0.142524, // role_funding_institution
    -0.016182, // role_funding_project
    -0.017615, // role_funding_product
    0.100104, // role_valuation_person
    0.325145, // role_valuation_company
    -0.440561, // role_valuation_place
    -0.301824, // role_valuation_institution
    -0.230579, // role_valuation_project
    0.258611, // role_valuation_product
    0.168755, // role_revenue_person
    0.995238, // role_revenue_company
    -0.348627, // role_revenue_place
    -0.491718, // role_revenue_institution
    -0.259998, // role_revenue_project
    -0.259106, // role_revenue_product
    -0.266418, // role_other_person
    -0.688797, // role_other_company
    0.146796, // role_other_place
    0.554169, // role_other_institution
    0.137622, // role_other_project
    -0.078076, // role_other_product
    0.437992, // in_sentence
    0.434135, // in_paragraph
    -0.651570, // elsewhere
    0.222891, // before
    -0.002334, // after
    0.238595, // distance_before_0
    0.148758, // distance_before_1
    0.223424, // distance_before_2
    0.329942, // distance_before_3
    0.182186, // distance_before_4
    -0.024509, // distance_before_5
    0.000000, // distance_before_6
    0.555050, // distance_after_0
    0.153976, // distance_after_1
    -0.075513, // distance_after_2
    -0.531047, // distance_after_3
    -0.762870, // distance_after_4
    0.000000, // distance_after_5
    0.000000, // distance_after_6
    -0.039473, // names_between
    0.189060, // commas_between
    0.157188, // bracket_between
    -0.152244, // first_in_sentence
    0.099604, // preposition_before
    -0.300338, // agent_before
    -0.396850, // locative_before
    -0.189576, // from_before
    0.363682, // for_before
    -0.406249, // source_before
    0.179684, // said_after
    0.362847, // verb_after
    0.674603, // frequency
    0.359966, // most_named
    0.373103, // in_title
    0.196896, // owns_linked
    0.571984, // reference_to_previous_first
    0.110566, // reference_to_most_named
    0.231723, // previous_sentence_first
    -0.270783, // known_name
    -0.222236, // one_word
    0.340147, // possessive
    0.348034, // opens_sentence
    0.039556, // in_previous_sentence
    -0.078134, // paragraph_first
    0.561366, // same_clause
    0.284149, // verb_between
    0.127435, // words_between_0
    0.232205, // words_between_1
    0.120208, // words_between_2
    -0.041857, // words_between_3
    0.359307, // reference_resolved_by_rules
    -0.237813, // figure_between
    -0.139722, // followed_by_another_figure
    -0.220557, // null
    2.241430, // null_pick
    0.020312, // null_money
    -0.132671, // null_chips
    0.337828, // null_power
    -0.446026, // null_flops
    -0.240869, // null_role_none
    -0.212056, // null_role_spend
    -0.446896, // null_role_funding
    0.289104, // null_role_valuation
    0.195456, // null_role_revenue
    0.194704, // null_role_other
    -0.640389, // null_named_0
    0.267711, // null_named_1
    0.332701, // null_named_2
    -0.180581, // null_named_3
    1.805521, // null_cue
    0.399797, // null_linked_unowned
];

/// A row's score.
pub fn score(x: &Features) -> f32 {
    x.iter()
        .map(|&(i, v)| W.get(i as usize).copied().unwrap_or(0.0) * v)
        .sum()
}
