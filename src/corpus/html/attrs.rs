//! A cap on the attributes of one tag, applied to the page before it is parsed: the HTML
//! tokenizer checks each new attribute against the tag's others, so a tag with hundreds of
//! thousands of them costs the square of that (200 000 took 17 s). Attributes past the cap are
//! blanked with spaces, byte for byte, so every offset into the page stays where it was; real
//! pages never come near the cap and are passed through untouched.

use std::borrow::Cow;

/// Attributes kept on one tag; the others are blanked.
pub const MAX_ATTRS: usize = 1024;

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
}

/// `html` with the attributes of each tag past [`MAX_ATTRS`] blanked (borrowed when none is).
pub fn cap(html: &str) -> Cow<'_, str> {
    let blanks = excess(html.as_bytes());
    if blanks.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut bytes = html.as_bytes().to_vec();
    for r in blanks {
        bytes[r].fill(b' ');
    }
    // Each range starts and ends at an ASCII byte, so whole chars were blanked: still UTF-8.
    match String::from_utf8(bytes) {
        Ok(s) => Cow::Owned(s),
        Err(_) => Cow::Borrowed(html),
    }
}

/// The byte ranges to blank: from the first attribute past the cap to the end of its tag.
fn excess(b: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'<', &b[i..]) {
        let start = i + k;
        i = start + 1;
        if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = i + b[i..]
            .iter()
            .take_while(|&&c| !is_space(c) && c != b'/' && c != b'>')
            .count();
        let name = &b[i..name_end];
        let Some((end, first_excess)) = tag_end(b, name_end) else {
            // Not a tag after all (or cut short): read on after its '<'.
            continue;
        };
        if let Some(x) = first_excess {
            out.push(x..end);
        }
        i = end + 1;
        // Script and style content is not markup: jump to its end tag.
        for raw in [&b"script"[..], b"style"] {
            if name.eq_ignore_ascii_case(raw) {
                i = closing(b, i, raw).unwrap_or(b.len());
            }
        }
    }
    out
}

/// The position of the '>' ending a tag whose attributes start at `j`, and where its attribute
/// past the cap starts, if any. `None` when a '<' comes first (outside quotes) or the page ends.
fn tag_end(b: &[u8], mut j: usize) -> Option<(usize, Option<usize>)> {
    let mut count = 0usize;
    let mut first_excess = None;
    loop {
        while j < b.len() && (is_space(b[j]) || b[j] == b'/') {
            j += 1;
        }
        match b.get(j)? {
            b'>' => return Some((j, first_excess)),
            b'<' => return None,
            _ => {}
        }
        let attr = j;
        while j < b.len() && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=' | b'<') {
            j += 1;
        }
        if j == attr {
            // A lone '=': part of the next name.
            j += 1;
        }
        let mut v = j;
        while v < b.len() && is_space(b[v]) {
            v += 1;
        }
        if b.get(v) == Some(&b'=') {
            j = v + 1;
            while j < b.len() && is_space(b[j]) {
                j += 1;
            }
            match b.get(j)? {
                &q @ (b'"' | b'\'') => j += 1 + memchr::memchr(q, &b[j + 1..])? + 1,
                _ => {
                    while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                        j += 1;
                    }
                }
            }
        }
        count += 1;
        if count == MAX_ATTRS + 1 {
            first_excess = Some(attr);
        }
    }
}

/// Where the `</name` closing a raw-text element starts, at or after `from`.
fn closing(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(k) = memchr::memmem::find(&b[i..], b"</") {
        let at = i + k;
        if b.get(at + 2..at + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_through_untouched() {
        let page = "<html><body class=\"a b\" data-x='1>2' hidden><p id=x>Été <b>là</b></p>\
                    <script>if (i<n) { x = \"<p a b c>\"; }</script><a href=/x>y</a></body></html>";
        assert!(matches!(cap(page), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_past_the_cap_are_blanked_in_place() {
        let attrs: String = (0..MAX_ATTRS + 500)
            .map(|i| format!(" a{i}=\"é{i}\""))
            .collect();
        let page = format!("<p{attrs}>Texte</p><p b=1>fin</p>");
        let capped = cap(&page);
        assert_eq!(capped.len(), page.len(), "offsets stay");
        let doc = scraper::Html::parse_document(&capped);
        let sel = scraper::Selector::parse("p").expect("selector");
        let ps: Vec<_> = doc.select(&sel).collect();
        assert_eq!(ps[0].value().attrs().count(), MAX_ATTRS);
        assert_eq!(ps[1].value().attr("b"), Some("1"));
        assert_eq!(capped.find("Texte"), page.find("Texte"));
    }
}
