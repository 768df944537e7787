//! HTML charset sniffing: the encoding a page declares in its `<meta>` tags.

use encoding_rs::Encoding;

/// How far into the page the declaration is looked for (browsers use 1024 bytes; pages with
/// long comments or scripts first are common, so a little more).
const PRESCAN_BYTES: usize = 4096;

/// The encoding declared by `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` near the top of the page. A declared UTF-16 means UTF-8 (the bytes
/// would carry a BOM otherwise), as in browsers.
pub fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut from = 0;
    while let Some(i) = find_ascii_ci(&head[from..], b"charset") {
        let at = from + i + b"charset".len();
        from = at;
        if !inside_meta(&head[..at]) {
            continue;
        }
        let rest = &head[at..];
        let rest = trim_start(rest);
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = trim_start(rest);
        let rest = rest
            .strip_prefix(b"\"")
            .or(rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let len = rest
            .iter()
            .position(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.')))
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..len]) {
            // UTF-16 (and the 'replacement' encoding) declared in the page itself mean UTF-8.
            return Some(enc.output_encoding());
        }
    }
    None
}

/// True when the last `<` before the end of `before` opens a `meta` tag not yet closed.
fn inside_meta(before: &[u8]) -> bool {
    let Some(lt) = memchr::memrchr(b'<', before) else {
        return false;
    };
    let tag = &before[lt + 1..];
    tag.len() >= 4 && tag[..4].eq_ignore_ascii_case(b"meta") && !tag.contains(&b'>')
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &s[n..]
}

fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{SHIFT_JIS, UTF_8, WINDOWS_1252};

    #[test]
    fn meta_charset_forms() {
        assert_eq!(
            declared(b"<meta charset=\"windows-1252\">"),
            Some(WINDOWS_1252)
        );
        assert_eq!(declared(b"<META CHARSET=iso-8859-1>"), Some(WINDOWS_1252));
        assert_eq!(
            declared(b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>"),
            Some(SHIFT_JIS)
        );
        assert_eq!(declared(b"<meta charset=\"utf-16le\">"), Some(UTF_8));
    }

    #[test]
    fn charset_outside_meta_or_unknown_is_ignored() {
        assert_eq!(declared(b"<p>charset=windows-1252</p>"), None);
        assert_eq!(declared(b"<meta charset=\"klingon\">"), None);
        assert_eq!(declared(b""), None);
    }
}
