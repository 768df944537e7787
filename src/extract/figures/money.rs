//! Currencies around an amount: symbols and ISO codes before it ("$", "US$", "C$", "€", "USD 5bn"),
//! and symbols, codes and currency words after it ("M€", "$US", "d'euros", "US dollars",
//! "livres sterling", "yuans"), each mapped to its ISO 4217 code.

use super::currency::{DOLLAR_QUALIFIERS, ISO_LOWER, ISO_UPPER, QUALIFIER_INDEX, SYMBOLS, WORDS};
use super::index::ByteIndex;
use super::lex::{
    ascii_letters_end, boundary_after, boundary_before, char_before, prefix_cs, skip_de,
    skip_spaces, skip_spaces_back, word_ci, word_cs, word_start_before,
};
use std::sync::LazyLock;

/// A currency, its ISO code and the multiplier it carries ("MEUR" is a million euros).
pub type Currency = (usize, &'static str, f64);

/// A currency written before the number starting at `num_start`, not reaching before `floor`:
/// returns the span start, the ISO code and a multiplier.
pub fn prefix(s: &str, num_start: usize, floor: usize) -> Option<Currency> {
    let k = skip_spaces_back(s, num_start, 1);
    if k <= floor {
        return None;
    }
    // The run of letters before the number (or the space after it), read once for both tests.
    let ws = word_start_before_letters(s, k);
    prefix_plain(s, num_start, floor, k, ws)
        .map(|(st, iso)| (st, iso, 1.0))
        .or_else(|| {
            // "MAUD 60", "USD115": a code, maybe scaled, right before the number.
            // The code is read before the (costlier) boundary test.
            let (iso, m) = (ws >= floor && ws < k)
                .then(|| scaled_code(&s[ws..k]))
                .flatten()?;
            boundary_before_word(s, ws).then_some((ws, iso, m))
        })
}

/// Start of the run of ASCII letters ending at `k`.
fn word_start_before_letters(s: &str, k: usize) -> usize {
    let b = s.as_bytes();
    let mut i = k;
    while i > 0 && b[i - 1].is_ascii_alphabetic() {
        i -= 1;
    }
    i
}

/// True when an upper-case ISO code is glued right before the digit at `i` ("USD115"), or
/// the rand's "R" ("R5 billion", kept only with a scale word: see [`glued_rand`]).
pub fn code_glued_before(s: &str, i: usize) -> bool {
    let ws = word_start_before_letters(s, i);
    (ws + 3 <= i && scaled_code(&s[ws..i]).is_some() || glued_rand(s, i).is_some())
        && boundary_before(s, ws)
        // (Its letters may end on a letter out of ASCII: "VNĐ52 trillion".)
        || glued_word(s, i).is_some()
}

/// "R5.4 billion": a lone capital R glued to the digit at `i` is the South African rand.
/// The caller trusts it only before a scale word ("R2" alone may be a model or a road).
pub fn glued_rand(s: &str, i: usize) -> Option<usize> {
    let st = i.checked_sub(1)?;
    (s.as_bytes()[st] == b'R' && boundary_before_word(s, st)).then_some(st)
}

/// "USD21bn", "AED3.2bn", "SAR19bn": a word that is an upper-case ISO code glued to an amount
/// and its scale ("COP28", "RON95" are a conference and a fuel grade); `bare`: the amount may
/// go without its scale ("$1 = AED3.6725", where a rate is given).
pub fn code_glued_amount(word: &str, bare: bool) -> bool {
    let Some(code) = word.get(..3) else {
        return false;
    };
    if !word.as_bytes().get(3).is_some_and(u8::is_ascii_digit) || upper_code(code).is_none() {
        return false;
    }
    let rest = word[3..].trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','));
    (bare && rest.is_empty()) || matches!(rest, "k" | "m" | "mn" | "b" | "bn" | "tn" | "trn")
}

