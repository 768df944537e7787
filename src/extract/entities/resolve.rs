//! Merges lexicon matches with detected names: drops unsupported sentence-initial words and
//! heading words, settles overlaps, links short repeats to the full name ("Musk" → "Elon Musk"),
//! and votes one kind per canonical name.

use super::classify::{Evidence, Scores, classify};
use super::cues::{WordHashBuild, has_lower};
use super::lexmatch::LexHit;
use super::propernoun::{Candidate, Ctx};
use crate::extract::{EntityHit, EntityKind, Lexicon};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

struct Mention {
    span: Range<usize>,
    canonical: String,
    /// Fixed by the lexicon.
    lex_kind: Option<EntityKind>,
    /// Evidence from the name's shape (counted once per canonical name) and from the context
    /// of this mention (summed over mentions).
    shape: Scores,
    ctx: Scores,
    /// Token range for detected names.
    toks: Option<(usize, usize)>,
}

fn strong_shape(cx: &Ctx, c: &Candidate) -> bool {
    let toks = cx.toks;
    let n = c.last - c.first + 1;
    c.version
        || c.title_cue
        || (c.first..=c.last).any(|k| toks[k].camel || toks[k].has_digit)
        || (n == 1
            && toks[c.first].acronym(cx.s)
            && !cx.cues.generic_acronyms.contains(cx.lower(c.first)))
        || (n >= 2 && cx.cues.first_names.contains(cx.lower(c.first)))
}

/// Short forms a full name may be repeated under: a person's surname, a company without "AI".
fn short_form<'a>(cx: &Ctx<'a>, first: usize, last: usize, kind: EntityKind) -> Option<&'a str> {
    if last <= first {
        return None;
    }
    let s: &'a str = cx.s;
    match kind {
        EntityKind::Person if (first..=last).all(|k| cx.toks[k].name_like(s)) => {
            Some(cx.toks[last].text(s))
        }
        EntityKind::Company if cx.cues.linkable_suffixes.contains(cx.lower(last)) => {
            Some(&s[cx.toks[first].start..cx.toks[last - 1].end])
        }
        _ => None,
    }
}

fn word_short_form(canonical: &str, kind: EntityKind, cx: &Ctx) -> Option<String> {
    let words: Vec<&str> = canonical.split(' ').collect();
    if words.len() < 2 {
        return None;
    }
    let last = words[words.len() - 1];
    match kind {
        EntityKind::Person => Some(last.to_string()),
        EntityKind::Company if has_lower(&cx.cues.linkable_suffixes, last) => {
            Some(words[..words.len() - 1].join(" "))
        }
        _ => None,
    }
}

