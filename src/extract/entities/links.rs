//! Links between mentions: a name of a known product family, names coordinated with one
//! another, and short forms ("Musk") that take their full name ("Elon Musk").

use super::classify::CHRISTENING;
use super::ctx::Ctx;
use super::mention::{Mention, head_noun, kind_of, short_form, total, word_short_form};
use super::wordhash::WordHashBuild;
use crate::extract::EntityKind;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// "Gemma Diffusion" after "Gemma 3B": a name opening with the first word of a known product
/// is a product of that family, not a person.
pub fn family_names(cx: &Ctx, mentions: &mut [Mention]) {
    let mut families: Vec<&str> = Vec::new();
    for m in mentions.iter() {
        if kind_of(m) == Some(EntityKind::Product)
            && let Some(w) = m.canonical.split(' ').next()
        {
            families.push(w);
        }
    }
    let families: HashSet<&str, WordHashBuild> = families.into_iter().collect();
    for m in mentions.iter_mut() {
        let Some((f, l)) = m.toks else { continue };
        if l > f && kind_of(m) == Some(EntityKind::Person) && families.contains(cx.text(f)) {
            m.shape.add(EntityKind::Product, 3.0);
        }
    }
}

/// "Lightricks et Odyssey", "Gemma 3B et MedGemma": a weakly classified name takes the kind of
/// the name it is coordinated with.
pub fn coordinate(cx: &Ctx, mentions: &mut [Mention]) {
    let snapshot: Vec<Option<EntityKind>> = mentions.iter().map(kind_of).collect();
    let strength: Vec<f32> = mentions
        .iter()
        .map(|m| {
            if m.lex_kind.is_some() {
                10.0
            } else {
                total(m).max()
            }
        })
        .collect();
    let spans: Vec<Range<usize>> = mentions.iter().map(|m| m.span.clone()).collect();
    let linked = |a: usize, b: usize| {
        let gap = cx.s[spans[a].end.min(spans[b].start)..spans[b].start].trim();
        // No gap longer than three bytes lower-cases to one of these (only the Kelvin sign
        // lower-cases to a shorter ASCII letter, and it is 'k').
        gap.len() <= 3
            && matches!(
                crate::text::lower(gap).as_str(),
                "et" | "and" | "ou" | "or" | "," | "&" | "/"
            )
            // "À Genève, Infomaniak a mis en service …": a comma then a name and its verb
            // closes a fronted phrase; a list goes on ("X, Y et Z") or ends its clause.
            && !(gap == "," && verb_follows(cx.s, spans[b].end))
    };
    for i in 0..mentions.len() {
        if mentions[i].lex_kind.is_some() || strength[i] >= 1.5 {
            continue;
        }
        for j in [i.wrapping_sub(1), i + 1] {
            if j >= mentions.len() || strength[j] < 1.5 {
                continue;
            }
            let (a, b) = if j < i { (j, i) } else { (i, j) };
            if linked(a, b)
                && let Some(k) = snapshot[j]
            {
                mentions[i].ctx.add(k, 1.5);
            }
        }
    }
}

/// Whether a lower-case word other than a conjunction follows byte `end` (a name's end) on
/// its line.
fn verb_follows(s: &str, end: usize) -> bool {
    let rest = s.get(end..).unwrap_or("");
    let rest = rest.strip_prefix(' ').unwrap_or("");
    let word = rest
        .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
        .next()
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_lowercase)
        && !matches!(word, "et" | "and" | "ou" | "or" | "and/or")
}