/// Currencies written as letters glued to the amount, as the financial press does ("RM160
/// billion", "Rs2.1tn", "SR7.5bn", "Dh55bn", "RMB612.4 million"), and their codes.
const GLUED: &[(&str, &str)] = &[
    ("RM", "MYR"),
    ("Rs", "INR"),
    ("SR", "SAR"),
    ("Dh", "AED"),
    ("Dhs", "AED"),
    ("QR", "QAR"),
    ("Rp", "IDR"),
    ("Tk", "BDT"),
    ("Ksh", "KES"),
    // East Africa's shillings: "KSh14 billion", "Sh19.4bn" (Kenya's unless the text is
    // Tanzania's or Uganda's: see `currency::east_african_shillings`), "TSh", "USh".
    ("KSh", "KES"),
    ("Sh", "KES"),
    ("TSh", "TZS"),
    ("USh", "UGX"),
    // The Philippines' "P21.5 billion" and Egypt's "LE6.9 billion".
    ("P", "PHP"),
    ("LE", "EGP"),
    // Israel's press: "NIS 760 million".
    ("NIS", "ILS"),
    ("RMB", "CNY"),
    ("Rmb", "CNY"),
    // Nigeria's press: "N45bn", "N474 billion".
    ("N", "NGN"),
    // Oman's rial: "RO 620 million", "RO480 million".
    ("RO", "OMR"),
    // Vietnam's press: "VNĐ52 trillion"; Türkiye's: "TL21 billion".
    ("VNĐ", "VND"),
    ("TL", "TRY"),
];

/// "RM160 billion", "Rs2.1tn": a currency of [`GLUED`] glued to the digit at `i`: where it
/// starts, and its code. The caller trusts it only before a scale, as the rand.
pub fn glued_word(s: &str, i: usize) -> Option<(usize, &'static str)> {
    // The byte before the digit rules out most words before their bytes are compared.
    let last = i.checked_sub(1).and_then(|k| s.as_bytes().get(k));
    GLUED.iter().find_map(|&(w, iso)| {
        let st = i.checked_sub(w.len())?;
        (last == w.as_bytes().last() && s.get(st..i) == Some(w) && boundary_before_word(s, st))
            .then_some((st, iso))
    })
}

/// A symbol or plain code before the number at `num_start`; `k` is where the space before it
/// (if any) starts, above `floor`, and `ws` starts the run of ASCII letters ending at `k`.
fn prefix_plain(
    s: &str,
    num_start: usize,
    floor: usize,
    k: usize,
    ws: usize,
) -> Option<(usize, &'static str)> {
    let before = &s[floor..k];
    if before.ends_with('$') {
        let d = k - 1;
        // "usd$ 15", "mxn$ 15": a code glued to the sign.
        let ws = word_start_before(s, d);
        if ws < d && ws >= floor && boundary_before_word(s, ws) {
            let q = s[ws..d].to_ascii_lowercase();
            if let Some(&(_, iso)) = DOLLAR_QUALIFIERS.iter().find(|(w, _)| *w == q) {
                // A lone lower-case or spaced letter is an article ("a $4 billion"), except "c".
                let one = d - ws == 1;
                if !one || s.as_bytes()[ws].is_ascii_uppercase() || q == "c" {
                    return Some((ws, iso));
                }
            }
            if let Some(iso) = iso_code(&s[ws..d]) {
                return Some((ws, iso));
            }
        }
        if let Some(r) = spaced_qualifier(s, d, floor) {
            return Some(r);
        }
        return Some((d, "USD"));
    }
    // Every symbol is non-ASCII: an ASCII byte before `k` ends none.
    if before.as_bytes().last().is_some_and(|&c| c >= 0x80) {
        for &(sym, iso) in SYMBOLS {
            if let Some(rest) = before.strip_suffix(sym) {
                let st = k - sym.len();
                // Egypt's press: "E£ 10.5 billion".
                if sym == "£" && rest.ends_with('E') {
                    let e = st - 1;
                    if e >= floor && boundary_before_word(s, e) {
                        return Some((e, "EGP"));
                    }
                }
                return Some((st, iso));
            }
        }
    }
    // "USD 5bn", "EUR 125", "Rs 500": a code is ASCII letters only.
    if k < num_start
        && ws >= floor
        && ws < k
        && let Some(iso) = iso_code(&s[ws..k])
        && boundary_before_word(s, ws)
    {
        return Some((ws, iso));
    }
    None
}

