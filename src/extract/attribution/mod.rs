//! Attribution stage: says which entity each figure belongs to, or none.
//!
//! Rules, tried in order, all inside the figure's sentence unless said otherwise:
//! 1. an owner right after the amount: "600 milliards de dollars de X", "$5bn of X", "$5bn from X"
//!    (not for chips, where "24 000 puces du géant Nvidia" names the supplier);
//! 2. the nearest actor before the figure in its clause, skipping asides in parentheses or
//!    dashes, places used as locations ("au Texas"), sources ("selon Reuters") and partners
//!    ("en partenariat avec X") when a better candidate exists;
//! 3. when the figure comes before any actor, the subject after a fronted phrase ("Valorisée à
//!    X, Mistral ...") or the agent ("... installés par Meta"); never a chip's maker or model;
//! 4. the paragraph's topic: its first actor, when that comes before the figure.
//!
//! Otherwise the figure gets no actor: no answer beats a wrong one.

use super::text::{self, paragraphs, swar};
use super::{EntityHit, EntityKind, FigureHit, FigureKind, NormText};
use look::Looks;
use std::ops::Range;

mod anaphora;
mod look;
mod shape;

/// Words that end a clause when searching backwards for the figure's subject.
const CLAUSE_BREAKS: &[&str] = &[
    ";",
    ":",
    " tandis qu",
    " alors qu",
    " whereas ",
    " while ",
    " but ",
    " mais ",
];
/// Longest stretch of a table row before an amount (bytes).
const TABLE_ROW_REACH: usize = 400;
/// How far before an amount a reference to an actor is looked for (bytes).
const ANAPHOR_REACH: usize = 200;
/// Prepositions before an owner placed after the amount.
const OWNER_AFTER: &[&str] = &["de ", "d'", "du ", "des ", "of ", "from ", "by ", "par "];
/// Determiners that may stand between that preposition and the owner.
const DETERMINERS: &[&str] = &["l'", "la ", "le ", "les ", "the "];
/// For each figure, the index into `entities` of its actor, or `None` when none can be told.
pub fn attribute<'s>(
    text: &'s NormText,
    entities: &[EntityHit],
    figures: &[FigureHit],
    sents: &'s text::SentenceIndex<'s>,
) -> Vec<Option<usize>> {
    if figures.is_empty() || entities.is_empty() {
        return vec![None; figures.len()];
    }
    let s = text.as_str();
    let paras = paragraphs(s);
    let looks = Looks {
        s,
        sents,
        antecedents: Default::default(),
        subjects: Default::default(),
        first_anaphors: Default::default(),
        entities,
        memo: vec![std::cell::OnceCell::new(); entities.len()],
    };
    // The article's sentences are split once (the shared index); a sentence's asides are found
    // once, for its first figure (figures come in text order).
    let mut current: Option<(Range<usize>, Vec<Range<usize>>)> = None;
    let mut owners: Vec<Option<usize>> = figures
        .iter()
        .map(|f| {
            let p = containing(&paras, f.span.start)?;
            let para = paras.get(p)?;
            let sent = sents.around(f.span.start);
            if sent.is_empty() {
                return None;
            }
            if current.as_ref().is_none_or(|(r, _)| *r != sent) {
                let found = asides(s, &sent);
                current = Some((sent, found));
            }
            let (sent, asides) = current.as_ref()?;
            attribute_one(s, entities, &looks, f, sent, para, asides)
        })
        .collect();
    continue_topic(s, entities, &looks, figures, &mut owners);
    owners
}

/// How far back (bytes) a figure may continue the topic of the one before.
const TOPIC_REACH: usize = 400;

/// "… atteint 1 720 milliards de yens. Le précédent bilan s'établissait à 920 milliards" — a
/// figure in a sentence about a measure that names no one continues the owner of the figure
/// just before it.
fn continue_topic(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    figures: &[FigureHit],
    owners: &mut [Option<usize>],
) {
    for j in 1..figures.len() {
        if owners[j].is_some() {
            continue;
        }
        let f = &figures[j];
        let Some(p) = (0..j).rev().find(|&p| figures[p].kind == f.kind) else {
            continue;
        };
        if owners[p].is_none() || f.span.start > figures[p].span.end + TOPIC_REACH {
            continue;
        }
        // No one in the sentence who could own it: backers, sources and places aside.
        let sent = looks.sents.around(f.span.start);
        let nobody = within(entities, &sent).all(|i| {
            let l = looks.get(i);
            l.partner || l.source || l.location || l.speech
        });
        // … unless the sentence before speaks of a whole market ("Le marché mondial croît. Les
        // ventes ont atteint …").
        let before = looks.sents.start_of(sent.start.saturating_sub(2))..sent.start;
        if nobody && shape::measure_sentence(s, &sent) && !shape::sector_wide(s, before) {
            owners[j] = owners[p];
        }
    }
}

