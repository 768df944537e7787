//! A page's share and follow bars ("Partager : Facebook | X | WhatsApp | E-mail", "Share this
//! article: Facebook Twitter LinkedIn", "Suivez-nous sur LinkedIn"): the networks they name are
//! buttons, not actors of the news.

use crate::text::table::{line_start_within, short_line_at};

/// How long a share bar's line may be (bytes).
const BAR_LINE: usize = 120;

/// Words a share or follow bar opens on, in lower case.
const BAR_OPENERS: &[&str] = &[
    "partager",
    "partagez",
    "partage",
    "share",
    "suivez-nous",
    "retrouvez-nous",
    "follow us",
];

/// The name at `span` stands on a short line opening with a share or follow word.
pub fn share_bar(s: &str, span: &std::ops::Range<usize>) -> bool {
    // The line's first letter, read back from the name: every opener starts with one of four
    // letters, which rules out most lines before the line is measured. (Read back at most a
    // bar's length: a longer line is no bar, and a text of one long line is not read again
    // for every name in it.)
    let Some(start) = line_start_within(s, span.start, BAR_LINE) else {
        return false;
    };
    let head = s[start..span.start].trim_start_matches(|c: char| !c.is_alphanumeric());
    if !head.starts_with(['p', 'P', 's', 'S', 'r', 'R', 'f', 'F']) {
        return false;
    }
    let Some(line) = short_line_at(s, span, BAR_LINE) else {
        return false;
    };
    let Some(o) = BAR_OPENERS.iter().find(|o| {
        head.get(..o.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(o))
            && head[o.len()..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, ' ' | ':' | '\u{a0}'))
    }) else {
        return false;
    };
    // The rest of the line is buttons: names and separators, no sentence ("Share buyback:
    // Nvidia will return $60 billion" is a headline).
    let rest = &s[span.start - (head.len() - o.len())..line.end];
    rest.split(|c: char| c.is_whitespace() || "|·•/,:-–".contains(c))
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.starts_with(char::is_uppercase) || BAR_WORDS.contains(&w.to_lowercase().as_str())
        })
}

/// Lower-case words a share bar may hold besides its buttons.
const BAR_WORDS: &[&str] = &[
    "this",
    "article",
    "story",
    "on",
    "via",
    "sur",
    "nous",
    "us",
    "mail",
    "email",
    "par",
    "l'article",
    "cet",
    "link",
    "lien",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str, name: &str) -> bool {
        let k = s.find(name).unwrap();
        share_bar(s, &(k..k + name.len()))
    }

    #[test]
    fn networks_on_a_share_line_are_buttons() {
        let s = "Le campus ouvrira en 2027.\n\nPartager : Facebook | X | WhatsApp | E-mail\n";
        assert!(at(s, "Facebook") && at(s, "WhatsApp"));
        assert!(at(
            "Share this article: Facebook Twitter LinkedIn\n",
            "LinkedIn"
        ));
        // A sentence about a network names it.
        assert!(!at(
            "Facebook partage ses serveurs avec Meta AI.\n",
            "Meta AI"
        ));
        assert!(!at(
            "Meta will share $2bn with Facebook partners.\n",
            "Facebook"
        ));
    }
}
