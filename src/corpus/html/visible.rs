//! The characters a page shows, with where each sits in the page's source: a light scan of the
//! decoded HTML that skips markup (tags, comments, doctype) and decodes character references, so
//! that text taken from the parsed tree can be found again in the file. It does not build a tree:
//! `html5ever` does that; this only follows the tokenizer's rules closely enough to align with it.

use markup5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};

/// Elements whose content is raw text up to their end tag (no tags, no references inside).
const RAW_TEXT: &[&str] = &[
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript",
];
/// Elements whose content is text with character references up to their end tag.
const RCDATA: &[&str] = &["title", "textarea"];

/// The visible characters of a page, in source order.
#[derive(Debug, Default)]
pub struct Visible {
    /// The characters as the parser decodes them (references resolved, CR LF as LF).
    pub chars: Vec<char>,
    /// For each of `chars`, its `[start, end)` range in the page, in chars.
    pub spans: Vec<(u32, u32)>,
}

/// Scans a decoded page.
pub fn scan(page: &str) -> Visible {
    let mut s = Scanner {
        src: page.as_bytes(),
        page,
        b: 0,
        c: 0,
        out: Visible::default(),
    };
    s.run();
    s.out
}

struct Scanner<'a> {
    src: &'a [u8],
    page: &'a str,
    /// Byte and char position of the next unread character.
    b: usize,
    c: u32,
    out: Visible,
}

