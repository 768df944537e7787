//! The normalised view of an article: look-alike characters replaced one for one, so char
//! offsets are shared with the original and only byte offsets differ (tabs are kept: they part
//! the cells of a table pasted as text).

use super::char_index::CharIndex;
use super::lang::{Lang, detect_lang};

/// Maps a char to its normalised stand-in (always exactly one char).
#[inline]
pub fn normalize_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{2032}' | '`' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        '\u{00A0}'
        | '\u{202F}'
        | '\u{2007}'
        | '\u{2009}'
        | '\u{2000}'..='\u{2006}'
        | '\u{2008}'
        | '\u{200A}' => ' ',
        '\u{201C}' | '\u{201D}' | '\u{201E}' => '"',
        c => c,
    }
}

/// The normalised copy of `orig`: runs of chars that stay as they are are copied whole. Also
/// returns, for every replaced char that got shorter, its end in the copy and how many bytes
/// the copy has lost up to there.
///
/// Every replaced char is a backtick or a char whose UTF-8 lead byte is 0xC2 (U+00A0,
/// U+00B4), 0xCA (U+02BC) or 0xE2 (U+2000–U+2212): the next of each kind is found with the
/// vectorised memchr (continuation bytes never equal a lead byte), so the bytes between are not
/// looked at one by one.
fn normalize(orig: &str) -> (String, Vec<(usize, usize)>) {
    let b = orig.as_bytes();
    let mut out = String::with_capacity(orig.len());
    let mut shifts = Vec::new();
    let find_lead = |from: usize| {
        memchr::memchr3(0xC2, 0xCA, 0xE2, b.get(from..).unwrap_or_default())
            .map_or(b.len(), |k| from + k)
    };
    let find_ascii = |from: usize| {
        memchr::memchr(b'`', b.get(from..).unwrap_or_default()).map_or(b.len(), |k| from + k)
    };
    let (mut lead, mut ascii) = (find_lead(0), find_ascii(0));
    let mut run = 0;
    loop {
        let i = lead.min(ascii);
        let Some(&c) = b.get(i) else {
            break;
        };
        if i == ascii {
            out.push_str(&orig[run..i]);
            out.push(normalize_char(char::from(c)));
            run = i + 1;
            ascii = find_ascii(i + 1);
            continue;
        }
        let Some(ch) = orig[i..].chars().next() else {
            break;
        };
        let n = normalize_char(ch);
        if n != ch {
            out.push_str(&orig[run..i]);
            out.push(n);
            run = i + ch.len_utf8();
            if n.len_utf8() != ch.len_utf8() {
                shifts.push((out.len(), run - out.len()));
            }
        }
        lead = find_lead(i + ch.len_utf8());
    }
    out.push_str(&orig[run..]);
    (out, shifts)
}

/// An article's text, with its normalised view and offset conversion.
#[derive(Debug, Clone)]
pub struct NormText<'a> {
    pub(super) orig: &'a str,
    pub(super) norm: String,
    /// Built on first use: the pipeline converts offsets with an [`OffsetSweep`](super::OffsetSweep).
    index: std::cell::OnceCell<CharIndex>,
    /// For every char that normalisation shortened: its end in `norm`, and the bytes `norm` has
    /// lost up to there (sorted).
    pub(super) shifts: Vec<(usize, usize)>,
    /// The language, detected once on first use (see [`detect_lang`]).
    lang: std::cell::OnceCell<Lang>,
}

impl<'a> NormText<'a> {
    pub fn new(orig: &'a str) -> Self {
        let (norm, shifts) = normalize(orig);
        NormText {
            orig,
            norm,
            index: std::cell::OnceCell::new(),
            shifts,
            lang: std::cell::OnceCell::new(),
        }
    }

    /// The article's language ([`detect_lang`] on the normalised text), computed once.
    pub fn lang(&self) -> Lang {
        *self.lang.get_or_init(|| detect_lang(&self.norm))
    }

    /// True when byte ranges into the normalised text are the same byte ranges of the
    /// original: every stand-in is ASCII, as long as or shorter than the char it replaces, so
    /// equal total lengths mean every char kept its length.
    pub fn same_offsets(&self) -> bool {
        self.orig.len() == self.norm.len()
    }

    /// The text exactly as decoded.
    pub fn original(&self) -> &'a str {
        self.orig
    }

    /// The normalised text; byte ranges reported by the stages point into this.
    pub fn as_str(&self) -> &str {
        &self.norm
    }

    fn index(&self) -> &CharIndex {
        self.index.get_or_init(|| CharIndex::new(&self.norm))
    }

    /// Char offset (shared by both texts) of a byte offset into the normalised text.
    pub fn char_offset(&self, norm_byte: usize) -> usize {
        self.index().char_offset(&self.norm, norm_byte)
    }

    /// Byte offset into the normalised text of a char offset.
    pub fn byte_offset(&self, char_offset: usize) -> usize {
        self.index().byte_offset(&self.norm, char_offset)
    }
}
