//! The words between an amount and a larger one of the same unit right after it that make the
//! first a part of the second: a stage of a build-out ("the first 150 MW of a planned 300 MW",
//! "40 MW sur les 100 MW prévus"), or a level before the one it is brought to ("10,800 GPUs,
//! taking its fleet past 20,000", "CHF 100 mio, ce qui porte l'enveloppe totale à CHF 180
//! mio", "18 000 GPU aujourd'hui et atteindra 60 000").

/// Words closing the stretch before the larger amount that make the first a share of it.
const PARTITIVE: &[&str] = &[
    " of the",
    " of a",
    " of a planned",
    " of its",
    " of their",
    " out of",
    " out of a target of",
    " out of a planned",
    " as part of a",
    " part of a",
    " within a",
    " sur les",
    " sur un total de",
    " sur une capacité totale de",
    " sur une capacité prévue de",
    " sur une enveloppe de",
    " sur l'enveloppe de",
    " sur l’enveloppe de",
];

/// Words that set an amount against the next rather than make it a part ("less than half of
/// the $50 billion", "well short of the $100 million", "instead of the 800 MW").
const COMPARING: &[&str] = &[
    "half", "fraction", "tenth", "short", "instead", "than", "compared", "rather", "moitié",
    "contre", "au lieu", "plutôt", "que les", "que le",
];

/// Verbs that bring a level to a new one ("taking", "porte"), read before a final "to"/"à"
/// here and before a running total's "to"/"à" in `running`.
pub(super) const BRINGING: &[&str] = &[
    "taking",
    "take",
    "takes",
    "took",
    "bringing",
    "bring",
    "brings",
    "brought",
    "raising",
    "porte",
    "portant",
    "porter",
    "portera",
    "porteront",
    "porteraient",
    "portée",
    "porté",
    "portent",
    "monter",
    "passer",
    "hisser",
    "hissant",
];

/// Verbs of lifting a level ("lift … to"): a capacity's growth, or a running total's; money
/// lifted next to another amount is often another sum ("a note … will lift its revenue to").
pub(super) const LIFTING: &[&str] = &["lift", "lifts", "lifting"];

/// Participles of a capacity grown, right before "to"/"à" ("can be expanded to", "puis à").
const EXPANDED: &[&str] = &[
    "expanded",
    "extended",
    "increased",
    "puis",
    "then",
    "augmentée",
    "étendue",
];

/// Verbs of a level reached, right before the larger amount ("will reach", "atteindra").
const REACHING: &[&str] = &[
    "reach",
    "reaches",
    "reaching",
    "atteindre",
    "atteindra",
    "atteint",
    "atteignant",
    "atteindront",
];

/// Words that may stand between a verb and its amount ("taking its fleet past about").
const APPROX: &[&str] = &[
    "about",
    "approximately",
    "around",
    "nearly",
    "some",
    "roughly",
    "désormais",
    "ainsi",
    "environ",
    "quelque",
    "près de",
    "plus de",
    "more than",
    "over",
];

/// Whether `between` (lower-cased, trimmed, from the end of an amount to the start of a larger
/// one of the same unit in one stretch of its sentence) makes the first a part of the second;
/// `money` when they are amounts of money (brought to, or a share of, a total, not reached).
pub fn part_of_next(between: &str, money: bool) -> bool {
    let padded = format!(" {between}");
    let t = strip_approx(&padded);
    // (Not past a paragraph's or a sentence's end, nor "on top of the $9.5 billion", which
    // adds to it.)
    if t.contains(['\n', ':', ';']) || COMPARING.iter().any(|w| t.contains(w)) {
        return false;
    }
    // (Money "of the $50 billion" is as often another sum set against it.)
    if PARTITIVE
        .iter()
        .any(|p| t.ends_with(p) && !(money && p.starts_with(" of")))
    {
        return !t.ends_with(" on top of the") && !t.ends_with(" on top of a");
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    // "…, taking its fleet past 20,000", "ce qui porte l'enveloppe totale à", "can be
    // expanded to".
    if matches!(*last, "to" | "à" | "past") {
        let verbs = &words[..words.len() - 1];
        // ("lift … to": a capacity's growth; money lifted is often another sum, "a note …
        // will lift its revenue to".)
        let lifting = |w: &&str| !money && LIFTING.contains(w);
        return verbs
            .iter()
            .rev()
            .take(6)
            .any(|w| BRINGING.contains(w) || lifting(w))
            || verbs.last().is_some_and(|w| EXPANDED.contains(w));
    }
    // (Not another thing set against it: "1,1 GW, alors que la pointe a atteint 5,4 GW", "90
    // MW, et les besoins pourraient atteindre 300 MW".)
    let contrast = ["alors", "tandis", "while", "whereas", "but", "mais"];
    let new_subject = words.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"))
        || words.windows(2).any(|w| {
            matches!(w[0], "et" | "and")
                && [
                    "les", "la", "le", "l'", "the", "its", "their", "ses", "leur", "leurs",
                ]
                .contains(&w[1])
        });
    !money && REACHING.contains(last) && !new_subject && !words.iter().any(|w| contrast.contains(w))
}

/// Whether `t` (lower-cased, one sentence's words before an amount) brings a level named
/// before to it ("nous devrons porter ce parc à", "phase 2 takes the campus to").
pub fn brought_to(t: &str) -> bool {
    let t = strip_approx(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    // The verb, then what it brings named by a determiner ("porter ce parc à"), in a clause
    // of its own (not "son crédit, porté à 150 M€").
    let Some((&("to" | "à"), rest)) = words.split_last() else {
        return false;
    };
    // ("Cette enveloppe de prêts sera portée à": a demonstrative subject names it too.)
    let named_first = rest
        .first()
        .is_some_and(|w| ["ce", "cet", "cette", "ces", "this", "these"].contains(w))
        && rest.iter().any(|w| BRINGING.contains(w));
    // (Or a pronoun opens the sentence: "Nous devrons porter ce parc à", not "Google will
    // take its fleet to", another's.)
    let pronoun = rest.first().is_some_and(|w| {
        [
            "nous", "we", "il", "elle", "ils", "elles", "it", "they", "on",
        ]
        .contains(w)
    });
    !t.contains(',')
        && (named_first
            || pronoun
                && rest.windows(2).rev().take(4).any(|w| {
                    BRINGING.contains(&w[0])
                        && [
                            "ce", "cet", "cette", "ces", "notre", "nos", "the", "its", "our",
                            "this",
                        ]
                        .contains(&w[1])
                }))
}

/// `t` without the words of approximation at its end.
pub fn strip_approx(t: &str) -> &str {
    let mut t = t.trim_end();
    while let Some(w) = APPROX.iter().find(|w| {
        t.strip_suffix(*w)
            .is_some_and(|rest| rest.ends_with(' ') || rest.is_empty())
    }) {
        t = t[..t.len() - w.len()].trim_end();
    }
    t
}

#[cfg(test)]
mod tests;
