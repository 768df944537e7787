//! Markdown articles: the text is kept exactly as written (offsets are into it); a YAML front
//! matter (`title:`, `date:`) or a leading `# Title` heading gives the metadata.

use super::meta;

/// The headline: front matter `title:`, else a leading level-1 heading (`# Title`, whatever its
/// length or punctuation), else the plain-text heuristics.
pub fn title(text: &str) -> Option<String> {
    if let Some(t) = front_matter_field(text, "title") {
        return Some(t);
    }
    let body = after_front_matter(text);
    let first = body.lines().map(str::trim).find(|l| !l.is_empty());
    if let Some(h) = first.and_then(|l| l.strip_prefix("# ")) {
        let h = h.trim().trim_end_matches('#').trim();
        if !h.is_empty() {
            return Some(h.to_string());
        }
    }
    meta::title(body)
}

/// The article's date: front matter `date:`, else the plain-text heuristics.
pub fn date(text: &str) -> Option<String> {
    front_matter_field(text, "date")
        .and_then(|d| meta::parse_date(&d))
        .or_else(|| meta::date(after_front_matter(text)))
}

/// The YAML front matter between a first line `---` and the next `---` line, if any.
fn front_matter(text: &str) -> Option<(&str, usize)> {
    let t = text.trim_start_matches('\u{feff}');
    let offset = text.len() - t.len();
    let rest = t
        .strip_prefix("---\n")
        .or_else(|| t.strip_prefix("---\r\n"))?;
    let start = t.len() - rest.len();
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&rest[..pos], offset + start + pos + line.len()));
        }
        pos += line.len();
    }
    None
}

fn after_front_matter(text: &str) -> &str {
    front_matter(text).map_or(text, |(_, end)| &text[end..])
}

fn front_matter_field(text: &str, key: &str) -> Option<String> {
    let (fm, _) = front_matter(text)?;
    fm.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        if !k.trim().eq_ignore_ascii_case(key) {
            return None;
        }
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').trim();
        (!v.is_empty()).then(|| v.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leading_heading_is_the_title_even_short_or_with_a_period() {
        assert_eq!(
            title("# Stargate\n\nLe projet avance.").as_deref(),
            Some("Stargate")
        );
        assert_eq!(
            title("\n# L'Europe accélère.\n\nCorps.").as_deref(),
            Some("L'Europe accélère.")
        );
        assert_eq!(title("Le texte commence ici, sans titre aucun."), None);
        assert_eq!(
            title("## Sous-titre long\n\nCorps.").as_deref(),
            Some("Sous-titre long")
        );
    }

    #[test]
    fn front_matter_gives_title_and_date() {
        let t = "---\ntitle: \"Chips: la course\"\ndate: 2025-04-01T10:00\n---\n# Autre\n\nCorps.";
        assert_eq!(title(t).as_deref(), Some("Chips: la course"));
        assert_eq!(date(t).as_deref(), Some("2025-04-01"));
        let unclosed = "---\ntitle: x\n\nCorps du texte sans fin de bloc.";
        assert_eq!(date(unclosed), None);
    }
}
