//! The reranker's trees (see [`super::forest`]), learned by `examples/rank_train`
//! (`--forest`) from the annotated articles in `tests/` (13767 figures) on top of the
//! committed weights. Generated: do not edit by hand.

use super::tree::{LEAF, Node};

/// The first node of each tree.
#[rustfmt::skip]
pub const ROOTS: &[u16] = &[0, 15, 30, 45, 60, 75, 90, 105, 120, 135, 150, 165, 180, 195, 210, 225, 240, 255, 266, 281, 292, 307, 318, 333, 344, 355, 368, 381, 392, 405, 420, 431, 442, 457, 470, 481, 494, 509, 522, 533, 548, 563, 578, 593, 608, 623, 636, 649, 662, 675, 690, 705, 720, 733, 748, 759, 772, 787, 798, 813, 828, 843, 858, 869, 880, 895, 908, 921, 936, 951, 966, 981, 994, 1005, 1018, 1031, 1042, 1057, 1070, 1083, 1098, 1105, 1118, 1133, 1148, 1161, 1174, 1187, 1202, 1215, 1228, 1241, 1252, 1267, 1280, 1293, 1308, 1319, 1334, 1349];

/// The nodes of every tree, each tree's after its root.
#[rustfmt::skip]
pub const NODES: &[Node] = &[
    Node { feature: 1, threshold: 0.0, left: 1, right: 8, value: 0.0 }, // pick
    Node { feature: 104, threshold: 0.0, left: 2, right: 5, value: 0.0 }, // known_name
    Node { feature: 113, threshold: 0.0, left: 3, right: 4, value: 0.0 }, // read_as_source
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.027913 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.099579 },
    Node { feature: 21, threshold: 0.0, left: 6, right: 7, value: 0.0 }, // kind_institution_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022342 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.069522 },
    Node { feature: 104, threshold: 0.0, left: 9, right: 12, value: 0.0 }, // known_name
    Node { feature: 6, threshold: 0.0, left: 10, right: 11, value: 0.0 }, // kind_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.045636 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.122231 },
    Node { feature: 13, threshold: 0.0, left: 13, right: 14, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021024 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025393 },
    Node { feature: 1, threshold: 0.0, left: 16, right: 23, value: 0.0 }, // pick
    Node { feature: 104, threshold: 0.0, left: 17, right: 20, value: 0.0 }, // known_name
    Node { feature: 113, threshold: 0.0, left: 18, right: 19, value: 0.0 }, // read_as_source
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.023655 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.096188 },
    Node { feature: 6, threshold: 0.0, left: 21, right: 22, value: 0.0 }, // kind_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022544 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.051548 },
    Node { feature: 104, threshold: 0.0, left: 24, right: 27, value: 0.0 }, // known_name
    Node { feature: 109, threshold: 0.0, left: 25, right: 26, value: 0.0 }, // paragraph_first
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.029145 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.067722 },
    Node { feature: 13, threshold: 0.0, left: 28, right: 29, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.017546 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.02371 },
    Node { feature: 1, threshold: 0.0, left: 31, right: 38, value: 0.0 }, // pick
    Node { feature: 38, threshold: 0.0, left: 32, right: 35, value: 0.0 }, // role_none_product
    Node { feature: 100, threshold: 0.0, left: 33, right: 34, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.008331 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.085493 },
    Node { feature: 99, threshold: 0.0, left: 36, right: 37, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.390436 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.104881 },
    Node { feature: 104, threshold: 0.0, left: 39, right: 42, value: 0.0 }, // known_name
    Node { feature: 6, threshold: 0.0, left: 40, right: 41, value: 0.0 }, // kind_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031419 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.099191 },
    Node { feature: 13, threshold: 0.0, left: 43, right: 44, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014647 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.021944 },
    Node { feature: 1, threshold: 0.0, left: 46, right: 53, value: 0.0 }, // pick
    Node { feature: 104, threshold: 0.0, left: 47, right: 50, value: 0.0 }, // known_name
    Node { feature: 113, threshold: 0.0, left: 48, right: 49, value: 0.0 }, // read_as_source
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.018045 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.093196 },
    Node { feature: 69, threshold: 0.0, left: 51, right: 52, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031171 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.026537 },
    Node { feature: 104, threshold: 0.0, left: 54, right: 57, value: 0.0 }, // known_name
    Node { feature: 4, threshold: 0.0, left: 55, right: 56, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.06124 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021583 },
    Node { feature: 98, threshold: 0.75, left: 58, right: 59, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.007113 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.036181 },
    Node { feature: 1, threshold: 0.0, left: 61, right: 68, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 62, right: 65, value: 0.0 }, // owns_linked
    Node { feature: 38, threshold: 0.0, left: 63, right: 64, value: 0.0 }, // role_none_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005377 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.154771 },
    Node { feature: 71, threshold: 0.0, left: 66, right: 67, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.018445 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.158845 },
    Node { feature: 98, threshold: 0.8333333, left: 69, right: 72, value: 0.0 }, // frequency
    Node { feature: 98, threshold: 0.36363637, left: 70, right: 71, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025556 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.012289 },
    Node { feature: 69, threshold: 0.0, left: 73, right: 74, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.012182 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.087584 },
    Node { feature: 1, threshold: 0.0, left: 76, right: 83, value: 0.0 }, // pick
    Node { feature: 104, threshold: 0.0, left: 77, right: 80, value: 0.0 }, // known_name
    Node { feature: 113, threshold: 0.0, left: 78, right: 79, value: 0.0 }, // read_as_source
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014164 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.090252 },
    Node { feature: 4, threshold: 0.0, left: 81, right: 82, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.013972 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.037731 },
    Node { feature: 104, threshold: 0.0, left: 84, right: 87, value: 0.0 }, // known_name
    Node { feature: 6, threshold: 0.0, left: 85, right: 86, value: 0.0 }, // kind_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019401 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.07755 },
    Node { feature: 16, threshold: 0.0, left: 88, right: 89, value: 0.0 }, // kind_company_flops
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003991 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.148583 },
    Node { feature: 109, threshold: 0.0, left: 91, right: 98, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 92, right: 95, value: 0.0 }, // in_sentence
    Node { feature: 104, threshold: 0.0, left: 93, right: 94, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006461 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.029361 },
    Node { feature: 100, threshold: 0.0, left: 96, right: 97, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.022831 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.035323 },
    Node { feature: 99, threshold: 0.0, left: 99, right: 102, value: 0.0 }, // most_named
    Node { feature: 98, threshold: 0.36363637, left: 100, right: 101, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.02871 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.013376 },
    Node { feature: 107, threshold: 0.0, left: 103, right: 104, value: 0.0 }, // opens_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.03157 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.116048 },
    Node { feature: 1, threshold: 0.0, left: 106, right: 113, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 107, right: 110, value: 0.0 }, // owns_linked
    Node { feature: 69, threshold: 0.0, left: 108, right: 109, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002041 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.021766 },
    Node { feature: 71, threshold: 0.0, left: 111, right: 112, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.017629 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.131324 },
    Node { feature: 13, threshold: 0.0, left: 114, right: 117, value: 0.0 }, // kind_company_money
    Node { feature: 99, threshold: 0.0, left: 115, right: 116, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01256 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.086459 },
    Node { feature: 98, threshold: 0.36363637, left: 118, right: 119, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.02256 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.019156 },
    Node { feature: 98, threshold: 0.875, left: 121, right: 128, value: 0.0 }, // frequency
    Node { feature: 2, threshold: 0.0, left: 122, right: 125, value: 0.0 }, // pick_none
    Node { feature: 1, threshold: 0.0, left: 123, right: 124, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.015388 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004816 },
    Node { feature: 98, threshold: 0.41666666, left: 126, right: 127, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.060615 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.008451 },
    Node { feature: 107, threshold: 0.0, left: 129, right: 132, value: 0.0 }, // opens_sentence
    Node { feature: 98, threshold: 0.9166667, left: 130, right: 131, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.139596 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007931 },
    Node { feature: 99, threshold: 0.0, left: 133, right: 134, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003758 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.09559 },
    Node { feature: 113, threshold: 0.0, left: 136, right: 143, value: 0.0 }, // read_as_source
    Node { feature: 98, threshold: 0.875, left: 137, right: 140, value: 0.0 }, // frequency
    Node { feature: 98, threshold: 0.46153846, left: 138, right: 139, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000577 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.017593 },
    Node { feature: 13, threshold: 0.0, left: 141, right: 142, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.023509 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001081 },
    Node { feature: 2, threshold: 0.0, left: 144, right: 147, value: 0.0 }, // pick_none
    Node { feature: 88, threshold: 0.0, left: 145, right: 146, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006152 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.092905 },
    Node { feature: 89, threshold: 0.0, left: 148, right: 149, value: 0.0 }, // first_in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.045121 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.107757 },
    Node { feature: 109, threshold: 0.0, left: 151, right: 158, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 152, right: 155, value: 0.0 }, // in_sentence
    Node { feature: 104, threshold: 0.0, left: 153, right: 154, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004907 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026877 },
    Node { feature: 88, threshold: 0.0, left: 156, right: 157, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025828 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003078 },
    Node { feature: 100, threshold: 0.0, left: 159, right: 162, value: 0.0 }, // owns_linked
    Node { feature: 99, threshold: 0.0, left: 160, right: 161, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000836 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.034539 },
    Node { feature: 98, threshold: 0.44444445, left: 163, right: 164, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.096701 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022848 },
    Node { feature: 113, threshold: 0.0, left: 166, right: 173, value: 0.0 }, // read_as_source
    Node { feature: 1, threshold: 0.0, left: 167, right: 170, value: 0.0 }, // pick
    Node { feature: 94, threshold: 0.0, left: 168, right: 169, value: 0.0 }, // for_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004359 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.122576 },
    Node { feature: 100, threshold: 0.0, left: 171, right: 172, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003775 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031375 },
    Node { feature: 2, threshold: 0.0, left: 174, right: 177, value: 0.0 }, // pick_none
    Node { feature: 88, threshold: 0.0, left: 175, right: 176, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.0044 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.089678 },
    Node { feature: 89, threshold: 0.0, left: 178, right: 179, value: 0.0 }, // first_in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.043919 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.106221 },
    Node { feature: 113, threshold: 0.0, left: 181, right: 188, value: 0.0 }, // read_as_source
    Node { feature: 82, threshold: 0.0, left: 182, right: 185, value: 0.0 }, // distance_after_1
    Node { feature: 98, threshold: 0.875, left: 183, right: 184, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003124 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.009039 },
    Node { feature: 115, threshold: 0.0, left: 186, right: 187, value: 0.0 }, // read_as_partner
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.052201 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.057844 },
    Node { feature: 2, threshold: 0.0, left: 189, right: 192, value: 0.0 }, // pick_none
    Node { feature: 88, threshold: 0.0, left: 190, right: 191, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003594 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.086721 },
    Node { feature: 89, threshold: 0.0, left: 193, right: 194, value: 0.0 }, // first_in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.04155 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.104771 },
    Node { feature: 113, threshold: 0.0, left: 196, right: 203, value: 0.0 }, // read_as_source
    Node { feature: 1, threshold: 0.0, left: 197, right: 200, value: 0.0 }, // pick
    Node { feature: 69, threshold: 0.0, left: 198, right: 199, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001008 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.020613 },
    Node { feature: 104, threshold: 0.0, left: 201, right: 202, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.015834 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006304 },
    Node { feature: 2, threshold: 0.0, left: 204, right: 207, value: 0.0 }, // pick_none
    Node { feature: 72, threshold: 0.0, left: 205, right: 206, value: 0.0 }, // before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025796 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.066468 },
    Node { feature: 98, threshold: 0.44444445, left: 208, right: 209, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.102262 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.04448 },
    Node { feature: 113, threshold: 0.0, left: 211, right: 218, value: 0.0 }, // read_as_source
    Node { feature: 82, threshold: 0.0, left: 212, right: 215, value: 0.0 }, // distance_after_1
    Node { feature: 124, threshold: 0.0, left: 213, right: 214, value: 0.0 }, // null_power
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001315 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025972 },
    Node { feature: 115, threshold: 0.0, left: 216, right: 217, value: 0.0 }, // read_as_partner
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.04463 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.055975 },
    Node { feature: 2, threshold: 0.0, left: 219, right: 222, value: 0.0 }, // pick_none
    Node { feature: 88, threshold: 0.0, left: 220, right: 221, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005636 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.082827 },
    Node { feature: 98, threshold: 0.41666666, left: 223, right: 224, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.101057 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.044438 },
    Node { feature: 109, threshold: 0.0, left: 226, right: 233, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 227, right: 230, value: 0.0 }, // in_sentence
    Node { feature: 104, threshold: 0.0, left: 228, right: 229, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004017 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024659 },
    Node { feature: 88, threshold: 1.0, left: 231, right: 232, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.017816 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.018792 },
    Node { feature: 101, threshold: 0.0, left: 234, right: 237, value: 0.0 }, // reference_to_previous_first
    Node { feature: 88, threshold: 2.0, left: 235, right: 236, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.015611 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.040534 },
    Node { feature: 4, threshold: 0.0, left: 238, right: 239, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.02631 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.058701 },
    Node { feature: 113, threshold: 0.0, left: 241, right: 248, value: 0.0 }, // read_as_source
    Node { feature: 98, threshold: 0.875, left: 242, right: 245, value: 0.0 }, // frequency
    Node { feature: 98, threshold: 0.46153846, left: 243, right: 244, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002205 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.015744 },
    Node { feature: 98, threshold: 0.9166667, left: 246, right: 247, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.123329 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.006115 },
    Node { feature: 89, threshold: 0.0, left: 249, right: 252, value: 0.0 }, // first_in_sentence
    Node { feature: 105, threshold: 0.0, left: 250, right: 251, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.040004 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000859 },
    Node { feature: 2, threshold: 0.0, left: 253, right: 254, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.041987 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.101277 },
    Node { feature: 116, threshold: 0.0, left: 256, right: 263, value: 0.0 }, // read_as_speaker
    Node { feature: 1, threshold: 0.0, left: 257, right: 260, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 258, right: 259, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001876 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.056761 },
    Node { feature: 13, threshold: 0.0, left: 261, right: 262, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.016036 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004832 },
    Node { feature: 105, threshold: 0.0, left: 264, right: 265, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.112726 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.038326 },
    Node { feature: 113, threshold: 0.0, left: 267, right: 274, value: 0.0 }, // read_as_source
    Node { feature: 82, threshold: 0.0, left: 268, right: 271, value: 0.0 }, // distance_after_1
    Node { feature: 125, threshold: 0.0, left: 269, right: 270, value: 0.0 }, // null_flops
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -5.2e-5 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.061291 },
    Node { feature: 115, threshold: 0.0, left: 272, right: 273, value: 0.0 }, // read_as_partner
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.038559 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.053502 },
    Node { feature: 2, threshold: 0.0, left: 275, right: 278, value: 0.0 }, // pick_none
    Node { feature: 72, threshold: 0.0, left: 276, right: 277, value: 0.0 }, // before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.027629 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.060134 },
    Node { feature: 98, threshold: 0.3846154, left: 279, right: 280, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.098581 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.042716 },
    Node { feature: 116, threshold: 0.0, left: 282, right: 289, value: 0.0 }, // read_as_speaker
    Node { feature: 98, threshold: 0.875, left: 283, right: 286, value: 0.0 }, // frequency
    Node { feature: 38, threshold: 0.0, left: 284, right: 285, value: 0.0 }, // role_none_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002433 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.104543 },
    Node { feature: 98, threshold: 0.9166667, left: 287, right: 288, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.11548 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.005689 },
    Node { feature: 107, threshold: 0.0, left: 290, right: 291, value: 0.0 }, // opens_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.055262 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.128793 },
    Node { feature: 113, threshold: 0.0, left: 293, right: 300, value: 0.0 }, // read_as_source
    Node { feature: 130, threshold: 0.0, left: 294, right: 297, value: 0.0 }, // null_role_revenue
    Node { feature: 1, threshold: 0.0, left: 295, right: 296, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003832 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.005794 },
    Node { feature: 133, threshold: 0.0, left: 298, right: 299, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.064656 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026061 },
    Node { feature: 2, threshold: 0.0, left: 301, right: 304, value: 0.0 }, // pick_none
    Node { feature: 88, threshold: 0.0, left: 302, right: 303, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.009391 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.07712 },
    Node { feature: 104, threshold: 0.0, left: 305, right: 306, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.098833 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.043915 },
    Node { feature: 54, threshold: 0.0, left: 308, right: 315, value: 0.0 }, // role_valuation_institution
    Node { feature: 116, threshold: 0.0, left: 309, right: 312, value: 0.0 }, // read_as_speaker
    Node { feature: 125, threshold: 0.0, left: 310, right: 311, value: 0.0 }, // null_flops
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000736 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.057733 },
    Node { feature: 98, threshold: 0.5, left: 313, right: 314, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.10679 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.034859 },
    Node { feature: 69, threshold: 0.0, left: 316, right: 317, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.033619 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.106147 },
    Node { feature: 113, threshold: 0.0, left: 319, right: 326, value: 0.0 }, // read_as_source
    Node { feature: 98, threshold: 0.875, left: 320, right: 323, value: 0.0 }, // frequency
    Node { feature: 98, threshold: 0.46153846, left: 321, right: 322, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002125 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.01368 },
    Node { feature: 13, threshold: 0.0, left: 324, right: 325, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.017567 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003642 },
    Node { feature: 89, threshold: 0.0, left: 327, right: 330, value: 0.0 }, // first_in_sentence
    Node { feature: 105, threshold: 0.0, left: 328, right: 329, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.032764 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004725 },
    Node { feature: 2, threshold: 0.0, left: 331, right: 332, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.034983 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.098181 },
    Node { feature: 54, threshold: 0.0, left: 334, right: 341, value: 0.0 }, // role_valuation_institution
    Node { feature: 130, threshold: 0.0, left: 335, right: 338, value: 0.0 }, // null_role_revenue
    Node { feature: 109, threshold: 0.0, left: 336, right: 337, value: 0.0 }, // paragraph_first
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002688 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007118 },
    Node { feature: 133, threshold: 0.0, left: 339, right: 340, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.061164 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024012 },
    Node { feature: 98, threshold: 0.36363637, left: 342, right: 343, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.04017 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.112203 },
    Node { feature: 116, threshold: 0.0, left: 345, right: 352, value: 0.0 }, // read_as_speaker
    Node { feature: 82, threshold: 0.0, left: 346, right: 349, value: 0.0 }, // distance_after_1
    Node { feature: 101, threshold: 0.0, left: 347, right: 348, value: 0.0 }, // reference_to_previous_first
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000987 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.027093 },
    Node { feature: 115, threshold: 0.0, left: 350, right: 351, value: 0.0 }, // read_as_partner
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.03314 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.050967 },
    Node { feature: 98, threshold: 0.5, left: 353, right: 354, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.104445 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031402 },
    Node { feature: 115, threshold: 0.0, left: 356, right: 363, value: 0.0 }, // read_as_partner
    Node { feature: 82, threshold: 0.0, left: 357, right: 360, value: 0.0 }, // distance_after_1
    Node { feature: 38, threshold: 0.0, left: 358, right: 359, value: 0.0 }, // role_none_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000432 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.049462 },
    Node { feature: 90, threshold: 0.0, left: 361, right: 362, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001674 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.060938 },
    Node { feature: 6, threshold: 0.0, left: 364, right: 367, value: 0.0 }, // kind_institution
    Node { feature: 40, threshold: 0.0, left: 365, right: 366, value: 0.0 }, // role_spend_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.052291 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.00949 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.072754 },
    Node { feature: 113, threshold: 0.0, left: 369, right: 376, value: 0.0 }, // read_as_source
    Node { feature: 125, threshold: 0.0, left: 370, right: 373, value: 0.0 }, // null_flops
    Node { feature: 98, threshold: 0.875, left: 371, right: 372, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003051 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.005615 },
    Node { feature: 134, threshold: 0.0, left: 374, right: 375, value: 0.0 }, // null_named_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.067878 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007949 },
    Node { feature: 111, threshold: 0.0, left: 377, right: 380, value: 0.0 }, // figure_between
    Node { feature: 72, threshold: 0.0, left: 378, right: 379, value: 0.0 }, // before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024037 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.086835 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001063 },
    Node { feature: 54, threshold: 0.0, left: 382, right: 389, value: 0.0 }, // role_valuation_institution
    Node { feature: 123, threshold: 0.0, left: 383, right: 386, value: 0.0 }, // null_chips
    Node { feature: 1, threshold: 0.0, left: 384, right: 385, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003337 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004824 },
    Node { feature: 132, threshold: 0.0, left: 387, right: 388, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.055614 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.053947 },
    Node { feature: 98, threshold: 0.36363637, left: 390, right: 391, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.038208 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.108111 },
    Node { feature: 130, threshold: 0.0, left: 393, right: 400, value: 0.0 }, // null_role_revenue
    Node { feature: 116, threshold: 0.0, left: 394, right: 397, value: 0.0 }, // read_as_speaker
    Node { feature: 105, threshold: 0.0, left: 395, right: 396, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004297 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003332 },
    Node { feature: 98, threshold: 0.5, left: 398, right: 399, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.102394 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.028571 },
    Node { feature: 133, threshold: 0.0, left: 401, right: 404, value: 0.0 }, // null_named_1
    Node { feature: 121, threshold: 0.0, left: 402, right: 403, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.042664 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.086922 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022999 },
    Node { feature: 75, threshold: 0.0, left: 406, right: 413, value: 0.0 }, // distance_before_1
    Node { feature: 115, threshold: 0.0, left: 407, right: 410, value: 0.0 }, // read_as_partner
    Node { feature: 82, threshold: 0.0, left: 408, right: 409, value: 0.0 }, // distance_after_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001056 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025193 },
    Node { feature: 1, threshold: 0.0, left: 411, right: 412, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021512 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.104078 },
    Node { feature: 117, threshold: 0.0, left: 414, right: 417, value: 0.0 }, // main_company
    Node { feature: 97, threshold: 0.0, left: 415, right: 416, value: 0.0 }, // verb_after
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.007978 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.049448 },
    Node { feature: 104, threshold: 0.0, left: 418, right: 419, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.082983 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.023342 },
    Node { feature: 125, threshold: 0.0, left: 421, right: 428, value: 0.0 }, // null_flops
    Node { feature: 113, threshold: 0.0, left: 422, right: 425, value: 0.0 }, // read_as_source
    Node { feature: 54, threshold: 0.0, left: 423, right: 424, value: 0.0 }, // role_valuation_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000675 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.070477 },
    Node { feature: 2, threshold: 0.0, left: 426, right: 427, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.018567 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.078843 },
    Node { feature: 134, threshold: 0.0, left: 429, right: 430, value: 0.0 }, // null_named_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.064532 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007983 },
    Node { feature: 116, threshold: 0.0, left: 432, right: 439, value: 0.0 }, // read_as_speaker
    Node { feature: 130, threshold: 0.0, left: 433, right: 436, value: 0.0 }, // null_role_revenue
    Node { feature: 1, threshold: 0.0, left: 434, right: 435, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002877 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.00464 },
    Node { feature: 133, threshold: 0.0, left: 437, right: 438, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.055159 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021401 },
    Node { feature: 98, threshold: 0.5, left: 440, right: 441, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.100331 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026167 },
    Node { feature: 123, threshold: 0.0, left: 443, right: 450, value: 0.0 }, // null_chips
    Node { feature: 71, threshold: 0.0, left: 444, right: 447, value: 0.0 }, // elsewhere
    Node { feature: 99, threshold: 0.0, left: 445, right: 446, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006062 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.016459 },
    Node { feature: 117, threshold: 0.0, left: 448, right: 449, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014018 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014996 },
    Node { feature: 132, threshold: 0.0, left: 451, right: 454, value: 0.0 }, // null_named_0
    Node { feature: 135, threshold: 0.0, left: 452, right: 453, value: 0.0 }, // null_named_3
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.058471 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031149 },
    Node { feature: 121, threshold: 0.0, left: 455, right: 456, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.094319 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.009277 },
    Node { feature: 84, threshold: 0.0, left: 458, right: 465, value: 0.0 }, // distance_after_3
    Node { feature: 73, threshold: 0.0, left: 459, right: 462, value: 0.0 }, // after
    Node { feature: 105, threshold: 0.0, left: 460, right: 461, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004096 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.006328 },
    Node { feature: 88, threshold: 0.0, left: 463, right: 464, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.017275 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.036014 },
    Node { feature: 117, threshold: 0.0, left: 466, right: 469, value: 0.0 }, // main_company
    Node { feature: 114, threshold: 0.0, left: 467, right: 468, value: 0.0 }, // read_as_location
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.047422 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.095458 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.08105 },
    Node { feature: 125, threshold: 0.0, left: 471, right: 478, value: 0.0 }, // null_flops
    Node { feature: 109, threshold: 0.0, left: 472, right: 475, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 473, right: 474, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002187 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.011337 },
    Node { feature: 52, threshold: 0.0, left: 476, right: 477, value: 0.0 }, // role_valuation_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.008856 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.044155 },
    Node { feature: 134, threshold: 0.0, left: 479, right: 480, value: 0.0 }, // null_named_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.061815 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.008577 },
    Node { feature: 101, threshold: 0.0, left: 482, right: 489, value: 0.0 }, // reference_to_previous_first
    Node { feature: 109, threshold: 0.0, left: 483, right: 486, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 484, right: 485, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002408 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.010215 },
    Node { feature: 88, threshold: 2.0, left: 487, right: 488, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.010593 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.03922 },
    Node { feature: 42, threshold: 0.0, left: 490, right: 493, value: 0.0 }, // role_spend_institution
    Node { feature: 98, threshold: 0.22222222, left: 491, right: 492, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.028392 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.044621 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.070907 },
    Node { feature: 115, threshold: 0.0, left: 495, right: 502, value: 0.0 }, // read_as_partner
    Node { feature: 30, threshold: 0.0, left: 496, right: 499, value: 0.0 }, // kind_product_chips
    Node { feature: 130, threshold: 0.0, left: 497, right: 498, value: 0.0 }, // null_role_revenue
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000617 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.042489 },
    Node { feature: 105, threshold: 0.0, left: 500, right: 501, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.015635 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.169778 },
    Node { feature: 75, threshold: 0.0, left: 503, right: 506, value: 0.0 }, // distance_before_1
    Node { feature: 1, threshold: 0.0, left: 504, right: 505, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021336 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.093918 },
    Node { feature: 98, threshold: 0.18181819, left: 507, right: 508, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.088365 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000848 },
    Node { feature: 113, threshold: 0.0, left: 510, right: 517, value: 0.0 }, // read_as_source
    Node { feature: 85, threshold: 0.0, left: 511, right: 514, value: 0.0 }, // distance_after_4
    Node { feature: 84, threshold: 0.0, left: 512, right: 513, value: 0.0 }, // distance_after_3
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000904 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024313 },
    Node { feature: 90, threshold: 0.0, left: 515, right: 516, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.073709 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002655 },
    Node { feature: 104, threshold: 0.0, left: 518, right: 521, value: 0.0 }, // known_name
    Node { feature: 105, threshold: 0.0, left: 519, right: 520, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.092066 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.027208 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002432 },
    Node { feature: 54, threshold: 0.0, left: 523, right: 530, value: 0.0 }, // role_valuation_institution
    Node { feature: 98, threshold: 0.36363637, left: 524, right: 527, value: 0.0 }, // frequency
    Node { feature: 47, threshold: 0.0, left: 525, right: 526, value: 0.0 }, // role_funding_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004172 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.183488 },
    Node { feature: 105, threshold: 0.0, left: 528, right: 529, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.015053 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003507 },
    Node { feature: 98, threshold: 0.36363637, left: 531, right: 532, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031598 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.100542 },
    Node { feature: 124, threshold: 0.0, left: 534, right: 541, value: 0.0 }, // null_power
    Node { feature: 126, threshold: 0.0, left: 535, right: 538, value: 0.0 }, // null_role_none
    Node { feature: 116, threshold: 0.0, left: 536, right: 537, value: 0.0 }, // read_as_speaker
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000162 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.068711 },
    Node { feature: 132, threshold: 0.0, left: 539, right: 540, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.04627 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.015164 },
    Node { feature: 134, threshold: 0.0, left: 542, right: 545, value: 0.0 }, // null_named_2
    Node { feature: 121, threshold: 0.0, left: 543, right: 544, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002723 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.022087 },
    Node { feature: 121, threshold: 0.0, left: 546, right: 547, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.031407 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.104942 },
    Node { feature: 25, threshold: 0.0, left: 549, right: 556, value: 0.0 }, // kind_project_money
    Node { feature: 105, threshold: 0.0, left: 550, right: 553, value: 0.0 }, // one_word
    Node { feature: 98, threshold: 0.3846154, left: 551, right: 552, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001893 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014531 },
    Node { feature: 42, threshold: 0.0, left: 554, right: 555, value: 0.0 }, // role_spend_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.005795 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025971 },
    Node { feature: 105, threshold: 0.0, left: 557, right: 560, value: 0.0 }, // one_word
    Node { feature: 98, threshold: 0.2857143, left: 558, right: 559, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.085623 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.010533 },
    Node { feature: 98, threshold: 0.36363637, left: 561, right: 562, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.105364 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.009215 },
    Node { feature: 71, threshold: 0.0, left: 564, right: 571, value: 0.0 }, // elsewhere
    Node { feature: 2, threshold: 0.0, left: 565, right: 568, value: 0.0 }, // pick_none
    Node { feature: 100, threshold: 0.0, left: 566, right: 567, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006144 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022775 },
    Node { feature: 72, threshold: 0.0, left: 569, right: 570, value: 0.0 }, // before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006864 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.056836 },
    Node { feature: 104, threshold: 0.0, left: 572, right: 575, value: 0.0 }, // known_name
    Node { feature: 117, threshold: 0.0, left: 573, right: 574, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007748 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.020488 },
    Node { feature: 42, threshold: 0.0, left: 576, right: 577, value: 0.0 }, // role_spend_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.041437 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.047744 },
    Node { feature: 75, threshold: 0.0, left: 579, right: 586, value: 0.0 }, // distance_before_1
    Node { feature: 115, threshold: 0.0, left: 580, right: 583, value: 0.0 }, // read_as_partner
    Node { feature: 94, threshold: 0.0, left: 581, right: 582, value: 0.0 }, // for_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000695 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.043655 },
    Node { feature: 1, threshold: 0.0, left: 584, right: 585, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019361 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.083661 },
    Node { feature: 97, threshold: 0.0, left: 587, right: 590, value: 0.0 }, // verb_after
    Node { feature: 117, threshold: 0.0, left: 588, right: 589, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006731 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.072615 },
    Node { feature: 1, threshold: 0.0, left: 591, right: 592, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.127538 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.022543 },
    Node { feature: 1, threshold: 0.0, left: 594, right: 601, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 595, right: 598, value: 0.0 }, // owns_linked
    Node { feature: 69, threshold: 0.0, left: 596, right: 597, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004289 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014115 },
    Node { feature: 71, threshold: 0.0, left: 599, right: 600, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.016206 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.107469 },
    Node { feature: 104, threshold: 0.0, left: 602, right: 605, value: 0.0 }, // known_name
    Node { feature: 4, threshold: 0.0, left: 603, right: 604, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.036956 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003774 },
    Node { feature: 35, threshold: 0.0, left: 606, right: 607, value: 0.0 }, // role_none_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.01163 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.072109 },
    Node { feature: 98, threshold: 0.875, left: 609, right: 616, value: 0.0 }, // frequency
    Node { feature: 2, threshold: 0.0, left: 610, right: 613, value: 0.0 }, // pick_none
    Node { feature: 98, threshold: 0.46153846, left: 611, right: 612, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000999 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014334 },
    Node { feature: 8, threshold: 0.0, left: 614, right: 615, value: 0.0 }, // kind_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.032845 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.202177 },
    Node { feature: 98, threshold: 0.9166667, left: 617, right: 620, value: 0.0 }, // frequency
    Node { feature: 100, threshold: 0.0, left: 618, right: 619, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.049573 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.179848 },
    Node { feature: 13, threshold: 0.0, left: 621, right: 622, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01475 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005455 },
    Node { feature: 85, threshold: 0.0, left: 624, right: 631, value: 0.0 }, // distance_after_4
    Node { feature: 113, threshold: 0.0, left: 625, right: 628, value: 0.0 }, // read_as_source
    Node { feature: 71, threshold: 0.0, left: 626, right: 627, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002531 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004256 },
    Node { feature: 88, threshold: 0.0, left: 629, right: 630, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022748 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.091291 },
    Node { feature: 98, threshold: 0.75, left: 632, right: 635, value: 0.0 }, // frequency
    Node { feature: 88, threshold: 1.0, left: 633, right: 634, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019297 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.08399 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.019984 },
    Node { feature: 84, threshold: 0.0, left: 637, right: 644, value: 0.0 }, // distance_after_3
    Node { feature: 116, threshold: 0.0, left: 638, right: 641, value: 0.0 }, // read_as_speaker
    Node { feature: 93, threshold: 0.0, left: 639, right: 640, value: 0.0 }, // from_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001012 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022315 },
    Node { feature: 98, threshold: 0.41666666, left: 642, right: 643, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.096001 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.034745 },
    Node { feature: 117, threshold: 0.0, left: 645, right: 648, value: 0.0 }, // main_company
    Node { feature: 114, threshold: 0.0, left: 646, right: 647, value: 0.0 }, // read_as_location
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.044183 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.078237 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.071581 },
    Node { feature: 125, threshold: 0.0, left: 650, right: 657, value: 0.0 }, // null_flops
    Node { feature: 54, threshold: 0.0, left: 651, right: 654, value: 0.0 }, // role_valuation_institution
    Node { feature: 130, threshold: 0.0, left: 652, right: 653, value: 0.0 }, // null_role_revenue
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000578 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.039841 },
    Node { feature: 98, threshold: 0.36363637, left: 655, right: 656, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.029161 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.096134 },
    Node { feature: 134, threshold: 0.0, left: 658, right: 661, value: 0.0 }, // null_named_2
    Node { feature: 133, threshold: 0.0, left: 659, right: 660, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.067713 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.040637 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.005223 },
    Node { feature: 28, threshold: 0.0, left: 663, right: 670, value: 0.0 }, // kind_project_flops
    Node { feature: 101, threshold: 0.0, left: 664, right: 667, value: 0.0 }, // reference_to_previous_first
    Node { feature: 109, threshold: 0.0, left: 665, right: 666, value: 0.0 }, // paragraph_first
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001147 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007305 },
    Node { feature: 15, threshold: 0.0, left: 668, right: 669, value: 0.0 }, // kind_company_power
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.011723 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.096303 },
    Node { feature: 98, threshold: 0.5, left: 671, right: 674, value: 0.0 }, // frequency
    Node { feature: 1, threshold: 0.0, left: 672, right: 673, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.117397 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.04447 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.023958 },
    Node { feature: 123, threshold: 0.0, left: 676, right: 683, value: 0.0 }, // null_chips
    Node { feature: 71, threshold: 0.0, left: 677, right: 680, value: 0.0 }, // elsewhere
    Node { feature: 99, threshold: 0.0, left: 678, right: 679, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005174 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014219 },
    Node { feature: 104, threshold: 0.0, left: 681, right: 682, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002821 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024347 },
    Node { feature: 132, threshold: 0.0, left: 684, right: 687, value: 0.0 }, // null_named_0
    Node { feature: 135, threshold: 0.0, left: 685, right: 686, value: 0.0 }, // null_named_3
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.052508 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025935 },
    Node { feature: 121, threshold: 0.0, left: 688, right: 689, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.076289 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.013458 },
    Node { feature: 98, threshold: 0.36363637, left: 691, right: 698, value: 0.0 }, // frequency
    Node { feature: 17, threshold: 0.0, left: 692, right: 695, value: 0.0 }, // kind_place_money
    Node { feature: 100, threshold: 0.0, left: 693, right: 694, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003515 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.048265 },
    Node { feature: 75, threshold: 0.0, left: 696, right: 697, value: 0.0 }, // distance_before_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.018231 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.106787 },
    Node { feature: 105, threshold: 0.0, left: 699, right: 702, value: 0.0 }, // one_word
    Node { feature: 8, threshold: 0.0, left: 700, right: 701, value: 0.0 }, // kind_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.013886 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.063915 },
    Node { feature: 38, threshold: 0.0, left: 703, right: 704, value: 0.0 }, // role_none_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003503 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.112849 },
    Node { feature: 115, threshold: 0.0, left: 706, right: 713, value: 0.0 }, // read_as_partner
    Node { feature: 119, threshold: 0.0, left: 707, right: 710, value: 0.0 }, // agent_after_linked_figure
    Node { feature: 38, threshold: 0.0, left: 708, right: 709, value: 0.0 }, // role_none_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 3.4e-5 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.035799 },
    Node { feature: 82, threshold: 0.0, left: 711, right: 712, value: 0.0 }, // distance_after_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.012269 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.11596 },
    Node { feature: 40, threshold: 0.0, left: 714, right: 717, value: 0.0 }, // role_spend_company
    Node { feature: 4, threshold: 0.0, left: 715, right: 716, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.037993 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.05114 },
    Node { feature: 72, threshold: 0.0, left: 718, right: 719, value: 0.0 }, // before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.036098 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.040673 },
    Node { feature: 85, threshold: 0.0, left: 721, right: 728, value: 0.0 }, // distance_after_4
    Node { feature: 113, threshold: 0.0, left: 722, right: 725, value: 0.0 }, // read_as_source
    Node { feature: 69, threshold: 0.0, left: 723, right: 724, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001973 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004219 },
    Node { feature: 98, threshold: 0.44444445, left: 726, right: 727, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.065648 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003552 },
    Node { feature: 98, threshold: 0.75, left: 729, right: 732, value: 0.0 }, // frequency
    Node { feature: 88, threshold: 1.0, left: 730, right: 731, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.018434 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.081796 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.018399 },
    Node { feature: 84, threshold: 0.0, left: 734, right: 741, value: 0.0 }, // distance_after_3
    Node { feature: 73, threshold: 0.0, left: 735, right: 738, value: 0.0 }, // after
    Node { feature: 90, threshold: 0.0, left: 736, right: 737, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000314 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.018619 },
    Node { feature: 88, threshold: 0.0, left: 739, right: 740, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014329 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.0332 },
    Node { feature: 98, threshold: 0.75, left: 742, right: 745, value: 0.0 }, // frequency
    Node { feature: 5, threshold: 0.0, left: 743, right: 744, value: 0.0 }, // kind_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.050502 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.057562 },
    Node { feature: 111, threshold: 0.0, left: 746, right: 747, value: 0.0 }, // figure_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002608 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.083887 },
    Node { feature: 116, threshold: 0.0, left: 749, right: 756, value: 0.0 }, // read_as_speaker
    Node { feature: 1, threshold: 0.0, left: 750, right: 753, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 751, right: 752, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000637 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.047898 },
    Node { feature: 13, threshold: 0.0, left: 754, right: 755, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.012155 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005929 },
    Node { feature: 3, threshold: 0.0, left: 757, right: 758, value: 0.0 }, // kind_person
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019654 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.101075 },
    Node { feature: 125, threshold: 0.0, left: 760, right: 767, value: 0.0 }, // null_flops
    Node { feature: 71, threshold: 0.0, left: 761, right: 764, value: 0.0 }, // elsewhere
    Node { feature: 2, threshold: 0.0, left: 762, right: 763, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003512 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.028753 },
    Node { feature: 104, threshold: 0.0, left: 765, right: 766, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002195 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022459 },
    Node { feature: 134, threshold: 0.0, left: 768, right: 771, value: 0.0 }, // null_named_2
    Node { feature: 133, threshold: 0.0, left: 769, right: 770, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.064638 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.037986 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004799 },
    Node { feature: 98, threshold: 0.36363637, left: 773, right: 780, value: 0.0 }, // frequency
    Node { feature: 17, threshold: 0.0, left: 774, right: 777, value: 0.0 }, // kind_place_money
    Node { feature: 100, threshold: 0.0, left: 775, right: 776, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003127 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.04359 },
    Node { feature: 88, threshold: 0.0, left: 778, right: 779, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.050667 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.02104 },
    Node { feature: 98, threshold: 0.875, left: 781, right: 784, value: 0.0 }, // frequency
    Node { feature: 38, threshold: 0.0, left: 782, right: 783, value: 0.0 }, // role_none_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.007689 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.134279 },
    Node { feature: 98, threshold: 0.9166667, left: 785, right: 786, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.100273 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002976 },
    Node { feature: 54, threshold: 0.0, left: 788, right: 795, value: 0.0 }, // role_valuation_institution
    Node { feature: 130, threshold: 0.0, left: 789, right: 792, value: 0.0 }, // null_role_revenue
    Node { feature: 123, threshold: 0.0, left: 790, right: 791, value: 0.0 }, // null_chips
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000683 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022203 },
    Node { feature: 132, threshold: 0.0, left: 793, right: 794, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021582 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.053719 },
    Node { feature: 98, threshold: 0.36363637, left: 796, right: 797, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026605 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.091709 },
    Node { feature: 28, threshold: 0.0, left: 799, right: 806, value: 0.0 }, // kind_project_flops
    Node { feature: 102, threshold: 0.0, left: 800, right: 803, value: 0.0 }, // reference_to_most_named
    Node { feature: 101, threshold: 0.0, left: 801, right: 802, value: 0.0 }, // reference_to_previous_first
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001065 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.02778 },
    Node { feature: 4, threshold: 0.0, left: 804, right: 805, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026596 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.028826 },
    Node { feature: 104, threshold: 0.0, left: 807, right: 810, value: 0.0 }, // known_name
    Node { feature: 98, threshold: 0.5, left: 808, right: 809, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.034739 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.055508 },
    Node { feature: 69, threshold: 0.0, left: 811, right: 812, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.026844 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.132433 },
    Node { feature: 75, threshold: 0.0, left: 814, right: 821, value: 0.0 }, // distance_before_1
    Node { feature: 115, threshold: 0.0, left: 815, right: 818, value: 0.0 }, // read_as_partner
    Node { feature: 94, threshold: 0.0, left: 816, right: 817, value: 0.0 }, // for_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000597 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.038353 },
    Node { feature: 1, threshold: 0.0, left: 819, right: 820, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.016719 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.074508 },
    Node { feature: 90, threshold: 0.0, left: 822, right: 825, value: 0.0 }, // preposition_before
    Node { feature: 97, threshold: 0.0, left: 823, right: 824, value: 0.0 }, // verb_after
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.006996 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.045668 },
    Node { feature: 41, threshold: 0.0, left: 826, right: 827, value: 0.0 }, // role_spend_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.032215 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.053621 },
    Node { feature: 106, threshold: 0.0, left: 829, right: 836, value: 0.0 }, // possessive
    Node { feature: 75, threshold: 0.0, left: 830, right: 833, value: 0.0 }, // distance_before_1
    Node { feature: 115, threshold: 0.0, left: 831, right: 832, value: 0.0 }, // read_as_partner
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000851 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.027946 },
    Node { feature: 90, threshold: 0.0, left: 834, right: 835, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.015822 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.018742 },
    Node { feature: 41, threshold: 0.0, left: 837, right: 840, value: 0.0 }, // role_spend_place
    Node { feature: 117, threshold: 0.0, left: 838, right: 839, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.014116 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.029921 },
    Node { feature: 98, threshold: 0.8888889, left: 841, right: 842, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.059518 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.198798 },
    Node { feature: 1, threshold: 0.0, left: 844, right: 851, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 845, right: 848, value: 0.0 }, // owns_linked
    Node { feature: 69, threshold: 0.0, left: 846, right: 847, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004043 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.01325 },
    Node { feature: 71, threshold: 0.0, left: 849, right: 850, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.011604 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.091925 },
    Node { feature: 35, threshold: 0.0, left: 852, right: 855, value: 0.0 }, // role_none_place
    Node { feature: 104, threshold: 0.0, left: 853, right: 854, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.009913 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.010447 },
    Node { feature: 98, threshold: 0.25, left: 856, right: 857, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.010618 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.089557 },
    Node { feature: 116, threshold: 0.0, left: 859, right: 866, value: 0.0 }, // read_as_speaker
    Node { feature: 84, threshold: 0.0, left: 860, right: 863, value: 0.0 }, // distance_after_3
    Node { feature: 69, threshold: 0.0, left: 861, right: 862, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001733 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004143 },
    Node { feature: 117, threshold: 0.0, left: 864, right: 865, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.030126 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.060602 },
    Node { feature: 98, threshold: 0.5, left: 867, right: 868, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.094545 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014001 },
    Node { feature: 54, threshold: 0.0, left: 870, right: 877, value: 0.0 }, // role_valuation_institution
    Node { feature: 129, threshold: 0.0, left: 871, right: 874, value: 0.0 }, // null_role_valuation
    Node { feature: 136, threshold: 0.0, left: 872, right: 873, value: 0.0 }, // null_linked_unowned
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000581 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025283 },
    Node { feature: 132, threshold: 0.0, left: 875, right: 876, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01036 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.095481 },
    Node { feature: 1, threshold: 0.0, left: 878, right: 879, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.023311 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.082006 },
    Node { feature: 28, threshold: 0.0, left: 881, right: 888, value: 0.0 }, // kind_project_flops
    Node { feature: 124, threshold: 0.0, left: 882, right: 885, value: 0.0 }, // null_power
    Node { feature: 126, threshold: 0.0, left: 883, right: 884, value: 0.0 }, // null_role_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.00019 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024215 },
    Node { feature: 134, threshold: 0.0, left: 886, right: 887, value: 0.0 }, // null_named_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.00103 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.048397 },
    Node { feature: 104, threshold: 0.0, left: 889, right: 892, value: 0.0 }, // known_name
    Node { feature: 98, threshold: 0.5, left: 890, right: 891, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.032184 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.049034 },
    Node { feature: 69, threshold: 0.0, left: 893, right: 894, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025844 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.123281 },
    Node { feature: 85, threshold: 0.0, left: 896, right: 903, value: 0.0 }, // distance_after_4
    Node { feature: 113, threshold: 0.0, left: 897, right: 900, value: 0.0 }, // read_as_source
    Node { feature: 71, threshold: 0.0, left: 898, right: 899, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002116 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.0036 },
    Node { feature: 88, threshold: 0.0, left: 901, right: 902, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.017961 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.087699 },
    Node { feature: 88, threshold: 2.0, left: 904, right: 907, value: 0.0 }, // names_between
    Node { feature: 90, threshold: 0.0, left: 905, right: 906, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.05479 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.049662 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.07932 },
    Node { feature: 102, threshold: 0.0, left: 909, right: 916, value: 0.0 }, // reference_to_most_named
    Node { feature: 98, threshold: 0.875, left: 910, right: 913, value: 0.0 }, // frequency
    Node { feature: 2, threshold: 0.0, left: 911, right: 912, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003062 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025301 },
    Node { feature: 107, threshold: 0.0, left: 914, right: 915, value: 0.0 }, // opens_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003362 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.041237 },
    Node { feature: 2, threshold: 0.0, left: 917, right: 920, value: 0.0 }, // pick_none
    Node { feature: 41, threshold: 0.0, left: 918, right: 919, value: 0.0 }, // role_spend_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.017335 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.089981 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.116682 },
    Node { feature: 98, threshold: 0.46153846, left: 922, right: 929, value: 0.0 }, // frequency
    Node { feature: 2, threshold: 0.0, left: 923, right: 926, value: 0.0 }, // pick_none
    Node { feature: 47, threshold: 0.0, left: 924, right: 925, value: 0.0 }, // role_funding_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001863 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.124268 },
    Node { feature: 70, threshold: 0.0, left: 927, right: 928, value: 0.0 }, // in_paragraph
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.027165 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.096241 },
    Node { feature: 105, threshold: 0.0, left: 930, right: 933, value: 0.0 }, // one_word
    Node { feature: 8, threshold: 0.0, left: 931, right: 932, value: 0.0 }, // kind_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.013462 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.059575 },
    Node { feature: 73, threshold: 0.0, left: 934, right: 935, value: 0.0 }, // after
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.006083 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.018888 },
    Node { feature: 130, threshold: 0.0, left: 937, right: 944, value: 0.0 }, // null_role_revenue
    Node { feature: 1, threshold: 0.0, left: 938, right: 941, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 939, right: 940, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000725 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.039113 },
    Node { feature: 13, threshold: 0.0, left: 942, right: 943, value: 0.0 }, // kind_company_money
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01116 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005923 },
    Node { feature: 132, threshold: 0.0, left: 945, right: 948, value: 0.0 }, // null_named_0
    Node { feature: 133, threshold: 0.0, left: 946, right: 947, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026983 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014037 },
    Node { feature: 121, threshold: 0.0, left: 949, right: 950, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.029454 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.075356 },
    Node { feature: 42, threshold: 0.0, left: 952, right: 959, value: 0.0 }, // role_spend_institution
    Node { feature: 104, threshold: 0.0, left: 953, right: 956, value: 0.0 }, // known_name
    Node { feature: 35, threshold: 0.0, left: 954, right: 955, value: 0.0 }, // role_none_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000844 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.057038 },
    Node { feature: 71, threshold: 0.0, left: 957, right: 958, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002147 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.035064 },
    Node { feature: 104, threshold: 0.0, left: 960, right: 963, value: 0.0 }, // known_name
    Node { feature: 71, threshold: 0.0, left: 961, right: 962, value: 0.0 }, // elsewhere
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.041797 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.01522 },
    Node { feature: 110, threshold: 0.0, left: 964, right: 965, value: 0.0 }, // reference_resolved_by_rules
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.035248 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.03801 },
    Node { feature: 98, threshold: 0.46153846, left: 967, right: 974, value: 0.0 }, // frequency
    Node { feature: 2, threshold: 0.0, left: 968, right: 971, value: 0.0 }, // pick_none
    Node { feature: 100, threshold: 0.0, left: 969, right: 970, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000786 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031023 },
    Node { feature: 70, threshold: 0.0, left: 972, right: 973, value: 0.0 }, // in_paragraph
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025356 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.094027 },
    Node { feature: 98, threshold: 0.875, left: 975, right: 978, value: 0.0 }, // frequency
    Node { feature: 105, threshold: 0.0, left: 976, right: 977, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.021665 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002094 },
    Node { feature: 8, threshold: 0.0, left: 979, right: 980, value: 0.0 }, // kind_product
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002221 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.07347 },
    Node { feature: 125, threshold: 0.0, left: 982, right: 989, value: 0.0 }, // null_flops
    Node { feature: 136, threshold: 0.0, left: 983, right: 986, value: 0.0 }, // null_linked_unowned
    Node { feature: 131, threshold: 0.0, left: 984, right: 985, value: 0.0 }, // null_role_other
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -2e-5 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.019045 },
    Node { feature: 131, threshold: 0.0, left: 987, right: 988, value: 0.0 }, // null_role_other
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.020137 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.11911 },
    Node { feature: 134, threshold: 0.0, left: 990, right: 993, value: 0.0 }, // null_named_2
    Node { feature: 133, threshold: 0.0, left: 991, right: 992, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.060498 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.034898 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001943 },
    Node { feature: 116, threshold: 0.0, left: 995, right: 1002, value: 0.0 }, // read_as_speaker
    Node { feature: 84, threshold: 0.0, left: 996, right: 999, value: 0.0 }, // distance_after_3
    Node { feature: 93, threshold: 0.0, left: 997, right: 998, value: 0.0 }, // from_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000841 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019549 },
    Node { feature: 1, threshold: 0.0, left: 1000, right: 1001, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004859 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.075635 },
    Node { feature: 98, threshold: 0.5, left: 1003, right: 1004, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.092511 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.012496 },
    Node { feature: 129, threshold: 0.0, left: 1006, right: 1013, value: 0.0 }, // null_role_valuation
    Node { feature: 106, threshold: 0.0, left: 1007, right: 1010, value: 0.0 }, // possessive
    Node { feature: 75, threshold: 0.0, left: 1008, right: 1009, value: 0.0 }, // distance_before_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001093 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.008675 },
    Node { feature: 41, threshold: 0.0, left: 1011, right: 1012, value: 0.0 }, // role_spend_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001717 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.101851 },
    Node { feature: 132, threshold: 0.0, left: 1014, right: 1017, value: 0.0 }, // null_named_0
    Node { feature: 133, threshold: 0.0, left: 1015, right: 1016, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.033629 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.065673 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.092841 },
    Node { feature: 119, threshold: 0.0, left: 1019, right: 1026, value: 0.0 }, // agent_after_linked_figure
    Node { feature: 91, threshold: 0.0, left: 1020, right: 1023, value: 0.0 }, // agent_before
    Node { feature: 84, threshold: 0.0, left: 1021, right: 1022, value: 0.0 }, // distance_after_3
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000457 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019512 },
    Node { feature: 83, threshold: 0.0, left: 1024, right: 1025, value: 0.0 }, // distance_after_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.038921 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.057141 },
    Node { feature: 89, threshold: 0.0, left: 1027, right: 1028, value: 0.0 }, // first_in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.124853 },
    Node { feature: 40, threshold: 0.0, left: 1029, right: 1030, value: 0.0 }, // role_spend_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.075181 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.057457 },
    Node { feature: 54, threshold: 0.0, left: 1032, right: 1039, value: 0.0 }, // role_valuation_institution
    Node { feature: 85, threshold: 0.0, left: 1033, right: 1036, value: 0.0 }, // distance_after_4
    Node { feature: 69, threshold: 0.0, left: 1034, right: 1035, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.00176 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003524 },
    Node { feature: 88, threshold: 2.0, left: 1037, right: 1038, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014069 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.076449 },
    Node { feature: 1, threshold: 0.0, left: 1040, right: 1041, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.021636 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.076655 },
    Node { feature: 28, threshold: 0.0, left: 1043, right: 1050, value: 0.0 }, // kind_project_flops
    Node { feature: 42, threshold: 0.0, left: 1044, right: 1047, value: 0.0 }, // role_spend_institution
    Node { feature: 104, threshold: 0.0, left: 1045, right: 1046, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.001588 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007898 },
    Node { feature: 104, threshold: 0.0, left: 1048, right: 1049, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025888 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.027054 },
    Node { feature: 104, threshold: 0.0, left: 1051, right: 1054, value: 0.0 }, // known_name
    Node { feature: 98, threshold: 0.5, left: 1052, right: 1053, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.029209 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.043906 },
    Node { feature: 69, threshold: 0.0, left: 1055, right: 1056, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.024977 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.114942 },
    Node { feature: 130, threshold: 0.0, left: 1058, right: 1065, value: 0.0 }, // null_role_revenue
    Node { feature: 109, threshold: 0.0, left: 1059, right: 1062, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 1060, right: 1061, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001844 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.008602 },
    Node { feature: 52, threshold: 0.0, left: 1063, right: 1064, value: 0.0 }, // role_valuation_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.00663 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.037807 },
    Node { feature: 132, threshold: 0.0, left: 1066, right: 1069, value: 0.0 }, // null_named_0
    Node { feature: 133, threshold: 0.0, left: 1067, right: 1068, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.025738 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.013258 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.048401 },
    Node { feature: 102, threshold: 0.0, left: 1071, right: 1078, value: 0.0 }, // reference_to_most_named
    Node { feature: 101, threshold: 0.0, left: 1072, right: 1075, value: 0.0 }, // reference_to_previous_first
    Node { feature: 42, threshold: 0.0, left: 1073, right: 1074, value: 0.0 }, // role_spend_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001618 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.0093 },
    Node { feature: 98, threshold: 0.22222222, left: 1076, right: 1077, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.036938 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.043131 },
    Node { feature: 90, threshold: 0.0, left: 1079, right: 1082, value: 0.0 }, // preposition_before
    Node { feature: 4, threshold: 0.0, left: 1080, right: 1081, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.020119 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.030124 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.077028 },
    Node { feature: 123, threshold: 0.0, left: 1084, right: 1091, value: 0.0 }, // null_chips
    Node { feature: 1, threshold: 0.0, left: 1085, right: 1088, value: 0.0 }, // pick
    Node { feature: 100, threshold: 0.0, left: 1086, right: 1087, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000892 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.036093 },
    Node { feature: 90, threshold: 0.0, left: 1089, right: 1090, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000413 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.027304 },
    Node { feature: 132, threshold: 0.0, left: 1092, right: 1095, value: 0.0 }, // null_named_0
    Node { feature: 121, threshold: 0.0, left: 1093, right: 1094, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.032334 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.05599 },
    Node { feature: 121, threshold: 0.0, left: 1096, right: 1097, value: 0.0 }, // null_pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.070506 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01049 },
    Node { feature: 116, threshold: 0.0, left: 1099, right: 1104, value: 0.0 }, // read_as_speaker
    Node { feature: 45, threshold: 0.0, left: 1100, right: 1103, value: 0.0 }, // role_funding_person
    Node { feature: 125, threshold: 0.0, left: 1101, right: 1102, value: 0.0 }, // null_flops
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.00017 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.035913 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.068859 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.053279 },
    Node { feature: 85, threshold: 0.0, left: 1106, right: 1113, value: 0.0 }, // distance_after_4
    Node { feature: 113, threshold: 0.0, left: 1107, right: 1110, value: 0.0 }, // read_as_source
    Node { feature: 69, threshold: 0.0, left: 1108, right: 1109, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001615 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003384 },
    Node { feature: 88, threshold: 0.0, left: 1111, right: 1112, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.014884 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.085146 },
    Node { feature: 98, threshold: 0.75, left: 1114, right: 1117, value: 0.0 }, // frequency
    Node { feature: 90, threshold: 0.0, left: 1115, right: 1116, value: 0.0 }, // preposition_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.068866 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000512 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.019037 },
    Node { feature: 106, threshold: 0.0, left: 1119, right: 1126, value: 0.0 }, // possessive
    Node { feature: 98, threshold: 0.875, left: 1120, right: 1123, value: 0.0 }, // frequency
    Node { feature: 2, threshold: 0.0, left: 1121, right: 1122, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002527 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022539 },
    Node { feature: 4, threshold: 0.0, left: 1124, right: 1125, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.02564 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002169 },
    Node { feature: 41, threshold: 0.0, left: 1127, right: 1130, value: 0.0 }, // role_spend_place
    Node { feature: 117, threshold: 0.0, left: 1128, right: 1129, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.012509 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.026424 },
    Node { feature: 98, threshold: 0.8888889, left: 1131, right: 1132, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.041463 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.152007 },
    Node { feature: 98, threshold: 0.36363637, left: 1134, right: 1141, value: 0.0 }, // frequency
    Node { feature: 17, threshold: 0.0, left: 1135, right: 1138, value: 0.0 }, // kind_place_money
    Node { feature: 100, threshold: 0.0, left: 1136, right: 1137, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002839 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.035777 },
    Node { feature: 108, threshold: 0.0, left: 1139, right: 1140, value: 0.0 }, // in_previous_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.041287 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.030696 },
    Node { feature: 108, threshold: 0.0, left: 1142, right: 1145, value: 0.0 }, // in_previous_sentence
    Node { feature: 5, threshold: 0.0, left: 1143, right: 1144, value: 0.0 }, // kind_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002082 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.015175 },
    Node { feature: 117, threshold: 0.0, left: 1146, right: 1147, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.026027 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.012479 },
    Node { feature: 136, threshold: 0.0, left: 1149, right: 1156, value: 0.0 }, // null_linked_unowned
    Node { feature: 131, threshold: 0.0, left: 1150, right: 1153, value: 0.0 }, // null_role_other
    Node { feature: 132, threshold: 0.0, left: 1151, right: 1152, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000665 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.018386 },
    Node { feature: 132, threshold: 0.0, left: 1154, right: 1155, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.044772 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.035324 },
    Node { feature: 131, threshold: 0.0, left: 1157, right: 1160, value: 0.0 }, // null_role_other
    Node { feature: 126, threshold: 0.0, left: 1158, right: 1159, value: 0.0 }, // null_role_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.039732 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019169 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.105537 },
    Node { feature: 98, threshold: 0.46153846, left: 1162, right: 1167, value: 0.0 }, // frequency
    Node { feature: 47, threshold: 0.0, left: 1163, right: 1166, value: 0.0 }, // role_funding_place
    Node { feature: 2, threshold: 0.0, left: 1164, right: 1165, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001671 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.035896 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.092347 },
    Node { feature: 98, threshold: 0.6, left: 1168, right: 1171, value: 0.0 }, // frequency
    Node { feature: 37, threshold: 0.0, left: 1169, right: 1170, value: 0.0 }, // role_none_project
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.0104 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.092914 },
    Node { feature: 4, threshold: 0.0, left: 1172, right: 1173, value: 0.0 }, // kind_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.011421 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003602 },
    Node { feature: 102, threshold: 0.0, left: 1175, right: 1182, value: 0.0 }, // reference_to_most_named
    Node { feature: 101, threshold: 0.0, left: 1176, right: 1179, value: 0.0 }, // reference_to_previous_first
    Node { feature: 69, threshold: 0.0, left: 1177, right: 1178, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003117 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002831 },
    Node { feature: 15, threshold: 0.0, left: 1180, right: 1181, value: 0.0 }, // kind_company_power
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.011448 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.108527 },
    Node { feature: 90, threshold: 0.0, left: 1183, right: 1186, value: 0.0 }, // preposition_before
    Node { feature: 2, threshold: 0.0, left: 1184, right: 1185, value: 0.0 }, // pick_none
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.013621 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.097992 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.069958 },
    Node { feature: 109, threshold: 0.0, left: 1188, right: 1195, value: 0.0 }, // paragraph_first
    Node { feature: 6, threshold: 0.0, left: 1189, right: 1192, value: 0.0 }, // kind_institution
    Node { feature: 104, threshold: 0.0, left: 1190, right: 1191, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.00301 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.012208 },
    Node { feature: 104, threshold: 0.0, left: 1193, right: 1194, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.008974 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.028851 },
    Node { feature: 88, threshold: 2.0, left: 1196, right: 1199, value: 0.0 }, // names_between
    Node { feature: 52, threshold: 0.0, left: 1197, right: 1198, value: 0.0 }, // role_valuation_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.008349 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.031645 },
    Node { feature: 7, threshold: 0.0, left: 1200, right: 1201, value: 0.0 }, // kind_project
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.00487 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.166012 },
    Node { feature: 130, threshold: 0.0, left: 1203, right: 1210, value: 0.0 }, // null_role_revenue
    Node { feature: 123, threshold: 0.0, left: 1204, right: 1207, value: 0.0 }, // null_chips
    Node { feature: 1, threshold: 0.0, left: 1205, right: 1206, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002123 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002986 },
    Node { feature: 132, threshold: 0.0, left: 1208, right: 1209, value: 0.0 }, // null_named_0
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.038006 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.029072 },
    Node { feature: 132, threshold: 0.0, left: 1211, right: 1214, value: 0.0 }, // null_named_0
    Node { feature: 133, threshold: 0.0, left: 1212, right: 1213, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.024615 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.012575 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.046624 },
    Node { feature: 119, threshold: 0.0, left: 1216, right: 1223, value: 0.0 }, // agent_after_linked_figure
    Node { feature: 91, threshold: 0.0, left: 1217, right: 1220, value: 0.0 }, // agent_before
    Node { feature: 84, threshold: 0.0, left: 1218, right: 1219, value: 0.0 }, // distance_after_3
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000421 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019062 },
    Node { feature: 83, threshold: 0.0, left: 1221, right: 1222, value: 0.0 }, // distance_after_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.0344 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.050908 },
    Node { feature: 89, threshold: 0.0, left: 1224, right: 1225, value: 0.0 }, // first_in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.104408 },
    Node { feature: 83, threshold: 0.0, left: 1226, right: 1227, value: 0.0 }, // distance_after_2
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.015203 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004825 },
    Node { feature: 129, threshold: 0.0, left: 1229, right: 1236, value: 0.0 }, // null_role_valuation
    Node { feature: 54, threshold: 0.0, left: 1230, right: 1233, value: 0.0 }, // role_valuation_institution
    Node { feature: 125, threshold: 0.0, left: 1231, right: 1232, value: 0.0 }, // null_flops
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000399 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.034175 },
    Node { feature: 1, threshold: 0.0, left: 1234, right: 1235, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019557 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.070979 },
    Node { feature: 132, threshold: 0.0, left: 1237, right: 1240, value: 0.0 }, // null_named_0
    Node { feature: 133, threshold: 0.0, left: 1238, right: 1239, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.032241 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.061812 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.090148 },
    Node { feature: 30, threshold: 0.0, left: 1242, right: 1249, value: 0.0 }, // kind_product_chips
    Node { feature: 81, threshold: 0.0, left: 1243, right: 1246, value: 0.0 }, // distance_after_0
    Node { feature: 116, threshold: 0.0, left: 1244, right: 1245, value: 0.0 }, // read_as_speaker
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000319 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.058773 },
    Node { feature: 94, threshold: 0.0, left: 1247, right: 1248, value: 0.0 }, // for_before
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.005674 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.129699 },
    Node { feature: 98, threshold: 0.5, left: 1250, right: 1251, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.106002 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.016154 },
    Node { feature: 28, threshold: 0.0, left: 1253, right: 1260, value: 0.0 }, // kind_project_flops
    Node { feature: 85, threshold: 0.0, left: 1254, right: 1257, value: 0.0 }, // distance_after_4
    Node { feature: 69, threshold: 0.0, left: 1255, right: 1256, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001691 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002667 },
    Node { feature: 88, threshold: 2.0, left: 1258, right: 1259, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01134 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.07196 },
    Node { feature: 104, threshold: 0.0, left: 1261, right: 1264, value: 0.0 }, // known_name
    Node { feature: 105, threshold: 0.0, left: 1262, right: 1263, value: 0.0 }, // one_word
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.035955 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.031099 },
    Node { feature: 69, threshold: 0.0, left: 1265, right: 1266, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.021792 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.106956 },
    Node { feature: 130, threshold: 0.0, left: 1268, right: 1275, value: 0.0 }, // null_role_revenue
    Node { feature: 115, threshold: 0.0, left: 1269, right: 1272, value: 0.0 }, // read_as_partner
    Node { feature: 60, threshold: 0.0, left: 1270, right: 1271, value: 0.0 }, // role_revenue_institution
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000582 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.066959 },
    Node { feature: 40, threshold: 0.0, left: 1273, right: 1274, value: 0.0 }, // role_spend_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.030052 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.019304 },
    Node { feature: 132, threshold: 0.0, left: 1276, right: 1279, value: 0.0 }, // null_named_0
    Node { feature: 133, threshold: 0.0, left: 1277, right: 1278, value: 0.0 }, // null_named_1
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022855 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.011432 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.043889 },
    Node { feature: 102, threshold: 0.0, left: 1281, right: 1288, value: 0.0 }, // reference_to_most_named
    Node { feature: 101, threshold: 0.0, left: 1282, right: 1285, value: 0.0 }, // reference_to_previous_first
    Node { feature: 69, threshold: 0.0, left: 1283, right: 1284, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.002929 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.00268 },
    Node { feature: 98, threshold: 0.22222222, left: 1286, right: 1287, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.033502 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.036724 },
    Node { feature: 90, threshold: 0.0, left: 1289, right: 1292, value: 0.0 }, // preposition_before
    Node { feature: 117, threshold: 0.0, left: 1290, right: 1291, value: 0.0 }, // main_company
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.001922 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.033081 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.064656 },
    Node { feature: 109, threshold: 0.0, left: 1294, right: 1301, value: 0.0 }, // paragraph_first
    Node { feature: 6, threshold: 0.0, left: 1295, right: 1298, value: 0.0 }, // kind_institution
    Node { feature: 104, threshold: 0.0, left: 1296, right: 1297, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.002784 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.011279 },
    Node { feature: 104, threshold: 0.0, left: 1299, right: 1300, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.007883 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.025884 },
    Node { feature: 88, threshold: 2.0, left: 1302, right: 1305, value: 0.0 }, // names_between
    Node { feature: 1, threshold: 0.0, left: 1303, right: 1304, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.003998 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.01226 },
    Node { feature: 7, threshold: 0.0, left: 1306, right: 1307, value: 0.0 }, // kind_project
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.004221 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.148947 },
    Node { feature: 54, threshold: 0.0, left: 1309, right: 1316, value: 0.0 }, // role_valuation_institution
    Node { feature: 129, threshold: 0.0, left: 1310, right: 1313, value: 0.0 }, // null_role_valuation
    Node { feature: 136, threshold: 0.0, left: 1311, right: 1312, value: 0.0 }, // null_linked_unowned
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000458 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.02028 },
    Node { feature: 135, threshold: 0.0, left: 1314, right: 1315, value: 0.0 }, // null_named_3
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.047634 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.050493 },
    Node { feature: 1, threshold: 0.0, left: 1317, right: 1318, value: 0.0 }, // pick
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.019011 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.067347 },
    Node { feature: 106, threshold: 0.0, left: 1320, right: 1327, value: 0.0 }, // possessive
    Node { feature: 98, threshold: 0.875, left: 1321, right: 1324, value: 0.0 }, // frequency
    Node { feature: 98, threshold: 0.8, left: 1322, right: 1323, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.000411 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.038128 },
    Node { feature: 98, threshold: 0.9166667, left: 1325, right: 1326, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.107027 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003471 },
    Node { feature: 41, threshold: 0.0, left: 1328, right: 1331, value: 0.0 }, // role_spend_place
    Node { feature: 104, threshold: 0.0, left: 1329, right: 1330, value: 0.0 }, // known_name
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.012533 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.023691 },
    Node { feature: 98, threshold: 0.8888889, left: 1332, right: 1333, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.038291 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.132254 },
    Node { feature: 28, threshold: 0.0, left: 1335, right: 1342, value: 0.0 }, // kind_project_flops
    Node { feature: 98, threshold: 0.36363637, left: 1336, right: 1339, value: 0.0 }, // frequency
    Node { feature: 5, threshold: 0.0, left: 1337, right: 1338, value: 0.0 }, // kind_place
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004407 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.020429 },
    Node { feature: 70, threshold: 0.0, left: 1340, right: 1341, value: 0.0 }, // in_paragraph
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.000782 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.012334 },
    Node { feature: 104, threshold: 0.0, left: 1343, right: 1346, value: 0.0 }, // known_name
    Node { feature: 98, threshold: 0.5, left: 1344, right: 1345, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.024849 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.036875 },
    Node { feature: 69, threshold: 0.0, left: 1347, right: 1348, value: 0.0 }, // in_sentence
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.021355 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.10103 },
    Node { feature: 109, threshold: 0.0, left: 1350, right: 1357, value: 0.0 }, // paragraph_first
    Node { feature: 69, threshold: 0.0, left: 1351, right: 1354, value: 0.0 }, // in_sentence
    Node { feature: 100, threshold: 0.0, left: 1352, right: 1353, value: 0.0 }, // owns_linked
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.004142 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.026021 },
    Node { feature: 99, threshold: 0.0, left: 1355, right: 1356, value: 0.0 }, // most_named
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.011011 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.022164 },
    Node { feature: 100, threshold: 0.0, left: 1358, right: 1361, value: 0.0 }, // owns_linked
    Node { feature: 88, threshold: 1.0, left: 1359, right: 1360, value: 0.0 }, // names_between
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.003905 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.022885 },
    Node { feature: 98, threshold: 0.44444445, left: 1362, right: 1363, value: 0.0 }, // frequency
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.055042 },
    Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -0.009931 },
];
