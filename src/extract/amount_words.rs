//! Words around an amount that several stages read the same way: what marks a valuation
//! ("valued at"), a generic amount ("a single fab can cost") and an amount each of several gets
//! ("50,000 GPUs each"). Attribution, totals, facts and roles share these lists.

use super::firsts::{Firsts, words};
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
    VALUATION.iter().any(|c| t.contains(c))
}

/// True when the words right before `at` say what the amount values ("valued at", "valorisée
/// à", "a $5bn valuation").
pub fn valuation_before(s: &str, at: usize) -> bool {
    with_lower_tail(s, at, 40, says_valuation)
}

/// True when a generic subject stands in `s[from..at]`: "a single", "a typical", "un seul",
/// "une seule", "chaque", "each".
pub fn generic_subject(s: &str, from: usize, at: usize) -> bool {
    let t = around(s, from, at);
    // Each word looked for holds one of these letter runs (ASCII case aside): a stretch
    // without any holds none of the words.
    if !contains_any_ci(t.as_bytes(), GENERIC_RUNS, &GENERIC_FIRSTS) {
        return false;
    }
    let mut prev = "";
    let mut ws = words(t).peekable();
    while let Some(w) = ws.next() {
        let is = |x: &str| w.eq_ignore_ascii_case(x);
        let after = |x: &str| prev.eq_ignore_ascii_case(x);
        // "chaque année, X investit", "every year": a period, not a generic subject.
        let period = ws
            .peek()
            .is_some_and(|n| PERIODS.iter().any(|p| n.eq_ignore_ascii_case(p)));
        if ((is("chaque") || is("each") || is("every")) && !period)
            || is("chacune")
            || is("chacun")
            || ((is("single") || is("typical")) && after("a"))
            || ((is("seul") || is("seule")) && (after("un") || after("une")))
        {
            return true;
        }
        prev = w;
    }
    false
}

