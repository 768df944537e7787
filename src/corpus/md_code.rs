//! Code blocks of a Markdown article (fenced with ``` or ~~~, or indented by four spaces):
//! shown as written, never read for figures or actors. The engine reads a copy of the text in
//! which every char inside a code block is a space (line breaks kept), so that offsets are the
//! same in both.

use std::borrow::Cow;
use std::ops::Range;

/// The text the engine reads: `text` with its code blocks blanked, char for char.
pub fn engine_text(text: &str) -> Cow<'_, str> {
    let blocks = code_blocks(text);
    if blocks.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for r in blocks {
        out.push_str(&text[from..r.start]);
        out.extend(
            text[r.clone()]
                .chars()
                .map(|c| if c == '\n' || c == '\r' { c } else { ' ' }),
        );
        from = r.end;
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// A fence that opens a block: its char (`` ` `` or `~`) and length.
fn fence(line: &str) -> Option<(char, usize)> {
    let t = line.trim_end_matches(['\n', '\r']);
    let rest = t.trim_start_matches(' ');
    if t.len() - rest.len() > 3 {
        return None;
    }
    let c = rest.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = rest.chars().take_while(|x| *x == c).count();
    // A backtick fence's info string has no backtick (else it is inline code).
    (n >= 3 && !(c == '`' && rest[n..].contains('`'))).then_some((c, n))
}

/// Whether `line` closes a block opened by `open`.
fn closes(line: &str, open: (char, usize)) -> bool {
    let t = line.trim_end();
    let rest = t.trim_start_matches(' ');
    t.len() - rest.len() <= 3 && rest.chars().all(|c| c == open.0) && rest.chars().count() >= open.1
}

/// Indentation in columns (a tab counts four) and whether the line is blank.
fn indent(line: &str) -> (usize, bool) {
    let mut cols = 0;
    for c in line.chars() {
        match c {
            ' ' => cols += 1,
            '\t' => cols += 4 - cols % 4,
            '\n' | '\r' => return (cols, true),
            _ => return (cols, false),
        }
    }
    (cols, true)
}

/// Whether a line starts a list item (`- `, `* `, `+ `, `1. `, `1) `).
fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix(['-', '*', '+']) {
        return rest.starts_with([' ', '\t']);
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    (1..=9).contains(&digits)
        && t[digits..].starts_with(['.', ')'])
        && t[digits + 1..].starts_with([' ', '\t'])
}

/// The byte ranges of the code blocks, fences included, in order.
pub fn code_blocks(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut open: Option<((char, usize), usize)> = None;
    // Inside an indented block, since this byte.
    let mut indented: Option<usize> = None;
    let (mut prev_blank, mut in_list) = (true, false);
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let (start, end) = (pos, pos + line.len());
        pos = end;
        if let Some((f, from)) = open {
            if closes(line, f) {
                out.push(from..end);
                open = None;
                prev_blank = true;
            }
            continue;
        }
        let (cols, blank) = indent(line);
        if let Some(from) = indented {
            if blank || cols >= 4 {
                if !blank {
                    // Trailing blank lines are not part of the block.
                    match out.last_mut() {
                        Some(r) if r.start == from => r.end = end,
                        _ => out.push(from..end),
                    }
                }
                prev_blank = blank;
                continue;
            }
            indented = None;
        }
        if blank {
            prev_blank = true;
            continue;
        }
        if cols >= 4 && prev_blank && !in_list {
            indented = Some(start);
            out.push(start..end);
            prev_blank = false;
            continue;
        }
        if let Some(f) = fence(line) {
            open = Some((f, start));
            continue;
        }
        if is_list_item(line) {
            in_list = true;
        } else if cols == 0 {
            in_list = false;
        }
        prev_blank = false;
    }
    // A fence never closed runs to the end of the article.
    if let Some((_, from)) = open {
        out.push(from..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blanked(text: &str) -> String {
        engine_text(text).into_owned()
    }

    #[test]
    fn fenced_blocks_are_blanked_char_for_char() {
        let t = "Avant 5 €.\n\n```rust\nlet x = \"10 milliards €\";\n```\n\nAprès 7 €.";
        let b = blanked(t);
        assert_eq!(b.chars().count(), t.chars().count());
        assert!(b.starts_with("Avant 5 €.\n\n       \n"));
        assert!(!b.contains("milliards"));
        assert!(b.ends_with("\n   \n\nAprès 7 €."));
        // Tildes, a longer closing fence, and an unclosed fence running to the end.
        let t = "a\n~~~~\n3 GW\n~~~~~\nb\n````\n4 GW";
        assert_eq!(blanked(t), "a\n    \n    \n     \nb\n    \n    ");
    }

    #[test]
    fn indented_code_but_not_list_continuations_or_paragraph_lines() {
        let t = "Texte.\n\n    curl 500 $\n    echo\n\nSuite.";
        let blocks = code_blocks(t);
        assert_eq!(blocks.len(), 1);
        assert_eq!(&t[blocks[0].clone()], "    curl 500 $\n    echo\n");
        let list = "- point un\n\n    suite du point, 5 M€\n\nFin.";
        assert!(code_blocks(list).is_empty());
        let lazy = "Une phrase\n    qui continue, 5 M€.";
        assert!(code_blocks(lazy).is_empty());
        let inline = "Du code ```inline``` ici, 3 M€.";
        assert!(code_blocks(inline).is_empty());
        assert!(matches!(engine_text("rien"), Cow::Borrowed(_)));
    }
}
