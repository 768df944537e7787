//! How the words around an entity read: a location ("au Texas"), a source ("selon"), a partner
//! ("avec"), or a speaker inserted between commas — each entity read once, when first asked.

use super::dateline;
use super::endcues::EndCues;
use super::look_cues::{BOUGHT, GRID_OPERATORS, HOMETOWN, LOCATIVE, PARTNER, SOURCE};
use super::sites;
use super::sources;
use super::speech_tag::is_speech_tag;
use crate::extract::entities::WordHashBuild;
use crate::extract::{EntityHit, EntityKind};
use crate::text::SentenceIndex;
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use super::look_context::{
    cue_opens_sentence, ends_with_cue, ends_with_str, strip_determiner, with_stripped_context,
};

/// A memo of the article being read, keyed by offsets (hashed as words are: no SipHash).
pub type Memo<K, V> = RefCell<HashMap<K, V, WordHashBuild>>;

static SOURCE_CUES: LazyLock<EndCues> = LazyLock::new(|| EndCues::new(SOURCE));
static PARTNER_CUES: LazyLock<EndCues> = LazyLock::new(|| EndCues::new(PARTNER));
static BOUGHT_CUES: LazyLock<EndCues> = LazyLock::new(|| EndCues::new(BOUGHT));
static HOMETOWN_CUES: LazyLock<EndCues> = LazyLock::new(|| EndCues::new(HOMETOWN));

/// A sentence's subject and first usable actor, kept in [`Looks::subjects`].
pub type Subjects = (Option<usize>, Option<usize>);

/// A reference kept in [`Looks::first_anaphors`]: its span, its head's span, its class code.
pub type MemoRef = (Range<usize>, Range<usize>, u8);

/// How the words before an entity read: a location, a source, a partner.
#[derive(Debug, Clone, Copy)]
pub struct Look {
    pub location: bool,
    pub source: bool,
    pub partner: bool,
    /// A speaker inserted between commas (", X said,").
    pub speech: bool,
    /// What is bought ("to acquire X"); read as a partner too.
    pub bought: bool,
    /// A chip maker named with its chips ("60,000 Nvidia GPUs"): a supplier, read as a
    /// partner too (but not spread to the next name of a list).
    pub supplier: bool,
}

/// [`Look`]s of the entities, each read once, when first asked for.
pub struct Looks<'a> {
    pub s: &'a str,
    /// The text's sentences, split when first needed.
    pub sents: &'a SentenceIndex<'a>,
    /// Antecedents already found, by (reference start, head start, class code).
    pub antecedents: Memo<(usize, usize, u8), Option<usize>>,
    /// Subjects of sentences, by (sentence start, class code): (subject, first usable actor).
    pub subjects: Memo<(usize, u8), Subjects>,
    /// References leading a stretch of a sentence, by stretch: (span, head, class code).
    pub first_anaphors: Memo<(usize, usize), Option<MemoRef>>,
    pub entities: &'a [EntityHit<'a>],
    pub memo: Vec<std::cell::OnceCell<Look>>,
    /// Per entity, whether it reads as a source, before and after the next-of-a-list rule:
    /// read alone where only that is asked ([`Looks::source`]).
    sources: Vec<std::cell::OnceCell<(bool, bool)>>,
    /// The company the article speaks for ("we", "nous"), if one dominates it: counted when
    /// first asked.
    pub voice: std::cell::OnceCell<Option<usize>>,
    /// The company the article is about, if one leads it: counted when first asked.
    main: std::cell::OnceCell<Option<usize>>,
    /// The issuer a release defines ("la « Société »"), found when first asked.
    issuer: std::cell::OnceCell<Option<usize>>,
    /// The wire agencies of its datelines ([`dateline::agencies`]), found when first asked
    /// (a mention of each, so that the type stays covariant in `'a`).
    agencies: std::cell::OnceCell<Vec<usize>>,
    /// The parties the text names by their role ([`super::role_defs::parties`]), when first
    /// asked.
    role_parties: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
    /// Whether the text may hold a table row ([`crate::text::table::any_rows`]), when first asked.
    tables: std::cell::OnceCell<bool>,
    /// Where the amounts start that the rules read as a market someone forecasts ("McKinsey
    /// reckons the world will need $6.7tn") or as a rule's limit: no one's, whoever else the
    /// reranker weighs.
    forecasts: std::cell::RefCell<Vec<usize>>,
    /// Amounts whose owner a rule settled ([`Self::note_settled`]).
    settled: std::cell::RefCell<Vec<usize>>,
    /// The host of a results call the title names ([`super::call_host::call_host`]).
    host: std::cell::OnceCell<Option<usize>>,
}