/// "c $ 16.4 million", "hk $ 10", "u.s $ 100": a qualifier one space before the sign.
fn spaced_qualifier(s: &str, d: usize, floor: usize) -> Option<(usize, &'static str)> {
    let e = skip_spaces_back(s, d, 1);
    if e == d {
        return None;
    }
    for &(w, iso) in DOLLAR_QUALIFIERS {
        // Lone letters other than "c" read as words here ("a $4 billion").
        if w.len() < 2 && w != "c" {
            continue;
        }
        let Some(st) = e.checked_sub(w.len()) else {
            continue;
        };
        if st < floor || !s.is_char_boundary(st) {
            continue;
        }
        if s[st..e].eq_ignore_ascii_case(w) && boundary_before_word(s, st) {
            return Some((st, iso));
        }
    }
    None
}

/// No word char nor apostrophe before `i` ("Apple's $5bn" is no Singapore dollar).
fn boundary_before_word(s: &str, i: usize) -> bool {
    boundary_before(s, i) && char_before(s, i) != Some('\'')
}

/// An ISO code, possibly led by a scale letter ("MEUR", "MUSD", "kEUR").
fn scaled_code(w: &str) -> Option<(&'static str, f64)> {
    if let Some(iso) = upper_code(w) {
        return Some((iso, 1.0));
    }
    // Morocco's "5.200 MDH" (millions of dirhams) and "14 MMDH" (billions).
    match w {
        "MDH" => return Some(("MAD", 1e6)),
        "MMDH" => return Some(("MAD", 1e9)),
        // Tunisia's "214 MDT" and Algeria's "900 MDA": millions of dinars.
        "MDT" => return Some(("TND", 1e6)),
        "MDA" => return Some(("DZD", 1e6)),
        _ => {}
    }
    let m = match w.as_bytes().first()? {
        b'M' => 1e6,
        b'k' | b'K' => 1e3,
        _ => return None,
    };
    upper_code(w.get(1..)?).map(|iso| (iso, m))
}

/// `w` when it is one of [`ISO_UPPER`] (three capitals).
fn upper_code(w: &str) -> Option<&'static str> {
    if w.len() != 3 || !w.bytes().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    ISO_UPPER.iter().find(|c| **c == w).copied()
}

/// An ISO code or "Rs", "RMB" (two or three bytes) as a currency.
fn iso_code(w: &str) -> Option<&'static str> {
    if !(2..=3).contains(&w.len()) {
        return None;
    }
    if w.eq_ignore_ascii_case("rmb") {
        return Some("CNY");
    }
    if w == "Rs" || w == "Rs." {
        return Some("INR");
    }
    // "Rp 33.5 trillion", "RM 160 billion": a glued currency's letters, spaced.
    if let Some(&(_, iso)) = GLUED.iter().find(|(g, _)| {
        *g == w
            && matches!(
                *g,
                "Rp" | "RM"
                    | "QR"
                    | "Ksh"
                    | "KSh"
                    | "Sh"
                    | "Tk"
                    | "SR"
                    | "RO"
                    | "Dh"
                    | "TL"
                    | "LE"
                    | "NIS"
            )
    }) {
        return Some(iso);
    }
    upper_code(w).or_else(|| {
        // ISO_LOWER: three lower-case letters.
        if w.len() != 3 || !w.as_bytes()[0].is_ascii_lowercase() {
            return None;
        }
        ISO_LOWER
            .iter()
            .find(|c| **c == w)
            .and_then(|c| ISO_UPPER.iter().find(|u| u.eq_ignore_ascii_case(c)))
            .copied()
    })
}

