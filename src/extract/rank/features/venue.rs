//! Names that never own a figure: stock exchanges, where shares are listed and filings made
//! ("listed on the BMV", "a disclosure to the Philippine Stock Exchange"), courts, and the
//! press, data vendors, rating agencies and market researchers a figure is cited from
//! ("according to FactSet", "a forecast by Dell'Oro"). (Consultancies and banks invest and
//! lend: they stay candidates.)

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

/// The press, data vendors, rating agencies and market researchers: sources.
const SOURCES: &[&str] = &[
    "Reuters",
    "Bloomberg",
    "Bloomberg News",
    "AFP",
    "Associated Press",
    "Financial Times",
    "Le Monde",
    "Les Échos",
    "Les Echos",
    "Wall Street Journal",
    "Nikkei",
    "Nikkei Asia",
    "CNBC",
    "TechCrunch",
    "The Information",
    "Semafor",
    "Axios",
    "La Tribune",
    "Le Figaro",
    "BFM Business",
    "FactSet",
    "LSEG",
    "Refinitiv",
    "Moody's",
    "Fitch",
    "Fitch Ratings",
    "S&P Global",
    "S&P Global Ratings",
    "Standard & Poor's",
    "Dealogic",
    "PitchBook",
    "Crunchbase",
    "Gartner",
    "TrendForce",
    "Dell'Oro",
    "Dell'Oro Group",
    "Synergy Research",
    "Synergy Research Group",
    "Canalys",
    "Omdia",
    "Visible Alpha",
    "StreetAccount",
];

/// Whether `name` never owns a figure: a stock exchange, a court ("Court of Appeal", "Cour
/// des comptes", "Tribunal de commerce"), one of [`SOURCES`].
pub fn never_owner(name: &str) -> bool {
    stock_exchange(name)
        || SOURCES.contains(&name)
        || ["Court ", "Cour ", "Tribunal "]
            .iter()
            .any(|c| name.starts_with(c))
        || name.ends_with(" Court")
}

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
    use super::{never_owner, stock_exchange};

    #[test]
    fn sources_and_courts_own_nothing() {
        for x in [
            "FactSet",
            "Moody's",
            "Cour des comptes",
            "High Court",
            "BMV",
        ] {
            assert!(never_owner(x), "{x}");
        }
        for x in ["JPMorgan", "Fitchburg Power", "Courtland Data"] {
            assert!(!never_owner(x), "{x}");
        }
    }

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
