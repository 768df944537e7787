//! Compute units after an amount: chip counts ("24 000 puces", "10,000 Nvidia H100 chips",
//! "100,000 H100s"), electric power ("4,5 gigawatts", "10 GW", never GWh) and computing speed
//! ("2 exaflops", "un quintillion de calculs par seconde").

use super::index::ByteIndex;
use super::lex::{
    boundary_after, prefix_ci, second_byte_may_match, skip_de, skip_spaces, table_ci, word_ci,
    word_cs,
};
use std::sync::LazyLock;

/// The word tables below by first byte.
static CHIP_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(CHIP_NOUNS.iter().copied()));
static WEAK_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(WEAK_NOUNS.iter().copied()));
static FILLER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(FILLERS.iter().copied()));
static POWER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(POWER_WORDS.iter().map(|w| w.0)));
static FLOPS_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(FLOPS_WORDS.iter().map(|w| w.0)));
static PER_SECOND_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(PER_SECOND.iter().copied()));
static MODEL_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_cs(MODELS.iter().copied()));

/// The first word of `table` (indexed by `ix`) found whole at `k`, case-insensitively.
fn first_word(ix: &ByteIndex, table: &[&str], s: &str, k: usize) -> Option<usize> {
    let second = s.as_bytes().get(k + 1);
    ix.at_ci(s, k)
        .map(|p| table[p])
        .filter(|w| second_byte_may_match(second, w))
        .find_map(|w| word_ci(s, k, w))
}

/// Chip nouns that count on their own.
const CHIP_NOUNS: &[&str] = &[
    "graphics processing units",
    "unités de traitement graphique",
    "processeurs graphiques",
    "cartes graphiques",
    "graphics cards",
    "graphics processors",
    "puces",
    "puce",
    "chips",
    "chip",
    "gpus",
    "gpu",
    "tpus",
    "tpu",
    "npus",
    "accelerators",
    "accelerator",
    "accélérateurs",
    "accélérateur",
    "superchips",
    "semi-conducteurs",
    "semiconducteurs",
    "semiconductors",
];

/// Nouns that count chips only next to a brand, a model or "AI" ("cartes Nvidia", "AI processors").
const WEAK_NOUNS: &[&str] = &[
    "cartes",
    "processeurs",
    "processors",
    "cards",
    "units",
    "unités",
];

/// Brands and words that may sit between a count and its chip noun.
const FILLERS: &[&str] = &[
    "nvidia's",
    "nvidia",
    "amd",
    "huawei",
    "intel",
    "google",
    "ascend",
    "blackwell",
    "hopper",
    "ai",
    "ia",
    "advanced",
    "high-end",
    "cutting-edge",
    "additional",
    "more",
    "new",
    "of",
    "graphics",
    "data-center",
    "data center",
    "avancées",
    "avancés",
    "supplémentaires",
];

/// Chip models; a count followed by one of these counts chips ("100,000 H100s").
const MODELS: &[&str] = &[
    "GB200",
    "GB300",
    "GH200",
    "H100",
    "H200",
    "H800",
    "H20",
    "B100",
    "B200",
    "B300",
    "A100",
    "A800",
    "V100",
    "L40S",
    "MI250X",
    "MI300X",
    "MI300A",
    "MI325X",
    "MI355X",
    "MI300",
    "910B",
    "910C",
    "TPUv5",
    "Trainium2",
    "Trainium",
    "Gaudi",
    "Blackwell",
    "Hopper",
];

fn model_at(s: &str, k: usize) -> Option<usize> {
    let first = s.as_bytes().get(k)?;
    MODEL_INDEX.get(*first).find_map(|p| {
        let e = super::lex::prefix_cs(s, k, MODELS[p])?;
        if boundary_after(s, e) {
            return Some(e);
        }
        // "H100s"
        let e2 = super::lex::prefix_cs(s, e, "s")?;
        boundary_after(s, e2).then_some(e2)
    })
}

