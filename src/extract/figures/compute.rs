//! Compute units after an amount: electric power ("4,5 gigawatts", "10 GW", "3-gigawatt", "un
//! second gigawatt", never GWh) and computing speed ("2 exaflops", "125 pétaflop/s", "un
//! quintillion de calculs par seconde"). Chip counts live in [`super::chips`].

pub use super::chips::chips;

use super::index::ByteIndex;
use super::lex::{boundary_after, prefix_ci, skip_de, skip_spaces, table_ci, word_ci, word_cs};
use std::sync::LazyLock;

/// The word tables below by first byte.
static POWER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(POWER_WORDS.iter().map(|w| w.0)));
static FLOPS_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(FLOPS_WORDS.iter().map(|w| w.0)));
static PER_SECOND_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(PER_SECOND.iter().copied()));

const POWER_SYMBOLS: &[(&str, f64)] = &[
    ("TW", 1e12),
    ("GW", 1e9),
    ("MW", 1e6),
    ("kW", 1e3),
    ("KW", 1e3),
    ("W", 1.0),
];

const POWER_WORDS: &[(&str, f64)] = &[
    ("térawatts", 1e12),
    ("terawatts", 1e12),
    ("térawatt", 1e12),
    ("terawatt", 1e12),
    ("gigawatts", 1e9),
    ("gigawatt", 1e9),
    ("mégawatts", 1e6),
    ("megawatts", 1e6),
    ("mégawatt", 1e6),
    ("megawatt", 1e6),
    ("kilowatts", 1e3),
    ("kilowatt", 1e3),
    ("watts", 1.0),
    ("watt", 1.0),
];

/// Words that may stand between an amount and its power unit ("un second gigawatt", "two
/// additional gigawatts"), as a capacity added to another.
const POWER_ORDINALS: &[&str] = &[
    "second",
    "seconde",
    "deuxième",
    "troisième",
    "third",
    "additional",
    "extra",
    "further",
    "more",
    "new",
];

/// [`power`], or past one of [`POWER_ORDINALS`]; after a lone article-like "one" ("un
/// gigawatt", "a second gigawatt"), not an adjective ("a gigawatt-scale campus").
pub fn power_after(s: &str, i: usize, article: bool) -> Option<(usize, f64)> {
    let found = power(s, i).or_else(|| {
        let k = skip_spaces(s, i, 1);
        let e = POWER_ORDINALS.iter().find_map(|w| word_ci(s, k, w))?;
        power(s, e).filter(|&(u, _)| u > skip_spaces(s, e, 1))
    })?;
    (!article || s.as_bytes().get(found.0) != Some(&b'-')).then_some(found)
}

/// End and multiplier (to watts) of a power unit after the amount ending at `i` ("5 GW",
/// "3-gigawatt").
pub fn power(s: &str, i: usize) -> Option<(usize, f64)> {
    let k = if s.as_bytes().get(i) == Some(&b'-') {
        i + 1
    } else {
        skip_spaces(s, i, 1)
    };
    let first = s.as_bytes().get(k);
    let found = POWER_SYMBOLS
        .iter()
        .filter(|(w, _)| w.as_bytes().first() == first)
        .find_map(|&(w, m)| word_cs(s, k, w).map(|e| (e, m)))
        .or_else(|| {
            let k = if k > i { skip_de(s, k).unwrap_or(k) } else { k };
            stem_at(s, k, b'w', WATT_AT)?;
            table_ci(s, k, POWER_WORDS, &POWER_INDEX)
        })?;
    // "gigawatt-hours", "GW h", "GW/h": energy, not power.
    let e = found.0;
    let after = &s[e..];
    let energy = [
        "-h", "-H", " h ", "/h", " heure", " hour", "-heure", "-hour",
    ]
    .iter()
    .any(|p| {
        after.len() >= p.len() && after.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    });
    (!energy).then_some(found)
}

const FLOPS_WORDS: &[(&str, f64)] = &[
    ("zettaflop/s", 1e21),
    ("zettaflops", 1e21),
    ("exaflop/s", 1e18),
    ("exaflops", 1e18),
    ("exaflop", 1e18),
    ("pétaflop/s", 1e15),
    ("petaflop/s", 1e15),
    ("pétaflops", 1e15),
    ("petaflops", 1e15),
    ("pétaflop", 1e15),
    ("petaflop", 1e15),
    ("téraflop/s", 1e12),
    ("teraflop/s", 1e12),
    ("téraflops", 1e12),
    ("teraflops", 1e12),
    ("téraflop", 1e12),
    ("teraflop", 1e12),
    ("gigaflop/s", 1e9),
    ("gigaflops", 1e9),
    ("eflop/s", 1e18),
    ("eflops", 1e18),
    ("pflop/s", 1e15),
    ("pflops", 1e15),
    ("tflop/s", 1e12),
    ("tflops", 1e12),
    ("gflop/s", 1e9),
    ("gflops", 1e9),
    ("flop/s", 1.0),
    ("flops", 1.0),
];

