//! Cheap word tests the rules run around every candidate: the words of a short stretch (runs
//! of letters, digits and hyphens, split byte by byte with no Unicode table for ASCII), and the
//! bytes the words of a list start with, ASCII case aside — a word whose first byte is none of
//! them is none of the list's words and starts with none of them, told without comparing.

/// Each byte's class for splitting words: [`SEP`] an ASCII byte between words, [`PART`] an
/// ASCII letter, digit or hyphen, [`WIDE`] a byte of a char beyond ASCII (told by the char).
static CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() || b == b'-' {
            PART
        } else {
            SEP
        };
        c += 1;
    }
    t
};
const SEP: u8 = 0;
const PART: u8 = 1;
const WIDE: u8 = 2;

/// Possessive determiners, English and French: what follows them is someone's.
pub const POSSESSIVES: &[&str] = &["its", "their", "son", "sa", "ses", "leur", "leurs"];

/// Whether `w` is one of the words of `list`, ASCII case aside.
pub fn listed(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The words of `t`: its runs of alphanumeric chars and hyphens, without copying — what
/// `t.split(|c: char| !c.is_alphanumeric() && c != '-')` gives, less the empty pieces.
pub fn words(t: &str) -> Words<'_> {
    Words { t, i: 0 }
}

/// The iterator of [`words`].
pub struct Words<'a> {
    t: &'a str,
    i: usize,
}

impl Words<'_> {
    /// Whether the char beyond ASCII at byte `i` is part of a word, and its length.
    #[inline(never)]
    fn wide_at(&self, i: usize) -> (bool, usize) {
        let c = self.t[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    }

    /// Moves to the first byte from here not of class `class` (the end if none): each ASCII
    /// byte told by the table in one tight loop.
    #[inline(always)]
    fn skip(&mut self, class: u8) {
        let b = &self.t.as_bytes()[self.i..];
        self.i += b
            .iter()
            .position(|&c| CLASS[usize::from(c)] != class)
            .unwrap_or(b.len());
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let n = self.t.len();
        // Between words: ASCII separators, and chars beyond ASCII that are no letters.
        loop {
            self.skip(SEP);
            if self.i >= n {
                return None;
            }
            if CLASS[usize::from(self.t.as_bytes()[self.i])] == PART {
                break;
            }
            let (part, len) = self.wide_at(self.i);
            if part {
                break;
            }
            self.i += len;
        }
        let start = self.i;
        // The word: ASCII letters, digits and hyphens, and chars beyond ASCII that are letters.
        loop {
            self.skip(PART);
            if self.i >= n || CLASS[usize::from(self.t.as_bytes()[self.i])] == SEP {
                break;
            }
            let (part, len) = self.wide_at(self.i);
            if !part {
                break;
            }
            self.i += len;
        }
        Some(&self.t[start..self.i])
    }
}

/// For each byte, whether a listed word starts with it (lower-cased if ASCII).
pub struct Firsts([bool; 256]);

impl Firsts {
    pub const fn of(list: &[&str]) -> Firsts {
        let mut t = [false; 256];
        let mut i = 0;
        while i < list.len() {
            let b = list[i].as_bytes();
            if !b.is_empty() {
                t[b[0].to_ascii_lowercase() as usize] = true;
            }
            i += 1;
        }
        Firsts(t)
    }

    /// False when `w` can neither equal nor start with a listed word, ASCII case aside.
    #[inline]
    pub fn may_start(&self, w: &[u8]) -> bool {
        w.first()
            .is_some_and(|&c| self.0[usize::from(c.to_ascii_lowercase())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A word equal to or starting with a listed one, ASCII case aside, always may start.
        #[test]
        fn no_listed_word_is_refused(w in "[a-zA-Zéèà]{0,6}", pick in 0usize..4) {
            let list = ["valu", "État", "each", "seul"];
            let firsts = Firsts::of(&list);
            let x = list[pick];
            let starts = w.len() >= x.len() && w.as_bytes()[..x.len()].eq_ignore_ascii_case(x.as_bytes());
            if starts {
                proptest::prop_assert!(firsts.may_start(w.as_bytes()));
            }
            let joined = format!("{x}{w}");
            proptest::prop_assert!(firsts.may_start(joined.as_bytes()));
            proptest::prop_assert!(firsts.may_start(joined.to_uppercase().as_bytes()) || !x.is_ascii());
        }
    }

    proptest::proptest! {
        /// The words are the pieces of a split on chars, less the empty ones.
        #[test]
        fn words_split_as_on_chars(t in "(\\PC|-|'|’|\u{202f}|é|×){0,40}") {
            let want: Vec<&str> = t
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            proptest::prop_assert_eq!(words(&t).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn other_first_bytes_are_refused() {
        let firsts = Firsts::of(&["each", "seul"]);
        assert!(!firsts.may_start(b"zebra"));
        assert!(!firsts.may_start(b""));
        assert!(firsts.may_start(b"Seule"));
    }
}
