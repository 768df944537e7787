//! The other names around a candidate owner that own nothing: a seller or backer after
//! "from", a participle's agent ("dotée par X"), a name completing a description ("du groupe
//! X"), an actor forecasting a market, and the name a pronoun after "X said" takes up.

use super::refwords::{Class, Word, word_kind};
use crate::extract::amount_words;
use crate::extract::{EntityHit, EntityKind};
use crate::text::around as slice;

/// `w` starts with the lower-case `x`, ASCII case aside.
fn starts(w: &str, x: &str) -> bool {
    w.len() >= x.len() && w.as_bytes()[..x.len()].eq_ignore_ascii_case(x.as_bytes())
}

/// "L'opérateur de Xavier Niel, qui …", "la filiale du groupe X": a name after "de" / "of"
/// (and at most a head noun, "du groupe X", not a verb, "de réaliser X") completes a
/// description; the description is the subject, not the name.
pub fn complement(s: &str, x: &EntityHit) -> bool {
    let before = slice(s, x.span.start.saturating_sub(24), x.span.start);
    if before.ends_with("d'") || before.ends_with("d’") {
        return true;
    }
    if !before.ends_with(' ') {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let of = |w: &str| {
        ["de", "du", "des", "of"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    };
    // The word between is a head noun ("du groupe X"), not a verb ("de réaliser X").
    let head = |w: &str| matches!(word_kind(w), Word::Head(_));
    match (words.next(), words.next()) {
        (Some(w), _) if of(w) => true,
        (Some(w), Some(v)) => head(w) && of(v),
        _ => false,
    }
}

/// "une société dotée par le Public Investment Fund (PIF), qui …": a name after "par" / "by"
/// (the agent of a participle describing an actor noun, maybe with its acronym in brackets) is
/// no owner, nor the subject a relative clause takes up.
pub fn agent(s: &str, e: &EntityHit) -> bool {
    let before = slice(s, e.span.start.saturating_sub(64), e.span.start);
    // Most names have no "par" / "by" before them: one byte scan answers those.
    let b = before.as_bytes();
    let by_or_par = memchr::memchr2_iter(b'y', b'r', b)
        .any(|i| i >= 2 && matches!(&b[i - 2..=i], b" by" | b"par"));
    if !by_or_par {
        return false;
    }
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    let Some(at) = [" par ", " by "]
        .iter()
        .filter_map(|p| clause.rfind(p))
        .max()
    else {
        return false;
    };
    // The participle describes an actor noun ("une société dotée par X"), which the relative
    // takes up; after "a round led by X", the relative is X's.
    let actor_noun = clause[..at]
        .split_whitespace()
        .rev()
        .nth(1)
        .is_some_and(|w| matches!(word_kind(w), Word::Head(Class::Company | Class::Government)));
    if !actor_noun {
        return false;
    }
    // Only the agent's own name (its words capitalised, a determiner, a bracket) stands after.
    clause[at + 4..].split_whitespace().all(|w| {
        let w = w.trim_start_matches('(');
        w.is_empty()
            || w.starts_with(|c: char| c.is_uppercase())
            || ["par", "by", "le", "la", "les", "l'", "the"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d) || w.starts_with("l'"))
    })
}

/// "dont 1,3 milliard apportés par ASML", "$2bn provided by X": the name after a participle's
/// "par" / "by" ([`amount_words::agent_follows`]), who put money in.
pub fn gives_by(s: &str, e: &EntityHit) -> bool {
    let before = slice(s, e.span.start.saturating_sub(40), e.span.start);
    // The words before the name, right to left, a determiner skipped ("apportés par le X").
    let mut words = before.split_whitespace().rev().peekable();
    words.next_if(|w| matches!(*w, "le" | "la" | "les" | "the"));
    let (Some(by), Some(participle)) = (words.next(), words.next()) else {
        return false;
    };
    matches!(by, "par" | "by") && amount_words::agent_follows(&format!("{participle} {by}"))
}

/// Passive verbs of building or carrying a project, right before their agent.
const BUILT_BY: &[&str] = &[
    "est porté par",
    "est portée par",
    "sera porté par",
    "sera portée par",
    "est développé par",
    "est développée par",
    "sera développé par",
    "sera développée par",
    "est construit par",
    "est construite par",
    "sera construit par",
    "sera construite par",
    "est piloté par",
    "est pilotée par",
    "is being developed by",
    "is being built by",
    "is developed by",
    "will be developed by",
    "will be built by",
];

/// "Le projet, d'un coût de 120 milliards FCFA, est porté par Ogooué Data", "The project,
/// expected to cost $2bn, is being developed by X": the agent of the passive verb after the
/// amount builds what it costs. The agent's index in `entities`, when it is the first name
/// after the amount (an article or an adjective between).
pub fn built_by(
    s: &str,
    entities: &[EntityHit],
    figure_end: usize,
    sent_end: usize,
) -> Option<usize> {
    let k = entities.partition_point(|e| e.span.start < figure_end);
    let e = entities.get(k).filter(|e| e.span.start < sent_end)?;
    if !matches!(e.kind, EntityKind::Company | EntityKind::Institution) {
        return None;
    }
    let between = s.get(figure_end..e.span.start).filter(|b| b.len() <= 120)?;
    crate::text::with_lower(between, |low| {
        // Every verb ends on " par" or " by": most stretches hold neither.
        (low.contains(" par") || low.contains(" by"))
            && BUILT_BY.iter().any(|v| {
                low.rfind(v).is_some_and(|p| {
                    low[p + v.len()..].split_whitespace().count() <= 2
                        && !low[p + v.len()..].contains([',', ';'])
                })
            })
    })
    .then_some(k)
}

/// What a round's lead investor does, right after its name.
const LEADS_ROUND: &[&str] = &[
    " mène le tour",
    " mène l'opération",
    " mène l’opération",
    " a mené le tour",
    " a mené l'opération",
    " a mené l’opération",
    " co-mène",
    " led the round",
    " leads the round",
    " is leading the round",
    " co-led",
    " co-leads",
];

/// "Swisscom Ventures mène le tour avec un ticket de 12 millions", "X led the round": the
/// lead investor of a round, whom a later "la société" or "the company" does not name.
pub fn leads_round(s: &str, e: &EntityHit) -> bool {
    let after = slice(s, e.span.end, e.span.end + 24);
    LEADS_ROUND.iter().any(|w| after.starts_with(w))
}

/// Verb starts of buying or raising, before "from X" / "auprès de X".
const FROM_VERBS: &[&str] = &[
    "buy", "bought", "purchas", "acquir", "order", "achet", "commande", "rais", "secur", "obtain",
    "lève", "levé", "lever", "obten", "obtien", "récolt",
];

/// "agreed to buy custom chips from Broadcom in a deal worth $10bn", "raised money from X at a
/// $6bn valuation": the seller paid or the backer named after a verb of buying or raising is
/// the other side; it owns none of the amounts.
pub fn other_side_from(s: &str, e: &EntityHit) -> bool {
    let before = slice(s, e.span.start.saturating_sub(64), e.span.start);
    // "a obtenu de la BEI un prêt de 500 millions": the lender after "obtenir de".
    let obtained_de = ["de la ", "du ", "de l'", "de l’", "d'", "d’", "de "]
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(|w| OBTAINED.iter().any(|v| w.eq_ignore_ascii_case(v)));
    if obtained_de {
        return true;
    }
    let Some(from) = ["from ", "auprès de ", "auprès d'"]
        .iter()
        .find_map(|p| before.strip_suffix(p))
    else {
        return false;
    };
    // The verb stands in the few words before, in the same clause.
    let clause = from
        .rsplit([',', ';', '.', ':', '('])
        .next()
        .unwrap_or(from);
    clause
        .split_whitespace()
        .rev()
        .take(6)
        .any(|w| FROM_VERBS.iter().any(|v| starts(w, v)))
}

/// Forms of "obtenir" / "recevoir" before "de" and the one who gives.
const OBTAINED: &[&str] = &[
    "obtenu",
    "obtenue",
    "obtient",
    "obtiennent",
    "obtenir",
    "reçu",
    "reçue",
    "reçoit",
    "reçoivent",
    "recevoir",
];

/// Verbs of a forecast by whoever publishes it.
const FORECAST_VERBS: &[&str] = &[
    "expect",
    "estimate",
    "predict",
    "reckon",
    "calculate",
    "anticipate",
    "prédisent",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "predicts",
    "predicted",
    "estimates",
    "estimated",
    "projects",
    "projected",
    "estime",
    "anticipe",
    "prédit",
    "reckons",
    "reckoned",
    "calculates",
    "calculated",
    "calcule",
    "anticipates",
];

/// Verbs of a judgement or plan that state someone else's money only with a clause after them
/// ("prévoit d'investir" is a plan; "estimait que l'État devrait consacrer" a judgement).
const JUDGING_VERBS: &[&str] = &[
    "prévoit",
    "prévoient",
    "anticipent",
    "estiment",
    "estimait",
    "estimaient",
    "juge",
    "jugent",
    "jugeait",
    "considère",
    "considèrent",
    "believes",
    "believed",
    "argues",
    "argued",
];

/// Phrases of spending or demand across a market, no one's own (besides the market words of
/// [`crate::extract::amount_words::market_wide`]).
const MARKET_PHRASES: &[&str] = &[
    "spending on",
    "investment in",
    "investments in",
    "investissements dans",
    "dépenses",
    "demand",
    "demande",
    "the world",
    "le monde",
];

/// "IDC expects global AI spending to reach $632bn", "McKinsey estime que les investissements
/// dans les centres de données atteindront …": an actor forecasting a market's money, whose
/// words before the amount hold no possessive or pronoun of its own, owns none of it.
pub fn forecaster(s: &str, e: &EntityHit, figure_start: usize) -> bool {
    let between = slice(s, e.span.end, figure_start);
    if between.len() > 160 || between.contains(['.', ';']) {
        return false;
    }
    // The verb stands among the first three words: most stretches have none, and are
    // answered before their words are listed.
    let is_verb = |w: &str| {
        FORECAST_VERBS
            .iter()
            .chain(JUDGING_VERBS)
            .any(|v| w.eq_ignore_ascii_case(v))
    };
    if !between.split_whitespace().take(3).any(is_verb) {
        return false;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    // "prévoit" is a plan ("prévoit d'investir") unless a clause follows ("prévoit que").
    // "que" / "that" opening a clause within a few words ("estimait en avril que …").
    let clause_at = |k: usize| {
        words.iter().skip(k + 1).take(3).position(|n| {
            n.eq_ignore_ascii_case("que") || n.starts_with("qu'") || n.eq_ignore_ascii_case("that")
        })
    };
    let verb = words.iter().take(3).enumerate().find_map(|(k, w)| {
        let forecast = FORECAST_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v))
            || (JUDGING_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v)) && clause_at(k).is_some());
        forecast.then_some(k)
    });
    let Some(k) = verb else {
        return false;
    };
    // (Past the words before the clause: "estimait en avril que" reads as "estimait que".)
    let k = k + clause_at(k).unwrap_or(0);
    let rest = &words[k + 1..];
    let own = rest.iter().any(|w| {
        [
            "its", "their", "it", "they", "son", "sa", "ses", "leur", "leurs", "il", "elle", "ils",
            "elles", "his", "her",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
    });
    // "Epoch AI estimates that the cost of the largest runs could pass $1bn": a clause of
    // its own after the verb states what the forecaster reckons, not what it spends.
    let clause = rest.first().is_some_and(|w| {
        w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("que") || starts(w, "qu'")
    });
    let rest = crate::text::lower(&rest.join(" "));
    !own && (clause
        || crate::extract::amount_words::market_wide(&rest)
        || MARKET_PHRASES.iter().any(|m| rest.contains(m)))
}

/// "where Siemens said it would spend", "X a annoncé qu'il investira": a pronoun right after
/// a name and its verb of saying names that name.
pub fn says_of_itself(s: &str, e: &EntityHit, a: &super::refs::Anaphor) -> bool {
    if a.span.start < e.span.end || a.span.start > e.span.end + 24 {
        return false;
    }
    let between = slice(s, e.span.end, a.span.start).trim();
    let between = ["that", "qu'", "que"]
        .iter()
        .find_map(|c| between.strip_suffix(c))
        .unwrap_or(between)
        .trim();
    // "Microsoft has said its spending …": an auxiliary before the verb.
    let between = ["has ", "have ", "had "]
        .iter()
        .find_map(|x| between.strip_prefix(x))
        .unwrap_or(between);
    super::look_cues::SPEECH_VERBS
        .iter()
        .any(|v| between.eq_ignore_ascii_case(v))
}
