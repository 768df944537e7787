//! The reranker's weights, one per feature (see [`super::features::name`]), learned by
//! `examples/rank_train.rs` from the annotated articles in `tests/` (2406 figures).
//! Generated: do not edit by hand.

use super::features::Features;

/// The weights.
#[rustfmt::skip]
pub const W: &[f32] = &[
    0.168882, // bias
    1.907647, // pick
    -1.181812, // pick_none
    0.108357, // kind_person
    0.447654, // kind_company
    -0.806840, // kind_place
    -0.055234, // kind_institution
    0.175455, // kind_project
    0.299492, // kind_product
    0.168552, // kind_person_money
    -0.343080, // kind_person_chips
    0.282885, // kind_person_power
    0.000000, // kind_person_flops
    0.272058, // kind_company_money
    0.448848, // kind_company_chips
    0.043810, // kind_company_power
    -0.317062, // kind_company_flops
    -0.217983, // kind_place_money
    -0.054307, // kind_place_chips
    -0.160597, // kind_place_power
    -0.373954, // kind_place_flops
    -0.157849, // kind_institution_money
    -0.260182, // kind_institution_chips
    -0.596051, // kind_institution_power
    0.958848, // kind_institution_flops
    -0.151352, // kind_project_money
    -0.012404, // kind_project_chips
    -0.145005, // kind_project_power
    0.484215, // kind_project_flops
    0.044724, // kind_product_money
    0.262991, // kind_product_chips
    0.169359, // kind_product_power
    -0.177582, // kind_product_flops
    -0.060196, // role_none_person
    0.175596, // role_none_company
    -0.588858, // role_none_place
    0.102615, // role_none_institution
    0.326807, // role_none_project
    0.254767, // role_none_product
    -0.344715, // role_spend_person
    -0.297071, // role_spend_company
    0.397103, // role_spend_place
    0.261448, // role_spend_institution
    0.313731, // role_spend_project
    0.122706, // role_spend_product
    0.524878, // role_funding_person
    0.180494, // role_funding_company
    0.086581, // role_funding_place
    -0.095698, // role_funding_institution
    -0.096990, // role_funding_project
    -0.096548, // role_funding_product
    0.295747, // role_valuation_person
    0.071960, // role_valuation_company
    -0.589145, // role_valuation_place
    -0.305551, // role_valuation_institution
    -0.271782, // role_valuation_project
    0.372705, // role_valuation_product
    0.104068, // role_revenue_person
    0.972227, // role_revenue_company
    -0.163658, // role_revenue_place
    -0.467490, // role_revenue_institution
    -0.243145, // role_revenue_project
    -0.246774, // role_revenue_product
    -0.411426, // role_other_person
    -0.655552, // role_other_company
    0.051137, // role_other_place
    0.449441, // role_other_institution
    0.146835, // role_other_project
    -0.107364, // role_other_product
    0.701231, // in_sentence
    0.252711, // in_paragraph
    -0.785060, // elsewhere
    0.127689, // before
    0.041194, // after
    0.466227, // distance_before_0
    0.422064, // distance_before_1
    0.217726, // distance_before_2
    0.283942, // distance_before_3
    0.185606, // distance_before_4
    -0.019909, // distance_before_5
    0.000000, // distance_before_6
    0.764041, // distance_after_0
    0.288558, // distance_after_1
    -0.180593, // distance_after_2
    -0.865567, // distance_after_3
    -0.860862, // distance_after_4
    0.000000, // distance_after_5
    0.000000, // distance_after_6
    -0.000279, // names_between
    -0.094725, // first_in_sentence
    0.156826, // preposition_before
    -0.346246, // agent_before
    -0.392084, // locative_before
    -0.251326, // from_before
    0.269846, // for_before
    -0.668630, // source_before
    0.209822, // said_after
    0.463099, // verb_after
    0.733425, // frequency
    0.384888, // most_named
    0.375994, // in_title
    0.244797, // owns_linked
    0.598577, // reference_to_previous_first
    0.105698, // reference_to_most_named
    0.110928, // previous_sentence_first
    -0.283880, // known_name
    -0.181490, // one_word
    0.490273, // possessive
    0.454588, // opens_sentence
    0.180280, // in_previous_sentence
    0.021893, // paragraph_first
    0.400221, // reference_resolved_by_rules
    -0.313942, // figure_between
    -0.131856, // followed_by_another_figure
    -0.168882, // null
    2.181812, // null_pick
    0.041849, // null_money
    -0.041866, // null_chips
    0.405600, // null_power
    -0.574465, // null_flops
    -0.210731, // null_role_none
    -0.453202, // null_role_spend
    -0.502717, // null_role_funding
    0.426065, // null_role_valuation
    0.044773, // null_role_revenue
    0.526929, // null_role_other
    -0.830464, // null_named_0
    0.566286, // null_named_1
    0.302780, // null_named_2
    -0.207485, // null_named_3
    0.234592, // null_linked_unowned
];

/// A row's score.
pub fn score(x: &Features) -> f32 {
    x.iter()
        .map(|&(i, v)| W.get(i as usize).copied().unwrap_or(0.0) * v)
        .sum()
}
