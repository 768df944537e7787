//! Tests of `offsets`.

use super::*;
use proptest::prelude::*;

proptest! {
    /// Every char boundary, visited forwards then in a shuffled order, maps to the char
    /// offset counted char by char and to the same char's byte in the original.
    #[test]
    fn sweep_agrees_with_counting(s in "[a-z é’\u{a0}\u{202f}€😀\u{2011}]{0,200}", seed in any::<u64>()) {
        let n = NormText::new(&s);
        let norm = n.as_str();
        let orig: Vec<usize> = s.char_indices().map(|(b, _)| b).chain([s.len()]).collect();
        let mut bounds: Vec<(usize, usize)> =
            norm.char_indices().map(|(b, _)| b).chain([norm.len()]).enumerate().map(|(c, b)| (b, c)).collect();
        let mut sweep = n.sweep();
        for &(b, c) in &bounds {
            prop_assert_eq!(sweep.at(b), (c, orig[c]));
        }
        let mut x = seed | 1;
        for i in (1..bounds.len()).rev() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            bounds.swap(i, (x % (i as u64 + 1)) as usize);
        }
        for &(b, c) in &bounds {
            prop_assert_eq!(sweep.at(b), (c, orig[c]));
        }
    }
}
