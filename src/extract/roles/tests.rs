//! Roles read on invented sentences, French and English.

use super::Role;
use crate::extract::{Lexicon, extract};

pub(super) fn roles(s: &str) -> Vec<(String, Option<Role>)> {
    extract(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.text, f.role))
        .collect()
}

#[test]
fn roles_follow_the_nearest_words() {
    let got = roles(
        "Orbitex raised $2bn at a $30bn valuation. Orbitex reported revenue of $4bn and said it would invest $9bn in new fabs.",
    );
    assert_roles(
        &got,
        &[Role::Funding, Role::Valuation, Role::Revenue, Role::Spend],
    );
}

#[test]
fn debt_raised_is_funding() {
    let got = roles(
        "Orbitex a signé un crédit syndiqué de 1,5 milliard d'euros. Orbitex a placé une \
         émission obligataire de 1 milliard d'euros. Orbitex issued $2bn of green bonds.",
    );
    assert_roles(&got, &[Role::Funding, Role::Funding, Role::Funding]);
}

/// Each figure's owner ("" for none) and role, through the whole engine.
fn owners_and_roles(s: &str) -> Vec<(String, Option<Role>)> {
    extract(s, &Lexicon::builtin())
        .figures
        .into_iter()
        .map(|f| (f.actor.unwrap_or_default(), f.role))
        .collect()
}

pub(super) fn assert_roles(got: &[(String, Option<Role>)], want: &[Role]) {
    let roles: Vec<Option<Role>> = got.iter().map(|g| g.1).collect();
    let want: Vec<Option<Role>> = want.iter().copied().map(Some).collect();
    assert_eq!(roles, want, "{got:?}");
}

#[test]
fn french_roles() {
    let got = roles(
        "La start-up Nordwind a levé 300 millions d'euros, ce qui la valorise à 2 milliards d'euros. Son chiffre d'affaires atteint 40 millions d'euros.",
    );
    assert_roles(&got, &[Role::Funding, Role::Valuation, Role::Revenue]);
}

#[test]
fn a_grant_is_spent_by_the_state_and_received_by_the_company() {
    let state = roles("L'Allemagne accordera une aide de 5 milliards d'euros à l'usine.");
    assert_eq!(state[0].1, Some(Role::Spend), "{state:?}");
    let firm = roles("Intel will receive a $3bn grant for its new fab.");
    assert_eq!(firm[0].1, Some(Role::Funding), "{firm:?}");
}

#[test]
fn chips_have_no_role() {
    let got = roles("Orbitex bought 10,000 GPUs.");
    assert!(got.iter().all(|g| g.1.is_none()), "{got:?}");
}

/// The preposition test as first written: the whole gap lower-cased into a new string, each
/// preposition's last occurrence searched for, with no comma or semicolon after it.
fn prep_near_by_search(gap: &str, preps: &[&str]) -> bool {
    let gap = format!(" {} ", crate::text::lower(gap).replace('’', "'"));
    preps.iter().any(|p| {
        gap.rfind(p).is_some_and(|i| {
            gap.len() - (i + p.len()) <= 12 && !gap[i + p.len()..].contains([',', ';'])
        })
    })
}

const PREPS: &[&str] = &[
    " in ",
    " into ",
    " dans ",
    " à ",
    " from ",
    " led by ",
    " auprès de ",
    " auprès d'",
    " de la part de ",
    " menée par ",
];

const GAP_PIECES: &[&str] = &[
    " ", "in", "into", "dans", "à", "À", "from", "led", "by", "BY", "auprès", "AUPRÈS", "de", "d'",
    "d’", "la", "part", "menée", "x", "the", "startup", ",", "'", "é", "😀", "İ", "1",
];

proptest::proptest! {
    #[test]
    fn prep_near_answers_like_the_search(picks in proptest::collection::vec(0usize..GAP_PIECES.len(), 0..40)) {
        let gap: String = picks.iter().map(|&k| GAP_PIECES[k]).collect();
        proptest::prop_assert_eq!(super::prep_near(&gap, PREPS), prep_near_by_search(&gap, PREPS), "{:?}", gap);
    }
}

