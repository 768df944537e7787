//! A bare amount's currency ("dont 15 milliards", "les 250 millions restants", "Le résultat net
//! ressort à 2,9 milliards"): the nearest money figure of its sentence lends it, or, past the
//! sentence, of its paragraph.

use super::context;
use super::item::Item;
use super::lex::{prefix_ci, skip_de, skip_spaces, word_ci};
use crate::extract::FigureKind;

/// Gives a bare amount ("dont 15 milliards", "70 milliards en 2022, puis 590 milliards de
/// yens", "les 250 millions restants") the currency of the nearest money figure of its
/// sentence, before or after it.
pub fn inherit(s: &str, items: &mut [Item]) {
    const REACH: usize = 300;
    // The currency of two thirds of the text's money, when it has one: what a bare amount far
    // from any money counts in ("On a lu partout que la société valait 6 milliards").
    let text_unit = std::cell::OnceCell::new();
    for i in 0..items.len() {
        if items[i].kind.is_some()
            || !items[i].word_scale
            || !ends_bare(s, items[i].span.end, french_scale(s, &items[i]))
        {
            continue;
        }
        let span = items[i].span.clone();
        // "… 10 milliards d'euros. Sur ce total, 4 milliards …": a part marker opening the
        // sentence reaches back into the one before.
        // "… 10 milliards d'euros. Le premier tiers, soit 3,3 milliards, …": a part or a
        // restatement marker in the sentence after.
        // Read once, and only when a figure before stands past a sentence end.
        let opens_part = std::cell::LazyCell::new(|| {
            match context::marker_before_skipped(s, context::skip_qualifiers_back(s, span.start)) {
                Some((context::Marker::Part, st, _)) => {
                    s[..st].trim_end().ends_with(['.', '!', '?'])
                }
                Some((context::Marker::Restate, _, _)) => true,
                _ => false,
            }
        });
        let reach = |p: &Item| {
            context::same_stretch(s, p.span.end, span.start, REACH)
                || (p.span.end <= span.start
                    && span.start - p.span.end <= REACH
                    && !s.as_bytes()[p.span.end..span.start].contains(&b'\n')
                    && *opens_part)
        };
        // "600 millions d'euros (environ 640 millions de dollars), dont 468 millions": the
        // amount, not its conversion in brackets.
        let mut money_before = items[..i]
            .iter()
            .rev()
            .take_while(|p| reach(p))
            .filter(|p| p.kind == Some(FigureKind::Money));
        let first = money_before.next();
        let before = first
            .filter(|p| !bracketed(s, p))
            .or_else(|| money_before.next())
            .or(first)
            .map(|p| (span.start - p.span.end, p.unit));
        let after = items[i + 1..]
            .iter()
            .take_while(|p| context::same_stretch(s, span.end, p.span.start, REACH))
            .find(|p| p.kind == Some(FigureKind::Money))
            .map(|p| (p.span.start - span.end, p.unit));
        // "… progresse à 12,4 milliards d'euros. Le résultat net ressort à 2,9 milliards":
        // past its sentence, the nearest money figure before it in its paragraph.
        let far = || {
            let mut money = items[..i]
                .iter()
                .rev()
                .take_while(|p| {
                    p.span.end <= span.start
                        && span.start - p.span.end <= FAR_REACH
                        && !context::holds_blank_line(&s[p.span.end..span.start])
                })
                .filter(|p| p.kind == Some(FigureKind::Money));
            let p = money.next()?;
            // ("8 milliards d'utilisateurs ; ce chiffre a triplé à 24 milliards": another
            // amount between counts something else.)
            if holds_scale(&s[p.span.end..span.start]) {
                return None;
            }
            // The amount before a conversion in brackets, not the conversion.
            let p = match money.next() {
                Some(q) if bracketed(s, p) && !holds_scale(&s[q.span.end..p.span.start]) => q,
                _ => p,
            };
            Some((span.start - p.span.end, p.unit))
        };
        let nearest = match (before, after) {
            (Some(b), Some(a)) => Some(if a.0 < b.0 { a } else { b }),
            (b, a) => b.or(a).or_else(far),
        };
        // ("contre près de 4 millions aux États-Unis" after a count of chips counts chips; a
        // power or a speed always names its unit: "300 MW à un campus de 3,2 milliards".)
        let other_kind = |p: &Item| p.kind == Some(FigureKind::Chips);
        let counted = || {
            items[..i]
                .iter()
                .rev()
                .take_while(|p| context::same_stretch(s, p.span.end, span.start, REACH))
                .any(other_kind)
                || items[i + 1..]
                    .iter()
                    .take_while(|p| context::same_stretch(s, span.end, p.span.start, REACH))
                    .any(other_kind)
        };
        let nearest = nearest.or_else(|| {
            let unit = (*text_unit.get_or_init(|| text_currency(items)))?;
            // ("the hundred-billion-dollar budget" is an adjective.)
            let adjective = s[span.end..].starts_with('-');
            (french_scale(s, &items[i]) && !adjective && !counted()).then_some((0, unit))
        });
        if let Some((_, unit)) = nearest {
            items[i].kind = Some(FigureKind::Money);
            items[i].unit = unit;
        }
    }
}