/// "un campus de taille moyenne coûte désormais plus de 3 milliards", "a gigawatt of capacity
/// costs $50bn": a clause about any one thing of a kind (an indefinite subject) and what such a
/// thing costs. `s[from..at]`: the sentence before the amount.
pub fn indefinite_cost(s: &str, from: usize, at: usize) -> bool {
    // The verb of cost stands close before the amount: most amounts have none there.
    let near = around(s, from.max(at.saturating_sub(40)), at);
    if !near.contains("cost") && !near.contains("coût") {
        return false;
    }
    let t = around(s, from.max(at.saturating_sub(200)), at);
    let clause = t.rsplit([':', ';']).next().unwrap_or(t);
    let mut ws = words(clause);
    let first = ws.next().unwrap_or("");
    ["un", "une", "a", "an"]
        .iter()
        .any(|x| first.eq_ignore_ascii_case(x))
        && ws.any(|w| {
            ["coûte", "coûtent", "costs", "cost"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        })
}

/// "dont 10 milliards apportés par Blackstone", "$2bn provided by X": a participle and its
/// agent right after the amount name who puts the money in (not who estimates or reports it,
/// nor who leads a round).
pub fn agent_follows(between: &str) -> bool {
    let t = between.trim();
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

/// A sentence forecasting or estimating an amount ("will climb to … by 2030, consultancy X
/// said", "the report estimates"): with no owner, what it states is a sector's, not spending.
pub fn forecast_of_nobody(sentence: &str) -> bool {
    sentence.len() < 600
        && crate::text::with_lower(sentence, |t| FORECAST_WORDS.iter().any(|w| t.contains(w)))
}

/// Words of a forecast or an estimate.
const FORECAST_WORDS: &[&str] = &[
    "forecast",
    "estimate",
    "expects",
    "expected to",
    "projected",
    "would need to",
    "will climb",
    "will reach",
    "will rise",
    "could reach",
    "prévoit que",
    "devrait atteindre",
    "estime que",
    "selon les estimations",
];

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

/// The letter runs one of the generic words holds.
const GENERIC_RUNS: &[&str] = &[
    "each", "chaque", "every", "single", "typical", "seul", "chacun",
];
/// "les cinq projets représentent 70 milliards", "the three companies will spend", "les
/// start-up françaises ont levé": a group of actors (a plural article, maybe a number, a
/// plural noun of actors) before the amount with no name after it, whose money is no one's.
pub fn group_subject(s: &str, from: usize, at: usize) -> bool {
    // The subject stands in the last words before the amount; most stretches hold no plural
    // article at all.
    let t = around(s, from.max(at.saturating_sub(GROUP_REACH)), at);
    let b = t.as_bytes();
    let plural_article = memchr::memchr_iter(b' ', b).any(|i| {
        i >= 3
            && matches!(
                [b[i - 3] | 0x20, b[i - 2] | 0x20, b[i - 1] | 0x20],
                [b'l', b'e', b's'] | [b't', b'h', b'e'] | [b'c', b'e', b's'] | [b'e', b's', b'e']
            )
            && (i == 3 || !b[i - 4].is_ascii_alphabetic() || b[i - 1] == b'e')
    });
    if !plural_article {
        return false;
    }
    let mut ws = words(t);
    let mut prev = "";
    while let Some(w) = ws.next() {
        let article = ["les", "the", "ces", "these"]
            .iter()
            .any(|a| prev.eq_ignore_ascii_case(a));
        // ("the start-up" is one: an English group noun ends in "s".)
        let english = prev.eq_ignore_ascii_case("the") || prev.eq_ignore_ascii_case("these");
        prev = w;
        if !article {
            continue;
        }
        let number = NUMBER_WORDS.iter().any(|n| w.eq_ignore_ascii_case(n));
        let noun = if number { ws.next() } else { Some(w) };
        let Some(n) = noun.filter(|n| {
            GROUP_NOUNS.iter().any(|g| n.eq_ignore_ascii_case(g)) && (!english || n.ends_with('s'))
        }) else {
            return false;
        };
        // ("Les deux groupes, Orange et Mistral AI, investiront": names in apposition.)
        let end = n.as_ptr() as usize - t.as_ptr() as usize + n.len();
        let apposition = t[end..]
            .strip_prefix(", ")
            .is_some_and(|r| r.starts_with(char::is_uppercase));
        return !apposition;
    }
    false
}

/// How far before an amount (bytes) a group subject is looked for.
const GROUP_REACH: usize = 100;

/// Small numbers written out, before a plural noun.
const NUMBER_WORDS: &[&str] = &[
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "two", "three",
    "four", "five", "seven", "eight", "nine", "ten",
];

/// Plural nouns of actors that make a group.
const GROUP_NOUNS: &[&str] = &[
    "projets",
    "projects",
    "start-up",
    "startups",
    "start-ups",
    "entreprises",
    "companies",
    "groupes",
    "groups",
    "firms",
    "géants",
    "giants",
    "hyperscalers",
    "consortiums",
    "pays",
    "countries",
    "états",
    "states",
];

/// Words of a period after "each", "every", "chaque".
const PERIODS: &[&str] = &[
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "time",
    "année",
    "an",
    "mois",
    "semaine",
    "jour",
    "trimestre",
    "fois",
];
static GENERIC_FIRSTS: Firsts = Firsts::of(GENERIC_RUNS);

/// True when `hay` holds one of `needles` (lower-case ASCII), ASCII case aside; `firsts`: the
/// needles' first bytes.
fn contains_any_ci(hay: &[u8], needles: &[&str], firsts: &Firsts) -> bool {
    hay.iter().enumerate().any(|(i, &c)| {
        if !firsts.may_start(std::slice::from_ref(&c)) {
            return false;
        }
        let c = c.to_ascii_lowercase();
        needles.iter().map(|n| n.as_bytes()).any(|n| {
            n[0] == c
                && hay
                    .get(i..i + n.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(n))
        })
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
        assert!(generic_subject(
            "Analysts say a single fab can cost ",
            0,
            35
        ));
        assert!(!generic_subject("Orbitex can cost ", 0, 17));
        let s = "50,000 GPUs each through 2027; 9 GPUs each year; 5 milliards chacun";
        assert!(distributive(s, 11));
        assert!(!distributive(s, 37));
        assert!(distributive(s, s.len() - 7));
    }
}
