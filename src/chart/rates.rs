//! Currency conversion: default reference rates (dated, shown under every chart, editable and
//! saved with the chart) and the conversion of an amount into the chart's currency.

use crate::project::CurrencyRates;

/// The date of the default rates.
pub const DEFAULT_RATES_DATE: &str = "2025-07-01";

/// Indicative euro reference rates on [`DEFAULT_RATES_DATE`]: units of each currency for one
/// euro (ECB reference rates of that day, rounded; AED and SAR through their dollar pegs). They
/// are a starting point the analyst is expected to check and edit.
const PER_EUR: &[(&str, f64)] = &[
    ("EUR", 1.0),
    ("USD", 1.1792),
    ("GBP", 0.8590),
    ("JPY", 169.95),
    ("CNY", 8.4449),
    ("CHF", 0.9365),
    ("CAD", 1.6056),
    ("AUD", 1.7968),
    ("INR", 101.03),
    ("KRW", 1595.5),
    ("HKD", 9.2565),
    ("SGD", 1.5005),
    ("SEK", 11.19),
    ("AED", 4.3306),
    ("SAR", 4.4220),
];

/// The default rates into `currency` (one unit of each code is worth `rate` of `currency`);
/// `None` for a currency the table does not know.
pub fn default_rates(currency: &str) -> Option<CurrencyRates> {
    let per_eur = |c: &str| PER_EUR.iter().find(|(k, _)| *k == c).map(|(_, v)| *v);
    let target = per_eur(currency)?;
    Some(CurrencyRates {
        date: DEFAULT_RATES_DATE.to_string(),
        rates: PER_EUR
            .iter()
            .map(|(code, per)| (code.to_string(), target / per))
            .collect(),
    })
}

/// `amount` of `from` in the rates' currency (`to`); `None` when there is no usable rate.
pub fn convert(amount: f64, from: &str, to: &str, rates: &CurrencyRates) -> Option<f64> {
    if from == to {
        return Some(amount);
    }
    let r = *rates.rates.get(from)?;
    (r.is_finite() && r > 0.0).then_some(amount * r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_rates_go_through_the_euro() {
        let eur = default_rates("EUR").expect("EUR known");
        assert_eq!(eur.date, DEFAULT_RATES_DATE);
        let usd_in_eur = convert(1.1792e9, "USD", "EUR", &eur).expect("USD rate");
        assert!((usd_in_eur - 1e9).abs() < 1.0, "{usd_in_eur}");
        let usd = default_rates("USD").expect("USD known");
        let eur_in_usd = convert(1e9, "EUR", "USD", &usd).expect("EUR rate");
        assert!((eur_in_usd - 1.1792e9).abs() < 1.0);
        // Unknown currency, or a rate that makes no sense: no conversion.
        assert_eq!(convert(5.0, "XYZ", "EUR", &eur), None);
        let mut bad = eur.clone();
        bad.rates.insert("GBP".into(), 0.0);
        assert_eq!(convert(5.0, "GBP", "EUR", &bad), None);
        assert_eq!(convert(5.0, "EUR", "EUR", &bad), Some(5.0));
        assert!(default_rates("XYZ").is_none());
    }
}
