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

/// Names of Morocco and of the United Arab Emirates, whose currencies are both "dirhams".
const MOROCCAN: &[&str] = &[
    "Maroc",
    "marocain",
    "Morocc",
    "Rabat",
    "Casablanca",
    "Dakhla",
];
const EMIRATI: &[&str] = &[
    "Émirats",
    "Emirates",
    "émirien",
    "Emirati",
    "Dubaï",
    "Dubai",
    "Abou Dhabi",
    "Abu Dhabi",
    "UAE",
];

/// "300 millions de dirhams" in a text about Morocco (named more often than the Emirates) is
/// the Moroccan dirham, not the Emirati one.
pub fn moroccan_dirhams(s: &str, figures: &mut [crate::extract::FigureHit]) {
    relabel_by_country(s, figures, ("AED", "dirham"), "MAD", (MOROCCAN, EMIRATI));
}

/// "300 millions de dinars" in a text about Tunisia (named more often than Algeria) is the
/// Tunisian dinar, not the Algerian one.
pub fn tunisian_dinars(s: &str, figures: &mut [crate::extract::FigureHit]) {
    relabel_by_country(
        s,
        figures,
        ("DZD", "dinar"),
        "TND",
        (
            &["Tunisie", "Tunisia", "Tunis"],
            &["Algérie", "Algeria", "Alger"],
        ),
    );
}

/// "Rs 6,2 milliards" in a text about Mauritius (named more often than India) is the
/// Mauritian rupee, not the Indian one; "Rs38.6bn" in a text about Pakistan, Pakistan's.
pub fn local_rupees(s: &str, figures: &mut [crate::extract::FigureHit]) {
    relabel_by_country(
        s,
        figures,
        ("INR", ""),
        "MUR",
        (
            &[
                "Maurice",
                "Mauritius",
                "mauricien",
                "Mauritian",
                "Port-Louis",
            ],
            INDIA,
        ),
    );
    // Pakistan's, Sri Lanka's and Nepal's press write their rupees "Rs" too (and count in
    // crore and lakh, as India does).
    for (code, ours) in [
        ("PKR", &["Pakistan", "Islamabad", "Karachi", "Lahore"][..]),
        ("LKR", &["Sri Lanka", "Colombo"][..]),
        ("NPR", &["Nepal", "Kathmandu"][..]),
    ] {
        relabel_by_country(s, figures, ("INR", ""), code, (ours, INDIA));
    }
    // India's own sign and code mark its rupees wherever they stand; so do its crore and
    // lakh in Mauritius, which counts in millions.
    for f in figures
        .iter_mut()
        .filter(|f| matches!(f.unit.as_str(), "MUR" | "PKR" | "LKR" | "NPR"))
    {
        let text = s[f.span.clone()].to_lowercase();
        let units = f.unit == "MUR" && ["crore", "lakh"].iter().any(|m| text.contains(m));
        if units || ["₹", "inr"].iter().any(|m| text.contains(m)) {
            f.unit = "INR".to_string();
        }
    }
}

/// "38 milliards de livres", "£ 10.5 billion" in a text about Egypt (named more often than
/// Britain) are Egyptian pounds; "LE 6.9 billion" is one only in a text naming Egypt ("LE 1er
/// OCTOBRE" is an article in capitals).
pub fn egyptian_pounds(s: &str, figures: &mut Vec<crate::extract::FigureHit>) {
    const EGYPT: &[&str] = &["Égypte", "Egypt", "égyptien", "Le Caire", "Cairo"];
    let le = |f: &crate::extract::FigureHit| f.unit == "EGP" && s[f.span.clone()].contains("LE");
    if figures.iter().any(le) && mentions(s, EGYPT) == 0 {
        figures.retain(|f| !le(f));
    }
    const BRITAIN: &[&str] = &[
        "Royaume-Uni",
        "United Kingdom",
        "Britain",
        "British",
        "britannique",
        "Londres",
        "London",
        "UK",
    ];
    relabel_by_country(s, figures, ("GBP", ""), "EGP", (EGYPT, BRITAIN));
    // Sterling named as such stays sterling.
    for f in figures.iter_mut().filter(|f| f.unit == "EGP") {
        let text = s[f.span.clone()].to_lowercase();
        if text.contains("sterling") || text.contains("gbp") {
            f.unit = "GBP".to_string();
        }
    }
}

