//! Names a sentence cites rather than credits: an outlet "X reported", a name a few words after
//! "selon", a person in apposition to an opening source's title, the digests' "per X".

use super::look_cues::REPORTED_AFTER;
use crate::extract::{EntityHit, EntityKind};
use crate::text::table::short_line_at;

/// How far before a name a source cue is looked for (bytes).
const SOURCE_REACH: usize = 72;

/// "Per Bloomberg, …", "…, per PitchBook data": the digests' "per" names a source (only
/// opening a sentence or after a comma: "$2 per Nvidia chip" names none).
pub fn per_source(s: &str, e: &EntityHit) -> bool {
    let before = s[..e.span.start].trim_end_matches(' ');
    if before.ends_with(", per") {
        return true;
    }
    before.strip_suffix("Per").is_some_and(|b| {
        let b = b.trim_end_matches(' ');
        b.is_empty() || b.ends_with(['.', '!', '?', '\n'])
    })
}

/// "## The Times: 'Ministers sign £2.8bn deal'": a name before a colon and a quoted headline is
/// the outlet that ran it (or the voice quoted), not what the headline is about.
pub fn headline_source(s: &str, e: &EntityHit) -> bool {
    // ("Le Monde : « … »": French sets the colon and the quote apart with spaces.)
    let after = s[e.span.end..].trim_start_matches(['*', ' ', '\u{a0}', '\u{202f}']);
    after
        .strip_prefix(':')
        .map(|a| a.trim_start_matches([' ', '\u{a0}', '\u{202f}']))
        .is_some_and(|a| a.starts_with(['\'', '"', '‘', '“', '«']))
}

/// Words of a story's credit line: its date of publication or update ("Boursorama avec AFP ·
/// publié le 21/10/2026", "By Jane Doe, Reuters | Updated 10:42").
const CREDITS: &[&str] = &[
    "publié le",
    "publiée le",
    "mis à jour le",
    "published",
    "updated",
];

/// The words after a credit's verb give a date or a time ("21/10/2026", ": Dec 8, 2026", "on
/// Monday", "10:42"), as no news sentence's "Nvidia updated its guidance" does.
fn dated(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', ':', '\u{a0}']);
    let rest = ["on ", "le ", "at "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    const DAYS: &[&str] = &[
        "jan", "feb", "fév", "mar", "apr", "avr", "may", "mai", "jun", "jui", "jul", "aug", "aoû",
        "sep", "oct", "nov", "dec", "déc", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "lun",
        "mer", "jeu", "ven", "sam", "dim",
    ];
    rest.starts_with(|c: char| c.is_ascii_digit()) || DAYS.iter().any(|d| rest.starts_with(d))
}

/// A name on a short line that credits the story (a byline with its date of publication, a
/// copyright line): the outlet or the agency that wrote it, not an actor of its news.
pub fn credit_line(s: &str, e: &EntityHit) -> bool {
    let Some(line) = short_line_at(s, &e.span, 120) else {
        return false;
    };
    let line = s[line].to_lowercase();
    // ("© 2026 Pulse Startups", "(©AFP - 2026)"; a photo's caption ending on "© Vergence AI"
    // credits the firm of its news.)
    CREDITS.iter().any(|c| {
        line.match_indices(c)
            .any(|(k, _)| dated(&line[k + c.len()..]))
    }) || line.trim_start_matches(['(', ' ']).starts_with('©')
}

/// The outlets a copyright line names ("Kapitalis © 2026 - Tous droits réservés", "© 2026
/// Pulse Media. All rights reserved."): one mention of each, so that every mention of the
/// outlet (its masthead too) reads as the text's source. The name stands right by the "©"
/// (a year between them), on a line that holds nothing else but rights reserved; and the
/// name is no sentence's subject elsewhere, only on short lines of its own (a masthead) or
/// who a speaker was reached by ("joint par Kapitalis"): a firm's press release ending "© 2026
/// Nvidia. All rights reserved." names the firm in its news, and a photo's "© 2025 Getty
/// Images" credits a picture.
pub fn copyright_holders(s: &str, entities: &[EntityHit]) -> Vec<usize> {
    if memchr::memmem::find(s.as_bytes(), "©".as_bytes()).is_none() {
        return Vec::new();
    }
    let mut held: Vec<usize> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if held.iter().any(|&k| entities[k].canonical == e.canonical) || !beside_copyright(s, e) {
            continue;
        }
        let alone = entities
            .iter()
            .filter(|o| o.canonical == e.canonical)
            .all(|o| beside_copyright(s, o) || own_short_line(s, o) || addressed(s, o));
        if alone {
            held.push(i);
        }
    }
    held
}

