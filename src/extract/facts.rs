//! Facts across mentions: a figure that restates or details an earlier one shares its owner,
//! and a later mention of the same fact (the same amount of the same thing, stated again: a
//! headline then the body, a table row then the text, a recap) is kept out of totals.

use super::amount_words;
use super::{EntityHit, EntityKind, FigureHit, Link, LinkKind};
use crate::text::{self, SentenceIndex};

/// Words right before an amount that make it a new fact even when the amount repeats one
/// ("then another $6bn", "une nouvelle enveloppe de 2 milliards").
const NEW_FACT_BEFORE: &[&str] = &[
    "another",
    "a further",
    "further",
    "additional",
    "an additional",
    "a second",
    "again",
    "each",
    "autre",
    "une autre",
    "un autre",
    "second",
    "seconde",
    "deuxième",
    "supplémentaire",
    "de nouveau",
    "encore",
];
/// Words right after an amount that make each mention its own fact ("2 milliards par an"); an
/// amount each of several gets is one too ([`amount_words::distributive`]).
const NEW_FACT_AFTER: &[&str] = &[
    "par an",
    "per year",
    "a year",
    "supplémentaire",
    "supplémentaires",
    "more",
    "de plus",
];

/// Settles owners along links and flags later mentions of the same fact. `actors[i]` is the
/// index into `entities` of figure `i`'s owner.
pub fn settle(
    sents: &SentenceIndex,
    entities: &[EntityHit],
    figures: &mut [FigureHit],
    actors: &mut [Option<usize>],
) {
    let s = sents.text();
    // Two owners are one fact's when they are the same actor, or when either is named in the
    // other mention's sentence ("Amazon and Talen sign for 1,920 MW" … "Talen's 1,920 MW").
    let named_in = |a: usize, fig: &FigureHit| {
        let sent = sents.around(fig.span.start);
        let from = entities.partition_point(|e| e.span.start < sent.start);
        entities[from..]
            .iter()
            .take_while(|e| e.span.start < sent.end)
            .any(|e| e.canonical == entities[a].canonical)
    };
    let lead = std::cell::OnceCell::new();
    let same_actor = |p: usize, j: usize, figures: &[FigureHit], actors: &[Option<usize>]| match (
        actors[p], actors[j],
    ) {
        (Some(a), Some(b)) => {
            // States are named many ways (Séoul, la Corée du Sud, le gouvernement sud-coréen).
            let state = |k: usize| {
                matches!(
                    entities[k].kind,
                    EntityKind::Place | EntityKind::Institution
                )
            };
            entities[a].canonical == entities[b].canonical
                || (state(a) && state(b))
                || unit_of(s, &entities[a], &entities[b])
                || unit_of(s, &entities[b], &entities[a])
                || named_in(a, &figures[j])
                || named_in(b, &figures[p])
        }
        // A later mention naming no one (a table row, a recap) takes up the first.
        (_, None) => true,
        // A first mention naming no one: the same fact only when it opens the article or
        // heads a section (a short line) — met again further on, it is as often another fact.
        (None, Some(_)) => {
            figures[p].span.start < *lead.get_or_init(|| lead_end(s))
                || short_line(s, figures[p].span.start)
        }
    };
    for j in 0..figures.len() {
        if let Some(link) = figures[j].link {
            inherit(sents, entities, figures, actors, j, link);
            // A fact stated first (a headline) then as a part of a total ("another $4bn,
            // bringing its total to $8bn") is a part wherever it is stated.
            if link.how == LinkKind::Part {
                for p in 0..j {
                    if figures[p].in_totals
                        && figures[p].link.is_none()
                        && p != link.of
                        && same_amount(&figures[p], &figures[j])
                        && same_actor(p, j, figures, actors)
                    {
                        figures[p].in_totals = false;
                        figures[p].link = Some(link);
                    }
                }
            }
            continue;
        }
        // "The $11bn project", "ces 300 millions d'euros": an amount given before, taken up
        // with a definite article, is that fact whoever the words around it name.
        // Read once, and only for an amount that repeats one given before.
        let definite = std::cell::OnceCell::new();
        let definite_here = || *definite.get_or_init(|| definite_before(s, &figures[j]));
        // A later mention whose owner its sentence does not name (an aside, an interview's
        // answer, a comparison) states again the same amount given before — unless the amount
        // is round, as two facts' amounts are by chance.
        let unnamed_here = |j: usize| {
            !round(figures[j].value)
                && actors[j].is_some_and(|a| {
                    let sent = sents.around(figures[j].span.start);
                    !(sent.start <= entities[a].span.start && entities[a].span.end <= sent.end)
                })
        };
        let earlier = (0..j)
            .rev()
            .find(|&p| {
                same_amount(&figures[p], &figures[j])
                    && (definite_here() || same_actor(p, j, figures, actors) || unnamed_here(j))
            })
            .filter(|_| !new_fact_cue(s, &figures[j]));
        let definite = definite.get().copied().unwrap_or(false);
        if let Some(p) = earlier {
            figures[j].in_totals = false;
            figures[j].link = Some(Link {
                of: p,
                how: LinkKind::Restates,
            });
            // A mention taken up with a definite article, or naming no one, takes the owner
            // of the fact it states again; a headline that names no one takes the body's.
            // (Past the article's opening, a first mention naming no one was judged nobody's:
            // "Every gigawatt costs $50bn" … "Of that $50bn".)
            let past_lead = || figures[p].span.start >= *lead.get_or_init(|| lead_end(s));
            if (definite && (actors[p].is_some() || past_lead())) || actors[j].is_none() {
                actors[j] = actors[p];
            } else if actors[p].is_none() {
                actors[p] = actors[j];
            }
        }
    }
}