/// "Musk" after "Elon Musk", "Mistral" after "Mistral AI": the short form takes the full name.
pub fn link_short_forms<'a>(cx: &Ctx<'a, '_>, mentions: &mut [Mention<'a>]) {
    let mut map: HashMap<&'a str, &'a str, WordHashBuild> =
        HashMap::with_capacity_and_hasher(mentions.len(), WordHashBuild::default());
    // A head noun ("the Mission") takes the nearest full name before it that it ends: (where,
    // head noun, full name), in text order.
    let mut heads: Vec<(usize, &'a str, &'a str)> = Vec::new();
    let mut firsts: HashMap<&'a str, &'a str, WordHashBuild> = HashMap::default();
    for m in mentions.iter() {
        let Some(k) = kind_of(m) else { continue };
        let sf = match m.toks {
            Some((f, l)) => short_form(cx, f, l, k),
            None => word_short_form(m.canonical, k, cx),
        };
        // "Thanks, Priya." after "Priya Menon": a person's first name, alone, is that person
        // (a surname taken up is the short form above).
        if k == EntityKind::Person
            && m.lex_kind.is_none()
            && let Some((f, l)) = m.toks
            && l > f
            && (f..=l).all(|t| cx.toks[t].name_like(cx.s))
            // (Read as a person beyond its shape alone: "Sagebrush Geothermal" is no one.)
            && total(m).0[super::classify::idx(EntityKind::Person)] >= 3.0
        {
            firsts.entry(cx.toks[f].text(cx.s)).or_insert(m.canonical);
        }
        if let Some(sf) = sf {
            map.entry(sf).or_insert(m.canonical);
            if matches!(k, EntityKind::Project | EntityKind::Institution) && head_noun(cx, sf) {
                heads.push((m.span.start, sf, m.canonical));
            }
        }
    }
    let own = named_before_full(cx, mentions, &map);
    // "Baptisé Tulla, un supercalculateur … le nom de Johann Gottfried Tulla": a thing named
    // after a person is not that person.
    let christened = christened(cx.s, mentions);
    let persons: HashSet<&str, WordHashBuild> = mentions
        .iter()
        .filter(|m| kind_of(m) == Some(EntityKind::Person))
        .map(|m| m.canonical)
        .collect();
    // "Georgia" in a headline over "Georgia Power" and "Georgia has given up": a name the text
    // also uses as a known place is that place, not a firm named after it.
    let places: HashSet<&str, WordHashBuild> = mentions
        .iter()
        .filter(|m| m.lex_kind == Some(EntityKind::Place))
        .map(|m| m.canonical)
        .collect();
    for m in mentions.iter_mut() {
        if own.contains(m.canonical) || places.contains(m.canonical) {
            continue;
        }
        let single = m.toks.is_some_and(|(f, l)| f == l);
        if single
            && m.lex_kind.is_none()
            && !map.contains_key(m.canonical)
            && let Some(&full) = firsts.get(m.canonical)
        {
            m.canonical = full;
            continue;
        }
        // ("Prairie Forge" after "Prairie Forge Data": a firm's name without its suffix word.)
        // (Not a name ending on such a word itself: "Norvane Cloud" before "Norvane Cloud Inc".)
        let firm_short = || {
            m.lex_kind.is_none()
                && m.toks.is_some_and(|(f, l)| {
                    l > f && cx.flags(l) & super::cues::flag::LINKABLE_SUFFIX == 0
                })
                && map.get(m.canonical).is_some_and(|full| {
                    full.len() > m.canonical.len() && full.starts_with(m.canonical)
                })
        };
        if (single || firm_short())
            && let Some(&full) = map.get(m.canonical)
            && !(christened.contains(m.canonical) && persons.contains(full))
        {
            let nearest = heads
                .iter()
                .rev()
                .find(|(at, sf, _)| *at < m.span.start && *sf == m.canonical)
                .map(|(_, _, full)| *full);
            m.canonical = nearest.unwrap_or(full);
        }
    }
}

/// The names the text gives things with a naming participle, right before them or opening
/// the name found ("Baptisé Tulla" at a sentence's start).
fn christened<'a>(s: &'a str, mentions: &[Mention<'a>]) -> HashSet<&'a str, WordHashBuild> {
    let mut out = HashSet::default();
    for m in mentions {
        let (word, rest) = m.canonical.split_once(' ').unwrap_or(("", m.canonical));
        if CHRISTENING.iter().any(|c| word.eq_ignore_ascii_case(c)) {
            out.insert(rest);
            continue;
        }
        let before = s[..m.span.start].trim_end_matches([' ', '«', '"', '“', '\u{a0}']);
        let prev = before.rsplit([' ', '\n']).next().unwrap_or(before);
        if prev.len() <= 12 && CHRISTENING.iter().any(|c| prev.eq_ignore_ascii_case(c)) {
            out.insert(m.canonical);
        }
    }
    out
}

/// Short forms of firms that stand as names of their own: written alone in a sentence of the
/// text before their full name first comes ("Altéon (Euronext : ALTN) annonce …" before
/// "Altéon Data, filiale du groupe"), they are another firm than the full name.
fn named_before_full<'a>(
    cx: &Ctx<'a, '_>,
    mentions: &[Mention<'a>],
    map: &HashMap<&'a str, &'a str, WordHashBuild>,
) -> HashSet<&'a str, WordHashBuild> {
    let mut own = HashSet::default();
    // The names met so far and their leading words ("YTL Power International" holds "YTL" and
    // "YTL Power"): one set, not a scan of the mentions before each one.
    let mut met: HashSet<&str, WordHashBuild> = HashSet::default();
    let mut line = (0..0, false);
    for m in mentions {
        if met.insert(m.canonical) {
            for (k, _) in m.canonical.match_indices(' ') {
                met.insert(&m.canonical[..k]);
            }
        }
        let Some(&full) = map.get(m.canonical) else {
            continue;
        };
        // (Not once the full name, or a longer form of it, came: "YTL" after "YTL Power
        // International", when "YTL Power" is the full name "YTL" takes.)
        if own.contains(m.canonical)
            || full == m.canonical
            || kind_of(m) != Some(EntityKind::Company)
            || m.toks.is_none_or(|(f, l)| f != l)
            || met.contains(full)
        {
            continue;
        }
        // (A headline or a bullet may shorten a name the text spells out below.) Mentions
        // come in text order: a line's verdict is read once.
        if !line.0.contains(&m.span.start) {
            let range = crate::text::table::line_at(cx.s, m.span.start);
            let text = &cx.s[range.clone()];
            line = (
                range,
                text.trim_end().ends_with(['.', '!', '?']) && text.contains(". "),
            );
        }
        if line.1 {
            own.insert(m.canonical);
        }
    }
    own
}

