//! Anchored pattern lookup for the lexicon matcher: the longest pattern that starts exactly at a
//! given byte of the text, found through the pattern's first bytes instead of an automaton.
//!
//! Patterns of four bytes or more are grouped by their first four bytes (longest first inside a
//! group); shorter ones are looked up whole. A hashed bit set of the four-byte keys and a pair set
//! of the short patterns' first two bytes reject almost every place in ~10 instructions.

/// Bits in the prefilter over four-byte keys (8 KB).
const QUAD_BITS: u32 = 16;

/// Key of a pattern's group: its first four bytes, or all of a shorter pattern with its length.
fn key_of(p: &[u8]) -> u64 {
    let n = p.len().min(4);
    let (k, _) = head(&p[..n]);
    k | (n as u64) << 32
}

/// The index of a set of byte patterns, answering "longest pattern starting here".
#[derive(Debug, Clone, Default)]
pub struct LexIndex {
    /// Number of patterns indexed.
    len: usize,
    /// Every pattern's bytes, one after the other.
    bytes: Vec<u8>,
    /// Hashed bit set of the first four bytes of every pattern of four bytes or more.
    quads: Vec<u64>,
    /// First two bytes of every shorter pattern (a one-byte pattern sets every pair it starts).
    pairs: Vec<u64>,
    /// First two bytes of every pattern, whatever its length (a one-byte pattern sets every pair
    /// it starts): the first, cheapest rejection of a place.
    starts: Vec<u64>,
    /// Open-addressing table: group key and its range in `entries` (empty range = free slot).
    slots: Vec<(u64, u32, u32)>,
    /// The patterns, grouped by key, longest first inside a group (one cache line or two per
    /// group).
    entries: Vec<Entry>,
    /// True when some pattern is shorter than four bytes.
    has_short: bool,
}

/// One pattern in [`LexIndex::entries`].
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    /// Its first eight bytes (zero-padded) and the mask of those it has: most candidates of a
    /// group are rejected by one compare.
    head: u64,
    mask: u64,
    /// Its last eight bytes, when it has more than eight: with the head, they settle a pattern
    /// of up to sixteen bytes, and they tell apart most patterns of a group that share a long
    /// start ("ministère de l'…", "ministère des …").
    tail: u64,
    /// Its index, and its bytes in [`LexIndex::bytes`].
    index: u32,
    start: u32,
    len: u32,
}

impl LexIndex {
    /// Indexes `patterns` (the caller has removed duplicates; an empty one never matches).
    pub fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>) -> LexIndex {
        let patterns: Vec<&[u8]> = patterns.collect();
        let mut ix = LexIndex {
            len: patterns.len(),
            quads: vec![0; 1 << (QUAD_BITS - 6)],
            pairs: vec![0; 1 << 10],
            starts: vec![0; 1 << 10],
            ..LexIndex::default()
        };
        let mut by_key: Vec<(u64, usize, u32, u32)> = Vec::with_capacity(patterns.len());
        for (i, p) in patterns.iter().enumerate() {
            match **p {
                [a] => (0..=255u8).for_each(|b| set_bit(&mut ix.starts, pair_bit(a, b))),
                [a, b, ..] => set_bit(&mut ix.starts, pair_bit(a, b)),
                [] => {}
            }
            match **p {
                [a, b, c, d, ..] => set_bit(&mut ix.quads, quad_bit(a, b, c, d)),
                [a] => (0..=255u8).for_each(|b| set_bit(&mut ix.pairs, pair_bit(a, b))),
                [a, b, ..] => set_bit(&mut ix.pairs, pair_bit(a, b)),
                [] => continue,
            }
            ix.has_short |= p.len() < 4;
            let (Ok(index), Ok(start)) = (u32::try_from(i), u32::try_from(ix.bytes.len())) else {
                break;
            };
            by_key.push((key_of(p), usize::MAX - p.len(), index, start));
            ix.bytes.extend_from_slice(p);
        }
        by_key.sort_unstable();
        let groups = by_key.chunk_by(|a, b| a.0 == b.0).count();
        let cap = (groups * 2).next_power_of_two().max(16);
        ix.slots = vec![(0, 0, 0); cap];
        for g in by_key.chunk_by(|a, b| a.0 == b.0) {
            let key = g[0].0;
            let start = ix.entries.len() as u32;
            ix.entries.extend(g.iter().map(|&(_, _, index, at)| {
                let p = &patterns[index as usize];
                let (head, mask) = head(p);
                Entry {
                    head,
                    mask,
                    tail: tail(p),
                    index,
                    start: at,
                    len: p.len() as u32,
                }
            }));
            let end = ix.entries.len() as u32;
            let mut h = slot_of(key, cap);
            while ix.slots[h].2 != 0 {
                h = (h + 1) & (cap - 1);
            }
            ix.slots[h] = (key, start, end);
        }
        ix
    }

    /// Whether no pattern was indexed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether some pattern may start with the two bytes `first_two` (little-endian: the first
    /// in the low half; a zero second byte past the text's end). One table probe: a `false` is
    /// certain, a `true` is to be confirmed by [`LexIndex::longest_at`].
    #[inline]
    pub fn may_start_with(&self, first_two: u16) -> bool {
        has_bit(&self.starts, usize::from(first_two))
    }

    /// The longest pattern that `b[pos..]` starts with: its index and length.
    #[inline]
    pub fn longest_at(&self, b: &[u8], pos: usize) -> Option<(usize, usize)> {
        let rest = b.get(pos..)?;
        let quad = match *rest {
            // Patterns start on a char: never inside one.
            [a, ..] if a & 0xC0 == 0x80 => return None,
            [a, b2, c, d, ..] => has_bit(&self.quads, quad_bit(a, b2, c, d)),
            _ => false,
        };
        let short = self.has_short
            && match *rest {
                [a, b2, ..] => has_bit(&self.pairs, pair_bit(a, b2)),
                [_] => true,
                [] => false,
            };
        if quad && let Some(hit) = self.group_match(key_of(rest), rest) {
            return Some(hit);
        }
        if short {
            for n in (1..=3.min(rest.len())).rev() {
                if let Some(hit) = self.group_match(key_of(&rest[..n]), rest) {
                    return Some(hit);
                }
            }
        }
        None
    }

    /// The first (longest) pattern of group `key` that `rest` starts with.
    fn group_match(&self, key: u64, rest: &[u8]) -> Option<(usize, usize)> {
        let cap = self.slots.len();
        if cap == 0 {
            return None;
        }
        let mut h = slot_of(key, cap);
        loop {
            let &(k, s, e) = self.slots.get(h)?;
            if e == 0 {
                return None;
            }
            if k == key {
                let group = self.entries.get(s as usize..e as usize)?;
                let (r8, _) = head(rest);
                return group.iter().find_map(|en| {
                    let n = en.len as usize;
                    if r8 & en.mask != en.head || n > rest.len() {
                        return None;
                    }
                    if n <= 8 {
                        return Some((en.index as usize, n));
                    }
                    if tail(&rest[..n]) != en.tail {
                        return None;
                    }
                    let p = self.bytes.get(en.start as usize..en.start as usize + n)?;
                    (n <= 16 || rest.starts_with(p)).then_some((en.index as usize, n))
                });
            }
            h = (h + 1) & (cap - 1);
        }
    }
}

