//! A small map from borrowed strings to values, for the sets and tallies the resolver builds
//! once per text: open addressing over (hash, key, value), strings compared only when their
//! 64-bit hashes are equal, no allocation per key.

/// A map from `&'a str` to `V` (insert and look up only; no removal).
#[derive(Debug, Clone)]
pub struct StrMap<'a, V> {
    /// Slots: a key's hash (never 0: 0 marks a free slot), the key and its value.
    slots: Vec<(u64, &'a str, V)>,
    len: usize,
}

/// A set of borrowed strings.
pub type StrSet<'a> = StrMap<'a, ()>;

/// The hash of a key, never 0: whole words read at both ends (overlapping for short keys), so
/// a short key costs a few loads and one multiply instead of a byte loop.
#[inline]
fn hash_of(key: &str) -> u64 {
    let b = key.as_bytes();
    let n = b.len();
    let (mut x, y) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(f), Some(l)) => (u64::from_le_bytes(*f), u64::from_le_bytes(*l)),
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(f), Some(l)) => (
                u64::from(u32::from_le_bytes(*f)),
                u64::from(u32::from_le_bytes(*l)),
            ),
            // One to three bytes: the first, middle and last (zero for an empty key).
            _ => match (b.first(), b.get(n / 2), b.last()) {
                (Some(&f), Some(&m), Some(&l)) => {
                    (u64::from(f) | u64::from(m) << 8 | u64::from(l) << 16, 0)
                }
                _ => (0, 0),
            },
        },
    };
    // Keys longer than sixteen bytes: every eight-byte chunk but the last counts too.
    if n > 16 {
        for c in b[8..n - 8].chunks(8) {
            let w = c.iter().rev().fold(0u64, |w, &v| w << 8 | u64::from(v));
            x = fold_mul(x ^ w, 0x9E37_79B9_7F4A_7C15);
        }
    }
    fold_mul(
        x ^ 0x243F_6A88_85A3_08D3,
        y ^ 0x1319_8A2E_0370_7344 ^ n as u64,
    ) | 1
}

/// The high and low halves of a full 64 × 64-bit product, folded together.
#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    r as u64 ^ (r >> 64) as u64
}

impl<'a, V: Copy + Default> StrMap<'a, V> {
    /// An empty map with room for `n` keys before it grows.
    pub fn with_capacity(n: usize) -> Self {
        StrMap {
            slots: vec![(0, "", V::default()); (n * 2).next_power_of_two().max(16)],
            len: 0,
        }
    }

    /// The slot of `key`: where it is, or the free slot where it would go.
    #[inline]
    fn find(&self, h: u64, key: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (h >> 8) as usize & mask;
        loop {
            match self.slots.get(i) {
                Some(&(sh, k, _)) if sh == h && k == key => return i,
                Some(&(0, _, _)) | None => return i,
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The value of `key`, if present.
    #[inline]
    pub fn get(&self, key: &str) -> Option<V> {
        let h = hash_of(key);
        self.slots
            .get(self.find(h, key))
            .filter(|s| s.0 != 0)
            .map(|s| s.2)
    }

    /// Whether `key` is present.
    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The value of `key`, inserting `make()` first if it is absent.
    pub fn get_or_insert_with(&mut self, key: &'a str, make: impl FnOnce() -> V) -> V {
        let h = hash_of(key);
        let i = self.find(h, key);
        if let Some(s) = self.slots.get(i).filter(|s| s.0 != 0) {
            return s.2;
        }
        let v = make();
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
            let i = self.find(h, key);
            self.slots[i] = (h, key, v);
        } else {
            self.slots[i] = (h, key, v);
        }
        self.len += 1;
        v
    }

    /// Inserts `key` with `v` unless present (the first value stays).
    #[inline]
    pub fn insert_first(&mut self, key: &'a str, v: V) {
        self.get_or_insert_with(key, || v);
    }

    /// Doubles the slots, re-placing every key.
    fn grow(&mut self) {
        let bigger = vec![(0, "", V::default()); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, bigger);
        for (h, k, v) in old.into_iter().filter(|s| s.0 != 0) {
            let i = self.find(h, k);
            self.slots[i] = (h, k, v);
        }
    }
}

impl<'a> StrSet<'a> {
    /// Adds `key` (once).
    #[inline]
    pub fn insert(&mut self, key: &'a str) {
        self.insert_first(key, ());
    }
}

impl<'a> FromIterator<&'a str> for StrSet<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        let iter = iter.into_iter();
        let mut set = StrSet::with_capacity(iter.size_hint().0);
        for k in iter {
            set.insert(k);
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_like_a_hash_map() {
        let words: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        // Starts small: growing must keep every key and its first value.
        let mut m: StrMap<usize> = StrMap::with_capacity(1);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get_or_insert_with(w, || i), i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get_or_insert_with(w, || 9999), i);
            assert_eq!(m.get(w), Some(i));
        }
        assert_eq!(m.get("w500"), None);
        assert_eq!(m.get(""), None);
        let mut s: StrSet = ["Musk", "", "Elon Musk", "Musk"].into_iter().collect();
        assert!(s.contains("Musk") && s.contains("") && s.contains("Elon Musk"));
        assert!(!s.contains("musk") && !s.contains("Elon"));
        s.insert("Elon");
        assert!(s.contains("Elon"));
    }
}
