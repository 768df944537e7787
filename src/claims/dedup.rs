//! Duplicate articles: the same text once whitespace and line endings are normalised, and near
//! duplicates (the same wire reprinted under another header or footer). Candidates come from
//! MinHash signatures over word shingles in an LSH index (`gaoya`); each is confirmed on the
//! shingles themselves, so a verdict never rests on the estimate alone.

use gaoya::minhash::{MinHashIndex, MinHasher, MinHasher32};
use std::collections::HashMap;

/// What an article duplicates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duplicate {
    /// The earlier article (index in the list given) that this one repeats. It is never itself a
    /// duplicate: chains resolve to the first article of the group.
    pub of: usize,
    /// True when the texts are the same after normalising whitespace; else a near duplicate.
    pub exact: bool,
    /// Share of shingles in common (Jaccard), 1.0 for an exact duplicate.
    pub similarity: f32,
}

/// Words per shingle.
const SHINGLE: usize = 5;
/// Two texts are near duplicates when their shingle sets overlap this much (Jaccard)…
const SAME_TEXT: f32 = 0.8;
/// …or when the smaller is contained this much in the larger and is at least half its size
/// (a wire story with a longer header and footer).
const CONTAINED: f32 = 0.9;
const MIN_SIZE_RATIO: f32 = 0.5;
/// LSH: 20 bands of 4 rows finds pairs from a Jaccard of about 0.45 up, which covers both tests.
const BANDS: usize = 20;
const ROWS: usize = 4;

/// One shingle in this many (by hash) goes into a long text's signature: the same Jaccard,
/// estimated at a fraction of the cost.
const SAMPLE: u64 = 8;
/// Texts with fewer shingles than this are compared on all of them (a sample would be too
/// small)…
const SHORT_BELOW: usize = 400;
/// …and texts with at least this many on the sample. In between, both: a near-duplicate pair
/// (sizes within a factor of two) always shares one of the two indexes.
const LONG_FROM: usize = 64;

/// One article's fingerprints.
struct Prints {
    /// Hash of the words joined by one space: equal for texts equal up to whitespace.
    exact: u64,
    /// Sorted, distinct hashes of its lower-cased word shingles.
    shingles: Vec<u64>,
}

/// FNV-1a over a word's lower-cased chars (no allocation), and over its raw bytes for the
/// exact print.
fn word_hashes(w: &str) -> (u64, u64) {
    const PRIME: u64 = 0x100_0000_01b3;
    let (mut folded, mut raw) = (0xcbf2_9ce4_8422_2325_u64, 0xcbf2_9ce4_8422_2325_u64);
    for b in w.bytes() {
        raw = (raw ^ u64::from(b)).wrapping_mul(PRIME);
    }
    for c in w.chars().flat_map(char::to_lowercase) {
        folded = (folded ^ u64::from(c)).wrapping_mul(PRIME);
    }
    (folded, raw)
}

/// A shingle's hash from its words' hashes (order matters).
fn shingle_hash(words: &[u64]) -> u64 {
    words.iter().fold(0x9e37_79b9_7f4a_7c15_u64, |h, &w| {
        (h.rotate_left(23) ^ w).wrapping_mul(0xff51_afd7_ed55_8ccd)
    })
}

fn prints(text: &str) -> Prints {
    let mut exact = 0_u64;
    let mut words: Vec<u64> = Vec::new();
    for w in text.split_whitespace() {
        let (folded, raw) = word_hashes(w);
        exact = (exact.rotate_left(23) ^ raw).wrapping_mul(0xff51_afd7_ed55_8ccd);
        words.push(folded);
    }
    let mut shingles: Vec<u64> = words.windows(SHINGLE).map(shingle_hash).collect();
    shingles.sort_unstable();
    shingles.dedup();
    Prints { exact, shingles }
}

/// Number of values two sorted, distinct lists share.
fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The Jaccard similarity of two shingle sets, if they are near duplicates.
fn near(a: &[u64], b: &[u64]) -> Option<f32> {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return None;
    }
    let n = common(a, b) as f32;
    let jaccard = n / ((a.len() + b.len()) as f32 - n).max(1.0);
    let contained = n / small.len() as f32;
    let ratio = small.len() as f32 / large.len() as f32;
    (jaccard >= SAME_TEXT || (contained >= CONTAINED && ratio >= MIN_SIZE_RATIO)).then_some(jaccard)
}

/// For each text, the earlier text it duplicates, if any.
pub fn find(texts: &[&str]) -> Vec<Option<Duplicate>> {
    let prints: Vec<Prints> = texts.iter().map(|t| prints(t)).collect();
    let mut out: Vec<Option<Duplicate>> = vec![None; texts.len()];
    let mut first_with: HashMap<u64, usize> = HashMap::new();
    let hasher = MinHasher32::new(BANDS * ROWS);
    let mut all: MinHashIndex<u32, usize> = MinHashIndex::new(BANDS, ROWS, 0.3);
    let mut sampled: MinHashIndex<u32, usize> = MinHashIndex::new(BANDS, ROWS, 0.3);
    for (i, p) in prints.iter().enumerate() {
        // The same print is confirmed on the words themselves (a hash is not a verdict).
        if let Some(&first) = first_with.get(&p.exact)
            && texts[i]
                .split_whitespace()
                .eq(texts[first].split_whitespace())
        {
            out[i] = Some(Duplicate {
                of: out[first].map_or(first, |d| d.of),
                exact: true,
                similarity: 1.0,
            });
            continue;
        }
        first_with.entry(p.exact).or_insert(i);
        let n = p.shingles.len();
        let sigs = [
            (n > 0 && n < SHORT_BELOW).then(|| hasher.create_signature(p.shingles.iter())),
            (n >= LONG_FROM)
                .then(|| hasher.create_signature(p.shingles.iter().filter(|h| *h % SAMPLE == 0))),
        ];
        // The earliest original it repeats (candidates are originals: duplicates are never
        // indexed, so a chain always ends on the first article of its group).
        let mut best: Option<(usize, f32)> = None;
        for (index, sig) in [&all, &sampled].into_iter().zip(&sigs) {
            let Some(sig) = sig else { continue };
            for (j, _) in index.query_owned_return_similarity(sig) {
                if best.is_none_or(|(b, _)| j < b)
                    && let Some(sim) = near(&p.shingles, &prints[j].shingles)
                {
                    best = Some((j, sim));
                }
            }
        }
        if let Some((of, similarity)) = best {
            out[i] = Some(Duplicate {
                of,
                exact: false,
                similarity,
            });
            continue;
        }
        let [short, long] = sigs;
        if let Some(sig) = short {
            all.insert(i, sig);
        }
        if let Some(sig) = long {
            sampled.insert(i, sig);
        }
    }
    out
}
