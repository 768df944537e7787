//! Owners that the plain nearest-actor rule misses: the first actor of a Markdown table row,
//! the actor a titled person speaks for ("Son président, X"), the subject a clause-opening
//! reference stands for, and the last reference before an amount, read from the right.

use super::anaphora;
use super::look::Looks;
use super::refs::{self, Anaphor, Class};
use crate::extract::{EntityHit, EntityKind, FigureHit};
use crate::text::with_lower;
use std::ops::Range;

/// Longest stretch of a table row before an amount (bytes).
const TABLE_ROW_REACH: usize = 400;

/// Indices of the entities lying inside `r`.
pub fn within(entities: &[EntityHit], r: &Range<usize>) -> Range<usize> {
    let a = entities.partition_point(|e| e.span.start < r.start);
    let b = entities.partition_point(|e| e.span.start < r.end);
    a..b
}

/// The last reference before an amount, read from the right a stretch at a time: asking up to
/// `at` reads only what was not read yet (with some overlap, so that a description across two
/// stretches is whole).
pub struct Backscan<'s, 'a> {
    pub s: &'s str,
    /// Where reading stops for good (the clause start, or the reach).
    pub floor: usize,
    /// Read so far: `from..end`.
    pub from: usize,
    pub end: usize,
    pub found: Option<Anaphor>,
    pub asides: &'a [Range<usize>],
}

impl Backscan<'_, '_> {
    pub fn upto(&mut self, at: usize) -> Option<Anaphor> {
        let at = self.s.ceil_char_boundary(at.max(self.floor));
        if self.found.is_none() && at < self.from {
            let to = self.s.floor_char_boundary((self.from + 48).min(self.end));
            self.found = refs::last_in(self.s, at..to).filter(|a| {
                !self
                    .asides
                    .iter()
                    .any(|r| r.start <= a.span.start && a.span.end <= r.end)
            });
            self.from = at;
        }
        self.found.clone()
    }
}

/// "The £225m system, also built by X, packs …": an anaphor opening the clause, followed by
/// a comma, is the subject the aside interrupts.
pub fn opening_anaphor_owner(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    clause_start: usize,
    e: &EntityHit,
) -> Option<usize> {
    let lim = s.floor_char_boundary((clause_start + 64).min(e.span.start));
    let mut a = refs::last_in(s, clause_start..lim)?;
    // "la start-up française X, valorisée …": a description running into the name introduces
    // it; the name is the subject.
    if !s[a.span.end..e.span.start].contains(',') {
        // ("The chipmaker, the main supplier of HBM to Nvidia, reported …": the aside's own
        // description leads into the name; the clause's opening reference is the subject.)
        a = refs::first_in(s, clause_start..a.span.start)?;
        if !s[a.span.end..e.span.start].contains(',') {
            return None;
        }
    }
    // "Its rival in the Emirates, X, is building …": a possessive's noun names another actor,
    // the one in apposition.
    let possessive =
        crate::extract::firsts::listed(&s[a.span.clone()], crate::extract::firsts::POSSESSIVES);
    if possessive {
        return None;
    }
    let short_lead = s[clause_start..a.span.start]
        .split_whitespace()
        .nth(3)
        .is_none();
    let comma_after = s[a.span.end..]
        .trim_start_matches(|c: char| c.is_alphanumeric() || c == ' ' || c == '\'')
        .starts_with(',');
    (short_lead && comma_after).then(|| anaphora::antecedent(s, entities, looks, &a))?
}

/// In a Markdown table row ("| X | Y, US | 1.7 exaflops |"), the first actor of the row that is
/// not a place.
pub fn table_row_owner(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
) -> Option<usize> {
    let line_start = short_line_start(s, f.span.start)?;
    if !crate::text::table::is_row(&s[line_start..f.span.start]) {
        return None;
    }
    let row = line_start..f.span.start;
    // A column the header says holds owners ("Porteurs", "Bidder").
    let line_end = s[f.span.start..]
        .find('\n')
        .map_or(s.len(), |k| f.span.start + k);
    if let Some(cell) = crate::text::table::owner_cell(s, line_start..line_end)
        && let Some(i) = super::table_header::first_in(entities, &cell)
    {
        return Some(i);
    }
    // (A chip or a system in a later cell is what the row counts, not who owns it; a name
    // opening the row is its subject whatever its kind.)
    // (A row parted by tabs has no border before its first cell.)
    let first_cell = |e: &EntityHit| {
        let before = &s[line_start..e.span.start];
        before.matches('|').count() <= 1 && !before.contains('\t')
    };
    within(entities, &row).find(|&i| {
        let e = &entities[i];
        e.span.end <= f.span.start
            && e.kind != EntityKind::Place
            && (e.kind != EntityKind::Product || first_cell(e))
            && !looks.source(i)
            // "| Fouju (Seine-et-Marne) | Mistral AI, MGX |": a site glossed by its place.
            && !super::sites::glosses_a_place(s, e)
    })
}

