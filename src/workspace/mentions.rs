//! Where each actor is mentioned across the corpus: counts per canonical name (for tooltips)
//! and the list of mentions with a readable context (for the mentions panel).

use crate::extract::EntityKind;
use crate::text::sentences;
use crate::workspace::Article;
use std::collections::HashMap;
use std::ops::Range;

/// One mention: an entity of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub article: usize,
    /// Index into that article's `extraction.entities`.
    pub entity: usize,
}

/// Mentions of every canonical name over the loaded articles.
#[derive(Debug, Clone, Default)]
pub struct MentionIndex {
    by_name: HashMap<String, Vec<Mention>>,
}

impl MentionIndex {
    pub fn new(docs: &[Article]) -> MentionIndex {
        let mut by_name: HashMap<String, Vec<Mention>> = HashMap::new();
        for (article, d) in docs.iter().enumerate() {
            for (entity, e) in d.extraction.entities.iter().enumerate() {
                by_name
                    .entry(e.canonical.clone())
                    .or_default()
                    .push(Mention { article, entity });
            }
        }
        MentionIndex { by_name }
    }

    /// Number of mentions of `canonical` in the corpus.
    pub fn count(&self, canonical: &str) -> usize {
        self.by_name.get(canonical).map_or(0, Vec::len)
    }

    /// Every canonical name mentioned in the corpus, with its number of mentions.
    pub fn names(&self) -> impl Iterator<Item = (&str, usize)> {
        self.by_name.iter().map(|(n, m)| (n.as_str(), m.len()))
    }

    /// The mentions of `canonical`, in reading order.
    pub fn of(&self, canonical: &str) -> &[Mention] {
        self.by_name.get(canonical).map_or(&[], Vec::as_slice)
    }
}

/// Longest context shown around a mention, in chars, when its sentence is longer.
const CONTEXT_CHARS: usize = 80;

/// A mention's context: the text and the char range of the mention inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub mention: Range<usize>,
}

/// The sentence around the article chars `range` of `doc`, or about [`CONTEXT_CHARS`] chars
/// either side when the sentence is long; ellipses mark the cuts.
pub fn snippet(doc: &Article, range: Range<usize>) -> Snippet {
    let text = &doc.doc.text;
    let ix = &doc.chars;
    let (bs, be) = (
        ix.byte_offset(text, range.start),
        ix.byte_offset(text, range.end),
    );
    let (bs, be) = (bs.min(be), be);
    let pi = doc.paragraphs.partition_point(|p| p.bytes.end <= bs);
    let par = doc.paragraphs.get(pi).map_or(bs..be, |p| p.bytes.clone());
    let body = text.get(par.clone()).unwrap_or_default();
    let re = be.saturating_sub(par.start).min(body.len());
    let rs = bs.saturating_sub(par.start).min(re);
    let sentence = sentences(body)
        .into_iter()
        .find(|s| s.start <= rs && rs < s.end)
        .unwrap_or(0..body.len());
    let (mut s, mut e) = (sentence.start.min(rs), sentence.end.max(re).min(body.len()));
    let long = body[s..e].chars().count() > 2 * CONTEXT_CHARS + (re - rs);
    let (mut pre, mut post) = ("", "");
    if long {
        let before = body[s..rs].char_indices().rev().nth(CONTEXT_CHARS - 1);
        if let Some((b, _)) = before {
            s += b;
            pre = "…";
        }
        if let Some((b, _)) = body[re..e].char_indices().nth(CONTEXT_CHARS) {
            e = re + b;
            post = "…";
        }
    }
    let lead = &body[s..rs];
    let mention = body.get(rs..re).unwrap_or_default();
    let start = pre.chars().count() + lead.chars().count();
    Snippet {
        text: format!("{pre}{lead}{mention}{}{post}", &body[re..e]),
        mention: start..start + mention.chars().count(),
    }
}

/// Most mentions listed (the panel says how many more there are).
const MAX_LISTED: usize = 500;

/// One listed mention, its context computed once when the panel opens.
#[derive(Debug, Clone)]
pub struct MentionItem {
    pub article: usize,
    /// Char range of the mention in the article.
    pub range: Range<usize>,
    pub kind: EntityKind,
    pub snippet: Snippet,
}

/// The open panel: whose mentions, and the list.
#[derive(Debug, Clone)]
pub struct MentionsPanel {
    pub name: String,
    pub items: Vec<MentionItem>,
    pub total: usize,
}

impl MentionsPanel {
    /// Lists the mentions of `name` (in reading order) with their contexts.
    pub fn new(name: String, index: &MentionIndex, docs: &[Article]) -> MentionsPanel {
        let all = index.of(&name);
        let items = all
            .iter()
            .take(MAX_LISTED)
            .filter_map(|m| {
                let e = docs.get(m.article)?.extraction.entities.get(m.entity)?;
                let doc = docs.get(m.article)?;
                Some(MentionItem {
                    article: m.article,
                    range: e.start..e.end,
                    kind: e.kind,
                    snippet: snippet(doc, e.start..e.end),
                })
            })
            .collect();
        MentionsPanel {
            total: all.len(),
            name,
            items,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;
    use crate::extract::{Entity, EntityKind, Extraction};

    fn loaded(text: &str, names: &[(&str, &str)]) -> Article {
        let entities = names
            .iter()
            .map(|(surface, canonical)| {
                let b = text.find(surface).expect("surface in text");
                let start = text[..b].chars().count();
                Entity {
                    text: (*surface).into(),
                    start,
                    end: start + surface.chars().count(),
                    canonical: (*canonical).into(),
                    kind: EntityKind::Company,
                }
            })
            .collect();
        let doc = Document {
            path: "a.txt".into(),
            text: text.into(),
            title: None,
            date: None,
        };
        Article::with_extraction(
            doc,
            Extraction {
                entities,
                figures: vec![],
            },
        )
    }

    #[test]
    fn counts_mentions_across_articles() {
        let docs = [
            loaded(
                "Mistral et Nvidia.",
                &[("Mistral", "Mistral AI"), ("Nvidia", "Nvidia")],
            ),
            loaded("Encore Mistral.", &[("Mistral", "Mistral AI")]),
        ];
        let ix = MentionIndex::new(&docs);
        assert_eq!(ix.count("Mistral AI"), 2);
        assert_eq!(ix.count("Nvidia"), 1);
        assert_eq!(ix.count("OpenAI"), 0);
        let at: Vec<usize> = ix.of("Mistral AI").iter().map(|m| m.article).collect();
        assert_eq!(at, [0, 1]);
    }

    #[test]
    fn snippet_is_the_sentence_with_the_mention_marked() {
        let d = loaded(
            "Titre.\n\nLe début. Ensuite l'Élysée annonce un plan. Fin ici.",
            &[("Élysée", "Élysée")],
        );
        let e = &d.extraction.entities[0];
        let s = snippet(&d, e.start..e.end);
        assert_eq!(s.text, "Ensuite l'Élysée annonce un plan.");
        let m: String = s.text.chars().skip(s.mention.start).take(6).collect();
        assert_eq!(m, "Élysée");
    }

    #[test]
    fn long_sentences_are_cut_around_the_mention() {
        let long = format!("{} Nvidia {}", "mot ".repeat(100), "fin ".repeat(100));
        let d = loaded(&long, &[("Nvidia", "Nvidia")]);
        let e = &d.extraction.entities[0];
        let s = snippet(&d, e.start..e.end);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(s.text.chars().count() <= 2 * CONTEXT_CHARS + 8);
        let m: String = s.text.chars().skip(s.mention.start).take(6).collect();
        assert_eq!(m, "Nvidia");
    }
}
