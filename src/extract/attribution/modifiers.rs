//! Names used as modifiers of another noun, not as actors: a maker before its chips ("Nvidia
//! chips"), a name before the thing it qualifies ("an HPE system"), a name opening a
//! hyphenated adjective ("the Texas-based group"). Possessives: [`super::possessive`].

use super::look_cues::SITE_NOUNS;
use crate::extract::firsts::words;
use crate::extract::{EntityHit, EntityKind};
use crate::text::around as slice;

/// Nouns that a name may modify ("an HPE system", "the Nvidia chips").
const MODIFIED_HEADS: &[&str] = &[
    "system",
    "systems",
    "machine",
    "chip",
    "chips",
    "superchips",
    "gpus",
    "gpu",
    "plant",
    "plants",
    "fab",
    "fabs",
    "factory",
    "campus",
    "site",
    "facility",
    "model",
    "models",
    "cloud",
    "deal",
    "stake",
    "shares",
    "processors",
    "accelerators",
    "superchip",
];

/// A name opening a hyphenated adjective ("the Texas-based cloud group", "a US-listed rival",
/// "Nvidia-backed start-ups") qualifies the noun after it: no owner, no subject.
pub fn hyphen_compound(s: &str, e: &EntityHit) -> bool {
    let mut after = slice(s, e.span.end, e.span.end + 8).chars();
    after.next() == Some('-') && after.next().is_some_and(char::is_lowercase)
}

/// A name used as a modifier: "an HPE system", "Nvidia GH200" (a maker before its product),
/// "the Texas-based group" ([`hyphen_compound`]).
pub fn modifier(s: &str, entities: &[EntityHit], i: usize) -> bool {
    let e = &entities[i];
    if hyphen_compound(s, e) {
        return true;
    }
    if e.kind == EntityKind::Company
        && let Some(n) = entities.get(i + 1)
        && n.kind == EntityKind::Product
        && slice(s, e.span.end, n.span.start).trim().is_empty()
    {
        return true;
    }
    // "an HPE system", "a former Sharp LCD plant": an article, maybe one adjective.
    let before = slice(s, e.span.start.saturating_sub(16), e.span.start);
    let mut back = before.split_whitespace().rev();
    let det_at = |w: Option<&str>| {
        w.is_some_and(|w| {
            ["a", "an", "un", "une"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
        })
    };
    let (w1, w2) = (back.next(), back.next());
    let adjective = w1.is_some_and(|w| ADJECTIVES.iter().any(|a| w.eq_ignore_ascii_case(a)));
    if !before.ends_with(' ') || !(det_at(w1) || (adjective && det_at(w2))) {
        return false;
    }
    // The head right after the name, or after one capitalised word ("LCD plant").
    let after = slice(s, e.span.end, e.span.end + 24);
    let mut ws = after.split_whitespace();
    let head = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';']);
        MODIFIED_HEADS.iter().any(|h| w.eq_ignore_ascii_case(h))
    };
    match (ws.next(), ws.next()) {
        (Some(n), _) if head(n) => true,
        (Some(n), Some(m)) => n.starts_with(char::is_uppercase) && head(m),
        _ => false,
    }
}

/// Adjectives between an article and a name that modifies a noun ("a former Sharp plant").
const ADJECTIVES: &[&str] = &["former", "new", "old", "disused", "ancien", "ancienne"];

