//! The reader's text selection in article terms: char ranges into the whole text, and the
//! mapping to and from the cursors of one paragraph's galley.
//!
//! A galley holds one paragraph and its cursors count the paragraph's chars (the layout keeps
//! char counts), so a galley cursor `c` of paragraph `p` is article char `p.char_start + c`.

use crate::workspace::annot::Paragraph;
use std::ops::Range;

/// A selected passage of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Index of the article in the app's list.
    pub article: usize,
    /// CHAR offsets into the article's text, `start < end`.
    pub range: Range<usize>,
}

impl Selection {
    /// The selection between two article chars in any order; `None` when empty.
    pub fn between(article: usize, a: usize, b: usize) -> Option<Selection> {
        (a != b).then(|| Selection {
            article,
            range: a.min(b)..a.max(b),
        })
    }
}

/// Article char of galley cursor `cursor` in paragraph `p` (clamped to the paragraph).
pub fn article_char(p: &Paragraph, cursor: usize) -> usize {
    p.char_start + cursor.min(p.char_len)
}

/// The part of the article char range `range` inside paragraph `p`, as galley cursors
/// (paragraph-relative chars); `None` when they do not meet or the part is empty.
pub fn galley_range(p: &Paragraph, range: &Range<usize>) -> Option<Range<usize>> {
    let end = p.char_start + p.char_len;
    let (s, e) = (range.start.max(p.char_start), range.end.min(end));
    (s < e).then(|| s - p.char_start..e - p.char_start)
}

/// Index of the paragraph holding article char `c` (the last one starting at or before it).
pub fn paragraph_of_char(pars: &[Paragraph], c: usize) -> usize {
    pars.partition_point(|p| p.char_start <= c)
        .saturating_sub(1)
}

/// Char range (relative to `text`) of the word around char `c`: letters, digits and `_`,
/// plus inner apostrophes and hyphens ("aujourd'hui", "États-Unis"). Empty at a non-word char.
pub fn word_at(text: &str, c: usize) -> Range<usize> {
    let chars: Vec<char> = text.chars().collect();
    let word = |i: usize| {
        chars
            .get(i)
            .is_some_and(|ch| ch.is_alphanumeric() || *ch == '_')
    };
    let joiner = |i: usize| {
        chars
            .get(i)
            .is_some_and(|ch| matches!(ch, '\'' | '’' | '-' | '\u{2011}'))
            && i > 0
            && word(i - 1)
            && word(i + 1)
    };
    let inside = |i: usize| word(i) || joiner(i);
    let c = c.min(chars.len());
    // Clicking just after a word's last char selects that word.
    let at = if !inside(c) && c > 0 && inside(c - 1) {
        c - 1
    } else {
        c
    };
    if !inside(at) {
        return c..c;
    }
    let mut start = at;
    while start > 0 && inside(start - 1) {
        start -= 1;
    }
    let mut end = at;
    while inside(end) {
        end += 1;
    }
    start..end
}

/// Where a selection end at cursor `c` of `text` (between its chars `c - 1` and `c`) snaps so
/// that no word is cut: unchanged between words; inside one (a word char on both sides, see
/// [`word_at`]), to the word's start for the selection's `start`, else to its end.
pub fn snap(text: &str, c: usize, start: bool) -> usize {
    if c == 0 {
        return 0;
    }
    let w = word_at(text, c);
    if w.start < c && c < w.end {
        if start { w.start } else { w.end }
    } else {
        c
    }
}

