//! Lexicon matcher: one pass over the text finds every known actor's surface form,
//! then keeps the longest match at each place, on word boundaries and with a sane capitalisation.

use super::lexindex::LexIndex;
use super::wordhash::WordHashBuild;
use crate::extract::EntityKind;
use crate::extract::types::Actor;
use crate::text::normalize_char;
use crate::text::swar;
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
    /// Longest pattern starting at a place: only asked where a match could be accepted.
    index: LexIndex,
    patterns: Vec<Pattern>,
    /// Short forms of known actors ("Trump" for "Donald Trump", "Mistral" for "Mistral AI"):
    /// not matched on their own, but a detected name equal to one links to the actor.
    short_forms: HashMap<String, usize, WordHashBuild>,
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
        let mut short_forms: HashMap<String, usize, WordHashBuild> = HashMap::default();
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
        let index = LexIndex::new(patterns.iter().map(|p| p.surface.as_bytes()));
        LexMatcher {
            index,
            patterns,
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
    /// resumes the scan at its end, a rejected one at the next place. Only places that follow no
    /// word char and whose first two bytes start a pattern can be accepted, so the index
    /// ([`LexIndex::longest_at`]) is asked there and nowhere else.
    pub fn find(&self, text: &str) -> Vec<LexHit> {
        if self.index.is_empty() {
            return Vec::new();
        }
        let b = text.as_bytes();
        let mut out: Vec<LexHit> = Vec::with_capacity(text.len() / 128 + 4);
        // Places from `pos` on are still to try; `open_before`: the byte before `pos` (if any)
        // may let a match start.
        let (mut pos, mut open_before) = (0, true);
        while pos < b.len() {
            // Fifteen places per load, the sixteenth byte only pairs with the fifteenth. The
            // places come from the bytes alone, not from where the last word ended, so loads
            // and probes do not wait on one another and no branch depends on a word's length.
            //
            // Open bytes are those a match may follow, loosely: `.`, `@`, `#` and `_` block a
            // start too, but the places after them are rejected by `may_start_after` (rare, and
            // cheaper than four more byte classes); the first byte of a multi-byte char does not
            // block, but the place after it is inside the char, where no pattern starts.
            let x = swar::load(b, pos, 0);
            let open = swar::bits(!(swar::alnum(x) | swar::utf8_lead(x)) & swar::HIGH);
            let places =
                ((open << 1) | u32::from(open_before)) & ((1 << STRIDE.min(b.len() - pos)) - 1);
            // Every place's first two bytes probed; the outcomes gathered as bits, not branched on.
            let bytes = x.to_le_bytes();
            let (mut todo, mut starts) = (places, 0u32);
            while todo != 0 {
                let k = todo.trailing_zeros() as usize & 15;
                todo &= todo - 1;
                let two = u16::from_le_bytes([bytes[k], bytes[(k + 1) & 15]]);
                starts |= u32::from(self.index.may_start_with(two)) << k;
            }
            let mut next = (pos + STRIDE, (open >> (STRIDE - 1)) & 1 != 0);
            while starts != 0 {
                let p = pos + starts.trailing_zeros() as usize;
                starts &= starts - 1;
                if let Some((i, n)) = self.index.longest_at(b, p)
                    && may_start_after(text, p)
                    && let Some(actor) = self.patterns.get(i).map(|p| p.actor)
                    && boundaries_ok(text, p, p + n)
                {
                    out.push(LexHit {
                        span: p..p + n,
                        actor,
                    });
                    // An accepted match resumes the scan at its end.
                    next = (p + n, !BLOCKS_START[usize::from(b[p + n - 1])]);
                    break;
                }
            }
            (pos, open_before) = next;
        }
        out
    }
}

/// Places tried per 16-byte load.
const STRIDE: usize = swar::WIDTH - 1;

/// ASCII bytes after which no match may start (letters, digits, `.`, `@`, `#`, `_`).
static BLOCKS_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = c.is_ascii_alphanumeric() || matches!(c, b'.' | b'@' | b'#' | b'_');
        i += 1;
    }
    t
};

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
        .is_some_and(crate::text::chars::is_alnum)
}

/// Word boundaries on both sides, and not inside a domain name, handle or path.
fn boundaries_ok(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let mut after = text[e..].chars();
    let a1 = after.next();
    let a2 = after.next();
    if before.is_some_and(|c| crate::text::chars::is_alnum(c) || matches!(c, '.' | '@' | '#' | '_'))
    {
        return false;
    }
    // "Outre-Atlantique", "outre-Rhin": beyond the place, an adverb, not the place.
    if before == Some('-') && s >= 6 && text.as_bytes()[s - 6..s - 1].eq_ignore_ascii_case(b"outre")
    {
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
    if a1.is_some_and(|c| crate::text::chars::is_alnum(c) || c == '_') {
        return false;
    }
    // "forbes.fr", "Nvidia-" is fine but "x.com" is not a mention of X.
    if a1 == Some('.') && a2.is_some_and(crate::text::chars::is_alnum) {
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