/// The first eight bytes of `p` (zero-padded, little-endian) and the mask of those present.
#[inline]
fn head(p: &[u8]) -> (u64, u64) {
    let n = p.len().min(8);
    // One load when eight bytes are there; else byte by byte (no memcpy call).
    let k = match p.first_chunk::<8>() {
        Some(k) => u64::from_le_bytes(*k),
        None => p
            .iter()
            .enumerate()
            .fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i)),
    };
    let mask = if n == 8 {
        u64::MAX
    } else {
        (1u64 << (n * 8)) - 1
    };
    (k, mask)
}

/// The last eight bytes of `p` (little-endian), or 0 when it has fewer.
#[inline]
fn tail(p: &[u8]) -> u64 {
    p.last_chunk::<8>().map_or(0, |k| u64::from_le_bytes(*k))
}

#[inline]
fn slot_of(key: u64, cap: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (cap - 1)
}

#[inline]
fn quad_bit(a: u8, b: u8, c: u8, d: u8) -> usize {
    let k = u32::from_le_bytes([a, b, c, d]).wrapping_mul(0x9E37_79B1);
    (k >> (32 - QUAD_BITS)) as usize
}

/// The bit of a pair of first bytes: the two bytes read as a little-endian `u16`, as the matcher
/// reads them from its 16-byte loads.
#[inline]
fn pair_bit(a: u8, b: u8) -> usize {
    usize::from(u16::from_le_bytes([a, b]))
}

fn set_bit(bits: &mut [u64], k: usize) {
    if let Some(x) = bits.get_mut(k >> 6) {
        *x |= 1 << (k & 63);
    }
}

#[inline]
fn has_bit(bits: &[u64], k: usize) -> bool {
    bits.get(k >> 6).is_some_and(|x| x & (1 << (k & 63)) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_pattern_at_a_place() {
        let pats = ["Meta", "Meta AI", "X", "UE", "Métaux", "o1", "o1-mini"];
        let ix = LexIndex::new(pats.iter().map(|p| p.as_bytes()));
        let at = |t: &str, pos| ix.longest_at(t.as_bytes(), pos).map(|(i, n)| (pats[i], n));
        assert_eq!(at("Meta AI lab", 0), Some(("Meta AI", 7)));
        assert_eq!(at("Meta A", 0), Some(("Meta", 4)));
        assert_eq!(at("Met", 0), None);
        assert_eq!(at("aX", 1), Some(("X", 1)));
        assert_eq!(at("UEFA", 0), Some(("UE", 2)));
        assert_eq!(at("o1-mini", 0), Some(("o1-mini", 7)));
        assert_eq!(at("o1-max", 0), Some(("o1", 2)));
        let long = [
            "ministère de l'Économie",
            "ministère de l'Économie et des Finances",
            "ministère des Armées",
            "ministère",
        ];
        let ix_long = LexIndex::new(long.iter().map(|p| p.as_bytes()));
        let at_long = |t: &str| {
            ix_long
                .longest_at(t.as_bytes(), 0)
                .map(|(i, n)| (long[i], n))
        };
        assert_eq!(
            at_long("ministère des Armées."),
            Some(("ministère des Armées", 22))
        );
        assert_eq!(at_long("ministère des Armes"), Some(("ministère", 10)));
        assert_eq!(
            at_long("ministère de l'Économie et des Finances"),
            Some((long[1], 41))
        );
        assert_eq!(
            at_long("ministère de l'Économie et des Fi"),
            Some((long[0], 25))
        );
        assert_eq!(at_long("ministère de l'Éxonomie"), Some(("ministère", 10)));
        assert_eq!(at("Métaux", 1), None, "inside a char");
        assert_eq!(at("", 0), None);
        assert_eq!(at("X", 5), None);
    }
}
