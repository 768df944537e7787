//! The reranker's weights, one per feature (see [`super::features::name`]), learned by
//! `examples/rank_train.rs` from the annotated articles in `tests/` (2406 figures).
//! Generated: do not edit by hand.

use super::features::Features;

/// The weights.
#[rustfmt::skip]
pub const W: &[f32] = &[
    0.191567, // bias
    1.936267, // pick
    -1.135868, // pick_none
    0.161592, // kind_person
    0.412840, // kind_company
    -0.696160, // kind_place
    -0.131053, // kind_institution
    0.179932, // kind_project
    0.264416, // kind_product
    0.187441, // kind_person_money
    -0.316758, // kind_person_chips
    0.290909, // kind_person_power
    0.000000, // kind_person_flops
    0.313663, // kind_company_money
    0.453385, // kind_company_chips
    -0.036459, // kind_company_power
    -0.317750, // kind_company_flops
    -0.139585, // kind_place_money
    -0.071405, // kind_place_chips
    -0.177979, // kind_place_power
    -0.307191, // kind_place_flops
    -0.215677, // kind_institution_money
    -0.275902, // kind_institution_chips
    -0.594002, // kind_institution_power
    0.954529, // kind_institution_flops
    -0.164924, // kind_project_money
    -0.010276, // kind_project_chips
    -0.113755, // kind_project_power
    0.468887, // kind_project_flops
    0.023564, // kind_product_money
    0.265480, // kind_product_chips
    0.181123, // kind_product_power
    -0.205751, // kind_product_flops
    -0.025849, // role_none_person
    0.099176, // role_none_company
    -0.556575, // role_none_place
    0.084624, // role_none_institution
    0.344857, // role_none_project
    0.240852, // role_none_product
    -0.263737, // role_spend_person
    -0.290598, // role_spend_company
    0.337752, // role_spend_place
    0.257194, // role_spend_institution
    0.346736, // role_spend_project
    0.087913, // role_spend_product
    0.511282, // role_funding_person
    0.185446, // role_funding_company
    0.030017, // role_funding_place
    -0.062693, // role_funding_institution
    -0.100037, // role_funding_project
    -0.083555, // role_funding_product
    0.303252, // role_valuation_person
    0.056474, // role_valuation_company
    -0.376553, // role_valuation_place
    -0.458216, // role_valuation_institution
    -0.291660, // role_valuation_project
    0.363122, // role_valuation_product
    0.112376, // role_revenue_person
    1.020953, // role_revenue_company
    -0.268591, // role_revenue_place
    -0.444831, // role_revenue_institution
    -0.253040, // role_revenue_project
    -0.237939, // role_revenue_product
    -0.475732, // role_other_person
    -0.658611, // role_other_company
    0.137790, // role_other_place
    0.492868, // role_other_institution
    0.133077, // role_other_project
    -0.105978, // role_other_product
    0.724504, // in_sentence
    0.271877, // in_paragraph
    -0.804813, // elsewhere
    0.163522, // before
    0.028045, // after
    0.407817, // distance_before_0
    0.379475, // distance_before_1
    0.240651, // distance_before_2
    0.284149, // distance_before_3
    0.167006, // distance_before_4
    -0.018924, // distance_before_5
    0.000000, // distance_before_6
    0.756201, // distance_after_0
    0.349245, // distance_after_1
    -0.185975, // distance_after_2
    -0.809281, // distance_after_3
    -0.845861, // distance_after_4
    0.000000, // distance_after_5
    0.000000, // distance_after_6
    -0.026998, // names_between
    -0.095776, // first_in_sentence
    0.157306, // preposition_before
    -0.360075, // agent_before
    -0.422135, // locative_before
    -0.205049, // from_before
    0.347866, // for_before
    -0.677616, // source_before
    0.237436, // said_after
    0.429489, // verb_after
    0.959581, // frequency
    0.195564, // most_named
    0.256375, // owns_linked
    0.636093, // reference_to_previous_first
    0.075251, // reference_to_most_named
    0.068833, // previous_sentence_first
    -0.264385, // known_name
    -0.171494, // one_word
    0.450544, // possessive
    0.445033, // opens_sentence
    0.110816, // in_previous_sentence
    0.052217, // paragraph_first
    0.415983, // reference_resolved_by_rules
    -0.281919, // figure_between
    -0.144473, // followed_by_another_figure
    -0.191567, // null
    2.135868, // null_pick
    -0.004482, // null_money
    -0.044523, // null_chips
    0.450163, // null_power
    -0.592725, // null_flops
    -0.187085, // null_role_none
    -0.475260, // null_role_spend
    -0.480461, // null_role_funding
    0.403580, // null_role_valuation
    0.071072, // null_role_revenue
    0.476587, // null_role_other
    -0.894866, // null_named_0
    0.598644, // null_named_1
    0.315083, // null_named_2
    -0.210428, // null_named_3
    0.250374, // null_linked_unowned
];

/// A row's score.
pub fn score(x: &Features) -> f32 {
    x.iter()
        .map(|&(i, v)| W.get(i as usize).copied().unwrap_or(0.0) * v)
        .sum()
}
