//! What a capitalised word says besides "a name starts here": currency qualifiers and scale
//! abbreviations around amounts ("NT$", "R5.4 billion", "1,2 Md€"), compass words of a demonym
//! ("South Korean"), compound suffixes after a name ("Dallas-based", "Tokyo-listed"), "AI"
//! used as an adjective after a name ("the Abu Dhabi AI group"), quoted titles, and the
//! lookaheads that let a demonym or a spelled number open a longer name ("Swiss AI
//! Initiative", "Three Mile Island"). Each test is a few byte or flag reads.

use super::ctx::Ctx;
use super::cues::{Cues, flag};
use crate::extract::figures::{code_glued_amount, glued_word};

/// A capitalised token that belongs to an amount, not a name: a qualifier glued to a dollar
/// sign ("NT$", "HK$"), a scale abbreviation after a number ("1,2 Md€", "5 Mds"), or a
/// currency's letters glued to an amount with a scale ("R5.4 billion", "Rs2.1tn"). `f`: the
/// token's flags.
pub fn in_amount(cx: &Ctx, i: usize, f: u32) -> bool {
    let t = &cx.toks[i];
    let b = cx.s.as_bytes();
    if b.get(t.end) == Some(&b'$') {
        return true;
    }
    if f & flag::NUMBER_WORD != 0
        && i > 0
        && cx.toks[i - 1].shape.has_digit()
        && t.start <= cx.toks[i - 1].end + 1
    {
        return true;
    }
    // "Rs2.1tn", "SR7.5bn", "R9.6bn", "VNĐ52 trillion": letters of a currency glued to an
    // amount, and its scale glued or after it.
    let text = t.text(cx.s);
    let scale_next = || {
        cx.toks
            .get(i + 1)
            .is_some_and(|n| n.joined && cx.flags(i + 1) & flag::NUMBER_WORD != 0)
    };
    if t.shape.has_digit()
        && let Some(d) = text.bytes().position(|c| c.is_ascii_digit())
        && (d == 1 && text.starts_with('R') || glued_word(text, d).is_some_and(|(st, _)| st == 0))
        && (text.ends_with(['m', 'n']) || scale_next())
    {
        return true;
    }
    // "USD21bn", "AED3.2bn": an ISO code glued to an amount and its scale, or a rate's
    // ("$1 = AED3.6725").
    let rate = || cx.s[..t.start].trim_end().ends_with('=');
    if t.shape.has_digit() && code_glued_amount(text, rate()) {
        return true;
    }
    t.shape.has_digit() && b.get(t.start + 1).is_some_and(u8::is_ascii_digit) && scale_next()
}

/// "South Korean", "North African": a compass word before a demonym is part of it.
pub fn compass_of_demonym(cx: &Ctx, i: usize, f: u32) -> bool {
    f & flag::PLACE_TAIL != 0
        && matches!(
            cx.lower(i),
            "south" | "north" | "east" | "west" | "sud" | "nord"
        )
        && cx
            .toks
            .get(i + 1)
            .is_some_and(|n| n.joined && cx.flags(i + 1) & flag::DEMONYM != 0)
}

/// A demonym opening a name that ends on a head word within four words ("Swiss AI
/// Initiative", "American Bar Association"), or on a company word after another word ("Saudi
/// National Bank", "Saudi Electricity Co"; not "French AI").
pub fn demonym_opens(cx: &Ctx, i: usize) -> bool {
    for k in i + 1..(i + 5).min(cx.toks.len()) {
        let t = &cx.toks[k];
        if !t.joined || !t.namey(cx.s) {
            return false;
        }
        let f = cx.flags(k);
        // ("Eastern Province", "Persian Gulf": a place word.)
        if f & (flag::INSTITUTION_HEAD | flag::PROJECT_HEAD | flag::PLACE_TAIL | flag::PLACE_HEAD)
            != 0
            || (k > i + 1 && f & flag::COMPANY_SUFFIX != 0 && cx.lower(k) != "ai")
            || (k == i + 1 && FIRM_WORDS.contains(&cx.lower(k)))
        {
            return true;
        }
    }
    false
}

/// Company words that make a name of a demonym alone ("Nordic Capital", "Irish Times").
const FIRM_WORDS: &[&str] = &[
    "capital",
    "ventures",
    "partners",
    "holdings",
    "investments",
    "times",
    "telegraph",
    "herald",
    "tribune",
    "gazette",
];

