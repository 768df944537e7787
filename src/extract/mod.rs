//! The engine: finds entities and figures in one article and attributes each figure to an actor.
//!
//! Every stage works on a [`crate::text::NormText`] (a char-for-char normalised copy of the article, so
//! char offsets are shared with the original) and reports byte ranges into that copy; this module
//! converts them to char offsets into the text exactly as decoded.

pub mod amount_words;
pub mod attribution;
pub mod entities;
pub mod facts;
pub mod figures;
mod firsts;
pub mod lexicon;
pub mod nobody;
pub mod rank;
pub mod roles;
mod written;

#[cfg(test)]
pub(crate) mod tests_owners;
pub mod types;

use std::ops::Range;

use crate::text;
pub use crate::text::NormText;
pub use lexicon::Lexicon;
pub use types::{
    Entity, EntityHit, EntityKind, Extraction, Figure, FigureHit, FigureKind, Link, LinkKind, Role,
};

/// An event ("Abu Dhabi AI Forum") owns nothing: a figure given to one has no owner.
fn no_events(entities: &[EntityHit], actors: &mut [Option<usize>]) {
    // (Figures share their owners: each owner's name is read once.)
    let mut event: Vec<Option<bool>> = vec![None; entities.len()];
    for a in actors.iter_mut() {
        if a.is_some_and(|i| *event[i].get_or_insert_with(|| nobody::event(entities[i].canonical)))
        {
            *a = None;
        }
    }
}

/// The figures whose `keep` is true, their links moved to the new indices (a link to a dropped
/// figure is dropped with it).
fn drop_figures(figures: Vec<FigureHit>, keep: &[bool]) -> Vec<FigureHit> {
    let mut new_index = Vec::with_capacity(keep.len());
    let mut n = 0;
    for &k in keep {
        new_index.push(k.then_some(n));
        n += usize::from(k);
    }
    figures
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(mut f, _)| {
            f.link = f
                .link
                .and_then(|l| new_index[l.of].map(|of| Link { of, how: l.how }));
            f
        })
        .collect()
}

/// Runs the whole engine on one article's text.
pub fn extract(text: &str, lexicon: &Lexicon) -> Extraction {
    run(text, lexicon, Names::Identity)
}

/// [`extract`] in the contract's terms (`vigie extract`): an English article names known
/// actors by their English name ("United States", not "États-Unis").
pub fn extract_contract(text: &str, lexicon: &Lexicon) -> Extraction {
    run(text, lexicon, Names::ArticleLanguage)
}

/// [`extract_contract`] and, per figure, the reranker's candidates as (owner's name or none,
/// features), to learn its weights from annotated articles (`examples/rank_table.rs`).
pub fn rank_table(text: &str, lexicon: &Lexicon) -> (Extraction, Vec<Vec<rank::NamedRow>>) {
    let mut seen = written::Written::default();
    let mut rows = Vec::new();
    let mut x = extract_one(
        text,
        lexicon,
        Names::ArticleLanguage,
        &mut seen,
        Rerank::Table(&mut rows),
    );
    seen.rename(&mut x);
    let named = rows
        .into_iter()
        .map(|rows| {
            rows.into_iter()
                .map(|r| rank::NamedRow {
                    candidate: r.candidate.map(|i| x.entities[i].canonical.clone()),
                    features: r.features,
                })
                .collect()
        })
        .collect();
    (x, named)
}

/// How the output names a known actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    /// By its identity, the lexicon's canonical name, whatever the article's language: the app
    /// counts one actor and picks the name to show by the interface language.
    Identity,
    /// As the contract says: by its English name in an English article, and as the article
    /// writes it when it never writes that name ([`written`]).
    ArticleLanguage,
}

fn run(text: &str, lexicon: &Lexicon, names: Names) -> Extraction {
    let mut seen = written::Written::default();
    let mut x = if text.len() > CHUNK {
        extract_in_chunks(text, lexicon, CHUNK, names, &mut seen)
    } else {
        extract_one(text, lexicon, names, &mut seen, Rerank::Yes)
    };
    if names == Names::ArticleLanguage {
        seen.rename(&mut x);
    }
    x
}

/// Texts longer than this (1 MiB) are read a block of paragraphs at a time, so that the
/// engine's working memory stays a small multiple of a block, not of the whole text.
const CHUNK: usize = 1 << 20;

