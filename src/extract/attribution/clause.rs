//! Clause boundaries in a sentence: the breaks (";", ":", "tandis qu", "while", …), the scans
//! of one sentence that find where a figure's clause starts and ends (kept as the reference the
//! text-wide [`super::clause_index`] is tested against), and the asides in parentheses or
//! between dashes that a subject search steps over.

#[cfg(test)]
use crate::text::swar;
use std::ops::Range;

/// Words that end a clause when searching backwards for the figure's subject.
pub const CLAUSE_BREAKS: &[&str] = &[
    ";",
    ":",
    " tandis qu",
    " alors qu",
    " whereas ",
    " while ",
    " but ",
    " mais ",
];
/// Where the figure's clause ends: the first clause break after it in the sentence. A scan of
/// the sentence: the reference [`super::clause_index::ClauseIndex`] is tested against.
#[cfg(test)]
pub fn clause_end(s: &str, from: usize, sent_end: usize) -> usize {
    let b = s.as_bytes();
    let end = sent_end.min(b.len());
    // One pass over the bytes: ';' ends a clause, and so does a listed break word (every one
    // starts with a space; ':' is left out here, it introduces what follows).
    for i in from..end {
        match b[i] {
            b';' => return i,
            b' ' => {
                let rest = &b[i..end];
                if CLAUSE_BREAKS
                    .iter()
                    .filter(|w| w.starts_with(' '))
                    .any(|w| {
                        rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                    })
                {
                    return i;
                }
            }
            _ => {}
        }
    }
    sent_end
}

/// Where the figure's clause starts: after the last clause break before it in the sentence. A
/// scan of the sentence: the reference [`super::clause_index::ClauseIndex`] is tested against.
#[cfg(test)]
pub fn clause_start(s: &str, sent_start: usize, at: usize) -> usize {
    let before = &s[sent_start..at];
    if let Some(end) = last_break_end(before) {
        return end.map_or(sent_start, |e| sent_start + e);
    }
    let lower = crate::text::lower(before);
    // Lower-casing may change byte lengths; only use it when it does not.
    let hay = if lower.len() == before.len() {
        lower.as_str()
    } else {
        before
    };
    CLAUSE_BREAKS
        .iter()
        .filter_map(|b| hay.rfind(b).map(|p| sent_start + p + b.len()))
        .max()
        .unwrap_or(sent_start)
}

/// The end of the last clause break in `before`, read case-insensitively, without building a
/// lower-cased copy — `None` when that cannot be done exactly (a non-ASCII char that lower-case
/// would change), `Some(None)` when there is no break.
#[cfg(test)]
pub fn last_break_end(before: &str) -> Option<Option<usize>> {
    // Lower-casing then changes ASCII letters only, so the lower-cased copy is the ASCII
    // lower-cased one and the (ASCII) breaks match it exactly where they match here.
    // à..ÿ (and ÷) are their own lower case: answered without the Unicode tables.
    let invariant = before.is_ascii()
        || before.chars().all(|c| {
            c.is_ascii() || ('\u{E0}'..='\u{FF}').contains(&c) || {
                let mut l = c.to_lowercase();
                l.next() == Some(c) && l.next().is_none()
            }
        });
    if !invariant {
        return None;
    }
    let b = before.as_bytes();
    let ends_with = |e: usize, pats: &[&str]| {
        pats.iter()
            .any(|p| e >= p.len() && b[e - p.len()..e].eq_ignore_ascii_case(p.as_bytes()))
    };
    // The break ending last wins: try each end position from the right, by the byte before
    // it (each break of CLAUSE_BREAKS ends on ';', ':', a space or "qu").
    let hit = |e: usize| match b[e - 1] {
        b';' | b':' => true,
        b' ' => ends_with(e, SPACE_BREAKS),
        b'u' | b'U' => ends_with(e, QU_BREAKS),
        _ => false,
    };
    // Sixteen bytes at a time, from the right: spaces are too common (and too irregular) to
    // branch on each, so only the bytes that may end a break are tried — ';', ':', a space
    // after s, e or t (" whereas ", " while ", " but ", " mais ") and a u after q — which
    // leaves a branch per block, not per byte.
    let mut hi = b.len();
    while hi > 0 {
        let j = hi.saturating_sub(swar::WIDTH);
        let x = swar::load(b, j, 0);
        // `prev` holds, at each byte, the byte before it in the text (0 before the start).
        let prev = match j.checked_sub(1) {
            Some(p) => swar::load(b, p, 0),
            None => x << 8,
        };
        let lower_prev = prev | (swar::ONES * 0x20);
        let after_ste =
            swar::eq(lower_prev, b's') | swar::eq(lower_prev, b'e') | swar::eq(lower_prev, b't');
        let mut m = (swar::eq(x, b';')
            | swar::eq(x, b':')
            | (swar::eq(x, b' ') & after_ste)
            | (swar::eq(x | (swar::ONES * 0x20), b'u') & swar::eq(lower_prev, b'q')))
            & swar::before(hi - j);
        while m != 0 {
            let k = swar::last(m);
            if hit(j + k + 1) {
                return Some(Some(j + k + 1));
            }
            m &= !(0x80u128 << (8 * k));
        }
        hi = j;
    }
    Some(None)
}

