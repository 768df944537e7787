//! Lexicon matcher: one Aho-Corasick pass over the text finds every known actor's surface form,
//! then keeps the longest match at each place, on word boundaries and with a sane capitalisation.

use crate::extract::EntityKind;
use crate::extract::lexicon::Actor;
use crate::extract::text::normalize_char;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::ops::Range;
use unicode_normalization::UnicodeNormalization;

/// One spelling of one surface form of one actor.
#[derive(Debug, Clone)]
struct Pattern {
    actor: usize,
    surface: String,
}

/// A compiled matcher over a lexicon's surface forms (built once per lexicon).
#[derive(Debug, Clone, Default)]
pub struct LexMatcher {
    /// Anchored automaton: it is only run at the places a match could be accepted.
    ac: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    /// Bit set of the first two bytes of every pattern (a one-byte pattern sets every pair
    /// it starts): a place whose two bytes are not in it cannot start a match.
    pairs: Vec<u64>,
    /// Short forms of known actors ("Trump" for "Donald Trump", "Mistral" for "Mistral AI"):
    /// not matched on their own, but a detected name equal to one links to the actor.
    short_forms: HashMap<String, usize>,
}

/// A lexicon match: a byte range into the normalised text and the index of the actor.
#[derive(Debug, Clone, PartialEq)]
pub struct LexHit {
    pub span: Range<usize>,
    pub actor: usize,
}

fn fold_diacritics(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// "Nvidia" → also "NVIDIA"; "Union européenne" → also "Union Européenne", "UNION EUROPÉENNE".
/// Short (three chars or fewer: "X", "UE") and lower-case-initial ("xAI") forms only match as
/// written.
fn spellings(surface: &str) -> Vec<String> {
    let mut out = vec![surface.to_string()];
    let short = surface.chars().count() <= 3;
    if short || surface.chars().next().is_some_and(char::is_lowercase) {
        return out;
    }
    let title: Vec<String> = surface
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect();
    for v in [surface.to_uppercase(), title.join(" ")] {
        if v.chars().count() == surface.chars().count() && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

impl LexMatcher {
    pub fn new(actors: &[Actor]) -> LexMatcher {
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, a) in actors.iter().enumerate() {
            for raw in std::iter::once(&a.canonical).chain(a.aliases.iter()) {
                let norm: String = raw.trim().chars().map(normalize_char).collect();
                if norm.is_empty() {
                    continue;
                }
                let folded = fold_diacritics(&norm);
                for form in [norm.clone(), folded] {
                    for surface in spellings(&form) {
                        // The first actor to claim a spelling keeps it.
                        if seen.insert(surface.clone()) {
                            patterns.push(Pattern { actor: i, surface });
                        }
                    }
                }
            }
        }
        let mut short_forms = HashMap::new();
        let cues = super::cues::Cues::get();
        for (i, a) in actors.iter().enumerate() {
            let words: Vec<&str> = a.canonical.split(' ').collect();
            let Some((last, init)) = words.split_last() else {
                continue;
            };
            if init.is_empty() {
                continue;
            }
            let short = match a.kind {
                EntityKind::Person => last.to_string(),
                EntityKind::Company if cues.linkable_suffixes.contains(&last.to_lowercase()) => {
                    init.join(" ")
                }
                _ => continue,
            };
            short_forms.entry(short).or_insert(i);
        }
        let mut pairs = vec![0u64; 1 << 10];
        for p in &patterns {
            match *p.surface.as_bytes() {
                [a] => (0..=255u8).for_each(|b| set_pair(&mut pairs, a, b)),
                [a, b, ..] => set_pair(&mut pairs, a, b),
                [] => {}
            }
        }
        let ac = if patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(patterns.iter().map(|p| p.surface.as_str()))
                .ok()
        };
        LexMatcher {
            ac,
            patterns,
            pairs,
            short_forms,
        }
    }

    /// The actor a detected name is the short form of, if any.
    pub fn short_form(&self, name: &str) -> Option<usize> {
        self.short_forms.get(name).copied()
    }

    /// Every accepted match in `text`, sorted by start, non-overlapping, longest first.
    ///
    /// Left to right, the longest pattern starting at each place is tried; an accepted match
    /// resumes the scan at its end, a rejected one at the next byte. Only places that start a
    /// pattern and follow no word char can be accepted, so the automaton runs anchored there
    /// and nowhere else.
    pub fn find(&self, text: &str) -> Vec<LexHit> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let b = text.as_bytes();
        let mut out: Vec<LexHit> = Vec::new();
        let mut pos = 0;
        while pos < b.len() {
            // The last byte may only start a one-byte pattern: let the automaton say.
            let next = b.get(pos + 1).copied();
            let starts = match next {
                Some(n) => has_pair(&self.pairs, b[pos], n),
                None => text.is_char_boundary(pos),
            };
            if !starts || !may_start_after(text, pos) {
                pos += 1;
                continue;
            }
            let input = Input::new(text).range(pos..).anchored(Anchored::Yes);
            if let Some(m) = ac.find(input) {
                let (s, e) = (m.start(), m.end());
                let actor = self.patterns.get(m.pattern().as_usize()).map(|p| p.actor);
                if let Some(actor) = actor
                    && boundaries_ok(text, s, e)
                {
                    out.push(LexHit { span: s..e, actor });
                    pos = e;
                    continue;
                }
            }
            // No match here, or not on a word boundary ("X" in "XXe"): look one byte further.
            pos += 1;
        }
        out
    }
}

