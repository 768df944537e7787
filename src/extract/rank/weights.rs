//! The reranker's weights, one per feature (see [`super::layout::name`]), learned by
//! `examples/rank_train.rs` from the annotated articles in `tests/` (2406 figures).
//! Generated: do not edit by hand.

/// The weights.
#[rustfmt::skip]
pub const W: &[f32] = &[
    0.198856, // bias
    1.934076, // pick
    -1.134468, // pick_none
    0.098129, // kind_person
    0.418344, // kind_company
    -0.677945, // kind_place
    -0.117726, // kind_institution
    0.192189, // kind_project
    0.285864, // kind_product
    0.164887, // kind_person_money
    -0.318131, // kind_person_chips
    0.341445, // kind_person_power
    -0.090072, // kind_person_flops
    0.311979, // kind_company_money
    0.445901, // kind_company_chips
    -0.043128, // kind_company_power
    -0.296408, // kind_company_flops
    -0.126121, // kind_place_money
    -0.066423, // kind_place_chips
    -0.189977, // kind_place_power
    -0.295425, // kind_place_flops
    -0.213390, // kind_institution_money
    -0.263047, // kind_institution_chips
    -0.604181, // kind_institution_power
    0.962893, // kind_institution_flops
    -0.161314, // kind_project_money
    -0.008390, // kind_project_chips
    -0.122622, // kind_project_power
    0.484514, // kind_project_flops
    0.032669, // kind_product_money
    0.257230, // kind_product_chips
    0.176314, // kind_product_power
    -0.180349, // kind_product_flops
    -0.066758, // role_none_person
    0.106366, // role_none_company
    -0.551824, // role_none_place
    0.095664, // role_none_institution
    0.353503, // role_none_project
    0.253195, // role_none_product
    -0.225280, // role_spend_person
    -0.291448, // role_spend_company
    0.311725, // role_spend_place
    0.246217, // role_spend_institution
    0.337964, // role_spend_project
    0.102998, // role_spend_product
    0.537040, // role_funding_person
    0.186893, // role_funding_company
    0.008944, // role_funding_place
    -0.067263, // role_funding_institution
    -0.096653, // role_funding_project
    -0.085270, // role_funding_product
    0.326051, // role_valuation_person
    0.036252, // role_valuation_company
    -0.385489, // role_valuation_place
    -0.442385, // role_valuation_institution
    -0.294761, // role_valuation_project
    0.359642, // role_valuation_product
    0.077892, // role_revenue_person
    1.039676, // role_revenue_company
    -0.262583, // role_revenue_place
    -0.445414, // role_revenue_institution
    -0.250116, // role_revenue_project
    -0.236272, // role_revenue_product
    -0.550816, // role_other_person
    -0.659395, // role_other_company
    0.201282, // role_other_place
    0.495454, // role_other_institution
    0.142253, // role_other_project
    -0.108429, // role_other_product
    0.710525, // in_sentence
    0.273745, // in_paragraph
    -0.785415, // elsewhere
    0.162439, // before
    0.036417, // after
    0.421974, // distance_before_0
    0.389392, // distance_before_1
    0.253083, // distance_before_2
    0.283532, // distance_before_3
    0.175724, // distance_before_4
    -0.019545, // distance_before_5
    0.000000, // distance_before_6
    0.735686, // distance_after_0
    0.335309, // distance_after_1
    -0.190361, // distance_after_2
    -0.822206, // distance_after_3
    -0.852063, // distance_after_4
    0.000000, // distance_after_5
    0.000000, // distance_after_6
    -0.024392, // names_between
    -0.089078, // first_in_sentence
    0.163947, // preposition_before
    -0.361855, // agent_before
    -0.433946, // locative_before
    -0.210300, // from_before
    0.302394, // for_before
    -0.662485, // source_before
    0.227422, // said_after
    0.440429, // verb_after
    0.851187, // frequency
    0.251609, // most_named
    0.254401, // owns_linked
    0.639391, // reference_to_previous_first
    0.069948, // reference_to_most_named
    0.067628, // previous_sentence_first
    -0.262915, // known_name
    -0.148246, // one_word
    0.463177, // possessive
    0.452283, // opens_sentence
    0.099799, // in_previous_sentence
    0.039664, // paragraph_first
    0.426688, // reference_resolved_by_rules
    -0.279672, // figure_between
    -0.143147, // followed_by_another_figure
    -0.198856, // null
    2.134468, // null_pick
    -0.008710, // null_money
    -0.047141, // null_chips
    0.442148, // null_power
    -0.585153, // null_flops
    -0.190145, // null_role_none
    -0.482176, // null_role_spend
    -0.483692, // null_role_funding
    0.400691, // null_role_valuation
    0.076816, // null_role_revenue
    0.479651, // null_role_other
    -0.885508, // null_named_0
    0.592585, // null_named_1
    0.310138, // null_named_2
    -0.216070, // null_named_3
    0.244911, // null_linked_unowned
];

/// A row's score.
pub fn score(x: &[(u16, f32)]) -> f32 {
    x.iter()
        .map(|&(i, v)| W.get(i as usize).copied().unwrap_or(0.0) * v)
        .sum()
}
