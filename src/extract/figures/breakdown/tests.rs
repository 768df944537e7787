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
    // One investor's total: two later amounts that add up to it exactly, each given by no
    // name of its own, are what it is spent on (`sums::complete_joined`); two given by other
    // names in another paragraph are facts of their own.
    let got = flags(
        "Orange va investir 8 milliards d'euros dans un campus.\n\nLe site coûtera 5,2 \
         milliards d'euros, le réseau 2,8 milliards.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false], "{got:?}");
    let got = flags(
        "Orange va investir 8 milliards d'euros dans un campus.\n\nSFR dépensera 5,2 \
         milliards d'euros, et Free 2,8 milliards.",
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
fn a_total_whose_givers_are_named_after_it_is_shared_by_them() {
    let got = flags(
        "Un investissement de 8 milliards d'euros sera apporté par MGX et Orange.\n\nMGX \
         apportera 5,2 milliards d'euros. Orange 2,8 milliards.",
    );
    let flat: Vec<bool> = got.iter().map(|g| g.1).collect();
    assert_eq!(flat, vec![true, false, false], "{got:?}");
}

#[test]
fn a_tables_amounts_and_valuations_beside_them_add_up_to_nothing() {
    // 64 + 420 + 1 150 + 95 + 480 + 1 200 is 3 409, within half a percent of 3 400 by chance:
    // the amounts and the valuations stand in two columns.
    let got = flags(
        "Les opérations ont totalisé 3 400 M€ au trimestre.\n\n\
         | Cible | Montant (M€) | Valorisation (M€) |\n|---|---:|---:|\n\
         | Nuvéo | 64 | 420 |\n| Campus Mosel | 1 150 | – |\n| Korvex | 95 | – |\n\
         | Rhodaniens | 480 | 1 200 |\n| Hexalune | 210 | 1 400 |\n",
    );
    assert!(got.iter().all(|g| g.1), "{got:?}");
}
