//! Byte classes of 16 bytes at once in one `u128` ("SIMD within a register"), so a scanner
//! finds where a word or a separator ends without a branch per byte: such loop exits are
//! data-dependent and mispredicted once per word, which costs more than the bytes themselves.
//!
//! A mask has the high bit of a byte set when that byte is in the class, and nothing else set.

/// 0x01 in every byte.
pub const ONES: u128 = u128::from_le_bytes([0x01; 16]);
/// 0x80 in every byte: the bit a mask sets per byte.
pub const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
/// Bytes in one load.
pub const WIDTH: usize = 16;

/// The 16 bytes of `b` from `i` (the first in the lowest byte); bytes past the end read as
/// `pad`.
#[inline(always)]
pub fn load(b: &[u8], i: usize, pad: u8) -> u128 {
    if let Some(chunk) = b
        .get(i..i + WIDTH)
        .and_then(|c| <[u8; WIDTH]>::try_from(c).ok())
    {
        return u128::from_le_bytes(chunk);
    }
    let mut buf = [pad; WIDTH];
    let rest = b.get(i..).unwrap_or_default();
    let n = rest.len().min(WIDTH);
    buf[..n].copy_from_slice(&rest[..n]);
    u128::from_le_bytes(buf)
}

/// The bytes of `x` that are ASCII and within `lo..=hi` (`hi` < 0x80).
#[inline(always)]
pub fn in_range(x: u128, lo: u8, hi: u8) -> u128 {
    let t = x & !HIGH;
    // Byte by byte, t + (0x80 - lo) reaches 0x80 exactly when t >= lo, and t + (0x7F - hi)
    // when t > hi; no sum passes 0xFF, so no carry crosses into the next byte.
    let ge = t + ONES * u128::from(0x80 - lo);
    let gt = t + ONES * u128::from(0x7F - hi);
    ge & !gt & !x & HIGH
}

/// The bytes of `x` equal to `c`.
#[inline(always)]
pub fn eq(x: u128, c: u8) -> u128 {
    let t = x ^ (ONES * u128::from(c));
    // A byte of t is zero exactly when neither its low seven bits nor its high bit are set.
    !(((t & !HIGH) + !HIGH) | t) & HIGH
}

/// The bytes of `x` that are non-ASCII (0x80 and above).
#[inline(always)]
pub fn non_ascii(x: u128) -> u128 {
    x & HIGH
}

/// The bytes of `x` that are 0xC0 and above: in UTF-8 text, the first byte of a multi-byte char
/// (the byte after one is never where a char starts).
#[inline(always)]
pub fn utf8_lead(x: u128) -> u128 {
    // Shifting by one moves each byte's bit 6 onto its own bit 7, never into the next byte's.
    x & (x << 1) & HIGH
}

/// ASCII letters (setting bit 5 lower-cases a capital and sends no other byte into a..z).
#[inline(always)]
pub fn letters(x: u128) -> u128 {
    in_range(x | (ONES * 0x20), b'a', b'z')
}

/// ASCII letters and digits.
#[inline(always)]
pub fn alnum(x: u128) -> u128 {
    letters(x) | in_range(x, b'0', b'9')
}

/// Index of the first byte in mask `m` (16 when `m` is empty).
#[inline(always)]
pub fn first(m: u128) -> usize {
    (m.trailing_zeros() / 8) as usize
}

/// The bytes before index `n` (all 16 when `n` >= 16).
#[inline(always)]
pub fn before(n: usize) -> u128 {
    if n >= WIDTH {
        u128::MAX
    } else {
        (1u128 << (8 * n)) - 1
    }
}

/// The bytes before the first byte in mask `m` (all 16 when `m` is empty): `before(first(m))`
/// without a variable shift.
#[inline(always)]
pub fn before_first(m: u128) -> u128 {
    (m & m.wrapping_neg()).wrapping_sub(1)
}

