//! Words around an amount that several stages read the same way: what marks a valuation
//! ("valued at"), who puts money in or where it goes, a market's money, and an amount each of
//! several gets ("50,000 GPUs each"). Attribution, totals, facts and roles share these lists.

use super::firsts::words;
use crate::text::{around, with_lower_tail};

/// Nouns of a deal signed between two parties ("a $38bn deal with AWS", "une transaction
/// valorisée 20 milliards"): its amount is a price, and the other party its counterpart.
pub const CONTRACTS: &[&str] = &[
    "deal",
    "deals",
    "contract",
    "agreement",
    "accord",
    "contrat",
    "transaction",
];

/// Word starts that mark a valuation.
pub const VALUATION: &[&str] = &["valu", "valoris", "worth", "vaut"];

/// True when `t` (lower case) holds a valuation word.
pub fn says_valuation(t: &str) -> bool {
    // ("un chantier évalué à 95 millions": "évaluer" is to estimate, not to value a firm.)
    VALUATION
        .iter()
        .any(|c| t.match_indices(c).any(|(k, _)| !t[..k].ends_with('é')))
}

/// True when the words right before `at` say what the amount values ("valued at", "valorisée
/// à", "a $5bn valuation").
pub fn valuation_before(s: &str, at: usize) -> bool {
    with_lower_tail(s, at, 40, says_valuation)
}

/// "dont 10 milliards apportés par Blackstone", "$2bn provided by X": a participle and its
/// agent right after the amount name who puts the money in (not who estimates or reports it,
/// nor who leads a round).
pub fn agent_follows(between: &str) -> bool {
    let t = without_description(between.trim());
    let Some(participle) = t
        .strip_suffix(" par")
        .or_else(|| t.strip_suffix(" by"))
        .map(str::trim)
    else {
        return false;
    };
    let one_word = !participle.is_empty() && !participle.contains([' ', ',', ';', '(', ')']);
    let done = [
        "é", "ée", "és", "ées", "ed", "i", "is", "ie", "ies", "it", "its", "en",
    ]
    .iter()
    .any(|x| participle.ends_with(x));
    // Who estimates or reports it, and who leads a round ("un tour emmené par X"), are not.
    let other = [
        "estim", "calcul", "rapport", "cit", "report", "forecast", "predict", "prév", "emmen",
        "men", "led", "co-led", "conduit", "pilot",
    ]
    .iter()
    .any(|x| {
        participle.len() >= x.len()
            && participle.as_bytes()[..x.len()].eq_ignore_ascii_case(x.as_bytes())
    });
    one_word && done && !other
}

/// "apportés par l'entreprise commune européenne", "provided by the state-owned lender": the
/// words up to "par" / "by" when a description of the name follows them (a determiner and at
/// most three lower-case words); else all of `t`.
fn without_description(t: &str) -> &str {
    let Some(k) = t.rfind(" par ").or_else(|| t.rfind(" by ")) else {
        return t;
    };
    let by_end = k + t[k + 1..].find(' ').map_or(0, |n| n + 1);
    let desc = &t[by_end + 1..];
    let (det, rest) = match ["l'", "l’"].iter().find_map(|d| desc.strip_prefix(d)) {
        Some(rest) => (true, rest),
        None => match desc.split_once(' ') {
            Some((d, rest)) => (
                matches!(
                    d,
                    "le" | "la" | "les" | "the" | "its" | "son" | "sa" | "ses"
                ),
                rest,
            ),
            // "apportés par la Région": the determiner alone, the name after it.
            None => (matches!(desc, "le" | "la" | "les" | "the"), ""),
        },
    };
    if det && rest.is_empty() {
        return &t[..by_end];
    }
    let words = rest.split(' ').count();
    let plain = rest
        .chars()
        .all(|c| c.is_lowercase() || matches!(c, ' ' | '-' | '\'' | '’'));
    if det && !rest.is_empty() && words <= 3 && plain {
        &t[..by_end]
    } else {
        t
    }
}

/// "les 250 millions restants viendront de la Commission", "$2bn will come from X": a verb of
/// origin between the amount and the actor that puts the money up.
pub fn origin_follows(between: &str) -> bool {
    if between.len() > 48 {
        return false;
    }
    let t = crate::text::lower(between.trim());
    let t = [
        "restants ",
        "restantes ",
        "remaining ",
        "supplémentaires ",
        "more ",
    ]
    .iter()
    .find_map(|w| t.strip_prefix(w))
    .unwrap_or(&t);
    ORIGIN_VERBS.iter().any(|v| {
        t.strip_prefix(v).is_some_and(|rest| {
            let rest = rest.trim();
            rest.is_empty() || ["la", "le", "les", "l'", "the", "du", "des"].contains(&rest)
        })
    })
}

