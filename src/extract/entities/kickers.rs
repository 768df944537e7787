//! Kickers: the words in capitals that open a paragraph or a heading to label it ("DIRECT.
//! Sommet …", "# EXCLUSIF : …", a newsletter's "**STATE OF PLAY** — …"), no names.

/// "DIRECT. Sommet …", "# EXCLUSIF : …": a word in capitals opening a line, closed by a full
/// stop (or a colon on a heading), is a kicker, no name.
pub fn kicker(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    if name.chars().count() < 5 || !name.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    let line = s[..span.start].rfind('\n').map_or(0, |k| k + 1);
    let heading = s[line..].starts_with('#');
    let lead = s[line..span.start].trim_start_matches(['#', '*', ' ']);
    let after = &s[span.end..];
    // (A speaker's label, "PRIYA: …", opens a turn, not a heading.)
    lead.is_empty()
        && (after.starts_with(". ")
            || (heading && (after.starts_with(": ") || after.starts_with(" : "))))
}

/// How far a bold kicker's name may stand from its line's start (bytes).
const KICKER: usize = 80;

/// "**STARGATE STOCKTAKE** — OpenAI says …", "**AI’S LOBBYING BOOM** — …": a newsletter's
/// item opens on a bold kicker in capitals; a name in capitals inside it is the kicker's
/// word, unless the text writes it so elsewhere (an acronym: "**NSF’S BET** — … NSF").
pub fn bold_kicker(s: &str, span: &std::ops::Range<usize>) -> bool {
    let name = &s[span.clone()];
    if !name.chars().any(char::is_uppercase) || name.chars().any(char::is_lowercase) {
        return false;
    }
    // (A kicker is short: read back at most its length for the line's start.)
    let from = s.floor_char_boundary(span.start.saturating_sub(KICKER));
    let line = match memchr::memrchr(b'\n', &s.as_bytes()[from..span.start]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    let Some(open) = s[line..span.start]
        .trim_start_matches(' ')
        .strip_prefix("**")
    else {
        return false;
    };
    if open.contains("**") || open.chars().any(char::is_lowercase) {
        return false;
    }
    let rest = &s[span.end..];
    let Some(close) = rest.find("**") else {
        return false;
    };
    let after = rest[close + 2..].trim_start_matches([' ', '\u{a0}']);
    let line_end = rest.find('\n').unwrap_or(rest.len());
    close < line_end
        && !rest[..close].chars().any(char::is_lowercase)
        && (after.starts_with(['—', '–', ':', '\n']) || after.is_empty())
        && !elsewhere(s, name, line)
}

/// `name` written so, as a word, outside the line opening at `line`.
fn elsewhere(s: &str, name: &str, line: usize) -> bool {
    let line_end = s[line..].find('\n').map_or(s.len(), |k| line + k);
    s.match_indices(name).any(|(i, _)| {
        let word = !s[..i].ends_with(char::is_alphanumeric)
            && !s[i + name.len()..].starts_with(char::is_alphanumeric);
        word && !(line..line_end).contains(&i)
    })
}
