//! Merges lexicon matches with detected names: drops unsupported sentence-initial words and
//! heading words, settles overlaps, links short repeats to the full name ("Musk" → "Elon Musk"),
//! and votes one kind per canonical name.

use super::classify::{Evidence, Scores, classify};
use super::ctx::Ctx;
use super::cues::{Cues, flag};
use super::edges;
use super::gloss;
use super::lexmatch::LexHit;
use super::links::{
    bracketed_regions, coordinate, family_names, link_case_and_acronym_forms, link_short_forms,
};
use super::mention::{Mention, short_form};
use super::propernoun::Candidate;
use super::qualified::generic_head;
use super::shouted::{issuer_title, letterhead, shouted_in_title_case, shouted_line};
use super::strmap::{StrMap, StrSet};
use crate::extract::{EntityHit, EntityKind, Lexicon};
use std::ops::Range;

fn strong_shape(cx: &Ctx, c: &Candidate) -> bool {
    let toks = cx.toks;
    let n = c.last - c.first + 1;
    c.version
        || c.person_cue
        || (c.first..=c.last).any(|k| toks[k].shape.camel() || toks[k].shape.has_digit())
        || (n == 1
            && toks[c.first].acronym(cx.s)
            && cx.flags(c.first) & flag::GENERIC == 0
            && !(c.heading && shouted_line(cx, c)))
        || (n >= 2 && cx.flags(c.first) & flag::FIRST_NAME != 0)
        // "Kasumi Cloud Co., Ltd. (Ishikari City)" on a line of its own: a legal form says name.
        || (n >= 2 && Cues::legal_form(cx.lower(c.last)))
        // "Acheteur : Météo-France": a field's value of one compound word.
        || (n == 1
            && cx.s[..c.span.start].trim_end_matches(' ').ends_with(':')
            && edges::capitalised_compound(cx, c.first))
}

