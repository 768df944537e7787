//! Chip counts after an amount: "24 000 puces", "10,000 Nvidia H100 chips", "100,000 H100s",
//! "300,000 of AMD's newest accelerators", "2 million units" in a paragraph about GPUs.

use super::index::ByteIndex;
use super::lex::{boundary_after, prefix_ci, second_byte_may_match, skip_de, skip_spaces, word_ci};
use std::sync::LazyLock;

/// The word tables below by first byte.
static CHIP_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(CHIP_NOUNS.iter().copied()));
static WEAK_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(WEAK_NOUNS.iter().copied()));
static FILLER_INDEX: LazyLock<ByteIndex> =
    LazyLock::new(|| ByteIndex::first_ci(FILLERS.iter().copied()));
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
    "superpuces",
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
    "artificial intelligence",
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
    "newest",
    "latest",
    "most powerful",
    "top-end",
    "or more",
    "ou plus",
    "its",
    "their",
    "the",
    "ses",
    "leurs",
    "ces",
    "these",
    "those",
    "most",
];

/// Fillers that say nothing of chips by themselves (the others vouch for a weak noun).
const PLAIN_FILLERS: &[&str] = &[
    "more",
    "new",
    "of",
    "its",
    "their",
    "the",
    "ses",
    "leurs",
    "ces",
    "these",
    "those",
    "most",
    "additional",
    "newest",
    "latest",
    "or more",
    "ou plus",
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
    // "- **85 000** processeurs graphiques": a key figure set in bold, its noun after the bold.
    let i = i + ["**", "__", "*"]
        .iter()
        .find(|m| s[i..].starts_with(*m))
        .map_or(0, |m| m.len());
    // "a 24,000-GPU machine"; "- **24,000**: GPUs in Brigantia", a list of key numbers: the
    // noun right after a hyphen, or after a colon.
    // ("Week 36: GPUs are scarce": a small number before a colon counts nothing; "the 96-GPU
    // cluster" counts its chips.)
    // (Most counts are followed by a space: the glued forms are looked at only after one.)
    let small = || {
        s[..i]
            .bytes()
            .rev()
            .take_while(|c| c.is_ascii_digit() || matches!(c, b',' | b'.' | b'*'))
            .filter(u8::is_ascii_digit)
            .count()
            < 3
    };
    for glue in ["-", ": "] {
        if let Some(rest) = s.get(i..).filter(|r| r.starts_with(glue))
            && !rest[glue.len()..].starts_with(' ')
            && (glue == "-" || !small())
            && let Some(e) = first_word(&CHIP_INDEX, CHIP_NOUNS, s, i + glue.len())
            && s.as_bytes().get(e) != Some(&b'-')
        {
            return not_hours(s, e);
        }
    }
    let mut k = skip_spaces(s, i, 1);
    if k == i {
        return None;
    }
    k = skip_de(s, k).unwrap_or(k);
    let (mut vouched, mut last_model) = (false, None);
    // Up to five words between the count and its noun ("of its Ascend 910C AI chips").
    for _ in 0..6 {
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
                || ["d'IA", "d’IA", "d'intelligence", "d’intelligence"]
                    .iter()
                    .any(|w| super::lex::prefix_cs(s, n, w).is_some())
                || word_ci(s, n, "GPU").is_some();
            return (vouched || next_vouches || chips_after(s, e) || chip_context(s, i))
                .then_some(e)
                .and_then(|e| not_hours(s, e));
        }
        if let Some(e) = model_at(s, k) {
            last_model = Some(e);
            vouched = true;
            k = skip_spaces(s, e, 1);
            continue;
        }
        if let Some(e) = possessive_brand(s, k) {
            vouched = true;
            k = skip_spaces(s, e, 1);
            // "of Nvidia's (NVDA.O) most advanced chips": the maker's ticker.
            if let Some(e) = ticker_at(s, k) {
                k = skip_spaces(s, e, 1);
            }
            continue;
        }
        if let Some(e) = name_before_noun(s, k) {
            k = e;
            continue;
        }
        let Some(e) = first_word(&FILLER_INDEX, FILLERS, s, k).or_else(|| adjective_at(s, k))
        else {
            break;
        };
        vouched |= !PLAIN_FILLERS
            .iter()
            .any(|w| s[k..e].eq_ignore_ascii_case(w));
        k = skip_spaces(s, e, 1);
    }
    last_model.and_then(|e| not_hours(s, e))
}

/// A lower-case modifier of the chips that no list names: a past participle or an adverb
/// ("restricted", "domestically designed") or a hyphened compound ("state-of-the-art",
/// "export-controlled"). Where it ends.
fn adjective_at(s: &str, k: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut e = k;
    while e < b.len() && (b[e].is_ascii_lowercase() || b[e] == b'-') {
        e += 1;
    }
    if e - k < 5 || !boundary_after(s, e) || b.get(e) != Some(&b' ') {
        return None;
    }
    let w = &s[k..e];
    let hyphened = w.contains('-') && !w.starts_with('-') && !w.ends_with('-');
    (hyphened || w.ends_with("ed") || w.ends_with("ly")).then_some(e)
}