/// End of a chip count's unit after the amount ending at `i`.
pub fn chips(s: &str, i: usize) -> Option<usize> {
    let mut k = skip_spaces(s, i, 1);
    if k == i {
        return None;
    }
    k = skip_de(s, k).unwrap_or(k);
    let (mut vouched, mut last_model) = (false, None);
    for _ in 0..4 {
        if let Some(e) = first_word(&CHIP_INDEX, CHIP_NOUNS, s, k) {
            return not_hours(s, e);
        }
        if let Some(e) = first_word(&WEAK_INDEX, WEAK_NOUNS, s, k) {
            let n = skip_spaces(s, e, 1);
            let next_vouches = model_at(s, n).is_some()
                || FILLER_INDEX
                    .at_ci(s, n)
                    .any(|p| p < 9 && word_ci(s, n, FILLERS[p]).is_some())
                || word_ci(s, n, "graphiques").is_some()
                || word_ci(s, n, "GPU").is_some();
            return (vouched || next_vouches)
                .then_some(e)
                .and_then(|e| not_hours(s, e));
        }
        if let Some(e) = model_at(s, k) {
            last_model = Some(e);
            vouched = true;
            k = skip_spaces(s, e, 1);
            continue;
        }
        let Some(e) = first_word(&FILLER_INDEX, FILLERS, s, k) else {
            break;
        };
        vouched |= !matches!(
            &s[k..e].to_ascii_lowercase()[..],
            "more" | "new" | "of" | "additional"
        );
        k = skip_spaces(s, e, 1);
    }
    last_model.and_then(|e| not_hours(s, e))
}

/// "100,000 GPU hours" is compute time, not a count of chips.
fn not_hours(s: &str, e: usize) -> Option<usize> {
    let n = if s.as_bytes().get(e) == Some(&b'-') {
        e + 1
    } else {
        skip_spaces(s, e, 1)
    };
    let hours = ["hours", "hour", "heures", "heure", "h"]
        .iter()
        .any(|w| word_ci(s, n, w).is_some());
    (!hours).then_some(e)
}

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

/// End and multiplier (to watts) of a power unit after the amount ending at `i`.
pub fn power(s: &str, i: usize) -> Option<(usize, f64)> {
    let k = skip_spaces(s, i, 1);
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
    ("zettaflops", 1e21),
    ("exaflops", 1e18),
    ("exaflop", 1e18),
    ("exaflop/s", 1e18),
    ("pétaflops", 1e15),
    ("petaflops", 1e15),
    ("pétaflop", 1e15),
    ("petaflop", 1e15),
    ("téraflops", 1e12),
    ("teraflops", 1e12),
    ("teraflop", 1e12),
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

    fn chip(s: &str) -> Option<&str> {
        chips(s, 0).map(|e| &s[..e])
    }

    #[test]
    fn chip_counts() {
        assert_eq!(chip(" puces du géant"), Some(" puces"));
        assert_eq!(chip(" de puces d'IA"), Some(" de puces"));
        assert_eq!(chip(" cartes Nvidia H100 déjà"), Some(" cartes"));
        assert_eq!(chip(" cartes bancaires"), None);
        assert_eq!(chip(" Nvidia H100 chips"), Some(" Nvidia H100 chips"));
        assert_eq!(chip(" H100s by"), Some(" H100s"));
        assert_eq!(chip(" advanced AI chips"), Some(" advanced AI chips"));
        assert_eq!(chip(" GPU hours"), None);
        assert_eq!(chip(" GPU-hours"), None);
        assert_eq!(
            chip(" processeurs graphiques"),
            Some(" processeurs graphiques")
        );
        assert_eq!(chip(" AI processors"), Some(" AI processors"));
        assert_eq!(chip(" processors"), None);
        assert_eq!(chip(" employés"), None);
        assert_eq!(chip(" new models"), None);
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
