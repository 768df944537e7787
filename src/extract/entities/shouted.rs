//! Names in capitals: a letterhead's name ("TIANSHU … HOLDINGS LIMITED"), a section title's
//! words ("IN THIS ISSUE"), a known name the lexicon holds in capitals met in title case.

use super::ctx::Ctx;
use super::cues::flag;
use super::propernoun::Candidate;

/// "TIANSHU COMPUTING HOLDINGS LIMITED" on a line of its own: a firm's name in capitals
/// closed by its legal form (or, opening the text, by a body's head word), as a letterhead
/// prints it.
pub fn letterhead(cx: &Ctx, c: &Candidate) -> bool {
    let toks = cx.toks;
    let line = toks[c.first].line;
    // (Opening the text, a body's head word closes it as well: "RIMAL INVESTMENT AUTHORITY".)
    let opens_text =
        c.first == 0 && cx.flags(c.last) & (flag::INSTITUTION_HEAD | flag::COMPANY_SUFFIX) != 0;
    c.heading
        && c.last > c.first
        && (super::cues::Cues::legal_form(cx.lower(c.last)) || opens_text)
        && (c.first == 0 || toks[c.first - 1].line != line)
        && toks.get(c.last + 1).is_none_or(|t| t.line != line)
        && (c.first..=c.last).all(|k| !toks[k].shape.has_lower())
}

/// "# Corveth Systems, Inc.": a filing's title is its issuer's name alone on a Markdown
/// heading line, closed by its legal form (or a firm's word: "# Orlan Compute").
pub fn issuer_title(cx: &Ctx, c: &Candidate) -> bool {
    let s = cx.s;
    if !c.heading || c.last == c.first {
        return false;
    }
    let start = memchr::memrchr(b'\n', &s.as_bytes()[..c.span.start]).map_or(0, |i| i + 1);
    let end =
        memchr::memchr(b'\n', &s.as_bytes()[c.span.end..]).map_or(s.len(), |i| c.span.end + i);
    let lead = s[start..c.span.start].trim();
    if !(lead.starts_with('#') && lead.trim_start_matches('#').is_empty()) {
        return false;
    }
    let tail = s[c.span.end..end].trim().trim_end_matches('.');
    let form = tail
        .strip_prefix(',')
        .map(str::trim)
        .is_some_and(|f| super::cues::Cues::legal_form(&f.to_lowercase()));
    (tail.is_empty() && cx.flags(c.last) & flag::COMPANY_SUFFIX != 0) || form
}

/// The candidate's line holds no lower-case letter ("MONEY", "IN THIS ISSUE"), but for a
/// bracket closing it ("LES CHIFFRES DU TRIMESTRE (en milliards de dollars)"): a word in
/// capitals there is a section title's, not an acronym.
pub fn shouted_line(cx: &Ctx, c: &Candidate) -> bool {
    let toks = cx.toks;
    let line = toks[c.first].line;
    let before = toks[..c.first].iter().rev().take_while(|t| t.line == line);
    let after = toks[c.last + 1..].iter().take_while(|t| t.line == line);
    let line_end = memchr::memchr(b'\n', &cx.s.as_bytes()[toks[c.last].end..])
        .map_or(cx.s.len(), |k| toks[c.last].end + k);
    let closes = cx.s[..line_end].trim_end().ends_with(')');
    let mut prev_end = toks[c.last].end;
    let head = after.take_while(|t| {
        let open = closes && cx.s[prev_end..t.start].contains('(');
        prev_end = t.end;
        !open
    });
    before.chain(head).all(|t| !t.shape.has_lower())
}

/// A lexicon name written in capitals, of four letters or more (an acronym read as a word:
/// "PRAIRIE"), met as `text` with lower-case letters.
pub fn shouted_in_title_case(canonical: &str, text: &str) -> bool {
    canonical.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !canonical.chars().any(char::is_lowercase)
        && text.chars().any(char::is_lowercase)
}