/// "AI" followed by a lower-case cue noun or company word ("the Abu Dhabi AI group", "a
/// French AI champion") describes the noun: it does not go on the name before it.
pub fn ai_adjective(cx: &Ctx, i: usize) -> bool {
    cx.toks.get(i + 1).is_some_and(|n| {
        n.joined && !n.shape.first_upper() && {
            let f = cx.flags(i + 1);
            Cues::cue_kind(f).is_some()
                || f & flag::COMPANY_SUFFIX != 0
                || AI_NOUNS.contains(&cx.lower(i + 1))
        }
    })
}

/// Nouns "AI" qualifies in running text ("Private AI investment", "Sovereign AI funds"): the
/// words before are no name.
const AI_NOUNS: &[&str] = &[
    "investment",
    "investments",
    "spending",
    "funding",
    "fund",
    "funds",
    "market",
    "markets",
    "sector",
    "infrastructure",
    "boom",
    "race",
    "chips",
    "models",
    "startups",
    "start-ups",
    "companies",
    "capex",
    "compute",
    "adoption",
    "strategy",
    "policy",
    "revenue",
    "workloads",
    "demand",
    "research",
    "investissements",
    "investissement",
    "dépenses",
    "marché",
    "secteur",
    "puces",
    "modèles",
];

/// A generic acronym inside a product name, before its suffix ("Data Center GPU Max").
pub fn acronym_before_suffix(cx: &Ctx, i: usize) -> bool {
    cx.toks.get(i + 1).is_some_and(|n| {
        n.joined && n.shape.first_upper() && cx.flags(i + 1) & flag::PRODUCT_SUFFIX != 0
    })
}

/// A share issue's defined terms ("the Placing Agent", "the Placing Price", "l'« Augmentation de
/// Capital »"), a legal form alone ("Ltd" cut from "Co., Ltd."), or a budget document ("Budget
/// 2026 proposes …", its year read apart): no names.
pub fn issue_term(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or(name);
    ["Placing", "Placings", "Placee", "Placees", "Augmentation"].contains(&first)
        || (!name.contains(' ') && (legal_form_word(name) || name == "Capital" || name == "Budget"))
}

/// A legal form in any case ("Ltd.", "LIMITED").
pub fn legal_form_word(w: &str) -> bool {
    super::cues::Cues::legal_form(&w.trim_end_matches('.').to_ascii_lowercase())
}

/// "la ministre déléguée chargée du Numérique", "le ministre de la Communication, des
/// Télécommunications et du Numérique": a minister's portfolio, one capitalised word after
/// "du", "de la", "des" or "au" in the stretch a minister's title opens, is no name.
pub fn portfolio(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    if name.contains(' ') || !name.starts_with(char::is_uppercase) {
        return false;
    }
    let from = s.floor_char_boundary(span.start.saturating_sub(90));
    let before = &s[from..span.start];
    let before = before
        .rsplit(['.', '\n', ';', '(', '«'])
        .next()
        .unwrap_or(before);
    let joined = [
        "du ", "de la ", "de l'", "de l’", "des ", "au ", "à la ", "aux ",
    ]
    .iter()
    .any(|p| before.ends_with(p));
    // From the title on, only its words and other portfolios ("ministre délégué chargé de
    // l'IA et du Numérique"), not a sentence going on ("le ministre a reçu … du Maroc").
    let Some(at) = ["ministre", "chargé", "délégué", "secrétaire d"]
        .iter()
        .filter_map(|t| before.rfind(t))
        .min()
    else {
        return false;
    };
    joined
        && before[at..]
            .split(|c: char| c.is_whitespace() || c == ',' || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.starts_with(char::is_uppercase)
                    || PORTFOLIO_WORDS.contains(&w)
                    || w.starts_with("ministre")
                    || w.starts_with("chargé")
                    || w.starts_with("délégué")
            })
}

/// Words of a minister's title between its head and a portfolio.
const PORTFOLIO_WORDS: &[&str] = &[
    "de",
    "du",
    "des",
    "la",
    "l",
    "d",
    "au",
    "aux",
    "à",
    "et",
    "secrétaire",
    "état",
    "auprès",
    "fédéral",
    "fédérale",
    "adjoint",
    "adjointe",
];

/// "a Finnish-Swedish consortium", "franco-Italian": demonyms joined by a hyphen describe
/// who, they name no one.
pub fn demonym_compound(cues: &Cues, name: &str) -> bool {
    name.contains('-')
        && !name.contains(' ')
        && name
            .split('-')
            .all(|p| !p.is_empty() && cues.flags(&p.to_lowercase()) & flag::DEMONYM != 0)
}