pub fn resolve(
    cx: &Ctx,
    lexicon: &Lexicon,
    lex: &[LexHit],
    cands: Vec<Candidate>,
) -> Vec<EntityHit> {
    let actors = lexicon.actors();
    let evs: Vec<Evidence> = cands.iter().map(|c| classify(cx, c)).collect();

    // Names seen where their capital is telling: mid-sentence, off headings, or in the lexicon.
    let mut supported: HashSet<&str, WordHashBuild> = HashSet::default();
    for h in lex {
        supported.insert(&cx.s[h.span.clone()]);
    }
    for c in &cands {
        if !(c.heading || c.initial && c.caps == 1) {
            supported.insert(&cx.s[c.span.clone()]);
        }
    }
    let short_keys: HashSet<&str, WordHashBuild> = cands
        .iter()
        .zip(&evs)
        .filter(|(c, _)| !c.heading)
        .filter_map(|(c, e)| short_form(cx, c.first, c.last, e.total().best()?))
        .collect();

    let mut lex_removed = vec![false; lex.len()];
    let mut mentions: Vec<Mention> = Vec::new();
    let mut lex_from = 0;
    for (c, e) in cands.iter().zip(&evs) {
        let mut c = c.clone();
        // "Likez Forbes": a sentence-initial word glued to a name known elsewhere.
        if c.initial && c.last > c.first && !cx.cues.first_names.contains(cx.lower(c.first)) {
            let tail = &cx.s[cx.toks[c.first + 1].start..c.span.end];
            if supported.contains(tail) {
                c.first += 1;
                c.span.start = cx.toks[c.first].start;
                c.caps -= 1;
                c.initial = false;
            }
        }
        let c = &c;
        let surface = &cx.s[c.span.clone()];
        let ok_place =
            supported.contains(surface) || short_keys.contains(surface) || strong_shape(cx, c);
        if c.heading && !ok_place {
            // Keep the words of the heading that are names elsewhere.
            for k in c.first..=c.last {
                let w = cx.text(k);
                if supported.contains(w) && (k > c.first || !cx.toks[k].initial || c.caps > 1) {
                    let t = &cx.toks[k];
                    push_detected(
                        &mut mentions,
                        t.start..t.end,
                        w,
                        Evidence::default(),
                        (k, k),
                    );
                }
            }
            continue;
        }
        if c.initial && c.caps == 1 && !ok_place && e.context.max() < 2.0 {
            continue;
        }
        let mut ev = *e;
        // Overlaps with lexicon matches: sorted, non-empty and non-overlapping, so their ends
        // never decrease and the ones overlapping the name are one run of indices, found by a
        // sweep (names come left to right).
        if lex_from > 0 && lex[lex_from - 1].span.end > c.span.start {
            lex_from = lex.partition_point(|h| h.span.end <= c.span.start);
        }
        while lex
            .get(lex_from)
            .is_some_and(|h| h.span.end <= c.span.start)
        {
            lex_from += 1;
        }
        let mut lex_to = lex_from;
        while lex.get(lex_to).is_some_and(|h| h.span.start < c.span.end) {
            lex_to += 1;
        }
        let over: Vec<usize> = (lex_from..lex_to).collect();
        if !over.is_empty() {
            let inside = over
                .iter()
                .all(|&i| c.span.start <= lex[i].span.start && lex[i].span.end <= c.span.end);
            if !inside || (over.len() == 1 && lex[over[0]].span == c.span) {
                continue;
            }
            let h = &lex[over[0]];
            let at_start = h.span.start == c.span.start;
            let head_free = c.head.is_some() && h.span.start > cx.toks[c.first].start;
            let lk = actors.get(h.actor).map(|a| a.kind);
            let last_l = cx.lower(c.last);
            let keep = if head_free {
                true
            } else if at_start && over.len() == 1 {
                if c.version || cx.cues.product_suffixes.contains(last_l) {
                    ev.shape.add(EntityKind::Product, 5.0);
                    true
                } else if cx.cues.company_suffixes.contains(last_l) {
                    ev.shape.add(EntityKind::Company, 5.0);
                    true
                } else if matches!(lk, Some(EntityKind::Company | EntityKind::Product)) {
                    ev.shape.add(EntityKind::Product, 4.0);
                    true
                } else if lk == Some(EntityKind::Place) && !cx.cues.place_tails.contains(last_l) {
                    ev.shape.add(EntityKind::Company, 2.0);
                    true
                } else {
                    false
                }
            } else {
                false
            };
            if !keep {
                continue;
            }
            for &i in &over {
                lex_removed[i] = true;
            }
        }
        push_detected(
            &mut mentions,
            c.span.clone(),
            surface,
            ev,
            (c.first, c.last),
        );
    }
    // Lexicon hits come left to right: `tok` sweeps to the first token not before each.
    let mut tok = 0;
    for (i, h) in lex.iter().enumerate() {
        while cx.toks.get(tok).is_some_and(|t| t.start < h.span.start) {
            tok += 1;
        }
        if lex_removed[i] || reads_as_common_word(cx, h, tok) {
            continue;
        }
        let Some(a) = actors.get(h.actor) else {
            continue;
        };
        mentions.push(Mention {
            span: h.span.clone(),
            canonical: a.canonical.clone(),
            lex_kind: Some(a.kind),
            shape: Scores::default(),
            ctx: Scores::default(),
            toks: None,
        });
    }
    mentions.sort_by_key(|m| m.span.start);

    coordinate(cx, &mut mentions);
    family_names(cx, &mut mentions);
    link_short_forms(cx, &mut mentions);
    // "Trump" alone, the lexicon knowing "Donald Trump".
    for m in mentions.iter_mut() {
        if m.toks.is_some_and(|(f, l)| f == l)
            && let Some(a) = lexicon
                .matcher()
                .short_form(&m.canonical)
                .and_then(|i| actors.get(i))
        {
            m.canonical = a.canonical.clone();
            m.lex_kind = Some(a.kind);
        }
    }

    // One kind per canonical name: the strongest shape, plus every mention's context.
    let mut votes: HashMap<&str, (Scores, Scores, Option<EntityKind>), WordHashBuild> =
        HashMap::default();
    for m in &mentions {
        let e = votes.entry(m.canonical.as_str()).or_default();
        for (a, b) in e.0.0.iter_mut().zip(m.shape.0) {
            *a = a.max(b);
        }
        e.1.add_all(&m.ctx, 1.0);
        if m.lex_kind.is_some() {
            e.2 = m.lex_kind;
        }
    }
    let kinds: HashMap<&str, EntityKind, WordHashBuild> = votes
        .iter()
        .map(|(c, (shape, ctx, lk))| {
            let mut t = *shape;
            t.add_all(ctx, 1.0);
            (*c, lk.or_else(|| t.best()).unwrap_or(EntityKind::Company))
        })
        .collect();

    let mut out: Vec<EntityHit> = Vec::with_capacity(mentions.len());
    for m in &mentions {
        if out.last().is_some_and(|l| l.span.end > m.span.start) {
            continue;
        }
        let kind = kinds
            .get(m.canonical.as_str())
            .copied()
            .unwrap_or(EntityKind::Company);
        out.push(EntityHit {
            span: m.span.clone(),
            canonical: m.canonical.clone(),
            kind,
            from_lexicon: m.lex_kind.is_some(),
        });
    }
    out
}