/// "AMD's", "Google's", "Advanced Micro Devices'": one to three capitalised ASCII words with
/// a possessive, as a chip maker before its chips ("300,000 of AMD's newest accelerators").
fn possessive_brand(s: &str, k: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut at = k;
    for _ in 0..3 {
        if !b.get(at)?.is_ascii_uppercase() {
            return None;
        }
        let e = super::lex::ascii_letters_end(b, at);
        // ("Devices'": a plural's possessive is its apostrophe alone.)
        let p = prefix_ci(s, e, "'s")
            .or_else(|| (b[e - 1] == b's').then(|| prefix_ci(s, e, "'")).flatten());
        if let Some(p) = p.filter(|&p| boundary_after(s, p)) {
            return Some(p);
        }
        if b.get(e) != Some(&b' ') {
            return None;
        }
        at = e + 1;
    }
    None
}

/// "(NVDA.O)", "(AMD.OQ)": a stock ticker in brackets. Where it ends.
fn ticker_at(s: &str, k: usize) -> Option<usize> {
    let rest = s.get(k..)?.strip_prefix('(')?;
    let close = rest.bytes().take(14).position(|c| c == b')')?;
    let inner = &rest[..close];
    (inner.len() >= 2
        && inner
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, b'.' | b':'))
        && inner.bytes().any(|c| c.is_ascii_uppercase()))
    .then_some(k + 1 + close + 1)
}

/// "380,000 Vela accelerators", "12,000 Tenstorrent Blackhole 2 chips": a name no list
/// knows (one or two capitalised words, maybe a number after them) right before a chip noun
/// that counts on its own. Where that noun starts.
fn name_before_noun(s: &str, k: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut n = k;
    for word in 0..2 {
        if !b.get(n)?.is_ascii_uppercase() {
            if word == 0 {
                return None;
            }
            break;
        }
        let e = n + b[n..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if e - n < 2 || !boundary_after(s, e) {
            return None;
        }
        n = skip_spaces(s, e, 1);
    }
    let digits = b[n..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) && boundary_after(s, n + digits) {
        n = skip_spaces(s, n + digits, 1);
    }
    first_word(&CHIP_INDEX, CHIP_NOUNS, s, n).map(|_| n)
}

/// How far back [`chip_context`] looks.
const CONTEXT_BACK: usize = 300;

/// True when the paragraph before `i` (at most [`CONTEXT_BACK`] bytes) talks of chips:
/// "units" after "Nvidia shipped its new GPUs ..." count chips.
fn chip_context(s: &str, i: usize) -> bool {
    let b = s.as_bytes();
    let mut st = i.saturating_sub(CONTEXT_BACK);
    if let Some(nl) = b[st..i].iter().rposition(|&c| c == b'\n') {
        st += nl + 1;
    }
    mentions_chips(&b[st..i])
}

/// "2 million units of its H20 chip": the words right after the weak noun name chips.
fn chips_after(s: &str, e: usize) -> bool {
    let b = s.as_bytes();
    let end = (e + 40).min(b.len());
    let stretch = &b[e..end];
    let stop = stretch
        .iter()
        .position(|&c| matches!(c, b'.' | b',' | b';' | b'\n'))
        .unwrap_or(stretch.len());
    stretch[..stop].starts_with(b" of ") && mentions_chips(&stretch[..stop])
}

/// Some chip word's stem in `t`, ASCII case aside.
fn mentions_chips(t: &[u8]) -> bool {
    const STEMS: &[&[u8]] = &[
        b"gpu",
        b"chip",
        b"puce",
        b"accelerat",
        b"acc\xc3\xa9l\xc3\xa9rat",
    ];
    t.windows(3).enumerate().any(|(o, w)| {
        let w0 = w[0] | 0x20;
        matches!(w0, b'g' | b'c' | b'p' | b'a')
            && STEMS.iter().any(|stem| {
                t.get(o..o + stem.len())
                    .is_some_and(|x| x.eq_ignore_ascii_case(stem))
            })
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn chip(s: &str) -> Option<&str> {
        chips(s, 0).map(|e| &s[..e])
    }

    #[test]
    fn chip_counts() {
        assert_eq!(chip(" puces du géant"), Some(" puces"));
        assert_eq!(chip(" de puces d'IA"), Some(" de puces"));
        assert_eq!(chip(" cartes Nvidia H100 déjà"), Some(" cartes"));
        assert_eq!(chip(" cartes bancaires"), None);
        assert_eq!(
            chip(" domestically designed accelerators"),
            Some(" domestically designed accelerators")
        );
        assert_eq!(
            chip(" state-of-the-art AI chips"),
            Some(" state-of-the-art AI chips")
        );
        assert_eq!(chip(" processeurs d'IA"), Some(" processeurs"));
        assert_eq!(chip(" superpuces"), Some(" superpuces"));
        assert_eq!(chip(" people working on chips"), None);
        // A name no list knows, right before a chip noun; a maker's ticker.
        assert_eq!(chip(" Vela accelerators in"), Some(" Vela accelerators"));
        assert_eq!(
            chip(" Tenstorrent Blackhole 2 chips"),
            Some(" Tenstorrent Blackhole 2 chips")
        );
        assert_eq!(
            chip(" of Nvidia's (NVDA.O) most advanced artificial intelligence chips"),
            Some(" of Nvidia's (NVDA.O) most advanced artificial intelligence chips")
        );
        assert_eq!(
            chip(" of Advanced Micro Devices' MI450 accelerators"),
            Some(" of Advanced Micro Devices' MI450 accelerators")
        );
        assert_eq!(chip(" de ces GPU pendant"), Some(" de ces GPU"));
        assert_eq!(chip(" Paris residents"), None);
        assert_eq!(chip(" Intel engineers and chips"), None);
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
}