pub fn resolve<'a>(
    cx: &Ctx<'a, '_>,
    lexicon: &'a Lexicon,
    lex: &[LexHit],
    cands: Vec<Candidate>,
) -> Vec<EntityHit<'a>> {
    let actors = lexicon.actors();
    let evs: Vec<Evidence> = cands.iter().map(|c| classify(cx, c)).collect();

    // Names seen where their capital is telling: mid-sentence, off headings, or in the lexicon.
    // "Sector Context: Sable estimates …": a run-in heading's capitals are a title's.
    let mut cands = cands;
    for c in cands.iter_mut().filter(|c| !c.heading) {
        c.heading = super::headings::in_run_in_label(cx, c.first, &c.span);
    }
    let mut supported = StrSet::with_capacity(lex.len() + cands.len());
    for h in lex {
        supported.insert(&cx.s[h.span.clone()]);
    }
    for c in &cands {
        if !(c.heading || c.initial && c.caps == 1) {
            supported.insert(&cx.s[c.span.clone()]);
        }
    }
    let defined_ends = super::defined::defined_name_ends(cx.s);
    // Short forms of the names, built the first time a name's place needs support.
    let mut short_keys: Option<StrSet> = None;

    let mut lex_removed = vec![false; lex.len()];
    let mut mentions: Vec<Mention> = Vec::new();
    let mut lex_from = 0;
    for (c, e) in cands.iter().zip(&evs) {
        let mut c = c.clone();
        // "Likez Forbes", "Rival Bukit Digital": a sentence-initial word that is no part of
        // the name after it.
        if edges::drops_first_word(cx, lex, actors, &supported, &c) {
            c.first += 1;
            c.span.start = cx.toks[c.first].start;
            c.caps -= 1;
            c.initial = false;
        }
        // "Secretary of Commerce Thomas Reyes": the title's words are no part of the name.
        if let Some(k) = edges::first_name_after_title(cx, &c) {
            c.caps = c.caps.saturating_sub((k - c.first) as _);
            c.first = k;
            c.span.start = cx.toks[k].start;
            c.initial = false;
        }
        // "La Région Grand Est": a head word's name runs on to the end of a known place that
        // starts inside it or right after it (a capitalised stop word, "Grand", "Est", had cut
        // it short).
        // "La Région Grand Est": a head word's name runs on to the end of a known place.
        let ran_on = edges::run_on_to_place(cx, lex, actors, &mut c);
        let c = &c;
        let s: &'a str = cx.s;
        let surface = &s[c.span.clone()];
        // Only a heading or a lone sentence-initial capital needs its place supported.
        let needs_place = c.heading || c.initial && c.caps == 1;
        let ok_place = !needs_place
            || supported.contains(surface)
            || short_keys
                .get_or_insert_with(|| {
                    cands
                        .iter()
                        .zip(&evs)
                        .filter(|(c, _)| !c.heading)
                        .filter_map(|(c, e)| short_form(cx, c.first, c.last, e.total().best()?))
                        .collect()
                })
                .contains(surface)
            || strong_shape(cx, c)
            || gloss::bold_and_glossed(cx, &c.span)
            || letterhead(cx, c)
            || issuer_title(cx, c)
            // "Héliade (Euronext Paris – HLD) (la « Société »)": a release defines its issuer.
            || defined_ends.binary_search(&c.span.end).is_ok()
            || (c.heading && project_and_country(cx, lex, actors, c))
            // A table's cell under a header of owners ("| Company |", "| Lead bidders |").
            || (!c.heading
                && s[..c.span.start].trim_end().ends_with('|')
                && crate::text::table::in_owner_cell(s, c.span.clone()));
        if c.heading && !ok_place {
            // Keep the runs of words of the heading that are names elsewhere, the longest
            // first ("Kestrel Compute Secures $1.4 Billion" after "Kestrel Compute, a …").
            let mut k = c.first;
            while k <= c.last {
                let run = (k + 1..=c.last)
                    .rev()
                    .find(|&m| supported.contains(&s[cx.toks[k].start..cx.toks[m].end]));
                if let Some(m) = run {
                    let span = cx.toks[k].start..cx.toks[m].end;
                    push_detected(
                        &mut mentions,
                        span.clone(),
                        &s[span],
                        Evidence::default(),
                        (k, m),
                    );
                    k = m + 1;
                    continue;
                }
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
                k += 1;
            }
            continue;
        }
        if c.initial && c.caps == 1 && !ok_place && e.context.max() < 2.0 {
            continue;
        }
        let mut ev = *e;
        // "| Company | Country | Round |": a name in a column of firms is a firm.
        if s[..c.span.start].trim_end().ends_with('|')
            && crate::text::table::column_header(s, c.span.start)
                .is_some_and(|h| FIRM_COLUMNS.iter().any(|w| h.eq_ignore_ascii_case(w)))
        {
            ev.context.add(EntityKind::Company, 3.0);
        }
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
        let over = lex.get(lex_from..lex_to).unwrap_or_default();
        if let Some(h) = over.first() {
            let inside = over
                .iter()
                .all(|o| c.span.start <= o.span.start && o.span.end <= c.span.end);
            if !inside || (over.len() == 1 && h.span == c.span) {
                continue;
            }
            let at_start = h.span.start == c.span.start;
            let head_free = (c.head.is_some() || c.quoted) && h.span.start > cx.toks[c.first].start;
            let lk = actors.get(h.actor).map(|a| a.kind);
            let keep = if head_free || ran_on {
                true
            } else if at_start && over.len() == 1 {
                let last_f = cx.flags(c.last);
                if actors
                    .get(h.actor)
                    .is_some_and(|a| shouted_in_title_case(&a.canonical, &s[h.span.clone()]))
                {
                    // "Prairie Forge Data": a name the lexicon knows in capitals (PRAIRIE),
                    // met in title case opening a longer name, is not that one.
                    true
                } else if super::propernoun::sequel_number(cx.text(c.last))
                    || cx.text(c.last) == "I"
                {
                    // "Big Fund III", "Stargate II": a known name's sequel is a name of its own.
                    ev.shape.add(lk.unwrap_or(EntityKind::Project), 6.0);
                    true
                } else if super::qualified::after_fund_noun(s, c.span.start) {
                    // "via son fonds French Tech Souveraineté": a named fund or programme that
                    // opens on a known name is one of its own.
                    ev.shape.add(EntityKind::Project, 6.0);
                    true
                } else if c.version || last_f & flag::PRODUCT_SUFFIX != 0 {
                    ev.shape.add(EntityKind::Product, 5.0);
                    true
                } else if last_f & flag::COMPANY_SUFFIX != 0 {
                    ev.shape.add(EntityKind::Company, 5.0);
                    true
                } else if matches!(lk, Some(EntityKind::Company | EntityKind::Product)) {
                    ev.shape.add(EntityKind::Product, 4.0);
                    true
                } else if (c.first..=c.last).all(|k| cx.toks[k].acronym(s)) {
                    // "CMA CGM": a known acronym run on into another is a name of its own.
                    ev.shape.add(EntityKind::Company, 2.0);
                    true
                } else if c.head.is_some() && last_f & flag::DEMONYM != 0 {
                    // "Cour des comptes européenne": a body of another level than the known one.
                    true
                } else if lk == Some(EntityKind::Place) && last_f & flag::PLACE_TAIL == 0 {
                    ev.shape.add(EntityKind::Company, 2.0);
                    true
                } else if lk == Some(EntityKind::Place) && c.last == c.first + 1 {
                    // "Osaka Prefecture", "Washington State": a known place with the word for
                    // its kind is the place, named in full.
                    ev.shape.add(EntityKind::Place, 6.0);
                    true
                } else {
                    false
                }
            } else if let [_, place] = over
                && at_start
                // (In a heading, only the two words alone: its other words are capitalised.)
                && (!c.heading || c.last == c.first + 1)
                && place.span.end == c.span.end
                && matches!(lk, Some(EntityKind::Project | EntityKind::Company))
                && actors.get(place.actor).map(|a| a.kind) == Some(EntityKind::Place)
                && s[h.span.end..place.span.start] == *" "
            {
                // "Stargate UK", "Entergy Louisiana": a known project or company with a place
                // after it is a project or an arm of its own, named in full.
                ev.shape.add(lk.unwrap_or(EntityKind::Project), 6.0);
                true
            } else if over.len() == 1
                && h.span.end == c.span.end
                && lk == Some(EntityKind::Place)
                && cx.flags(c.first) & (flag::DEMONYM | flag::GENERIC) == 0
            {
                // "Atlas Europe": an unknown name before a known place is a name of its own
                // (an arm, a project), not the place.
                ev.shape.add(EntityKind::Company, 4.0);
                true
            } else if over.len() == 1
                && h.span.end == c.span.end
                && !c.heading
                && matches!(lk, Some(EntityKind::Institution | EntityKind::Company))
                && generic_head(&s[h.span.clone()])
            {
                // "Development Bank of Japan": a capitalised word before a known body named by
                // a generic noun ("Bank of Japan") makes another body, named in full.
                ev.shape.add(lk.unwrap_or(EntityKind::Institution), 6.0);
                true
            } else if over.len() == 1
                && h.span.end == c.span.end
                && !c.heading
                && lk == Some(EntityKind::Project)
                && s[h.span.clone()].contains(' ')
                && cx.flags(c.first)
                    & (flag::DEMONYM | flag::GENERIC | flag::PLACE_ADJECTIVE | flag::PERSON_TITLE)
                    == 0
            {
                // "the Rhein-Main AI Gigafactory": a name before a known programme's words
                // names one of its projects.
                ev.shape.add(EntityKind::Project, 6.0);
                true
            } else if over.len() == 1
                && !c.heading
                && lk == Some(EntityKind::Place)
                && h.span.start > c.span.start
                && h.span.end < c.span.end
                && cx.flags(c.last) & (flag::COMPANY_SUFFIX | flag::INSTITUTION_HEAD) != 0
            {
                // "First Abu Dhabi Bank", "Metropolitan Washington Airports Authority": a
                // known place inside a name its head word closes is the name's word.
                let kind = if cx.flags(c.last) & flag::INSTITUTION_HEAD != 0 {
                    EntityKind::Institution
                } else {
                    EntityKind::Company
                };
                ev.shape.add(kind, 5.0);
                true
            } else {
                false
            };
            if !keep {
                continue;
            }
            for r in &mut lex_removed[lex_from..lex_to] {
                *r = true;
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
    // Lexicon hits come left to right, and so do the detected names (checked): the two runs are
    // merged by start as the lexicon mentions are made, detected first on equal starts (what a
    // stable sort of detected-then-lexicon gives). Out of order, they are sorted at the end.
    let detected_sorted = mentions.is_sorted_by_key(|m| m.span.start);
    let detected = if detected_sorted {
        std::mem::take(&mut mentions)
    } else {
        Vec::new()
    };
    let mut detected = detected.into_iter().peekable();
    mentions.reserve(detected.len() + lex.len());
    // `tok` sweeps to the first token not before each hit.
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
        if detected_sorted {
            while let Some(d) = detected.next_if(|d| d.span.start <= h.span.start) {
                mentions.push(d);
            }
        }
        mentions.push(Mention {
            span: h.span.clone(),
            canonical: &a.canonical,
            lex_kind: Some(a.kind),
            shape: Scores::default(),
            ctx: Scores::default(),
            toks: None,
        });
    }
    mentions.extend(detected);
    if !detected_sorted {
        mentions.sort_by_key(|m| m.span.start);
    }

    coordinate(cx, &mut mentions);

    bracketed_regions(cx, &mut mentions);
    family_names(cx, &mut mentions);
    link_short_forms(cx, &mut mentions);
    link_case_and_acronym_forms(cx, &mut mentions);
    // "Trump" alone, the lexicon knowing "Donald Trump" — unless the words around make it a
    // place ("in Taylor, Texas").
    for m in mentions.iter_mut() {
        if m.toks.is_some_and(|(f, l)| f == l)
            && !(m.ctx.best() == Some(EntityKind::Place) && m.ctx.max() >= 3.0)
            && let Some(a) = lexicon
                .matcher()
                .short_form(m.canonical)
                .and_then(|i| actors.get(i))
        {
            m.canonical = &a.canonical;
            m.lex_kind = Some(a.kind);
        }
    }

    // One kind per canonical name: the strongest shape, plus every mention's context. Each
    // name gets a slot in `tally`; `slots` keeps every mention's (no second lookup).
    let mut slot_of: StrMap<usize> = StrMap::with_capacity(mentions.len());
    let mut tally: Vec<(Scores, Scores, Option<EntityKind>)> = Vec::with_capacity(mentions.len());
    let mut slots: Vec<usize> = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let i = slot_of.get_or_insert_with(m.canonical, || {
            tally.push(Default::default());
            tally.len() - 1
        });
        slots.push(i);
        let e = &mut tally[i];
        for (a, b) in e.0.0.iter_mut().zip(m.shape.0) {
            *a = a.max(b);
        }
        e.1.add_all(&m.ctx, 1.0);
        if m.lex_kind.is_some() {
            e.2 = m.lex_kind;
        }
    }

    let mut out: Vec<EntityHit> = Vec::with_capacity(mentions.len());
    for (m, &i) in mentions.iter().zip(&slots) {
        if out.last().is_some_and(|l| l.span.end > m.span.start) {
            continue;
        }
        let (shape, ctx, lk) = &tally[i];
        let mut t = *shape;
        t.add_all(ctx, 1.0);
        let kind = lk.or_else(|| t.best()).unwrap_or(EntityKind::Company);
        out.push(EntityHit {
            span: m.span.clone(),
            canonical: m.canonical,
            kind,
            from_lexicon: m.lex_kind.is_some(),
        });
    }
    out
}

