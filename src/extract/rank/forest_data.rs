//! The reranker's trees (see [`super::forest`]), learned by `examples/rank_train`
//! (`--forest`) from the annotated articles in `tests/` (13767 figures) on top of the
//! committed weights. Generated: do not edit by hand.

use super::tree::Tree;

/// The trees, each complete (see [`Tree`]).
#[rustfmt::skip]
pub const TREES: &[Tree] = &[
    // pick, known_name, known_name, read_as_source, kind_institution_money, kind_institution, kind_company_money
    Tree { feature: [1, 104, 104, 113, 21, 6, 13], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.027913, -0.099579, -0.022342, 0.069522, -0.045636, -0.122231, -0.021024, 0.025393] },
    // pick, known_name, known_name, read_as_source, kind_institution, paragraph_first, kind_company_money
    Tree { feature: [1, 104, 104, 113, 6, 109, 13], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.023655, -0.096188, -0.022544, 0.051548, -0.029145, -0.067722, -0.017546, 0.02371] },
    // pick, role_none_product, known_name, owns_linked, most_named, kind_institution, kind_company_money
    Tree { feature: [1, 38, 104, 100, 99, 6, 13], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.008331, 0.085493, 0.390436, -0.104881, -0.031419, -0.099191, -0.014647, 0.021944] },
    // pick, known_name, known_name, read_as_source, in_sentence, kind_company, frequency
    Tree { feature: [1, 104, 104, 113, 69, 4, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.75], leaf: [0.018045, -0.093196, -0.031171, 0.026537, -0.06124, -0.021583, 0.007113, -0.036181] },
    // pick, owns_linked, frequency, role_none_product, elsewhere, frequency, in_sentence
    Tree { feature: [1, 100, 98, 38, 71, 98, 69], threshold: [0.0, 0.0, 0.8333333, 0.0, 0.0, 0.36363637, 0.0], leaf: [0.005377, 0.154771, 0.018445, 0.158845, -0.025556, 0.012289, -0.012182, -0.087584] },
    // pick, known_name, known_name, read_as_source, kind_company, kind_institution, kind_company_flops
    Tree { feature: [1, 104, 104, 113, 4, 6, 16], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.014164, -0.090252, 0.013972, -0.037731, -0.019401, -0.07755, 0.003991, -0.148583] },
    // paragraph_first, in_sentence, most_named, known_name, owns_linked, frequency, opens_sentence
    Tree { feature: [109, 69, 99, 104, 100, 98, 107], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.36363637, 0.0], leaf: [0.006461, -0.029361, 0.022831, -0.035323, -0.02871, 0.013376, -0.03157, -0.116048] },
    // pick, owns_linked, kind_company_money, in_sentence, elsewhere, most_named, frequency
    Tree { feature: [1, 100, 13, 69, 71, 99, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.36363637], leaf: [-0.002041, 0.021766, 0.017629, 0.131324, -0.01256, -0.086459, -0.02256, 0.019156] },
    // frequency, pick_none, opens_sentence, pick, frequency, frequency, most_named
    Tree { feature: [98, 2, 107, 1, 98, 98, 99], threshold: [0.875, 0.0, 0.0, 0.0, 0.41666666, 0.9166667, 0.0], leaf: [0.015388, -0.004816, -0.060615, -0.008451, -0.139596, -0.007931, 0.003758, -0.09559] },
    // read_as_source, frequency, pick_none, frequency, kind_company_money, names_between, first_in_sentence
    Tree { feature: [113, 98, 2, 98, 13, 88, 89], threshold: [0.0, 0.875, 0.0, 0.46153846, 0.0, 0.0, 0.0], leaf: [-0.000577, 0.017593, -0.023509, 0.001081, 0.006152, -0.092905, -0.045121, -0.107757] },
    // paragraph_first, in_sentence, owns_linked, known_name, names_between, most_named, frequency
    Tree { feature: [109, 69, 100, 104, 88, 99, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.44444445], leaf: [0.004907, -0.026877, 0.025828, -0.003078, -0.000836, -0.034539, -0.096701, -0.022848] },
    // read_as_source, pick, pick_none, for_before, owns_linked, names_between, first_in_sentence
    Tree { feature: [113, 1, 2, 94, 100, 88, 89], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.004359, 0.122576, -0.003775, -0.031375, 0.0044, -0.089678, -0.043919, -0.106221] },
    // read_as_source, distance_after_1, pick_none, frequency, read_as_partner, names_between, first_in_sentence
    Tree { feature: [113, 82, 2, 98, 115, 88, 89], threshold: [0.0, 0.0, 0.0, 0.875, 0.0, 0.0, 0.0], leaf: [0.003124, -0.009039, 0.052201, -0.057844, 0.003594, -0.086721, -0.04155, -0.104771] },
    // read_as_source, pick, pick_none, in_sentence, known_name, before, frequency
    Tree { feature: [113, 1, 2, 69, 104, 72, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.44444445], leaf: [-0.001008, 0.020613, -0.015834, 0.006304, 0.025796, -0.066468, -0.102262, -0.04448] },
    // read_as_source, distance_after_1, pick_none, null_power, read_as_partner, names_between, frequency
    Tree { feature: [113, 82, 2, 124, 115, 88, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.41666666], leaf: [-0.001315, 0.025972, 0.04463, -0.055975, 0.005636, -0.082827, -0.101057, -0.044438] },
    // paragraph_first, in_sentence, reference_to_previous_first, known_name, names_between, names_between, kind_company
    Tree { feature: [109, 69, 101, 104, 88, 88, 4], threshold: [0.0, 0.0, 0.0, 0.0, 1.0, 2.0, 0.0], leaf: [0.004017, -0.024659, 0.017816, -0.018792, -0.015611, 0.040534, -0.02631, 0.058701] },
    // read_as_source, frequency, first_in_sentence, frequency, frequency, one_word, pick_none
    Tree { feature: [113, 98, 89, 98, 98, 105, 2], threshold: [0.0, 0.875, 0.0, 0.46153846, 0.9166667, 0.0, 0.0], leaf: [-0.002205, 0.015744, -0.123329, -0.006115, -0.040004, -0.000859, -0.041987, -0.101277] },
    // read_as_speaker, pick, one_word, owns_linked, kind_company_money, -, -
    Tree { feature: [116, 1, 105, 100, 13, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.001876, 0.056761, -0.016036, 0.004832, -0.112726, -0.112726, -0.038326, -0.038326] },
    // read_as_source, distance_after_1, pick_none, null_flops, read_as_partner, before, frequency
    Tree { feature: [113, 82, 2, 125, 115, 72, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.3846154], leaf: [-5.2e-5, -0.061291, 0.038559, -0.053502, 0.027629, -0.060134, -0.098581, -0.042716] },
    // read_as_speaker, frequency, opens_sentence, role_none_product, frequency, -, -
    Tree { feature: [116, 98, 107, 38, 98, 0, 0], threshold: [0.0, 0.875, 0.0, 0.0, 0.9166667, f32::INFINITY, f32::INFINITY], leaf: [0.002433, 0.104543, -0.11548, -0.005689, -0.055262, -0.055262, -0.128793, -0.128793] },
    // read_as_source, null_role_revenue, pick_none, pick, null_named_1, names_between, known_name
    Tree { feature: [113, 130, 2, 1, 133, 88, 104], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.003832, -0.005794, -0.064656, -0.026061, 0.009391, -0.07712, -0.098833, -0.043915] },
    // role_valuation_institution, read_as_speaker, in_sentence, null_flops, frequency, -, -
    Tree { feature: [54, 116, 69, 125, 98, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.5, f32::INFINITY, f32::INFINITY], leaf: [0.000736, -0.057733, -0.10679, -0.034859, -0.033619, -0.033619, -0.106147, -0.106147] },
    // read_as_source, frequency, first_in_sentence, frequency, kind_company_money, one_word, pick_none
    Tree { feature: [113, 98, 89, 98, 13, 105, 2], threshold: [0.0, 0.875, 0.0, 0.46153846, 0.0, 0.0, 0.0], leaf: [-0.002125, 0.01368, -0.017567, 0.003642, -0.032764, 0.004725, -0.034983, -0.098181] },
    // role_valuation_institution, null_role_revenue, frequency, paragraph_first, null_named_1, -, -
    Tree { feature: [54, 130, 98, 109, 133, 0, 0], threshold: [0.0, 0.0, 0.36363637, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.002688, -0.007118, -0.061164, -0.024012, -0.04017, -0.04017, -0.112203, -0.112203] },
    // read_as_speaker, distance_after_1, frequency, reference_to_previous_first, read_as_partner, -, -
    Tree { feature: [116, 82, 98, 101, 115, 0, 0], threshold: [0.0, 0.0, 0.5, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [-0.000987, 0.027093, 0.03314, -0.050967, -0.104445, -0.104445, -0.031402, -0.031402] },
    // read_as_partner, distance_after_1, kind_institution, role_none_product, preposition_before, role_spend_company, -
    Tree { feature: [115, 82, 6, 38, 90, 40, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-0.000432, 0.049462, 0.001674, 0.060938, -0.052291, 0.00949, 0.072754, 0.072754] },
    // read_as_source, null_flops, figure_between, frequency, null_named_2, before, -
    Tree { feature: [113, 125, 111, 98, 134, 72, 0], threshold: [0.0, 0.0, 0.0, 0.875, 0.0, 0.0, f32::INFINITY], leaf: [0.003051, -0.005615, -0.067878, -0.007949, -0.024037, -0.086835, 0.001063, 0.001063] },
    // role_valuation_institution, null_chips, frequency, pick, null_named_0, -, -
    Tree { feature: [54, 123, 98, 1, 132, 0, 0], threshold: [0.0, 0.0, 0.36363637, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.003337, -0.004824, -0.055614, 0.053947, -0.038208, -0.038208, -0.108111, -0.108111] },
    // null_role_revenue, read_as_speaker, null_named_1, one_word, frequency, null_pick, -
    Tree { feature: [130, 116, 133, 105, 98, 121, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.5, 0.0, f32::INFINITY], leaf: [0.004297, -0.003332, -0.102394, -0.028571, -0.042664, -0.086922, -0.022999, -0.022999] },
    // distance_before_1, read_as_partner, main_company, distance_after_1, pick, verb_after, known_name
    Tree { feature: [75, 115, 117, 82, 1, 97, 104], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.001056, 0.025193, -0.021512, -0.104078, 0.007978, 0.049448, -0.082983, 0.023342] },
    // null_flops, read_as_source, null_named_2, role_valuation_institution, pick_none, -, -
    Tree { feature: [125, 113, 134, 54, 2, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.000675, -0.070477, -0.018567, -0.078843, -0.064532, -0.064532, -0.007983, -0.007983] },
    // read_as_speaker, null_role_revenue, frequency, pick, null_named_1, -, -
    Tree { feature: [116, 130, 98, 1, 133, 0, 0], threshold: [0.0, 0.0, 0.5, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.002877, -0.00464, -0.055159, -0.021401, -0.100331, -0.100331, -0.026167, -0.026167] },
    // null_chips, elsewhere, null_named_0, most_named, main_company, null_named_3, null_pick
    Tree { feature: [123, 71, 132, 99, 117, 135, 121], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.006062, -0.016459, -0.014018, 0.014996, -0.058471, -0.031149, 0.094319, -0.009277] },
    // distance_after_3, after, main_company, one_word, names_between, read_as_location, -
    Tree { feature: [84, 73, 117, 105, 88, 114, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.004096, -0.006328, 0.017275, -0.036014, -0.047422, 0.095458, 0.08105, 0.08105] },
    // null_flops, paragraph_first, null_named_2, in_sentence, role_valuation_company, -, -
    Tree { feature: [125, 109, 134, 69, 52, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [-0.002187, 0.011337, -0.008856, 0.044155, -0.061815, -0.061815, -0.008577, -0.008577] },
    // reference_to_previous_first, paragraph_first, role_spend_institution, in_sentence, names_between, frequency, -
    Tree { feature: [101, 109, 42, 69, 88, 98, 0], threshold: [0.0, 0.0, 0.0, 0.0, 2.0, 0.22222222, f32::INFINITY], leaf: [-0.002408, 0.010215, -0.010593, 0.03922, -0.028392, 0.044621, -0.070907, -0.070907] },
    // read_as_partner, kind_product_chips, distance_before_1, null_role_revenue, one_word, pick, frequency
    Tree { feature: [115, 30, 75, 130, 105, 1, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.18181819], leaf: [0.000617, -0.042489, -0.015635, 0.169778, -0.021336, -0.093918, 0.088365, -0.000848] },
    // read_as_source, distance_after_4, known_name, distance_after_3, preposition_before, one_word, -
    Tree { feature: [113, 85, 104, 84, 90, 105, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.000904, -0.024313, -0.073709, -0.002655, -0.092066, -0.027208, -0.002432, -0.002432] },
    // role_valuation_institution, frequency, frequency, role_funding_place, one_word, -, -
    Tree { feature: [54, 98, 98, 47, 105, 0, 0], threshold: [0.0, 0.36363637, 0.36363637, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [-0.004172, 0.183488, 0.015053, -0.003507, -0.031598, -0.031598, -0.100542, -0.100542] },
    // null_power, null_role_none, null_named_2, read_as_speaker, null_named_0, null_pick, null_pick
    Tree { feature: [124, 126, 134, 116, 132, 121, 121], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.000162, -0.068711, -0.04627, 0.015164, -0.002723, 0.022087, 0.031407, 0.104942] },
    // kind_project_money, one_word, one_word, frequency, role_spend_institution, frequency, frequency
    Tree { feature: [25, 105, 105, 98, 42, 98, 98], threshold: [0.0, 0.0, 0.0, 0.3846154, 0.0, 0.2857143, 0.36363637], leaf: [-0.001893, 0.014531, -0.005795, 0.025971, -0.085623, -0.010533, 0.105364, -0.009215] },
    // elsewhere, pick_none, known_name, owns_linked, before, main_company, role_spend_institution
    Tree { feature: [71, 2, 104, 100, 72, 117, 42], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.006144, -0.022775, 0.006864, -0.056836, -0.007748, 0.020488, -0.041437, 0.047744] },
    // distance_before_1, read_as_partner, verb_after, for_before, pick, main_company, pick
    Tree { feature: [75, 115, 97, 94, 1, 117, 1], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.000695, 0.043655, -0.019361, -0.083661, 0.006731, -0.072615, 0.127538, 0.022543] },
    // pick, owns_linked, known_name, in_sentence, elsewhere, kind_company, role_none_place
    Tree { feature: [1, 100, 104, 69, 71, 4, 35], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.004289, 0.014115, 0.016206, 0.107469, -0.036956, -0.003774, 0.01163, -0.072109] },
    // frequency, pick_none, frequency, frequency, kind_product, owns_linked, kind_company_money
    Tree { feature: [98, 2, 98, 98, 8, 100, 13], threshold: [0.875, 0.0, 0.9166667, 0.46153846, 0.0, 0.0, 0.0], leaf: [-0.000999, 0.014334, -0.032845, 0.202177, -0.049573, -0.179848, -0.01475, 0.005455] },
    // distance_after_4, read_as_source, frequency, elsewhere, names_between, names_between, -
    Tree { feature: [85, 113, 98, 71, 88, 88, 0], threshold: [0.0, 0.0, 0.75, 0.0, 0.0, 1.0, f32::INFINITY], leaf: [0.002531, -0.004256, -0.022748, -0.091291, -0.019297, -0.08399, 0.019984, 0.019984] },
    // distance_after_3, read_as_speaker, main_company, from_before, frequency, read_as_location, -
    Tree { feature: [84, 116, 117, 93, 98, 114, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.41666666, 0.0, f32::INFINITY], leaf: [0.001012, -0.022315, -0.096001, -0.034745, -0.044183, 0.078237, 0.071581, 0.071581] },
    // null_flops, role_valuation_institution, null_named_2, null_role_revenue, frequency, null_named_1, -
    Tree { feature: [125, 54, 134, 130, 98, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.36363637, 0.0, f32::INFINITY], leaf: [0.000578, -0.039841, -0.029161, -0.096134, -0.067713, -0.040637, -0.005223, -0.005223] },
    // kind_project_flops, reference_to_previous_first, frequency, paragraph_first, kind_company_power, pick, -
    Tree { feature: [28, 101, 98, 109, 15, 1, 0], threshold: [0.0, 0.0, 0.5, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.001147, -0.007305, 0.011723, 0.096303, 0.117397, 0.04447, -0.023958, -0.023958] },
    // null_chips, elsewhere, null_named_0, most_named, known_name, null_named_3, null_pick
    Tree { feature: [123, 71, 132, 99, 104, 135, 121], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.005174, -0.014219, 0.002821, -0.024347, -0.052508, -0.025935, 0.076289, -0.013458] },
    // frequency, kind_place_money, one_word, owns_linked, distance_before_1, kind_product, role_none_product
    Tree { feature: [98, 17, 105, 100, 75, 8, 38], threshold: [0.36363637, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.003515, -0.048265, 0.018231, 0.106787, 0.013886, -0.063915, -0.003503, 0.112849] },
    // read_as_partner, agent_after_linked_figure, role_spend_company, role_none_product, distance_after_1, kind_company, before
    Tree { feature: [115, 119, 40, 38, 82, 4, 72], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [3.4e-5, 0.035799, 0.012269, 0.11596, 0.037993, -0.05114, -0.036098, 0.040673] },
    // distance_after_4, read_as_source, frequency, in_sentence, frequency, names_between, -
    Tree { feature: [85, 113, 98, 69, 98, 88, 0], threshold: [0.0, 0.0, 0.75, 0.0, 0.44444445, 1.0, f32::INFINITY], leaf: [-0.001973, 0.004219, -0.065648, 0.003552, -0.018434, -0.081796, 0.018399, 0.018399] },
    // distance_after_3, after, frequency, preposition_before, names_between, kind_place, figure_between
    Tree { feature: [84, 73, 98, 90, 88, 5, 111], threshold: [0.0, 0.0, 0.75, 0.0, 0.0, 0.0, 0.0], leaf: [0.000314, -0.018619, 0.014329, -0.0332, -0.050502, 0.057562, 0.002608, 0.083887] },
    // read_as_speaker, pick, kind_person, owns_linked, kind_company_money, -, -
    Tree { feature: [116, 1, 3, 100, 13, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.000637, 0.047898, -0.012155, 0.005929, -0.019654, -0.019654, -0.101075, -0.101075] },
    // null_flops, elsewhere, null_named_2, pick_none, known_name, null_named_1, -
    Tree { feature: [125, 71, 134, 2, 104, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.003512, -0.028753, 0.002195, -0.022459, -0.064638, -0.037986, -0.004799, -0.004799] },
    // frequency, kind_place_money, frequency, owns_linked, names_between, role_none_product, frequency
    Tree { feature: [98, 17, 98, 100, 88, 38, 98], threshold: [0.36363637, 0.0, 0.875, 0.0, 0.0, 0.0, 0.9166667], leaf: [-0.003127, -0.04359, 0.050667, -0.02104, 0.007689, 0.134279, -0.100273, -0.002976] },
    // role_valuation_institution, null_role_revenue, frequency, null_chips, null_named_0, -, -
    Tree { feature: [54, 130, 98, 123, 132, 0, 0], threshold: [0.0, 0.0, 0.36363637, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.000683, -0.022203, -0.021582, -0.053719, -0.026605, -0.026605, -0.091709, -0.091709] },
    // kind_project_flops, reference_to_most_named, known_name, reference_to_previous_first, kind_company, frequency, in_sentence
    Tree { feature: [28, 102, 104, 101, 4, 98, 69], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0], leaf: [-0.001065, 0.02778, -0.026596, 0.028826, 0.034739, -0.055508, 0.026844, 0.132433] },
    // distance_before_1, read_as_partner, preposition_before, for_before, pick, verb_after, role_spend_place
    Tree { feature: [75, 115, 90, 94, 1, 97, 41], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.000597, 0.038353, -0.016719, -0.074508, 0.006996, 0.045668, -0.032215, 0.053621] },
    // possessive, distance_before_1, role_spend_place, read_as_partner, preposition_before, main_company, frequency
    Tree { feature: [106, 75, 41, 115, 90, 117, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.8888889], leaf: [-0.000851, -0.027946, 0.015822, -0.018742, 0.014116, -0.029921, 0.059518, 0.198798] },
    // pick, owns_linked, role_none_place, in_sentence, elsewhere, known_name, frequency
    Tree { feature: [1, 100, 35, 69, 71, 104, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.25], leaf: [-0.004043, 0.01325, 0.011604, 0.091925, -0.009913, 0.010447, -0.010618, -0.089557] },
    // read_as_speaker, distance_after_3, frequency, in_sentence, main_company, -, -
    Tree { feature: [116, 84, 98, 69, 117, 0, 0], threshold: [0.0, 0.0, 0.5, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [-0.001733, 0.004143, -0.030126, 0.060602, -0.094545, -0.094545, -0.014001, -0.014001] },
    // role_valuation_institution, null_role_valuation, pick, null_linked_unowned, null_named_0, -, -
    Tree { feature: [54, 129, 1, 136, 132, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.000581, -0.025283, -0.01036, -0.095481, -0.023311, -0.023311, -0.082006, -0.082006] },
    // kind_project_flops, null_power, known_name, null_role_none, null_named_2, frequency, in_sentence
    Tree { feature: [28, 124, 104, 126, 134, 98, 69], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0], leaf: [-0.00019, -0.024215, 0.00103, 0.048397, 0.032184, -0.049034, 0.025844, 0.123281] },
    // distance_after_4, read_as_source, names_between, elsewhere, names_between, preposition_before, -
    Tree { feature: [85, 113, 88, 71, 88, 90, 0], threshold: [0.0, 0.0, 2.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.002116, -0.0036, -0.017961, -0.087699, -0.05479, 0.049662, -0.07932, -0.07932] },
    // reference_to_most_named, frequency, pick_none, pick_none, opens_sentence, role_spend_place, -
    Tree { feature: [102, 98, 2, 2, 107, 41, 0], threshold: [0.0, 0.875, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.003062, -0.025301, -0.003362, -0.041237, 0.017335, -0.089981, 0.116682, 0.116682] },
    // frequency, pick_none, one_word, role_funding_place, in_paragraph, kind_product, after
    Tree { feature: [98, 2, 105, 47, 70, 8, 73], threshold: [0.46153846, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.001863, 0.124268, -0.027165, -0.096241, 0.013462, -0.059575, -0.006083, 0.018888] },
    // null_role_revenue, pick, null_named_0, owns_linked, kind_company_money, null_named_1, null_pick
    Tree { feature: [130, 1, 132, 100, 13, 133, 121], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.000725, 0.039113, -0.01116, 0.005923, -0.026983, -0.014037, -0.029454, -0.075356] },
    // role_spend_institution, known_name, known_name, role_none_place, elsewhere, elsewhere, reference_resolved_by_rules
    Tree { feature: [42, 104, 104, 35, 71, 71, 110], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.000844, 0.057038, 0.002147, -0.035064, -0.041797, 0.01522, 0.035248, -0.03801] },
    // frequency, pick_none, frequency, owns_linked, in_paragraph, one_word, kind_product
    Tree { feature: [98, 2, 98, 100, 70, 105, 8], threshold: [0.46153846, 0.0, 0.875, 0.0, 0.0, 0.0, 0.0], leaf: [0.000786, -0.031023, -0.025356, -0.094027, 0.021665, 0.002094, -0.002221, -0.07347] },
    // null_flops, null_linked_unowned, null_named_2, null_role_other, null_role_other, null_named_1, -
    Tree { feature: [125, 136, 134, 131, 131, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-2e-5, 0.019045, 0.020137, -0.11911, -0.060498, -0.034898, -0.001943, -0.001943] },
    // read_as_speaker, distance_after_3, frequency, from_before, pick, -, -
    Tree { feature: [116, 84, 98, 93, 1, 0, 0], threshold: [0.0, 0.0, 0.5, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.000841, -0.019549, -0.004859, -0.075635, -0.092511, -0.092511, -0.012496, -0.012496] },
    // null_role_valuation, possessive, null_named_0, distance_before_1, role_spend_place, null_named_1, -
    Tree { feature: [129, 106, 132, 75, 41, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-0.001093, 0.008675, -0.001717, 0.101851, 0.033629, -0.065673, -0.092841, -0.092841] },
    // agent_after_linked_figure, agent_before, first_in_sentence, distance_after_3, distance_after_2, -, role_spend_company
    Tree { feature: [119, 91, 89, 84, 83, 0, 40], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, 0.0], leaf: [0.000457, -0.019512, -0.038921, 0.057141, 0.124853, 0.124853, -0.075181, 0.057457] },
    // role_valuation_institution, distance_after_4, pick, in_sentence, names_between, -, -
    Tree { feature: [54, 85, 1, 69, 88, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 2.0, f32::INFINITY, f32::INFINITY], leaf: [-0.00176, 0.003524, -0.014069, -0.076449, -0.021636, -0.021636, -0.076655, -0.076655] },
    // kind_project_flops, role_spend_institution, known_name, known_name, known_name, frequency, in_sentence
    Tree { feature: [28, 42, 104, 104, 104, 98, 69], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0], leaf: [0.001588, -0.007898, -0.025888, 0.027054, 0.029209, -0.043906, 0.024977, 0.114942] },
    // null_role_revenue, paragraph_first, null_named_0, in_sentence, role_valuation_company, null_named_1, -
    Tree { feature: [130, 109, 132, 69, 52, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-0.001844, 0.008602, -0.00663, 0.037807, -0.025738, -0.013258, -0.048401, -0.048401] },
    // reference_to_most_named, reference_to_previous_first, preposition_before, role_spend_institution, frequency, kind_company, -
    Tree { feature: [102, 101, 90, 42, 98, 4, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.22222222, 0.0, f32::INFINITY], leaf: [-0.001618, 0.0093, -0.036938, 0.043131, -0.020119, 0.030124, -0.077028, -0.077028] },
    // null_chips, pick, null_named_0, owns_linked, preposition_before, null_pick, null_pick
    Tree { feature: [123, 1, 132, 100, 90, 121, 121], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.000892, 0.036093, -0.000413, -0.027304, -0.032334, -0.05599, 0.070506, -0.01049] },
    // read_as_speaker, role_funding_person, -, null_flops, -, -, -
    Tree { feature: [116, 45, 0, 125, 0, 0, 0], threshold: [0.0, 0.0, f32::INFINITY, 0.0, f32::INFINITY, f32::INFINITY, f32::INFINITY], leaf: [0.00017, -0.035913, 0.068859, 0.068859, -0.053279, -0.053279, -0.053279, -0.053279] },
    // distance_after_4, read_as_source, frequency, in_sentence, names_between, preposition_before, -
    Tree { feature: [85, 113, 98, 69, 88, 90, 0], threshold: [0.0, 0.0, 0.75, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-0.001615, 0.003384, -0.014884, -0.085146, -0.068866, -0.000512, 0.019037, 0.019037] },
    // possessive, frequency, role_spend_place, pick_none, kind_company, main_company, frequency
    Tree { feature: [106, 98, 41, 2, 4, 117, 98], threshold: [0.0, 0.875, 0.0, 0.0, 0.0, 0.0, 0.8888889], leaf: [0.002527, -0.022539, -0.02564, 0.002169, 0.012509, -0.026424, 0.041463, 0.152007] },
    // frequency, kind_place_money, in_previous_sentence, owns_linked, in_previous_sentence, kind_place, main_company
    Tree { feature: [98, 17, 108, 100, 108, 5, 117], threshold: [0.36363637, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], leaf: [-0.002839, -0.035777, 0.041287, -0.030696, 0.002082, -0.015175, 0.026027, -0.012479] },
    // null_linked_unowned, null_role_other, null_role_other, null_named_0, null_named_0, null_role_none, -
    Tree { feature: [136, 131, 131, 132, 132, 126, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-0.000665, 0.018386, 0.044772, -0.035324, 0.039732, -0.019169, -0.105537, -0.105537] },
    // frequency, role_funding_place, frequency, pick_none, -, role_none_project, kind_company
    Tree { feature: [98, 47, 98, 2, 0, 37, 4], threshold: [0.46153846, 0.0, 0.6, 0.0, f32::INFINITY, 0.0, 0.0], leaf: [-0.001671, -0.035896, 0.092347, 0.092347, 0.0104, 0.092914, -0.011421, 0.003602] },
    // reference_to_most_named, reference_to_previous_first, preposition_before, in_sentence, kind_company_power, pick_none, -
    Tree { feature: [102, 101, 90, 69, 15, 2, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [-0.003117, 0.002831, 0.011448, 0.108527, 0.013621, 0.097992, -0.069958, -0.069958] },
    // paragraph_first, kind_institution, names_between, known_name, known_name, role_valuation_company, kind_project
    Tree { feature: [109, 6, 88, 104, 104, 52, 7], threshold: [0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.00301, -0.012208, -0.008974, 0.028851, -0.008349, 0.031645, 0.00487, 0.166012] },
    // null_role_revenue, null_chips, null_named_0, pick, null_named_0, null_named_1, -
    Tree { feature: [130, 123, 132, 1, 132, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.002123, -0.002986, -0.038006, 0.029072, -0.024615, -0.012575, -0.046624, -0.046624] },
    // agent_after_linked_figure, agent_before, first_in_sentence, distance_after_3, distance_after_2, -, distance_after_2
    Tree { feature: [119, 91, 89, 84, 83, 0, 83], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, 0.0], leaf: [0.000421, -0.019062, -0.0344, 0.050908, 0.104408, 0.104408, -0.015203, 0.004825] },
    // null_role_valuation, role_valuation_institution, null_named_0, null_flops, pick, null_named_1, -
    Tree { feature: [129, 54, 132, 125, 1, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.000399, -0.034175, -0.019557, -0.070979, 0.032241, -0.061812, -0.090148, -0.090148] },
    // kind_product_chips, distance_after_0, frequency, read_as_speaker, for_before, -, -
    Tree { feature: [30, 81, 98, 116, 94, 0, 0], threshold: [0.0, 0.0, 0.5, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [-0.000319, -0.058773, 0.005674, 0.129699, 0.106002, 0.106002, -0.016154, -0.016154] },
    // kind_project_flops, distance_after_4, known_name, in_sentence, names_between, one_word, in_sentence
    Tree { feature: [28, 85, 104, 69, 88, 105, 69], threshold: [0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0], leaf: [-0.001691, 0.002667, -0.01134, -0.07196, 0.035955, -0.031099, 0.021792, 0.106956] },
    // null_role_revenue, read_as_partner, null_named_0, role_revenue_institution, role_spend_company, null_named_1, -
    Tree { feature: [130, 115, 132, 60, 40, 133, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY], leaf: [0.000582, -0.066959, -0.030052, 0.019304, -0.022855, -0.011432, -0.043889, -0.043889] },
    // reference_to_most_named, reference_to_previous_first, preposition_before, in_sentence, frequency, main_company, -
    Tree { feature: [102, 101, 90, 69, 98, 117, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.22222222, 0.0, f32::INFINITY], leaf: [-0.002929, 0.00268, -0.033502, 0.036724, -0.001922, 0.033081, -0.064656, -0.064656] },
    // paragraph_first, kind_institution, names_between, known_name, known_name, pick, kind_project
    Tree { feature: [109, 6, 88, 104, 104, 1, 7], threshold: [0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0], leaf: [0.002784, -0.011279, -0.007883, 0.025884, 0.003998, -0.01226, 0.004221, 0.148947] },
    // role_valuation_institution, null_role_valuation, pick, null_linked_unowned, null_named_3, -, -
    Tree { feature: [54, 129, 1, 136, 135, 0, 0], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, f32::INFINITY, f32::INFINITY], leaf: [0.000458, -0.02028, -0.047634, 0.050493, -0.019011, -0.019011, -0.067347, -0.067347] },
    // possessive, frequency, role_spend_place, frequency, frequency, known_name, frequency
    Tree { feature: [106, 98, 41, 98, 98, 104, 98], threshold: [0.0, 0.875, 0.0, 0.8, 0.9166667, 0.0, 0.8888889], leaf: [0.000411, 0.038128, -0.107027, -0.003471, 0.012533, -0.023691, 0.038291, 0.132254] },
    // kind_project_flops, frequency, known_name, kind_place, in_paragraph, frequency, in_sentence
    Tree { feature: [28, 98, 104, 5, 70, 98, 69], threshold: [0.0, 0.36363637, 0.0, 0.0, 0.0, 0.5, 0.0], leaf: [-0.004407, 0.020429, -0.000782, 0.012334, 0.024849, -0.036875, 0.021355, 0.10103] },
    // paragraph_first, in_sentence, owns_linked, owns_linked, most_named, names_between, frequency
    Tree { feature: [109, 69, 100, 100, 99, 88, 98], threshold: [0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.44444445], leaf: [-0.004142, 0.026021, 0.011011, -0.022164, -0.003905, 0.022885, -0.055042, -0.009931] },
];