/// "GPU-rental specialists", "franco-allemand": a compound whose last part is a lower-case
/// word is a modifier, no name (a one-letter head makes a name: "X-energy").
pub fn lower_compound(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(head, tail)| {
        head.chars().count() >= 2
            && tail.chars().count() >= 3
            && tail.chars().all(|c| c.is_lowercase())
            && !name.contains(' ')
    })
}

/// Suffixes glued by a hyphen after a name that are not part of it, and whether they tell a
/// place ("Dallas-based", "Tokyo-listed") or nothing ("Nvidia-backed").
const COMPOUND_SUFFIXES: &[(&str, bool)] = &[
    ("based", true),
    ("headquartered", true),
    ("born", true),
    ("listed", true),
    ("registered", true),
    ("incorporated", true),
    ("domiciled", true),
    ("located", true),
    ("related", false),
    ("backed", false),
    ("owned", false),
    ("funded", false),
    ("led", false),
    ("made", false),
    ("built", false),
    ("designed", false),
    ("focused", false),
    ("linked", false),
    ("affiliated", false),
    ("controlled", false),
    ("powered", false),
    ("style", false),
    ("specific", false),
    ("centric", false),
    ("era", false),
    ("like", false),
    ("enabled", false),
    ("driven", false),
    ("native", false),
    ("first", false),
    ("ready", false),
    ("optimized", false),
    ("optimised", false),
    ("compatible", false),
    ("sponsored", false),
    ("supported", false),
    ("operated", false),
    ("run", false),
    ("hosted", false),
    ("exclusive", false),
    ("rich", false),
    ("hungry", false),
    ("heavy", false),
    ("intensive", false),
    ("origin", true),
    ("bound", true),
    ("sourced", false),
    ("grown", false),
];

/// Where a compound suffix starts in token `last` (the byte of its hyphen), and whether it
/// tells a place.
pub fn compound_suffix(cx: &Ctx, last: usize) -> Option<(usize, bool)> {
    let t = &cx.toks[last];
    let dash = t.text(cx.s).bytes().rposition(|b| b == b'-')?;
    let suffix = cx.low.get(t.start + dash + 1..t.end)?;
    let place = match COMPOUND_SUFFIXES.iter().find(|(w, _)| *w == suffix) {
        Some(&(_, place)) => place,
        // Any other participle written in lower case ("Abu Dhabi-sanctioned") is no part of
        // the name either; it tells nothing of a place.
        None if participle(t.text(cx.s).get(dash + 1..)?) => false,
        None => return None,
    };
    (dash > 0).then_some((t.start + dash, place))
}

/// A lower-case English participle of five letters or more ("sanctioned", "approved").
fn participle(word: &str) -> bool {
    word.len() >= 5 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// A capitalised spelled number just before token `first` that opens the name ("Three Mile
/// Island", "Five Eyes Alliance"): only before a name ending on a place tail or a head word.
pub fn number_opens(cx: &Ctx, first: usize, last: usize) -> bool {
    first > 0
        && last > first
        && cx.toks[first].joined
        && cx.toks[first - 1].shape.first_upper()
        && matches!(
            cx.lower(first - 1),
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
        )
        && cx.flags(last)
            & (flag::PLACE_TAIL | flag::INSTITUTION_HEAD | flag::PROJECT_HEAD | flag::PLACE_HEAD)
            != 0
}

/// True when an opening quote stands right before byte `start` ("« Puces pour l'Europe »",
/// "“Stargate”"): a quoted title may hold particles like a named body.
pub fn opens_quote(s: &str, start: usize) -> bool {
    let head = s.get(..start).unwrap_or_default();
    let mut cs = head
        .chars()
        .rev()
        .skip_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'));
    matches!(cs.next(), Some('«' | '“' | '"'))
}

/// The last token before the quote closing within a few words after token `last` ("… de
/// 2030 »"), or `last` when none closes there.
pub fn to_closing_quote(cx: &Ctx, last: usize) -> usize {
    let from = cx.toks[last].end;
    let end = cx.s.floor_char_boundary((from + 48).min(cx.s.len()));
    let tail = &cx.s[from..end];
    let Some(close) = tail.find(['»', '”', '"']) else {
        return last;
    };
    if tail[..close].contains(['.', ',', ';', ':', '!', '?', '(', '«', '“', '\n']) {
        return last;
    }
    let close = from + close;
    let mut k = last;
    while k + 1 < cx.toks.len() && cx.toks[k + 1].end <= close && k < last + 4 {
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_open_titles() {
        assert!(opens_quote("le programme « Nuage", 16));
        assert!(opens_quote("the “Alpha", 7));
        assert!(!opens_quote("the Alpha", 4));
    }
}
