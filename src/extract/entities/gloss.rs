//! What a name's own shape or the words right around it say of its kind: a French place
//! name's shape ("Saint-Avold", "Fos-sur-Mer"), a name glossed by its place in brackets
//! ("Helios (Lübbenau, Germany)"), and a comma closing a phrase the sentence opens on ("Pour le
//! campus de Lisses, …"), which opens no apposition.

use super::ctx::Ctx;
use super::cues::Cues;
use super::propernoun::Candidate;
use crate::extract::EntityKind;

/// Prepositions a sentence may open on before its subject ("Pour le campus de X, …").
const FRONTING: &[&str] = &[
    "pour", "chez", "dans", "sur", "avec", "après", "avant", "depuis", "outre", "for", "in", "at",
    "with", "after", "before", "since", "besides", "beyond",
];

/// Whether the name stands in a phrase its sentence opens on with a preposition, a few plain
/// words before it.
pub fn in_fronted_phrase(cx: &Ctx, c: &Candidate) -> bool {
    let mut k = c.first;
    for _ in 0..6 {
        if k == 0 || cx.toks[k].initial {
            break;
        }
        let (a, b) = (cx.toks[k - 1].end, cx.toks[k].start);
        if !cx.s.as_bytes()[a..b].iter().all(|&c| c == b' ') && !cx.toks[k].joined {
            return false;
        }
        k -= 1;
    }
    k < c.first && cx.toks[k].initial && FRONTING.contains(&cx.lower(k))
}

/// Whether `t` opens on " (City, Country)" or " (Region)": capitalised words, at most one
/// comma, in brackets, the first not in capitals.
pub fn located_after(t: &str) -> bool {
    let Some(rest) = t.strip_prefix(" (") else {
        return false;
    };
    let Some(close) = rest.get(..rest.len().min(48)).and_then(|r| r.find(')')) else {
        return false;
    };
    let inside = &rest[..close];
    let parts: Vec<&str> = inside.split(", ").collect();
    // (Not a unit: "Capacity (MW)"; a place's name is in lower case after its capital.)
    let cased = |p: &str| p.chars().skip(1).any(char::is_lowercase);
    parts.len() <= 2
        && cased(parts[0])
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.split(' ').all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        || ["de", "la", "del", "di", "le"].contains(&w)
                })
        })
}

/// The shape of a French place name: "Saint-Avold", "Fos-sur-Mer", "Bruyères-le-Châtel",
/// "Val-de-Reuil".
pub fn toponym(w: &str) -> bool {
    // (Most words hold no hyphen: one byte scan answers them.)
    if !w.as_bytes().contains(&b'-') {
        return false;
    }
    if ["Saint-", "Sainte-"].iter().any(|p| w.starts_with(p)) {
        return true;
    }
    [
        "-sur-", "-en-", "-le-", "-la-", "-les-", "-lès-", "-de-", "-du-", "-aux-", "-d'", "-d’",
    ]
    .iter()
    .any(|m| w.contains(m))
}

/// "- **Quanterra** (Munich), spécialiste des puces, obtient …", "**Tessellate**, a startup",
/// "Chip designer **Quillfeather** priced": a word set in bold on its own, glossed or
/// described, is the name a digest's item is about.
pub fn bold_and_glossed(cx: &Ctx, span: &std::ops::Range<usize>) -> bool {
    let s = cx.s;
    let before = &s[..span.start];
    if !before.ends_with("**") {
        // "## Pleias (Paris) — 48 M€": a digest's section heading opening on a name and its
        // place in brackets.
        return before.ends_with("## ") && located_after(&s[span.end..]);
    }
    let Some(rest) = s[span.end..].strip_prefix("**") else {
        return false;
    };
    // "- **Quanterra** (Munich), spécialiste des puces".
    if rest.starts_with(" (") {
        return true;
    }
    // "**Tessellate**, a two-year-old startup": opening its line, an apposition after it (a
    // bold label ends on a colon, "**Zoom out:**"; one opening a line before a dash is a
    // section's, "**Cloud** — …").
    let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |k| k + 1);
    let lead = before[line_start..].trim_end_matches('*').trim();
    if lead.trim_start_matches(['-', '*']).is_empty() {
        // (An indefinite article or a bare noun: "**Correction**, the deal is worth …" opens
        // a clause.)
        let apposition = rest.strip_prefix(", ").is_some_and(|r| {
            r.starts_with(char::is_lowercase)
                && ![
                    "the ", "la ", "le ", "les ", "l'", "l’", "it ", "il ", "elle ",
                ]
                .iter()
                .any(|d| r.starts_with(d))
        });
        return apposition && !s[span.clone()].contains(':');
    }
    // "Chip designer **Quillfeather** priced": mid-sentence, after a noun of what a firm is
    // (a company cue).
    let word_before = lead.trim_end_matches('*').split_whitespace().next_back();
    word_before.is_some_and(|w| {
        Cues::cue_kind(cx.cues.flags(&w.to_lowercase())) == Some(EntityKind::Company)
    })
}