/// Index of the range of `ranges` (sorted, disjoint) that contains `at`.
fn containing(ranges: &[Range<usize>], at: usize) -> Option<usize> {
    let i = ranges.partition_point(|r| r.end <= at);
    ranges.get(i).filter(|r| r.start <= at).map(|_| i)
}

/// Indices of the entities lying inside `r`.
fn within(entities: &[EntityHit], r: &Range<usize>) -> Range<usize> {
    let a = entities.partition_point(|e| e.span.start < r.start);
    let b = entities.partition_point(|e| e.span.start < r.end);
    a..b
}

fn attribute_one(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    f: &FigureHit,
    sent: &Range<usize>,
    para: &Range<usize>,
    asides: &[Range<usize>],
) -> Option<usize> {
    let chips = f.kind == FigureKind::Chips;
    let in_sentence = within(entities, sent);
    let aside_of = |e: &EntityHit| {
        asides
            .iter()
            .any(|a| a.start <= e.span.start && e.span.end <= a.end && !a.contains(&f.span.start))
    };

    // 0. A table row belongs to the actor named first in it.
    if let Some(i) = table_row_owner(s, entities, looks, f) {
        return Some(i);
    }

    // An amount inside a description ("The £225m system, built by X, …") belongs to what the
    // description names.
    if let Some(a) = anaphora::around(s, f.span.clone())
        && let Some(k) = anaphora::antecedent(s, entities, looks, &a)
    {
        return Some(k);
    }

    // 1. Owner right after the amount; for chips only right after a bare "de"/"of" ("les
    //    10 000 GPU de X"), since "24 000 puces du géant Nvidia" names the supplier.
    if let Some(i) = in_sentence
        .clone()
        .find(|&i| entities[i].span.start >= f.span.end)
    {
        let between = &s[f.span.end..entities[i].span.start];
        let owner = if chips {
            matches!(between, " de " | " d'" | " of ")
        } else {
            owner_follows(between)
        };
        if owner {
            return Some(i);
        }
    }

    // An amount "each" of several gets ("capped at 50,000 GPUs each") has no one owner.
    if shape::distributive(s, f.span.end) {
        return None;
    }

    // A generic amount ("a single fab can cost", "chaque usine coûte") is nobody's.
    if shape::generic_subject(
        s,
        sent.start.max(f.span.start.saturating_sub(80)),
        f.span.start,
    ) {
        return None;
    }

    // 2. Nearest actor before the figure, within its clause — unless a reference to an actor
    //    named before ("the company", "le groupe", "it") stands nearer.
    let clause_start = clause_start(s, sent.start, f.span.start);
    // A reference is looked for in the last words before the amount (the nearest actor wins
    // over one farther), read from the right in stretches as far as the candidates need.
    let floor = clause_start.max(f.span.start.saturating_sub(ANAPHOR_REACH));
    let mut scan = Backscan {
        s,
        floor,
        from: f.span.start,
        end: f.span.start,
        found: None,
        asides,
    };
    let resolve = |a: &anaphora::Anaphor| anaphora::antecedent(s, entities, looks, a);
    let mut partner = None;
    for i in in_sentence.clone().rev() {
        let e = &entities[i];
        if e.span.end > f.span.start || e.span.start < clause_start {
            continue;
        }
        if let Some(a) = scan.upto(e.span.start.saturating_sub(48)) {
            // A name inside the description ("the Dallas-based company") is no owner.
            if a.span.start <= e.span.start && e.span.end <= a.span.end {
                continue;
            }
            // A pronoun after its sentence's subject names that subject ("Microsoft said it
            // would spend …"): no need to look further back.
            let subject_pronoun = a.class == anaphora::Class::Any
                && i == in_sentence.start
                && s[sent.start..e.span.start]
                    .split_whitespace()
                    .take(6)
                    .count()
                    <= 5;
            if a.span.start >= e.span.end
                && !subject_pronoun
                && let Some(k) = resolve(&a)
            {
                return Some(k);
            }
        }
        let look = looks.get(i);
        if aside_of(e) || look.location || look.source || look.speech {
            continue;
        }
        if (chips || f.kind == FigureKind::Flops)
            && (e.kind == EntityKind::Product || shape::modifier(s, entities, i))
        {
            continue;
        }
        // A place followed by a comma or a bracket is where, not who ("Phoenix, Arizona,");
        // so is a dateline.
        if e.kind == EntityKind::Place
            && (s[e.span.end..].starts_with([',', ')']) || look::dateline(s, e))
        {
            continue;
        }
        if shape::possessive_modifier(s, e, f.span.start)
            || shape::modifier(s, entities, i)
            || shape::regulator(s, e, f.span.start)
        {
            continue;
        }
        // The candidate closes an aside between commas: the subject stands before it.
        if let Some(k) = shape::subject_before_aside(
            s,
            entities,
            looks,
            clause_start..f.span.start,
            i,
            f.span.start,
        ) {
            return titled_person_owner(s, entities, looks, sent, &entities[k]).or(Some(k));
        }
        if s[e.span.end..f.span.start].contains(',')
            && let Some(k) = opening_anaphor_owner(s, entities, looks, clause_start, e)
        {
            return Some(k);
        }
        // A product (a model, a chip, a service) owns money only when no one else is there.
        if look.partner || e.kind == EntityKind::Product {
            partner.get_or_insert(i);
            continue;
        }
        // A person introduced by a possessive title ("Son président, X") speaks for the
        // actor the possessive names.
        if let Some(k) = titled_person_owner(s, entities, looks, sent, e) {
            return Some(k);
        }
        return Some(i);
    }
    if let Some(a) = scan.upto(floor)
        && let Some(k) = resolve(&a)
    {
        return Some(k);
    }
    // A backer ("led by X") is no owner of the valuation it sets.
    if let Some(i) = partner.filter(|_| !shape::valuation_cue(s, f.span.start)) {
        return Some(i);
    }

    // 3. The subject after a fronted phrase, or the agent after the figure, in its clause.
    if !chips {
        let clause_end = clause_end(s, f.span.end, sent.end);
        let after = in_sentence
            .clone()
            .filter(|&i| entities[i].span.start >= f.span.end && entities[i].span.end <= clause_end)
            .find(|&i| {
                let e = &entities[i];
                let look = looks.get(i);
                // A place after the amount is where it goes, unless it is the agent ("par
                // la France").
                let agent = crate::extract::text::lower_tail(s, e.span.start, 24);
                let place_ok = e.kind != EntityKind::Place
                    || agent.ends_with(" par")
                    || agent.ends_with(" by");
                !aside_of(e)
                    && !look.location
                    && !look.source
                    && !look.speech
                    && !look.partner
                    && place_ok
                    && !shape::possessive_modifier(s, e, usize::MAX)
            });
        if let Some(i) = after {
            return Some(i);
        }
    }

    // A sentence about a measure of the actor in the news ("Net income climbed to …") with no
    // one named: the actor the text was about.
    if within(entities, sent).all(|i| looks.get(i).source || look::dateline(s, &entities[i]))
        && shape::measure_sentence(s, sent)
        && !shape::sector_wide(
            s,
            looks.sents.start_of(sent.start.saturating_sub(2))..sent.start,
        )
    {
        let it = anaphora::Anaphor {
            span: sent.start..sent.start,
            class: anaphora::Class::Company,
            head: sent.start..sent.start,
        };
        return resolve(&it);
    }

    // 4. The paragraph's topic — unless the sentence speaks of a whole market or sector.
    if shape::sector_wide(s, sent.clone()) {
        return None;
    }
    within(entities, para)
        .filter(|&i| entities[i].span.end <= f.span.start)
        .find(|&i| {
            let (e, look) = (&entities[i], looks.get(i));
            !look.location
                && !look.source
                && !look.partner
                && !look.speech
                && e.kind != EntityKind::Product
        })
}