/// A site's noun ([`SITE_NOUNS`]) right after `at` or after one word ("5GW AI campus",
/// "$10bn plant").
pub fn site_follows(s: &str, at: usize) -> bool {
    let after = slice(s, at, at + 40).trim_start();
    let next = after.split_once(' ').map_or("", |(_, rest)| rest);
    [after, next].iter().any(|t| {
        SITE_NOUNS.iter().any(|n| {
            t.get(..n.len()).is_some_and(|h| h.eq_ignore_ascii_case(n))
                && !t[n.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        })
    })
}

/// Nouns of chips a maker or model name stands next to ("des puces Blackwell", "H100 GPUs").
const CHIP_NOUNS: &[&str] = &[
    "chip",
    "chips",
    "puce",
    "puces",
    "gpu",
    "gpus",
    "processeurs",
    "processors",
    "accelerators",
    "accélérateurs",
    "superchips",
];

/// Whether `w` is a noun of chips ([`CHIP_NOUNS`]).
fn is_chip(w: &str) -> bool {
    CHIP_NOUNS.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// A name right before or after a chip noun ("18 000 puces Nvidia", "Nvidia chips", "des
/// puces Blackwell") names the chips' maker or model, not who owns or buys them.
pub fn next_to_chip_noun(s: &str, e: &EntityHit) -> bool {
    let mut after = slice(s, e.span.end, e.span.end + 48).split_whitespace();
    let mut before = slice(s, e.span.start.saturating_sub(40), e.span.start).split_whitespace();
    let chips_before = match before.next_back() {
        // "512 processeurs graphiques Nvidia": the chips' adjective between them and their maker.
        Some(w) if w.eq_ignore_ascii_case("graphiques") => before.next_back().is_some_and(is_chip),
        Some(w) => is_chip(w),
        None => false,
    } && !maker_described(before);
    chips_before
        || match after.next() {
            // A model's name ("Nvidia GB300 GPUs") between the maker and its chips.
            Some(w) if w.bytes().any(|b| b.is_ascii_digit()) => after
                .next()
                .is_some_and(|w| is_chip(w.trim_end_matches([',', '.', ';', ')']))),
            // "60,000 Nvidia graphics processing units", "Nvidia graphics cards".
            Some(w) if w.eq_ignore_ascii_case("graphics") => after.next().is_some_and(|w| {
                is_chip(w)
                    || ["processing", "cards"]
                        .iter()
                        .any(|c| w.eq_ignore_ascii_case(c))
            }),
            Some(w) => is_chip(w.trim_end_matches([',', '.', ';', ')'])),
            None => false,
        }
}

/// Nouns of a firm described by the chips it makes ("le fabricant de puces Nvidia").
const MAKER_NOUNS: &[&str] = &[
    "fabricant",
    "fabricants",
    "concepteur",
    "concepteurs",
    "géant",
    "spécialiste",
    "leader",
    "champion",
    "maker",
    "designer",
];

/// The words before a chip noun (`rest`, read from the right) describe the firm after it:
/// "le fabricant américain de puces Nvidia", "le géant des GPU Nvidia".
fn maker_described<'a>(mut rest: impl DoubleEndedIterator<Item = &'a str>) -> bool {
    if !rest
        .next_back()
        .is_some_and(|w| matches!(w, "de" | "des" | "d'" | "d’" | "of"))
    {
        return false;
    }
    // (The adjective of origin may stand between: "le fabricant américain de puces".)
    (0..2)
        .map_while(|_| rest.next_back())
        .any(|w| MAKER_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// "buy 600,000 Nvidia chips under a $10bn deal": a maker named with its chips is no owner of
/// the money or power around them — unless its own measure follows ("Nvidia GPU sales").
pub fn chip_maker(s: &str, e: &EntityHit) -> bool {
    matches!(e.kind, EntityKind::Company | EntityKind::Product)
        && (next_to_chip_noun(s, e) || maker_of_chips_before(s, e) || supplied_by(s, e))
        && !super::possessive::names_own_measure(slice(s, e.span.end, e.span.end + 32))
}

/// "10 752 puces GH200 de Nvidia", "40,000 GPUs from AMD": the maker after the chips it made
/// (a model's name may stand between).
fn maker_of_chips_before(s: &str, e: &EntityHit) -> bool {
    let before = slice(s, e.span.start.saturating_sub(40), e.span.start);
    let Some(rest) = [" de ", " d'", " d’", " from ", " by "]
        .iter()
        .find_map(|p| before.strip_suffix(p))
    else {
        return false;
    };
    let mut words = rest.split_whitespace().rev();
    match words.next() {
        Some(w) if is_chip(w) => true,
        // A model's name ("GH200", "H100") between the chips and their maker.
        Some(w) if w.bytes().any(|b| b.is_ascii_digit()) => words.next().is_some_and(is_chip),
        _ => false,
    }
}

/// Participles of making or handing chips over, before "by"/"par" and their maker.
const MADE_BY: &[&str] = &[
    "supplied",
    "made",
    "designed",
    "manufactured",
    "built",
    "delivered",
    "fourni",
    "fournie",
    "fournis",
    "fournies",
    "livrés",
    "livrées",
    "conçus",
    "conçues",
    "fabriqués",
    "fabriquées",
];

/// "2 000 processeurs graphiques fournis par l'américain Nvidia", "GPUs supplied by AMD": the
/// maker a participle names a few words after the chips (a determiner and an adjective of
/// origin may stand before the name).
fn supplied_by(s: &str, e: &EntityHit) -> bool {
    let before = slice(s, e.span.start.saturating_sub(80), e.span.start);
    let mut ws = before.split_whitespace().rev().peekable();
    // "l'américain", "the US", "le géant": at most two lower-case words before the name.
    for _ in 0..2 {
        if ws.peek().is_some_and(|w| !matches!(*w, "by" | "par")) {
            let w = ws.next().unwrap_or_default();
            if w.starts_with(char::is_uppercase) && w != "US" {
                return false;
            }
        }
    }
    if !ws.next().is_some_and(|w| matches!(w, "by" | "par")) {
        return false;
    }
    if !ws
        .next()
        .is_some_and(|w| MADE_BY.iter().any(|p| w.eq_ignore_ascii_case(p)))
    {
        return false;
    }
    ws.take(2).any(|w| is_chip(w) || w == "graphiques")
}

/// Plural nouns of a group of actors a place may qualify.
const GROUPS: &[&str] = &[
    "states",
    "countries",
    "nations",
    "governments",
    "companies",
    "firms",
    "startups",
    "start-ups",
    "members",
    "economies",
    "investors",
    "groups",
    "players",
    "hyperscalers",
    "operators",
    "providers",
];

/// "Gulf states could spend $250bn", "European Union members": a place qualifying a group of
/// actors names no single owner.
pub fn group_of(s: &str, e: &EntityHit) -> bool {
    if !matches!(e.kind, EntityKind::Place | EntityKind::Institution) {
        return false;
    }
    let group = |w: &str| {
        let w = w.trim_end_matches([',', '.', ';', ')']);
        GROUPS.iter().any(|g| w.eq_ignore_ascii_case(g))
    };
    // "pays du Golfe", "les pays de l'UE": the group noun before the name, or opening it.
    let french = |w: &str| {
        ["pays", "états", "États", "etats", "membres"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    };
    let before = slice(s, e.span.start.saturating_sub(16), e.span.start);
    let mut back = before
        .split([' ', '\''])
        .rev()
        .filter(|w| !w.is_empty())
        .skip_while(|w| ["the", "la", "le", "l", "les"].contains(w));
    let of_group = back
        .next()
        .is_some_and(|de| ["du", "de", "des", "d", "of"].contains(&de))
        && back.next().is_some_and(|w| french(w) || group(w));
    // The group noun after the name, or closing it ("Gulf states" known as one name).
    of_group
        || e.kind == EntityKind::Place
            && (s[e.span.clone()].rsplit(' ').next().is_some_and(group)
                || s[e.span.clone()].split(' ').next().is_some_and(french)
                || following_group(s, e, group))
}

/// Words that end a noun phrase after a place: verbs, articles, prepositions.
const NOT_MODIFIERS: &[&str] = &[
    "will", "would", "could", "should", "can", "may", "might", "must", "is", "are", "was", "were",
    "has", "have", "had", "does", "do", "did", "helps", "help", "and", "or", "to", "the", "a",
    "an", "of", "for", "in", "on", "with", "by", "at", "as", "said", "says", "told", "asked",
    "urged", "lets", "let", "wants", "allows", "invites", "et", "ou", "a", "va", "veut", "les",
    "des", "de", "du", "la", "le", "aux", "à",
];

/// A group noun among the next three lower-case words after a place ("US cloud providers",
/// "European tech companies").
fn following_group(s: &str, e: &EntityHit, group: impl Fn(&str) -> bool) -> bool {
    let after = slice(s, e.span.end, e.span.end + 40);
    if !after.starts_with(' ') {
        return false;
    }
    for w in after.split(' ').skip(1).take(3) {
        if group(w) {
            return true;
        }
        // Only nouns and adjectives stand between ("US cloud providers"), not a verb, an
        // article or a preposition ("France will help companies").
        let lower_word = w.chars().all(|c| c.is_lowercase() || c == '-');
        if !lower_word || w.is_empty() || NOT_MODIFIERS.contains(&w) {
            return false;
        }
    }
    false
}

/// Nouns of money a place may qualify as its origin.
const MONEY_NOUNS: &[&str] = &[
    "investment",
    "investments",
    "money",
    "funding",
    "capital",
    "spending",
    "financing",
    "investissements",
    "investissement",
    "capitaux",
];

/// "£31bn of US investment", "10 milliards d'investissements américains": a place naming where
/// money comes from, not who owns the amount.
pub fn origin_of(s: &str, e: &EntityHit) -> bool {
    e.kind == EntityKind::Place
        && words(slice(s, e.span.end, e.span.end + 24))
            .next()
            .is_some_and(|w| MONEY_NOUNS.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// "Bristol start-up's Series C", "a Seoul chipmaker": a place right before a firm's noun says
/// where the firm is, not who owns the amount.
pub fn place_qualifies_firm(s: &str, e: &EntityHit) -> bool {
    if e.kind != EntityKind::Place {
        return false;
    }
    let Some(rest) = s.get(e.span.end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word = rest
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .next()
        .unwrap_or("");
    matches!(
        super::refwords::word_kind(word),
        super::refwords::Word::Head(super::refwords::Class::Company)
    )
}
