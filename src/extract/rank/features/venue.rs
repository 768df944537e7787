//! Stock exchanges: where shares are listed and filings made ("listed on the BMV", "a
//! disclosure to the Philippine Stock Exchange"), never the owner of a figure.

/// Exchanges the press names by their letters or their own name.
const EXCHANGES: &[&str] = &[
    "Nasdaq",
    "NASDAQ",
    "NYSE",
    "BMV",
    "HKEX",
    "SGX",
    "JSE",
    "ASX",
    "TSX",
    "KRX",
    "Euronext",
    "Tadawul",
    "Deutsche Börse",
    "Bursa Malaysia",
    "Borsa Istanbul",
    "Borsa Italiana",
];

/// Whether `name` is a stock exchange's: one of [`EXCHANGES`] (maybe with a place: "Euronext
/// Paris"), or a name closed by "Stock Exchange" or "Exchange" ("Korea Exchange"), or opened
/// by "Bourse" or "Bolsa".
pub fn stock_exchange(name: &str) -> bool {
    EXCHANGES.iter().any(|x| {
        name.strip_prefix(x)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    }) || name.ends_with(" Exchange")
        || name.starts_with("Bourse ")
        || name.starts_with("Bolsa ")
}

#[cfg(test)]
mod tests {
    use super::stock_exchange;

    #[test]
    fn exchanges_by_letters_and_by_name() {
        for x in [
            "BMV",
            "Euronext Paris",
            "Philippine Stock Exchange",
            "Korea Exchange",
        ] {
            assert!(stock_exchange(x), "{x}");
        }
        for x in ["Nasdaqo", "Exchange Capital", "Bourses", "Nvidia"] {
            assert!(!stock_exchange(x), "{x}");
        }
    }
}