#[test]
fn a_restatement_names_its_counterpart_when_the_headline_did_not() {
    let x = extract(
        "Orbitex lève 4 milliards de dollars\n\nSelon la presse, Orbitex lèvera 4 milliards de \
         dollars auprès d'Amazon.",
        &Lexicon::builtin(),
    );
    let body = x.figures.last().expect("the body's amount");
    assert!(!body.in_totals, "a restatement of the headline");
    assert_eq!(body.counterpart.as_deref(), Some("Amazon"));
}

#[test]
fn worth_after_a_deal_is_no_valuation() {
    let got = roles(
        "In May, Orbitex signed a deal worth $10bn with Quantil. In June, Quantil was worth \
         $90bn. Nvidia is a Santa Clara-based company worth about $3 trillion.",
    );
    assert_ne!(got[0].1, Some(Role::Valuation), "{got:?}");
    assert_eq!(got[1].1, Some(Role::Valuation), "{got:?}");
    assert_eq!(got[2].1, Some(Role::Valuation), "{got:?}");
}

#[test]
fn worth_a_few_linking_words_after_a_deal_is_its_price() {
    let got = roles(
        "The deal, worth about $7.5 billion, was approved. Mirqab signed a deal that could be \
         worth around $700 million. The lease is worth about $290 million a year. The merger \
         was a deal that valued the developer at $80bn.",
    );
    for g in &got[..3] {
        assert_ne!(g.1, Some(Role::Valuation), "{got:?}");
    }
    assert_eq!(got[3].1, Some(Role::Valuation), "{got:?}");
}

#[test]
fn worth_after_something_built_is_its_cost() {
    let got = roles(
        "Orbitex broke ground on its campus. The first phase, worth $732 million, will deliver \
         60MW. A second stage worth $1.1bn follows. Orbitex itself is now worth $9bn.",
    );
    let money: Vec<_> = got.iter().filter(|g| g.0.starts_with('$')).collect();
    assert_ne!(money[0].1, Some(Role::Valuation), "{got:?}");
    assert_ne!(money[1].1, Some(Role::Valuation), "{got:?}");
    assert_eq!(money[2].1, Some(Role::Valuation), "{got:?}");
}

