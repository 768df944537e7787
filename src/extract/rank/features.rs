//! What the reranker knows of each candidate owner of a figure: plain facts about the text
//! around its mentions and the figure, numbered for the linear model.

use super::layout::*;
use crate::extract::attribution::Looks;
use crate::extract::entities::wordhash::WordHashBuild;
use crate::extract::types::{EntityHit, EntityKind, FigureHit, Role};
use crate::text::SentenceIndex;
use std::collections::HashMap;
use std::ops::Range;

/// A candidate's features, sparse: (feature number, value).
pub type Features = Vec<(u16, f32)>;

/// One candidate owner of a figure (an entity index; `None` is "nobody") and its features.
#[derive(Debug, Clone)]
pub struct Row {
    pub candidate: Option<usize>,
    pub features: Features,
}

mod sentence;
pub use sentence::Scratch;
mod venue;
mod words;
use words::{next_word, prev_words};

/// How far from a figure, in bytes, its sentence's names are candidates (and how much of the
/// sentence before is read): past the farthest distance feature.
const WINDOW: usize = 640;

/// The article as the reranker reads it: its text, sentences, entities and how often each
/// name is named.
pub struct Article<'a> {
    s: &'a str,
    sents: &'a SentenceIndex<'a>,
    entities: &'a [EntityHit<'a>],
    figures: &'a [FigureHit],
    /// The mentions (entity indices) of every distinct name, one name after another: those of
    /// name `n` are `mentions[first[n]..first[n + 1]]`.
    mentions: Vec<usize>,
    first: Vec<usize>,
    /// Per mention, its name's number.
    name_index: Vec<usize>,
    counts: Vec<usize>,
    /// Per name, whether it is a wire agency of the text's datelines or a name that never owns
    /// a figure (an exchange, a court, the press, a data vendor: `venue::never_owner`).
    agency: Vec<bool>,
    top: Vec<usize>,
    max_count: usize,
    /// How the rule stages read each mention, and the article's main company's name.
    looks: &'a Looks<'a>,
    main: Option<usize>,
}