/// The last reference before an amount, read from the right a stretch at a time: asking up to
/// `at` reads only what was not read yet (with some overlap, so that a description across two
/// stretches is whole).
struct Backscan<'s, 'a> {
    s: &'s str,
    /// Where reading stops for good (the clause start, or the reach).
    floor: usize,
    /// Read so far: `from..end`.
    from: usize,
    end: usize,
    found: Option<anaphora::Anaphor>,
    asides: &'a [Range<usize>],
}

impl Backscan<'_, '_> {
    fn upto(&mut self, at: usize) -> Option<anaphora::Anaphor> {
        let mut at = at.max(self.floor);
        while !self.s.is_char_boundary(at) {
            at += 1;
        }
        if self.found.is_none() && at < self.from {
            let mut to = (self.from + 48).min(self.end);
            while !self.s.is_char_boundary(to) {
                to -= 1;
            }
            self.found = anaphora::last_in(self.s, at..to).filter(|a| {
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
fn opening_anaphor_owner(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    clause_start: usize,
    e: &EntityHit,
) -> Option<usize> {
    let mut lim = (clause_start + 64).min(e.span.start);
    while !s.is_char_boundary(lim) {
        lim -= 1;
    }
    let a = anaphora::last_in(s, clause_start..lim)?;
    let lead = s[clause_start..a.span.start].split_whitespace().count();
    let comma_after = s[a.span.end..]
        .trim_start_matches(|c: char| c.is_alphanumeric() || c == ' ' || c == '\'')
        .starts_with(',');
    (lead <= 3 && comma_after).then(|| anaphora::antecedent(s, entities, looks, &a))?
}

/// Where the figure's clause ends: the first clause break after it in the sentence.
fn clause_end(s: &str, from: usize, sent_end: usize) -> usize {
    let b = s.as_bytes();
    let end = sent_end.min(b.len());
    // One pass over the bytes: ';' ends a clause, and so does a listed break word (every one
    // starts with a space; ':' is left out here, it introduces what follows).
    for i in from..end {
        match b[i] {
            b';' => return i,
            b' ' => {
                let rest = &b[i..end];
                if CLAUSE_BREAKS
                    .iter()
                    .filter(|w| w.starts_with(' '))
                    .any(|w| {
                        rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                    })
                {
                    return i;
                }
            }
            _ => {}
        }
    }
    sent_end
}

/// In a Markdown table row ("| X | Y, US | 1.7 exaflops |"), the first actor of the row that is
/// not a place.
fn table_row_owner(s: &str, entities: &[EntityHit], looks: &Looks, f: &FigureHit) -> Option<usize> {
    let b = s.as_bytes();
    // Table rows are short lines: a line start farther back is no row.
    let from = f.span.start.saturating_sub(TABLE_ROW_REACH);
    let line_start = match memchr::memrchr(b'\n', &b[from..f.span.start]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    if !s[line_start..f.span.start].trim_start().starts_with('|') {
        return None;
    }
    let row = line_start..f.span.start;
    within(entities, &row).find(|&i| {
        let e = &entities[i];
        e.span.end <= f.span.start && e.kind != EntityKind::Place && !looks.get(i).source
    })
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

/// "Son président, X", "its chief executive, X": the actor the possessive names.
fn titled_person_owner(
    s: &str,
    entities: &[EntityHit],
    looks: &Looks,
    sent: &Range<usize>,
    e: &EntityHit,
) -> Option<usize> {
    if e.kind != EntityKind::Person {
        return None;
    }
    let mut from = e.span.start.saturating_sub(48).max(sent.start);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    let before = s[from..e.span.start]
        .trim_end_matches([' ', ','])
        .to_lowercase();
    if !TITLES.iter().any(|t| before.ends_with(t)) {
        return None;
    }
    let a = anaphora::last_in(s, from..e.span.start)?;
    if a.class != anaphora::Class::Any {
        return None;
    }
    anaphora::antecedent(s, entities, looks, &a)
}

/// True when the text between the amount and the next entity says "of/by that entity".
fn owner_follows(between: &str) -> bool {
    // A preposition and a determiner hold at most seven letters, and lower-casing never makes
    // fewer chars nor white space: a longer gap is answered before any copy.
    if between
        .chars()
        .filter(|c| !c.is_whitespace())
        .nth(7)
        .is_some()
    {
        return false;
    }
    let t = between.trim_start().to_lowercase();
    OWNER_AFTER.iter().any(|p| {
        t.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || DETERMINERS.iter().any(|d| rest == d.trim_end())
        })
    })
}

/// Where the figure's clause starts: after the last clause break before it in the sentence.
fn clause_start(s: &str, sent_start: usize, at: usize) -> usize {
    let before = &s[sent_start..at];
    if let Some(end) = last_break_end(before) {
        return end.map_or(sent_start, |e| sent_start + e);
    }
    let lower = before.to_lowercase();
    // Lower-casing may change byte lengths; only use it when it does not.
    let hay = if lower.len() == before.len() {
        lower.as_str()
    } else {
        before
    };
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| hay.rfind(b).map(|p| sent_start + p + b.len()))
        .max()
        .unwrap_or(sent_start)
}

/// The end of the last clause break in `before`, read case-insensitively, without building a
/// lower-cased copy — `None` when that cannot be done exactly (a non-ASCII char that lower-case
/// would change), `Some(None)` when there is no break.
fn last_break_end(before: &str) -> Option<Option<usize>> {
    // Lower-casing then changes ASCII letters only, so the lower-cased copy is the ASCII
    // lower-cased one and the (ASCII) breaks match it exactly where they match here.
    // à..ÿ (and ÷) are their own lower case: answered without the Unicode tables.
    let invariant = before.is_ascii()
        || before.chars().all(|c| {
            c.is_ascii() || ('\u{E0}'..='\u{FF}').contains(&c) || {
                let mut l = c.to_lowercase();
                l.next() == Some(c) && l.next().is_none()
            }
        });
    if !invariant {
        return None;
    }
    let b = before.as_bytes();
    let ends_with = |e: usize, pats: &[&str]| {
        pats.iter()
            .any(|p| e >= p.len() && b[e - p.len()..e].eq_ignore_ascii_case(p.as_bytes()))
    };
    // The break ending last wins: try each end position from the right, by the byte before
    // it (each break of CLAUSE_BREAKS ends on ';', ':', a space or "qu").
    let hit = |e: usize| match b[e - 1] {
        b';' | b':' => true,
        b' ' => ends_with(e, SPACE_BREAKS),
        b'u' | b'U' => ends_with(e, QU_BREAKS),
        _ => false,
    };
    // Sixteen bytes at a time, from the right: spaces are too common (and too irregular) to
    // branch on each, so only the bytes that may end a break are tried — ';', ':', a space
    // after s, e or t (" whereas ", " while ", " but ", " mais ") and a u after q — which
    // leaves a branch per block, not per byte.
    let mut hi = b.len();
    while hi > 0 {
        let j = hi.saturating_sub(swar::WIDTH);
        let x = swar::load(b, j, 0);
        // `prev` holds, at each byte, the byte before it in the text (0 before the start).
        let prev = match j.checked_sub(1) {
            Some(p) => swar::load(b, p, 0),
            None => x << 8,
        };
        let lower_prev = prev | (swar::ONES * 0x20);
        let after_ste =
            swar::eq(lower_prev, b's') | swar::eq(lower_prev, b'e') | swar::eq(lower_prev, b't');
        let mut m = (swar::eq(x, b';')
            | swar::eq(x, b':')
            | (swar::eq(x, b' ') & after_ste)
            | (swar::eq(x | (swar::ONES * 0x20), b'u') & swar::eq(lower_prev, b'q')))
            & swar::before(hi - j);
        while m != 0 {
            let k = swar::last(m);
            if hit(j + k + 1) {
                return Some(Some(j + k + 1));
            }
            m &= !(0x80u128 << (8 * k));
        }
        hi = j;
    }
    Some(None)
}

/// The breaks of [`CLAUSE_BREAKS`] that end on a space, and on "qu".
const SPACE_BREAKS: &[&str] = &[" whereas ", " while ", " but ", " mais "];
const QU_BREAKS: &[&str] = &[" tandis qu", " alors qu"];

/// Byte ranges of parenthesised or dash-delimited asides in the sentence.
fn asides(s: &str, sent: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut dash: Option<usize> = None;
    // Bytes, not chars: ASCII bytes never occur inside a multi-byte char, and '–' (U+2013)
    // and '—' (U+2014) are the only chars encoded E2 80 93 and E2 80 94.
    let b = s.as_bytes().get(sent.clone()).unwrap_or_default();
    let visit = |i: usize| {
        let at = sent.start + i;
        match b[i] {
            b'(' | b'[' => open.push(at),
            b')' | b']' => {
                if let Some(o) = open.pop() {
                    out.push(o..at + 1);
                }
            }
            0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) => match dash.take() {
                Some(o) => out.push(o..at + 3),
                None => dash = Some(at),
            },
            _ => {}
        }
    };
    // Only five bytes matter; without brackets, three, found by a vectorised search.
    if memchr::memchr2(b'[', b']', b).is_some() {
        (0..b.len()).for_each(visit);
    } else {
        memchr::memchr3_iter(b'(', b')', 0xE2, b).for_each(visit);
    }
    out
}

#[cfg(test)]
mod tests;