impl<'a> Looks<'a> {
    /// Nothing read yet.
    pub fn new(s: &'a str, sents: &'a SentenceIndex<'a>, entities: &'a [EntityHit<'a>]) -> Self {
        Looks {
            s,
            sents,
            antecedents: Default::default(),
            subjects: Default::default(),
            first_anaphors: Default::default(),
            entities,
            memo: vec![std::cell::OnceCell::new(); entities.len()],
            sources: vec![std::cell::OnceCell::new(); entities.len()],
            voice: Default::default(),
            main: Default::default(),
            issuer: Default::default(),
            agencies: Default::default(),
            role_parties: Default::default(),
            tables: Default::default(),
            forecasts: Default::default(),
            settled: Default::default(),
            host: Default::default(),
        }
    }

    /// Notes that the amount at `start` is a market someone forecasts.
    pub fn note_forecast(&self, start: usize) {
        self.forecasts.borrow_mut().push(start);
    }

    /// Notes that a rule the reranker may not overrule gave the amount at `start` its owner.
    pub fn note_settled(&self, start: usize) {
        self.settled.borrow_mut().push(start);
    }

    /// Whether a rule settled the owner of the amount at `start` ([`Self::note_settled`]).
    pub fn settled(&self, start: usize) -> bool {
        self.settled.borrow().contains(&start)
    }

    /// Whether the rules read the amount at `start` as a market someone forecasts.
    pub fn forecast(&self, start: usize) -> bool {
        self.forecasts.borrow().contains(&start)
    }

    /// Whether the text holds a table row at all: most texts do not, and their amounts need no
    /// table reading.
    pub fn has_tables(&self) -> bool {
        *self
            .tables
            .get_or_init(|| crate::text::table::any_rows(self.s))
    }

    /// The company the article is about: named most, three times at least (or twice, once in
    /// the title line) and [`super::voice::LEAD`] times as often as any other, its mentions as a
    /// source aside (a wire agency in its datelines). Entity index of its first counted mention.
    pub fn main_company(&self) -> Option<usize> {
        *self.main.get_or_init(|| {
            self.host().or_else(|| {
                super::voice::leading_company(self.s, self.entities, super::voice::LEAD, |i| {
                    self.entities[i].kind == EntityKind::Company && !self.source(i)
                })
            })
        })
    }

    /// The issuer a filing or a regulated release defines ([`super::issuer::defined`]).
    pub fn issuer(&self) -> Option<usize> {
        *self
            .issuer
            .get_or_init(|| super::issuer::defined(self.s, self.entities))
    }

    /// The company hosting the results call whose transcript the text is.
    pub fn host(&self) -> Option<usize> {
        *self
            .host
            .get_or_init(|| super::call_host::call_host(self.s, self.entities))
    }

    /// The company the article speaks for, if one dominates it.
    pub fn voice(&self) -> Option<usize> {
        *self.voice.get_or_init(|| {
            self.host()
                .or_else(|| super::voice::interviewee_company(self.s, self.entities))
                .or_else(|| super::voice::dominant_company(self.s, self.entities))
                .or_else(|| super::voice::titled_company(self.s, self.entities))
                .or_else(|| super::voice::letterhead(self.s, self.entities))
        })
    }

    pub fn get(&self, i: usize) -> Look {
        let read = || {
            let e = &self.entities[i];
            let mut look = with_stripped_context(self.s, e, |ctx| Look {
                // An event ("AI Action Summit") is where money is announced, never who.
                location: reads_as_location(ctx, e)
                    || HOMETOWN_CUES.any_at_end(ctx, |p| ends_with_str(ctx, p))
                    || crate::extract::nobody::event(e.canonical)
                    || dateline::opens(self.s, e)
                    || sites::names_a_site(self.s, e)
                    || sites::glosses_a_place(self.s, e)
                    || dateline::kicker(self.s, e)
                    || sites::place_label(self.s, self.entities, i),
                // (Up to the next-of-a-list rule below.)
                source: self.source_of(i, Some(ctx)).0,
                // A grid operator connects sites and supplies their power: it owns a figure
                // only when no one else can ("RTE a réservé les 84 MW manquants").
                // ("Rival Bukit Digital said": a cue opening the sentence describes its subject.)
                partner: (ends_with_cue(ctx, &PARTNER_CUES) && !cue_opens_sentence(self.s, e))
                    || GRID_OPERATORS.contains(&e.canonical),
                speech: is_speech_tag(self.s, e),
                // ("rachète l'opérateur marseillais X": a company bought past what it is.)
                bought: ends_with_cue(ctx, &BOUGHT_CUES)
                    || (e.kind == EntityKind::Company
                        && super::look_context::ends_with_cue_past_descriptor(
                            self.s,
                            e,
                            &BOUGHT_CUES,
                        )),
                supplier: super::modifiers::chip_maker(self.s, e),
            });
            look.partner |= look.bought;
            // "a deal with Alphabet's Google": a name after a partner's possessive is a
            // partner too.
            if !look.partner
                && i > 0
                && matches!(
                    &self.s[self.entities[i - 1].span.end..e.span.start],
                    "'s " | "’s "
                )
            {
                look.partner = self.get(i - 1).partner;
            }
            // "avec Bpifrance et Nvidia", "according to Reuters and Bloomberg": the next
            // name of a list reads as the one before it.
            if i > 0 && !(look.partner && look.source) && self.listed_after(i) {
                let prev = self.get(i - 1);
                // ("GPUs from Nvidia and AMD will invest": a supplier's reading is its own.)
                look.partner |= prev.partner && !prev.supplier;
                look.source |= prev.source;
                // "in Riyadh and Dammam": a place listed after a place where, is where too.
                look.location |= prev.location
                    && e.kind == EntityKind::Place
                    && self.entities[i - 1].kind == EntityKind::Place;
            }
            look.partner |= look.supplier;
            look
        };
        match self.memo.get(i) {
            Some(cell) => *cell.get_or_init(read),
            None => read(),
        }
    }
}

impl Looks<'_> {
    /// Whether entity `i` reads as a source ([`Look::source`]), read without the rest of its
    /// look.
    pub fn source(&self, i: usize) -> bool {
        self.source_of(i, None).1
    }

