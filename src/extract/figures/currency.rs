//! Currency tables for [`super::money`]: trusted ISO codes, currency symbols, dollar
//! qualifiers ("US", "HK", "NT") and currency words ("dollars canadiens", "livres sterling"),
//! each with its ISO 4217 code.

use super::index::ByteIndex;
use std::sync::LazyLock;

/// ISO codes trusted in capitals.
pub const ISO_UPPER: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "KRW", "SAR", "AED", "HKD",
    "SGD", "NZD", "TWD", "BRL", "RUB", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "TRY", "ILS",
    "QAR", "KWD", "IDR", "MYR", "THB", "VND", "CNH", "OMR", "BHD", "EGP", "NGN", "KES", "MAD",
    "PKR", "BDT", "CZK", "HUF", "RON", "CLP", "COP", "ARS", "KZT", "UAH", "XOF", "XAF",
    // Africa's and the Indian Ocean's, which the French-language press writes as codes.
    "TND", "DZD", "GNF", "CDF", "RWF", "MGA", "MUR", "KMF", "DJF", "BIF", "MRU", "XPF", "ETB",
    "GHS", "TZS", "UGX", "ZMW", "AOA", "LKR", "NPR", "JOD", "LBP", "IQD", "PHP",
];

/// ISO codes that are no English or French word, so also trusted in lower case.
pub const ISO_LOWER: &[&str] = &[
    "usd", "eur", "gbp", "jpy", "cny", "chf", "aud", "inr", "krw", "hkd", "sgd", "nzd", "twd",
    "brl", "mxn", "zar",
];

/// Currency symbols (one char) and their code.
pub const SYMBOLS: &[(&str, &str)] = &[
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("元", "CNY"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("฿", "THB"),
    ("₫", "VND"),
    ("₭", "LAK"),
    ("ரூ", "LKR"),
];

/// What may qualify a dollar sign, before ("C$", "HK$") or after ("$US", "$ CA") it.
pub const DOLLAR_QUALIFIERS: &[(&str, &str)] = &[
    ("usd", "USD"),
    ("us", "USD"),
    ("u.s.", "USD"),
    ("u.s", "USD"),
    ("cad", "CAD"),
    ("can", "CAD"),
    ("ca", "CAD"),
    ("c", "CAD"),
    ("hkd", "HKD"),
    ("hk", "HKD"),
    ("aud", "AUD"),
    ("au", "AUD"),
    ("nzd", "NZD"),
    ("nz", "NZD"),
    ("sgd", "SGD"),
    ("sg", "SGD"),
    ("mxn", "MXN"),
    ("mex", "MXN"),
    ("mx", "MXN"),
    ("nt", "TWD"),
    ("twd", "TWD"),
    // One capital glued to the sign: "S$3bn" (Singapore), "R$5 bilhões" (Brazil), "A$2bn".
    ("s", "SGD"),
    ("r", "BRL"),
    ("a", "AUD"),
];

/// [`DOLLAR_QUALIFIERS`] by first letter.
pub static QUALIFIER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(DOLLAR_QUALIFIERS.iter().map(|w| w.0)));

