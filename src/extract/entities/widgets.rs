//! A page's share and follow bars ("Partager : Facebook | X | WhatsApp | E-mail", "Share this
//! article: Facebook Twitter LinkedIn", "Suivez-nous sur LinkedIn"): the networks they name are
//! buttons, not actors of the news.

use crate::text::table::short_line_at;

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
    let Some(line) = short_line_at(s, span, BAR_LINE) else {
        return false;
    };
    let line = s[line.start..span.start].trim_start_matches(|c: char| !c.is_alphanumeric());
    // The opener's bytes, lower-cased (the openers are ASCII but for none).
    let head: String = line.chars().take(16).flat_map(char::to_lowercase).collect();
    BAR_OPENERS.iter().any(|o| {
        head.strip_prefix(o)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '\u{a0}']))
    })
}

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