/// The unit of two thirds of the money amounts (at least two), if any.
fn text_currency(items: &[Item]) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for p in items.iter().filter(|p| p.kind == Some(FigureKind::Money)) {
        match counts.iter_mut().find(|(u, _)| *u == p.unit) {
            Some((_, n)) => *n += 1,
            None => counts.push((p.unit, 1)),
        }
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let &(top, n) = counts.iter().max_by_key(|(_, n)| *n)?;
    (n >= 2 && 3 * n >= 2 * total).then_some(top)
}

/// An amount standing alone in brackets ("(environ 640 millions de dollars)").
fn bracketed(s: &str, p: &Item) -> bool {
    let from = s.floor_char_boundary(p.span.start.saturating_sub(24));
    let opened = s[from..p.span.start]
        .rfind(['(', ')'])
        .is_some_and(|k| s[from + k..].starts_with('('));
    opened && s[p.span.end..].trim_start().starts_with(')')
}

/// Whether a stretch holds a scale word ("millions", "Md", "bn") of another amount.
fn holds_scale(t: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric())
        .any(|w| super::number::is_scale_word(w.trim_start_matches(|c: char| c.is_ascii_digit())))
}

/// Nouns of money after "de" that leave the amount bare ("1,3 milliard d'aides").
const MONEY_NOUNS: &[&str] = &[
    "aides",
    "aide",
    "argent",
    "subventions",
    "crédits",
    "financements",
    "investissements",
    "dépenses",
    "prêts",
    "dette",
    "capital",
    "fonds",
    "recettes",
    "revenus",
];

/// How far back (bytes) past its sentence a bare amount looks for the money it counts in.
const FAR_REACH: usize = 400;

/// The amount's scale is a French word ("milliard(s)", "millions", "mio"), after which what is
/// counted always follows "de" ("2 millions d'utilisateurs"), and which only money follows bare
/// far from other money (English "million" and "billion" count chips and people as often).
fn french_scale(s: &str, item: &Item) -> bool {
    let last = s[item.span.clone()]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    ["milliard", "milliards", "millions", "mio", "mrd", "mds"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// True when nothing after a bare amount names what it counts ("15 milliards pour la recherche",
/// not "15 millions d'utilisateurs").
fn ends_bare(s: &str, end: usize, french: bool) -> bool {
    // "a 120-billion-parameter model", "a 15-trillion-token corpus": a scale glued by a hyphen
    // to a noun counts that noun.
    if s[end..]
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(char::is_alphabetic))
    {
        return false;
    }
    let k = skip_spaces(s, end, 1);
    let Some(c) = s[k..].chars().next() else {
        return true;
    };
    if !c.is_alphabetic() {
        return true;
    }
    // "40 millions d'ici à la fin de l'année": a time, not what is counted.
    if prefix_ci(s, k, "d'ici").is_some() {
        return true;
    }
    // After a French scale, a word that does not follow "de" counts nothing ("seuls 1,9
    // milliard avaient été décaissés").
    if french && skip_de(s, k).is_none() && prefix_ci(s, k, "d'").is_none() {
        return true;
    }
    if let Some(p) = skip_de(s, k).or_else(|| prefix_ci(s, k, "d'")) {
        // "dont 10 milliards de Blackstone", "290 millions de l'Etat": a name after "de" (and
        // its article) is where the money comes from, not what the amount counts.
        // ("15 millions de Français", "d'Européens" count people.)
        let p = ["l'", "la ", "le ", "les "]
            .iter()
            .find_map(|a| prefix_ci(s, p, a))
            .unwrap_or(p);
        let name = s[p..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // "1,3 milliard d'aides", "1,5 milliard d'argent public": money named by its kind.
        if MONEY_NOUNS.iter().any(|m| name.eq_ignore_ascii_case(m)) {
            return true;
        }
        let people = [
            "ais", "aises", "ois", "oises", "ains", "aines", "iens", "éens", "ands",
        ]
        .iter()
        .any(|x| name.ends_with(x));
        return name.chars().next().is_some_and(char::is_uppercase) && !people;
    }
    const LINKS: &[&str] = &[
        "pour",
        "for",
        "à",
        "au",
        "aux",
        "en",
        "in",
        "par",
        "by",
        "sur",
        "on",
        "dans",
        "into",
        "qui",
        "which",
        "that",
        "et",
        "and",
        "to",
        "vers",
        "from",
        "will",
        "would",
        "could",
        "was",
        "were",
        "are",
        "is",
        "sont",
        "seront",
        "iront",
        "go",
        "going",
        "destinés",
        "earmarked",
        "allocated",
        "devraient",
        "should",
        "ont",
        "have",
        "has",
        "a",
        "ira",
        "proviendront",
        "come",
        "doivent",
        "must",
        "over",
        "sur",
        "with",
        "avec",
        "auprès",
        // "contre 8 milliards un an plus tôt"
        "un",
        "issus",
        "issues",
        "provenant",
        "apportés",
        "levés",
        "investis",
        "via",
        "through",
        "under",
        "as",
        "comme",
        "at",
        "this",
        "last",
        "next",
        "cette",
        "l'an",
        "restants",
        "restant",
        "annoncés",
        "annoncées",
        "announced",
        "pledged",
        "promised",
        "promis",
        "prévus",
        "planned",
        "committed",
        "restantes",
        "remaining",
        "supplémentaires",
        "additionnels",
        "puis",
        "then",
        "contre",
        "against",
        "versus",
        "vs",
    ];
    LINKS.iter().any(|w| word_ci(s, k, w).is_some())
}

#[cfg(test)]
mod tests;