impl Scanner<'_> {
    fn run(&mut self) {
        while self.b < self.src.len() {
            match self.src[self.b] {
                b'<' => self.markup(),
                _ => self.text_char(true),
            }
        }
    }

    /// Advances over one character, returning it.
    fn bump(&mut self) -> char {
        let ch = self.page[self.b..].chars().next().unwrap_or('\u{fffd}');
        self.b += ch.len_utf8();
        self.c += 1;
        ch
    }

    fn peek(&self, at: usize) -> u8 {
        self.src.get(self.b + at).copied().unwrap_or(0)
    }

    fn starts_with_ci(&self, s: &[u8]) -> bool {
        self.src
            .get(self.b..self.b + s.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(s))
    }

    fn emit(&mut self, ch: char, start: u32) {
        self.out.chars.push(ch);
        self.out.spans.push((start, self.c));
    }

    /// One character of text, with references decoded when `refs`.
    fn text_char(&mut self, refs: bool) {
        let start = self.c;
        match self.src[self.b] {
            b'&' if refs => {
                if !self.reference(start) {
                    self.bump();
                    self.emit('&', start);
                }
            }
            b'\r' => {
                self.bump();
                if self.peek(0) == b'\n' {
                    self.bump();
                }
                self.emit('\n', start);
            }
            // The parser drops NUL in text.
            0 => {
                self.bump();
            }
            _ => {
                let ch = self.bump();
                self.emit(ch, start);
            }
        }
    }

    /// A character reference at `&`: emits what it stands for and returns true, or returns false
    /// (nothing consumed) when the `&` is a plain ampersand.
    fn reference(&mut self, start: u32) -> bool {
        if self.peek(1) == b'#' {
            let hex = matches!(self.peek(2), b'x' | b'X');
            let from = if hex { 3 } else { 2 };
            let mut n = from;
            let mut code: u32 = 0;
            while (self.peek(n) as char).is_digit(if hex { 16 } else { 10 }) {
                let d = (self.peek(n) as char).to_digit(16).unwrap_or(0);
                code = code
                    .saturating_mul(if hex { 16 } else { 10 })
                    .saturating_add(d);
                n += 1;
            }
            if n == from {
                return false;
            }
            if self.peek(n) == b';' {
                n += 1;
            }
            for _ in 0..n {
                self.bump();
            }
            let ch = match code {
                0x80..=0x9f => C1_REPLACEMENTS[(code - 0x80) as usize].or(char::from_u32(code)),
                0 => None,
                _ => char::from_u32(code),
            };
            self.emit(ch.unwrap_or('\u{fffd}'), start);
            return true;
        }
        // Named: the longest name in the table (with its `;`, or a legacy one without).
        let mut len = 0;
        while len < 40 && self.peek(1 + len).is_ascii_alphanumeric() {
            len += 1;
        }
        let name = &self.page[self.b + 1..self.b + 1 + len];
        let with_semi = self.peek(1 + len) == b';';
        let mut found = None;
        if with_semi
            && let Some(&(a, b)) = NAMED_ENTITIES.get(&self.page[self.b + 1..self.b + 2 + len])
            && a != 0
        {
            found = Some((len + 1, a, b));
        }
        if found.is_none() {
            found = (1..=len).rev().find_map(|k| {
                NAMED_ENTITIES
                    .get(&name[..k])
                    .filter(|(a, _)| *a != 0)
                    .map(|&(a, b)| (k, a, b))
            });
        }
        let Some((k, a, b)) = found else {
            return false;
        };
        for _ in 0..=k {
            self.bump();
        }
        for code in [a, b] {
            if let Some(ch) = char::from_u32(code).filter(|_| code != 0) {
                self.emit(ch, start);
            }
        }
        true
    }

    /// At `<`: skips a tag, comment, doctype or processing instruction, or emits a plain `<`.
    fn markup(&mut self) {
        let next = self.peek(1);
        if next.is_ascii_alphabetic() {
            let name = self.tag(1);
            if let Some(name) = name {
                if RAW_TEXT.contains(&name.as_str()) {
                    self.content_until_end_tag(&name, false);
                } else if RCDATA.contains(&name.as_str()) {
                    self.content_until_end_tag(&name, true);
                } else if name == "plaintext" {
                    while self.b < self.src.len() {
                        self.text_char(false);
                    }
                }
            }
        } else if next == b'/' && self.peek(2).is_ascii_alphabetic() {
            self.tag(2);
        } else if self.starts_with_ci(b"<!--") {
            self.skip(4);
            // `<!-->` and `<!--->` close at once.
            if self.peek(0) == b'>' {
                self.skip(1);
            } else if self.starts_with_ci(b"->") {
                self.skip(2);
            } else {
                while self.b < self.src.len()
                    && !self.starts_with_ci(b"-->")
                    && !self.starts_with_ci(b"--!>")
                {
                    self.bump();
                }
                let close = if self.starts_with_ci(b"-->") { 3 } else { 4 };
                self.skip(close);
            }
        } else if matches!(next, b'!' | b'?' | b'/') {
            // Doctype, CDATA, bogus comments and `</>`: up to the next `>`.
            self.skip(2);
            while self.b < self.src.len() && self.peek(0) != b'>' {
                self.bump();
            }
            self.skip(1);
        } else {
            let start = self.c;
            self.bump();
            self.emit('<', start);
        }
    }

    /// Skips `n` characters (or to the end).
    fn skip(&mut self, n: usize) {
        for _ in 0..n {
            if self.b >= self.src.len() {
                return;
            }
            self.bump();
        }
    }

    /// Skips a start or end tag whose name begins `from` bytes ahead; returns the lowercase name
    /// of a start tag. Quoted attribute values may hold `>`.
    fn tag(&mut self, from: usize) -> Option<String> {
        let is_start = from == 1;
        self.skip(from);
        let mut name = String::new();
        while self.b < self.src.len() {
            let c = self.peek(0);
            if c.is_ascii_whitespace() || c == b'/' || c == b'>' {
                break;
            }
            name.push(self.bump().to_ascii_lowercase());
        }
        while self.b < self.src.len() {
            match self.peek(0) {
                b'>' => {
                    self.skip(1);
                    break;
                }
                b'=' => {
                    self.skip(1);
                    while self.peek(0).is_ascii_whitespace() {
                        self.skip(1);
                    }
                    let q = self.peek(0);
                    if q == b'"' || q == b'\'' {
                        self.skip(1);
                        while self.b < self.src.len() && self.peek(0) != q {
                            self.bump();
                        }
                        self.skip(1);
                    }
                }
                _ => {
                    self.bump();
                }
            }
        }
        is_start.then_some(name)
    }

    /// The content of a raw-text or RCDATA element, up to `</name` (which is left for `run`).
    fn content_until_end_tag(&mut self, name: &str, refs: bool) {
        let close = format!("</{name}");
        while self.b < self.src.len() {
            if self.peek(0) == b'<'
                && self.starts_with_ci(close.as_bytes())
                && matches!(
                    self.peek(close.len()),
                    b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | 0
                )
            {
                return;
            }
            self.text_char(refs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(page: &str) -> String {
        scan(page).chars.iter().collect()
    }

    #[test]
    fn markup_is_skipped_and_references_decoded() {
        assert_eq!(
            shown("<!DOCTYPE html><p class=\"a>b\">x&nbsp;y &amp; z&#8217;&#x41;</p><!-- c -->!"),
            "x\u{a0}y & z\u{2019}A!"
        );
        assert_eq!(
            shown("a < b &copy 2024 &nosuch; &"),
            "a < b \u{a9} 2024 &nosuch; &"
        );
        assert_eq!(
            shown("<script>if (a<b) x='</p>';</script>t"),
            "if (a<b) x='</p>';t"
        );
        assert_eq!(shown("<title>A &amp; B</title>\r\nC"), "A & B\nC");
        assert_eq!(shown("&#150;&#0;"), "\u{2013}\u{fffd}");
    }

    #[test]
    fn spans_point_at_the_source() {
        let page = "<b>é&amp;</b>\r\n&#8239;";
        let v = scan(page);
        let chars: Vec<char> = page.chars().collect();
        let slice = |(a, b): (u32, u32)| chars[a as usize..b as usize].iter().collect::<String>();
        let got: Vec<String> = v.spans.iter().map(|&s| slice(s)).collect();
        assert_eq!(got, ["é", "&amp;", "\r\n", "&#8239;"]);
    }
}