/// A restatement shares its figure's owner; a part keeps an owner named in its own words
/// ("$30bn of it from SoftBank") and otherwise takes the whole's.
fn inherit(
    sents: &SentenceIndex,
    entities: &[EntityHit],
    figures: &[FigureHit],
    actors: &mut [Option<usize>],
    j: usize,
    link: Link,
) {
    let p = link.of;
    match link.how {
        LinkKind::Restates => {
            let a = actors[p].or(actors[j]);
            actors[j] = a;
        }
        LinkKind::Part => {
            // The part's own sentence names its owner after the whole ("dont 3 Md€ de X"), or
            // before the part when the whole was given in an earlier sentence.
            // (A part stated in a sentence of its own keeps the owner found for it: "The fund
            // would contribute $6bn" after "a $10bn venture".)
            let own = actors[j].is_some_and(|a| {
                let e = &entities[a];
                let sent = sents.around(figures[j].span.start);
                !sent.contains(&figures[p].span.start)
                    || (sent.contains(&e.span.start) && e.span.start >= figures[p].span.end)
                    // (Parts listed before the total they add up to keep their owners: "X
                    // apporte 4,5 M€, Y 15 M€ et Z 2 M€, soit 21,5 M€ au total".)
                    || figures[j].span.end <= figures[p].span.start
            });
            if !own && actors[p].is_some() {
                actors[j] = actors[p];
            }
        }
    }
}

/// Where an article's opening ends: the headline, standfirst, byline and dateline lines, and
/// the first paragraph of at least [`LEDE_WORDS`] words (the lede).
fn lead_end(s: &str) -> usize {
    crate::text::paragraphs(s)
        .into_iter()
        .find(|r| {
            s[r.clone()]
                .split_whitespace()
                .nth(LEDE_WORDS - 1)
                .is_some()
        })
        .map_or(s.len(), |r| r.end)
}

/// Whether the line holding `at` is a heading, a headline or a table row: fewer than
/// [`LEDE_WORDS`] words, and no sentence ending it.
fn short_line(s: &str, at: usize) -> bool {
    let b = s.as_bytes();
    let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &b[at..]).map_or(s.len(), |i| at + i);
    let line = s[start..end].trim();
    line.split_whitespace().nth(LEDE_WORDS - 1).is_none()
        && !line.ends_with(['.', '!', '?', '»', '"', '”'])
}

/// How many words a lede has at least (a headline or a byline has fewer).
const LEDE_WORDS: usize = 25;

/// "Amazon" and "Amazon Web Services", "Google" and "Google DeepMind": a name whose first
/// words are the other's whole name is a unit of the same group.
fn unit_of(s: &str, group: &EntityHit, unit: &EntityHit) -> bool {
    let (g, u) = (&s[group.span.clone()], &s[unit.span.clone()]);
    u.len() > g.len() && u.starts_with(g) && u[g.len()..].starts_with(' ')
}

