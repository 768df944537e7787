//! Which dollar an amount written "$" or "dollars" with no qualifier is: a Canadian dollar in
//! Québec's French press, the local dollar in an English text from a dollar country (Canada,
//! Australia, New Zealand, Singapore, Hong Kong) that writes US dollars "US$".

use super::currency::mentions;
use crate::extract::FigureHit;
use crate::text::AnyOf;
use std::sync::LazyLock;

/// Words that place a French text in Canada.
const CANADIAN: &[&str] = &[
    "Québec",
    "Montréal",
    "Ottawa",
    "Canada",
    "canadien",
    "québécois",
];

/// In a French text that writes billions of dollars "G$" (Québec's notation), or that names
/// Canada or Québec three times or more (the Quebec press: "Hydro-Québec", "l'entreprise
/// montréalaise"), a dollar is a Canadian dollar unless it is said to be American: "705
/// millions de dollars", "45 M$".
pub fn canadian_dollars(s: &str, figures: &mut [FigureHit]) {
    if !figures.iter().any(|f| f.unit == "USD") {
        return;
    }
    // (The whole text is searched: by memchr's vectorised search.)
    let g_dollars = || {
        memchr::memmem::find_iter(s.as_bytes(), "G$").any(|i| {
            let before = s[..i].trim_end();
            before.len() < i && before.ends_with(|c: char| c.is_ascii_digit())
        })
    };
    let named_in = |t: &str| mentions(t, CANADIAN);
    let notation = g_dollars();
    // (Most texts name no Canadian place at all: one pass over the text tells.)
    static ANY_CANADIAN: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(CANADIAN));
    if !notation && (!ANY_CANADIAN.found_in(s.as_bytes()) || named_in(s) < 3) {
        return;
    }
    // Without the notation, only near a Canadian name: in the amount's paragraph or the one
    // before ("Ottawa finance un centre au Québec" in one section of a newsletter leaves its
    // other sections' dollars American).
    let near = |f: &FigureHit| {
        let para = s[..f.span.start].rfind("\n\n").unwrap_or(0);
        let from = s[..para].rfind("\n\n").unwrap_or(0);
        let end = s[f.span.end..]
            .find("\n\n")
            .map_or(s.len(), |k| f.span.end + k);
        named_in(&s[from..end]) > 0
    };
    for f in figures
        .iter_mut()
        .filter(|f| f.unit == "USD" && (notation || near(f)))
    {
        let text = &s[f.span.clone()];
        let after = &s[f.span.end..s.floor_char_boundary((f.span.end + 24).min(s.len()))];
        // (Or an amount before it in its sentence said so, and lent it its unit: "1 milliard
        // de dollars américains sur une valorisation d'environ 12 milliards".)
        let opens = s[..f.span.start].rfind(['.', '\n']).map_or(0, |k| k + 1);
        let sentence = &s[opens..f.span.start];
        let american = ["US", "USD", "américain", "É.-U."]
            .iter()
            .any(|w| text.contains(w) || after.trim_start().starts_with(w))
            || ["$ US", "dollars US", "USD", "américain", "É.-U."]
                .iter()
                .any(|w| sentence.contains(w));
        if !american {
            f.unit = "CAD".to_string();
        }
    }
}

/// The dollar countries whose own press writes their dollar "$" and the US one "US$", with
/// the names that place a text there.
const DOLLAR_COUNTRIES: &[(&str, &[&str])] = &[
    (
        "CAD",
        &[
            "Canada",
            "Canadian",
            "Ottawa",
            "Ontario",
            "Quebec",
            "Québec",
            "Alberta",
            "British Columbia",
            "Toronto",
            "Montreal",
            "Vancouver",
        ],
    ),
    (
        "AUD",
        &[
            "Australia",
            "Queensland",
            "New South Wales",
            "Sydney",
            "Melbourne",
            "Brisbane",
            "Canberra",
            "Adelaide",
            "Tasmania",
        ],
    ),
    ("NZD", &["New Zealand", "Auckland", "Wellington"]),
    ("SGD", &["Singapore"]),
    ("HKD", &["Hong Kong"]),
];