fn push_detected(
    mentions: &mut Vec<Mention>,
    span: Range<usize>,
    surface: &str,
    ev: Evidence,
    toks: (usize, usize),
) {
    mentions.push(Mention {
        span,
        canonical: surface.to_string(),
        lex_kind: None,
        shape: ev.shape,
        ctx: ev.context,
        toks: Some(toks),
    });
}

fn total(m: &Mention) -> Scores {
    let mut t = m.shape;
    t.add_all(&m.ctx, 1.0);
    t
}

fn kind_of(m: &Mention) -> Option<EntityKind> {
    m.lex_kind.or_else(|| total(m).best())
}

/// "Gemma Diffusion" after "Gemma 3B": a name opening with the first word of a known product
/// is a product of that family, not a person.
fn family_names(cx: &Ctx, mentions: &mut [Mention]) {
    let mut families: Vec<&str> = Vec::new();
    for m in mentions.iter() {
        if kind_of(m) == Some(EntityKind::Product)
            && let Some(w) = m.canonical.split(' ').next()
        {
            families.push(w);
        }
    }
    let families: HashSet<String, WordHashBuild> =
        families.into_iter().map(str::to_string).collect();
    for m in mentions.iter_mut() {
        let Some((f, l)) = m.toks else { continue };
        if l > f && kind_of(m) == Some(EntityKind::Person) && families.contains(cx.text(f)) {
            m.shape.add(EntityKind::Product, 3.0);
        }
    }
}

/// "Lightricks et Odyssey", "Gemma 3B et MedGemma": a weakly classified name takes the kind of
/// the name it is coordinated with.
fn coordinate(cx: &Ctx, mentions: &mut [Mention]) {
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
                gap.to_lowercase().as_str(),
                "et" | "and" | "ou" | "or" | "," | "&" | "/"
            )
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

/// "Musk" after "Elon Musk", "Mistral" after "Mistral AI": the short form takes the full name.
fn link_short_forms(cx: &Ctx, mentions: &mut [Mention]) {
    let mut map: HashMap<String, String, WordHashBuild> = HashMap::default();
    for m in mentions.iter() {
        let Some(k) = kind_of(m) else { continue };
        let sf = match m.toks {
            Some((f, l)) => short_form(cx, f, l, k).map(str::to_string),
            None => word_short_form(&m.canonical, k, cx),
        };
        if let Some(sf) = sf {
            map.entry(sf).or_insert_with(|| m.canonical.clone());
        }
    }
    for m in mentions.iter_mut() {
        let single = m.toks.is_some_and(|(f, l)| f == l);
        if single && let Some(full) = map.get(&m.canonical) {
            m.canonical = full.clone();
        }
    }
}

/// A one-word lexicon match that is also a common word ("Paris sur des infrastructures": bets),
/// at the start of a sentence and followed by a preposition or article.
/// `k` is the first token that does not start before the hit.
fn reads_as_common_word(cx: &Ctx, h: &LexHit, k: usize) -> bool {
    let Some(t) = cx.toks.get(k) else {
        return false;
    };
    t.start == h.span.start
        && t.end == h.span.end
        && t.initial
        && cx.cues.homographs.contains(cx.lower(k))
        && cx
            .toks
            .get(k + 1)
            .is_some_and(|n| n.joined && cx.cues.homograph_followers.contains(cx.lower(k + 1)))
}
