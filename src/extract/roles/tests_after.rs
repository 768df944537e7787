//! Roles told by the words right after an amount.

use super::Role;
use super::tests::{assert_roles, roles};

#[test]
fn a_valuation_named_right_after_the_amount_is_one_whatever_the_verb_before() {
    let got = roles("Scoop: Halcyon Reasoning nears $9.5B raise at $118B valuation");
    assert_roles(&got, &[Role::Funding, Role::Valuation]);
    // Not what the chips bought are worth.
    let got = roles("The EU committed in August to buy USD 40 billion worth of US AI chips.");
    assert_roles(&got, &[Role::Spend]);
}
