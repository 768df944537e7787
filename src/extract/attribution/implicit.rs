//! References named by the shape of their sentence rather than by a name: "the project" that
//! no name in its paragraph stands for is its builder's, and "le gouvernement" after the place
//! a sentence opens on is that place's.

use super::look::Looks;
use super::refs::{Anaphor, Class};
use super::subject::{fits, subject_of};
use crate::extract::{EntityHit, EntityKind};

/// "Deutsche Telekom va installer 10 000 GPU à Munich. Le projet coûtera 1 milliard": a
/// project never named in its paragraph is the work of the subject of the nearest sentence
/// before it there, not a project named paragraphs earlier.
pub(super) fn unnamed_project(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    a: &Anaphor,
) -> Option<usize> {
    // Only "the project" itself: a machine, a fund or a law is more often one named before.
    let head = s.get(a.head.clone()).unwrap_or("");
    if a.class != Class::Project
        || !(head.eq_ignore_ascii_case("project") || head.eq_ignore_ascii_case("projet"))
    {
        return None;
    }
    let para = s[..a.span.start].rfind('\n').map_or(0, |i| i + 1);
    let first = entities.partition_point(|e| e.span.start < para);
    let named = entities[first..]
        .iter()
        .take_while(|e| e.span.start < a.span.start)
        .any(|e| fits(Class::Project, e.kind));
    if named {
        return None;
    }
    let mut end = looks.sents.start_of(a.span.start);
    while end > para {
        let start = looks.sents.start_of(end - 1).max(para);
        if let (Some(k), _) = subject_of(s, entities, looks, start..end, Class::Any) {
            return Some(k);
        }
        end = start;
    }
    None
}

/// "Au Royaume-Uni, le gouvernement a promis …", "In Japan, the ministry will spend …": a
/// government after the place the sentence opens on is that place's.
pub(super) fn fronted_place(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    a: &Anaphor,
) -> Option<usize> {
    if a.class != Class::Government {
        return None;
    }
    let start = looks.sents.start_of(a.span.start);
    let lead = s.get(start..a.span.start)?.strip_suffix(", ")?;
    let prep = ["Au ", "Aux ", "En ", "In ", "À "]
        .iter()
        .find(|p| lead.starts_with(**p))?;
    let i = entities.partition_point(|e| e.span.start < start + prep.len());
    let e = entities.get(i)?;
    (e.kind == EntityKind::Place
        && e.span.start == start + prep.len()
        && e.span.end == start + lead.len())
    .then_some(i)
}

/// "The government will invest £500m" in an article about one country: with no government
/// named before, the place the article names most (three times at least, twice as often as
/// any other) — its last mention before the reference.
pub(super) fn main_state(entities: &[EntityHit], a: &Anaphor) -> Option<usize> {
    if a.class != Class::Government {
        return None;
    }
    let ((first, count), second) =
        super::voice::most_named(entities, |i| entities[i].kind == EntityKind::Place)?;
    if count < 3 || count < 2 * second {
        return None;
    }
    let named = |e: &EntityHit| e.canonical == entities[first].canonical;
    let before = entities.partition_point(|e| e.span.start < a.span.start);
    (0..before)
        .rev()
        .find(|&i| named(&entities[i]))
        .or_else(|| entities.iter().position(named))
}

/// "Le gouvernement a présenté un plan de 15 milliards", the text naming "l'État" somewhere: with
/// no government named before and no country the article is about, "le gouvernement" is the
/// State the text names (not "le gouvernement indien", which names another).
pub(super) fn named_state(s: &str, entities: &[EntityHit], a: &Anaphor) -> Option<usize> {
    if a.class != Class::Government || !s[a.head.clone()].eq_ignore_ascii_case("gouvernement") {
        return None;
    }
    // ("le gouvernement d'Ottawa", "du Royaume-Uni", "sud-coréen": another's.)
    let next = s[a.span.end..]
        .trim_start()
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
        .next()
        .unwrap_or("");
    let of_place = next == "du"
        || next == "de"
        || next == "des"
        || next.starts_with("d'")
        || next.starts_with("d’");
    let demonym = next.len() >= 5
        && [
            "ais", "aise", "ien", "ienne", "ois", "oise", "ain", "aine", "and", "ande", "al",
            "ique", "ol", "ole", "an", "ane", "éen", "éenne", "russe", "belge", "suisse",
        ]
        .iter()
        .any(|e| next.ends_with(e))
        && !next.starts_with("françai");
    if of_place || demonym {
        return None;
    }
    entities.iter().position(|e| e.canonical == "État")
}
