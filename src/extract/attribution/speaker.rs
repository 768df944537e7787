//! An organisation reporting its own figure in a closing speech tag: "The expansion will bring
//! a gigawatt online, Anthropic said.", "…, the San Francisco-based company said.", "…, a
//! indiqué le groupe." — the owner when nothing in the sentence before the figure is.

use super::anaphora;
use super::look::Looks;
use super::look_cues::SPEECH_VERBS;
use super::owners::within;
use super::refs::{self, Class};
use crate::extract::{EntityHit, EntityKind};
use crate::text::with_lower;
use std::ops::Range;

/// The organisation named in the speech tag closing the sentence after `figure_end`.
pub fn closing_speaker(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    figure_end: usize,
    sent: &Range<usize>,
) -> Option<usize> {
    let tail = s.get(figure_end..sent.end)?;
    // The tag opens at the last comma, or at the one before a "City, State-based" description.
    let last = crate::text::rfind_comma(tail)?;
    let comma = match crate::text::rfind_comma(&tail[..last]) {
        Some(k)
            if tail[last..].contains("-based")
                && tail[k + 2..last].split_whitespace().nth(3).is_none() =>
        {
            k
        }
        _ => last,
    };
    let from = figure_end + comma + 2;
    let tag = s[from..sent.end].trim_end().trim_end_matches(['.', '!']);
    // A short tag: a name or a description and its verb.
    // (A comma only inside a "City, State-based" description.)
    let based = tag.contains("-based");
    if tag.len() > if based { 96 } else { 64 }
        || tag.contains([';', '('])
        || (tag.contains(',') && !based)
    {
        return None;
    }
    // The speech verbs a speaker inserted in a sentence is told by: after the name ("X
    // said"), or before it ("a indiqué X").
    let (who, ok) = with_lower(tag, |t| {
        if let Some(v) = SPEECH_VERBS.iter().find(|v| t.ends_with(*v)) {
            (from..from + tag.len() - v.len(), true)
        } else if let Some(v) = SPEECH_VERBS.iter().find(|v| t.starts_with(*v)) {
            (from + v.len()..from + tag.len(), true)
        } else if let Some(k) = [" said in a statement", " said on ", " said in an "]
            .iter()
            .find_map(|v| t.find(v))
        {
            // "…, the company said in a statement Tuesday.": the verb and when or how.
            (from..from + k, true)
        } else {
            (from..from, false)
        }
    });
    if !ok {
        return None;
    }
    // A name: an organisation, never a person.
    let named = within(entities, &who).find(|&i| {
        let e = &entities[i];
        e.span.end <= who.end
            && matches!(e.kind, EntityKind::Company | EntityKind::Institution)
            && s[who.start..e.span.start].trim().is_empty()
    });
    if named.is_some() {
        return named;
    }
    // A description: "the company", "le groupe".
    let a = refs::first_in(s, who)?;
    (a.class != Class::Any).then(|| anaphora::antecedent(s, entities, looks, &a))?
}

/// Verbs of saying or expecting after a speaker, before what it says another actor does
/// ("what X and Y say Z will invest", "X expects Z to spend").
const SAYS: &[&str] = &[
    " say ",
    " says ",
    " said ",
    " expect ",
    " expects ",
    " believe ",
    " believes ",
    " disent ",
    " affirment ",
    " estiment ",
    " estime ",
    " affirme ",
];

/// "$500bn — what SoftBank, OpenAI and Oracle say Stargate will invest": the names of a list
/// followed by a verb of saying speak of the actor after it in the clause, and own nothing.
pub fn speaks_of_another(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    i: usize,
    clause_end: usize,
) -> bool {
    // The last name of the list `i` belongs to.
    let mut last = i;
    while last + 1 < entities.len() && looks.listed_after(last + 1) {
        last += 1;
    }
    let end = entities[last].span.end;
    let after = crate::text::around(s, end, end + 12);
    let Some(verb) = SAYS.iter().find(|v| after.starts_with(*v)) else {
        return false;
    };
    entities
        .get(last + 1)
        .is_some_and(|n| n.span.start == end + verb.len() && n.span.end <= clause_end)
}