/// Where the line holding `at` starts, when it starts at most [`TABLE_ROW_REACH`] bytes back
/// (table rows and list items are short lines).
fn short_line_start(s: &str, at: usize) -> Option<usize> {
    let from = at.saturating_sub(TABLE_ROW_REACH);
    match memchr::memrchr(b'\n', &s.as_bytes()[from..at]) {
        Some(i) => Some(from + i + 1),
        None if from == 0 => Some(0),
        None => None,
    }
}

/// "- **GlobalWafers**: $406 million for …", "Absolics: up to $75 million": a line labelled
/// by a name and a colon (a list item, a newsletter entry) belongs to that name.
pub fn labelled_line_owner(s: &str, entities: &[EntityHit], f: &FigureHit) -> Option<usize> {
    let line_start = short_line_start(s, f.span.start)?;
    // List markers and bold marks before the label.
    let lead = s[line_start..f.span.start]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '–'));
    let label_start = f.span.start - lead.len();
    let i = entities.partition_point(|e| e.span.start < label_start);
    let e = entities.get(i)?;
    // (A name run into the amount is no label of it.)
    let label = e.span.start == label_start
        && e.span.end <= f.span.start
        && matches!(
            e.kind,
            EntityKind::Company | EntityKind::Institution | EntityKind::Project
        )
        && s[e.span.end..f.span.start]
            .trim_start_matches('*')
            .starts_with(':');
    label.then_some(i)
}

/// Possessive titles before a person's name: the person speaks for the possessive's actor.
const TITLES: &[&str] = &[
    "président",
    "présidente",
    "directeur",
    "directrice",
    "patron",
    "patronne",
    "fondateur",
    "fondatrice",
    "dirigeant",
    "chief executive",
    "chief financial officer",
    "chief",
    "president",
    "chairman",
    "chair",
    "founder",
    "ceo",
    "boss",
    "head",
];

/// The actor a person speaks for: the one a possessive title before it names ("Son
/// président, X"), or the organisation its title names ("Arthur Mensch, le patron de Mistral
/// AI,", "OpenAI's chief executive Sam Altman").
pub fn titled_person_owner(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    sent: &Range<usize>,
    i: usize,
) -> Option<usize> {
    let e = &entities[i];
    if e.kind != EntityKind::Person {
        return None;
    }
    if let Some(k) = organisation_of_title(s, entities, i) {
        return Some(k);
    }
    let from = s.ceil_char_boundary(e.span.start.saturating_sub(48).max(sent.start));
    let before = s[from..e.span.start].trim_end_matches([' ', ',']);
    let titled = with_lower(before, |before| TITLES.iter().any(|t| before.ends_with(t)));
    if !titled {
        return None;
    }
    let a = refs::last_in(s, from..e.span.start)?;
    if a.class != Class::Any {
        return None;
    }
    anaphora::antecedent(s, entities, looks, &a)
}

/// Links between a title and its organisation.
const TITLE_LINKS: &[&str] = &[" de ", " d'", " du ", " of ", " at "];

/// "X, le patron de Mistral AI,", "X, chief executive of OpenAI,", "X, OpenAI's chief
/// executive,", "OpenAI's chief executive X", "le patron de Mistral AI, X": the organisation
/// whose title the person `i` holds.
fn organisation_of_title(s: &str, entities: &[EntityHit], i: usize) -> Option<usize> {
    let e = &entities[i];
    let org = |k: usize| {
        !matches!(
            entities[k].kind,
            EntityKind::Person | EntityKind::Place | EntityKind::Product
        )
    };
    let titled = |t: &str| {
        with_lower(t.trim_end_matches([' ', ',']), |t| {
            let t = t.trim_start_matches([' ', ',']);
            t.len() < 40 && TITLES.iter().any(|x| t.ends_with(x))
        })
    };
    // After the name, in an apposition.
    if let Some(k) = (i + 1 < entities.len())
        .then_some(i + 1)
        .filter(|&k| org(k))
    {
        let n = &entities[k];
        let gap = &s[e.span.end..n.span.start];
        if let Some(t) = gap.strip_prefix(", ")
            && t.len() < 48
            && let Some(link) = TITLE_LINKS.iter().find(|l| t.ends_with(*l))
            && titled(&t[..t.len() - link.len()])
        {
            return Some(k);
        }
        if gap == ", "
            && let Some(t) = possessive(&s[n.span.end..])
            && titled(&t[..t.find(',').filter(|&c| c < 40)?])
        {
            return Some(k);
        }
    }
    // Before the name.
    let k = i.checked_sub(1).filter(|&k| org(k))?;
    let p = &entities[k];
    let gap = &s[p.span.end..e.span.start];
    if let Some(t) = possessive(gap)
        && titled(t)
    {
        return Some(k);
    }
    let lead = &s[s.floor_char_boundary(p.span.start.saturating_sub(40))..p.span.start];
    if matches!(gap, ", " | " ")
        && let Some(link) = TITLE_LINKS.iter().find(|l| lead.ends_with(*l))
        && titled(&lead[..lead.len() - link.len()])
    {
        return Some(k);
    }
    None
}

/// The words after a possessive "'s ".
fn possessive(gap: &str) -> Option<&str> {
    gap.strip_prefix("'s ").or_else(|| gap.strip_prefix("’s "))
}