/// A currency written after the amount ending at `i` (number plus scale): returns the span end,
/// the ISO code and a multiplier ("30 MUSD"). `scaled`: the amount had a scale word.
pub fn suffix(s: &str, i: usize, scaled: bool) -> Option<Currency> {
    suffix_plain(s, i, scaled)
        .map(|(e, iso)| (e, iso, 1.0))
        .or_else(|| {
            let k = skip_spaces(s, i, 1);
            let we = code_end(s, k)?;
            scaled_code(&s[k..we]).map(|(iso, m)| (we, iso, m))
        })
}

fn suffix_plain(s: &str, i: usize, scaled: bool) -> Option<(usize, &'static str)> {
    // "one-yen bid", "100-dollar bills", "a 30 trillion-won hub": a hyphen glues the
    // currency to the amount ("a billion-dollar bet" is an adjective: not the dollar's).
    if s.as_bytes().get(i) == Some(&b'-') {
        return word(s, i + 1, scaled).filter(|w| !scaled || w.1 != "USD");
    }
    let k = skip_spaces(s, i, 1);
    if let Some(r) = symbol_or_code(s, k) {
        return Some(r);
    }
    if let Some(r) = word(s, k, scaled) {
        return Some(r);
    }
    // French "de dollars", "d'euros", "de $".
    let d = skip_de(s, k)?;
    symbol_or_code(s, d).or_else(|| word(s, d, scaled))
}

fn symbol_or_code(s: &str, k: usize) -> Option<(usize, &'static str)> {
    if let Some(e) = prefix_cs(s, k, "$") {
        // "$US", "$ CA", "$ c", "$cad".
        let q = skip_spaces(s, e, 1);
        for p in QUALIFIER_INDEX.at_ci(s, q) {
            let (w, iso) = DOLLAR_QUALIFIERS[p];
            // Lone letters other than "c" qualify the sign only before it ("$ a day").
            if w.len() == 1 && w != "c" {
                continue;
            }
            if let Some(qe) = word_ci(s, q, w)
                && s.as_bytes().get(qe) != Some(&b'\'')
                && (w != "c" || q > e || qe == q + 1)
            {
                return Some((qe, iso));
            }
        }
        return Some((e, "USD"));
    }
    if s.as_bytes().get(k).is_some_and(|&c| c >= 0x80) {
        for &(sym, iso) in SYMBOLS {
            if let Some(e) = prefix_cs(s, k, sym) {
                return Some((e, iso));
            }
        }
    }
    if let Some(we) = code_end(s, k)
        && we - k <= 3
        && let Some(iso) = iso_code(&s[k..we])
    {
        return Some((we, iso));
    }
    None
}

/// End of the word at `k` when it may be a currency code: two to four ASCII letters, whole.
fn code_end(s: &str, k: usize) -> Option<usize> {
    let we = ascii_letters_end(s.as_bytes(), k);
    ((2..=4).contains(&(we - k)) && boundary_after(s, we)).then_some(we)
}

fn word(s: &str, k: usize, scaled: bool) -> Option<(usize, &'static str)> {
    static INDEX: LazyLock<ByteIndex> =
        LazyLock::new(|| ByteIndex::first_ci(WORDS.iter().map(|w| w.0)));
    // Many words share a first letter ("dollars …", "de"): the second byte rules most out.
    let second = s.as_bytes().get(k + 1).map(u8::to_ascii_lowercase);
    for p in INDEX.at_ci(s, k) {
        let (w, iso, needs_scale) = WORDS[p];
        if (needs_scale && !scaled) || w.as_bytes().get(1).copied() != second {
            continue;
        }
        if let Some(e) = word_ci(s, k, w) {
            // "billion-dollar", "dollar-denominated": an adjective, not an amount.
            if s.as_bytes().get(e) == Some(&b'-') {
                return None;
            }
            return Some((qualified_dollars(s, e, iso), iso));
        }
    }
    None
}