/// The breaks of [`CLAUSE_BREAKS`] that end on a space, and on "qu".
#[cfg(test)]
pub const SPACE_BREAKS: &[&str] = &[" whereas ", " while ", " but ", " mais "];
#[cfg(test)]
pub const QU_BREAKS: &[&str] = &[" tandis qu", " alors qu"];

/// "Fondée par d'anciens chercheurs de Google DeepMind, la start-up H a levé …", "Backed by X,
/// Y raised …": a sentence opening on a past participle, up to its first comma, is an aside
/// whose names are not the subject.
pub fn fronted_participle(s: &str, sent: &Range<usize>) -> Option<Range<usize>> {
    let t = s.get(sent.clone())?;
    let lead = t.len() - t.trim_start().len();
    let mut words = t[lead..].split([' ', ',']);
    let first = words.next()?;
    let capital = first.starts_with(|c: char| c.is_uppercase());
    let participle = ["ée", "ées", "és", "é", "ed", "en"]
        .iter()
        .any(|x| first.ends_with(x))
        && first.chars().count() > 4;
    // A preposition follows ("Fondée par", "Founded in", "Backed by"; not "United States").
    let prep = words.next().is_some_and(|w| {
        [
            "par", "by", "en", "in", "à", "au", "avec", "with", "from", "de", "sur", "on", "dès",
            "pour", "for", "near", "près",
        ]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
            || w.starts_with("d'")
    });
    if !capital || !participle || !prep {
        return None;
    }
    let comma = t.find(',')?;
    // A phrase of a few words, not the whole sentence.
    (comma < 160).then(|| sent.start..sent.start + comma)
}

/// Byte ranges of parenthesised or dash-delimited asides in the sentence.
pub fn asides(s: &str, sent: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut dash: Option<usize> = None;
    // Bytes, not chars: ASCII bytes never occur inside a multi-byte char, and '–' (U+2013)
    // and '—' (U+2014) are the only chars encoded E2 80 93 and E2 80 94.
    let b = s.as_bytes().get(sent.clone()).unwrap_or_default();
    let visit = |i: usize| {
        let at = sent.start + i;
        match b[i] {
            b'(' | b'[' => open.push(at),
            b')' | b']' => {
                if let Some(o) = open.pop() {
                    out.push(o..at + 1);
                }
            }
            0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) => match dash.take() {
                Some(o) => out.push(o..at + 3),
                None => dash = Some(at),
            },
            _ => {}
        }
    };
    // Only five bytes matter; without brackets, three, found by a vectorised search.
    if memchr::memchr2(b'[', b']', b).is_some() {
        (0..b.len()).for_each(visit);
    } else {
        memchr::memchr3_iter(b'(', b')', 0xE2, b).for_each(visit);
    }
    out
}