/// Whether a text of `len` bytes is read a block at a time (see [`CHUNK`]).
pub fn read_in_blocks(len: u64) -> bool {
    len > CHUNK as u64
}

/// [`extract`] over blocks of whole paragraphs of at most [`CHUNK`] bytes (or one longer
/// paragraph), offsets moved back onto the whole text. References, owners and restatements do
/// not reach across blocks.
fn extract_in_chunks(
    text: &str,
    lexicon: &Lexicon,
    chunk: usize,
    names: Names,
    seen: &mut written::Written,
) -> Extraction {
    let mut out = Extraction::default();
    let (mut from, mut chars_before) = (0, 0);
    while from < text.len() {
        let mut end = text.floor_char_boundary((from + chunk).min(text.len()));
        if end < text.len() {
            // End the block after the last paragraph break in it, or the first one after it.
            end = memchr::memmem::rfind(&text.as_bytes()[from..end], b"\n\n")
                .map(|i| from + i + 2)
                .or_else(|| {
                    memchr::memmem::find(&text.as_bytes()[end..], b"\n\n").map(|i| end + i + 2)
                })
                .unwrap_or(text.len());
        }
        let block = &text[from..end];
        let mut x = extract_one(block, lexicon, names, seen, Rerank::Yes);
        for e in &mut x.entities {
            e.start += chars_before;
            e.end += chars_before;
        }
        let figures_before = out.figures.len();
        for f in &mut x.figures {
            f.start += chars_before;
            f.end += chars_before;
            f.restates = f.restates.map(|r| r + figures_before);
        }
        if from == 0 {
            // Size the lists once from the first block, so that they do not grow by doubling
            // (a doubling holds the old and the new list at once).
            let scale = text.len() as f64 / block.len().max(1) as f64 * 1.1;
            out.entities
                .reserve((x.entities.len() as f64 * scale) as usize);
            out.figures
                .reserve((x.figures.len() as f64 * scale) as usize);
        }
        out.entities.append(&mut x.entities);
        out.figures.append(&mut x.figures);
        chars_before += block.chars().count();
        from = end;
    }
    out
}

/// Whether the reranker runs after the rules, and whether its rows are kept.
enum Rerank<'t> {
    Yes,
    /// Rerank, and keep every figure's rows here.
    Table(&'t mut Vec<Vec<rank::Row>>),
    /// The rules' owners as they are (their own tests).
    #[cfg(test)]
    No,
}

/// [`extract`] with the rules' owners only, no reranking: what the rule stages' tests check.
#[cfg(test)]
pub(crate) fn extract_rules(text: &str, lexicon: &Lexicon) -> Extraction {
    let mut seen = written::Written::default();
    extract_one(text, lexicon, Names::Identity, &mut seen, Rerank::No)
}

