//! The reranker's weights, one per feature (see [`super::features::name`]), learned by
//! `examples/rank_train.rs` from the annotated articles in `tests/` (2086 figures).
//! Generated: do not edit by hand.

use super::features::Features;

/// The weights.
#[rustfmt::skip]
pub const W: &[f32] = &[
    0.196265, // bias
    1.869862, // pick
    -1.245351, // pick_none
    0.044130, // kind_person
    0.440950, // kind_company
    -0.687318, // kind_place
    -0.056040, // kind_institution
    0.109989, // kind_project
    0.344554, // kind_product
    0.103954, // kind_person_money
    -0.422110, // kind_person_chips
    0.362286, // kind_person_power
    0.000000, // kind_person_flops
    0.346582, // kind_company_money
    0.436678, // kind_company_chips
    0.029529, // kind_company_power
    -0.371840, // kind_company_flops
    -0.155896, // kind_place_money
    0.024173, // kind_place_chips
    -0.203758, // kind_place_power
    -0.351837, // kind_place_flops
    -0.222911, // kind_institution_money
    -0.192747, // kind_institution_chips
    -0.598800, // kind_institution_power
    0.958419, // kind_institution_flops
    -0.190267, // kind_project_money
    -0.063990, // kind_project_chips
    -0.087369, // kind_project_power
    0.451615, // kind_project_flops
    0.010049, // kind_product_money
    0.376391, // kind_product_chips
    0.191063, // kind_product_power
    -0.232950, // kind_product_flops
    -0.059824, // role_none_person
    0.094368, // role_none_company
    -0.531422, // role_none_place
    0.166871, // role_none_institution
    0.300256, // role_none_project
    0.334505, // role_none_product
    -0.199000, // role_spend_person
    -0.315508, // role_spend_company
    0.402056, // role_spend_place
    0.164818, // role_spend_institution
    0.196058, // role_spend_project
    0.127151, // role_spend_product
    0.438186, // role_funding_person
    0.099770, // role_funding_company
    0.168679, // role_funding_place
    -0.115120, // role_funding_institution
    0.006793, // role_funding_project
    -0.008602, // role_funding_product
    0.017804, // role_valuation_person
    0.295266, // role_valuation_company
    -0.491565, // role_valuation_place
    -0.326910, // role_valuation_institution
    -0.240387, // role_valuation_project
    0.272815, // role_valuation_product
    0.184294, // role_revenue_person
    0.999888, // role_revenue_company
    -0.357571, // role_revenue_place
    -0.484900, // role_revenue_institution
    -0.265388, // role_revenue_project
    -0.280242, // role_revenue_product
    -0.337330, // role_other_person
    -0.732834, // role_other_company
    0.122504, // role_other_place
    0.539202, // role_other_institution
    0.112657, // role_other_project
    -0.101072, // role_other_product
    0.748008, // in_sentence
    0.241796, // in_paragraph
    -0.793540, // elsewhere
    0.190289, // before
    0.005976, // after
    0.408439, // distance_before_0
    0.326953, // distance_before_1
    0.229008, // distance_before_2
    0.356357, // distance_before_3
    0.293954, // distance_before_4
    -0.022048, // distance_before_5
    0.000000, // distance_before_6
    0.740156, // distance_after_0
    0.313104, // distance_after_1
    -0.206574, // distance_after_2
    -0.800140, // distance_after_3
    -0.891201, // distance_after_4
    0.000000, // distance_after_5
    0.000000, // distance_after_6
    -0.055587, // names_between
    -0.109647, // first_in_sentence
    0.091389, // preposition_before
    -0.284756, // agent_before
    -0.407981, // locative_before
    -0.181336, // from_before
    0.349054, // for_before
    -0.436197, // source_before
    0.222512, // said_after
    0.461688, // verb_after
    0.684849, // frequency
    0.348069, // most_named
    0.355073, // in_title
    0.187805, // owns_linked
    0.553145, // reference_to_previous_first
    0.128563, // reference_to_most_named
    0.167257, // previous_sentence_first
    -0.278071, // known_name
    -0.220683, // one_word
    0.329077, // possessive
    0.459271, // opens_sentence
    0.065510, // in_previous_sentence
    0.010085, // paragraph_first
    0.363700, // reference_resolved_by_rules
    -0.309740, // figure_between
    -0.195941, // followed_by_another_figure
    -0.196265, // null
    2.245351, // null_pick
    0.108489, // null_money
    -0.158395, // null_chips
    0.307049, // null_power
    -0.453407, // null_flops
    -0.304753, // null_role_none
    -0.375574, // null_role_spend
    -0.589706, // null_role_funding
    0.472977, // null_role_valuation
    0.203919, // null_role_revenue
    0.396873, // null_role_other
    -0.757936, // null_named_0
    0.400827, // null_named_1
    0.327275, // null_named_2
    -0.166431, // null_named_3
    0.347912, // null_linked_unowned
];

/// A row's score.
pub fn score(x: &Features) -> f32 {
    x.iter()
        .map(|&(i, v)| W.get(i as usize).copied().unwrap_or(0.0) * v)
        .sum()
}
