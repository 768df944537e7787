//! The words right before a name, as the checks on it read them: lower-cased, trimmed, without
//! a final determiner, and whether they end on a cue.

use super::endcues::EndCues;
use crate::extract::EntityHit;

/// Determiners that may stand between a preposition and a name ("of the X", "de la X"), as
/// the words before a name end on them.
pub const DETERMINERS: &[&str] = &["l'", "la", "le", "les", "the"];

/// Whether the one word before `e` is capitalised and opens its sentence ("Rival X said").
pub fn cue_opens_sentence(s: &str, e: &EntityHit) -> bool {
    let before = s[..e.span.start].trim_end_matches(' ');
    let at = before.rfind([' ', '\n']).map_or(0, |k| k + 1);
    let word = &before[at..];
    // What stands before the word: nothing, a line break, or a sentence's end.
    let prev = before[..at].trim_end_matches(' ');
    word.starts_with(char::is_uppercase)
        && (prev.is_empty() || prev.ends_with(['.', '!', '?', '\n']))
}

/// Calls `f` with the lower-cased text before an entity (up to 24 bytes, after a space),
/// trimmed, without a final determiner; lower-cased in place on the stack when its chars keep
/// their length in lower case.
pub fn with_stripped_context<R>(s: &str, e: &EntityHit, f: impl FnOnce(&str) -> R) -> R {
    let mut from = s.floor_char_boundary(e.span.start.saturating_sub(24));
    // The context stays in the entity's paragraph: a line start reads as a space.
    if let Some(nl) = memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start]) {
        from += nl + 1;
    }
    let raw = &s[from..e.span.start];
    if raw.len() <= 24 {
        // Most text lower-cases in place, each char keeping its length.
        let mut buf = [b' '; 25];
        let out = &mut buf[1..=raw.len()];
        out.copy_from_slice(raw.as_bytes());
        if crate::text::lower_in_place(out)
            && let Ok(ctx) = std::str::from_utf8(&buf[..=raw.len()])
        {
            return f(strip_determiner(ctx));
        }
    }
    // Char by char on the stack: what `str::to_lowercase` makes, except for a final sigma
    // (context-dependent there), left to it. No char lower-cases to more than three chars of
    // three bytes, so 24 bytes of input fill at most 216.
    if !raw.contains('Σ') && raw.len() <= 24 {
        let mut buf = [b' '; 1 + 24 * 9];
        let mut n = 1;
        for c in raw.chars() {
            for l in c.to_lowercase() {
                n += l.encode_utf8(&mut buf[n..]).len();
            }
        }
        let ctx = std::str::from_utf8(&buf[..n]).unwrap_or_default();
        return f(strip_determiner(ctx));
    }
    let ctx = format!(" {}", raw.to_lowercase());
    f(strip_determiner(&ctx))
}

/// `ctx.ends_with(p)`, rejecting on the last two bytes before comparing the rest.
#[inline]
pub fn ends_with_str(ctx: &str, p: &str) -> bool {
    let (c, p) = (ctx.as_bytes(), p.as_bytes());
    match (c.last_chunk::<2>(), p.last_chunk::<2>()) {
        (Some(x), Some(y)) => x == y && c.ends_with(p),
        _ => c.ends_with(p),
    }
}

/// A lower-cased context trimmed, without a final determiner.
pub fn strip_determiner(ctx: &str) -> &str {
    // (Markdown's emphasis around a name is no word: "told *The Raise*".)
    fn emphasis(t: &str) -> &str {
        t.trim_end().trim_end_matches(['*', '_']).trim_end()
    }
    let ctx = emphasis(ctx);
    DETERMINERS
        .iter()
        .find(|d| ends_with_str(ctx, d))
        .map_or(ctx, |d| emphasis(&ctx[..ctx.len() - d.len()]))
}

/// One of `cues` as whole words at the end of a stripped context.
pub fn ends_with_cue(ctx: &str, cues: &EndCues) -> bool {
    cues.any_at_end(ctx, |p| {
        ends_with_str(ctx, p) && ctx[..ctx.len() - p.len()].ends_with([' ', '\'', ','])
    })
}

/// Words that end a descriptor before a name: what follows them is no longer what a verb
/// takes ("buy chips from X", "achète des puces à X", "acquire it while X").
const NOT_DESCRIPTOR: &[&str] = &[
    "from", "with", "in", "for", "to", "at", "of", "by", "on", "while", "and", "as", "that",
    "which", "who", "but", "when", "after", "before", "than", "de", "du", "des", "d", "à", "au",
    "aux", "avec", "en", "pour", "chez", "auprès", "par", "sur", "et", "que", "qui", "mais",
    "quand", "après", "avant", "dont", "its", "their", "son", "sa", "ses", "leur",
];

/// Whether `e` is what `cues` take, past a descriptor of one to three lower-case words naming
/// a firm ("rachète l'opérateur marseillais DataSud", "acquire rival X", "buys the chipmaker
/// X"; not "l'acquisition de la machine X").
pub fn ends_with_cue_past_descriptor(s: &str, e: &EntityHit, cues: &EndCues) -> bool {
    let from = s.floor_char_boundary(e.span.start.saturating_sub(80));
    let before = &s[from..e.span.start];
    let before = before
        .rfind(['\n', '.', ';', ':', '(', ')', ','])
        .map_or(before, |k| &before[k + 1..]);
    // The words are read from the last: `rest` holds those not read yet.
    let mut rest = before;
    let mut firm = false;
    for _ in 0..3 {
        let t = rest.trim_end();
        if t.is_empty() {
            return false;
        }
        let (head, w) = t.rsplit_once(char::is_whitespace).unwrap_or(("", t));
        let bare = w
            .strip_prefix("l'")
            .or_else(|| w.strip_prefix("l’"))
            .unwrap_or(w);
        let lower = bare.starts_with(|c: char| c.is_lowercase())
            && bare.chars().all(|c| c.is_alphabetic() || c == '-');
        if !lower || NOT_DESCRIPTOR.contains(&bare) {
            return false;
        }
        firm |= bare == "rival" || super::refwords::COMPANY_HEADS.contains(&bare);
        rest = head;
        // (The words before the descriptor, one space apart: built only once it names a firm.)
        if firm {
            let words: Vec<&str> = rest.split_whitespace().collect();
            let ctx = format!(" {}", words.join(" ").to_lowercase());
            if ends_with_cue(strip_determiner(&ctx), cues) {
                return true;
            }
        }
        if bare.len() < w.len() {
            // The elided article opened the descriptor.
            return false;
        }
    }
    false
}