/// `e` stands right by a "©" on a line holding nothing else but a year, dashes and rights
/// reserved: "Kapitalis © 2026 - Tous droits réservés", "© 2026 Pulse Media".
fn beside_copyright(s: &str, e: &EntityHit) -> bool {
    let Some(line) = short_line_at(s, &e.span, 120) else {
        return false;
    };
    let bare = |t: &str| {
        let t = t
            .to_lowercase()
            .replace("tous droits réservés", "")
            .replace("all rights reserved", "");
        t.chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || "©-–—.,|()".contains(c))
    };
    let (before, after) = (&s[line.start..e.span.start], &s[e.span.end..line.end]);
    bare(before) && bare(after) && (before.contains('©') || after.contains('©'))
}

/// `e` after "par", "by", "to" or "à": who a speaker talks to or was reached by ("joint par
/// Kapitalis", "told Kapitalis"), not a sentence's subject.
fn addressed(s: &str, e: &EntityHit) -> bool {
    let before = &s[..e.span.start];
    [" par ", " by ", " to ", " à "]
        .iter()
        .any(|p| before.ends_with(p))
}

/// `e` on a short line with no sentence on it (a masthead, a footer's name).
fn own_short_line(s: &str, e: &EntityHit) -> bool {
    short_line_at(s, &e.span, 40).is_some_and(|line| !s[line].contains(['.', '!', '?']))
}

/// "Sable Ratings", "Hyperion Research", "Xalam Analytics": a house whose name says it rates,
/// researches or analyses is cited for what others spend and earn, not an owner.
/// (A known actor's research arm, "Microsoft Research", stays an actor: the lexicon names it.)
pub fn analyst_house(e: &EntityHit) -> bool {
    // (Its last word read only for a name of several words the lexicon does not know.)
    !e.from_lexicon
        && e.canonical.rsplit_once(' ').is_some_and(|(_, last)| {
            matches!(last, "Ratings" | "Research" | "Analytics" | "Insights")
        })
}

/// "D'après le ministre de la Communication, des Télécommunications et du Numérique, Moustapha
/// Kane, la première phase coûtera …": a person named in apposition to the title a sentence's
/// opening source gives, however long the title.
pub fn titled_source(s: &str, e: &EntityHit) -> bool {
    if e.kind != EntityKind::Person || !s[e.span.end..].starts_with(',') {
        return false;
    }
    let from = s.floor_char_boundary(e.span.start.saturating_sub(200));
    let before = &s[from..e.span.start];
    // (The stops are ASCII: a byte search finds them.)
    let Some(k) = before
        .bytes()
        .rposition(|c| matches!(c, b'.' | b'!' | b'?' | b'\n'))
    else {
        return false;
    };
    let opening = before[k + 1..].trim_start();
    ["Selon ", "D'après ", "D’après ", "According to "]
        .iter()
        .any(|c| opening.starts_with(c))
        && opening.contains(", ")
}

/// Verbs of a newsroom reading a document, after its name.
const CONSULTED_AFTER: &[&str] = &[
    " a pu consulter",
    " a consulté",
    " a pu lire",
    " has seen a copy",
    " has seen the document",
    " has seen documents",
    " has seen a draft",
    " has seen the draft",
];

/// Verbs of a newsroom that found out, after its name ("TheMarker has learned that the campus
/// could cost …", "Le Monde a appris que", "Street Talk can reveal"; not "Microsoft has
/// learned from the outage").
const REVEALED_AFTER: &[&str] = &[
    " has learned that",
    " has learnt that",
    " a appris que",
    " a appris qu'",
    " a appris qu’",
    " can reveal",
];

/// The name is a newsroom telling what it found out ([`REVEALED_AFTER`], or "…, Capacity
/// understands.").
fn reveals(s: &str, e: &EntityHit) -> bool {
    // (Every verb starts with " h", " a", " c" or " u": most names are answered here.)
    let b = s.as_bytes();
    b.get(e.span.end) == Some(&b' ')
        && matches!(
            b.get(e.span.end + 1).map(u8::to_ascii_lowercase),
            Some(b'h' | b'a' | b'c' | b'u')
        )
        && (crate::text::with_lower(
            crate::text::around(s, e.span.end, e.span.end + 24),
            |after| REVEALED_AFTER.iter().any(|w| after.starts_with(w)),
        ) || understands_after_comma(s, e))
}