    /// Whether entity `i` reads as a source, before and after the next-of-a-list rule of
    /// [`Looks::get`]; `ctx` is its stripped context when the caller has it.
    fn source_of(&self, i: usize, ctx: Option<&str>) -> (bool, bool) {
        let read = || {
            let e = &self.entities[i];
            let own = |ctx: &str| {
                ends_with_cue(ctx, &SOURCE_CUES)
                    || sources::is_reported_by(self.s, e)
                    || sources::titled_source(self.s, e)
                    || sources::per_source(self.s, e)
                    || sources::headline_source(self.s, e)
                    || sources::analyst_house(e)
                    || sources::credit_line(self.s, e)
                    || dateline::inside(self.s, self.entities, i)
                    || self.agency(i)
            };
            let own = match ctx {
                Some(ctx) => own(ctx),
                None => with_stripped_context(self.s, e, own),
            };
            // "selon l'Agence internationale de l'énergie (AIE)": a name in brackets right
            // after a source is the same source.
            let before_list = own
                || (i > 0
                    && self.s[self.entities[i - 1].span.end..e.span.start].trim() == "("
                    && self.source(i - 1));
            // "according to Reuters and Bloomberg": the next name of a list reads as the one
            // before it.
            let listed = i > 0 && self.listed_after(i) && self.source(i - 1);
            (before_list, before_list || listed)
        };
        match self.sources.get(i) {
            Some(cell) => *cell.get_or_init(read),
            None => read(),
        }
    }

