//! Agreement between two coders who tagged the same corpus, each in their own project: per
//! theme, the characters each coded, the share of characters on which they agree, and Cohen's
//! kappa over characters — how QualCoder and MAXQDA report intercoder agreement.
//!
//! Articles are matched by their text (the content hash), themes by their place in the
//! codebook ("Parent ▸ Name", case-insensitive). A character of a matched article is one
//! decision per theme: coded or not, by each coder.

use crate::project::{ArticleId, Book, Project};
use std::collections::{BTreeMap, HashMap};

/// One theme's agreement.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeAgreement {
    /// "Parent ▸ Name" as the first project writes it (else the second).
    pub theme: String,
    /// Characters coded by the first coder, by the second, by both.
    pub a: u64,
    pub b: u64,
    pub both: u64,
    /// Characters of the matched articles.
    pub total: u64,
}

impl ThemeAgreement {
    /// The share of characters both coders treated alike (coded by both, or by neither).
    pub fn agreement(&self) -> f64 {
        if self.total == 0 {
            return 1.0;
        }
        let neither = (self.total + self.both).saturating_sub(self.a + self.b);
        (self.both + neither) as f64 / self.total as f64
    }

    /// Cohen's kappa over characters; none when chance alone explains every character (both
    /// coders coded everything or nothing).
    pub fn kappa(&self) -> Option<f64> {
        if self.total == 0 {
            return None;
        }
        let n = self.total as f64;
        let (pa, pb) = (self.a as f64 / n, self.b as f64 / n);
        let chance = pa * pb + (1.0 - pa) * (1.0 - pb);
        if (1.0 - chance).abs() < 1e-12 {
            return None;
        }
        Some((self.agreement() - chance) / (1.0 - chance))
    }
}

/// The agreement of two projects of one corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// Articles found in both projects (by their text).
    pub articles: usize,
    /// Articles of either project that the other does not have (left out of the counts).
    pub unmatched: usize,
    /// One row per theme of either codebook, in "Parent ▸ Name" order.
    pub themes: Vec<ThemeAgreement>,
}

/// Chars `[start, end)` coded, per (article text hash, theme key).
type Coded = HashMap<(String, String), Vec<(usize, usize)>>;

/// Compares the coding of `a` and `b`; `len` gives an article's length in chars (its text as
/// decoded), or none when it cannot be read (the article is then left out).
pub fn compare(
    a: &Project,
    b: &Project,
    len: &dyn Fn(&Project, ArticleId) -> Option<usize>,
) -> Agreement {
    let hashes = |p: &Project| -> HashMap<String, ArticleId> {
        p.book()
            .corpus
            .iter()
            .map(|x| (x.hash.clone(), x.id))
            .collect()
    };
    let (ha, hb) = (hashes(a), hashes(b));
    let mut total = 0u64;
    let mut articles = 0;
    for (hash, &id) in &ha {
        if hb.contains_key(hash)
            && let Some(n) = len(a, id)
        {
            total += n as u64;
            articles += 1;
        }
    }
    let unmatched = ha.len() + hb.len() - 2 * articles;
    let (ca, names_a) = coded(a.book(), &hb);
    let (cb, names_b) = coded(b.book(), &ha);
    // Every theme of either codebook, named as the first project names it.
    let mut names: BTreeMap<String, String> = names_b;
    names.extend(names_a);
    let mut themes: Vec<ThemeAgreement> = names
        .into_values()
        .map(|theme| ThemeAgreement {
            theme,
            a: 0,
            b: 0,
            both: 0,
            total,
        })
        .collect();
    let index: HashMap<String, usize> = themes
        .iter()
        .enumerate()
        .map(|(i, t)| (key_of_name(&t.theme), i))
        .collect();
    for ((hash, theme), ra) in &ca {
        let Some(&i) = index.get(theme) else { continue };
        themes[i].a += length(ra);
        if let Some(rb) = cb.get(&(hash.clone(), theme.clone())) {
            themes[i].both += overlap(ra, rb);
        }
    }
    for ((_, theme), rb) in &cb {
        if let Some(&i) = index.get(theme) {
            themes[i].b += length(rb);
        }
    }
    Agreement {
        articles,
        unmatched,
        themes,
    }
}

fn key_of_name(name: &str) -> String {
    name.to_lowercase()
}

/// A project's coded ranges on the articles the other project also has (by text hash), merged
/// per theme; and each theme's key → display name.
fn coded(book: &Book, other: &HashMap<String, ArticleId>) -> (Coded, BTreeMap<String, String>) {
    let name = |id| {
        let t = book.theme(id)?;
        Some(match t.parent.and_then(|p| book.theme(p)) {
            Some(p) => format!("{} ▸ {}", p.name.trim(), t.name.trim()),
            None => t.name.trim().to_string(),
        })
    };
    let mut names = BTreeMap::new();
    for t in &book.themes {
        if let Some(n) = name(t.id) {
            names.insert(key_of_name(&n), n);
        }
    }
    let mut coded: Coded = HashMap::new();
    for tag in book.tags.iter().filter(|t| !t.orphan && t.start < t.end) {
        let (Some(article), Some(theme)) = (book.article(tag.article), name(tag.theme)) else {
            continue;
        };
        if !other.contains_key(&article.hash) {
            continue;
        }
        coded
            .entry((article.hash.clone(), key_of_name(&theme)))
            .or_default()
            .push((tag.start, tag.end));
    }
    for ranges in coded.values_mut() {
        merge(ranges);
    }
    (coded, names)
}

/// Sorts and merges overlapping or touching ranges.
fn merge(ranges: &mut Vec<(usize, usize)>) {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for &(s, e) in ranges.iter() {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    *ranges = out;
}

fn length(ranges: &[(usize, usize)]) -> u64 {
    ranges.iter().map(|(s, e)| (e - s) as u64).sum()
}

/// Characters inside both sets of merged, sorted ranges.
fn overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> u64 {
    let (mut i, mut j, mut n) = (0, 0, 0u64);
    while i < a.len() && j < b.len() {
        let (s, e) = (a[i].0.max(b[j].0), a[i].1.min(b[j].1));
        if s < e {
            n += (e - s) as u64;
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(a: u64, b: u64, both: u64, total: u64) -> ThemeAgreement {
        ThemeAgreement {
            theme: "t".into(),
            a,
            b,
            both,
            total,
        }
    }

    #[test]
    fn kappa_matches_the_textbook_example() {
        // 50 units: both yes 20, only A 5, only B 10, both no 15 → po 0.7, pe 0.5, κ 0.4.
        let r = row(25, 30, 20, 50);
        assert!((r.agreement() - 0.7).abs() < 1e-9);
        assert!((r.kappa().unwrap() - 0.4).abs() < 1e-9);
        assert_eq!(row(10, 10, 10, 10).kappa(), None);
        assert!((row(4, 4, 4, 10).kappa().unwrap() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn ranges_merge_and_overlap() {
        let mut a = vec![(5, 9), (0, 3), (2, 4)];
        merge(&mut a);
        assert_eq!(a, [(0, 4), (5, 9)]);
        assert_eq!(overlap(&a, &[(3, 6), (8, 20)]), 1 + 1 + 1);
    }
}