impl<'a> Article<'a> {
    pub fn new(
        s: &'a str,
        sents: &'a SentenceIndex<'a>,
        entities: &'a [EntityHit<'a>],
        figures: &'a [FigureHit],
        looks: &'a Looks<'a>,
    ) -> Self {
        // Names numbered as first met; per name, its mentions and those that are no person.
        let mut index: HashMap<&str, usize, WordHashBuild> =
            HashMap::with_capacity_and_hasher(entities.len(), WordHashBuild::default());
        let mut name_of = Vec::with_capacity(entities.len());
        let mut total: Vec<usize> = Vec::new();
        let mut counts: Vec<usize> = Vec::new();
        for e in entities {
            let n = *index.entry(e.canonical).or_insert_with(|| {
                total.push(0);
                counts.push(0);
                total.len() - 1
            });
            total[n] += 1;
            counts[n] += usize::from(e.kind != EntityKind::Person);
            name_of.push(n);
        }
        let mut first = Vec::with_capacity(total.len() + 1);
        let mut at = 0;
        for t in &total {
            first.push(at);
            at += t;
        }
        first.push(at);
        let mut fill = first.clone();
        let mut mentions = vec![0; entities.len()];
        for (i, &n) in name_of.iter().enumerate() {
            mentions[fill[n]] = i;
            fill[n] += 1;
        }
        let mut agency = vec![false; total.len()];
        for &k in looks.agencies() {
            agency[name_of[k]] = true;
        }
        // (Read once per name, at its first mention.)
        for (n, &k) in first[..total.len()].iter().enumerate() {
            agency[n] |= venue::never_owner(entities[mentions[k]].canonical);
        }
        // The three names most named (no person, no agency), the first met of equals first.
        let mut top: Vec<usize> = Vec::with_capacity(4);
        for (n, &c) in counts.iter().enumerate() {
            if c > 0 && !agency[n] {
                let p = top.partition_point(|&t| counts[t] >= c);
                if p < 3 {
                    top.insert(p, n);
                    top.truncate(3);
                }
            }
        }
        let max_count = counts.iter().copied().max().unwrap_or(1).max(1);
        Article {
            s,
            sents,
            entities,
            figures,
            mentions,
            first,
            main: looks.main_company().map(|i| name_of[i]),
            name_index: name_of,
            counts,
            agency,
            top,
            max_count,
            looks,
        }
    }

    fn name_of(&self, entity: usize) -> usize {
        self.name_index[entity]
    }

    /// The mentions (entity indices) of name `n`, in text order.
    fn mentions_of(&self, n: usize) -> &[usize] {
        &self.mentions[self.first[n]..self.first[n + 1]]
    }

    /// The paragraph (a non-empty line, trimmed) holding byte `at`, or `at..at`. `last` keeps
    /// the last line read and its paragraph: figures come in text order.
    fn para(&self, at: usize, last: &mut Option<(Range<usize>, Range<usize>)>) -> Range<usize> {
        if !last.as_ref().is_some_and(|(line, _)| line.contains(&at)) {
            let b = self.s.as_bytes();
            let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |i| at + i + 1);
            // Cut as `text::paragraphs` cuts it.
            let body = self.s[start..end].trim_end_matches(['\n', '\r']);
            let lead = body.len() - body.trim_start().len();
            let trimmed = body.trim();
            *last = Some((start..end, start + lead..start + lead + trimmed.len()));
        }
        match last {
            Some((_, para)) if para.contains(&at) => para.clone(),
            _ => at..at,
        }
    }

    /// The mentions (entity indices) starting inside `r`.
    fn within(&self, r: &Range<usize>) -> impl Iterator<Item = usize> + use<'_> {
        let a = self.entities.partition_point(|e| e.span.start < r.start);
        let end = r.end;
        (a..self.entities.len()).take_while(move |&i| self.entities[i].span.start < end)
    }

    /// Among `mentions` (in text order), the one starting inside `r` nearest byte `at` (the
    /// first of two as near). `r` holds `at` (`r.start <= at <= r.end`) and `k` mentions start
    /// before `at`: only the last of those and the next can be nearest.
    fn nearest_in(
        &self,
        mentions: &[usize],
        k: usize,
        r: &Range<usize>,
        at: usize,
    ) -> Option<usize> {
        let start = |i: usize| self.entities[i].span.start;
        let before = k
            .checked_sub(1)
            .map(|k| mentions[k])
            .filter(|&x| start(x) >= r.start);
        let after = mentions.get(k).copied().filter(|&y| start(y) < r.end);
        match (before, after) {
            (Some(x), Some(y)) => Some(if at - start(x) <= start(y) - at { x } else { y }),
            (x, y) => x.or(y),
        }
    }

    /// Whether a figure lies inside `lo..hi`.
    fn figure_between(&self, lo: usize, hi: usize) -> bool {
        let k = self.figures.partition_point(|f| f.span.start < lo);
        self.figures.get(k).is_some_and(|f| f.span.end <= hi)
    }

    /// Whether a figure follows byte `at` before the next name and before `end`: the name
    /// right before it is its own owner's ("with Qualcomm putting in $2.5bn").
    fn followed_by_figure(&self, at: usize, end: usize) -> bool {
        let k = self.figures.partition_point(|f| f.span.start < at);
        let next_name = self
            .entities
            .get(self.entities.partition_point(|e| e.span.start < at))
            .map_or(usize::MAX, |e| e.span.start);
        self.figures
            .get(k)
            .is_some_and(|f| f.span.start < end.min(next_name))
    }

    /// The rows of one figure, each candidate owner then nobody, given to `emit` as (candidate,
    /// features). `pick` is the rule stages' owner, `linked` the owner of the figure this one
    /// restates or is part of, if linked.
    pub fn rows(
        &self,
        f: &FigureHit,
        pick: Option<usize>,
        role: Option<Role>,
        linked: Option<Option<usize>>,
        scratch: &mut Scratch,
        mut emit: impl FnMut(Option<usize>, &[(u16, f32)]),
    ) {
        let at = f.span.start;
        let sent = self.sents.around(at);
        let sent = if sent.is_empty() {
            at..f.span.end
        } else {
            sent
        };
        let Scratch {
            cands,
            sentence,
            set: x,
            line,
        } = scratch;
        let para = self.para(at, line);
        let ctx = self.sentence(sentence, &sent, &para);
        // Distinct names, in the order they are met.
        cands.clear();
        let agency = &self.agency;
        let mut add = |n: usize| {
            if !agency[n] && !cands.contains(&n) {
                cands.push(n);
            }
        };
        // Candidates come from the figure's neighbourhood in its sentence, and from the end of
        // the sentence before: a sentence as long as a book costs no more per figure.
        let near = sent.start.max(at.saturating_sub(WINDOW))..sent.end.min(f.span.end + WINDOW);
        for i in self.within(&near) {
            if self.entities[i].kind != EntityKind::Product {
                add(self.name_of(i));
            }
        }
        if let Some(p) = pick {
            add(self.name_of(p));
        }
        for &n in &self.top {
            add(n);
        }
        for &n in &ctx.prev_adds {
            add(n);
        }
        let reference = ctx.reference;
        let pick_name = pick.map(|p| self.name_of(p));
        let linked_name = linked.flatten().map(|l| self.name_of(l));
        let fk = figure_index(f.kind);
        let ri = role_index(role);
        let mut named_in_sentence = 0;
        for &n in cands.iter() {
            let mentions = self.mentions_of(n);
            // Its mention nearest the figure: in the sentence, else in the paragraph, else the
            // last before it, else the first.
            let k = mentions.partition_point(|&i| self.entities[i].span.start < at);
            let in_sent_mention = self.nearest_in(mentions, k, &sent, at);
            let in_para_mention =
                in_sent_mention.or_else(|| self.nearest_in(mentions, k, &para, at));
            let m = in_sent_mention
                .or(in_para_mention)
                .or_else(|| self.nearest_in(mentions, k, &(0..at), at))
                .unwrap_or(mentions[0]);
            let inpara = in_para_mention.is_some();
            let e = &self.entities[m];
            let k = kind_index(e.kind);
            x.clear();
            x.set(BIAS, 1.0);
            x.set(KIND + k, 1.0);
            x.set(KIND_FIG + k * FIG_KINDS + fk, 1.0);
            x.set(ROLE_KIND + ri * KINDS + k, 1.0);
            let mut set = |i: usize, v: f32| x.set(i, v);
            if pick_name == Some(n) {
                set(PICK, 1.0);
                if reference {
                    set(REF_PICK, 1.0);
                }
            }
            if e.from_lexicon {
                set(KNOWN, 1.0);
            }
            if !self.s.get(e.span.clone()).unwrap_or("").contains(' ') {
                set(ONE_WORD, 1.0);
            }
            let rest = self.s.get(e.span.end..).unwrap_or("");
            if rest.starts_with("'s") || rest.starts_with("\u{2019}s") {
                set(POSSESSIVE, 1.0);
            }
            if self
                .s
                .get(sent.start..e.span.start)
                .is_some_and(|b| !b.contains(char::is_alphanumeric))
            {
                set(OPENS, 1.0);
            }
            if ctx.in_prev.contains(&n) {
                set(IN_PREV, 1.0);
            }
            if ctx.para_first == Some(n) {
                set(PARA_FIRST, 1.0);
            }
            if pick.is_none() {
                set(PICK_NONE, 1.0);
            }
            if let Some(i) = in_sent_mention {
                let l = self.looks.get(i);
                for (on, j) in [
                    (l.source, LOOK_SOURCE),
                    (l.location, LOOK_WHERE),
                    (l.partner, LOOK_PARTNER),
                    (l.speech, LOOK_SPEECH),
                ] {
                    if on {
                        set(j, 1.0);
                    }
                }
            }
            if self.main == Some(n) {
                set(MAIN, 1.0);
            }
            let before = e.span.start < at;
            let in_sentence = in_sent_mention.is_some();
            if in_sentence {
                named_in_sentence += 1;
                set(IN_SENT, 1.0);
            } else if inpara {
                set(IN_PARA, 1.0);
            } else {
                set(ELSEWHERE, 1.0);
            }
            set(if before { BEFORE } else { AFTER }, 1.0);
            if in_sentence {
                let (lo, hi) = if before {
                    (e.span.end.min(at), at)
                } else {
                    (f.span.end.min(e.span.start), e.span.start)
                };
                let d = hi - lo;
                let bucket = ((1.0 + d as f64 / 10.0).log2() as usize).min(DIST - 1);
                set(if before { DIST_B } else { DIST_A } + bucket, 1.0);
                let others = self
                    .within(&(lo..hi))
                    .filter(|&o| self.entities[o].kind != EntityKind::Product)
                    .count();
                set(BETWEEN, others.min(3) as f32);
                if self.figure_between(lo, hi) {
                    set(NEARER_FIGURE, 1.0);
                }
                if !before && self.followed_by_figure(e.span.end, sent.end) {
                    set(OWN_FIGURE, 1.0);
                }
                if ctx.first_in_sent == Some(n) {
                    set(FIRST, 1.0);
                }
                let (w1, w2) = prev_words(
                    self.s,
                    para.start.max(e.span.start.saturating_sub(30)),
                    e.span.start,
                );
                let before_word = words::features_of(w1);
                for i in [PREP, AGENT, LOCATIVE, FROM, FOR] {
                    if before_word & (1 << (i - PREP)) != 0 {
                        set(i, 1.0);
                    }
                }
                if !before && before_word & (1 << (AGENT - PREP)) != 0 && others == 0 {
                    set(AGENT_AFTER, 1.0);
                    if linked.is_some() {
                        set(AGENT_PART, 1.0);
                    }
                }
                if words::is_source(w2) {
                    set(SOURCE, 1.0);
                }
                let next = words::features_of(next_word(self.s, e.span.end, para.end));
                if words::has(next, SAID_AFTER) {
                    set(SAID_AFTER, 1.0);
                } else if words::has(next, VERB_AFTER) {
                    set(VERB_AFTER, 1.0);
                }
            }
            set(FREQ, self.counts[n] as f32 / self.max_count as f32);
            if self.top.first() == Some(&n) {
                set(TOP, 1.0);
                if reference {
                    set(REF_TOP, 1.0);
                }
            }
            if linked_name == Some(n) {
                set(LINK_OWNER, 1.0);
            }
            if ctx.prev_first == Some(n) {
                set(PREV_FIRST, 1.0);
                if reference {
                    set(REF_PREV, 1.0);
                }
            }
            emit(Some(m), x.get());
        }
        x.clear();
        x.set(NULL, 1.0);
        x.set(NULL_FIG + fk, 1.0);
        x.set(NULL_ROLE + ri, 1.0);
        x.set(NULL_NAMED + named_in_sentence.min(3), 1.0);
        if pick.is_none() {
            x.set(NULL_PICK, 1.0);
        }
        if linked == Some(None) {
            x.set(NULL_LINK, 1.0);
        }
        emit(None, x.get());
    }
}