    /// Whether entity `i` names a wire agency of the text's datelines.
    fn agency(&self, i: usize) -> bool {
        let name = self.entities[i].canonical;
        self.agencies()
            .iter()
            .any(|&k| self.entities[k].canonical == name)
    }

    /// The parties the text names by their role: (role, where, entity), in text order.
    pub fn role_parties(&self) -> &[(usize, usize, usize)] {
        self.role_parties
            .get_or_init(|| super::role_defs::parties(self.s, self.entities))
    }

    /// The wire agencies of the text's datelines, the outlets of its copyright lines and the
    /// newsroom that reveals its news ("Street Talk can reveal"), one mention of each: who
    /// wrote the text.
    pub fn agencies(&self) -> &[usize] {
        self.agencies.get_or_init(|| {
            let mut found = dateline::agencies(self.s, self.entities);
            found.extend(sources::copyright_holders(self.s, self.entities));
            found.extend(sources::revealing_newsrooms(self.s, self.entities));
            found
        })
    }

    /// Whether entity `i` is the next name of a list begun by entity `i - 1`. A comma joins
    /// a list only when the list goes on or closes after the name ("avec Bpifrance, Nvidia et
    /// X"), not when a clause starts with it ("selon Reuters, Microsoft investira").
    pub fn listed_after(&self, i: usize) -> bool {
        let e = &self.entities[i];
        match &self.s[self.entities[i - 1].span.end..e.span.start] {
            " & " => true,
            t if and_then_preposition(t) => true,
            ", " => {
                let after = &self.s[e.span.end..];
                [",", " et ", " and ", " & ", ".", ";", ")"]
                    .iter()
                    .any(|p| after.starts_with(p))
                    || after.is_empty()
            }
            _ => false,
        }
    }
}

/// A place used as a location ("au Texas"), given its stripped context.
fn reads_as_location(ctx: &str, e: &EntityHit) -> bool {
    static CUES: LazyLock<EndCues> = LazyLock::new(|| EndCues::new(LOCATIVE));
    if e.kind != EntityKind::Place {
        return false;
    }
    // "in the kingdom's Eastern Province": a possessive between the preposition and the place.
    let ctx = ["'s", "’s"]
        .iter()
        .find_map(|p| ctx.strip_suffix(p))
        .and_then(|t| t.rsplit_once(' '))
        .map_or(ctx, |(t, _)| strip_determiner(t));
    CUES.any_at_end(ctx, |p| ends_with_str(ctx, p))
}

/// " et ", ", and ", and the same with the preposition and article of the name before
/// repeated ("auprès d'Enedis et de RTE", "from X and from the Y").
fn and_then_preposition(t: &str) -> bool {
    let t = t.strip_prefix(',').unwrap_or(t);
    let Some(rest) = t.strip_prefix(" et ").or_else(|| t.strip_prefix(" and ")) else {
        return false;
    };
    let rest = [
        "de ", "d'", "d’", "du ", "des ", "of ", "from ", "à ", "au ", "aux ", "by ", "par ",
    ]
    .iter()
    .find_map(|p| rest.strip_prefix(p))
    .unwrap_or(rest);
    ["", "la ", "le ", "les ", "l'", "l’", "the "].contains(&rest)
}
