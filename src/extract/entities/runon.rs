//! Known names run on into a candidate that starts inside them: a known name whose first word
//! is a stop word that opens no candidate ("Grand", "Nouvelle"), followed by more capitals, is
//! read as the known name and a candidate after it unless the candidate takes the known name's
//! start.

use super::ctx::Ctx;
use super::lexmatch::LexHit;
use super::propernoun::Candidate;

/// Moves the start of every candidate that a lexicon match (`lex`, sorted) opens before and
/// ends inside back to the match's start, when only single spaces on one line part them.
pub fn extend_into_known(cx: &Ctx, lex: &[LexHit], cands: &mut [Candidate]) {
    let toks = cx.toks;
    for c in cands.iter_mut() {
        let k = lex.partition_point(|h| h.span.end <= c.span.start);
        let Some(h) = lex.get(k) else {
            continue;
        };
        if !(h.span.start < c.span.start && h.span.end < c.span.end) {
            continue;
        }
        let first = toks.partition_point(|t| t.start < h.span.start);
        let joined = toks.get(first..c.first).is_some_and(|run| {
            !run.is_empty()
                && run[0].start == h.span.start
                && run.iter().all(|t| t.line == toks[c.first].line)
        }) && cx.s[h.span.start..c.span.start]
            .bytes()
            .all(|b| b != b'\n' && b != b',' && b != b'.');
        if !joined {
            continue;
        }
        c.caps += c.first - first;
        c.initial = toks[first].initial;
        c.first = first;
        c.span.start = h.span.start;
    }
}