/// A verb of destination in `between` ("will go to", "goes to", "ira à"): what follows is
/// where the money goes, not who owns it.
pub fn goes_to(between: &str) -> bool {
    // "and Rs 6,500 crore to datasets and the AIKosh platform": the verb left out.
    // (Not a range: "$90bn to $100bn".)
    let to = between
        .strip_prefix(" to ")
        .or_else(|| between.strip_prefix(" towards "));
    if to.is_some_and(|t| t.starts_with(|c: char| c.is_alphabetic() && !c.is_uppercase())) {
        return true;
    }
    between.len() < 160
        && (between.contains(" to ") || between.contains(" ir"))
        && [
            " go to ",
            " goes to ",
            " went to ",
            " going to ",
            " ira à ",
            " iront à ",
            " ira au ",
            " iront au ",
            " iront aux ",
        ]
        .iter()
        .any(|v| between.contains(v))
}

/// Verbs of origin and their preposition ("viendront de", "will come from").
const ORIGIN_VERBS: &[&str] = &[
    "viendront de",
    "viendra de",
    "viennent de",
    "vient de",
    "proviendront de",
    "proviendra de",
    "proviennent de",
    "provient de",
    "seront apportés par",
    "will come from",
    "would come from",
    "comes from",
    "come from",
    "came from",
];

/// Words of money across a whole market ("global AI spending", "le marché mondial"), shared by
/// roles and by attribution's sector-wide and forecast checks.
pub const MARKET_WIDE: &[&str] = &[
    "global",
    "worldwide",
    "market",
    "marché",
    "industry",
    "industrie",
    "sector",
    "secteur",
    "mondial",
    "mondiale",
    "mondiaux",
    "mondiales",
    "sectoral",
];

/// True when `t` speaks of a whole market: money no one owns is then no one's spending. (A
/// market value or share is an actor's, and a "leader mondial" or "global champion" is one
/// actor.)
pub fn market_wide(t: &str) -> bool {
    const ONE_ACTOR: &[&str] = &[
        "value",
        "valuation",
        "cap",
        "capitalization",
        "capitalisation",
        "share",
        "leader",
        "leaders",
        "champion",
        "champions",
        "player",
        "players",
        "acteur",
        "numéro",
        "giant",
        "géant",
    ];
    let one =
        |w: Option<&&str>| w.is_some_and(|w| ONE_ACTOR.iter().any(|x| w.eq_ignore_ascii_case(x)));
    let ws: Vec<&str> = words(t).collect();
    ws.iter().enumerate().any(|(k, w)| {
        MARKET_WIDE.iter().any(|m| w.eq_ignore_ascii_case(m))
            && !one(ws.get(k + 1))
            && !one(k.checked_sub(1).and_then(|p| ws.get(p)))
    })
}

/// Words right after an amount that spread it over several owners.
const DISTRIBUTIVE: &[&str] = &[
    "each",
    "apiece",
    "chacun",
    "chacune",
    "per country",
    "par pays",
];

/// True when the amount ending at `end` is given to each of several ("50,000 GPUs each", "5
/// milliards chacun"), not "each year".
pub fn distributive(s: &str, end: usize) -> bool {
    let after = around(s, end, end + 16).trim_start();
    DISTRIBUTIVE.iter().any(|d| {
        let Some(rest) = after
            .get(..d.len())
            .filter(|h| h.eq_ignore_ascii_case(d))
            .map(|_| &after[d.len()..])
        else {
            return false;
        };
        // "each." / "each, …" / "each through 2027", not "each year" (a determiner).
        rest.chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != ' ')
            || words(rest).next().is_some_and(|w| {
                ["through", "until", "by", "in", "over", "from", "for", "to"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
            || d.starts_with('c')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_words() {
        assert!(valuation_before("a round that valued it at ", 26));
        // "évaluer" is to estimate: a cost, not a firm's value.
        assert!(!says_valuation("un chantier évalué à "));
        assert!(says_valuation("la start-up, valorisée à "));
        let s = "50,000 GPUs each through 2027; 9 GPUs each year; 5 milliards chacun";
        assert!(distributive(s, 11));
        assert!(!distributive(s, 37));
        assert!(distributive(s, s.len() - 7));
    }

    #[test]
    fn an_agent_may_follow_its_description() {
        assert!(agent_follows(" apportés par "));
        assert!(agent_follows(
            " apportés par l'entreprise commune européenne "
        ));
        assert!(agent_follows(" provided by the state-owned lender "));
        assert!(!agent_follows(" apportés par l'entreprise, puis "));
        assert!(!agent_follows(" estimés par le cabinet "));
        assert!(!agent_follows(" apportés par la Banque des "));
    }
}