/// The newsrooms that tell what they found out ([`reveals`]): the text's own, one mention of
/// each.
pub fn revealing_newsrooms(s: &str, entities: &[EntityHit]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for (i, e) in entities.iter().enumerate() {
        if reveals(s, e) && !out.iter().any(|&k| entities[k].canonical == e.canonical) {
            out.push(i);
        }
    }
    out
}

/// "…, Capacity understands.": a newsroom closing a sentence with what it understands (after
/// a comma: "Nvidia understands the market" is a firm's own sentence).
fn understands_after_comma(s: &str, e: &EntityHit) -> bool {
    s[..e.span.start].ends_with(", ")
        && s[e.span.end..]
            .strip_prefix(" understands")
            .is_some_and(|r| r.starts_with(['.', ',']))
}

/// "X reported", "selon l'association professionnelle américaine X": a source named after its
/// verb or a few words after its cue.
pub fn is_reported_by(s: &str, e: &EntityHit) -> bool {
    let end = s.floor_char_boundary((e.span.end + 16).min(s.len()));
    // Every cue after the name starts with " r", " a", " h", " f", " c" or " u": most names
    // are answered here.
    let b = s.as_bytes();
    let first = b.get(e.span.end + 1).map(u8::to_ascii_lowercase);
    let after_cue = b.get(e.span.end) == Some(&b' ')
        && matches!(first, Some(b'r' | b'a' | b'h' | b'f' | b'c' | b'u'));
    if after_cue {
        // "Le JDD a pu consulter le document", "X has seen the filing": a newsroom that read
        // a document, whatever it read.
        if crate::text::with_lower(
            crate::text::around(s, e.span.end, e.span.end + 32),
            |after| CONSULTED_AFTER.iter().any(|w| after.starts_with(w)),
        ) || reveals(s, e)
        {
            return true;
        }
        // "Bloomberg reported this week", not "Nvidia reported revenue of …".
        let reported = crate::text::with_lower(&s[e.span.end..end], |after| {
            REPORTED_AFTER.iter().any(|w| {
                after.strip_prefix(w).is_some_and(|rest| {
                    rest.is_empty()
                        || rest.starts_with([',', '.', ';'])
                        || [
                            " this", " last", " on ", " in ", " that", " earlier", " citing",
                            " late",
                        ]
                        .iter()
                        .any(|x| rest.starts_with(x))
                })
            })
        });
        if reported {
            return true;
        }
    }
    // "selon l'association professionnelle américaine X": a cue at most five words back, with
    // no punctuation between. Read word by word from the name, without a lower-cased copy.
    let mut from = s.ceil_char_boundary(e.span.start.saturating_sub(SOURCE_REACH));
    // The cue stays in the name's paragraph or line ("…bénéficiaires.\n\nSelon le quotidien X").
    if let Some(nl) = memchr::memrchr(b'\n', &s.as_bytes()[from..e.span.start]) {
        from += nl + 1;
    }
    let before = &s[from..e.span.start];
    // The words right to left, split at spaces (ASCII: char boundaries), each read only when
    // the search gets to it: the word ending at or before byte `end`.
    let b = before.as_bytes();
    let word_before = |mut end: usize| {
        while end > 0 && b[end - 1] == b' ' {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && b[start - 1] != b' ' {
            start -= 1;
        }
        (end > 0).then(|| (start, &before[start..end]))
    };
    let mut end = b.len();
    for _ in 0..6 {
        let Some((start, w)) = word_before(end) else {
            break;
        };
        end = start;
        if w.bytes()
            .any(|c| matches!(c, b',' | b'.' | b';' | b':' | b'(' | b')'))
        {
            return false;
        }
        let w = w.strip_prefix("l'").or(w.strip_prefix("L'")).unwrap_or(w);
        if w.eq_ignore_ascii_case("selon") || w.eq_ignore_ascii_case("d'après") {
            return true;
        }
        // The word before, read only after "to", "by" or "par".
        let prev_is = |list: &[&str]| {
            word_before(end).is_some_and(|(_, p)| list.iter().any(|x| p.eq_ignore_ascii_case(x)))
        };
        if w.eq_ignore_ascii_case("to") && prev_is(&["according"]) {
            return true;
        }
        if (w.eq_ignore_ascii_case("by") || w.eq_ignore_ascii_case("par"))
            && prev_is(&["cited", "cité"])
        {
            return true;
        }
    }
    false
}
