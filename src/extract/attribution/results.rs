//! Nouns of a company's results and spending, in prose ("Operating profit rose to") and as a
//! table row's label ("| EBITDA ajusté |").

/// Nouns of a company's results and spending.
const RESULTS: &[&str] = &[
    "revenue",
    "sales",
    "profit",
    "income",
    "earnings",
    "turnover",
    "capital expenditure",
    "capital spending",
    "capex",
    "chiffre d'affaires",
    "chiffre d’affaires",
    "bénéfice",
    "résultat net",
    "résultat opérationnel",
    "ventes",
    "dépenses d'investissement",
    "ebitda",
    "net loss",
    "operating loss",
    "perte nette",
];

/// Row labels of a results table that are no nouns of results in prose ("| Investissements |").
const TABLE_RESULTS: &[&str] = &[
    "ebitda",
    "ebit",
    "investissements",
    "investments",
    "operating",
    "net ",
    "free cash flow",
    "cash flow",
    "marge",
    "margin",
];

/// A table row's label naming a result ("Chiffre d'affaires", "EBITDA ajusté").
pub fn results_label(label: &str) -> bool {
    results_before(label) || {
        let low = label.to_lowercase();
        TABLE_RESULTS.iter().any(|w| low.starts_with(w))
    }
}

/// A noun of results or spending in the sentence before the amount ("Operating profit rose
/// to", "Le chiffre d'affaires atteint").
pub fn results_before(before: &str) -> bool {
    let low = before.to_lowercase();
    RESULTS.iter().any(|w| low.contains(w))
}