/// `seen` learns, in the contract's terms, which names the text writes.
fn extract_one(
    text: &str,
    lexicon: &Lexicon,
    names: Names,
    seen: &mut written::Written,
    rerank: Rerank,
) -> Extraction {
    let norm = NormText::new(text);
    let mut entities = entities::find(&norm, lexicon);
    // English articles name known actors in English ("United States", not "États-Unis"); the
    // stages run on those names either way, so both outputs agree on everything else.
    let english = norm.lang() == text::Lang::English;
    if english {
        for e in &mut entities {
            if let Some(en) = lexicon.english_name(e.canonical) {
                e.canonical = en;
            }
        }
    }
    // "Read also: Danantara taps …": other articles' headlines, whose amounts are no figures
    // and whose names are no actors of this one.
    let related = figures::related_lines(norm.as_str());
    let mut figures = figures::find_outside(&norm, &related);
    // Digits inside a name (H100, Gemma 3B, GPT-4) are never a figure. Entities are sorted
    // and non-overlapping, so their ends never decrease: the last one starting at or before a
    // figure is the only one that may contain it.
    let keep: Vec<bool> = figures
        .iter()
        .map(|f| {
            let k = entities.partition_point(|e| e.span.start <= f.span.start);
            k.checked_sub(1)
                .and_then(|k| entities.get(k))
                .is_none_or(|e| f.span.end > e.span.end)
        })
        .collect();
    if keep.contains(&false) {
        figures = drop_figures(figures, &keep);
    }
    // A name inside an amount ("RM160 billion", "500 millions de francs CFA") is its currency,
    // not an actor.
    entities.retain(|e| {
        let k = figures.partition_point(|f| f.span.start <= e.span.start);
        k.checked_sub(1)
            .and_then(|k| figures.get(k))
            .is_none_or(|f| {
                f.kind != FigureKind::Money || e.span.end > f.span.end || e.span.start >= f.span.end
            })
    });
    if !related.is_empty() {
        entities.retain(|e| !related.iter().any(|l| l.contains(&e.span.start)));
    }
    // The sentences, split once when a stage first needs them.
    let sents = text::SentenceIndex::new(norm.as_str(), text::sentences);
    // How the words around each name read, read once for every stage that asks.
    let looks = attribution::Looks::new(norm.as_str(), &sents, &entities);
    let mut actors = attribution::attribute(&norm, &entities, &figures, &sents, &looks);
    facts::settle(&sents, &entities, &mut figures, &mut actors);
    attribution::public_money_fill(&norm, &entities, &figures, &sents, &looks, &mut actors);
    attribution::main_actor_fill(&norm, &entities, &figures, &sents, &looks, &mut actors);
    attribution::organs_to_main(&looks, &mut actors);
    no_events(&entities, &mut actors);
    let s = norm.as_str();
    // The money roles, read again below only for the figures whose owner the reranker changed.
    let mut read = roles::Read::default();
    let (mut roles, mut counterparts) =
        roles::assign(s, &sents, &entities, &figures, &actors, &mut read);
    let table = match rerank {
        Rerank::Yes => Some(None),
        Rerank::Table(t) => Some(Some(t)),
        #[cfg(test)]
        Rerank::No => None,
    };
    if let Some(table) = table
        && rank::rerank(&looks, &figures, &roles, &mut actors, table)
    {
        no_events(&entities, &mut actors);
        (roles, counterparts) = roles::assign(s, &sents, &entities, &figures, &actors, &mut read);
    }
    let orig = norm.original();
    // Entities and figures each come in text order: one forward sweep over both lists, merged
    // by start, converts their spans to char offsets and to byte ranges of the original text.
    let mut sweep = norm.sweep();
    let mut char_span = |r: &Range<usize>| {
        let (start, a) = sweep.at(r.start);
        let (end, b) = sweep.at(r.end);
        (start, end, a..b)
    };
    let mut out = Extraction {
        entities: Vec::with_capacity(entities.len()),
        figures: Vec::with_capacity(figures.len()),
    };
    let mut figs = figures
        .into_iter()
        .zip(actors)
        .zip(roles.into_iter().zip(counterparts))
        .map(|((f, a), (r, c))| (f, (a, r, c)))
        .peekable();
    let mut ents = entities.iter().peekable();
    loop {
        let entity_first = match (ents.peek(), figs.peek()) {
            (Some(e), Some((f, _))) => e.span.start <= f.span.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if entity_first && let Some(e) = ents.next() {
            // "Nvidia H200": the maker and the model are two names of the text.
            let maker = entities::maker_of(s, lexicon, e);
            // (The model keeps its canonical name: the lexicon's "H200", or the whole name as
            // written, "Nvidia H200 Tensor Core", that readers index it by.)
            let model = maker.as_ref().map(|m| EntityHit {
                span: m.span.end + 1..e.span.end,
                ..e.clone()
            });
            for e in [maker.as_ref(), Some(model.as_ref().unwrap_or(e))]
                .into_iter()
                .flatten()
            {
                let (start, end, bytes) = char_span(&e.span);
                if names == Names::ArticleLanguage {
                    seen.learn(orig, bytes.clone(), e.canonical);
                }
                let text = orig.get(bytes).unwrap_or_default().to_string();
                out.entities.push(Entity {
                    text,
                    start,
                    end,
                    canonical: e.canonical.to_string(),
                    kind: e.kind,
                });
            }
        } else if let Some((f, (actor, role, counterpart))) = figs.next() {
            let (start, end, bytes) = char_span(&f.span);
            let text = orig.get(bytes).unwrap_or_default().to_string();
            out.figures.push(Figure {
                text,
                start,
                end,
                kind: f.kind,
                value: f.value,
                value_min: f.value_min,
                value_max: f.value_max,
                unit: f.unit,
                actor: actor.map(|i| entities[i].canonical.to_string()),
                in_totals: f.in_totals,
                role,
                counterpart: counterpart.map(|i| entities[i].canonical.to_string()),
                restates: f.link.filter(|l| l.how == LinkKind::Restates).map(|l| l.of),
            });
        }
    }
    if english && names == Names::Identity {
        to_identity(&mut out, lexicon);
    }
    out
}

/// Known actors named by their English name go back to their identity, the canonical name.
fn to_identity(x: &mut Extraction, lexicon: &Lexicon) {
    let back = |name: &mut String| {
        if let Some(c) = lexicon.canonical_of_english(name) {
            *name = c.to_string();
        }
    };
    for e in &mut x.entities {
        back(&mut e.canonical);
    }
    for f in &mut x.figures {
        for name in [&mut f.actor, &mut f.counterpart].into_iter().flatten() {
            back(name);
        }
    }
}

#[cfg(test)]
mod chunk_tests {
    use super::*;

    #[test]
    fn long_texts_read_in_blocks_keep_their_offsets() {
        let para = "Orbitex a levé 300 millions d'euros auprès de Quantil.\n\nLe groupe Veltra investira 2 milliards de dollars au Texas.\n\n";
        let text = format!("Déjà : {}", para.repeat(20));
        let lexicon = Lexicon::builtin();
        let whole = extract(&text, &lexicon);
        let blocks = extract_in_chunks(
            &text,
            &lexicon,
            300,
            Names::Identity,
            &mut written::Written::default(),
        );
        let chars: Vec<char> = text.chars().collect();
        let slice = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
        assert_eq!(blocks.figures.len(), whole.figures.len());
        for (f, g) in blocks.figures.iter().zip(&whole.figures) {
            assert_eq!((f.start, f.end), (g.start, g.end));
            assert_eq!(f.text, slice(f.start, f.end));
        }
        for e in &blocks.entities {
            assert_eq!(e.text, slice(e.start, e.end));
        }
    }
}

#[cfg(test)]
mod names_tests {
    use super::*;

    #[test]
    fn the_app_gets_identities_and_the_contract_english_names() {
        let text = "The United States will spend $40 billion on new data centres, the White \
                    House said. The plan was announced in Washington on Monday.";
        let lexicon = Lexicon::builtin();
        let app = extract(text, &lexicon);
        let contract = extract_contract(text, &lexicon);
        let canon = |x: &Extraction| -> Vec<String> {
            x.entities.iter().map(|e| e.canonical.clone()).collect()
        };
        assert!(
            canon(&app).contains(&"États-Unis".to_string()),
            "{:?}",
            canon(&app)
        );
        assert!(canon(&contract).contains(&"United States".to_string()));
        assert!(!canon(&app).contains(&"United States".to_string()));
        // Everything else is the same.
        assert_eq!(app.entities.len(), contract.entities.len());
        assert_eq!(app.figures.len(), contract.figures.len());
        for (a, c) in app.figures.iter().zip(&contract.figures) {
            assert_eq!((a.start, a.end, a.value), (c.start, c.end, c.value));
            let named = |n: &Option<String>| {
                n.as_deref()
                    .map(|n| lexicon.canonical_of_english(n).unwrap_or(n).to_string())
            };
            assert_eq!(a.actor, named(&c.actor));
        }
    }

    #[test]
    fn a_name_inside_an_amount_is_its_currency() {
        let x = extract(
            "Investment pledges in Johor total RM160 billion, Khazanah said.",
            &Lexicon::builtin(),
        );
        let names: Vec<&str> = x.entities.iter().map(|e| e.text.as_str()).collect();
        assert!(!names.iter().any(|n| n.starts_with("RM")), "{names:?}");
        assert_eq!(x.figures.len(), 1);
    }

    #[test]
    fn a_currency_word_ending_an_amount_is_no_name() {
        let x = extract(
            "Le Sénégal investira 500 millions de francs CFA, a indiqué Sonatel.",
            &Lexicon::builtin(),
        );
        let names: Vec<&str> = x.entities.iter().map(|e| e.text.as_str()).collect();
        assert!(!names.contains(&"CFA"), "{names:?}");
        assert_eq!(x.figures.len(), 1);
    }
}