/// Names that place a text in the United States (with "US", counted apart from "US$").
const AMERICAN: &[&str] = &["United States", "U.S.", "American", "Washington"];

/// "$1.1 billion" in a Queensland minister's release that writes Nvidia's contract
/// "US$190 million": a text that marks US dollars "US$", names one dollar country at least
/// three times, and twice as often as the United States, and hardly ever writes "A$", writes
/// its own dollar "$".
pub fn local_dollars(s: &str, figures: &mut [FigureHit]) {
    let sign = |f: &FigureHit| dollar_sign(s, f);
    let bare = |f: &FigureHit| bare_dollar(s, f);
    // (The cheapest checks first: most texts write no "US$"; a dollar country's names are
    // counted only then, and only when the text holds one of them at all: one pass tells.)
    static ANY_DOLLAR_COUNTRY: LazyLock<AnyOf> = LazyLock::new(|| {
        let names: Vec<&str> = DOLLAR_COUNTRIES
            .iter()
            .flat_map(|(_, names)| names.iter().copied())
            .collect();
        AnyOf::new(&names)
    });
    if !figures.iter().any(sign) || !s.contains("US$") || !ANY_DOLLAR_COUNTRY.found_in(s.as_bytes())
    {
        return;
    }
    // The dollar countries named three times or more: the United States are counted only
    // when one is (most texts name none that often).
    let named: Vec<(&str, usize)> = DOLLAR_COUNTRIES
        .iter()
        .map(|(iso, names)| (*iso, mentions(s, names)))
        .filter(|&(_, n)| n >= 3)
        .collect();
    if named.is_empty() {
        return;
    }
    // "Texas, US" in a table of deals around the world; "US$" is how the local press marks
    // the other dollar, no sign of an American text.
    let american =
        mentions(s, AMERICAN) + mentions(s, &["US"]).saturating_sub(us_dollars_written(s));
    let mut countries = named
        .iter()
        .filter(|&&(_, n)| n >= 2 * american)
        .map(|&(iso, _)| iso);
    let (Some(iso), None) = (countries.next(), countries.next()) else {
        return;
    };
    // A text that writes its own dollar "C$" or "A$" (twice or more) writes "$" for the US one.
    if figures.iter().filter(|f| f.unit == iso).count() >= 2 {
        return;
    }
    for f in figures.iter_mut().filter(|f| bare(f)) {
        f.unit = iso.to_string();
    }
}

/// "$250 million", or a table's cell under a header in dollars: an amount read as a US
/// dollar for its "$" alone.
fn dollar_sign(s: &str, f: &FigureHit) -> bool {
    let t = &s[f.span.clone()];
    f.unit == "USD" && (t.starts_with('$') || t.starts_with(|c: char| c.is_ascii_digit()))
}

/// An amount written with a bare "$", or a table's bare cell whose header or caption (the
/// lines just above) does not say US dollars ("Cost (US$ million)"), and not said to be
/// American right after it ("$190 million (US)", "$5bn in US dollars").
pub fn bare_dollar(s: &str, f: &FigureHit) -> bool {
    if !dollar_sign(s, f) {
        return false;
    }
    let t = &s[f.span.clone()];
    let above = &s[s.floor_char_boundary(f.span.start.saturating_sub(400))..f.span.start];
    let after = &s[f.span.end..s.floor_char_boundary((f.span.end + 16).min(s.len()))];
    (t.starts_with('$')
        || (!t.contains("dollar")
            && !t.contains("USD")
            && !["US$", "USD", "US dollars"]
                .iter()
                .any(|u| above.contains(u))))
        && !after.contains("US")
}

/// How many times the text writes "US$" (searched by memchr's vectorised search).
fn us_dollars_written(s: &str) -> usize {
    memchr::memmem::find_iter(s.as_bytes(), "US$").count()
}