/// "P21.5 billion" is the Philippine peso only in a text naming the Philippines: a lone "P"
/// glued to an amount is no currency elsewhere.
pub fn philippine_pesos(s: &str, figures: &mut Vec<crate::extract::FigureHit>) {
    const PHILIPPINES: &[&str] = &["Philippine", "Manila", "Filipino", "Makati", "Cebu"];
    let glued = |f: &crate::extract::FigureHit| {
        f.unit == "PHP"
            && s[f.span.clone()].starts_with('P')
            && s[f.span.start + 1..].starts_with(|c: char| c.is_ascii_digit())
    };
    if figures.iter().any(glued) && mentions(s, PHILIPPINES) == 0 {
        figures.retain(|f| !glued(f));
    }
}

/// India's names, against which another country's rupees are told apart.
const INDIA: &[&str] = &["Inde", "India", "indien", "Indian", "Delhi"];

/// "Sh19.4bn" is Kenya's shilling unless the text is about Tanzania or Uganda (named more
/// often than Kenya), whose press writes "Sh" too.
pub fn east_african_shillings(s: &str, figures: &mut [crate::extract::FigureHit]) {
    const KENYA: &[&str] = &["Kenya", "Nairobi", "Mombasa", "KSh", "Ksh", "KES"];
    for (code, ours) in [
        (
            "TZS",
            &["Tanzania", "Tanzanie", "Dar es Salaam", "Dodoma"][..],
        ),
        ("UGX", &["Uganda", "Ouganda", "Kampala"][..]),
    ] {
        relabel_by_country(s, figures, ("KES", "sh"), code, (ours, KENYA));
    }
}

/// Gives the code `to` to the figures coded `code` and written with `word`, when the text names
/// `to`'s country (`ours`) more often than the other's (`theirs`): two currencies sharing one
/// word ("dirhams", "dinars") or one sign ("FCFA", any word: `word` empty).
fn relabel_by_country(
    s: &str,
    figures: &mut [crate::extract::FigureHit],
    (code, word): (&str, &str),
    to: &str,
    (ours, theirs): (&[&str], &[&str]),
) {
    // (A currency named with its country keeps it: "roupies indiennes".)
    let named = |f: &crate::extract::FigureHit| {
        if f.unit != code {
            return false;
        }
        let text = s[f.span.clone()].to_lowercase();
        (word.is_empty() || text.contains(word))
            && !theirs.iter().any(|c| text.contains(&c.to_lowercase()))
    };
    // (Most texts name neither country: one search for each of ours settles them.)
    let ours_named = || {
        ours.iter()
            .any(|w| memchr::memmem::find(s.as_bytes(), w.as_bytes()).is_some())
    };
    if figures.iter().any(named) && ours_named() && mentions(s, ours) > mentions(s, theirs) {
        for f in figures.iter_mut().filter(|f| named(f)) {
            f.unit = to.to_string();
        }
    }
}

/// Names of the six states of Central Africa's CFA franc (XAF) and of West Africa's (XOF):
/// both write "FCFA".
const CENTRAL_CFA: &[&str] = &[
    "Cameroun",
    "Cameroon",
    "Yaoundé",
    "Douala",
    "Gabon",
    "Libreville",
    "Brazzaville",
    "Tchad",
    "Chad",
    "N'Djamena",
    "Centrafrique",
    "Central African",
    "Bangui",
    "Guinée équatoriale",
    "Equatorial Guinea",
    "Malabo",
    "CEMAC",
    "BEAC",
    "BDEAC",
];
const WEST_CFA: &[&str] = &[
    "Sénégal",
    "Senegal",
    "Dakar",
    "Côte d'Ivoire",
    "Ivory Coast",
    "Abidjan",
    "Mali",
    "Bamako",
    "Burkina",
    "Ouagadougou",
    "Niger",
    "Niamey",
    "Togo",
    "Lomé",
    "Bénin",
    "Benin",
    "Cotonou",
    "Bissau",
    "UEMOA",
    "BCEAO",
    "BOAD",
];

/// A CFA franc in a text about Central Africa (named more often than West Africa) is the
/// Central African franc, XAF, not the West African one.
pub fn central_african_francs(s: &str, figures: &mut [crate::extract::FigureHit]) {
    relabel_by_country(s, figures, ("XOF", ""), "XAF", (CENTRAL_CFA, WEST_CFA));
}

/// How many times the words of `words` stand in `t` (a country's names, counted to place a
/// text).
pub(super) fn mentions(t: &str, words: &[&str]) -> usize {
    words
        .iter()
        .map(|w| memchr::memmem::find_iter(t.as_bytes(), w.as_bytes()).count())
        .sum()
}