#[test]
fn money_from_what_was_sold_is_revenue() {
    let got = roles(
        "In the quarter, Nvidia sold $35bn of data-centre chips. Au total, Nvidia a vendu pour \
         3 milliards d'euros de puces.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Revenue]);
}

#[test]
fn the_other_party_of_a_deal_is_the_counterpart() {
    let counterparts = |s: &str| -> Vec<Option<String>> {
        extract(s, &Lexicon::builtin())
            .figures
            .into_iter()
            .map(|f| f.counterpart)
            .collect()
    };
    assert_eq!(
        counterparts("OpenAI has signed a $38 billion deal with Oracle, the companies said."),
        vec![Some("Oracle".to_string())]
    );
    assert_eq!(
        counterparts("OpenAI a signé un contrat de 38 milliards de dollars avec Oracle."),
        vec![Some("Oracle".to_string())]
    );
    // A source after a phrase closed by a comma is no party paid.
    assert_eq!(
        counterparts(
            "Orbitex plans to create a $40 billion fund to invest in AI, Quantil News reported."
        ),
        vec![None]
    );
    // A partner in spending is no party paid.
    assert_eq!(
        counterparts("Mistral AI investira 2 milliards d'euros avec Bpifrance."),
        vec![None]
    );
}

#[test]
fn the_value_of_a_deal_is_its_price() {
    let got = roles(
        "CoreWeave agreed to acquire Core Scientific in a deal valued at $9bn. \
         Nvidia a racheté Groq dans une transaction valorisée 20 milliards de dollars. \
         Anthropic is valued at $183bn.",
    );
    assert_roles(&got, &[Role::Spend, Role::Spend, Role::Valuation]);
}

#[test]
fn assets_managed_are_not_spent_and_a_market_value_is_a_valuation() {
    let got = roles(
        "The fund, which manages more than $900 billion, will invest $2bn. \
         ASML pèse plus de 250 milliards d'euros en Bourse. \
         Orbitex's market value topped $5 trillion.",
    );
    assert_roles(
        &got,
        &[Role::Other, Role::Spend, Role::Valuation, Role::Valuation],
    );
}

#[test]
fn a_part_is_of_the_round_not_of_the_value_it_sets() {
    let got = roles(
        "Orbitex is raising $20bn, people said. The round would value the start-up at more \
         than $200bn. Of the total, about $12.5bn would be debt.",
    );
    assert_roles(&got, &[Role::Funding, Role::Valuation, Role::Funding]);
}

#[test]
fn a_contract_is_spent_and_a_fund_is_endowed_by_the_state() {
    let got = roles(
        "Orbitex, valorisée 500 milliards de dollars lors d'une récente cession d'actions, a \
         par ailleurs signé un contrat de 300 milliards de dollars avec Quantil. \
         Pékin a créé un fonds national doté de 344 milliards de yuans.",
    );
    assert_roles(&got, &[Role::Valuation, Role::Spend, Role::Spend]);
}

#[test]
fn contracted_revenue_is_revenue() {
    let got = roles(
        "Orbitex shares jumped 36% after it reported $455 billion in remaining performance \
         obligations. Quantil a un carnet de commandes de 36 milliards d'euros.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Revenue]);
}

#[test]
fn a_series_is_funding_and_a_post_money_figure_a_valuation() {
    let got = roles("Orbitex closed a $13bn Series F at a $183bn post-money valuation, led by X.");
    assert_roles(&got, &[Role::Funding, Role::Valuation]);
}

#[test]
fn what_is_won_or_supplied_is_earned_and_a_bank_finances() {
    let got = roles(
        "Orbitex won a $16.5 billion contract to make chips for Quantil. \
         Veltra signed a $14.2 billion agreement to supply Quantil with computing power. \
         The European Investment Bank approved €70 billion in financing for tech projects.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Revenue, Role::Spend]);
}

#[test]
fn a_stake_is_what_its_verb_says() {
    let got = roles(
        "SoftBank sold its entire $5.8 billion stake in Nvidia. \
         Nvidia took a $5 billion stake in Intel. Microsoft bought a $1bn stake in G42.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Spend, Role::Spend]);
}

#[test]
fn a_price_is_no_money_spent_or_worth() {
    let got = roles(
        "Shares of Orbitex rose 3% to $135.58, giving the chipmaker a market value of $3.3 \
         trillion. Each accelerator costs about $30,000.",
    );
    assert_roles(&got, &[Role::Other, Role::Valuation, Role::Other]);
}

#[test]
fn the_other_side_of_a_restated_deal_reads_it_its_own_way() {
    let x = extract(
        "OpenAI has agreed to buy chips from Broadcom in a deal worth $10 billion. Broadcom \
         said it had booked $10 billion in orders from a new customer.",
        &Lexicon::builtin(),
    );
    let got: Vec<_> = x
        .figures
        .iter()
        .map(|f| (f.actor.as_deref(), f.role, f.counterpart.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("OpenAI"), Some(Role::Spend), None),
            (Some("Broadcom"), Some(Role::Revenue), None)
        ]
    );
}

#[test]
fn a_deal_to_provide_something_is_earned() {
    let got = roles(
        "CoreWeave signed a $14.2 billion contract with Meta to provide compute through 2031. \
         Meta signed a $10 billion contract with Scaleway for its data centres.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Spend]);
}

#[test]
fn what_the_money_will_fund_is_no_role_of_its_own() {
    let got = roles(
        "Orbitex said it had sold its entire stake in Quantil for $5.83 billion to help fund its \
         investments. Veltra raised $2 billion to invest in data centres.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Funding]);
}

#[test]
fn a_market_nobody_owns_has_no_spending() {
    let got = roles(
        "The global AI chip market is projected to reach $400 billion. Analysts say spending \
         in the sector will hit $632 billion.",
    );
    assert_roles(&got, &[Role::Other, Role::Other]);
}

#[test]
fn bookings_are_earned_and_a_product_is_paid_nothing() {
    let x = extract(
        "Jensen Huang told investors Nvidia had $500 billion in bookings for its Blackwell \
         chips through 2026.",
        &Lexicon::builtin(),
    );
    let got: Vec<_> = x
        .figures
        .iter()
        .map(|f| (f.role, f.counterpart.clone()))
        .collect();
    assert_eq!(got, vec![(Some(Role::Revenue), None)]);
}

#[test]
fn a_world_leader_is_one_actor() {
    // No name is found in lower case; the ranking adjective makes no market of the amount.
    let got = roles(
        "la start-up veut créer un champion mondial. récemment valorisée à 11,7 milliards \
         d'euros, elle grandit. l'entreprise (leader mondial des équipements) a investi 1,3 \
         milliard d'euros dans la start-up.",
    );
    assert_roles(&got, &[Role::Valuation, Role::Spend]);
}

#[test]
fn a_deal_the_body_says_is_provided_for_is_earned_in_the_headline_too() {
    let got = roles(
        "Oracle soars on $300 billion OpenAI deal\n\nOracle reported a $300 billion agreement \
         with OpenAI to provide computing power over five years.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Revenue]);
}

#[test]
fn worth_after_a_deal_and_its_party_is_the_deal_s_price() {
    let got = owners_and_roles(
        "Meta Platforms has signed a cloud deal with Alphabet's Google worth more than $10 \
         billion. Nvidia, the chipmaker worth $4 trillion, grows.",
    );
    assert_eq!(
        got,
        vec![
            ("Meta".to_string(), Some(Role::Spend)),
            ("Nvidia".to_string(), Some(Role::Valuation))
        ]
    );
}

#[test]
fn a_deal_that_valued_a_party_gives_its_value() {
    let got = roles(
        "Orbitex combined with Quantil in an all-stock deal that valued the developer at $80bn.",
    );
    assert_roles(&got, &[Role::Valuation]);
}

#[test]
fn a_part_put_in_by_its_agent_is_spent_by_it() {
    let got = owners_and_roles(
        "xAI a finalisé une levée de fonds de 20 milliards de dollars, dont 2 milliards apportés \
         par Nvidia.",
    );
    assert_eq!(
        got,
        vec![
            ("xAI".to_string(), Some(Role::Funding)),
            ("Nvidia".to_string(), Some(Role::Spend))
        ]
    );
}

#[test]
fn a_valuation_after_a_part_and_its_agent_is_the_raisers_and_no_part() {
    let x = extract(
        "Mistral AI avait levé 1,7 milliard d'euros en septembre, dont 1,3 milliard apportés \
         par ASML, pour une valorisation de 11,7 milliards.",
        &Lexicon::builtin(),
    );
    let got: Vec<_> = x
        .figures
        .iter()
        .map(|f| (f.actor.as_deref().unwrap_or(""), f.role, f.in_totals))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Mistral AI", Some(Role::Funding), true),
            // The agent puts its part in, whatever the valuation after it says.
            ("ASML", Some(Role::Spend), false),
            // Who put money in owns no valuation; a valuation is no item of the parts' list.
            ("Mistral AI", Some(Role::Valuation), true),
        ]
    );
}

#[test]
fn debt_after_a_raised_amount_is_the_kind_of_funding() {
    assert_roles(
        &roles("Crusoe raised a further $11.6bn in debt and equity last month."),
        &[Role::Funding],
    );
    // A debt no verb raises is no funding.
    assert_roles(&roles("Crusoe carries $4bn of debt."), &[Role::Other]);
}

#[test]
fn a_forecast_nobody_owns_is_other_money() {
    let got = owners_and_roles(
        "Annual spending on AI data centres will climb to $1.4 trillion by 2030, consultancy \
         Halden & Partners said in a report.",
    );
    assert_eq!(got, [(String::new(), Some(Role::Other))]);
}

#[test]
fn a_table_cell_reads_its_column_header_then_its_row_label() {
    let got = roles(
        "| Company | Q4 revenue | 2026 capex plan |\n|---|---|---|\n| SK Hynix | ₩32.8 trillion \
         | ₩34 trillion |\n\n| M€ | S1 2026 |\n|---|---|\n| Chiffre d'affaires | 561 M€ |\n\n| \
         Buyer | Target | Value |\n|---|---|---|\n| Equinix | atNorth | €4.1bn |\n",
    );
    assert_roles(
        &got,
        &[Role::Revenue, Role::Spend, Role::Revenue, Role::Spend],
    );
}

#[test]
fn ebitda_is_earned_and_a_forecast_market_is_no_ones_spending() {
    let got = roles(
        "L'EBITDA ajusté d'Orbitex atteint 228 millions d'euros. Selon le cabinet Gartner, les \
         dépenses en cloud souverain en Europe pourraient atteindre 40 milliards d'euros.",
    );
    assert_roles(&got, &[Role::Revenue, Role::Other]);
}

#[test]
fn a_heading_amount_takes_the_role_its_restatement_states() {
    let got = owners_and_roles(
        "Les levées de la semaine\n\n## Pleias (Paris) — 48 M€\n\nLa start-up Pleias a levé \
         48 millions d'euros auprès d'Elaia.\n",
    );
    assert_roles(&got, &[Role::Funding, Role::Funding]);
    // A conversion in brackets reads the amount it converts, not the words after it.
    let got = owners_and_roles(
        "Héliade en bref\n\nHéliade : 450 millions d'euros.\n\nLa start-up Héliade annonce une \
         levée de 450 millions d'euros (environ 525 millions de dollars), qui la valorise 2,4 \
         milliards d'euros.\n",
    );
    assert_eq!(got[0].1, Some(Role::Funding), "{got:?}");
}

#[test]
fn fines_gains_and_a_contracts_value_have_their_own_roles() {
    let got = roles(
        "La Commission a prononcé une sanction pécuniaire de 450 000 euros. Il a réalisé une \
         plus-value de 289 000 euros. Quantil delivered 9,600 modules with a contract value of \
         $194 million. The ₹10,372 crore sanctioned for the first phase went to labs.",
    );
    let r: Vec<_> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        r,
        vec![
            Some(Role::Other),
            Some(Role::Revenue),
            Some(Role::Spend),
            Some(Role::Spend)
        ],
        "{got:?}"
    );
}

#[test]
fn a_table_of_rounds_reads_raised_amounts_and_post_money_valuations() {
    let got = roles(
        "| Start-up | Ville | Montant | Investisseurs |\n|---|---|---|---|\n| Fennec AI | \
         Marseille | 150 M€ | Eurazeo, Bpifrance |\n\n| # | Company | Round | Amount ($M) | Lead \
         investor(s) | Post-money ($B) |\n|---|---|---|---|---|---|\n| 1 | Arvalon Cloud | \
         Series D | $6,500 | Granite Arch Capital | $41.0 |\n",
    );
    assert_roles(&got, &[Role::Funding, Role::Funding, Role::Valuation]);
    // A column of leaders is no column of lead investors.
    let got = roles(
        "| Country | Leader | Amount |\n|---|---|---|\n| France | Emmanuel Macron | €109 billion |\n",
    );
    assert_roles(&got, &[Role::Spend]);
}

#[test]
fn a_market_capitalisation_verb_and_an_order_book_say_what_the_amount_is() {
    let got = roles(
        "Sur la base du cours de lundi, le groupe capitalise 1,44 milliard d'euros. The order \
         book stands at $6.5bn. The Big Fund was capitalised at 344 billion yuan.",
    );
    assert_eq!(got[0].1, Some(Role::Valuation), "{got:?}");
    assert_eq!(got[1].1, Some(Role::Revenue), "{got:?}");
    assert_ne!(got[2].1, Some(Role::Valuation), "{got:?}");
}
