//! Currencies told apart by the country a text is about: dirhams (Morocco or the Emirates),
//! dinars (Tunisia or Algeria), rupees (India, Mauritius, Pakistan, Sri Lanka, Nepal),
//! shillings (Kenya, Tanzania, Uganda), pounds (Britain or Egypt), CFA francs, pesos, riyals.

use crate::extract::FigureHit;

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
pub fn moroccan_dirhams(s: &str, figures: &mut [FigureHit]) {
    relabel_by_country(s, figures, ("AED", "dirham"), "MAD", (MOROCCAN, EMIRATI));
}

/// "300 millions de dinars" in a text about Tunisia (named more often than Algeria) is the
/// Tunisian dinar, not the Algerian one.
pub fn tunisian_dinars(s: &str, figures: &mut [FigureHit]) {
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
pub fn local_rupees(s: &str, figures: &mut [FigureHit]) {
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
    keep_marked(
        s,
        figures,
        &["MUR", "PKR", "LKR", "NPR"],
        &["₹", "inr"],
        "INR",
    );
    keep_marked(s, figures, &["MUR"], &["crore", "lakh"], "INR");
}

/// "38 milliards de livres", "£ 10.5 billion" in a text about Egypt (named more often than
/// Britain) are Egyptian pounds; "LE 6.9 billion" is one only in a text naming Egypt ("LE 1er
/// OCTOBRE" is an article in capitals).
pub fn egyptian_pounds(s: &str, figures: &mut Vec<FigureHit>) {
    const EGYPT: &[&str] = &["Égypte", "Egypt", "égyptien", "Le Caire", "Cairo"];
    only_where_named(
        s,
        figures,
        |f| f.unit == "EGP" && s[f.span.clone()].contains("LE"),
        EGYPT,
    );
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
    keep_marked(s, figures, &["EGP"], &["sterling", "gbp"], "GBP");
}

/// "P21.5 billion" is the Philippine peso only in a text naming the Philippines: a lone "P"
/// glued to an amount is no currency elsewhere. "18 billion pesos" is Mexico's unless the text
/// names another peso's country more often than Mexico.
pub fn pesos(s: &str, figures: &mut Vec<FigureHit>) {
    const PHILIPPINES: &[&str] = &["Philippine", "Manila", "Filipino", "Makati", "Cebu"];
    const MEXICO: &[&str] = &["Mexico", "Mexique", "Mexican", "mexicain", "Monterrey"];
    let glued = |f: &FigureHit| {
        f.unit == "PHP"
            && s[f.span.clone()].starts_with('P')
            && s[f.span.start + 1..].starts_with(|c: char| c.is_ascii_digit())
    };
    only_where_named(s, figures, glued, PHILIPPINES);
    for (to, ours) in [
        ("PHP", PHILIPPINES),
        ("ARS", &["Argentina", "Argentine", "Buenos Aires"][..]),
        (
            "COP",
            &["Colombia", "Colombie", "Bogotá", "Bogota", "Medellín"][..],
        ),
        ("CLP", &["Chile", "Chili", "Santiago"][..]),
    ] {
        relabel_by_country(s, figures, ("MXN", "peso"), to, (ours, MEXICO));
    }
}

/// "11 billion riyals" is Saudi Arabia's unless the text names Qatar (or Oman, whose "rials"
/// they are) more often than Saudi Arabia.
pub fn riyals(s: &str, figures: &mut [FigureHit]) {
    const SAUDI: &[&str] = &["Saudi", "saoudien", "Arabie", "Riyad", "Riyadh", "PIF"];
    for (to, ours) in [
        ("QAR", &["Qatar", "Doha", "QIA"][..]),
        ("OMR", &["Oman", "Muscat", "Mascate"][..]),
    ] {
        for word in ["riyal", "rial"] {
            relabel_by_country(s, figures, ("SAR", word), to, (ours, SAUDI));
        }
    }
}

/// Gives the code `to` back to the figures coded one of `codes` whose own text holds one of
/// `marks` (lower case): a currency written with its own sign or name keeps it whatever the
/// text's country ("₹90bn", "10 billion pounds sterling").
fn keep_marked(s: &str, figures: &mut [FigureHit], codes: &[&str], marks: &[&str], to: &str) {
    for f in figures
        .iter_mut()
        .filter(|f| codes.contains(&f.unit.as_str()))
    {
        let text = s[f.span.clone()].to_lowercase();
        if marks.iter().any(|m| text.contains(m)) {
            f.unit = to.to_string();
        }
    }
}

/// Drops the figures `marked` tells ("LE 6.9 billion", "P21.5 billion") from a text that never
/// names their country (`names`): elsewhere those letters are no currency.
fn only_where_named(
    s: &str,
    figures: &mut Vec<FigureHit>,
    marked: impl Fn(&FigureHit) -> bool,
    names: &[&str],
) {
    if figures.iter().any(&marked) && mentions(s, names) == 0 {
        figures.retain(|f| !marked(f));
    }
}

/// India's names, against which another country's rupees are told apart.
const INDIA: &[&str] = &["Inde", "India", "indien", "Indian", "Delhi"];

/// "Sh19.4bn" is Kenya's shilling unless the text is about Tanzania or Uganda (named more
/// often than Kenya), whose press writes "Sh" too.
pub fn east_african_shillings(s: &str, figures: &mut [FigureHit]) {
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
    figures: &mut [FigureHit],
    (code, word): (&str, &str),
    to: &str,
    (ours, theirs): (&[&str], &[&str]),
) {
    // (Most texts have no amount in the currency: one look at the codes settles them.)
    if !figures.iter().any(|f| f.unit == code) {
        return;
    }
    // (A currency named with its country keeps it: "roupies indiennes".)
    let named = |f: &FigureHit| {
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
pub fn central_african_francs(s: &str, figures: &mut [FigureHit]) {
    relabel_by_country(s, figures, ("XOF", ""), "XAF", (CENTRAL_CFA, WEST_CFA));
}

/// How many times the words of `words` stand in `t` (a country's names, counted to place a
/// text): as words of their own, or followed by an ending that makes a name its people's or
/// its plural ("Australian", "Philippines", "Pakistani", "égyptienne", "Camerounais"), never
/// inside another word ("Niger" is not in "Nigeria", "India" not in "Indiana", "UK" not in
/// "UKRAINE").
pub(crate) fn mentions(t: &str, words: &[&str]) -> usize {
    /// Endings a place's name takes in English and French.
    const ENDINGS: &[&str] = &[
        "s", "e", "es", "n", "ns", "ne", "nes", "an", "ans", "ian", "ians", "o", "ese", "nne",
        "nnes", "i", "is", "en", "ens", "ais", "aise", "aises", "ois", "oise", "oises",
    ];
    let b = t.as_bytes();
    words
        .iter()
        .map(|w| {
            memchr::memmem::find_iter(b, w.as_bytes())
                .filter(|&i| {
                    let starts = t[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let rest = &t[i + w.len()..];
                    let tail: &str = &rest[..rest
                        .find(|c: char| !c.is_alphanumeric())
                        .unwrap_or(rest.len())];
                    starts && (tail.is_empty() || ENDINGS.contains(&tail))
                })
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn a_countrys_name_is_counted_as_a_word_with_its_endings() {
        let t = "Australia and Australian firms; Indiana, UKRAINE, Nigeria; the Philippines, \
                 une société égyptienne; UK-based";
        assert_eq!(mentions(t, &["Australia"]), 2);
        assert_eq!(mentions(t, &["India", "UK", "Niger"]), 1);
        assert_eq!(mentions(t, &["Philippine", "égyptien"]), 2);
    }
}