fn push_detected<'a>(
    mentions: &mut Vec<Mention<'a>>,
    span: Range<usize>,
    surface: &'a str,
    ev: Evidence,
    toks: (usize, usize),
) {
    mentions.push(Mention {
        span,
        canonical: surface,
        lex_kind: None,
        shape: ev.shape,
        ctx: ev.context,
        toks: Some(toks),
    });
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
        && cx.flags(k) & flag::HOMOGRAPH != 0
        && cx
            .toks
            .get(k + 1)
            .is_some_and(|n| n.joined && cx.flags(k + 1) & flag::HOMOGRAPH_FOLLOWER != 0)
}

/// "## Émirats : Stargate UAE allume …": a heading's two words, a known project and a known
/// place, are one name (the project's edition there), as they are off headings.
fn project_and_country(
    cx: &Ctx,
    lex: &[LexHit],
    actors: &[crate::extract::types::Actor],
    c: &Candidate,
) -> bool {
    if c.last != c.first + 1 {
        return false;
    }
    let kind_at = |k: usize| {
        let t = &cx.toks[k];
        let i = lex.partition_point(|h| h.span.start < t.start);
        lex.get(i)
            .filter(|h| h.span.start == t.start && h.span.end == t.end)
            .and_then(|h| actors.get(h.actor))
            .map(|a| a.kind)
    };
    kind_at(c.first) == Some(EntityKind::Project) && kind_at(c.last) == Some(EntityKind::Place)
}

/// Table headers of a column of firms.
const FIRM_COLUMNS: &[&str] = &[
    "company",
    "companies",
    "startup",
    "start-up",
    "firm",
    "issuer",
    "entreprise",
    "société",
    "start-ups",
];
