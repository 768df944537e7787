//! A speaker's label opening a transcript's turn ("PRIYA: …", "M. Rémi Castagné. – …", "Q41
//! Chair: …"): the name of who says the words after it, and the organisation a witness list
//! or a title gives that speaker ("we" in the turn).

use crate::extract::{EntityHit, EntityKind};

/// "PRIYA MENON, CEO: …", "TOM: …", "M. Rémi Castagné. – …": a name opening its line as the
/// label of a speaker's turn in a transcript, who says the words after it and owns none of
/// them by being named there.
pub fn turn_label(s: &str, e: &EntityHit) -> bool {
    // A label opens its line: a line break at most a few bytes before it (markup, "Mme ",
    // a timestamp).
    let from = s.floor_char_boundary(e.span.start.saturating_sub(LEAD));
    let Some(nl) = memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start]) else {
        if from > 0 {
            return false;
        }
        return turn_label_after(s, e, &s[..e.span.start]);
    };
    turn_label_after(s, e, &s[from + nl + 1..e.span.start])
}

/// How far before a speaker's label its line may start (bytes): markup, an honorific, a
/// timestamp ("**[00:01:31] DANA WHITLOCK:**").
const LEAD: usize = 24;

/// [`turn_label`] once the line's text before the name (`line`) is known.
fn turn_label_after(s: &str, e: &EntityHit, line: &str) -> bool {
    let lead = line
        .trim_start_matches([' ', '*', '-', '#', '>'])
        .trim_end();
    let lead = strip_timestamp(lead);
    let honorific = ["M.", "Mme", "Mr", "Mr.", "Ms", "Ms.", "Dr", "Dr."].contains(&lead);
    // "Q41 Chair: …": a hearing's numbered question.
    let numbered =
        lead.len() > 1 && lead.starts_with('Q') && lead[1..].bytes().all(|b| b.is_ascii_digit());
    // "Gareth Pryce: We have …": a person's full name right before a colon opening a turn.
    let named = lead.is_empty()
        && e.kind == EntityKind::Person
        && s[e.span.clone()].contains(' ')
        && s[e.span.end..].starts_with(": ")
        && s[e.span.end + 2..].starts_with(char::is_uppercase);
    if numbered || named {
        return s[e.span.end..].starts_with(':');
    }
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

/// The lead of a label without its timestamp: "[00:01:31]", "(12:04)", "00:01:31".
fn strip_timestamp(lead: &str) -> &str {
    let t = lead.trim_start_matches(['[', '(']);
    let stamp = t.len()
        - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ':')
            .len();
    let digits = &t[..stamp];
    let is_time = digits.contains(':') && digits.bytes().filter(u8::is_ascii_digit).count() >= 3;
    if !is_time {
        return lead;
    }
    t[stamp..].trim_start_matches([']', ')']).trim()
}

/// The organisation whose "we" the turn holding byte `at` speaks: its speaker's, as a witness
/// list ("Gareth Pryce, Chief Executive, Thamesbridge Compute Ltd.;") or a title
/// ("DANIEL OKAFOR, CFO of Norvane:") names it. The turn's label opens one of the last three
/// lines before `at`.
pub fn speaker_org(s: &str, entities: &[EntityHit], at: usize) -> Option<usize> {
    let mut end = at;
    for _ in 0..3 {
        let start = memchr::memrchr(b'\n', &s.as_bytes()[..end]).map_or(0, |k| k + 1);
        let i = entities.partition_point(|e| e.span.start < start);
        if let Some(e) = entities.get(i)
            && e.span.start < start + LEAD
            && e.span.end <= at
            && turn_label(s, e)
        {
            return (e.kind == EntityKind::Person)
                .then(|| affiliation(s, entities, e))
                .flatten();
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// The company or body named after a mention of the person `p` and a comma, in the same list
/// item ("Helen Marsh, Director, Department for Science, Innovation and Technology;").
fn affiliation(s: &str, entities: &[EntityHit], p: &EntityHit) -> Option<usize> {
    let person = |e: &EntityHit| {
        e.kind == EntityKind::Person
            && (e.canonical == p.canonical
                || e.canonical.ends_with(&s[p.span.clone()])
                || s[p.span.clone()].ends_with(e.canonical))
    };
    entities.iter().enumerate().find_map(|(m, e)| {
        if !person(e) || !s[e.span.end..].starts_with(", ") {
            return None;
        }
        let to = s.floor_char_boundary((e.span.end + 120).min(s.len()));
        // (A label's colon ends the item: "PRIYA MENON, CEO: … Microsoft" names no employer.)
        let item_end = s[e.span.end..to]
            .find([';', '\n', ':'])
            .map_or(to, |k| e.span.end + k);
        entities[m + 1..]
            .iter()
            .take_while(|x| x.span.end <= item_end)
            .position(|x| matches!(x.kind, EntityKind::Company | EntityKind::Institution))
            .map(|k| m + 1 + k)
    })
}

#[cfg(test)]
mod label_tests {
    use crate::extract::attribution::turn::turn_label;
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
