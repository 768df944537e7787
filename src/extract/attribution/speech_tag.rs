//! A speaker inserted in a sentence (", X said,", ", a déclaré X", ", Governor X told
//! reporters"): a name read as the one who speaks, not as an owner.

use super::look_cues::{ESTIMATE_VERBS, SPEECH_VERBS};
use crate::extract::EntityHit;

/// ", X said," / ", a déclaré X": a speaker inserted between commas.
pub(super) fn is_speech_tag(s: &str, e: &EntityHit) -> bool {
    if super::turn::turn_label(s, e) {
        return true;
    }
    let before = s[..e.span.start].trim_end();
    let end = s.floor_char_boundary((e.span.end + 24).min(s.len()));
    let after = s[e.span.end..end].trim_start();
    // Lower-casing keeps ',' and '.' and makes no other char one of them: the cheap tests
    // decide first, the lower-cased copies are made only when a verb is still needed.
    // ", Governor X said", ", Chief Executive X said": a title may stand after the comma.
    let comma_before = before.ends_with(',') || after_titles(before).ends_with(',');
    let punct_after = after.starts_with([',', '.']);
    if !comma_before && !punct_after {
        return false;
    }
    // After a quotation the speaker is the "we" of it: "…," X told investors.
    let quoted = before.ends_with([',', '»', '"', '”'])
        && before
            .trim_end_matches(',')
            .trim_end()
            .ends_with(['"', '”', '»']);
    let verb_after = comma_before
        && crate::text::with_lower(after, |after| {
            SPEECH_VERBS.iter().chain(ESTIMATE_VERBS).any(|v| {
                after.strip_prefix(v).is_some_and(|rest| {
                    rest.starts_with([',', '.', ';'])
                        // "X told reporters", "X said in a statement", "X said on Tuesday".
                        || (!quoted && AUDIENCES.iter().any(|a| rest.starts_with(a)))
                })
            })
        });
    if verb_after {
        return true;
    }
    punct_after && {
        let from = s.floor_char_boundary(e.span.start.saturating_sub(24));
        crate::text::with_lower(s[from..e.span.start].trim_end(), |near| {
            SPEECH_VERBS.iter().any(|v| near.ends_with(v))
        })
    }
}

/// What follows a verb of saying in a speech tag: its audience, channel or day.
const AUDIENCES: &[&str] = &[
    " reporters",
    " journalists",
    " investors",
    " analysts",
    " in a statement",
    " in an interview",
    " on monday",
    " on tuesday",
    " on wednesday",
    " on thursday",
    " on friday",
    " on saturday",
    " on sunday",
];

/// `before` without up to three capitalised words at its end (a title before a name).
fn after_titles(before: &str) -> &str {
    let mut t = before;
    for _ in 0..3 {
        // (`before` may be all the text before the name: its last space found with memrchr.)
        let Some(k) = memchr::memrchr(b' ', t.as_bytes()) else {
            break;
        };
        let (head, w) = (&t[..k], &t[k + 1..]);
        if !w.starts_with(|c: char| c.is_uppercase()) || w.ends_with(',') {
            break;
        }
        t = head.trim_end();
    }
    t
}
