//! Tests of `breakdown`.

use crate::extract::figures::totals::tests::flags;

#[test]
fn a_breakdown_may_open_after_other_amounts() {
    let got = flags(
        "The four projects mobilise €41 billion, on top of a €20 billion fund for smaller \
         sites.\n\nHelios: investment of €13.5 billion.\n\nFluxion: investment of €11 \
         billion.\n\nIberia: investment of €9.3 billion.\n\nColosseo: investment of €7.2 \
         billion.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        flat,
        vec![true, true, false, false, false, false],
        "{got:?}"
    );
    // Two items after other amounts may add up by chance: not a breakdown.
    let got = flags(
        "The plan is worth €20 billion, beside a €5 billion fund.\n\nA first site costs €12 \
         billion.\n\nA second costs €8 billion.",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn a_part_may_have_parts_of_its_own() {
    let got = flags(
        "The $10 billion venture would be funded by its backers. The fund would contribute \
         $6 billion, with Qualcomm putting in $2.5 billion and Humain $1.5 billion. The \
         fund's money would arrive in two tranches: $2 billion at closing, and the \
         remaining $4 billion later.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        flat,
        vec![true, false, false, false, false, false],
        "{got:?}"
    );
}

#[test]
fn a_range_is_no_item_of_a_breakdown() {
    // 117.5 (the range's middle) + 91.4 + 27.9 + 17.2 + 155 is within half a percent of 410:
    // amounts of other things that add up by chance.
    let got = flags(
        "Its backlog rose to $410 billion.\n\nAlphabet forecast spending of between $115 \
         billion and $120 billion, against $91.4 billion. Fourth-quarter spending was $27.9 \
         billion. Cloud revenue rose to $17.2 billion and the unit's backlog to $155 billion.",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn numbered_items_break_down_a_restated_total() {
    let got = flags(
        "Cabinet approves ₹22,000 crore AI plan\n\nThe Cabinet today approved a plan with an \
         outlay of ₹22,000 crore over five years, to be spent as follows:\n\ni. Compute: \
         ₹12,400 crore to add GPUs;\nii. Models: ₹4,200 crore for models;\niii. Chips: \
         ₹2,600 crore for design;\niv. Skills: ₹2,800 crore.",
    );
    // (Whether the body's total restates the headline's is another stage's call.)
    assert!(got[0].1, "{got:?}");
    assert!(got[2..].iter().all(|g| !g.1), "{got:?}");
}

#[test]
fn two_amounts_adding_up_exactly_break_down_the_total_before_them() {
    let got = flags(
        "Les deux gouvernements ont annoncé un investissement conjoint de 3,2 milliards de \
         dollars. Ottawa fournira 2 milliards $ et Québec, 1,2 milliard $.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false], "{got:?}");
    // Two table rows that happen to add up to a third are no breakdown of it.
    let got = flags(
        "| Site | MW |\n|---|---|\n| Hyperion | 2,000 MW |\n| Colossus | 1,100 MW |\n| \
         Fairwater | 900 MW |\n",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn two_parties_shares_of_their_joint_total_may_follow_a_blank_line() {
    let got = flags(
        "Le fonds MGX et l'opérateur Orange vont investir 8 milliards d'euros dans un campus.\n\n\
         Selon une source, MGX apportera 5,2 milliards d'euros et Orange 2,8 milliards.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false], "{got:?}");
    // One investor's total: two later amounts adding up to it are no breakdown.
    let got = flags(
        "Orange va investir 8 milliards d'euros dans un campus.\n\nLe site coûtera 5,2 \
         milliards d'euros, le réseau 2,8 milliards.",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn a_list_or_table_before_the_total_it_adds_up_to_holds_its_parts() {
    let got = flags(
        "Cinq sites :\n\n| Site | Capacité (MW) |\n|---|---|\n| Hanau | 1 200 |\n| Sines | 1 100 \
         |\n| Kajaani | 800 |\n\nÀ eux trois, ces sites totaliseront 3,1 GW.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![false, false, false, true], "{got:?}");
    // The last row adding up the rows before it is no total of them.
    let got = flags(
        "| Cluster | GPUs |\n|---|---|\n| Tern | 4,096 GPUs |\n| Auk | 5,120 GPUs |\n| Skarv | \
         18,432 GPUs |\n| Lomvi | 27,648 GPUs |\n",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}

#[test]
fn a_breakdown_announced_as_one_reads_on_past_the_reach() {
    let filler = "Le projet associe l'université, l'école polytechnique et la haute école \
                  d'ingénierie du canton, qui y formeront leurs étudiants et leurs chercheurs \
                  pendant plusieurs années. ";
    let text = format!(
        "Le Conseil d'État demande un crédit de CHF 48,5 millions. {f}{f}{f}{f}\n\nLe crédit demandé \
         se répartit en trois volets: CHF 29,0 millions pour les GPU, CHF 8,2 millions pour \
         les salles et CHF 11,3 millions pour l'exploitation.",
        f = filler
    );
    let flat: Vec<bool> = flags(&text).iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false, false], "{flat:?}");
}

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