/// The article char range `range` widened to whole words, each end within its own paragraph
/// (`text_of(i)` is paragraph `i`'s text).
pub fn snap_range<'a>(
    pars: &[Paragraph],
    text_of: impl Fn(usize) -> &'a str,
    range: Range<usize>,
) -> Range<usize> {
    let one = |c: usize, start: bool| {
        let i = paragraph_of_char(pars, c);
        match pars.get(i) {
            Some(p) if c >= p.char_start && c <= p.char_start + p.char_len => {
                p.char_start + snap(text_of(i), c - p.char_start, start)
            }
            _ => c,
        }
    };
    one(range.start, true)..one(range.end, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extraction;
    use crate::workspace::annot::annotate;

    #[test]
    fn galley_cursors_map_to_article_chars_and_back() {
        // Paragraph 1 starts at char 8 ("Été" is 3 chars, 6 bytes).
        let text = "Été ici\n\nDeux là\nTrois";
        let pars = annotate(text, &Extraction::default());
        assert_eq!(pars[1].char_start, 9);
        assert_eq!(article_char(&pars[1], 0), 9);
        assert_eq!(article_char(&pars[1], 4), 13);
        // Past the end of the paragraph: clamped to its end.
        assert_eq!(article_char(&pars[1], 99), 16);
        // A selection from "ici" to "Tr" spans three paragraphs.
        let sel = 4..19;
        assert_eq!(galley_range(&pars[0], &sel), Some(4..7));
        assert_eq!(galley_range(&pars[1], &sel), Some(0..7));
        assert_eq!(galley_range(&pars[2], &sel), Some(0..2));
        let chars: String = text.chars().skip(sel.start).take(sel.len()).collect();
        assert_eq!(chars, "ici\n\nDeux là\nTr");
        // Only the line breaks between paragraphs: nothing to paint.
        assert_eq!(galley_range(&pars[1], &(7..9)), None);
        assert_eq!(paragraph_of_char(&pars, 0), 0);
        assert_eq!(paragraph_of_char(&pars, 10), 1);
        assert_eq!(paragraph_of_char(&pars, 17), 2);
        assert_eq!(paragraph_of_char(&pars, 500), 2);
    }

    #[test]
    fn selections_are_ordered_and_never_empty() {
        assert_eq!(Selection::between(2, 9, 4).map(|s| s.range), Some(4..9));
        assert_eq!(Selection::between(0, 3, 3), None);
    }

    /// `text` with the selection `a..b` (chars) snapped, as the selected text.
    fn snapped(text: &str, a: usize, b: usize) -> String {
        let pars = annotate(text, &Extraction::default());
        let r = snap_range(&pars, |i| &text[pars[i].bytes.clone()], a..b);
        text.chars().skip(r.start).take(r.len()).collect()
    }

    #[test]
    fn selection_ends_snap_to_whole_words() {
        let t = "La souveraineté technologique de l'Économie du Royaume-Uni.";
        // "echnologiq": both ends inside one word.
        assert_eq!(snapped(t, 18, 28), "technologique");
        // Between words the ends stay; a trailing space is kept.
        assert_eq!(snapped(t, 3, 16), "souveraineté ");
        // In-word apostrophes and hyphens hold a word together.
        assert_eq!(snapped(t, 37, 40), "l'Économie");
        assert_eq!(snapped(t, 48, 51), "Royaume-Uni");
        // Punctuation is not a word: the end stays before the full stop.
        assert_eq!(snapped(t, 50, 58), "Royaume-Uni");
        // Across paragraphs, each end snaps in its own.
        let two = "Alpha beta.\n\nGamma delta.";
        assert_eq!(snapped(two, 8, 16), "beta.\n\nGamma");
        assert_eq!(snap("", 0, true), 0);
        assert_eq!(snap("abc", 3, false), 3);
    }

    #[test]
    fn words_keep_accents_apostrophes_and_hyphens() {
        let t = "Les États‑Unis et aujourd'hui, 2 000.";
        let w = |c| {
            let r = word_at(t, c);
            t.chars().skip(r.start).take(r.len()).collect::<String>()
        };
        assert_eq!(w(0), "Les");
        assert_eq!(w(3), "Les");
        assert_eq!(w(6), "États‑Unis");
        assert_eq!(w(20), "aujourd'hui");
        assert_eq!(w(30), "");
        assert_eq!(w(32), "2");
        assert_eq!(word_at(t, 999), t.chars().count()..t.chars().count());
    }
}
