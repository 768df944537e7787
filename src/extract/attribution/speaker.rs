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
    let last = tail.rfind(", ")?;
    let comma = match tail[..last].rfind(", ") {
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

/// "PRIYA MENON, CEO: …", "TOM: …", "M. Rémi Castagné. – …": a name opening its line as the
/// label of a speaker's turn in a transcript, who says the words after it and owns none of
/// them by being named there.
pub fn turn_label(s: &str, e: &EntityHit) -> bool {
    // A label opens its line: a line break at most a few bytes before it (markup, "Mme ").
    let from = s.floor_char_boundary(e.span.start.saturating_sub(12));
    let Some(nl) = memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start]) else {
        if from > 0 {
            return false;
        }
        return turn_label_after(s, e, &s[..e.span.start]);
    };
    turn_label_after(s, e, &s[from + nl + 1..e.span.start])
}

/// [`turn_label`] once the line's text before the name (`line`) is known.
fn turn_label_after(s: &str, e: &EntityHit, line: &str) -> bool {
    let lead = line
        .trim_start_matches([' ', '*', '-', '#', '>'])
        .trim_end();
    let honorific = ["M.", "Mme", "Mr", "Mr.", "Ms", "Ms.", "Dr", "Dr."].contains(&lead);
    // ("## Ariane-IA : un dérapage", "Alice Recoque : …": a heading's name is no speaker; a
    // label is written in capitals or after an honorific.)
    // ("SOUTH KOREA: …": a section's place is no speaker either.)
    let shouted = e.kind != EntityKind::Place && !s[e.span.clone()].chars().any(char::is_lowercase);
    if !(lead.is_empty() && shouted || honorific) {
        return false;
    }
    let end = s.floor_char_boundary((e.span.end + 64).min(s.len()));
    let after = s[e.span.end..end].trim_start_matches('*');
    let after = after.split('\n').next().unwrap_or("");
    if after.starts_with(':') || after.starts_with(" :") || after.starts_with(". –") {
        return true;
    }
    // ", CFO:", " (groupe Écologistes). –": a title or a group between.
    (after.starts_with(", ") || after.starts_with(" ("))
        && after.find([':', '–']).is_some_and(|k| {
            !after[..k]
                .trim_end_matches(['.', ' '])
                .contains(['.', '!', '?'])
        })
}

#[cfg(test)]
mod label_tests {
    use super::turn_label;
    use crate::extract::{EntityHit, EntityKind};

    fn label(s: &str, name: &str, kind: EntityKind) -> bool {
        let i = s.find(name).unwrap();
        let e = EntityHit {
            span: i..i + name.len(),
            canonical: name,
            kind,
            from_lexicon: false,
        };
        turn_label(s, &e)
    }

    #[test]
    fn a_name_opening_a_turn_is_a_speakers_label() {
        use EntityKind::*;
        assert!(label(
            "Q.\n\nPRIYA: So five gigawatts is a lot.",
            "PRIYA",
            Person
        ));
        assert!(label(
            "x\nDANIEL OKAFOR, CFO: Thanks.",
            "DANIEL OKAFOR",
            Person
        ));
        assert!(label(
            "x\nM. Rémi Castagné. – Nous avons levé.",
            "Rémi Castagné",
            Person
        ));
        assert!(label(
            "x\nM. Jérôme Kessler (groupe Écologistes). – Monsieur le président",
            "Jérôme Kessler",
            Person
        ));
        // A heading's name, a section's place, a name inside a line: no label.
        assert!(!label(
            "x\n## Ariane-IA : un dérapage",
            "Ariane-IA",
            Project
        ));
        assert!(!label(
            "x\nSOUTH KOREA: a bigger package",
            "SOUTH KOREA",
            Place
        ));
        assert!(!label("x\nThe deal, says PRIYA: fine.", "PRIYA", Person));
    }
}