/// "dollars US" keeps USD but widens the span.
fn qualified_dollars(s: &str, e: usize, iso: &str) -> usize {
    if iso == "USD" {
        let q = skip_spaces(s, e, 1);
        if let Some(qe) = word_cs(s, q, "US").or_else(|| word_cs(s, q, "USD")) {
            return qe;
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pre(s: &str) -> Option<(&str, &str)> {
        let n = s.find(|c: char| c.is_ascii_digit())?;
        prefix(s, n, 0).map(|(st, iso, _)| (&s[st..n], iso))
    }

    fn suf(s: &str, scaled: bool) -> Option<(&str, &str)> {
        suffix(s, 0, scaled).map(|(e, iso, _)| (&s[..e], iso))
    }

    #[test]
    fn symbols_are_non_ascii() {
        // prefix and suffix only try the symbols next to a non-ASCII byte.
        for (sym, _) in SYMBOLS {
            assert!(sym.as_bytes()[0] >= 0x80 && sym.as_bytes()[sym.len() - 1] >= 0x80);
        }
    }

    #[test]
    fn currency_words_are_lower_case() {
        // `word` compares a lower-cased second byte with theirs.
        for (w, _, _) in WORDS {
            assert!(
                !w.bytes().any(|c| c.is_ascii_uppercase()) && w.len() >= 2,
                "{w}"
            );
        }
    }

    #[test]
    fn prefixes() {
        assert_eq!(pre("won a $48.2 million"), Some(("$", "USD")));
        assert_eq!(pre("fell to hk $ 10.05 billion"), Some(("hk $ ", "HKD")));
        assert_eq!(pre("about C$1.34 a share"), Some(("C$", "CAD")));
        assert_eq!(pre("exceeds a $ 4 billion"), Some(("$ ", "USD")));
        assert_eq!(pre("Apple's $5bn"), Some(("$", "USD")));
        assert_eq!(pre("un prêt de US$ 150 millions"), Some(("US$ ", "USD")));
        assert_eq!(pre("usd$ 15"), Some(("usd$ ", "USD")));
        assert_eq!(pre("raised €600m"), Some(("€", "EUR")));
        assert_eq!(pre("cost £ 60,000"), Some(("£ ", "GBP")));
        assert_eq!(pre("a USD 5bn loan"), Some(("USD ", "USD")));
        assert_eq!(pre("the 5 bn"), None);
        assert_eq!(pre("TRY 5"), Some(("TRY ", "TRY")));
        assert_eq!(pre("try 5"), None);
        assert_eq!(pre("revenues of MAUD 60"), Some(("MAUD ", "AUD")));
        assert_eq!(prefix("USD115", 3, 0), Some((0, "USD", 1.0)));
        assert!(code_glued_before("USD115", 3));
        assert!(!code_glued_before("GPT4", 3));
    }

    #[test]
    fn suffixes() {
        assert_eq!(suf(" de dollars", true), Some((" de dollars", "USD")));
        assert_eq!(suf(" d'euros dans", true), Some((" d'euros", "EUR")));
        assert_eq!(suf("€ en", true), Some(("€", "EUR")));
        assert_eq!(suf(" $US pour", true), Some((" $US", "USD")));
        assert_eq!(suf(" de $ c", true), Some((" de $ c", "CAD")));
        assert_eq!(suf(" $ c'est", false), Some((" $", "USD")));
        assert_eq!(suf(" USD", true), Some((" USD", "USD")));
        assert_eq!(
            suf(" australian dollars of", true),
            Some((" australian dollars", "AUD"))
        );
        assert_eq!(
            suf(" de livres sterling", false),
            Some((" de livres sterling", "GBP"))
        );
        assert_eq!(suf(" livres vendus", false), None);
        assert_eq!(suf(" de yuans (", true), Some((" de yuans", "CNY")));
        assert_eq!(suf("-dollar bets", true), None);
        assert_eq!(suf(" dollar-denominated", true), None);
        assert_eq!(suf(" personnes", true), None);
        assert_eq!(suf(" dollars US", true), Some((" dollars US", "USD")));
        assert_eq!(suffix(" MEUR in", 0, false), Some((5, "EUR", 1e6)));
        assert_eq!(suf("-yen bid", false), Some(("-yen", "JPY")));
        assert_eq!(suf("-dollar bills", false), Some(("-dollar", "USD")));
    }
}