/// Mask `m` as one bit per byte (byte `k` of `m` → bit `k`), so a scanner can walk its bytes
/// with `trailing_zeros` on a plain integer.
#[inline(always)]
pub fn bits(m: u128) -> u32 {
    // In each half, the multiply sends byte k's bit 0 (its high bit shifted down) to bit 56 + k
    // and every other product bit elsewhere, with no carries (distinct positions).
    const GATHER: u64 = 0x0102_0408_1020_4080;
    let half = |h: u64| ((h >> 7).wrapping_mul(GATHER) >> 56) as u32;
    half(m as u64) | (half((m >> 64) as u64) << 8)
}

/// Index of the last byte in mask `m`, which must not be empty (for scans from the right).
#[inline(always)]
pub fn last(m: u128) -> usize {
    debug_assert!(m != 0);
    (127 - m.leading_zeros() as usize) / 8
}

/// Number of bytes in mask `m`.
#[inline(always)]
pub fn count(m: u128) -> u32 {
    m.count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bytes_of(m: u128) -> Vec<bool> {
        m.to_le_bytes().iter().map(|&b| b == 0x80).collect()
    }

    fn only_high_bits(m: u128) -> bool {
        m & !HIGH == 0
    }

    proptest! {
        #[test]
        fn masks_agree_with_byte_tests(v in proptest::collection::vec(any::<u8>(), 0..40),
                                       i in 0usize..40, lo in 1u8..0x7F, span in 0u8..0x7F, c in 0u8..0x80) {
            let hi = lo.saturating_add(span).min(0x7F);
            let x = load(&v, i, 0);
            let want: Vec<u8> = (0..16).map(|k| v.get(i + k).copied().unwrap_or(0)).collect();
            prop_assert_eq!(x.to_le_bytes().to_vec(), want.clone());
            let r = in_range(x, lo, hi);
            let a = alnum(x);
            let e = eq(x, c);
            prop_assert!(only_high_bits(r) && only_high_bits(a) && only_high_bits(e));
            prop_assert!(only_high_bits(utf8_lead(x)));
            for (k, &b) in want.iter().enumerate() {
                prop_assert_eq!(bytes_of(r)[k], (lo..=hi).contains(&b));
                prop_assert_eq!(bytes_of(a)[k], b.is_ascii_alphanumeric());
                prop_assert_eq!(bytes_of(letters(x))[k], b.is_ascii_alphabetic());
                prop_assert_eq!(bytes_of(e)[k], b == c);
                prop_assert_eq!(bytes_of(non_ascii(x))[k], b >= 0x80);
                prop_assert_eq!(bytes_of(utf8_lead(x))[k], b >= 0xC0);
            }
            let m = a;
            let n = first(m);
            prop_assert_eq!(n, want.iter().position(u8::is_ascii_alphanumeric).unwrap_or(16));
            prop_assert_eq!(count(m & before(n)), 0);
            prop_assert_eq!(before_first(m) & HIGH, before(n) & HIGH);
            prop_assert_eq!(count(m) as usize, want.iter().filter(|b| b.is_ascii_alphanumeric()).count());
            let bit_of = |k: usize| (bits(m) >> k) & 1 == 1;
            prop_assert_eq!(bits(m) >> 16, 0);
            prop_assert!((0..16).all(|k| bit_of(k) == want[k].is_ascii_alphanumeric()));
        }
    }

    proptest! {
        #[test]
        fn last_is_the_highest_byte_of_a_mask(v in proptest::collection::vec(any::<u8>(), 16),
                                              c in 0u8..0x80) {
            let m = eq(load(&v, 0, 0), c);
            let want = v.iter().rposition(|&b| b == c);
            prop_assert_eq!((m != 0).then(|| last(m)), want);
        }
    }

    #[test]
    fn load_pads_past_the_end() {
        let x = load(b"abc", 1, 0x80);
        let got = x.to_le_bytes();
        assert_eq!(&got[..2], b"bc");
        assert!(got[2..].iter().all(|&b| b == 0x80));
        assert_eq!(before(0), 0);
        assert_eq!(before(16), u128::MAX);
        assert_eq!(first(0), 16);
    }
}
