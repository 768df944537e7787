//! Editing the analyst's corrections to claims (split, merge, canonical mention), and finding
//! the corrections whose mentions are no longer in the corpus. The corrections themselves are
//! carried out where claims are built (`claims::decide`, through `chart::decisions`).

use super::correction::{Correction, SpanKey};
use super::ids::ArticleId;
use super::model::Book;
use crate::extract::Figure;

impl Book {
    /// These figure mentions are another fact: they leave their claim into one of their own.
    /// Nothing changes for an empty list or a split already made.
    pub fn split_claim(&mut self, mentions: Vec<SpanKey>) {
        let mentions = distinct(mentions);
        if mentions.is_empty() {
            return;
        }
        let c = Correction::SplitClaim { mentions };
        if self.corrections.last() != Some(&c) {
            self.corrections.push(c);
        }
    }

    /// The claims of these figure mentions are one fact. Give every mention of each claim
    /// merged, so that the merge holds while any of them is still found. Nothing changes with
    /// fewer than two mentions.
    pub fn merge_claims(&mut self, mentions: Vec<SpanKey>) {
        let mentions = distinct(mentions);
        if mentions.len() < 2 {
            return;
        }
        let c = Correction::MergeClaims { mentions };
        if self.corrections.last() != Some(&c) {
            self.corrections.push(c);
        }
    }

    /// Counts `at`'s claim from `at`. `claim` lists the claim's other mentions: an earlier
    /// pick among them is replaced, not piled up.
    pub fn set_claim_canonical(&mut self, at: SpanKey, claim: &[SpanKey]) {
        self.corrections.retain(|c| match c {
            Correction::ClaimCanonical { at: a } => *a != at && !claim.contains(a),
            _ => true,
        });
        self.corrections.push(Correction::ClaimCanonical { at });
    }
}

/// The keys in their first order, each once.
fn distinct(keys: Vec<SpanKey>) -> Vec<SpanKey> {
    let mut out: Vec<SpanKey> = Vec::with_capacity(keys.len());
    for k in keys {
        if !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// How many of the figure mentions a correction names are no longer found: its article is
/// gone (`figures_of` gives `None`) or no figure of it has the mention's text.
pub fn missing_mentions<'a>(
    c: &Correction,
    figures_of: impl Fn(ArticleId) -> Option<&'a [Figure]>,
) -> usize {
    c.figure_mentions()
        .iter()
        .filter(|k| {
            figures_of(k.article).is_none_or(|figs| {
                k.find(figs.iter().map(|f| (f.start, f.end, f.text.as_str())))
                    .is_none()
            })
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(article: u64, start: usize, text: &str) -> SpanKey {
        SpanKey {
            article: ArticleId(article),
            start,
            end: start + text.chars().count(),
            text: text.into(),
        }
    }

    #[test]
    fn a_canonical_pick_replaces_the_earlier_pick_of_its_claim_only() {
        let mut b = Book::new();
        let (a, x, y) = (key(1, 0, "500 bn"), key(2, 5, "$500bn"), key(3, 9, "1 GW"));
        b.set_claim_canonical(a.clone(), std::slice::from_ref(&x));
        b.set_claim_canonical(y.clone(), &[]);
        b.set_claim_canonical(x.clone(), std::slice::from_ref(&a));
        assert_eq!(
            b.corrections,
            vec![
                Correction::ClaimCanonical { at: y },
                Correction::ClaimCanonical { at: x }
            ]
        );
    }

    #[test]
    fn empty_splits_and_lone_merges_change_nothing() {
        let mut b = Book::new();
        b.split_claim(vec![]);
        b.merge_claims(vec![key(1, 0, "5"), key(1, 0, "5")]);
        assert!(b.corrections.is_empty());
        b.split_claim(vec![key(1, 0, "5"), key(1, 0, "5")]);
        b.split_claim(vec![key(1, 0, "5")]);
        assert_eq!(
            b.corrections,
            vec![Correction::SplitClaim {
                mentions: vec![key(1, 0, "5")]
            }]
        );
    }

    #[test]
    fn a_claim_correction_about_one_article_goes_with_it() {
        let mut b = Book::new();
        let id = b
            .add_article(
                crate::project::model::ArticleSource::Path("/a.txt".into()),
                "texte",
            )
            .expect("article");
        let other = ArticleId(id.0 + 100);
        let here = |s| SpanKey {
            article: id,
            ..key(0, s, "5")
        };
        b.split_claim(vec![here(0), here(4)]);
        b.merge_claims(vec![here(0), key(other.0, 0, "5")]);
        b.set_claim_canonical(here(4), &[]);
        b.remove_article(id).expect("removed");
        assert_eq!(b.corrections.len(), 1, "{:?}", b.corrections);
        assert!(matches!(b.corrections[0], Correction::MergeClaims { .. }));
    }

    #[test]
    fn mentions_no_longer_found_are_counted() {
        let fig = |start: usize, text: &str| Figure {
            text: text.into(),
            start,
            end: start + text.len(),
            kind: crate::extract::FigureKind::Money,
            value: 1.0,
            value_min: None,
            value_max: None,
            unit: "USD".into(),
            actor: None,
            in_totals: true,
            role: None,
            counterpart: None,
            restates: None,
        };
        let figs = vec![fig(10, "500 bn"), fig(40, "1 GW")];
        let of = |a: ArticleId| (a == ArticleId(1)).then_some(figs.as_slice());
        let c = Correction::MergeClaims {
            // Moved a little (text edited above it): still found.
            mentions: vec![key(1, 12, "500 bn"), key(1, 0, "2 GW"), key(7, 0, "1 GW")],
        };
        assert_eq!(missing_mentions(&c, of), 2);
        assert_eq!(
            missing_mentions(
                &Correction::RejectName {
                    canonical: "X".into()
                },
                of
            ),
            0
        );
    }
}
