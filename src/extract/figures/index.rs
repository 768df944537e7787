//! First-byte (or last-byte) indexes over the figure stage's static word tables, so that a
//! table lookup tries only the entries that can match the byte at hand, in table order.

/// For each key byte, the positions (in table order) of the entries with that key.
pub struct ByteIndex {
    /// `starts[b]..starts[b + 1]` are the positions in `items` of key `b`.
    starts: [u16; 257],
    items: Vec<u16>,
}

impl ByteIndex {
    /// Indexes a table by one key byte per entry (entries without a key are never returned).
    pub fn new(keys: impl Iterator<Item = Option<u8>>) -> ByteIndex {
        let keys: Vec<Option<u8>> = keys.collect();
        let mut counts = [0u16; 257];
        for k in keys.iter().flatten() {
            counts[usize::from(*k) + 1] += 1;
        }
        for b in 1..257 {
            counts[b] += counts[b - 1];
        }
        let starts = counts;
        let mut fill = counts;
        let mut items = vec![0u16; usize::from(starts[256])];
        for (pos, k) in keys.iter().enumerate() {
            if let Some(k) = *k {
                let slot = &mut fill[usize::from(k)];
                items[usize::from(*slot)] = pos as u16;
                *slot += 1;
            }
        }
        ByteIndex { starts, items }
    }

    /// Indexes words by their first byte, ASCII-lower-cased.
    pub fn first_ci<'a>(words: impl Iterator<Item = &'a str>) -> ByteIndex {
        ByteIndex::new(words.map(|w| w.as_bytes().first().map(u8::to_ascii_lowercase)))
    }

    /// Indexes words by their first byte, exactly.
    pub fn first_cs<'a>(words: impl Iterator<Item = &'a str>) -> ByteIndex {
        ByteIndex::new(words.map(|w| w.as_bytes().first().copied()))
    }

    /// Indexes words by their last byte, ASCII-lower-cased.
    pub fn last_ci<'a>(words: impl Iterator<Item = &'a str>) -> ByteIndex {
        ByteIndex::new(words.map(|w| w.as_bytes().last().map(u8::to_ascii_lowercase)))
    }

    /// Positions of the entries keyed `b`, in table order.
    #[inline]
    pub fn get(&self, b: u8) -> impl Iterator<Item = usize> + '_ {
        let (a, e) = (self.starts[usize::from(b)], self.starts[usize::from(b) + 1]);
        self.items[usize::from(a)..usize::from(e)]
            .iter()
            .map(|&p| usize::from(p))
    }

    /// Positions of the entries whose ASCII-lower-cased first byte is that of `s[i]`.
    #[inline]
    pub fn at_ci(&self, s: &str, i: usize) -> impl Iterator<Item = usize> + '_ {
        let b = s.as_bytes().get(i).map(u8::to_ascii_lowercase);
        let r = match b {
            Some(b) => {
                usize::from(self.starts[usize::from(b)])
                    ..usize::from(self.starts[usize::from(b) + 1])
            }
            None => 0..0,
        };
        self.items[r].iter().map(|&p| usize::from(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_come_back_in_table_order_by_key() {
        let words = ["Beta", "alpha", "bravo", "", "ALPHA2"];
        let ix = ByteIndex::first_ci(words.iter().copied());
        assert_eq!(ix.get(b'a').collect::<Vec<_>>(), vec![1, 4]);
        assert_eq!(ix.get(b'b').collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(ix.get(b'B').count(), 0);
        assert_eq!(ix.at_ci("xBx", 1).collect::<Vec<_>>(), vec![0, 2]);
        assert_eq!(ix.at_ci("x", 5).count(), 0);
        let cs = ByteIndex::first_cs(words.iter().copied());
        assert_eq!(cs.get(b'A').collect::<Vec<_>>(), vec![4]);
        let last = ByteIndex::last_ci(words.iter().copied());
        assert_eq!(last.get(b'a').collect::<Vec<_>>(), vec![0, 1]);
    }
}