/// Definite articles, demonstratives and possessives that take up an amount already given
/// ("the $40bn round", "ses 450 millions d'euros").
const DEFINITE: &[&str] = &[
    "the", "this", "that", "these", "those", "ce", "cet", "cette", "ces", "les", "its", "their",
    "ses", "leurs", "son", "sa",
];

/// The word right before the amount is a [`DEFINITE`] one ("the $40bn round").
fn definite_before(s: &str, f: &FigureHit) -> bool {
    let before = text::around(s, f.span.start.saturating_sub(8), f.span.start);
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let w = before
        .rsplit([' ', '\n', '(', '"'])
        .next()
        .unwrap_or(before);
    // "the $5bn it was valued at": a clause of its own after the amount states a new fact.
    let after = text::around(s, f.span.end, f.span.end + 8);
    let next = after.split_whitespace().next().unwrap_or("");
    DEFINITE.iter().any(|d| w.eq_ignore_ascii_case(d))
        && !CLAUSE_OPENERS.iter().any(|p| next.eq_ignore_ascii_case(p))
}

/// Words that open a clause of their own right after an amount.
const CLAUSE_OPENERS: &[&str] = &[
    "it", "they", "he", "she", "we", "which", "that", "il", "elle", "ils", "elles", "qu'il",
    "qu'elle", "que", "qui", "dont", "on",
];

/// The same kind, unit and amount (within rounding), ranges bound for bound.
fn same_amount(a: &FigureHit, b: &FigureHit) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= 0.005 * x.abs().max(y.abs()) && x != 0.0;
    // The numbers first: they tell most pairs apart, the unit only after them.
    a.kind == b.kind
        && match (a.value_min.zip(a.value_max), b.value_min.zip(b.value_max)) {
            (Some((a0, a1)), Some((b0, b1))) => close(a0, b0) && close(a1, b1),
            (None, None) => close(a.value, b.value),
            _ => false,
        }
        && a.unit == b.unit
}

/// A round amount ("$5bn", "€250m", "100,000 chips", "1.5 GW"): one significant digit, or two
/// ending in 5 — the amounts two facts share by chance.
fn round(v: f64) -> bool {
    if v <= 0.0 || !v.is_finite() {
        return true;
    }
    let m = v / 10f64.powi(v.log10().floor() as i32);
    let tenths = (m * 10.0).round();
    (m * 10.0 - tenths).abs() < 1e-6 && tenths as i64 % 5 == 0
}

/// "another $6bn", "5 milliards chacun": the words around the amount make it its own fact.
fn new_fact_cue(s: &str, f: &FigureHit) -> bool {
    let before = text::lower(text::around(
        s,
        f.span.start.saturating_sub(28),
        f.span.start,
    ));
    // (Only the amount's own paragraph: "Un rattrapage encore modeste\n\nLes 3,2 milliards"
    // is no "encore 3,2 milliards".)
    let before = before.rsplit("\n\n").next().unwrap_or(&before);
    let before = before.trim_end_matches([' ', ',', '\u{a0}']);
    let before = strip_qualifier(before);
    let after = text::lower(text::around(s, f.span.end, f.span.end + 24));
    let after = after.trim_start_matches([' ', ',', '\u{a0}']);
    NEW_FACT_BEFORE
        .iter()
        .any(|w| before.ends_with(w) && word_start(before, before.len() - w.len()))
        || NEW_FACT_AFTER
            .iter()
            .any(|w| after.starts_with(w) && word_end(after, w.len()))
        || amount_words::distributive(s, f.span.end)
}

/// Drops a trailing "of"/"de"/"d'" so that "another round of" reads as "another round".
fn strip_qualifier(before: &str) -> &str {
    let mut b = before;
    for w in [" of", " de", " d'", " d’", " worth", " up to", " jusqu'à"] {
        if let Some(x) = b.strip_suffix(w) {
            b = x.trim_end();
        }
    }
    // "another round of $6bn": look past one noun.
    match b.rfind(char::is_whitespace) {
        Some(i)
            if NEW_FACT_BEFORE
                .iter()
                .any(|w| b[..i].ends_with(w) && word_start(b, i - w.len())) =>
        {
            &b[..i]
        }
        _ => b,
    }
}

fn word_start(s: &str, i: usize) -> bool {
    s[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

fn word_end(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
pub(crate) mod tests;