/// Where "watt" starts in the power words ("watts" 0, "gigawatt" 4, "térawatt" 5 bytes).
const WATT_AT: &[usize] = &[0, 4, 5];
/// Where "flop" starts in the computing-speed words ("flops" 0, "tflops" 1, "exaflops" 3,
/// "petaflops" 4, "pétaflops" 5 bytes).
const FLOP_AT: &[usize] = &[0, 1, 3, 4, 5];

/// Some when the letter `stem` (lower-case ASCII, either case in the text) sits at one of
/// the byte offsets `at` from `k`: the quick test before a unit table, whose words all hold
/// their stem ("watt", "flop") at one of these offsets.
#[inline]
fn stem_at(s: &str, k: usize, stem: u8, at: &[usize]) -> Option<()> {
    let b = s.as_bytes();
    at.iter()
        .any(|&o| b.get(k + o).is_some_and(|&c| c | 0x20 == stem))
        .then_some(())
}

const PER_SECOND: &[&str] = &[
    "opérations en virgule flottante par seconde",
    "floating-point operations per second",
    "floating point operations per second",
    "calculs par seconde",
    "opérations par seconde",
    "operations per second",
    "calculations per second",
    "computations per second",
    "instructions par seconde",
    "instructions per second",
];

/// End and multiplier (to FLOP/s) of a computing-speed unit after the amount ending at `i`.
pub fn flops(s: &str, i: usize) -> Option<(usize, f64)> {
    let k = skip_spaces(s, i, 1);
    if stem_at(s, k, b'f', FLOP_AT).is_some()
        && let Some((e, m)) = table_ci(s, k, FLOPS_WORDS, &FLOPS_INDEX)
    {
        // "FLOP/s" ends on "s"; word_ci already checked the boundary.
        return Some((e, m));
    }
    if k == i {
        return None;
    }
    let k = skip_de(s, k).unwrap_or(k);
    PER_SECOND_INDEX
        .at_ci(s, k)
        .find_map(|p| prefix_ci(s, k, PER_SECOND[p]).filter(|&e| boundary_after(s, e)))
        .map(|e| (e, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_words_hold_their_stem_where_the_quick_test_looks() {
        for (table, stem, at) in [
            (POWER_WORDS, "watt", WATT_AT),
            (FLOPS_WORDS, "flop", FLOP_AT),
        ] {
            for (w, _) in table {
                let o = w.find(stem).expect(w);
                assert!(at.contains(&o), "{w}");
            }
        }
    }

    #[test]
    fn power_units() {
        fn p(s: &str) -> Option<(&str, f64)> {
            power(s, 0).map(|(e, m)| (&s[..e], m))
        }
        assert_eq!(p(" GW de"), Some((" GW", 1e9)));
        assert_eq!(p("MW."), Some(("MW", 1e6)));
        assert_eq!(p(" gigawatts de"), Some((" gigawatts", 1e9)));
        assert_eq!(p(" mégawatts"), Some((" mégawatts", 1e6)));
        assert_eq!(p(" GWh"), None);
        assert_eq!(p(" TWh par an"), None);
        assert_eq!(p(" gigawatt-hours"), None);
        assert_eq!(p(" gigawatts-heure"), None);
        assert_eq!(p(" Go"), None);
    }

    #[test]
    fn flops_units() {
        fn f(s: &str) -> Option<(&str, f64)> {
            flops(s, 0).map(|(e, m)| (&s[..e], m))
        }
        assert_eq!(
            f(" de calculs par seconde,"),
            Some((" de calculs par seconde", 1.0))
        );
        assert_eq!(f(" exaflops"), Some((" exaflops", 1e18)));
        assert_eq!(f(" FLOP/s."), Some((" FLOP/s", 1.0)));
        assert_eq!(f(" PFLOPS"), Some((" PFLOPS", 1e15)));
        assert_eq!(
            f(" calculations per second"),
            Some((" calculations per second", 1.0))
        );
        assert_eq!(f(" FLOP of training"), None);
        assert_eq!(f(" calculs"), None);
    }
}