/// "Cambrai (Nord)", "Abilene (Texas)": a name in brackets right after a place is its region,
/// a place too. "in Taylor, Texas,": a name after a place preposition and before a known place
/// between commas is a town of that region.
pub fn bracketed_regions(cx: &Ctx, mentions: &mut [Mention]) {
    for i in 0..mentions.len().saturating_sub(1) {
        let (m, next) = (&mentions[i].span, &mentions[i + 1]);
        if mentions[i].lex_kind.is_some()
            || next.lex_kind != Some(EntityKind::Place)
            || m.end > next.span.start
            || cx.s[m.end..next.span.start] != *", "
        {
            continue;
        }
        let closed = cx.s[next.span.end..].starts_with([',', '.', ';', ')', '\n'])
            || next.span.end == cx.s.len();
        let word_before = cx.s[..m.start]
            .trim_end()
            .rsplit([' ', '\n', '('])
            .next()
            .unwrap_or("");
        let located = ["in", "at", "near", "outside", "à", "près", "from"]
            .iter()
            .any(|p| word_before.eq_ignore_ascii_case(p));
        if closed && located {
            mentions[i].ctx.add(EntityKind::Place, 3.0);
        }
    }
    for i in 1..mentions.len() {
        if mentions[i].lex_kind.is_some() || kind_of(&mentions[i - 1]) != Some(EntityKind::Place) {
            continue;
        }
        let (prev, m) = (&mentions[i - 1].span, &mentions[i].span);
        let closed = cx.s[m.end..].starts_with(')');
        if prev.end <= m.start && cx.s[prev.end..m.start] == *" (" && closed {
            mentions[i].ctx.add(EntityKind::Place, 3.0);
        }
    }
}

/// "SEM ARMOR DATA" on a letterhead and "SEM Armor Data" in the text: one firm in two cases.
/// "la SEM" after "SEM Armor Data": a firm's opening acronym alone after an article, when one
/// name of the text opens with it, is that firm (a bare "GDS" may be the parent of "GDS
/// International").
pub fn link_case_and_acronym_forms<'a>(cx: &Ctx<'a, '_>, mentions: &mut [Mention<'a>]) {
    let detected = |m: &Mention| m.lex_kind.is_none() && m.toks.is_some();
    // Names with lower-case letters, by their capitals; firms' names by their first acronym.
    let mut by_caps: HashMap<String, &'a str, WordHashBuild> = HashMap::default();
    let mut by_acronym: HashMap<&'a str, Option<&'a str>, WordHashBuild> = HashMap::default();
    for m in mentions.iter().filter(|m| detected(m)) {
        let Some((f, l)) = m.toks else { continue };
        // (A firm's: a speaker's label in capitals stays apart from the speaker's name.)
        if kind_of(m) == Some(EntityKind::Company) && m.canonical.chars().any(char::is_lowercase) {
            by_caps
                .entry(m.canonical.to_uppercase())
                .or_insert(m.canonical);
        }
        let first = cx.toks[f].text(cx.s);
        if l > f
            && kind_of(m) == Some(EntityKind::Company)
            && cx.toks[f].acronym(cx.s)
            && m.canonical.chars().any(char::is_lowercase)
        {
            let e = by_acronym.entry(first).or_insert(Some(m.canonical));
            if *e != Some(m.canonical) {
                *e = None;
            }
        }
    }
    if by_caps.is_empty() && by_acronym.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| detected(m)) {
        let Some((f, l)) = m.toks else { continue };
        // (No speaker's label: "AWA DIOP SÈNE :" opens a turn.)
        let label = cx.s[m.span.end..].trim_start_matches(' ').starts_with(':')
            || cx.flags(f) & super::cues::flag::FIRST_NAME != 0;
        if l > f && !label && !m.canonical.chars().any(char::is_lowercase) {
            if let Some(&full) = by_caps.get(m.canonical) {
                m.canonical = full;
            }
        } else if l == f
            && determined(cx.s, m.span.start)
            && let Some(&Some(full)) = by_acronym.get(m.canonical)
        {
            m.canonical = full;
        }
    }
}

/// An article stands right before `at` ("la SEM", "the SEM").
fn determined(s: &str, at: usize) -> bool {
    let before = s[..at].trim_end_matches(' ');
    let word = before.rsplit([' ', '\n', '(']).next().unwrap_or(before);
    matches!(
        word,
        "la" | "le" | "La" | "Le" | "the" | "The" | "l'" | "L'" | "l’" | "L’"
    )
}
