//! What the reranker knows of each candidate owner of a figure: plain facts about the text
//! around its mentions and the figure, numbered for the linear model.

use super::layout::*;
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

mod words;
use words::{next_word, prev_words, starts_with_reference};

/// How far from a figure, in bytes, its sentence's names are candidates (and how much of the
/// sentence before is read): past the farthest distance feature.
const WINDOW: usize = 640;

/// The article as the reranker reads it: its text, sentences, paragraphs, entities and how
/// often each name is named.
pub struct Article<'a> {
    s: &'a str,
    sents: &'a SentenceIndex<'a>,
    paras: &'a [Range<usize>],
    entities: &'a [EntityHit<'a>],
    figures: &'a [FigureHit],
    /// Per distinct name: (name, its mentions' indices).
    names: Vec<(&'a str, Vec<usize>)>,
    /// Per mention, its name's index in `names`.
    name_index: Vec<usize>,
    counts: Vec<usize>,
    top: Vec<usize>,
    max_count: usize,
}

impl<'a> Article<'a> {
    pub fn new(
        s: &'a str,
        sents: &'a SentenceIndex<'a>,
        paras: &'a [Range<usize>],
        entities: &'a [EntityHit<'a>],
        figures: &'a [FigureHit],
    ) -> Self {
        let mut names: Vec<(&str, Vec<usize>)> = Vec::new();
        let mut index: HashMap<&str, usize, WordHashBuild> = HashMap::default();
        let mut name_of = Vec::with_capacity(entities.len());
        for (i, e) in entities.iter().enumerate() {
            let n = *index.entry(e.canonical).or_insert_with(|| {
                names.push((e.canonical, Vec::new()));
                names.len() - 1
            });
            names[n].1.push(i);
            name_of.push(n);
        }
        let counts: Vec<usize> = names
            .iter()
            .map(|(_, m)| {
                m.iter()
                    .filter(|&&i| entities[i].kind != EntityKind::Person)
                    .count()
            })
            .collect();
        let mut order: Vec<usize> = (0..names.len()).filter(|&n| counts[n] > 0).collect();
        order.sort_by_key(|&n| std::cmp::Reverse(counts[n]));
        order.truncate(3);
        let max_count = counts.iter().copied().max().unwrap_or(1).max(1);
        Article {
            s,
            sents,
            paras,
            entities,
            figures,
            names,
            name_index: name_of,
            counts,
            top: order,
            max_count,
        }
    }

    fn name_of(&self, entity: usize) -> usize {
        self.name_index[entity]
    }

    fn para(&self, at: usize) -> Range<usize> {
        let i = self.paras.partition_point(|r| r.end <= at);
        self.paras
            .get(i)
            .filter(|r| r.start <= at)
            .cloned()
            .unwrap_or(at..at)
    }

    /// The mentions (entity indices) starting inside `r`.
    fn within(&self, r: &Range<usize>) -> Range<usize> {
        let a = self.entities.partition_point(|e| e.span.start < r.start);
        let b = self.entities.partition_point(|e| e.span.start < r.end);
        a..b.max(a)
    }

    /// Among `mentions` (in text order), the one starting inside `r` nearest byte `at` (the
    /// first of two as near).
    fn nearest_in(&self, mentions: &[usize], r: &Range<usize>, at: usize) -> Option<usize> {
        let start = |i: usize| self.entities[i].span.start;
        let a = mentions.partition_point(|&i| start(i) < r.start);
        let b = mentions.partition_point(|&i| start(i) < r.end);
        let inside = mentions.get(a..b)?;
        let k = inside.partition_point(|&i| start(i) < at);
        let before = k.checked_sub(1).map(|k| inside[k]);
        match (before, inside.get(k).copied()) {
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

    /// The rows of one figure: each candidate owner, then nobody. `pick` is the rule stages'
    /// owner, `linked` the owner of the figure this one restates or is part of, if linked.
    pub fn rows(
        &self,
        f: &FigureHit,
        pick: Option<usize>,
        role: Option<Role>,
        linked: Option<Option<usize>>,
    ) -> Vec<Row> {
        let at = f.span.start;
        let sent = self.sents.around(at);
        let sent = if sent.is_empty() {
            at..f.span.end
        } else {
            sent
        };
        let para = self.para(at);
        let prev = (sent.start > para.start)
            .then(|| self.sents.around(sent.start.saturating_sub(1)))
            .filter(|r| !r.is_empty() && r.start >= para.start);
        // Distinct names, in the order they are met.
        let mut cands: Vec<usize> = Vec::new();
        let mut add = |n: usize| {
            if !cands.contains(&n) {
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
        let prev_first = prev.as_ref().and_then(|p| {
            self.within(p)
                .find(|&i| self.entities[i].kind != EntityKind::Product)
                .map(|i| self.name_of(i))
        });
        let prev_end = prev
            .as_ref()
            .map(|p| p.start.max(p.end.saturating_sub(WINDOW))..p.end);
        if let Some(p) = &prev_end {
            for i in self.within(p) {
                if !matches!(
                    self.entities[i].kind,
                    EntityKind::Product | EntityKind::Person
                ) {
                    add(self.name_of(i));
                }
            }
        }
        let first_in_sent = self.within(&sent).next().map(|i| self.name_of(i));
        let para_first = self
            .within(&para)
            .find(|&i| self.entities[i].kind != EntityKind::Person)
            .map(|i| self.name_of(i));
        let in_prev: Vec<usize> = prev_end
            .as_ref()
            .map(|p| self.within(p).map(|i| self.name_of(i)).collect())
            .unwrap_or_default();
        let opening = self.s.floor_char_boundary(sent.end.min(sent.start + 200));
        let reference = starts_with_reference(self.s.get(sent.start..opening).unwrap_or(""));
        let pick_name = pick.map(|p| self.name_of(p));
        let linked_name = linked.flatten().map(|l| self.name_of(l));
        let fk = figure_index(f.kind);
        let ri = role_index(role);
        let mut rows = Vec::with_capacity(cands.len() + 1);
        let mut named_in_sentence = 0;
        for &n in &cands {
            let mentions = &self.names[n].1;
            // Its mention nearest the figure: in the sentence, else in the paragraph, else the
            // last before it, else the first.
            let in_sent_mention = self.nearest_in(mentions, &sent, at);
            let in_para_mention = in_sent_mention.or_else(|| self.nearest_in(mentions, &para, at));
            let m = in_sent_mention
                .or(in_para_mention)
                .or_else(|| self.nearest_in(mentions, &(0..at), at))
                .unwrap_or(mentions[0]);
            let inpara = in_para_mention.is_some();
            let e = &self.entities[m];
            let k = kind_index(e.kind);
            let mut x: Features = Vec::with_capacity(24);
            x.extend([
                (BIAS as u16, 1.0),
                ((KIND + k) as u16, 1.0),
                ((KIND_FIG + k * FIG_KINDS + fk) as u16, 1.0),
                ((ROLE_KIND + ri * KINDS + k) as u16, 1.0),
            ]);
            let mut set = |i: usize, v: f32| x.push((i as u16, v));
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
            if in_prev.contains(&n) {
                set(IN_PREV, 1.0);
            }
            if para_first == Some(n) {
                set(PARA_FIRST, 1.0);
            }
            if pick.is_none() {
                set(PICK_NONE, 1.0);
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
                if first_in_sent == Some(n) {
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
                if words::sets(w2, SOURCE) {
                    set(SOURCE, 1.0);
                }
                let next = next_word(self.s, e.span.end, para.end);
                if words::sets(next, SAID_AFTER) {
                    set(SAID_AFTER, 1.0);
                } else if words::sets(next, VERB_AFTER) {
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
            if prev_first == Some(n) {
                set(PREV_FIRST, 1.0);
                if reference {
                    set(REF_PREV, 1.0);
                }
            }
            rows.push(Row {
                candidate: Some(m),
                features: x,
            });
        }
        let mut x: Features = vec![
            (NULL as u16, 1.0),
            ((NULL_FIG + fk) as u16, 1.0),
            ((NULL_ROLE + ri) as u16, 1.0),
            ((NULL_NAMED + named_in_sentence.min(3)) as u16, 1.0),
        ];
        if pick.is_none() {
            x.push((NULL_PICK as u16, 1.0));
        }
        if linked == Some(None) {
            x.push((NULL_LINK as u16, 1.0));
        }
        rows.push(Row {
            candidate: None,
            features: x,
        });
        rows
    }
}