/// Currency words after an amount, longest first. `true` = only after a scale word
/// ("millions de livres", not "300 livres", which may be books or weight).
pub const WORDS: &[(&str, &str, bool)] = &[
    ("dollars américains", "USD", false),
    ("dollars us", "USD", false),
    ("dollars canadiens", "CAD", false),
    ("dollars australiens", "AUD", false),
    ("dollars de hong kong", "HKD", false),
    ("dollars hongkongais", "HKD", false),
    ("dollars néo-zélandais", "NZD", false),
    ("dollars de singapour", "SGD", false),
    ("dollars taïwanais", "TWD", false),
    ("us dollars", "USD", false),
    ("us dollar", "USD", false),
    ("u.s. dollars", "USD", false),
    ("american dollars", "USD", false),
    ("canadian dollars", "CAD", false),
    ("canadian dollar", "CAD", false),
    ("australian dollars", "AUD", false),
    ("australian dollar", "AUD", false),
    ("hong kong dollars", "HKD", false),
    ("hong kong dollar", "HKD", false),
    ("new zealand dollars", "NZD", false),
    ("singapore dollars", "SGD", false),
    ("new taiwan dollars", "TWD", false),
    ("taiwan dollars", "TWD", false),
    ("dollars", "USD", false),
    ("dollar", "USD", false),
    ("euros", "EUR", false),
    ("euro", "EUR", false),
    ("livres égyptiennes", "EGP", false),
    ("livre égyptienne", "EGP", false),
    ("egyptian pounds", "EGP", false),
    ("egyptian pound", "EGP", false),
    // "12 milliards de L.E.": Egypt's abbreviation, after a scale.
    ("l.e.", "EGP", true),
    ("livres sterling", "GBP", false),
    ("livre sterling", "GBP", false),
    ("pounds sterling", "GBP", false),
    ("livres", "GBP", true),
    ("pounds", "GBP", true),
    ("sterling", "GBP", false),
    ("yens", "JPY", false),
    ("yen", "JPY", false),
    ("japanese yen", "JPY", false),
    ("chinese yuan", "CNY", false),
    ("yuans", "CNY", false),
    ("yuan", "CNY", false),
    ("renminbi", "CNY", false),
    ("rmb", "CNY", false),
    ("ariarys", "MGA", false),
    ("ariary", "MGA", false),
    ("francs cfa", "XOF", false),
    ("franc cfa", "XOF", false),
    ("fcfa", "XOF", false),
    ("francs suisses", "CHF", false),
    ("franc suisse", "CHF", false),
    ("swiss francs", "CHF", false),
    ("swiss franc", "CHF", false),
    ("francs rwandais", "RWF", false),
    ("rwandan francs", "RWF", false),
    // "96 milliards de Frw": Rwanda's abbreviation, after a scale.
    ("frw", "RWF", true),
    ("francs burundais", "BIF", false),
    ("francs congolais", "CDF", false),
    ("congolese francs", "CDF", false),
    ("francs guinéens", "GNF", false),
    ("francs djiboutiens", "DJF", false),
    ("francs comoriens", "KMF", false),
    ("francs cfp", "XPF", false),
    // "250 millions de francs": the franc still in use is Switzerland's.
    ("francs", "CHF", true),
    ("roupies indiennes", "INR", false),
    ("indian rupees", "INR", false),
    ("roupies", "INR", false),
    ("rupees", "INR", false),
    ("wons", "KRW", false),
    ("won", "KRW", true),
    ("riyals", "SAR", false),
    ("riyal", "SAR", true),
    ("rials saoudiens", "SAR", false),
    ("dirhams", "AED", false),
    ("dinars algériens", "DZD", false),
    ("algerian dinars", "DZD", false),
    ("dinars tunisiens", "TND", false),
    ("tunisian dinars", "TND", false),
    // "46 milliards de dinars", "46 milliards de DA": Algeria's, unless the text is about
    // Tunisia (see `tunisian_dinars`).
    ("dinars", "DZD", true),
    ("da", "DZD", true),
    // "50 millions DT", "60 milliards FG": Tunisia's dinar and Guinea's franc, after a scale.
    ("dt", "TND", true),
    ("fg", "GNF", true),
    // "75 milliards de FC": the Congolese franc, after a scale.
    ("fc", "CDF", true),
    // "4,6 milliards de F CFA".
    ("f cfa", "XOF", false),
    // "14 milliards de DH": Morocco's abbreviation, after a scale.
    ("dh", "MAD", true),
    ("roubles", "RUB", false),
    ("rubles", "RUB", false),
    ("shekels", "ILS", false),
    ("turkish liras", "TRY", false),
    ("turkish lira", "TRY", false),
    ("liras", "TRY", false),
    ("lira", "TRY", true),
    ("livres turques", "TRY", false),
    ("mexican pesos", "MXN", false),
    ("mexican peso", "MXN", false),
    ("pesos mexicains", "MXN", false),
    ("chilean pesos", "CLP", false),
    ("pesos chiliens", "CLP", false),
    // "18.2 billion pesos", "7.5 billion-peso": Mexico's, unless the text is about another
    // peso's country (see `pesos`); after a scale ("18.29 pesos" is a rate).
    ("pesos", "MXN", true),
    ("peso", "MXN", true),
    ("brazilian reais", "BRL", false),
    ("reais", "BRL", false),
    ("ringgits", "MYR", false),
    ("ringgit", "MYR", false),
    ("rupiahs", "IDR", false),
    ("rupiah", "IDR", false),
    ("baht", "THB", true),
    ("dong", "VND", true),
    ("rand", "ZAR", true),
    ("nairas", "NGN", false),
    ("naira", "NGN", false),
    ("kenyan shillings", "KES", false),
    ("shillings kényans", "KES", false),
    ("zlotys", "PLN", false),
    ("zloty", "PLN", false),
    ("swedish crowns", "SEK", false),
    ("swedish crown", "SEK", false),
    ("norwegian crowns", "NOK", false),
    ("norwegian crown", "NOK", false),
    ("danish crowns", "DKK", false),
    ("danish crown", "DKK", false),
    ("omani rials", "OMR", false),
    ("omani rial", "OMR", false),
    ("swedish kronor", "SEK", false),
    ("kronor", "SEK", false),
    ("couronnes suédoises", "SEK", false),
    ("norwegian kroner", "NOK", false),
    ("couronnes norvégiennes", "NOK", false),
    ("danish kroner", "DKK", false),
    ("couronnes danoises", "DKK", false),
    ("qatari riyals", "QAR", false),
];

mod by_country;
pub(crate) use by_country::mentions;
pub use by_country::{
    central_african_francs, east_african_shillings, egyptian_pounds, local_rupees,
    moroccan_dirhams, pesos, riyals, tunisian_dinars,
};
