//! Tests of `sums`.

use crate::extract::figures::totals::tests::flags;

#[test]
fn a_lists_items_that_add_up_exactly_to_a_total_far_above_are_its_parts() {
    let filler = "La Commission a examiné les faits en détail. ".repeat(60);
    let text = format!(
        "La Commission a prononcé des sanctions d'un montant total de 1 050 000 euros.\n\n\
         {filler}\n\nX a acquis des titres pour 842 000 euros.\n\nLa Commission a prononcé :\n\
         – une sanction de 450 000 euros à l'encontre de X ;\n\
         – une sanction de 150 000 euros à l'encontre de Y ;\n\
         – une sanction de 250 000 euros à l'encontre de Z ;\n\
         – une sanction de 200 000 euros à l'encontre de W.\n"
    );
    let flat: Vec<bool> = flags(&text).iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, true, false, false, false, false]);
    // Items that add up to no amount above stay counted; so does a list whose sum is only close.
    let text = text.replace("200 000 euros à", "210 000 euros à");
    let flat: Vec<bool> = flags(&text).iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true; 6]);
    // French law's numbered items ("1°", "2°").
    let got = flags(
        "Une aide de 185 000 000 euros est accordée.\n\nElle prend la forme :\n\
         1° D'une subvention de 120 000 000 euros ;\n2° D'une avance de 65 000 000 euros.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false], "{got:?}");
}

#[test]
fn a_total_rows_cells_add_up_their_columns() {
    let got = flags(
        "(en milliards d'euros)\n\n\t2024\t2025\nGrandes entreprises\t7,9\t10,2\n\
         PME\t1,1\t1,4\nEnsemble\t9,0\t11,6\n",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        flat,
        vec![false, false, false, false, true, true],
        "{got:?}"
    );
    // Cells that do not add up to the total row's stay counted.
    let got = flags(
        "| Site | 2024 (€bn) | 2025 (€bn) |\n|---|---|---|\n| Nord | 7.9 | 10.2 |\n\
         | Sud | 1.1 | 1.4 |\n| Total | 9.5 | 11.6 |\n",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, true, false, true, true], "{got:?}");
}

#[test]
fn amounts_joined_in_a_sentence_that_add_up_to_one_before_are_its_parts() {
    let flat = |t: &str| -> Vec<bool> { flags(t).iter().map(|g| g.1).collect() };
    assert_eq!(
        flat(
            "A $2 billion loan will come from Korea Development Bank and Shinhan Bank. KDB will \
             provide $1.2 billion and Shinhan $800 million, sources said."
        ),
        [true, false, false]
    );
    assert_eq!(
        flat(
            "Le fonds de 3 milliards d'euros : QIA y apportera 2 milliards d'euros et la banque publique 1 milliard d'euros."
        ),
        [true, false, false]
    );
    // Amounts that add up to nothing given before stay counted.
    assert_eq!(
        flat(
            "A $2 billion loan will come from two banks. KDB will provide $1.3 billion and \
             Shinhan $800 million."
        ),
        [true, true, true]
    );
}

#[test]
fn givers_of_their_own_share_a_total_only_when_it_names_them() {
    let flat = |t: &str| -> Vec<bool> { flags(t).iter().map(|g| g.1).collect() };
    assert_eq!(
        flat(
            "Microsoft will invest $10 billion in Portugal this year. Amazon will spend $5 \
             billion and Google $5 billion."
        ),
        [true, true, true]
    );
    // Parts without givers of their own.
    assert_eq!(
        flat(
            "The deal is worth $6.5 billion. The package comprises $2.5 billion in new equity \
             and $4 billion in shareholder loans."
        ),
        [true, false, false]
    );
}
