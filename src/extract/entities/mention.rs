//! A name's mention while names are resolved: its span, canonical name and evidence, the kind
//! it votes for, and the short forms a full name may be repeated under.

use super::classify::Scores;
use super::ctx::Ctx;
use super::cues::{Cues, flag, has_lower};
use crate::extract::EntityKind;
use std::ops::Range;

/// One mention of a name (lexicon match or detected name).
pub struct Mention<'a> {
    pub span: Range<usize>,
    /// Borrowed from the text (detected names) or the lexicon.
    pub canonical: &'a str,
    /// Fixed by the lexicon.
    pub lex_kind: Option<EntityKind>,
    /// Evidence from the name's shape (counted once per canonical name) and from the context
    /// of this mention (summed over mentions).
    pub shape: Scores,
    pub ctx: Scores,
    /// Token range for detected names.
    pub toks: Option<(usize, usize)>,
}

/// Short forms a full name may be repeated under: a person's surname, a company without "AI",
/// a project's or a body's head noun ("the Mission" after "IndiaAI Mission").
pub fn short_form<'a>(
    cx: &Ctx<'a, '_>,
    first: usize,
    last: usize,
    kind: EntityKind,
) -> Option<&'a str> {
    if last <= first {
        return None;
    }
    let s: &'a str = cx.s;
    match kind {
        EntityKind::Person if (first..=last).all(|k| cx.toks[k].name_like(s)) => {
            Some(cx.toks[last].text(s))
        }
        EntityKind::Company if cx.flags(last) & flag::LINKABLE_SUFFIX != 0 => {
            // "Strait Compute Pte Ltd" → "Strait Compute", "Tejo AI Cloud" → "Tejo": a legal
            // form of two words, or descriptors, go whole.
            let mut end = last - 1;
            while end > first
                && (Cues::legal_form(cx.lower(end)) || cx.flags(end) & flag::LINKABLE_SUFFIX != 0)
            {
                end -= 1;
            }
            Some(&s[cx.toks[first].start..cx.toks[end].end])
        }
        // "the Mission" after "IndiaAI Mission": an English name's head noun, last.
        EntityKind::Project | EntityKind::Institution
            if cx.flags(last) & (flag::PROJECT_HEAD | flag::INSTITUTION_HEAD) != 0 =>
        {
            Some(cx.toks[last].text(s))
        }
        _ => None,
    }
}

/// [`short_form`] of a lexicon name: its last word, or all but its last word.
pub fn word_short_form<'a>(canonical: &'a str, kind: EntityKind, cx: &Ctx) -> Option<&'a str> {
    // The last space, read from the right byte by byte (`rsplit_once` decodes chars).
    let sp = canonical.bytes().rposition(|b| b == b' ')?;
    let (init, last) = (&canonical[..sp], &canonical[sp + 1..]);
    match kind {
        EntityKind::Person => Some(last),
        EntityKind::Company if has_lower(&cx.cues.linkable_suffixes, last) => Some(init),
        EntityKind::Project | EntityKind::Institution if head_noun(cx, last) => Some(last),
        _ => None,
    }
}

/// Whether `word` is a project's or a body's head noun ("Mission", "Fund", "Commission").
pub fn head_noun(cx: &Ctx, word: &str) -> bool {
    word.len() < 32
        && cx.cues.flags(&word.to_lowercase()) & (flag::PROJECT_HEAD | flag::INSTITUTION_HEAD) != 0
}

/// Evidence for the mention's kind: its shape and its contexts together.
pub fn total(m: &Mention) -> Scores {
    let mut t = m.shape;
    t.add_all(&m.ctx, 1.0);
    t
}

/// The mention's kind: the lexicon's, else the best-scored.
pub fn kind_of(m: &Mention) -> Option<EntityKind> {
    m.lex_kind.or_else(|| total(m).best())
}