fn pair_bit(a: u8, b: u8) -> (usize, u64) {
    let k = usize::from(a) << 8 | usize::from(b);
    (k >> 6, 1 << (k & 63))
}

fn set_pair(pairs: &mut [u64], a: u8, b: u8) {
    let (w, bit) = pair_bit(a, b);
    if let Some(x) = pairs.get_mut(w) {
        *x |= bit;
    }
}

#[inline]
fn has_pair(pairs: &[u64], a: u8, b: u8) -> bool {
    let (w, bit) = pair_bit(a, b);
    pairs.get(w).is_some_and(|x| x & bit != 0)
}

/// Whether the char before byte `s` (a char boundary) lets a match start there: the cheap
/// part of [`boundaries_ok`].
#[inline]
fn may_start_after(text: &str, s: usize) -> bool {
    let Some(&p) = s.checked_sub(1).and_then(|k| text.as_bytes().get(k)) else {
        return true;
    };
    if p < 0x80 {
        return !(p.is_ascii_alphanumeric() || matches!(p, b'.' | b'@' | b'#' | b'_'));
    }
    !text[..s]
        .chars()
        .next_back()
        .is_some_and(crate::extract::text::chars::is_alnum)
}

/// Word boundaries on both sides, and not inside a domain name, handle or path.
fn boundaries_ok(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let mut after = text[e..].chars();
    let a1 = after.next();
    let a2 = after.next();
    if before.is_some_and(|c| {
        crate::extract::text::chars::is_alnum(c) || matches!(c, '.' | '@' | '#' | '_')
    }) {
        return false;
    }
    if before == Some('/') {
        // "USA/Europe" lists names; "site.com/Page" is a path.
        let chunk_start = text[..s]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let chunk = &text[chunk_start..s];
        if chunk.contains("://") || chunk.contains('.') {
            return false;
        }
    }
    if a1.is_some_and(|c| crate::extract::text::chars::is_alnum(c) || c == '_') {
        return false;
    }
    // "forbes.fr", "Nvidia-" is fine but "x.com" is not a mention of X.
    if a1 == Some('.') && a2.is_some_and(crate::extract::text::chars::is_alnum) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(c: &str, aliases: &[&str]) -> Actor {
        Actor {
            canonical: c.into(),
            en: None,
            kind: EntityKind::Company,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn found(m: &LexMatcher, t: &str) -> Vec<String> {
        m.find(t)
            .into_iter()
            .map(|h| t[h.span].to_string())
            .collect()
    }

    #[test]
    fn longest_first_on_word_boundaries() {
        let m = LexMatcher::new(&[actor("Meta", &[]), actor("Meta AI", &[]), actor("X", &[])]);
        assert_eq!(
            found(&m, "Meta AI et Meta, puis X au XXe siècle"),
            vec!["Meta AI", "Meta", "X"]
        );
        assert!(found(&m, "une métaphore, metadata").is_empty());
    }

    #[test]
    fn case_variants_and_diacritics() {
        let m = LexMatcher::new(&[
            actor("Nvidia", &["NVIDIA"]),
            actor("Taïwan", &[]),
            actor("UE", &[]),
        ]);
        assert_eq!(
            found(&m, "NVIDIA, Nvidia et Taiwan"),
            vec!["NVIDIA", "Nvidia", "Taiwan"]
        );
        assert!(
            found(&m, "une nvidia ue").is_empty(),
            "lower-case and short forms must be exact"
        );
    }

    #[test]
    fn elisions_and_domains() {
        let m = LexMatcher::new(&[actor("OpenAI", &[]), actor("Reuters", &[])]);
        assert_eq!(found(&m, "qu'OpenAI et d'OpenAI"), vec!["OpenAI", "OpenAI"]);
        assert!(found(&m, "source: Reuters.com/x").is_empty());
    }
}
